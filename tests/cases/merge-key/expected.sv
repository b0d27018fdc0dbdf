areas/01-trafik.yaml:6:9: error [ML108] Sammanslagningsnycklar ('<<') är inte tillåtna. Skriv ut nycklarna i sin helhet.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
