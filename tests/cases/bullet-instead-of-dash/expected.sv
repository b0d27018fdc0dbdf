areas/01-trafik.yaml:5:7: error [ML104] Raden börjar med '•' (kopierat från Word?), som YAML inte läser som en listpunkt. Skriv '- ' (ett bindestreck och ett mellanslag) i stället för '•'.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
