areas/02-folder.yaml:1:1: error [ML100] Filen kan inte läsas: Is a directory. Kontrollera att det är en fil som går att läsa.
Kontrollerade 4 filer i 1 datamapp: 1 fel.
