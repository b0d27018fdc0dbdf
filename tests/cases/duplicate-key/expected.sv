areas/01-trafik.yaml:7:9: error [ML106] Nyckeln 'status' finns två gånger (första gången på rad 6). Ta bort en av dem; vanlig YAML skulle i tysthet bara behålla den sista.
areas/01-trafik.yaml:8:1: error [ML106] Nyckeln 'title' finns två gånger (första gången på rad 1). Ta bort en av dem; vanlig YAML skulle i tysthet bara behålla den sista.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
