promise.yaml:4:10: error [ML205] '2025-13-01' är inget giltigt datum: det finns ingen månad 13 (månaderna är 01–12). Rätta dagen eller månaden.
promise.yaml:5:8: error [ML205] '2026-02-30' är inget giltigt datum: februari 2026 har 28 dagar. Rätta dagen eller månaden.
promise.yaml:9:11: error [ML205] '1 maj 2025' är inget giltigt datum. Skriv det som 2025-05-01; dokumentets egen formulering kan stå i 'label'.
Kontrollerade 3 filer i 1 datamapp: 3 fel.
