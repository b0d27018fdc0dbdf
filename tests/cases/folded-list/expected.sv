areas/01-trafik.yaml:4:3: error [ML117] I en text efter '>' slås raderna ihop, så den här punkten '- ' blir en del av raden ovanför: '…fiken upplevs som otrygg: - mopeder på gångvägarna…'. Skriv '|' i stället för '>' för att behålla raderna och listan.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
