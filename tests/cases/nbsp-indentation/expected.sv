areas/01-trafik.yaml:4:1: error [ML201] Okänd nyckel '\xa0\xa0\xa0\xa0activities' i en områdesfil. Raden är indragen med hårda mellanslag (kopierat från en webbsida eller Word?); YAML räknar bara vanliga mellanslag som indrag. Byt ut indraget mot vanliga mellanslag (två per nivå).
areas/02-narkotika.yaml:7:1: error [ML104] Raden är indragen med hårda mellanslag (kopierat från en webbsida eller Word?); YAML räknar bara vanliga mellanslag som indrag. Byt ut indraget mot vanliga mellanslag (två per nivå).
Kontrollerade 4 filer i 1 datamapp: 2 fel.
