areas/01-trafik.yaml:1:1: error [ML202] Nyckeln 'title' saknas; den krävs i en områdesfil. Lägg till 'title: …' (Rubriken, t.ex. 'Nedskräpning' eller 'Polisen lovar att:'; behövs inte för kind: list).
areas/01-trafik.yaml:5:9: error [ML202] Nyckeln 'text' saknas; den krävs i en aktivitet. Lägg till 'text: …' (Vad som ska göras, som dokumentet formulerar det).
promise.yaml:1:1: error [ML202] Nyckeln 'municipality' saknas; den krävs i promise.yaml. Lägg till 'municipality: …' (Kommunen, t.ex. 'Kungälvs kommun').
promise.yaml:4:3: error [ML202] Nyckeln 'end' saknas; den krävs i perioden. Lägg till 'end: …' (Periodens slut: 2025-04-30, 2025-04 eller 2025; behövs inte med until_further_notice).
Kontrollerade 3 filer i 1 datamapp: 4 fel.
