areas/01-trafik.yaml:1:1: error [ML201] Okänd nyckel 'titel' i en områdesfil. Menade du 'title'? Tillåtna nycklar: title, kind, label, order, place, period, parties, intro, situation, causes, goals, commitments, follow_up, examples, headings, parts.
areas/01-trafik.yaml:5:5: error [ML201] Okänd nyckel 'activites' i ett åtagande. Menade du 'activities'? Tillåtna nycklar: actors, title, activities, text, others, examples.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
