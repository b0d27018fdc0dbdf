02-narkotika.yaml:1:1: error [ML115] Filen läses inte: bara promise.yaml och actors.yaml hör hemma direkt i datamappen. Om det är ett problemområde, flytta den till areas/.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
