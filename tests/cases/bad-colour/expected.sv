promise.yaml:8:11: error [ML211] '#15407' är ingen färg skriven som #rrggbb. Skriv färgen som # och sex hexadecimala siffror, inom citattecken, till exempel "#00558c" (kommunens grafiska profil anger den).
promise.yaml:9:17: error [ML211] 'blue' är ingen färg skriven som #rrggbb. Skriv färgen som # och sex hexadecimala siffror, inom citattecken, till exempel "#00558c" (kommunens grafiska profil anger den).
Kontrollerade 3 filer i 1 datamapp: 2 fel.
