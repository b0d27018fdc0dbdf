promise.yaml:11:5: error [ML309] 'parts' nämner 'Intro' två gånger. Behåll den där dokumentet har den.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
