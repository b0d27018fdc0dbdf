areas/02-narkotika.yaml:1:8: warning [ML402] Området 'Narkotika' har inga aktiviteter. Lägg till ett åtagande med aktörer och aktiviteter.
Kontrollerade 4 filer i 1 datamapp: 1 varning (ger fel med --strict).
