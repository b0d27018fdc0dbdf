areas/01-trafik.yaml:1:8: error [ML109] YAML-taggen '!!python/object/apply:os.system' är inte tillåten. Ta bort taggen; skriv vanliga värden.
areas/01-trafik.yaml:5:9: error [ML109] YAML-taggen '!!str' är inte tillåten. Ta bort taggen; skriv vanliga värden.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
