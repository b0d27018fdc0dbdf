"""output/tasklist.py: one actor's task list in every format, whole, on the pinned data.

Åbyskolan takes part in one activity led by Polisen, together with Ytterby bostäder; the
activity is done and achieved 2.5 hours a week ("2,5" in Swedish) against at least 2.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import PINNED
from medlofte.cli import app

HEADER = ["Problemområde", "Aktivitet", "Roll", "Via", "Ansvariga", "Deltagare", "När", "Start", "Slut", "Hur ofta",
          "Omfattning", "Plats", "Målgrupp", "Status", "Uppnått", "Resultat", "Orsak"]  # fmt: skip
ROW = ["Trafik", "hastighetskontroller vid skolorna", "deltar", "", "Polisen", "Åbyskolan, Ytterby bostäder", "", "", "", "",
       "minst 2 timmar per vecka", "", "", "genomförd", "2,5", "Kontroller varje vecka under terminerna.", ""]  # fmt: skip

EXPECTED = {
    "md": (
        "# Åbyskolan: uppgifter i Medborgarlöfte 2025\n"
        "\n"
        "Exempels kommun · 1 aktivitet i 1 problemområde\n"
        "\n"
        "## Trafik\n"
        "\n"
        "- hastighetskontroller vid skolorna\\\n"
        "  Roll: deltar · Tillsammans med: Polisen och Ytterby bostäder · Omfattning: minst 2 timmar per vecka"
        " · Status: genomförd · Uppnått: 2,5 timmar per vecka · Resultat: Kontroller varje vecka under terminerna.\n"
    ),
    # RFC 4180: commas, CRLF, cells with a comma quoted
    "csv": ",".join(HEADER) + "\r\n" + ",".join(f'"{c}"' if "," in c else c for c in ROW) + "\r\n",
    # Swedish Excel: a byte-order mark and semicolons, so "2,5" needs no quotes
    "excel": "\ufeff" + ";".join(HEADER) + "\r\n" + ";".join(ROW) + "\r\n",
}


@pytest.mark.parametrize("fmt", sorted(EXPECTED))
def test_task_list_is_whole_in_every_text_format(runner: CliRunner, fmt: str) -> None:
    result = runner.invoke(app, ["actor", "Åbyskolan", str(PINNED), "--format", fmt])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout_bytes.decode("utf-8") == EXPECTED[fmt]


QUANTITY = {"text": "minst 2 timmar per vecka", "amount": 2, "unit": "timmar per vecka", "at_least": True, "per": None}


def test_json_keeps_the_achieved_amount_as_given(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Åbyskolan", str(PINNED), "--format", "json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout) == {
        "version": 1,
        "actor": {"id": "abyskolan", "name": "Åbyskolan", "short": None, "type": "school", "contact": None},
        "promise": {
            "title": "Medborgarlöfte 2025",
            "municipality": "Exempels kommun",
            "period": {"start": "2025-01-01", "end": "2025-12-31", "label": None},
        },
        "areas": [
            {
                "title": "Trafik",
                "tasks": [
                    {
                        "text": "hastighetskontroller vid skolorna",
                        "role": "participant",
                        "via": None,
                        "via_role": None,
                        "leads": ["polisen"],
                        "participants": ["abyskolan", "ytterby-bostader"],
                        "with": ["polisen", "ytterby-bostader"],
                        "when": None,
                        "start": None,
                        "end": None,
                        "frequency": None,
                        "quantity": QUANTITY,
                        "quantities": [QUANTITY],
                        "kind": None,
                        "others": [],
                        "place": None,
                        "target_group": None,
                        "status": "done",
                        "achieved": 2.5,
                        "result": "Kontroller varje vecka under terminerna.",
                        "reason": None,
                    }
                ],
            }
        ],
    }
    assert '"achieved": 2.5,' in result.stdout  # a JSON number, not 2 and not a string


def test_terminal_table_shows_who_else_takes_part(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actor", "Åbyskolan", str(PINNED), "--format", "table"], env={"COLUMNS": "100"})
    assert (result.exit_code, result.stderr) == (0, "")
    assert [line.rstrip() for line in result.stdout.splitlines()] == [
        "Åbyskolan: uppgifter i Medborgarlöfte 2025",
        "Exempels kommun · 1 aktivitet i 1 problemområde",
        "Trafik",
        "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━┓",
        "┃ Aktivitet                         ┃ Roll   ┃ Tillsammans med           ┃ Detaljer                ┃",
        "┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━┩",
        "│ hastighetskontroller vid skolorna │ deltar │ Polisen, Ytterby bostäder │ Omfattning: minst 2     │",
        "│                                   │        │                           │ timmar per vecka        │",
        "│                                   │        │                           │ Status: genomförd       │",
        "│                                   │        │                           │ Uppnått: 2,5 timmar per │",
        "│                                   │        │                           │ vecka                   │",
        "│                                   │        │                           │ Resultat: Kontroller    │",
        "│                                   │        │                           │ varje vecka under       │",
        "│                                   │        │                           │ terminerna.             │",
        "└───────────────────────────────────┴────────┴───────────────────────────┴─────────────────────────┘",
    ]
