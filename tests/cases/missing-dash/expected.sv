areas/01-trafik.yaml:7:9: error [ML106] Nyckeln 'text' finns två gånger (första gången på rad 5). Troligen saknas ett '- ' i början av den här raden: varje punkt i en lista börjar med '- ', och utan det fortsätter raderna punkten ovanför.
areas/01-trafik.yaml:8:9: error [ML106] Nyckeln 'lead' finns två gånger (första gången på rad 6). Troligen saknas ett '- ' i början av rad 7 (se där).
Kontrollerade 3 filer i 1 datamapp: 2 fel.
