areas/01-trafik.yaml:5:11: error [ML102] Byte 0xE4 är inte giltig UTF-8; filen verkar vara sparad som Latin-1 eller Windows-1252. Spara filen som UTF-8 (i de flesta program: Spara som → Kodning: UTF-8).
Kontrollerade 3 filer i 1 datamapp: 1 fel.
