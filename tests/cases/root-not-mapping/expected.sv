areas/02-list.yaml:1:1: error [ML203] Här ska stå rader med 'nyckel: värde', men det står en lista. Skriv det som rader med 'nyckel: värde', indragna under den här nyckeln.
Kontrollerade 4 filer i 1 datamapp: 1 fel.
