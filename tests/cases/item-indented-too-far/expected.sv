areas/01-trafik.yaml:4:4: error [ML117] Raden med '- ' läses som en del av listpunkten ovanför, eftersom den är mer indragen än punktens '- ': punkten blir '… belysning på gångvägarna - Grupper som samlas vid skola…'. Börja varje '- ' i listan i samma kolumn (kolumn 3).
Kontrollerade 3 filer i 1 datamapp: 1 fel.
