areas/01-trafik.yaml:2:20: error [ML104] Texten innehåller radavgränsaren U+2028 (kopierad från Word eller en PDF?), som YAML läser som en radbrytning: texten fortsätter i början av nästa rad, där YAML väntar sig en ny nyckel. Ta bort den, eller byt ut den mot ett mellanslag.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
