areas/01-trafik.yaml:1:14: error [ML104] YAML-syntaxfel: ett värde med ':' är inte tillåtet här. En text som innehåller ': ' måste stå inom citattecken, annars är raden fel indragen.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
