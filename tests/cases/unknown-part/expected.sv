promise.yaml:8:16: error [ML307] 'parts' nämner 'lovar', som inte är en del av den här filen. Använd något av: intro, purpose, situation, dialogue, sections, goals, promises, overview, follow_up, partners, signatures, ett avsnitts rubrik eller areas/<filnamn>.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
