actors.yaml:8:9: warning [ML401] Aktören 'Trafikpolisen' nämns ingenstans. Nämn den i ett åtagande, en aktivitet, bland parterna eller samarbetspartnerna, eller ta bort den ur registret.
actors.yaml:10:14: error [ML304] Namnet 'polis' för aktören 'trafikpolisen' är också namn på aktören 'polisen' (rad 4). Varje namn, kortnamn och alias får bara höra till en aktör; ta bort eller ändra ett av dem.
Kontrollerade 3 filer i 1 datamapp: 1 fel, 1 varning.
