"""From mapped tables to a Dataset: every cell, then every cross check, then the verdict.

Shared by the file path (``read.load``) and the edit path (``read.load_frames``), so an edited
table is held to exactly the rules of an imported one.
"""

from __future__ import annotations

from planner.domain.problems import Problem, Severity, error
from planner.domain.records import Dataset
from planner.io.read.header import MappedSheet
from planner.io.read.rows import read_objects
from planner.io.read.settings import read_settings
from planner.validate import cross_checks

OBJECT_SHEETS = ("employees", "cohorts", "roles")


def columns_ok(table: MappedSheet, problems: list[Problem]) -> bool:
    """Required columns present and no canonical column given twice."""
    ok = True
    for column in table.schema.columns:
        if column.required and column.name not in table.columns:
            problems.append(
                error(
                    "column_missing",
                    table.sheet,
                    table.header_row,
                    column.name,
                    "",
                    "column",
                    names=", ".join(column.headers()),
                )
            )
            ok = False
    for name, headers in table.duplicates.items():
        problems.append(
            error(
                "column_ambiguous",
                table.sheet,
                table.header_row,
                headers[1],
                headers[1],
                "one column",
                name=name,
                headers=", ".join(headers),
            )
        )
        ok = False
    return ok


def _has_error(problems: list[Problem]) -> bool:
    return any(p.severity == Severity.ERROR for p in problems)


def finish(
    tables: dict[str, MappedSheet], settings_table: MappedSheet | None, problems: list[Problem]
) -> tuple[Dataset | None, list[Problem]]:
    """Read every object, run the cross checks and build the Dataset if nothing blocks it."""
    objects: dict[str, list] = {}
    for name in OBJECT_SHEETS:
        table = tables.get(name)
        if table is not None and columns_ok(table, problems):
            cross_checks.check_table(table, problems)
            objects[name] = read_objects(table, problems)
    settings = read_settings(settings_table, problems)
    employees, cohorts, roles = (objects.get(name, []) for name in OBJECT_SHEETS)
    if "cohorts" in objects:
        cross_checks.check_cohorts(cohorts, tables["cohorts"], settings, problems)
        cross_checks.check_costs(cohorts, tables["cohorts"], problems)
    if "cohorts" in objects and "roles" in objects:
        cross_checks.check_families(cohorts, roles, tables, problems)
        if "employees" in objects:
            cross_checks.check_wishes(employees, cohorts, roles, tables["employees"], problems)
    if _has_error(problems) or len(objects) < len(OBJECT_SHEETS):
        return None, problems
    cross_checks.check_reach(employees, cohorts, roles, tables, problems)
    return Dataset(tuple(employees), tuple(cohorts), tuple(roles), settings), problems
