areas/02-ror.yaml:1:1: error [ML120] Det här är en namngiven pipe (named pipe), inte en fil; medlofte läser bara vanliga filer. Lägg själva YAML-filen här (kopiera in den i stället för det som ligger här nu).
Kontrollerade 4 filer i 1 datamapp: 1 fel.
