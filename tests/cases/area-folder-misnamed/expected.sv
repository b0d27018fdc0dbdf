area/02-narkotika.yaml:1:1: error [ML115] Filen ligger i 'area/', som medlofte inte läser: områdesfilerna ska ligga i 'areas/'. Flytta den till areas/ (eller byt namn på mappen till 'areas').
Kontrollerade 3 filer i 1 datamapp: 1 fel.
