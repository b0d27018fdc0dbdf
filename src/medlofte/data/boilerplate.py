"""Page furniture of published promises: the words a web page shows around the promise that
are not part of it (search, navigation, notices, link annotations).

Kept in one place because both the tests on published promises and the importer of
published texts must drop exactly the same words, and nothing else.
"""

from __future__ import annotations

# Lines that are page furniture as a whole (whitespace aside): search boxes, navigation,
# the notice shown when JavaScript is off (with the page's own typo "javacsript").
FURNITURE_LINES: tuple[str, ...] = (
    "Sök",
    "Sök på polisen.se",
    "Till toppen",
    "Javascript är inte påslaget i din webbläsare. Vi rekommenderar att javacsript är aktiverat i webbläsaren, "
    "för bästa användning av webbplatsen.",
)

# Words a page glues to a link's text to say where it leads ("Purple Flag-certifieringenlänk
# till annan webbplats"); they are dropped wherever they occur.
LINK_ANNOTATIONS: tuple[str, ...] = ("länk till annan webbplats",)


def is_furniture(line: str) -> bool:
    """Whether a line of a published page is page furniture as a whole."""
    squeezed = " ".join(line.split())
    return any(squeezed == phrase for phrase in FURNITURE_LINES)


def without_annotations(line: str) -> str:
    """The line without the link annotations glued to it."""
    for annotation in LINK_ANNOTATIONS:
        line = line.replace(annotation, "")
    return line
