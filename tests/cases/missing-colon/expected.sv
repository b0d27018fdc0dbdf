areas/01-trafik.yaml:1:1: error [ML104] Det saknas ':' efter nyckeln 'title'. Skriv 'title: Narkotika bland unga'.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
