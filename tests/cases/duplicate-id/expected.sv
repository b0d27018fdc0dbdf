actors.yaml:7:9: error [ML302] Aktörs-id:t 'polisen' används redan på rad 2. Ge varje aktör ett eget id.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
