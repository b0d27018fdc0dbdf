promise.yaml:7:9: error [ML208] 'javascript:alert(1)' är ingen webbadress som medlofte länkar till. Skriv hela adressen, med https://, http:// eller mailto: först.
Kontrollerade 3 filer i 1 datamapp: 1 fel.
