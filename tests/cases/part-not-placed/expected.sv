promise.yaml:9:8: error [ML308] 'parts' utelämnar 'situation', som har innehåll; den skulle inte visas. Lägg till 'situation' i 'parts' där dokumentet har den.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
