"""Names of sheets, columns and languages as the reader knows them.

Problems and tables name the same sheet or column whether it came from an uploaded workbook
(its headers as written, French or English) or from the app's editor (canonical names), so
both are shown by the header of the reader's language.
"""

from __future__ import annotations

from functools import cache

from planner.domain.levels import norm_key
from planner.domain.schema import LANGUAGE_NAMES, SHEETS, Sheet
from planner.i18n.catalogue import DEFAULT_LANG, known, t

_UNIT = " ("  # "Ancienneté (ans)" is also written "Ancienneté"


def column_label(sheet: str, column: str, lang: str = DEFAULT_LANG) -> str:
    """Header of an input column (canonical names): the workbook's French header, or an
    English label; a column the schema does not have is shown as given."""
    key = f"column.{sheet}.{column}"
    return t(key, lang) if known(key) else column


def sheet_of(name: str) -> Sheet | None:
    """The schema sheet a canonical, French, English or alias sheet name designates."""
    return _sheet_keys().get(norm_key(name))


def header_column(sheet: Sheet, header: str) -> str | None:
    """The canonical column a header (canonical, French, English or alias) designates."""
    headers = _header_keys(sheet.name)
    key = norm_key(header)
    return headers.get(key) or headers.get(norm_key(header.split(_UNIT)[0]))


def language_name(code: str, lang: str = DEFAULT_LANG) -> str:
    """``en`` → ``Anglais`` (French) or ``English``; unknown codes stay as written."""
    names = LANGUAGE_NAMES.get(code)
    if not names:
        return code
    return names[0] if lang == "fr" else names[1]


@cache
def _sheet_keys() -> dict[str, Sheet]:
    return {norm_key(n): sheet for sheet in SHEETS for n in sheet.names()}


@cache
def _header_keys(sheet: str) -> dict[str, str]:
    schema = next(s for s in SHEETS if s.name == sheet)
    return {norm_key(h): c.name for c in schema.columns for h in c.headers()}
