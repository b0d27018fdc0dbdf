areas/01-trafik.yaml:7:17: warning [ML501] Aktiviteten är genomförd och lovade ett antal, men anger inte hur mycket som uppnåddes. Lägg till 'achieved: <tal>' med det som faktiskt blev gjort.
Kontrollerade 3 filer i 1 datamapp: 1 varning (ger fel med --strict).
