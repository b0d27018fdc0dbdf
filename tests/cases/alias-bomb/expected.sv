areas/01-trafik.yaml:2:4: error [ML107] Ankaret '&a' (används av 9 alias) är inte tillåtet. Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias.
areas/01-trafik.yaml:3:4: error [ML107] Ankaret '&b' (används av 9 alias) är inte tillåtet. Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias.
areas/01-trafik.yaml:4:4: error [ML107] Ankaret '&c' (används av 9 alias) är inte tillåtet. Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias.
areas/01-trafik.yaml:5:4: error [ML107] Ankaret '&d' (används av 9 alias) är inte tillåtet. Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias.
areas/01-trafik.yaml:6:4: error [ML107] Ankaret '&e' (används av 9 alias) är inte tillåtet. Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias.
areas/01-trafik.yaml:7:4: error [ML107] Ankaret '&f' (används av 9 alias) är inte tillåtet. Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias.
areas/01-trafik.yaml:8:4: error [ML107] Ankaret '&g' (används av 9 alias) är inte tillåtet. Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias.
areas/01-trafik.yaml:9:4: error [ML107] Ankaret '&h' (används av 9 alias) är inte tillåtet. Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias.
areas/01-trafik.yaml:10:4: error [ML107] Ankaret '&i' (används av 1 alias) är inte tillåtet. Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias.
Kontrollerade 3 filer i 1 datamapp: 9 fel.
