"""The data's values as the documents show them, in Markdown and HTML, promise and follow-up:
goal figures as numbers (1 200, 950,5) or as text ("hälften", "71 procent"), and a decimal
achieved amount (2,5). On the pinned data (tests/fixtures/pinned)."""

from __future__ import annotations

import re

import pytest

from conftest import PINNED
from htmlcheck import parse
from medlofte import api

NUMBER_GOAL = (
    "Indikator: Fordon över hastighetsgränsen per vecka"
    " · Utgångsläge: 1\u00a0200 fordon · Målvärde: 950,5 fordon · Utfall: 1\u00a0012 fordon"
)
TEXT_GOAL = "Utgångsläge: hälften · Målvärde: 71 procent · Utfall: två av tre"
ACHIEVED = (
    "Ansvarig: Polisen · Utlovat: minst 2 timmar per vecka · Uppnått: 2,5 timmar per vecka"
    " · Resultat: Kontroller varje vecka under terminerna. · Senast uppföljd: 1 juni 2025"
)


def render(fmt: str, report: str) -> str:
    return api.render_document(api.load(PINNED), fmt, report=report).decode("utf-8")  # type: ignore[arg-type]


def text_of(html: str) -> str:
    """The visible text with runs of ASCII white space folded; a no-break space stays one."""
    return re.sub(r"[ \t\r\n]+", " ", " ".join(parse(html).text)).strip()


@pytest.mark.parametrize("report", ["promise", "follow-up"])
def test_goal_figures_in_markdown(report: str) -> None:
    lines = render("md", report).splitlines()
    goals = lines.index("#### Mål")
    assert lines[goals : goals + 6] == [
        "#### Mål",
        "",
        "- Färre fordon kör för fort vid skolorna\\",
        f"  {NUMBER_GOAL}",
        "- Fler föräldrar känner sig trygga när barnen går till skolan\\",
        f"  {TEXT_GOAL}",
    ]


@pytest.mark.parametrize("report", ["promise", "follow-up"])
def test_goal_figures_in_html(report: str) -> None:
    text = text_of(render("html", report))
    goals = f"Färre fordon kör för fort vid skolorna {NUMBER_GOAL} Fler föräldrar känner sig trygga när barnen går till skolan"
    assert f"Mål {goals} {TEXT_GOAL} " in text


def test_follow_up_shows_a_decimal_achieved_amount_in_markdown() -> None:
    assert f"- hastighetskontroller vid skolorna — **genomförd**\\\n  {ACHIEVED}\n" in render("md", "follow-up")


def test_follow_up_shows_a_decimal_achieved_amount_in_html() -> None:
    assert f"hastighetskontroller vid skolorna genomförd {ACHIEVED} " in text_of(render("html", "follow-up"))
