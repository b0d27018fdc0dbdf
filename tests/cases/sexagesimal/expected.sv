areas/01-trafik.yaml:2:8: error [ML203] Här ska stå ett heltal, men det står texten '12:30'. Skriv ett heltal utan citattecken, till exempel 3.
areas/01-trafik.yaml:9:19: error [ML203] Här ska stå ett tal, men det står texten '0755'. Skriv talet utan inledande nollor.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
