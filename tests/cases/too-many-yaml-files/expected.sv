.:1:1: error [ML121] Mappen innehåller 2 001 YAML-filer; gränsen är 2 000, så medlofte läser ingen av dem. Här ska bara promise.yaml och actors.yaml ligga (områdena ligger i areas/): flytta de andra filerna härifrån.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
