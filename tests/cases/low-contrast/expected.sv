promise.yaml:8:11: error [ML407] Headings in #ffcc00 are hard to read: the contrast is 1.4:1 where at least 4.5:1 is needed. Choose a darker shade of the colour; the graphic profile often gives one for text.
promise.yaml:9:17: error [ML407] Text and links on #7f8fa6 are hard to read: the contrast is 2.2:1 where at least 4.5:1 is needed. Choose a lighter shade for the background, or leave light_colour out.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
