Kontrollerade 4 filer i 1 datamapp: inga problem hittades.
