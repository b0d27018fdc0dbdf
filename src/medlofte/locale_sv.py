"""The Swedish messages: each English template of ``t(...)`` in the source and its Swedish.

The placeholders ({key!r}, {n}) are the same in both; keys, codes and file names stay as
they are written in the files. ``tests/test_messages.py`` checks that every template in the
source is here, with the same placeholders, and that nothing here is left over.
"""

from __future__ import annotations

SV: dict[str, str] = {
    # --- files and YAML (data/strictyaml.py, data/loading.py) --------------------------
    "The file is {size:,} bytes; the cap is {cap:,} bytes.": "Filen är {size:,} byte; gränsen är {cap:,} byte.",
    "Split it up: a promise file or an area file needs far less than this.": (
        "Dela upp den: en löftesfil eller en områdesfil behöver långt mindre än så."
    ),
    "The file holds no data.": "Filen innehåller inga uppgifter.",
    "Fill it in (see docs/data-format.md) or delete it.": "Fyll i den (se docs/data-format.md) eller ta bort den.",
    "The file is saved as UTF-16 (Notepad calls it 'Unicode' or 'UTF-16 LE').": (
        "Filen är sparad som UTF-16 (Anteckningar kallar det 'Unicode' eller 'UTF-16 LE')."
    ),
    "Save it as UTF-8: in Notepad, File → Save as → Encoding: UTF-8; in most other editors, Save as → Encoding.": (
        "Spara den som UTF-8: i Anteckningar, Arkiv → Spara som → Kodning: UTF-8; i de flesta andra program, Spara som → Kodning."
    ),
    "The file is not valid YAML: {err}.": "Filen är inte giltig YAML: {err}.",
    "Fix the YAML syntax.": "Rätta YAML-syntaxen.",
    "The data is nested too deeply.": "Uppgifterna är inbäddade i för många nivåer.",
    "Byte 0x{byte:02X} is not valid UTF-8; the file looks saved as Latin-1 or Windows-1252.": (
        "Byte 0x{byte:02X} är inte giltig UTF-8; filen verkar vara sparad som Latin-1 eller Windows-1252."
    ),
    "Save the file as UTF-8 (in most editors: Save as → Encoding: UTF-8).": (
        "Spara filen som UTF-8 (i de flesta program: Spara som → Kodning: UTF-8)."
    ),
    "Write the value out in full; medlofte does not expand anchors and aliases.": (
        "Skriv ut värdet i sin helhet; medlofte fyller inte i ankare och alias."
    ),
    " (used by {n} alias)": " (används av {n} alias)",
    " (used by {n} aliases)": " (används av {n} alias)",
    "Anchor '&{name}'{also} is not allowed.": "Ankaret '&{name}'{also} är inte tillåtet.",
    "Anchor '&{name}' is not allowed.": "Ankaret '&{name}' är inte tillåtet.",
    "Alias '*{name}' is not allowed.": "Aliaset '*{name}' är inte tillåtet.",
    "Text that contains ': ' must be put in quotes, or this line is indented wrongly.": (
        "En text som innehåller ': ' måste stå inom citattecken, annars är raden fel indragen."
    ),
    "Each entry needs 'key: value'; check the indentation, and indent a text that runs over several lines under its key.": (
        "Varje rad behöver 'nyckel: värde'; kontrollera indraget, och dra in en text som går över flera rader under sin nyckel."
    ),
    "Keys of one mapping must start in the same column; check the indentation.": (
        "Nycklarna på samma nivå måste börja i samma kolumn; kontrollera indraget."
    ),
    "Items of one list must all start with '- ' in the same column.": (
        "Alla punkter i en lista måste börja med '- ' i samma kolumn."
    ),
    "A [ ... ] list is not closed; add the closing ']'.": "En [ ... ]-lista är inte stängd; lägg till ']' på slutet.",
    "A { ... } mapping is not closed; add the closing '}'.": "En { ... }-uppställning är inte stängd; lägg till '}' på slutet.",
    "A quote is not closed; add the closing quote.": "Ett citattecken är inte stängt; lägg till det avslutande citattecknet.",
    "Inside double quotes a backslash starts an escape; use single quotes or write \\\\.": (
        "Inom dubbla citattecken inleder ett omvänt snedstreck en specialkod; använd enkla citattecken eller skriv \\\\."
    ),
    "Text starting with this character must be put in quotes.": (
        "En text som börjar med det här tecknet måste stå inom citattecken."
    ),
    "A value is missing or starts with a character that needs quotes.": (
        "Ett värde saknas, eller börjar med ett tecken som kräver citattecken."
    ),
    "Aliases are not allowed; write the value out in full.": "Alias är inte tillåtna; skriv ut värdet i sin helhet.",
    "The file contains the control character U+{char:04X}, which YAML does not allow.": (
        "Filen innehåller styrtecknet U+{char:04X}, som YAML inte tillåter."
    ),
    "Delete it; it is often left by copying text from a PDF or a Word file.": (
        "Ta bort det; det följer ofta med när man kopierar text från en PDF eller en Word-fil."
    ),
    "The file holds a second YAML document (a line '---').": "Filen innehåller ett andra YAML-dokument (en rad '---').",
    "Remove the '---' line and merge the content into one document.": (
        "Ta bort raden '---' och slå ihop innehållet till ett dokument."
    ),
    "The data is nested more than {depth} levels deep.": "Uppgifterna är inbäddade i mer än {depth} nivåer.",
    "Flatten the structure.": "Gör strukturen plattare.",
    "A tab character is used for indentation.": "Ett tabbtecken används för indrag.",
    "Indent with spaces only (two per level); YAML does not allow tabs.": (
        "Dra in med mellanslag (två per nivå); YAML tillåter inte tabbar."
    ),
    "Fix the YAML syntax at this position.": "Rätta YAML-syntaxen på den här platsen.",
    "YAML syntax error {context} (started at line {line}): {problem}.": (
        "YAML-syntaxfel {context} (som började på rad {line}): {problem}."
    ),
    "YAML syntax error {context}: {problem}.": "YAML-syntaxfel {context}: {problem}.",
    "YAML syntax error: {problem}.": "YAML-syntaxfel: {problem}.",
    "The text holds the line separator U+{char:04X} (copied from Word or a PDF?), which YAML reads as a line break: the "
    "text goes on at the start of the next line, where YAML expects a new key.": (
        "Texten innehåller radavgränsaren U+{char:04X} (kopierad från Word eller en PDF?), som YAML läser som en "
        "radbrytning: texten fortsätter i början av nästa rad, där YAML väntar sig en ny nyckel."
    ),
    "Delete it, or replace it with a space.": "Ta bort den, eller byt ut den mot ett mellanslag.",
    # what libyaml says
    "mapping values are not allowed in this context": "ett värde med ':' är inte tillåtet här",
    "could not find expected ':'": "hittade inte det väntade ':'",
    "did not find expected key": "hittade inte den väntade nyckeln",
    "did not find expected '-' indicator": "hittade inte det väntade '-'",
    "did not find expected ',' or ']'": "hittade inte det väntade ',' eller ']'",
    "did not find expected ',' or '}'": "hittade inte det väntade ',' eller '}'",
    "found unexpected end of stream": "filen tog slut oväntat",
    "found unknown escape character": "hittade en okänd specialkod",
    "found character that cannot start any token": "hittade ett tecken som inget värde kan börja med",
    "did not find expected node content": "hittade inte det väntade värdet",
    "found undefined alias": "hittade ett odefinierat alias",
    "block sequence entries are not allowed in this context": "listpunkter är inte tillåtna här",
    "found a tab character that violates indentation": "hittade ett tabbtecken som bryter indraget",
    "found a tab character where an indentation space is expected": (
        "hittade ett tabbtecken där ett mellanslag för indrag väntades"
    ),
    "found unexpected ':'": "hittade ett oväntat ':'",
    "did not find expected <document start>": "hittade inte den väntade början på dokumentet",
    "found incompatible YAML document": "hittade ett YAML-dokument av en version som inte stöds",
    "while parsing a block mapping": "i en uppställning av nycklar",
    "while parsing a block collection": "i en lista",
    "while parsing a flow sequence": "i en [ ... ]-lista",
    "while parsing a flow mapping": "i en { ... }-uppställning",
    "while scanning a simple key": "i en nyckel",
    "while scanning a quoted scalar": "i en text inom citattecken",
    "while scanning a block scalar": "i en text efter '|' eller '>'",
    "while parsing a flow node": "i ett värde i en [ ... ]- eller { ... }-uppställning",
    "while parsing a block node": "i ett värde",
    "while scanning an anchor": "i ett ankare",
    "while scanning an alias": "i ett alias",
    "while scanning a tag": "i en tagg",
    "while scanning a directive": "i ett direktiv",
    "while scanning a plain scalar": "i en text",
    "while parsing a node": "i ett värde",
    "Cannot read the file: {reason}.": "Filen kan inte läsas: {reason}.",
    "Check that it is a readable file.": "Kontrollera att det är en fil som går att läsa.",
    "The file is more than {cap:,} bytes; the cap is {cap:,} bytes.": "Filen är större än {cap:,} byte; gränsen är {cap:,} byte.",
    "This is {what}, not a file; medlofte reads only ordinary files.": (
        "Det här är {what}, inte en fil; medlofte läser bara vanliga filer."
    ),
    "a named pipe": "en namngiven pipe (named pipe)",
    "a device": "en enhet (device)",
    "a socket": "en socket",
    "not an ordinary file": "inte en vanlig fil",
    "Put the YAML file itself here (copy it in place of what is there now).": (
        "Lägg själva YAML-filen här (kopiera in den i stället för det som ligger här nu)."
    ),
    "This folder holds {count:,} YAML files; the cap is {cap:,}, so medlofte reads none of them.": (
        "Mappen innehåller {count:,} YAML-filer; gränsen är {cap:,}, så medlofte läser ingen av dem."
    ),
    "Only {promise} and {actors} belong here, the areas in {areas}/: move the other files out.": (
        "Här ska bara {promise} och {actors} ligga (områdena ligger i {areas}/): flytta de andra filerna härifrån."
    ),
    "A promise needs one file per problem area, a dozen or so: move the other files out of {areas}/.": (
        "Ett löfte behöver en fil per problemområde, oftast ett tiotal filer: flytta de andra filerna ur {areas}/."
    ),
    "This file is a link to '{shown}', outside the repository; medlofte does not read it.": (
        "Filen är en länk till '{shown}', utanför repot; medlofte läser den inte."
    ),
    "Copy the file into the repository instead of linking to it.": "Kopiera in filen i repot i stället för att länka till den.",
    "This file is in '{folder}/', which medlofte does not read: area files go in '{areas}/'.": (
        "Filen ligger i '{folder}/', som medlofte inte läser: områdesfilerna ska ligga i '{areas}/'."
    ),
    "Move it to {areas}/ (or rename the folder to '{name}').": (
        "Flytta den till {areas}/ (eller byt namn på mappen till '{name}')."
    ),
    "This file is not read: medlofte reads {name} instead.": "Filen läses inte: medlofte läser {name} i stället.",
    "Merge the two files into one and delete this one.": "Slå ihop de två filerna till en och ta bort den här.",
    "This file is not read: only {promise} and {actors} belong in the data folder itself.": (
        "Filen läses inte: bara {promise} och {actors} hör hemma direkt i datamappen."
    ),
    "If it is a problem area, move it to {areas}/.": "Om det är ett problemområde, flytta den till {areas}/.",
    "This file is in a sub-folder of {areas}/; medlofte reads only the files in {areas}/ itself.": (
        "Filen ligger i en undermapp till {areas}/; medlofte läser bara filerna direkt i {areas}/."
    ),
    "Move it to {areas}/.": "Flytta den till {areas}/.",
    "This file is named '{name}', so it is not read as YAML (Windows may hide the '.txt').": (
        "Filen heter '{name}' och läses därför inte som YAML (Windows kan dölja '.txt')."
    ),
    "Rename it to '{name}'.": "Byt namn på den till '{name}'.",
    "The promise file is missing.": "Löftesfilen saknas.",
    "Create promise.yaml (see docs/data-format.md).": "Skapa promise.yaml (se docs/data-format.md).",
    "The actor registry is missing.": "Aktörsregistret saknas.",
    "Create actors.yaml (see docs/data-format.md).": "Skapa actors.yaml (se docs/data-format.md).",
    "No problem-area files found.": "Hittade inga filer för problemområden.",
    "Add one YAML file per problem area under {folder}/ (see docs/data-format.md).": (
        "Lägg en YAML-fil per problemområde i {folder}/ (se docs/data-format.md)."
    ),
    # --- values and keys (data/kinds.py, data/formats.py) ------------------------------
    "in 'headings'": "i 'headings'",
    "in an area's 'headings'": "i ett områdes 'headings'",
    "in the period": "i perioden",
    "in a signature": "i en underskrift",
    "in 'adopted'": "i 'adopted'",
    "in a section": "i ett avsnitt",
    "in a goal": "i ett mål",
    "in a quantity": "i 'quantity'",
    "in a follow-up round": "i en uppföljningsomgång",
    "in an activity": "i en aktivitet",
    "in a commitment": "i ett åtagande",
    "in an area file": "i en områdesfil",
    "in an actor": "i en aktör",
    "in actors.yaml": "i actors.yaml",
    "in promise.yaml": "i promise.yaml",
    "a value": "ett värde",
    "a colour (#rrggbb)": "en färg (#rrggbb)",
    "{text!r} is not a colour written as #rrggbb.": "{text!r} är ingen färg skriven som #rrggbb.",
    'Write the colour as # and six hexadecimal digits, in quotes, e.g. "#00558c" (the municipality\'s graphic profile '
    "gives it).": (
        'Skriv färgen som # och sex hexadecimala siffror, inom citattecken, till exempel "#00558c" (kommunens grafiska '
        "profil anger den)."
    ),
    "text": "en text",
    "a number": "ett tal",
    "a whole number": "ett heltal",
    "a number or text": "ett tal eller en text",
    "true or false": "true eller false",
    "a date (YYYY-MM-DD, YYYY-MM or YYYY)": "ett datum (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)",
    "a heading, or false": "en rubrik, eller false",
    "an address (https://…)": "en adress (https://…)",
    "a part's name": "namnet på en del",
    "an id": "ett id",
    "an actor's name": "en aktörs namn",
    "a mapping (key: value lines)": "rader med 'nyckel: värde'",
    "a list": "en lista",
    "nothing": "ingenting",
    "the number {value}": "talet {value}",
    "the text {value!r}": "texten {value!r}",
    "one of {values}": "något av {values}",
    "text or {label}": "en text eller {label}",
    "Write the text after the colon; for several lines write '|' and indent the lines below.": (
        "Skriv texten efter kolonet; för flera rader, skriv '|' och dra in raderna under."
    ),
    "Write a number without quotes, e.g. 20 or 2.5.": "Skriv ett tal utan citattecken, till exempel 20 eller 2.5.",
    "Write a whole number without quotes, e.g. 3.": "Skriv ett heltal utan citattecken, till exempel 3.",
    "Write true or false, in lower case and without quotes (yes, no, on and off are text).": (
        "Skriv true eller false, med små bokstäver och utan citattecken (yes, no, on och off är text)."
    ),
    "Write the date as YYYY-MM-DD (2023-06-30), a month as YYYY-MM (2023-06) or a year as YYYY (2023).": (
        "Skriv datumet som ÅÅÅÅ-MM-DD (2023-06-30), en månad som ÅÅÅÅ-MM (2023-06) eller ett år som ÅÅÅÅ (2023)."
    ),
    "Write the heading as the document has it, or false when the part has no heading.": (
        "Skriv rubriken så som dokumentet har den, eller false när delen saknar rubrik."
    ),
    "Write the whole address, starting with https://, http:// or mailto:.": (
        "Skriv hela adressen, med https://, http:// eller mailto: först."
    ),
    "Write the name of a part (intro, promises …), a section's title, or areas/<file name>.": (
        "Skriv namnet på en del (intro, promises …), ett avsnitts rubrik eller areas/<filnamn>."
    ),
    "Write the actor's id, name or alias as listed in actors.yaml.": (
        "Skriv aktörens id, namn eller alias så som det står i actors.yaml."
    ),
    "Write each item on its own line, starting with '- '.": "Skriv varje punkt på en egen rad, med '- ' först.",
    "Write it as 'key: value' lines indented under this key.": (
        "Skriv det som rader med 'nyckel: värde', indragna under den här nyckeln."
    ),
    "January": "januari",
    "February": "februari",
    "March": "mars",
    "April": "april",
    "May": "maj",
    "June": "juni",
    "July": "juli",
    "August": "augusti",
    "September": "september",
    "October": "oktober",
    "November": "november",
    "December": "december",
    "the year {year} is outside {first}–{last}.": "året {year} ligger utanför {first}–{last}.",
    "there is no month {month:02d} (months are 01–12).": "det finns ingen månad {month:02d} (månaderna är 01–12).",
    "{month} {year} has {days} days.": "{month} {year} har {days} dagar.",
    "Check the year; for a promise that runs until further notice write 'until_further_notice: true' in the period.": (
        "Kontrollera året; för ett löfte som gäller tills vidare, skriv 'until_further_notice: true' i perioden."
    ),
    "Correct the day or the month.": "Rätta dagen eller månaden.",
    "Write it as {date}; the document's own wording can go in 'label'.": (
        "Skriv det som {date}; dokumentets egen formulering kan stå i 'label'."
    ),
    "Write it with dashes: {date}.": "Skriv det med bindestreck: {date}.",
    "{value!r} is not a valid date.": "{value!r} är inget giltigt datum.",
    "{value!r} is not a valid date: {problem}": "{value!r} är inget giltigt datum: {problem}",
    "The number {value!r} has {digits:,} digits; at most {most} before and {most} after the decimal point are allowed.": (
        "Talet {value!r} har {digits:,} siffror; högst {most} före och {most} efter decimalpunkten är tillåtna."
    ),
    "Check it for a typing mistake: no count, amount or share in a promise has this many digits.": (
        "Kontrollera om det är ett skrivfel: inget antal, belopp eller andel i ett löfte har så många siffror."
    ),
    "Explicit YAML tag {tag!r} is not allowed.": "YAML-taggen {tag!r} är inte tillåten.",
    "Remove the tag; write plain values.": "Ta bort taggen; skriv vanliga värden.",
    "Expected {label}, found {found}.": "Här ska stå {label}, men det står {found}.",
    "Expected {label}, found the text {value!r}.": "Här ska stå {label}, men det står texten {value!r}.",
    "Write the number without leading zeros.": "Skriv talet utan inledande nollor.",
    "Expected text, found {value}.": "Här ska stå en text, men det står {value}.",
    'Put it in quotes if you mean the text: "{value}".': 'Sätt det inom citattecken om du menar texten: "{value}".',
    "Expected a heading or false, found true.": "Här ska stå en rubrik eller false, men det står true.",
    "{text!r} is not a web address medlofte links to.": "{text!r} är ingen webbadress som medlofte länkar till.",
    "Did you mean {guess!r}? ": "Menade du {guess!r}? ",
    "{value!r} is not allowed here.": "{value!r} är inte tillåtet här.",
    "{guess}Use one of: {values}.": "{guess}Använd något av: {values}.",
    "{value!r} is not a valid id.": "{value!r} är inget giltigt id.",
    "Use lower-case letters a-z, digits and '-', e.g. {id!r}.": (
        "Använd små bokstäver a–z, siffror och '-', till exempel {id!r}."
    ),
    "This list item is empty.": "Listpunkten är tom.",
    "Write the item after '- ' or delete the line.": "Skriv punkten efter '- ' eller ta bort raden.",
    "A key must be plain text, found {found}.": "En nyckel måste vara vanlig text, men det står {found}.",
    "Write keys as 'name: value'.": "Skriv nycklar som 'namn: värde'.",
    "Remove one of them; plain YAML would silently keep only the last.": (
        "Ta bort en av dem; vanlig YAML skulle i tysthet bara behålla den sista."
    ),
    "A '- ' is probably missing at the start of line {line} (see there).": (
        "Troligen saknas ett '- ' i början av rad {line} (se där)."
    ),
    "A '- ' is probably missing at the start of this line: each item of a list starts with '- ', so without it these "
    "lines continue the item above.": (
        "Troligen saknas ett '- ' i början av den här raden: varje punkt i en lista börjar med '- ', och utan det "
        "fortsätter raderna punkten ovanför."
    ),
    "Duplicate key {key!r} (first at line {line}).": "Nyckeln {key!r} finns två gånger (första gången på rad {line}).",
    "{key!r} is empty.": "{key!r} är tom.",
    "Write a value for {key!r}; it is required {where}.": "Skriv ett värde för {key!r}; den krävs {where}.",
    "Missing required key {key!r} {where}.": "Nyckeln {key!r} saknas; den krävs {where}.",
    "Add '{key}: …' ({what}).": "Lägg till '{key}: …' ({what}).",
    "Merge keys ('<<') are not allowed.": "Sammanslagningsnycklar ('<<') är inte tillåtna.",
    "Write the keys out in full.": "Skriv ut nycklarna i sin helhet.",
    "Unknown key {key!r} {where}. {more}": "Okänd nyckel {key!r} {where}. {more}",
    "Unknown key {key!r} {where}.": "Okänd nyckel {key!r} {where}.",
    "{guess}Allowed keys: {keys}.": "{guess}Tillåtna nycklar: {keys}.",
    # --- how a text was written (data/textcheck.py) -------------------------------------
    "control character": "styrtecknet",
    "Unicode noncharacter": "Unicode-icketecknet",
    "The text holds the {kind} U+{code:04X}{name}, written as an escape such as '\\e' or '\\x1b'.": (
        "Texten innehåller {kind} U+{code:04X}{name}, skrivet som en specialkod som '\\e' eller '\\x1b'."
    ),
    "Remove the escape: such a character cannot be printed, and in a terminal it can change what is shown.": (
        "Ta bort specialkoden: ett sådant tecken kan inte skrivas ut, och i ett terminalfönster kan det ändra det som visas."
    ),
    "The text ends at '…{tail}': YAML reads ' #' as the start of a comment, so '{cut}' is left out.": (
        "Texten slutar vid '…{tail}': YAML läser ' #' som början på en kommentar, så '{cut}' kommer inte med."
    ),
    "Put the whole text in quotes (\"…\") if this belongs to it; for a comment, write a space after the '#'.": (
        "Sätt hela texten inom citattecken (\"…\") om det här hör till den; för en kommentar, skriv ett mellanslag efter '#'."
    ),
    "In a text written after '>' the lines are joined, so this '{mark} ' item becomes part of the line above: '{joined}'.": (
        "I en text efter '>' slås raderna ihop, så den här punkten '{mark} ' blir en del av raden ovanför: '{joined}'."
    ),
    "Write '|' instead of '>' to keep each line and the list.": "Skriv '|' i stället för '>' för att behålla raderna och listan.",
    "This '{mark} ' line is read as part of the list item above, because it is indented further than that item's "
    "'- ': the item becomes '{joined}'.": (
        "Raden med '{mark} ' läses som en del av listpunkten ovanför, eftersom den är mer indragen än punktens '- ': "
        "punkten blir '{joined}'."
    ),
    "Start each '- ' of the list in the same column (column {dash}).": (
        "Börja varje '- ' i listan i samma kolumn (kolumn {dash})."
    ),
    "This '{mark} ' line is read as a continuation of the text above, not as a list item: '{joined}'.": (
        "Raden med '{mark} ' läses som en fortsättning på texten ovanför, inte som en listpunkt: '{joined}'."
    ),
    "For a list, start it on the line below the key with each item as '- '; to keep a list inside a text, write '|' "
    "after the key and the text on the lines below it.": (
        "För en lista, börja på raden under nyckeln med varje punkt som '- '; för att ha en lista inne i en text, "
        "skriv '|' efter nyckeln och texten på raderna under."
    ),
    " (copied from Word?)": " (kopierat från Word?)",
    "This line starts with '{mark}'{copied}, which is not a list item here: the lines are joined into '{joined}'.": (
        "Raden börjar med '{mark}'{copied}, som inte är en listpunkt här: raderna slås ihop till '{joined}'."
    ),
    "Start each list item with '- ' (a hyphen and a space) instead of '{mark}'; the document shows a bulleted list.": (
        "Börja varje listpunkt med '- ' (ett bindestreck och ett mellanslag) i stället för '{mark}'; dokumentet visar "
        "en punktlista."
    ),
    "Write a space after the '-': each list item starts with '- '.": (
        "Skriv ett mellanslag efter '-': varje listpunkt börjar med '- '."
    ),
    "Start each list item with '- ' (a hyphen and a space) instead of '{mark}'.": (
        "Börja varje listpunkt med '- ' (ett bindestreck och ett mellanslag) i stället för '{mark}'."
    ),
    "non-breaking spaces": "hårda mellanslag",
    "the special space U+{code:04X}": "specialmellanslaget U+{code:04X}",
    "This line is indented with {spaces} (copied from a web page or Word?); YAML counts only ordinary spaces as indentation.": (
        "Raden är indragen med {spaces} (kopierat från en webbsida eller Word?); YAML räknar bara vanliga mellanslag som indrag."
    ),
    "Replace the indentation with ordinary spaces (two per level).": ("Byt ut indraget mot vanliga mellanslag (två per nivå)."),
    "This line starts with '{mark}' (copied from Word?), which YAML does not read as a list item.": (
        "Raden börjar med '{mark}' (kopierat från Word?), som YAML inte läser som en listpunkt."
    ),
    "Write '- ' (a hyphen and a space) instead of '{mark}'.": (
        "Skriv '- ' (ett bindestreck och ett mellanslag) i stället för '{mark}'."
    ),
    "The text starts with the typographic quote '{quote}' (from Word); YAML reads only straight quotes (\" and ') as "
    "quotes, so the text is not quoted.": (
        "Texten börjar med det typografiska citattecknet '{quote}' (från Word); YAML läser bara raka citattecken "
        "(\" och ') som citattecken, så texten står inte inom citattecken."
    ),
    'Write the text between straight double quotes: "…".': 'Skriv texten mellan raka dubbla citattecken: "…".',
    "There is no ':' after the key '{key}'.": "Det saknas ':' efter nyckeln '{key}'.",
    "Write '{key}: {rest}'.": "Skriv '{key}: {rest}'.",
    # --- references and consistency (data/rules.py) ------------------------------------
    "Actor id {id!r} is already used at line {line}.": "Aktörs-id:t {id!r} används redan på rad {line}.",
    "Give each actor its own id.": "Ge varje aktör ett eget id.",
    "The name {name!r} of actor {id!r} also names actor {other!r} (line {line}).": (
        "Namnet {name!r} för aktören {id!r} är också namn på aktören {other!r} (rad {line})."
    ),
    "Names, short names and aliases must each point at one actor; remove or change one.": (
        "Varje namn, kortnamn och alias får bara höra till en aktör; ta bort eller ändra ett av dem."
    ),
    "actor": "aktör",
    "member of {group!r}:": "medlem i {group!r}:",
    "Unknown {what} {name!r}.": "Okänd {what} {name!r}.",
    "Did you mean {name!r}? Actors are listed in {file}.": "Menade du {name!r}? Aktörerna finns i {file}.",
    "Add it to {file} or fix the spelling.": "Lägg till den i {file} eller rätta stavningen.",
    "Add it to {file} or fix the spelling. No more names are suggested in this file: it has more than {most} different "
    "unknown names.": (
        "Lägg till den i {file} eller rätta stavningen. Inga fler namn föreslås i den här filen: den har fler än "
        "{most} olika okända namn."
    ),
    "Actor {name!r} is never referenced.": "Aktören {name!r} nämns ingenstans.",
    "Name it in a commitment, an activity, parties or partners, or remove it from the registry.": (
        "Nämn den i ett åtagande, en aktivitet, bland parterna eller samarbetspartnerna, eller ta bort den ur registret."
    ),
    "Group {name!r} contains itself.": "Gruppen {name!r} innehåller sig själv.",
    "Remove the group from its own members (directly or through another group).": (
        "Ta bort gruppen från sina egna medlemmar (direkt eller via en annan grupp)."
    ),
    "The activity id {id!r} is already used in {file} at line {line}.": (
        "Aktivitets-id:t {id!r} används redan i {file} på rad {line}."
    ),
    "Give each activity its own id (or none: forms then use the activity's text).": (
        "Ge varje aktivitet ett eget id (eller inget: då använder blanketterna aktivitetens text)."
    ),
    "The title {title!r} is already used by {file}.": "Rubriken {title!r} används redan av {file}.",
    "Merge the two areas or give each its own title.": "Slå ihop de två områdena eller ge vart och ett en egen rubrik.",
    "The group's period": "Gruppens period",
    "The area {name!r} has no activities.": "Området {name!r} har inga aktiviteter.",
    "Add a commitment with its actors and activities.": "Lägg till ett åtagande med aktörer och aktiviteter.",
    "This commitment names no actors.": "Åtagandet nämner inga aktörer.",
    "Add 'actors: [...]' naming who takes it on.": "Lägg till 'actors: [...]' med dem som tar på sig åtagandet.",
    "The promise gives no period.": "Löftet anger ingen period.",
    "Add 'period:' with start and end (a year or a month is enough) if the document has one; without it nothing can be "
    "overdue.": (
        "Lägg till 'period:' med start och slut (ett år eller en månad räcker) om dokumentet har en; utan den kan "
        "ingenting bli försenat."
    ),
    "The period": "Perioden",
    "{what} ends ({end}) before it starts ({start}).": "{what} slutar ({end}) innan den börjar ({start}).",
    "Swap start and end, or correct the year.": "Byt plats på start och slut, eller rätta året.",
    "{what} is extended to {extended}, which is not after its end ({end}).": (
        "{what} är förlängd till {extended}, vilket inte är efter dess slut ({end})."
    ),
    "Give the new end in 'extended_to', after 'end'.": "Ange det nya slutet i 'extended_to', efter 'end'.",
    "'parts' names {part!r} twice.": "'parts' nämner {part!r} två gånger.",
    "Keep it where the document has it.": "Behåll den där dokumentet har den.",
    "'parts' leaves out {part!r}, which has content; it would not be shown.": (
        "'parts' utelämnar {part!r}, som har innehåll; den skulle inte visas."
    ),
    "Add {part!r} to 'parts' where the document has it.": "Lägg till {part!r} i 'parts' där dokumentet har den.",
    "'parts' names {part!r}, which is not a part of this file.": "'parts' nämner {part!r}, som inte är en del av den här filen.",
    "{guess}Use one of: {parts}, a section's title or areas/<file name>.": (
        "{guess}Använd något av: {parts}, ett avsnitts rubrik eller areas/<filnamn>."
    ),
    "The activity ends ({end}) before it starts ({start}).": "Aktiviteten slutar ({end}) innan den börjar ({start}).",
    "Swap start and end, or correct the dates.": "Byt plats på start och slut, eller rätta datumen.",
    "The activity is marked {status} but gives no reason.": "Aktiviteten är markerad {status} men anger inget skäl.",
    "Add 'reason: …' saying why; residents are told what was not done and why.": (
        "Lägg till 'reason: …' med skälet; invånarna får veta vad som inte blev gjort och varför."
    ),
    "The activity is done and promised a quantity, but gives no achieved quantity.": (
        "Aktiviteten är genomförd och lovade ett antal, men anger inte hur mycket som uppnåddes."
    ),
    "Add 'achieved: <number>' with what was actually done.": "Lägg till 'achieved: <tal>' med det som faktiskt blev gjort.",
    "The follow-up date {date} lies before the period starts ({start}).": (
        "Uppföljningsdatumet {date} ligger före periodens start ({start})."
    ),
    "Correct the date of the follow-up.": "Rätta datumet för uppföljningen.",
    "The follow-up date {date} lies in the future.": "Uppföljningsdatumet {date} ligger i framtiden.",
    "Write the day the follow-up was made; a follow-up cannot be dated ahead.": (
        "Skriv den dag uppföljningen gjordes; en uppföljning kan inte framåtdateras."
    ),
    # --- returned forms (data/answers.py, actions/collect.py) --------------------------
    "This is not a medlofte follow-up form: {why}.": "Det här är ingen uppföljningsblankett från medlofte: {why}.",
    "Collect the .xlsx form that medlofte made (or the task list saved as CSV), without renaming its sheet or headers.": (
        "Samla in den .xlsx-blankett som medlofte gjorde (eller uppgiftslistan sparad som CSV), utan att byta namn på "
        "bladet eller rubrikerna."
    ),
    "it is {size:,} bytes, far more than a form": "den är {size:,} byte, långt mer än en blankett",
    "it cannot be opened as an Excel file ({error})": "den går inte att öppna som en Excel-fil ({error})",
    "it has no sheet named {sheet!r}": "den har inget blad som heter {sheet!r}",
    "its first row does not have the form's headers (Aktivitet, Status …)": (
        "första raden har inte blankettens rubriker (Aktivitet, Status …)"
    ),
    "it has more than {rows:,} rows": "den har fler än {rows:,} rader",
    "Check the path.": "Kontrollera sökvägen.",
    "{word!r} is not a status.": "{word!r} är ingen status.",
    "{guess}Choose one of the list: {values}.": "{guess}Välj något i listan: {values}.",
    "{text!r} is not a number.": "{text!r} är inget tal.",
    "Write only the number in this column (40, or 2,5); words and explanations go in the result.": (
        "Skriv bara talet i den här kolumnen (40, eller 2,5); ord och förklaringar skrivs i resultatet."
    ),
    "Write the date as YYYY-MM-DD (2024-06-30).": "Skriv datumet som ÅÅÅÅ-MM-DD (2024-06-30).",
    "This row's activity is not in the promise: {text!r}.": "Radens aktivitet finns inte i löftet: {text!r}.",
    "Its text may have been changed or the activity removed since the form was made; ask for a new form, or give the "
    "activity an 'id' so that forms find it again.": (
        "Texten kan ha ändrats, eller aktiviteten tagits bort, sedan blanketten gjordes; be om en ny blankett, eller "
        "ge aktiviteten ett 'id' så att blanketterna hittar den igen."
    ),
    "The activity's text has changed since the form was made; it now reads {text!r}.": (
        "Aktivitetens text har ändrats sedan blanketten gjordes; nu lyder den {text!r}."
    ),
    "Check that the answer still fits the activity; it is taken.": (
        "Kontrollera att svaret fortfarande passar aktiviteten; det tas med."
    ),
    "The date {date} lies in the future.": "Datumet {date} ligger i framtiden.",
    "Write the day the follow-up was made.": "Skriv den dag uppföljningen gjordes.",
    "The date {date} lies before the promise's period starts ({start}).": (
        "Datumet {date} ligger före starten på löftets period ({start})."
    ),
    "Check the year; write the day the follow-up was made.": "Kontrollera året; skriv den dag uppföljningen gjordes.",
    "{one} and {other} give different answers for {text!r}: {first!r} and {second!r}.": (
        "{one} och {other} ger olika svar för {text!r}: {first!r} och {second!r}."
    ),
    "Agree on one answer and correct one form, or choose whose answer counts with --prefer FILE.": (
        "Kom överens om ett svar och rätta en av blanketterna, eller välj vems svar som gäller med --prefer FIL."
    ),
    "{file} cannot be read again; run medlofte validate": "{file} går inte att läsa igen; kör medlofte validate",
    "the answers would make the data invalid, so nothing was written: {problems}": (
        "svaren skulle göra uppgifterna ogiltiga, så ingenting skrevs: {problems}"
    ),
    "giving the activities ids would change the data; nothing was written": (
        "att ge aktiviteterna id skulle ändra uppgifterna; ingenting skrevs"
    ),
    "an activity written as plain text cannot have an earlier follow-up round": (
        "en aktivitet som är skriven som bara text kan inte ha en tidigare uppföljningsomgång"
    ),
    "writing the answers would change more than asked at {shown}; nothing was written": (
        "att skriva svaren skulle ändra mer än det som efterfrågades vid {shown}; ingenting skrevs"
    ),
    # --- the summary (output/findings.py) ----------------------------------------------
    "Checked {files} in {dirs}": "Kontrollerade {files} i {dirs}",
    "1 file": "1 fil",
    "{n} files": "{n} filer",
    "1 data directory": "1 datamapp",
    "{n} data directories": "{n} datamappar",
    "{where}: no problems found.": "{where}: inga problem hittades.",
    "{where}: {parts}.": "{where}: {parts}.",
    "1 error": "1 fel",
    "{n} errors": "{n} fel",
    "1 warning": "1 varning",
    "{n} warnings": "{n} varningar",
    "{warnings} (fail with --strict)": "{warnings} (ger fel med --strict)",
    "1 more finding of this kind in this file is not listed; the summary counts them all.": (
        "1 problem till av samma slag i filen visas inte; sammanfattningen räknar med alla."
    ),
    "{n} more findings of this kind in this file are not listed; the summary counts them all.": (
        "{n} problem till av samma slag i filen visas inte; sammanfattningen räknar med alla."
    ),
    "{more} Fix the ones above and validate again, or see every one with --format json.": (
        "{more} Rätta dem ovanför och kontrollera igen, eller se alla med --format json."
    ),
    # --- the command line and the API (cli.py, api.py) ---------------------------------
    "{value!r} is not one of {allowed}.": "{value!r} är inte något av {allowed}.",
    "data directory '{path}' does not exist{where}.{offer}": "datamappen '{path}' finns inte{where}.{offer}",
    "'{path}' is not a directory; give the data directory that holds promise.yaml.": (
        "'{path}' är ingen mapp; ange den datamapp som innehåller promise.yaml."
    ),
    "'{path}' holds no {names}.{offer}": "'{path}' innehåller ingen {names}.{offer}",
    " in {folder}": " i {folder}",
    "{promise}, {actors} or {areas}/": "{promise}, {actors} eller {areas}/",
    " '{folder}' holds {promise}: give it as the data directory.": " '{folder}' innehåller {promise}: ange den som datamapp.",
    "1 problem found in {root} — run medlofte validate {root}": "1 problem hittades i {root} — kör medlofte validate {root}",
    "{n} problems found in {root} — run medlofte validate {root}": (
        "{n} problem hittades i {root} — kör medlofte validate {root}"
    ),
    "'{name}' matches several actors: {value}. Type more of the name.": (
        "'{name}' passar flera aktörer: {value}. Skriv mer av namnet."
    ),
    "no actor matches '{name}'. Did you mean: {value}?": "ingen aktör passar '{name}'. Menade du: {value}?",
    "no actor matches '{name}'. Known actors: {known}.": "ingen aktör passar '{name}'. Kända aktörer: {known}.",
    "--changes-since adds to the promise document; leave out --report follow-up.": (
        "--changes-since lägger till i löftesdokumentet; ta bort --report follow-up."
    ),
    "cannot write {what}: {why}": "kan inte skriva {what}: {why}",
    "cannot write {what} ({path}): {why}": "kan inte skriva {what} ({path}): {why}",
    "the output": "filerna",
    "the job summary (GITHUB_STEP_SUMMARY)": "jobbsammanfattningen (GITHUB_STEP_SUMMARY)",
    "the repository": "repot",
    "the activities' ids": "aktiviteternas id",
    "the answers": "svaren",
    "the draft": "utkastet",
    "the forms": "blanketterna",
    "the site": "webbplatsen",
    "the schemas": "schemana",
    "the disk is full": "disken är full",
    "the disk is full (the quota is used up)": "disken är full (lagringskvoten är slut)",
    "the file system is read-only": "disken är skrivskyddad",
    "permission denied (the folder or file is not writable)": (
        "åtkomst nekad (du har inte rätt att skriva i mappen eller filen)"
    ),
    "it is a folder, not a file; remove or rename the folder": (
        "det är en mapp, inte en fil; ta bort mappen eller byt namn på den"
    ),
    "the file is larger than this system allows": "filen är större än systemet tillåter",
    "the name is too long for the file system": "namnet är för långt för filsystemet",
    "{parent} is a file, not a folder": "{parent} är en fil, inte en mapp",
    "interrupted; nothing was left half-written": "avbröts; inget lämnades halvskrivet",
    "interrupted": "avbröts",
    "'{directory}' exists and is not a directory.": "'{directory}' finns redan och är ingen mapp.",
    "cannot write next year's promise to {output}: {why}": "kan inte skriva nästa års löfte till {output}: {why}",
    "{output} exists and is not an empty directory; rollover never overwrites.": (
        "{output} finns redan och är ingen tom mapp; rollover skriver aldrig över något."
    ),
    "the rolled-over promise does not validate: {problems}": "det nya årets löfte klarar inte kontrollen: {problems}",
    "'{folder}' holds no data at {revision} nor at {to}.": (
        "'{folder}' innehåller inga uppgifter vid {revision} och inte vid {to}."
    ),
    "cannot show the changes since {since}: {value} has errors — run medlofte validate": (
        "kan inte visa ändringarna sedan {since}: {value} har fel — kör medlofte validate"
    ),
    "{output} exists and is not a directory; give a new directory for the draft.": (
        "{output} finns redan och är ingen mapp; ange en ny mapp för utkastet."
    ),
    "{output} exists and is not empty; import never overwrites. Use --force to replace its data files.": (
        "{output} finns redan och är inte tom; import skriver aldrig över något. Använd --force för att ersätta "
        "datafilerna i den."
    ),
    "the imported draft does not validate: {problems}": "det importerade utkastet klarar inte kontrollen: {problems}",
    "--format {value} is for the terminal; use {names} with --output.": (
        "--format {value} är till för terminalfönstret; använd {names} med --output."
    ),
    "--format {value} writes {wanted} files, not '{name}'; name the file {wanted}.{excel}": (
        "--format {value} skriver {wanted}-filer, inte '{name}'; döp filen till {wanted}.{excel}"
    ),
    "cannot tell the format from {shown}; name the output {listed}, or give --format.{excel}": (
        "kan inte avgöra formatet av {shown}; döp utfilen till {listed}, eller ange --format.{excel}"
    ),
    "--format xlsx writes a file: give it with --output, e.g. --output Polisen.xlsx.": (
        "--format xlsx skriver en fil: ange den med --output, till exempel --output Polisen.xlsx."
    ),
    "the follow-up form holds every activity of the actor; leave out --lead-only, --status and --open.": (
        "uppföljningsblanketten innehåller alla aktörens aktiviteter; ta bort --lead-only, --status och --open."
    ),
    "follow-up forms are made per actor: medlofte forms --output DIR, or medlofte actor NAME --format xlsx.": (
        "uppföljningsblanketter görs per aktör: medlofte forms --output MAPP, eller medlofte actor NAMN --format xlsx."
    ),
    "template directory '{templates}' does not exist.": "mallmappen '{templates}' finns inte.",
    "--output - writes one format of one data directory to standard output.": (
        "--output - skriver ett format av en datamapp till standard ut."
    ),
    "--output {name} names one file, but this writes {value} documents; give a folder, or one --format and one data directory.": (
        "--output {name} är en fil, men det här skriver {value} dokument; ange en mapp, eller ett --format och en datamapp."
    ),
    "--output {name} does not fit --format {value}; name the file {suffix} or choose the format of '{suffix2}' (md, "
    "html, pdf or docx).": (
        "--output {name} passar inte med --format {value}; döp filen till {suffix} eller välj formatet för "
        "'{suffix2}' (md, html, pdf eller docx)."
    ),
    "--format pdf writes a file: give it with --output, e.g. --output Polisen.pdf.": (
        "--format pdf skriver en fil: ange den med --output, till exempel --output Polisen.pdf."
    ),
    "give one data directory, not {len}: {value}.": "ange en datamapp, inte {len}: {value}.",
    "give the returned forms to collect, e.g. medlofte collect Polisen.xlsx Kommunen.xlsx data": (
        "ange de ifyllda blanketterna som ska samlas in, till exempel medlofte collect Polisen.xlsx Kommunen.xlsx data"
    ),
    "Next: cd {directory}, then medlofte validate and medlofte render": (
        "Nästa steg: cd {directory}, sedan medlofte validate och medlofte render"
    ),
    # click's own usage errors, said again (cli.py)
    "No such option: {name}.": "Alternativet {name} finns inte.",
    "No such option: {name}. Did you mean {options}?": "Alternativet {name} finns inte. Menade du {options}?",
    "No such command: {name!r}.": "Kommandot {name!r} finns inte.",
    "No such command: {name!r}. Did you mean {names}?": "Kommandot {name!r} finns inte. Menade du {names}?",
    "Missing option {name}.": "Alternativet {name} saknas.",
    "Missing argument {name}.": "Argumentet {name} saknas.",
    "{value} is not one of {choices}.": "{value} är inte något av {choices}.",
    "Invalid value for {name}: {message}": "Ogiltigt värde för {name}: {message}",
    "Unexpected extra arguments: {args}.": "Oväntade extra argument: {args}.",
    # many promises at once (status, render --report overview, export, site)
    "the overview spans many promises: render_overview(overview(data_dirs, as_of), fmt).": (
        "översikten gäller många löften: render_overview(overview(data_dirs, as_of), fmt)."
    ),
    "give the data directories, e.g. medlofte status kommuner/*/data": (
        "ange datamapparna, till exempel medlofte status kommuner/*/data"
    ),
    "a data directory is given twice; give each once.": "en datamapp är angiven två gånger; ange var och en en gång.",
    "--format {value} writes {suffix} files, not '{name}'; name the file {suffix}.": (
        "--format {value} skriver {suffix}-filer, inte '{name}'; döp filen till {suffix}."
    ),
    "datapackage.json is the description written beside the export; give the export another name.": (
        "datapackage.json är beskrivningen som skrivs bredvid exporten; ge exporten ett annat namn."
    ),
    "{output} exists and is not a directory; give a folder for the site.": (
        "{output} finns redan och är ingen mapp; ange en mapp för webbplatsen."
    ),
    "--actor is for one data directory; give one, or leave out --actor for the overview.": (
        "--actor gäller en datamapp; ange en, eller ta bort --actor för översikten."
    ),
    "cannot tell the format from '{name}'; name the output .csv, .xlsx or .json, or give --format.": (
        "kan inte avgöra formatet av '{name}'; döp utfilen till .csv, .xlsx eller .json, eller ange --format."
    ),
    # --- rollover (actions/rollover.py) ------------------------------------------------
    "--year {year} is outside {FIRST_YEAR}–{LAST_YEAR}": "--year {year} ligger utanför {FIRST_YEAR}–{LAST_YEAR}",
    "the new period must start after {year}; got {year2}": "den nya perioden måste börja efter {year}; fick {year2}",
    "{path} cannot be read; run medlofte validate": "{path} går inte att läsa; kör medlofte validate",
    "the promise gives no period to move; add 'period:' to promise.yaml first": (
        "löftet anger ingen period att flytta; lägg först till 'period:' i promise.yaml"
    ),
    "the new period would reach the year {year}; medlofte takes {FIRST_YEAR}–{LAST_YEAR}": (
        "den nya perioden skulle nå år {year}; medlofte tar {FIRST_YEAR}–{LAST_YEAR}"
    ),
    "give both --start and --end, or neither": "ange både --start och --end, eller ingen av dem",
    "the new period ends ({isoformat}) before it starts ({isoformat2})": (
        "den nya perioden slutar ({isoformat}) innan den börjar ({isoformat2})"
    ),
    # --- git (gitdata.py) ---------------------------------------------------------------
    "git {value} failed: {value2}": "git {value} misslyckades: {value2}",
    "git is not installed; install it, or compare two folders: medlofte diff OLD_DIR NEW_DIR": (
        "git är inte installerat; installera det, eller jämför två mappar: medlofte diff GAMMAL_MAPP NY_MAPP"
    ),
    "'{revision}' is not a revision": "'{revision}' är ingen version",
    "'{folder}' is not inside the git repository at {top}": "'{folder}' ligger inte i git-repot i {top}",
    "'{revision}' is neither a folder nor a revision of this repository: give a commit, branch or tag (see git log), or "
    "an existing data directory": (
        "'{revision}' är varken en mapp eller en version i det här repot: ange en commit, gren eller tagg (se git log), "
        "eller en befintlig datamapp"
    ),
    "git cat-file gave no object for {object_id}": "git cat-file gav inget objekt för {object_id}",
    "'{inside}' is not in a git repository; to compare two folders, give both: medlofte diff OLD_DIR NEW_DIR": (
        "'{inside}' ligger inte i ett git-repo; för att jämföra två mappar, ange båda: medlofte diff GAMMAL_MAPP NY_MAPP"
    ),
    # --- import (importer/readers.py) ---------------------------------------------------
    "cannot import '{path}': it is neither UTF-8 nor Windows-1252 text.": (
        "kan inte importera '{path}': det är varken UTF-8- eller Windows-1252-text."
    ),
    "cannot import '{path}': medlofte reads {shown} files, not '{value}'.": (
        "kan inte importera '{path}': medlofte läser {shown}-filer, inte '{value}'."
    ),
    "cannot import '{path}': there is no such file.": "kan inte importera '{path}': filen finns inte.",
    "cannot import '{path}': it is not a file.": "kan inte importera '{path}': det är ingen fil.",
    "cannot import '{path}': it is larger than {value} MB.": "kan inte importera '{path}': den är större än {value} MB.",
    "cannot import '{path}': it holds no text.": "kan inte importera '{path}': den innehåller ingen text.",
    "cannot import '{path}': it is not a text file (it holds binary data).": (
        "kan inte importera '{path}': det är ingen textfil (den innehåller binära data)."
    ),
    "cannot import '{path}': the PDF has no text layer (it is probably a scanned image). Run it through OCR first (for "
    "example `ocrmypdf in.pdf out.pdf`) and import the result.": (
        "kan inte importera '{path}': PDF:en har inget textlager (den är troligen en inskannad bild). Kör den först "
        "genom textigenkänning (till exempel `ocrmypdf in.pdf ut.pdf`) och importera resultatet."
    ),
    "cannot import '{path}': {value}.": "kan inte importera '{path}': {value}.",
    "cannot import '{path}': reading Word files needs python-docx ({err}).": (
        "kan inte importera '{path}': för att läsa Word-filer behövs python-docx ({err})."
    ),
    "cannot import '{path}': it is not a Word (.docx) file that can be opened ({err}).": (
        "kan inte importera '{path}': det är ingen Word-fil (.docx) som går att öppna ({err})."
    ),
    "cannot import '{path}': the Word file is damaged ({name__}).": (
        "kan inte importera '{path}': Word-filen är skadad ({name__})."
    ),
    "cannot import '{path}': reading PDF files needs pypdfium2 ({err}).": (
        "kan inte importera '{path}': för att läsa PDF-filer behövs pypdfium2 ({err})."
    ),
    "cannot import '{path}': it is not a PDF that can be read ({err}).": (
        "kan inte importera '{path}': det är ingen PDF som går att läsa ({err})."
    ),
    "cannot import '{path}': the PDF is damaged ({err}).": "kan inte importera '{path}': PDF:en är skadad ({err}).",
    "cannot import '{path}': the PDF is protected by a password.": "kan inte importera '{path}': PDF:en är lösenordsskyddad.",
    # --- documents (output/document.py) -------------------------------------------------
    "template error: {value}:{lineno}: {message}": "fel i mallen: {value}:{lineno}: {message}",
    "template error: template not found: {name}": "fel i mallen: mallen finns inte: {name}",
    "template error: {template}: {value}": "fel i mallen: {template}: {value}",
    "template error: {template}: {name__}: {err}": "fel i mallen: {template}: {name__}: {err}",
    "PDF output needs WeasyPrint, an optional extra: pip install weasyprint (where medlofte is installed)": (
        "PDF kräver WeasyPrint, ett valfritt tillägg: pip install weasyprint (där medlofte är installerat)"
    ),
    "WeasyPrint cannot start: {err}. On Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0": (
        "WeasyPrint kan inte starta: {err}. På Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0"
    ),
    # --- the live preview (server/live.py) ----------------------------------------------
    "cannot serve on '{host}': no such address on this machine. Use an address such as 127.0.0.1.": (
        "kan inte visa på '{host}': den adressen finns inte på den här datorn. Använd en adress som 127.0.0.1."
    ),
    "cannot listen on {host} port {port}: {value}.": "kan inte lyssna på {host} port {port}: {value}.",
    "port {port} is already in use on {host}: another program (perhaps another medlofte serve) listens there. Stop it, "
    "or choose another port with --port.": (
        "port {port} används redan på {host}: ett annat program (kanske en annan medlofte serve) lyssnar där. Stoppa "
        "det, eller välj en annan port med --port."
    ),
    "not allowed to listen on {host} port {port} (ports below 1024 need administrator rights). Choose another port "
    "with --port.": (
        "får inte lyssna på {host} port {port} (portar under 1024 kräver administratörsrättigheter). Välj en annan port "
        "med --port."
    ),
    # --- the theme (data/theme.py) ------------------------------------------------------
    "Give the path of a PNG, JPEG, GIF, WebP or SVG file of at most 1 MB, relative to the folder of this file.": (
        "Ange sökvägen till en PNG-, JPEG-, GIF-, WebP- eller SVG-fil på högst 1 MB, räknat från mappen där den här filen ligger."
    ),
    "The logo '{logo}' is not a PNG, JPEG, GIF, WebP or SVG file.": (
        "Logotypen '{logo}' är ingen PNG-, JPEG-, GIF-, WebP- eller SVG-fil."
    ),
    "The logo '{logo}' cannot be read: {reason}.": "Logotypen '{logo}' går inte att läsa: {reason}.",
    "The logo '{logo}' is empty or larger than 1 MB.": "Logotypen '{logo}' är tom eller större än 1 MB.",
    "The logo '{logo}' is not the {kind} image its name says.": "Logotypen '{logo}' är inte den {kind}-bild som filnamnet anger.",
    "Headings in {colour} are hard to read: the contrast is {ratio}:1 where at least 4.5:1 is needed.": (
        "Rubriker i {colour} blir svåra att läsa: kontrasten är {ratio}:1, och minst 4.5:1 behövs."
    ),
    "Choose a darker shade of the colour; the graphic profile often gives one for text.": (
        "Välj en mörkare nyans av färgen; den grafiska profilen anger ofta en för text."
    ),
    "Text and links on {light} are hard to read: the contrast is {ratio}:1 where at least 4.5:1 is needed.": (
        "Text och länkar på {light} blir svåra att läsa: kontrasten är {ratio}:1, och minst 4.5:1 behövs."
    ),
    "Choose a lighter shade for the background, or leave light_colour out.": (
        "Välj en ljusare nyans som bakgrund, eller ta bort light_colour."
    ),
    # --- usage errors of render and actor (api.py, cli.py) ---------------------------------
    "--fragment is the body of an HTML page; give --format html.": "--fragment är brödtexten i en HTML-sida; ange --format html.",
    "--fragment is the body of an HTML page; give --format html alone.": (
        "--fragment är brödtexten i en HTML-sida; ange bara --format html."
    ),
    "theme file '{path}' does not exist.": "temafilen '{path}' finns inte.",
    "the overview of many promises is written as md, html or pdf.": "översikten över många löften skrivs som md, html eller pdf.",
    "the overview of many promises is written as md, html or pdf, without --theme, --draft or --fragment.": (
        "översikten över många löften skrivs som md, html eller pdf, utan --theme, --draft och --fragment."
    ),
    "task lists to send are made per actor: medlofte actor NAME --format pdf --output NAME.pdf.": (
        "uppgiftslistor att skicka görs per aktör: medlofte actor NAMN --format pdf --output NAMN.pdf."
    ),
}
