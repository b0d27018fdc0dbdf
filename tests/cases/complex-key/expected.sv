areas/01-trafik.yaml:2:3: error [ML114] En nyckel måste vara vanlig text, men det står en lista. Skriv nycklar som 'namn: värde'.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
