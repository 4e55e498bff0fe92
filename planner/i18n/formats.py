"""Numbers, amounts, percentages and dates in the reader's conventions.

French writes ``12 345,5`` and ``15/09/2026``, English ``12,345.5`` and ``2026-09-15``.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from planner.i18n.catalogue import DEFAULT_LANG

_GROUP = {"fr": " ", "en": ","}
_DECIMAL = {"fr": ",", "en": "."}


def fmt_number(value: float | int | None, lang: str = DEFAULT_LANG, decimals: int = 0) -> str:
    """``12 345,5`` in French, ``12,345.5`` in English; trailing zero decimals are dropped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return (
        text.replace(",", "\0")
        .replace(".", _DECIMAL.get(lang, ","))
        .replace("\0", _GROUP.get(lang, " "))
    )


def fmt_money(value: float | None, lang: str = DEFAULT_LANG) -> str:
    """An amount in dirhams, whole units: ``1 234 567 MAD``."""
    return "–" if value is None else f"{fmt_number(round(value), lang)} MAD"


def fmt_percent(ratio: float | None, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """A ratio as a percentage: ``12,5 %`` in French, ``12.5%`` in English."""
    if ratio is None:
        return "–"
    number = fmt_number(ratio * 100, lang, decimals)
    return f"{number} %" if lang == "fr" else f"{number}%"


def fmt_date(value: date | datetime | None, lang: str = DEFAULT_LANG) -> str:
    """``15/09/2026`` in French, ISO ``2026-09-15`` in English."""
    if value is None:
        return "–"
    if isinstance(value, datetime):
        value = value.date()
    return value.strftime("%d/%m/%Y") if lang == "fr" else value.isoformat()


def fmt_datetime(value: datetime, lang: str = DEFAULT_LANG) -> str:
    """A local timestamp, to the minute."""
    local = value.astimezone()
    clock = local.strftime("%H:%M")
    return f"{fmt_date(local, lang)} {clock}"


def date_pattern(lang: str = DEFAULT_LANG) -> str:
    """Date format for Streamlit's DateColumn / date_input (moment.js style)."""
    return "DD/MM/YYYY" if lang == "fr" else "YYYY-MM-DD"
