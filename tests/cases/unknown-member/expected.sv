actors.yaml:7:31: error [ML305] Okänd medlem i 'Exempels kommun': 'Fritidsförvaltningen'. Lägg till den i actors.yaml eller rätta stavningen.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
