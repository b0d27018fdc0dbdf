areas/01-trafik.yaml:10:13: error [ML310] Aktivitets-id:t 'trafikkontroller' används redan i areas/01-trafik.yaml på rad 6. Ge varje aktivitet ett eget id (eller inget: då använder blanketterna aktivitetens text).
Kontrollerade 3 filer i 1 datamapp: 1 fel.
