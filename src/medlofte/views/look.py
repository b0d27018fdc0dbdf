"""How a document is presented, apart from what it says: a draft's mark, the municipality's
theme (logo, colours, footer, the parties' names as printed) and whether it is a whole page
or a fragment for a web publishing system. Plain values for the templates."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date

from medlofte.data.model import Theme
from medlofte.views.labels import Labels

# The class every style of a fragment is scoped under.
SCOPE = "medlofte-doc"


@dataclass(frozen=True)
class Look:
    draft: str | None = None  # "Utkast 2 december 2026", on every page; None: not a draft
    fragment: bool = False  # the body only, its styles scoped under SCOPE
    logo: str | None = None  # a data: URI
    logo_text: str | None = None
    colour: str | None = None  # '#rrggbb', checked for contrast when read
    light_colour: str | None = None
    footer: str | None = None
    parties: str | None = None  # the parties as they want to be printed, joined
    scope: str = SCOPE

    @property
    def css(self) -> str:
        """The theme's colours as the style sheet's variables; '' without a theme's colours."""
        rules = []
        if self.colour:
            rules += [f"--accent: {self.colour};", f"--lead: {self.colour};"]
        if self.light_colour:
            rules.append(f"--accent-soft: {self.light_colour};")
        return f":root {{ {' '.join(rules)} }}" if rules else ""


PLAIN = Look()


def build(labels: Labels, theme: Theme | None = None, draft: date | None = None, fragment: bool = False) -> Look:
    logo = None
    if theme is not None and theme.image is not None:
        logo = f"data:{theme.image.media_type};base64,{base64.b64encode(theme.image.data).decode('ascii')}"
    return Look(
        draft=labels["draft_mark"].format(date=labels.date(draft)) if draft else None,
        fragment=fragment,
        logo=logo,
        logo_text=theme.logo_text if theme is not None else None,
        colour=theme.colour if theme is not None else None,
        light_colour=theme.light_colour if theme is not None else None,
        footer=theme.footer if theme is not None else None,
        parties=labels.join(theme.parties) or None if theme is not None else None,
    )
