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
