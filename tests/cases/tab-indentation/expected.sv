areas/01-trafik.yaml:5:1: error [ML105] Ett tabbtecken används för indrag. Dra in med mellanslag (två per nivå); YAML tillåter inte tabbar.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
