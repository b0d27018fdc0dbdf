actors.yaml:2:9: error [ML206] 'Polisen' är inget giltigt id. Använd små bokstäver a–z, siffror och '-', till exempel 'polisen'.
actors.yaml:4:9: error [ML206] 'exempels kommun' är inget giltigt id. Använd små bokstäver a–z, siffror och '-', till exempel 'exempels-kommun'.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
