areas/01-trafik.yaml:8:11: error [ML117] Raden med '- ' läses som en fortsättning på texten ovanför, inte som en listpunkt: '…Kontrollerna gjordes på - Storgatan…'. För en lista, börja på raden under nyckeln med varje punkt som '- '; för att ha en lista inne i en text, skriv '|' efter nyckeln och texten på raderna under.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
