Kontrollerade 3 filer i 1 datamapp: inga problem hittades.
