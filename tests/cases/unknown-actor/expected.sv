areas/01-trafik.yaml:3:14: error [ML301] Okänd aktör 'Polsen'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/01-trafik.yaml:6:15: error [ML301] Okänd aktör 'polis'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/01-trafik.yaml:7:24: error [ML301] Okänd aktör 'Räddningstjänsten'. Lägg till den i actors.yaml eller rätta stavningen.
Kontrollerade 3 filer i 1 datamapp: 3 fel.
