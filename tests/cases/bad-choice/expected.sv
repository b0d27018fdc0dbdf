actors.yaml:4:11: error [ML204] 'polis' är inte tillåtet här. Menade du 'police'? Använd något av: police, municipal, housing, rescue, school, civil-society, agency, business, other.
actors.yaml:7:11: error [ML204] 'kommun' är inte tillåtet här. Menade du 'municipal'? Använd något av: police, municipal, housing, rescue, school, civil-society, agency, business, other.
areas/01-trafik.yaml:6:17: error [ML204] 'klar' är inte tillåtet här. Menade du 'done'? Använd något av: planned, ongoing, done, partly-done, not-done, cancelled.
areas/01-trafik.yaml:8:17: error [ML204] 'Done' är inte tillåtet här. Menade du 'done'? Använd något av: planned, ongoing, done, partly-done, not-done, cancelled.
Kontrollerade 3 filer i 1 datamapp: 4 fel.
