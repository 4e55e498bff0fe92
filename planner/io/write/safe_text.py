"""Text safety for every exported file: no formula injection, valid XML, valid sheet names.

Exports carry text typed by other people (names, session titles, provider names) into files that
HR staff open in Excel or LibreOffice. A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return can be run as a formula by a spreadsheet program (CSV injection, OWASP).
The workbook writer stores such text as a string with a quote prefix (it stays exactly as typed
and can never be evaluated); CSV files, which carry no types, get the OWASP single-quote prefix.
A CSV field is also split by readers that guess another separator (a French Excel splits a
comma file on ``;``), so a formula start after a ``,`` or ``;`` inside a field is neutralised
too, whatever invisible characters stand in between.
"""

from __future__ import annotations

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# Characters XML 1.0 cannot hold (control characters other than tab/LF/CR, lone surrogates
# from badly decoded files, and the two non-characters). They are invisible; dropping them is
# the only way to write a file Excel accepts.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

EXCEL_MAX_CELL = 32_767  # Excel refuses longer cell texts
_SURROGATES = re.compile("[\ud800-\udfff]")
# What a reader may skip before a formula: spaces, controls, invisible format marks.
_SKIPPED = "\\s\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff"
_FORMULA_START = re.compile(f"^[{_SKIPPED}]*[=+\\-@]")
_INNER_FORMULA = re.compile(f"([,;\\t\\r\\n][{_SKIPPED}]*)(?=[=+\\-@])")

SHEET_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_RESERVED = {"history"}  # Excel reserves this sheet name


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program could read this text as the start of a formula."""
    return text.startswith(FORMULA_PREFIXES)


def clean_text(text: str) -> str:
    """Drop characters that no XML file can hold and cap the length Excel accepts."""
    if _NOT_XML.search(text):
        text = _NOT_XML.sub("", text)
    return text[:EXCEL_MAX_CELL]


def csv_text(text: str) -> str:
    """A text field for a CSV file: quote-prefixed where a formula could start (at the
    beginning, or after a separator inside the field, looking through control and invisible
    characters). A CSV file can hold any character, so the text is otherwise kept as written
    (an id with a control character stays distinct); only lone surrogates, which no encoding
    can write, are dropped."""
    text = _INNER_FORMULA.sub(r"\1'", _SURROGATES.sub("", text[:EXCEL_MAX_CELL]))
    if is_formula_like(text) or _FORMULA_START.match(text):
        return "'" + text
    return text


def _dedupe(base: str, taken: set[str], limit: int) -> str:
    """Append `` (2)``, `` (3)``… (cutting the base to fit) until the name is free."""
    if base.casefold() not in taken:
        return base
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = base[: limit - len(suffix)].rstrip() + suffix
        if candidate.casefold() not in taken:
            return candidate
        number += 1


def sheet_title(wanted: str, taken: set[str], fallback: str = "Feuille") -> str:
    """A valid, unique Excel sheet name derived from ``wanted``; records it in ``taken``.

    Excel sheet names are at most 31 characters, contain none of ``[]:*?/\\``, do not start or
    end with an apostrophe, are not "History", and are compared case-insensitively.
    """
    name = " ".join(_SHEET_FORBIDDEN.sub("_", clean_text(wanted)).split())  # no CR/LF/tab
    name = name.strip("'").strip()[:SHEET_MAX].rstrip().rstrip("'") or fallback
    if name.casefold() in _SHEET_RESERVED:
        taken = taken | {name.casefold()}
    name = _dedupe(name, taken, SHEET_MAX)
    taken.add(name.casefold())
    return name
