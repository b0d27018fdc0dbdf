areas/01-trafik.yaml:3:3: error [ML117] Raden börjar med '-', som inte är en listpunkt här: raderna slås ihop till '…g på gång- och cykelvägar -Fortkörning på Storgatan…'. Skriv ett mellanslag efter '-': varje listpunkt börjar med '- '.
areas/01-trafik.yaml:12:11: error [ML117] Raden börjar med '-', som inte är en listpunkt här: raderna slås ihop till '…- 12 kontroller i maj -9 kontroller i juni…'. Skriv ett mellanslag efter '-': varje listpunkt börjar med '- '.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
