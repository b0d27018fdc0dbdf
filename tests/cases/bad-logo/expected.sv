promise.yaml:8:9: error [ML119] The logo 'logo.png' is not the PNG image its name says. Give the path of a PNG, JPEG, GIF, WebP or SVG file of at most 1 MB, relative to the folder of this file.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
