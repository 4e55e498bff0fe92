"""Levels and the text keys every rule compares on.

Levels are stored as small integers so that comparisons are plain ``>=``:
languages use CEFR 1..6 (A1..C2, 0 = none), skills 0..5, education 0..4.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from planner.domain.ids import without_hidden

CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
EDUCATION = ("none", "bac", "bac+2", "bac+3", "bac+5")
REMOTE = "remote"
MAX_SKILL = 5

Levels = Mapping[str, int]


class _EmptyLevels(Mapping):
    """An immutable, hashable empty level list.

    Python 3.11 refuses an unhashable ``MappingProxyType({})`` as a dataclass default
    ("mutable default"); this empty mapping compares equal to ``{}`` and is hashable.
    """

    __slots__ = ()

    def __getitem__(self, key: str) -> int:
        raise KeyError(key)

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"


EMPTY_LEVELS: Levels = _EmptyLevels()


def norm_key(text: str) -> str:
    """Case-, accent- and space-insensitive key used to compare sites, families and codes.

    HR exports write "Fès", "FES " and "fes" for the same city; comparing on this key
    means none of them is silently treated as a different place. Invisible characters
    (``domain.ids``) are dropped first, so "Casa" + a zero-width space is still Casa.
    """
    decomposed = unicodedata.normalize("NFKD", without_hidden(str(text)))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("_", " ").replace("-", " ").split())


def cefr_name(level: int) -> str:
    """CEFR label of a level integer (0 means no level)."""
    return CEFR[level - 1] if 1 <= level <= 6 else "-"


def format_levels(levels: Levels, languages: bool) -> str:
    """Write a level list the way the workbook contract does: ``en:B2; es:A2``."""
    parts = []
    for code, level in sorted(levels.items()):
        parts.append(f"{code}:{cefr_name(level) if languages else level}")
    return "; ".join(parts)
