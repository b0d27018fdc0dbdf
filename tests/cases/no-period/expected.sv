promise.yaml:1:1: warning [ML406] Löftet anger ingen period. Lägg till 'period:' med start och slut (ett år eller en månad räcker) om dokumentet har en; utan den kan ingenting bli försenat.
Kontrollerade 3 filer i 1 datamapp: 1 varning (ger fel med --strict).
