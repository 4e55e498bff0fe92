"""Find which sheet is which, where its header row is, and which column means what.

Real HR exports put a title above the table, merge header cells, write "Ancienneté (ans)"
or "ancienneté", add columns of their own and spread languages over one column each
("Anglais" = B2). Matching is on ``domain.norm_key`` (case, accents, spaces), first on the
exact header, then without a trailing "(unit)", then on a two-row header ("Prérequis" over
"langues"). Extra columns are not kept: only what the planner needs leaves this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planner.domain.levels import norm_key
from planner.domain.schema import EMPLOYEES, SHEETS, Sheet
from planner.io.read import safety
from planner.io.read.cells import LANGUAGE_CODES
from planner.io.read.raw import RawSheet, is_blank

_UNIT = re.compile(r"\s*\([^)]*\)\s*$")
_LANGUAGE_PREFIX = re.compile(r"^(?:niveau|level|langue|language)\s+(?:d |de |en |in )?")


@dataclass(slots=True)
class MappedSheet:
    """The useful part of one sheet: mapped columns and data rows with Excel row numbers."""

    schema: Sheet
    sheet: str
    header_row: int
    columns: dict[str, tuple[int, str]]  # canonical name -> (index in a row, header as written)
    wide: list[tuple[str, int, str]] = field(default_factory=list)  # language, index, header
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    blank_rows: list[int] = field(default_factory=list)
    special: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, index) -> kind
    duplicates: dict[str, list[str]] = field(default_factory=dict)  # canonical -> headers


def sheet_for_name(name: str) -> Sheet | None:
    """The schema sheet a sheet name designates (French or English, any case or accent)."""
    key = norm_key(name)
    return next((s for s in SHEETS if key in {norm_key(n) for n in s.names()}), None)


def header_keys(schema: Sheet) -> dict[str, str]:
    return {norm_key(h): col.name for col in schema.columns for h in col.headers()}


def match_header(label: str, keys: dict[str, str], wide: bool) -> str | None:
    """Canonical column (or "lang:xx" for a wide language column) a header designates."""
    key = norm_key(label)
    for candidate in (key, norm_key(_UNIT.sub("", label))):
        if candidate in keys:
            return keys[candidate]
    if wide:
        bare = _LANGUAGE_PREFIX.sub("", norm_key(_UNIT.sub("", label)))
        if bare in LANGUAGE_CODES and len(bare) > 3:  # names only: "EN" could be anything
            return "lang:" + LANGUAGE_CODES[bare]
    return None


def fill_merged(raw: RawSheet) -> None:
    """Give every cell of a merged range the value of its top-left cell, as Excel shows it."""
    height = len(raw.rows)
    for top, left, bottom, right in raw.merged:
        r0, c0 = top - raw.first_row + 1, left - raw.first_col
        if not (0 <= r0 < height and 0 <= c0 < len(raw.rows[r0])):
            continue
        value = raw.rows[r0][c0]
        for r in range(r0, min(bottom - raw.first_row + 2, height)):
            row = raw.rows[r]
            for c in range(max(c0, 0), min(right - raw.first_col + 1, len(row))):
                row[c] = value


def _labels(raw: RawSheet, r: int, keys: dict[str, str], wide: bool) -> dict[int, tuple]:
    """Column index -> (canonical, header) for a candidate header row (and its parent row)."""
    row, parent = raw.rows[r], raw.rows[r - 1] if r else []
    out = {}
    for c, cell in enumerate(row):
        own = "" if is_blank(cell) else str(cell).strip()
        above = str(parent[c]).strip() if c < len(parent) and not is_blank(parent[c]) else ""
        for label in (own, f"{above} {own}" if above and own else ""):
            name = match_header(label, keys, wide) if label and len(label) < 200 else None
            if name:
                out[c] = (name, label)
                break
    return out


def find_header(raw: RawSheet, schema: Sheet) -> tuple[int, dict[int, tuple]] | None:
    """Row index and labels of the header: the row (of the first 20) matching most columns."""
    keys, wide = header_keys(schema), schema is EMPLOYEES
    best: tuple[int, int, dict] | None = None
    for r in range(min(safety.HEADER_SEARCH_ROWS, len(raw.rows))):
        labels = _labels(raw, r, keys, wide)
        score = len({name for name, _ in labels.values()})
        if score and (best is None or score > best[0]):
            best = (score, r, labels)
    return (best[1], best[2]) if best else None


def score(raw: RawSheet, schema: Sheet) -> int:
    """How well a sheet's header fits a schema: required columns found (0 if one lacks)."""
    found = find_header(raw, schema)
    names = {name for name, _ in found[1].values()} if found else set()
    required = {c.name for c in schema.columns if c.required}
    return len(names) if required <= names else 0


def build_table(raw: RawSheet, schema: Sheet) -> MappedSheet | None:
    """The MappedSheet of a sheet, or None when no header row is found."""
    found = find_header(raw, schema)
    if found is None:
        return None
    r, labels = found
    table = MappedSheet(schema, raw.name, raw.first_row + r, {})
    for c, (name, label) in labels.items():
        if name.startswith("lang:"):
            table.wide.append((name[5:], c, label))
        elif name in table.columns:
            table.duplicates.setdefault(name, [table.columns[name][1]]).append(label)
        else:
            table.columns[name] = (c, label)
    _data_rows(raw, r + 1, table)
    return table


def _data_rows(raw: RawSheet, start: int, table: MappedSheet) -> None:
    pending: list[int] = []
    for r in range(start, len(raw.rows)):
        row, excel_row = raw.rows[r], raw.first_row + r
        if all(is_blank(cell) for cell in row):
            pending.append(excel_row)
            continue
        table.blank_rows.extend(pending)  # only blank rows followed by data are reported
        pending = []
        table.rows.append((excel_row, row))
    for (row0, col0), kind in raw.special.items():
        table.special[(row0 + 1, col0 - raw.first_col)] = kind
