promise.yaml:8:11: error [ML407] Rubriker i #ffcc00 blir svåra att läsa: kontrasten är 1.4:1, och minst 4.5:1 behövs. Välj en mörkare nyans av färgen; den grafiska profilen anger ofta en för text.
promise.yaml:9:17: error [ML407] Text och länkar på #7f8fa6 blir svåra att läsa: kontrasten är 2.2:1, och minst 4.5:1 behövs. Välj en ljusare nyans som bakgrund, eller ta bort light_colour.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
