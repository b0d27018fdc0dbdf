areas/01-trafik.yaml:1:1: error [ML207] 'title' är tom. Skriv ett värde för 'title'; den krävs i en områdesfil.
areas/01-trafik.yaml:5:8: error [ML207] Listpunkten är tom. Skriv punkten efter '- ' eller ta bort raden.
areas/01-trafik.yaml:6:9: error [ML207] 'text' är tom. Skriv ett värde för 'text'; den krävs i en aktivitet.
Kontrollerade 3 filer i 1 datamapp: 3 fel.
