areas/01-trafik.yaml:2:8: error [ML210] Talet '11111111111111111111111…' har 4 400 siffror; högst 15 före och 15 efter decimalpunkten är tillåtna. Kontrollera om det är ett skrivfel: inget antal, belopp eller andel i ett löfte har så många siffror.
areas/01-trafik.yaml:7:19: error [ML210] Talet '10000000000000000000000…' har 402 siffror; högst 15 före och 15 efter decimalpunkten är tillåtna. Kontrollera om det är ett skrivfel: inget antal, belopp eller andel i ett löfte har så många siffror.
areas/01-trafik.yaml:9:19: error [ML210] Talet '0.000000000000000000001' har 22 siffror; högst 15 före och 15 efter decimalpunkten är tillåtna. Kontrollera om det är ett skrivfel: inget antal, belopp eller andel i ett löfte har så många siffror.
Kontrollerade 3 filer i 1 datamapp: 3 fel.
