"""JSON Schemas (draft-07, what yaml-language-server supports) generated from the same
declarations the validator uses, so editors and `medlofte validate` agree on every shape."""

from __future__ import annotations

import json
from typing import Protocol

from medlofte.data import formats
from medlofte.data.kinds import JsonSchema

DRAFT = "http://json-schema.org/draft-07/schema#"


class _Described(Protocol):
    def json_schema(self) -> JsonSchema: ...


FILES: dict[str, tuple[str, _Described, str]] = {
    "promise": ("promise.schema.json", formats.PROMISE_FILE, "medlofte: promise.yaml"),
    "actors": ("actors.schema.json", formats.ACTORS_FILE, "medlofte: actors.yaml"),
    "area": ("area.schema.json", formats.AREA, "medlofte: an area file (areas/*.yaml)"),
}


def document(kind: str) -> JsonSchema:
    _, object_kind, title = FILES[kind]
    return {
        "$schema": DRAFT,
        "title": title,
        **object_kind.json_schema(),
    }


def schemas() -> dict[str, str]:
    """File name -> JSON text, for every kind of data file; stable bytes for the same version."""
    return {FILES[kind][0]: json.dumps(document(kind), ensure_ascii=False, indent=2) + "\n" for kind in FILES}
