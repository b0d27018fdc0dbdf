areas/01-trafik.yaml:7:22: error [ML503] Uppföljningsdatumet 2199-03 ligger i framtiden. Skriv den dag uppföljningen gjordes; en uppföljning kan inte framåtdateras.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
