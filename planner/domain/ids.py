"""How ids and keys are compared, and how an invisible character is shown.

Two ids that print the same must be the same id, or a plan would list one person twice
under one name and a 13-seat session would show 16 trainees. So an id is compared on a key:
Excel's ``_xHHHH_`` escapes decoded, control and format characters (zero-width space, bidi
marks, byte-order mark) dropped, NFKC applied (full-width digits, composed and decomposed
accents, non-breaking spaces), then case and every space ignored. The importer refuses ids
holding control or format characters outright (``hidden_characters``) and reports ids whose
keys collide; the id itself is kept exactly as imported for every export.
"""

from __future__ import annotations

import re
import unicodedata

# Control, format, surrogate and line/paragraph separator characters: they print as nothing
# (or move the cursor), so two texts differing only by them look the same.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape_excel(text: str) -> str:
    """Excel's ``_xHHHH_`` escapes as the characters they stand for (``_x005F_`` is "_").

    Excel stores a control character of a cell as ``_x0001_``; a reader that does not decode
    it would let ``AG1_x0001_`` and ``AG1`` pass as different ids.
    """
    if "_x" not in text:
        return text
    return _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def is_hidden(char: str) -> bool:
    return unicodedata.category(char) in HIDDEN_CATEGORIES


def hidden_characters(text: str) -> tuple[str, ...]:
    """The control and format characters of a text (escapes decoded), in order, once each."""
    text = unescape_excel(text)
    if text.isascii() and text.isprintable():
        return ()
    return tuple(dict.fromkeys(ch for ch in text if is_hidden(ch)))


def without_hidden(text: str) -> str:
    """The text with escapes decoded and control and format characters dropped."""
    text = unescape_excel(text)
    if text.isascii() and text.isprintable():
        return text
    return "".join(ch for ch in text if not is_hidden(ch))


def clean(text: str) -> str:
    """The text as compared: without hidden characters, NFKC-normalised, trimmed."""
    text = without_hidden(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return text.strip()


def id_key(text: str) -> str:
    """The key two ids are compared on: ``clean``, then case and spaces ignored.

    "AG 001", "ag001", "ＡＧ００１" and "AG001" + a zero-width space share one key.
    """
    folded = clean(text).casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKC", folded)
    return "".join(folded.split())


def code_point(char: str) -> str:
    """``U+200B``: how an invisible character is named in a message."""
    return f"U+{ord(char):04X}"


def visible(text: str) -> str:
    """The text with every hidden character written ``<U+200B>``, so a message shows the
    difference between two ids and never sends a terminal escape sequence."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(f"<{code_point(ch)}>" if is_hidden(ch) else ch for ch in text)
