"""File names made from user text (provider or track names) that every system accepts.

A roster workbook is named after its training provider, a text typed by someone else. The name
must open on Windows, macOS and Linux, must not hide what it is (right-to-left override turning
``exe.xlsx`` around, zero-width characters), must not be read as an option by a shell tool
(leading ``-``) or hidden (leading ``.``), and two groups must never share a file.
"""

from __future__ import annotations

import re
import unicodedata

FILE_STEM_MAX = 80  # characters
FILE_STEM_BYTES = 200  # UTF-8 bytes: leaves room for " (99)" and ".xlsx" under Linux's 255

# Reserved on Windows (any case, with or without spaces before the dot).
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
# Invisible or control characters: controls (C0, DEL, C1), format (bidi, zero-width, BOM),
# line/paragraph separators, private use, surrogates and unassigned code points.
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_DEVICES = {
    "con",
    "prn",
    "aux",
    "nul",
    "conin$",
    "conout$",
    "clock$",
    *(f"{port}{n}" for port in ("com", "lpt") for n in (*"0123456789", "¹", "²", "³")),
}


def _visible(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE)


def _fit(stem: str, limit: int = FILE_STEM_MAX) -> str:
    """Cut to ``limit`` characters and to the byte budget, never inside a character."""
    stem = stem[:limit]
    while len(stem.encode("utf-8")) > FILE_STEM_BYTES:
        stem = stem[:-1]
    return stem


def _is_device(stem: str) -> bool:
    """Windows opens a device for ``CON``, ``con.txt`` or ``COM1 .tar.gz`` alike."""
    return stem.split(".", 1)[0].rstrip(" ").casefold() in _DEVICES


def portable_stem(wanted: str, fallback: str = "fichier") -> str:
    """``wanted`` as a file name stem valid everywhere (not yet made unique)."""
    text = unicodedata.normalize("NFC", _visible(wanted))
    stem = "_".join(_FORBIDDEN.sub("_", text).split())
    stem = _fit(stem).lstrip(" ._-").rstrip(" ._")
    if not stem:
        return fallback
    return "_" + stem if _is_device(stem) else stem


def file_stem(wanted: str, taken: set[str], fallback: str = "fichier") -> str:
    """A portable stem unique in ``taken`` (compared case-blind, as Windows and macOS do);
    records it in ``taken``. Letters of any script are kept, so an Arabic name stays readable.
    """
    base = portable_stem(wanted, fallback)
    stem, number = base, 1
    while stem.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        stem = _fit(base, FILE_STEM_MAX - len(suffix)).rstrip(" ._") + suffix
    taken.add(stem.casefold())
    return stem
