areas/01-trafik.yaml:1:1: error [ML102] Filen är sparad som UTF-16 (Anteckningar kallar det 'Unicode' eller 'UTF-16 LE'). Spara den som UTF-8: i Anteckningar, Arkiv → Spara som → Kodning: UTF-8; i de flesta andra program, Spara som → Kodning.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
