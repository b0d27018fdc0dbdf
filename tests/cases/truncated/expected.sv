areas/01-trafik.yaml:4:15: error [ML104] YAML-syntaxfel i en [ ... ]-lista (som började på rad 3): hittade inte det väntade ',' eller ']'. En [ ... ]-lista är inte stängd; lägg till ']' på slutet.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
