"""From a file to the draft's YAML files: read, recognise, write."""

from __future__ import annotations

from pathlib import Path

from medlofte.importer import readers, yamlout
from medlofte.importer.blocks import HEADING, Block
from medlofte.importer.recognise import Draft, note, recognise, render_blocks


def draft_files(source: Path) -> tuple[dict[str, str], list[str]]:
    """The draft's files (relative path -> YAML) and the guesses made."""
    blocks = readers.read(source)
    draft = recognise(blocks, source.name)
    return yamlout.files(draft, source.name), draft.guesses


def fallback_files(source: Path, problems: list[str]) -> tuple[dict[str, str], list[str]]:
    """A draft that keeps the whole text as the introduction, for a document the recogniser
    read into a draft that does not validate (a bug, reported in the guesses)."""
    blocks = readers.read(source)
    title = next((b.text for b in blocks if b.kind == HEADING), "Medborgarlöfte")
    rest = [b for b in blocks if b.text != title or b.kind != HEADING]
    guesses = [
        "the recognised draft did not validate, so the whole text is kept as the introduction "
        f"(please report this as a bug: {'; '.join(problems[:3])})"
    ]
    promise: dict[str, object] = {"title": title, "municipality": "Kommunen"}
    note(promise, "municipality", f"import: write the municipality's name; {guesses[0]}")
    rendered = render_blocks([Block(b.kind if b.kind != HEADING else "paragraph", b.text) for b in rest])
    if rendered:
        promise["intro"] = rendered
    area: dict[str, object] = {"kind": "list", "commitments": []}
    note(area, "#", "import: no promises were read; move the promises here from the introduction")
    draft = Draft(promise, [], [("areas/01-lofte.yaml", area)], guesses)
    return yamlout.files(draft, source.name), guesses
