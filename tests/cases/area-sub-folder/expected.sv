areas/2023/02-narkotika.yaml:1:1: error [ML115] Filen ligger i en undermapp till areas/; medlofte läser bara filerna direkt i areas/. Flytta den till areas/.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
