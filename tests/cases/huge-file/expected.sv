areas/02-huge.yaml:1:1: error [ML101] Filen är 5 242 925 byte; gränsen är 1 048 576 byte. Dela upp den: en löftesfil eller en områdesfil behöver långt mindre än så.
Kontrollerade 4 filer i 1 datamapp: 1 fel.
