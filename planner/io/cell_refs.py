"""Excel's A1-style column letters, shared by the readers and the writers."""

from __future__ import annotations


def column_letter(index: int) -> str:
    """Excel column letters of a 0-based index (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """0-based index of Excel column letters (A -> 0)."""
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1
