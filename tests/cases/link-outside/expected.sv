areas/02-lank.yaml:1:1: error [ML116] Filen är en länk till '../../secret.yaml', utanför repot; medlofte läser den inte. Kopiera in filen i repot i stället för att länka till den.
Kontrollerade 4 filer i 1 datamapp: 1 fel.
