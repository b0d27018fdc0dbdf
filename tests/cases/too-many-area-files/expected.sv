areas:1:1: error [ML121] Mappen innehåller 2 001 YAML-filer; gränsen är 2 000, så medlofte läser ingen av dem. Ett löfte behöver en fil per problemområde, oftast ett tiotal filer: flytta de andra filerna ur areas/.
Kontrollerade 2 filer i 1 datamapp: 1 fel.
