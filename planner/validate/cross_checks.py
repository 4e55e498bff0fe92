"""Checks across rows and sheets, once every cell has been read.

Cell-level problems come from the parsers; here are the ones that need the whole file:
duplicate ids (``validate.ids``), minimum sizes above the seats, costs beyond the limit,
families and wishes that match nothing, sessions starting before the plan, and the roles and
sessions nobody can ever use. Families are free text, because the sector adds new ones: a
family outside ``schema.FAMILIES`` is accepted silently when sessions and roles agree on it,
and reported as a warning (a likely typo) when only one of the two sheets uses it.
"""

from __future__ import annotations

import math

from planner.domain.levels import norm_key
from planner.domain.limits import MAX_MAD
from planner.domain.problems import Problem, error, warning
from planner.domain.records import Cohort, Employee, Role, Settings
from planner.domain.schema import FAMILIES
from planner.io.read.header import MappedSheet
from planner.validate import reach as validate_fast
from planner.validate.ids import check_ids

MAX_LISTED_ROWS = 10


def check_table(table: MappedSheet, problems: list[Problem]) -> None:
    """Duplicate ids, blank rows in the middle and an empty sheet."""
    check_ids(table, problems)
    if table.blank_rows:
        listed = ", ".join(map(str, table.blank_rows[:MAX_LISTED_ROWS]))
        if len(table.blank_rows) > MAX_LISTED_ROWS:
            listed += ", …"
        problems.append(
            warning(
                "blank_rows",
                table.sheet,
                table.blank_rows[0],
                "",
                "",
                count=len(table.blank_rows),
                rows=listed,
            )
        )
    if not table.rows:
        make = error if table.schema.name == "employees" else warning
        problems.append(make("no_rows", table.sheet, table.header_row, "", "", "rows"))


def check_cohorts(
    cohorts: list[Cohort], table: MappedSheet, settings: Settings, problems: list[Problem]
) -> None:
    """Minimum size above the seats (error) and sessions starting before the plan (warning)."""
    min_header = _header(table, "min_size")
    start_header = _header(table, "start_date")
    for cohort in cohorts:
        if cohort.min_size > cohort.seats:
            problems.append(
                error(
                    "min_size_over_seats",
                    table.sheet,
                    cohort.row,
                    min_header,
                    cohort.min_size,
                    "min<=seats",
                    seats=cohort.seats,
                )
            )
        start = settings.plan_start_date
        if cohort.start_date and start and cohort.start_date < start:
            problems.append(
                warning(
                    "cohort_before_plan",
                    table.sheet,
                    cohort.row,
                    start_header,
                    cohort.start_date.isoformat(),
                    "start",
                    cohort=cohort.cohort_id,
                    date=start.isoformat(),
                )
            )


def check_costs(cohorts: list[Cohort], table: MappedSheet, problems: list[Problem]) -> None:
    """Every session full, seats and opening costs, within ``domain.limits.MAX_MAD``: each
    amount may be within the limit and their sum still beyond what the model can count.
    Reported on the session that costs the most."""
    full = [c.cost_per_seat * c.seats + c.fixed_cost for c in cohorts]
    total = math.fsum(full)
    if total <= MAX_MAD:
        return
    biggest = max(range(len(cohorts)), key=full.__getitem__)
    problems.append(
        error(
            "costs_over_limit",
            table.sheet,
            cohorts[biggest].row,
            _header(table, "cost_per_seat"),
            cohorts[biggest].cost_per_seat,
            "total costs",
            total=_amount(total),
            amount=_amount(full[biggest]),
        )
    )


def _amount(value: float) -> str:
    """Whole dirhams grouped by spaces, readable in French and in English."""
    return f"{round(value):,}".replace(",", " ")


def check_families(
    cohorts: list[Cohort],
    roles: list[Role],
    tables: dict[str, MappedSheet],
    problems: list[Problem],
) -> None:
    """A family that is new and used on one side only is probably a typo."""
    known = {norm_key(f) for f in FAMILIES}
    sides = {"cohorts": cohorts, "roles": roles}
    used = {name: {norm_key(x.family) for x in items} for name, items in sides.items()}
    names = ", ".join(sorted(set(FAMILIES) | {x.family for x in [*cohorts, *roles]}))
    for name, items in sides.items():
        other = "roles" if name == "cohorts" else "cohorts"
        other_sheet = tables[other].sheet if other in tables else other
        reported = set()
        for item in items:
            key = norm_key(item.family)
            if key in known or key in used[other] or key in reported:
                continue
            reported.add(key)
            problems.append(
                warning(
                    "unknown_family",
                    tables[name].sheet,
                    item.row,
                    _header(tables[name], "family"),
                    item.family,
                    "family",
                    family=item.family,
                    other=other_sheet,
                    names=names,
                )
            )


def check_wishes(
    employees: list[Employee],
    cohorts: list[Cohort],
    roles: list[Role],
    table: MappedSheet,
    problems: list[Problem],
) -> None:
    """Each wish that names no track or family, once, at its first row."""
    targets = {norm_key(c.track) for c in cohorts} | {
        norm_key(x.family) for x in [*cohorts, *roles]
    }
    targets |= {norm_key(f) for f in FAMILIES}
    names = sorted({c.track for c in cohorts} | {x.family for x in [*cohorts, *roles]})
    header, reported = _header(table, "wishes"), set()
    for person in employees:
        for wish in person.wishes:
            key = norm_key(wish)
            if key not in targets and key not in reported:
                reported.add(key)
                problems.append(
                    warning(
                        "unknown_wish",
                        table.sheet,
                        person.row,
                        header,
                        wish,
                        "family",
                        wish=wish,
                        names=", ".join(names[:30]),
                    )
                )


def check_reach(
    employees: list[Employee],
    cohorts: list[Cohort],
    roles: list[Role],
    tables: dict[str, MappedSheet],
    problems: list[Problem],
) -> None:
    """Warnings for sessions nobody can enter and roles nobody can ever reach."""
    if not employees:
        return
    dead_cohorts, dead_roles = validate_fast.unreachable(employees, cohorts, roles)
    for cohort in dead_cohorts:
        problems.append(
            warning(
                "cohort_unreachable",
                tables["cohorts"].sheet,
                cohort.row,
                _header(tables["cohorts"], "cohort_id"),
                cohort.cohort_id,
                "reachable",
                cohort=cohort.cohort_id,
            )
        )
    for role in dead_roles:
        problems.append(
            warning(
                "role_unreachable",
                tables["roles"].sheet,
                role.row,
                _header(tables["roles"], "role_id"),
                role.role_id,
                "reachable",
                role=role.role_id,
            )
        )


def _header(table: MappedSheet, name: str) -> str:
    return table.columns.get(name, (0, name))[1]
