"""Every word the exports show, from the catalogue (``label.*`` keys of ``planner.i18n``).

A header is translated once and the tests look headers up instead of repeating strings.
"""

from __future__ import annotations

from planner import i18n


def label(key: str, lang: str = "fr", **values: object) -> str:
    """The text of ``label.<key>`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    return i18n.t(f"label.{key}", lang, **values)


def labels(keys: list[str] | tuple[str, ...], lang: str = "fr") -> list[str]:
    """Several labels at once, e.g. a table's header row."""
    return [label(key, lang) for key in keys]


def family_label(family: str | None, lang: str = "fr") -> str | None:
    """A family as the reader names it (``ai_data`` -> « IA et données », "AI and data"); a
    family the catalogue does not know (a workbook's own) is kept as written."""
    if not family:
        return family
    key = f"family.{family}"
    return i18n.t(key, lang) if i18n.known(key) else family


def wishes_text(wishes: tuple[str, ...], lang: str = "fr") -> str:
    """``IA et données; Back-office``: families named as the reader names them, track names
    as written."""
    return "; ".join(family_label(w, lang) or "" for w in wishes)
