areas/01-trafik.yaml:6:17: warning [ML405] Aktiviteten är markerad not-done men anger inget skäl. Lägg till 'reason: …' med skälet; invånarna får veta vad som inte blev gjort och varför.
areas/01-trafik.yaml:8:17: warning [ML405] Aktiviteten är markerad partly-done men anger inget skäl. Lägg till 'reason: …' med skälet; invånarna får veta vad som inte blev gjort och varför.
Kontrollerade 3 filer i 1 datamapp: 2 varningar (ger fel med --strict).
