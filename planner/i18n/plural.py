"""Counted texts: « 1 ligne affichée », « 2 lignes affichées », "0 rows", "1 row".

A counted text has two catalogue entries, ``<key>.one`` and ``<key>.other``. French uses the
singular for 0 and 1, English for 1 only; ``tn`` picks the entry and formats the count in the
reader's conventions, so no text needs "ligne(s)".
"""

from __future__ import annotations

from planner.i18n.catalogue import DEFAULT_LANG, t
from planner.i18n.formats import fmt_number


def is_singular(count: float, lang: str = DEFAULT_LANG) -> bool:
    """The plural rule: French says « 0 ligne », English "0 rows"."""
    return abs(count) < 2 if lang == "fr" else count == 1


def tn(key: str, count: float, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The text of ``key.one`` or ``key.other`` for ``count``; ``{count}`` is the formatted
    count, and other ``{placeholders}`` come from ``values``."""
    form = "one" if is_singular(count, lang) else "other"
    return t(f"{key}.{form}", lang, count=fmt_number(count, lang), **values)
