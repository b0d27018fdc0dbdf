areas/01-trafik.yaml:1:8: error [ML104] Texten börjar med det typografiska citattecknet '“' (från Word); YAML läser bara raka citattecken (" och ') som citattecken, så texten står inte inom citattecken. Skriv texten mellan raka dubbla citattecken: "…".
Kontrollerade 3 filer i 1 datamapp: 1 fel.
