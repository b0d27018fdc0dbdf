areas/01-trafik.yaml:10:21: error [ML203] Här ska stå true eller false, men det står texten 'yes'. Skriv true eller false, med små bokstäver och utan citattecken (yes, no, on och off är text).
areas/01-trafik.yaml:14:21: error [ML203] Här ska stå true eller false, men det står texten 'True'. Skriv true eller false, med små bokstäver och utan citattecken (yes, no, on och off är text).
Kontrollerade 3 filer i 1 datamapp: 2 fel.
