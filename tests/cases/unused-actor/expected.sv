actors.yaml:7:9: warning [ML401] Aktören 'Räddningstjänsten' nämns ingenstans. Nämn den i ett åtagande, en aktivitet, bland parterna eller samarbetspartnerna, eller ta bort den ur registret.
Kontrollerade 3 filer i 1 datamapp: 1 varning (ger fel med --strict).
