areas/01-trafik.yaml:3:5: warning [ML403] Åtagandet nämner inga aktörer. Lägg till 'actors: [...]' med dem som tar på sig åtagandet.
Kontrollerade 3 filer i 1 datamapp: 1 varning (ger fel med --strict).
