areas/01-trafik.yaml:7:22: warning [ML502] Uppföljningsdatumet 2024-12-01 ligger före periodens start (2025-05-01). Rätta datumet för uppföljningen.
Kontrollerade 3 filer i 1 datamapp: 1 varning (ger fel med --strict).
