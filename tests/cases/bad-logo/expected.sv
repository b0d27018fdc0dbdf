promise.yaml:8:9: error [ML119] Logotypen 'logo.png' är inte den PNG-bild som filnamnet anger. Ange sökvägen till en PNG-, JPEG-, GIF-, WebP- eller SVG-fil på högst 1 MB, räknat från mappen där den här filen ligger.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
