"""The raw grid every reader (xlsx, csv, DataFrame) produces, before headers are understood.

Keeping one grid type means header detection, cell conversion and the row numbers shown to
users are written once, whatever the file format was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Merged = tuple[int, int, int, int]  # first row, first col, last row, last col (0-based)


@dataclass(slots=True)
class RawSheet:
    """Cell values of one sheet; ``rows[i][j]`` is Excel row ``first_row + i``, column
    ``first_col + j`` (0-based). Empty cells are "" or None.

    ``special`` marks cells whose value the reader could not give: a formula without a cached
    value ("formula") or a spreadsheet error ("#DIV/0!"); keys are 0-based (row, col).
    """

    name: str
    rows: list[list[object]]
    first_row: int = 1
    first_col: int = 0
    merged: list[Merged] = field(default_factory=list)
    special: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden: bool = False


@dataclass(slots=True)
class RawBook:
    """The sheets of a file, loaded on demand so unrelated sheets are never read."""

    names: list[str]
    hidden: set[str]
    loader: Callable[[str], RawSheet]

    def load(self, name: str) -> RawSheet:
        return self.loader(name)


def is_blank(value: object) -> bool:
    """Empty cell: None, "" or only spaces (a NaN from pandas counts as empty too)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return value != value
    return False
