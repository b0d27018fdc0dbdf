areas/02-trafik.yaml:1:8: error [ML303] Rubriken 'TRAFIK' används redan av areas/01-trafik.yaml. Slå ihop de två områdena eller ge vart och ett en egen rubrik.
Kontrollerade 4 filer i 1 datamapp: 1 fel.
