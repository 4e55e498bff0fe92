"""Text safety for every exported file: no formula injection, valid XML, valid names.

Exports carry text typed by other people (names, session titles, provider names) into files that
HR staff open in Excel or LibreOffice. A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return can be run as a formula by a spreadsheet program (CSV injection, OWASP).
The workbook writer stores such text as a string with a quote prefix (it stays exactly as typed
and can never be evaluated); CSV files, which carry no types, get the OWASP single-quote prefix.
"""

from __future__ import annotations

import re
import unicodedata

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# Characters XML 1.0 cannot hold (control characters other than tab/LF/CR, lone surrogates
# from badly decoded files, and the two non-characters). They are invisible; dropping them is
# the only way to write a file Excel accepts.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

EXCEL_MAX_CELL = 32_767  # Excel refuses longer cell texts
SHEET_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_RESERVED = {"history"}  # Excel reserves this sheet name

_FILE_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_FILE_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}
FILE_STEM_MAX = 80


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program could read this text as the start of a formula."""
    return text.startswith(FORMULA_PREFIXES)


def clean_text(text: str) -> str:
    """Drop characters that no XML file can hold and cap the length Excel accepts."""
    if _NOT_XML.search(text):
        text = _NOT_XML.sub("", text)
    return text[:EXCEL_MAX_CELL]


def csv_text(text: str) -> str:
    """A text field for a CSV file: cleaned, and quote-prefixed when it looks like a formula."""
    text = clean_text(text)
    return "'" + text if is_formula_like(text) else text


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


def file_stem(wanted: str, taken: set[str], fallback: str = "fichier") -> str:
    """A file name stem valid on Windows, macOS and Linux, unique in ``taken`` (case-blind).

    Letters of any script are kept (an Arabic provider name stays readable); separators,
    reserved characters and Windows device names are replaced.
    """
    text = unicodedata.normalize("NFC", clean_text(wanted))
    stem = _FILE_FORBIDDEN.sub("_", text)
    stem = "_".join(stem.split())[:FILE_STEM_MAX].strip(" ._") or fallback
    if stem.casefold() in _FILE_RESERVED:
        stem = "_" + stem
    stem = _dedupe(stem, taken, FILE_STEM_MAX)
    taken.add(stem.casefold())
    return stem
