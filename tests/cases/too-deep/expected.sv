areas/02-deep.yaml:2:1008: error [ML111] Uppgifterna är inbäddade i mer än 1000 nivåer. Gör strukturen plattare.
Kontrollerade 4 filer i 1 datamapp: 1 fel.
