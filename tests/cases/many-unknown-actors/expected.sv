areas/02-trygghet.yaml:6:15: error [ML301] Okänd aktör 'Polisen1'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:8:15: error [ML301] Okänd aktör 'Polisen2'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:10:15: error [ML301] Okänd aktör 'Polisen3'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:12:15: error [ML301] Okänd aktör 'Polisen4'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:14:15: error [ML301] Okänd aktör 'Polisen5'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:16:15: error [ML301] Okänd aktör 'Polisen6'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:18:15: error [ML301] Okänd aktör 'Polisen7'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:20:15: error [ML301] Okänd aktör 'Polisen8'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:22:15: error [ML301] Okänd aktör 'Polisen9'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:24:15: error [ML301] Okänd aktör 'Polisen10'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:26:15: error [ML301] Okänd aktör 'Polisen11'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:28:15: error [ML301] Okänd aktör 'Polisen12'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:30:15: error [ML301] Okänd aktör 'Polisen13'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:32:15: error [ML301] Okänd aktör 'Polisen14'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:34:15: error [ML301] Okänd aktör 'Polisen15'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:36:15: error [ML301] Okänd aktör 'Polisen16'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:38:15: error [ML301] Okänd aktör 'Polisen17'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:40:15: error [ML301] Okänd aktör 'Polisen18'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:42:15: error [ML301] Okänd aktör 'Polisen19'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:44:15: error [ML301] Okänd aktör 'Polisen20'. Menade du 'Polisen'? Aktörerna finns i actors.yaml.
areas/02-trygghet.yaml:46:15: error [ML301] Okänd aktör 'Polisen21'. Lägg till den i actors.yaml eller rätta stavningen. Inga fler namn föreslås i den här filen: den har fler än 20 olika okända namn.
areas/02-trygghet.yaml:48:15: error [ML301] Okänd aktör 'Polisen22'. Lägg till den i actors.yaml eller rätta stavningen.
areas/02-trygghet.yaml:50:15: error [ML301] Okänd aktör 'Polisen23'. Lägg till den i actors.yaml eller rätta stavningen.
areas/02-trygghet.yaml:52:15: error [ML301] Okänd aktör 'Polisen24'. Lägg till den i actors.yaml eller rätta stavningen.
areas/02-trygghet.yaml:54:15: error [ML301] Okänd aktör 'Polisen25'. Lägg till den i actors.yaml eller rätta stavningen.
Kontrollerade 4 filer i 1 datamapp: 25 fel.
