"""User-facing texts in French (the default) and English, and the reader's number formats.

Every text goes through :func:`t` with a stable key of the catalogue (``planner.i18n.texts``,
French and English side by side), so both languages stay complete and a wording lives in one
place. Numbers and dates follow the reader's conventions (``planner.i18n.formats``).
"""

from __future__ import annotations

from planner.i18n.catalogue import DEFAULT_LANG, LANGUAGES, keys, known, placeholders, t
from planner.i18n.formats import (
    date_pattern,
    fmt_date,
    fmt_datetime,
    fmt_money,
    fmt_number,
    fmt_percent,
)
from planner.i18n.names import column_label, language_name
from planner.i18n.problem_text import (
    describe_problem,
    problem_column,
    problem_expected,
    problem_message,
    problem_sheet,
)
from planner.i18n.status import gap_text, shown_bound, status_sentence, status_text

__all__ = [
    "DEFAULT_LANG",
    "LANGUAGES",
    "column_label",
    "date_pattern",
    "describe_problem",
    "fmt_date",
    "fmt_datetime",
    "fmt_money",
    "fmt_number",
    "fmt_percent",
    "gap_text",
    "keys",
    "known",
    "language_name",
    "placeholders",
    "problem_column",
    "problem_expected",
    "problem_message",
    "problem_sheet",
    "shown_bound",
    "status_sentence",
    "status_text",
    "t",
]
