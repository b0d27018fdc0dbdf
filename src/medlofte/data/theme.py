"""A theme's checks that need more than its file: the logo read from its image file, and
colours that keep the text on them readable (WCAG 2 contrast, 4.5:1 for body text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medlofte.data.findings import Finding
from medlofte.data.model import Logo, Theme
from medlofte.messages import t

LOGO_LIMIT = 1_000_000  # bytes: a logo, not a photograph
MEDIA_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif"}
MEDIA_TYPES |= {".webp": "image/webp", ".svg": "image/svg+xml"}
# What the document puts on the accent colour and on the light one (style.css): the page,
# a commitment's box, the contents' links and text.
PAGE, BOX, LINK, INK = "#ffffff", "#f6f8fb", "#0b4fa3", "#1b1f24"
DEFAULT_COLOUR, DEFAULT_LIGHT = "#15407a", "#e9eff8"
MINIMUM = 4.5


def _luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """The WCAG 2 contrast ratio of two #rrggbb colours, 1 to 21."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _looks_like(data: bytes, media_type: str) -> bool:
    if media_type == "image/png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if media_type == "image/jpeg":
        return data.startswith(b"\xff\xd8\xff")
    if media_type == "image/gif":
        return data.startswith((b"GIF87a", b"GIF89a"))
    if media_type == "image/webp":
        return data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    return b"<svg" in data[:4096]


def check(theme: Theme, folder: Path, show: Callable[[Path], str]) -> list[Finding]:
    """Read the logo into ``theme.image`` and check it and the colours; ``folder`` is where
    the logo's path starts (the data folder, or the theme file's)."""
    findings = []
    if theme.logo:
        path = folder / theme.logo
        media_type = MEDIA_TYPES.get(path.suffix.lower())
        hint = t("Give the path of a PNG, JPEG, GIF, WebP or SVG file of at most 1 MB, relative to the folder of this file.")
        problem: str | None = None
        data = b""
        if media_type is None:
            problem = t("The logo '{logo}' is not a PNG, JPEG, GIF, WebP or SVG file.", logo=theme.logo)
        else:
            try:
                data = path.read_bytes() if path.stat().st_size <= LOGO_LIMIT else b""
            except OSError as err:
                problem = t(
                    "The logo '{logo}' cannot be read: {reason}.", logo=show(path), reason=err.strerror or type(err).__name__
                )
            else:
                if not data:
                    problem = t("The logo '{logo}' is empty or larger than 1 MB.", logo=show(path))
                elif not _looks_like(data, media_type):
                    kind = media_type.split("/")[1].upper()
                    problem = t("The logo '{logo}' is not the {kind} image its name says.", logo=show(path), kind=kind)
        if problem is None and media_type is not None:
            theme.image = Logo(data, media_type)
        else:
            findings.append(Finding("ML119", theme.where("logo"), problem or "", hint))
    colour, light = theme.colour or DEFAULT_COLOUR, theme.light_colour or DEFAULT_LIGHT
    if theme.colour:
        worst = min(contrast(colour, PAGE), contrast(colour, BOX), contrast(colour, light))
        if worst < MINIMUM:
            findings.append(
                Finding(
                    "ML407",
                    theme.where("colour"),
                    t(
                        "Headings in {colour} are hard to read: the contrast is {ratio}:1 where at least 4.5:1 is needed.",
                        colour=colour,
                        ratio=f"{worst:.1f}",
                    ),
                    t("Choose a darker shade of the colour; the graphic profile often gives one for text."),
                )
            )
    if theme.light_colour:
        worst = min(contrast(light, LINK), contrast(light, INK), contrast(light, colour))
        if worst < MINIMUM:
            findings.append(
                Finding(
                    "ML407",
                    theme.where("light_colour"),
                    t(
                        "Text and links on {light} are hard to read: the contrast is {ratio}:1 where at least 4.5:1 is needed.",
                        light=light,
                        ratio=f"{worst:.1f}",
                    ),
                    t("Choose a lighter shade for the background, or leave light_colour out."),
                )
            )
    return findings
