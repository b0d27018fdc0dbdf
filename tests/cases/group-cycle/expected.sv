actors.yaml:7:14: error [ML306] Gruppen 'Exempels kommun' innehåller sig själv. Ta bort gruppen från sina egna medlemmar (direkt eller via en annan grupp).
actors.yaml:10:14: error [ML306] Gruppen 'Samverkan' innehåller sig själv. Ta bort gruppen från sina egna medlemmar (direkt eller via en annan grupp).
Kontrollerade 3 filer i 1 datamapp: 2 fel.
