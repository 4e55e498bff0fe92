"""The settings sheet: key/value rows for budget, plan start, seniority and objective weights.

Keys are matched like headers (French or English, any case); a key the planner does not know
is reported as a warning (it may be a typo of one it knows) and never silently used.
Defaults: no budget limit, plan start today, seniority 10 years, lexicographic objective.
"""

from __future__ import annotations

from datetime import date

from planner.domain.levels import norm_key
from planner.domain.limits import limit_of
from planner.domain.problems import Problem, error, warning
from planner.domain.records import Settings, Weights
from planner.domain.schema import SETTING_KEYS, SETTINGS
from planner.io.cell_refs import column_letter
from planner.io.read import cells, date_cells
from planner.io.read.cells import CellError
from planner.io.read.header import MappedSheet, find_header
from planner.io.read.raw import RawSheet, is_blank
from planner.io.read.safety import MAX_CELL_CHARS

KEYS = {norm_key(alias): key for key, aliases in SETTING_KEYS.items() for alias in (key, *aliases)}
NO_LIMIT = {"none", "aucun", "aucune", "illimite", "unlimited", "sans limite", "no limit", "-"}
OBJECTIVES = {
    "lexicographic": True,
    "lexicographique": True,
    "weighted": False,
    "pondere": False,
    "ponderee": False,
}


def settings_table(raw: RawSheet) -> MappedSheet:
    """Key/value rows; with no recognisable header, the first two columns from row 1."""
    found = find_header(raw, SETTINGS)
    table = MappedSheet(SETTINGS, raw.name, 0, {})
    start = 0
    if found and {name for name, _ in found[1].values()} == {"key", "value"}:
        start = found[0] + 1
        table.header_row = raw.first_row + found[0]
        table.columns = {name: (c, label) for c, (name, label) in found[1].items()}
    else:
        table.columns = {
            "key": (0, column_letter(raw.first_col)),
            "value": (1, column_letter(raw.first_col + 1)),
        }
    for r in range(start, len(raw.rows)):
        if not all(is_blank(v) for v in raw.rows[r]):
            table.rows.append((raw.first_row + r, raw.rows[r]))
    for (row0, col0), kind in raw.special.items():
        table.special[(row0 + 1, col0 - raw.first_col)] = kind
    return table


def read_settings(table: MappedSheet | None, problems: list[Problem]) -> Settings:
    """Settings from the table (defaults when the sheet is absent)."""
    values: dict[str, object] = {}
    first_row: dict[str, int] = {}
    if table is not None:
        for row_number, row in table.rows:
            _read_row(table, row_number, row, values, first_row, problems)
    default = Weights()
    weights = Weights(
        lexicographic=values.get("objective", default.lexicographic),
        placed=values.get("weight_placed", default.placed),
        senior=values.get("weight_senior", default.senior),
        wish=values.get("weight_wish", default.wish),
    )
    start = values.get("plan_start_date", date.today())
    if "plan_start_date" in values.get("failed", ()):
        start = None  # an unreadable date must not become "today" for the other checks
    return Settings(
        budget_mad=values.get("budget_mad"),
        plan_start_date=start,
        seniority_years=values.get("seniority_years", 10.0),
        weights=weights,
    )


def _cell(row: list[object], index: int) -> object:
    return row[index] if index < len(row) else None


def _read_row(
    table: MappedSheet,
    row_number: int,
    row: list[object],
    values: dict,
    first_row: dict,
    problems: list[Problem],
) -> None:
    key_index, key_header = table.columns["key"]
    value_index, value_header = table.columns["value"]
    raw_key = cells.text(_cell(row, key_index)) or ""
    key = KEYS.get(norm_key(raw_key))
    if key is None:
        problems.append(
            warning(
                "setting_unknown",
                table.sheet,
                row_number,
                key_header,
                raw_key[:MAX_CELL_CHARS],
                "setting",
                names=", ".join(SETTING_KEYS),
            )
        )
        return
    if key in first_row:
        problems.append(
            error(
                "setting_duplicate",
                table.sheet,
                row_number,
                key_header,
                raw_key,
                "setting",
                first=first_row[key],
                names=", ".join(SETTING_KEYS),
            )
        )
        return
    first_row[key] = row_number
    raw_value = _cell(row, value_index)
    special = table.special.get((row_number, value_index))
    if special and is_blank(raw_value):
        problems.append(
            error("formula_no_value", table.sheet, row_number, value_header, special, "cached")
        )
        return
    try:
        values[key] = _convert(key, raw_value)
        _note_ambiguous(table, row_number, value_header, raw_value, problems)
    except CellError as exc:
        values.setdefault("failed", set()).add(key)
        problems.append(
            error(
                exc.code,
                table.sheet,
                row_number,
                value_header,
                raw_value,
                exc.expected,
                **exc.params,
            )
        )


def _note_ambiguous(
    table: MappedSheet, row_number: int, header: str, value: object, problems: list[Problem]
) -> None:
    """A "120,000"-style amount was read one of two ways: say which, as a warning."""
    reading = cells.ambiguous_reading(value)
    if reading is not None:
        where = (table.sheet, row_number, header, value, "plain number")
        problems.append(warning("ambiguous_number", *where, **reading))


def _convert(key: str, value: object) -> object:
    if key == "budget_mad":
        if is_blank(value) or norm_key(str(value)) in NO_LIMIT:
            return None
        return cells.non_negative(value, limit_of(key))
    if is_blank(value):
        raise CellError("value_missing", "a value")
    if key == "plan_start_date":
        return date_cells.day(value)
    if key == "seniority_years":
        return cells.non_negative(value, limit_of(key))
    if key == "objective":
        choice = OBJECTIVES.get(norm_key(str(value)))
        if choice is None:
            raise CellError("setting_invalid", "objective")
        return choice
    return cells.integer(value, limit=limit_of(key))
