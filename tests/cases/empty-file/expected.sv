actors.yaml:1:1: error [ML103] Filen innehåller inga uppgifter. Fyll i den (se docs/data-format.md) eller ta bort den.
areas/01-trafik.yaml:1:1: error [ML103] Filen innehåller inga uppgifter. Fyll i den (se docs/data-format.md) eller ta bort den.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
