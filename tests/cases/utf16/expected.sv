areas/01-trafik.yaml:1:1: error [ML102] Filen är sparad som UTF-16. Spara den som UTF-8 (i de flesta program: Spara som → Kodning: UTF-8).
Kontrollerade 3 filer i 1 datamapp: 1 fel.
