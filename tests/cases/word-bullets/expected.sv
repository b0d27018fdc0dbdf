areas/01-trafik.yaml:3:3: error [ML117] Raden börjar med '•' (kopierat från Word?), som inte är en listpunkt här: raderna slås ihop till '…g på gång- och cykelvägar • Fortkörning på Storgatan…'. Börja varje listpunkt med '- ' (ett bindestreck och ett mellanslag) i stället för '•'.
areas/01-trafik.yaml:10:11: error [ML117] Raden börjar med '–' (kopierat från Word?), som inte är en listpunkt här: raderna slås ihop till '…– Polisen – Exempels kommun…'. Börja varje listpunkt med '- ' (ett bindestreck och ett mellanslag) i stället för '–'.
Kontrollerade 3 filer i 1 datamapp: 2 fel.
