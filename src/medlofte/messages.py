"""Messages in two languages: English as written in the source, Swedish from a catalogue.

A message is built with :func:`t`, the English template and its values as keywords::

    t("Unknown key {key!r} {where}.", key="titel", where=t("in an area file"))

The result is a :class:`Text`: a ``str`` holding the English text, so everything that
treats messages as text (sorting, comparing, the JSON and the tests) is unchanged, that
also keeps its template and its values. At the edge, the reporters and the command line
show it with :func:`shown`, which formats the Swedish template from
:mod:`medlofte.locale_sv` in Swedish when that is the language in use. Values that are
themselves a :class:`Text` are translated too; data (a key, a name, a date) stays as the
user wrote it.

The language is chosen once per command (:func:`use`): ``--lang``, else
``MEDLOFTE_LANG``, else the locale (:func:`from_environment`), else English.
"""

from __future__ import annotations

import os
import sys
from typing import Any

LANGUAGES = ("en", "sv")
# One language for the whole run, threads included (the live preview builds pages in one).
_language = {"lang": "en"}


class Text(str):
    """An English message that remembers how it was made, to be shown in another language."""

    template: str
    args: dict[str, Any]
    sv: str | None

    def __new__(cls, template: str, args: dict[str, Any], english: str, sv: str | None = None) -> Text:
        text = super().__new__(cls, english)
        text.template = template
        text.args = args
        text.sv = sv
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # findings cross process boundaries (validate --jobs)
        return (Text, (self.template, self.args, str(self), self.sv))


def t(template: str, /, **args: Any) -> Text:
    """The message ``template`` with ``args`` filled in (``str.format``), in English."""
    return Text(template, args, template.format(**args) if args else template)


def both(english: str, swedish: str) -> Text:
    """A text written in both languages where it is declared (a field's description)."""
    return Text(english, {}, english, swedish)


def join(parts: list[Any], separator: str = ", ") -> Text:
    """Values joined into one text whose Text parts are translated one by one."""
    names = {f"p{i}": part for i, part in enumerate(parts)}
    template = separator.join(f"{{p{i}}}" for i in range(len(parts)))
    return Text(template, {**names, "_join": True}, template.format(**names))


def translate(text: object, lang: str) -> str:
    """``text`` in ``lang``: a :class:`Text` formatted from the catalogue, anything else as it is."""
    if not isinstance(text, Text) or lang == "en":
        return str(text)
    if text.sv is not None:
        return text.sv
    args = {k: _value(v, lang) for k, v in text.args.items() if k != "_join"}
    if "_join" in text.args:
        return text.template.format(**args)
    from medlofte.locale_sv import SV

    template = SV.get(text.template)
    if template is None:  # pragma: no cover - the catalogue test holds every template
        return str(text)
    return template.format(**args) if text.args else template


def _value(value: Any, lang: str) -> Any:
    if isinstance(value, Text):
        return translate(value, lang)
    if isinstance(value, int) and not isinstance(value, bool):
        return _Number(value)
    return value


class _Number(int):
    """A whole number written the Swedish way: 1 048 576, not 1,048,576."""

    def __format__(self, spec: str) -> str:
        return format(int(self), spec).replace(",", "\u00a0")


def language() -> str:
    """The language messages are shown in."""
    return _language["lang"]


def use(lang: str) -> None:
    """Show messages in ``lang`` ('en' or 'sv') from now on."""
    _language["lang"] = lang if lang in LANGUAGES else "en"


def shown(text: object) -> str:
    """``text`` in the language in use."""
    return translate(text, _language["lang"])


def from_environment(environ: dict[str, str] | None = None) -> str:
    """``MEDLOFTE_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``; on Windows
    the system locale), else English."""
    env = os.environ if environ is None else environ
    chosen = env.get("MEDLOFTE_LANG", "").strip().lower()
    if chosen[:2] in LANGUAGES:
        return chosen[:2]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    if sys.platform == "win32" and environ is None:  # pragma: no cover - Windows only
        import locale

        name = locale.getlocale()[0] or ""
        return "sv" if name.lower().startswith(("sv", "swedish")) else "en"
    return "en"
