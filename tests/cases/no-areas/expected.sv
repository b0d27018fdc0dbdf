areas:1:1: error [ML113] Hittade inga filer för problemområden. Lägg en YAML-fil per problemområde i areas/ (se docs/data-format.md).
Kontrollerade 2 filer i 1 datamapp: 1 fel.
