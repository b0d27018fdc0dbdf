areas/02-narkotika.yaml.txt:1:1: error [ML115] Filen heter '02-narkotika.yaml.txt' och läses därför inte som YAML (Windows kan dölja '.txt'). Byt namn på den till '02-narkotika.yaml'.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
