areas/01-trafik.yaml:5:1: error [ML110] Filen innehåller ett andra YAML-dokument (en rad '---'). Ta bort raden '---' och slå ihop innehållet till ett dokument.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
