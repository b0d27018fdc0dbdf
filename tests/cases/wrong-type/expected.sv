areas/01-trafik.yaml:1:8: error [ML203] Här ska stå en text, men det står en lista. Skriv texten efter kolonet; för flera rader, skriv '|' och dra in raderna under.
areas/01-trafik.yaml:2:9: error [ML203] Här ska stå en text, men det står true. Sätt det inom citattecken om du menar texten: "true".
areas/01-trafik.yaml:4:3: error [ML203] Här ska stå en lista, men det står rader med 'nyckel: värde'. Skriv varje punkt på en egen rad, med '- ' först.
Kontrollerade 3 filer i 1 datamapp: 3 fel.
