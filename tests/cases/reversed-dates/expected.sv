areas/01-trafik.yaml:7:14: error [ML404] Aktiviteten slutar (2025-06-01) innan den börjar (2025-09-01). Byt plats på start och slut, eller rätta datumen.
promise.yaml:5:8: error [ML404] Perioden slutar (2024-04-30) innan den börjar (2025-05-01). Byt plats på start och slut, eller rätta året.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
