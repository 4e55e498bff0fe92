"""A dataset as plain rows of the workbook contract, shared by the frames and the xlsx writer.

One conversion serves both ``dataset_to_frames`` (what the app edits) and ``write_workbook``
(what HR opens in Excel), so the two can never disagree on how a level list, an education
level or an empty requirement is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain.levels import EDUCATION, format_levels
from planner.domain.records import Dataset, Settings, Weights
from planner.domain.schema import COHORTS, EMPLOYEES, ROLES, SETTINGS, Column, Sheet

SHARED_KINDS = ("languages", "skills", "wishes")
REQUIREMENT_EDUCATION = "min_education"  # 0 there means "no requirement": left blank


@dataclass(frozen=True, slots=True)
class CanonicalTable:
    """One sheet as canonical column names and rows of Python values (None = empty cell)."""

    sheet: Sheet
    columns: tuple[Column, ...]
    rows: list[list[object]]


def cell(column: Column, value: object) -> object:
    """The canonical cell value of one field: text for level lists, education and wishes."""
    kind = column.kind
    if value is None:
        return None
    if kind in ("languages", "skills"):
        return format_levels(value, languages=kind == "languages") or None
    if kind == "education":
        if column.name == REQUIREMENT_EDUCATION and value == 0:
            return None
        return EDUCATION[value]
    if kind == "wishes":
        return "; ".join(value) or None
    if kind == "int":
        return int(value)
    if kind == "number":
        return float(value)
    return value


def table(sheet: Sheet, items: Iterable[object]) -> CanonicalTable:
    """Rows of one sheet; every column of the schema is present, in schema order.

    Generated and imported datasets share one level dict between people with the same
    levels, so each shared object is formatted once (keyed by identity while it is alive).
    """
    columns = sheet.columns
    names = [c.name for c in columns]
    shared: dict[tuple[str, int], object] = {}

    def convert(column: Column, value: object) -> object:
        if column.kind not in SHARED_KINDS or value is None:
            return cell(column, value)
        key = (column.name, id(value))
        if key not in shared:
            shared[key] = cell(column, value)
        return shared[key]

    rows = [
        [convert(c, getattr(item, n)) for c, n in zip(columns, names, strict=True)]
        for item in items
    ]
    return CanonicalTable(sheet, columns, rows)


def settings_rows(settings: Settings) -> list[list[object]]:
    """Key/value rows; defaults that mean "not set" (no budget, no date) are left out."""
    rows: list[list[object]] = []
    if settings.budget_mad is not None:
        rows.append(["budget_mad", float(settings.budget_mad)])
    if settings.plan_start_date is not None:
        rows.append(["plan_start_date", settings.plan_start_date])
    rows.append(["seniority_years", float(settings.seniority_years)])
    weights = settings.weights
    if weights != Weights():
        rows.append(["objective", "lexicographic" if weights.lexicographic else "weighted"])
        rows.append(["weight_placed", weights.placed])
        rows.append(["weight_senior", weights.senior])
        rows.append(["weight_wish", weights.wish])
    return rows


def dataset_tables(dataset: Dataset) -> dict[str, CanonicalTable]:
    """The four sheets of a dataset keyed by canonical sheet name."""
    return {
        "employees": table(EMPLOYEES, dataset.employees),
        "cohorts": table(COHORTS, dataset.cohorts),
        "roles": table(ROLES, dataset.roles),
        "settings": CanonicalTable(SETTINGS, SETTINGS.columns, settings_rows(dataset.settings)),
    }
