actors.yaml:1:1: error [ML112] Aktörsregistret saknas. Skapa actors.yaml (se docs/data-format.md).
promise.yaml:1:1: error [ML112] Löftesfilen saknas. Skapa promise.yaml (se docs/data-format.md).
Kontrollerade 1 fil i 1 datamapp: 2 fel.
