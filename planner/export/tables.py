"""The tables of the exports as plain data (headers, column kinds, rows).

Built once and rendered either as a workbook sheet or as CSV, so the workbook and the CSV for
other systems can never disagree. Columns are declared as (label, kind, getter) so adding one
is a one-line change. In pseudonymised exports the name column disappears, site and tenure are
generalised (quasi_ids.py), and mobility, languages and wishes are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from planner.domain import rules
from planner.domain.levels import format_levels
from planner.domain.records import Cohort, Role
from planner.export.labels import family_label, label, wishes_text
from planner.export.view import PersonRow, PlanView
from planner.io.write.xlsx_stream import DATE, DEC, INT, MONEY, TEXT


@dataclass(frozen=True, slots=True)
class ExportTable:
    headers: list[str]
    kinds: list[str]
    rows: list[list]


Column = tuple[str, str, Callable]


def _table(view: PlanView, columns: list[Column], items) -> ExportTable:
    headers = [label(key, view.lang) for key, _, _ in columns]
    kinds = [kind for _, kind, _ in columns]
    getters = [getter for _, _, getter in columns]
    return ExportTable(headers, kinds, [[get(item) for get in getters] for item in items])


def yes_no(flag: bool, lang: str) -> str:
    return label("yes" if flag else "no", lang)


def wish_text(person: PersonRow, lang: str) -> str:
    """'oui (vœu 1)', 'non', or 'aucun vœu exprimé' for a placed person; empty otherwise."""
    if not person.placed:
        return ""
    if person.wish is not None:
        return label("wish_rank", lang, rank=person.wish + 1)
    return label("no_wish" if not person.employee.wishes else "no", lang)


def provider_name(cohort: Cohort | None, lang: str) -> str:
    if cohort is None:
        return ""
    return cohort.provider or label("no_provider", lang)


def identity_columns(view: PlanView) -> list[Column]:
    """Id (or pseudonym) and, unless pseudonymised, name."""
    key = "pseudonym" if view.pseudonymised else "employee_id"
    columns: list[Column] = [(key, TEXT, lambda p: p.shown_id)]
    if not view.pseudonymised:
        columns.append(("name", TEXT, lambda p: p.name))
    return columns


def profile_columns(view: PlanView, site_key: str = "site", tenure: bool = True) -> list[Column]:
    """Site (and tenure with the senior flag): as recorded, or as the pseudonymised file may
    show them."""
    lang = view.lang
    if view.masks is None:
        columns: list[Column] = [(site_key, TEXT, lambda p: p.employee.site)]
        tenure_column: Column = ("tenure", DEC, lambda p: p.employee.tenure_years)
        senior: Column = ("senior", TEXT, lambda p: yes_no(p.senior, lang))
    else:
        columns = [(site_key, TEXT, lambda p: view.shown(p).site)]
        tenure_column = ("tenure_band", TEXT, lambda p: view.shown(p).band)
        senior = ("senior", TEXT, lambda p: view.shown(p).senior)
    return columns + [tenure_column, senior] * tenure


def _detail_columns(view: PlanView) -> list[Column]:
    """Mobility, languages and wishes: only in files that name people."""
    if view.pseudonymised:
        return []
    return [
        ("mobile", TEXT, lambda p: yes_no(p.employee.mobile, view.lang)),
        ("languages", TEXT, lambda p: format_levels(p.employee.languages, languages=True)),
        ("wishes", TEXT, lambda p: wishes_text(p.employee.wishes, view.lang)),
    ]


def _pathway_columns(lang: str) -> list[Column]:
    def cohort_field(name: str) -> Callable:
        return lambda p: getattr(p.cohort, name) if p.cohort is not None else None

    def role_field(name: str) -> Callable:
        return lambda p: getattr(p.role, name) if p.role is not None else None

    return [
        ("cohort_id", TEXT, cohort_field("cohort_id")),
        ("track", TEXT, cohort_field("track")),
        ("provider", TEXT, lambda p: provider_name(p.cohort, lang)),
        ("start", DATE, cohort_field("start_date")),
        ("end", DATE, lambda p: rules.cohort_end(p.cohort) if p.cohort else None),
        ("role_id", TEXT, role_field("role_id")),
        ("title", TEXT, role_field("title")),
        ("family", TEXT, lambda p: family_label(p.role.family, lang) if p.role else None),
        ("role_site", TEXT, role_field("site")),
        ("role_start", DATE, role_field("start_date")),
        (
            "seat_cost",
            MONEY,
            lambda p: (p.cohort.cost_per_seat if p.cohort else 0.0) if p.placed else None,
        ),
    ]


def assignments_table(view: PlanView) -> ExportTable:
    """One row per employee, in workbook order, placed or not."""
    lang = view.lang
    columns = identity_columns(view) + [
        *profile_columns(view),
        *_pathway_columns(lang),
        ("wish_fulfilled", TEXT, lambda p: wish_text(p, lang)),
        ("reason", TEXT, lambda p: p.text),
    ]
    return _table(view, columns, view.people)


def unplaced_table(view: PlanView) -> ExportTable:
    """The people without a pathway, with the reason category and the sentence."""
    lang = view.lang
    columns = identity_columns(view) + [
        *profile_columns(view),
        *_detail_columns(view),
        (
            "reason_code",
            TEXT,
            lambda p: label(f"code_{p.reason.code.value}", lang) if p.reason else "",
        ),
        ("reason", TEXT, lambda p: p.text),
    ]
    return _table(view, columns, view.unplaced_rows())


def _session_cost(view: PlanView, cohort: Cohort) -> float:
    used = len(view.trainees.get(cohort.cohort_id, ()))
    if cohort.cohort_id not in view.result.cohorts_run and not used:
        return 0.0
    return used * cohort.cost_per_seat + cohort.fixed_cost


def sessions_table(view: PlanView) -> ExportTable:
    """Every session offered: seats used, whether it runs, what it costs in this plan."""
    lang = view.lang
    running = {c.cohort_id for c in view.running()}
    columns: list[Column] = [
        ("cohort_id", TEXT, lambda c: c.cohort_id),
        ("track", TEXT, lambda c: c.track),
        ("family", TEXT, lambda c: family_label(c.family, lang)),
        ("provider", TEXT, lambda c: provider_name(c, lang)),
        ("site", TEXT, lambda c: c.site),
        ("start", DATE, lambda c: c.start_date),
        ("end", DATE, rules.cohort_end),
        ("duration", INT, lambda c: c.duration_weeks),
        ("seats", INT, lambda c: c.seats),
        ("seats_used", INT, lambda c: len(view.trainees.get(c.cohort_id, ()))),
        ("min_size", INT, lambda c: c.min_size),
        ("running", TEXT, lambda c: yes_no(c.cohort_id in running, lang)),
        ("cost_per_seat", MONEY, lambda c: c.cost_per_seat),
        ("fixed_cost", MONEY, lambda c: c.fixed_cost),
        ("total_cost", MONEY, lambda c: _session_cost(view, c)),
    ]
    return _table(view, columns, view.dataset.cohorts)


def roles_table(view: PlanView) -> ExportTable:
    """Every role: openings, how many are filled, after training or directly."""

    def arrivals(role: Role) -> list[PersonRow]:
        return view.arrivals.get(role.role_id, [])

    columns: list[Column] = [
        ("role_id", TEXT, lambda r: r.role_id),
        ("title", TEXT, lambda r: r.title),
        ("family", TEXT, lambda r: family_label(r.family, view.lang)),
        ("site", TEXT, lambda r: r.site),
        ("role_start", DATE, lambda r: r.start_date),
        ("openings", INT, lambda r: r.openings),
        ("filled", INT, lambda r: len(arrivals(r))),
        ("via_session", INT, lambda r: sum(p.cohort is not None for p in arrivals(r))),
        ("direct", INT, lambda r: sum(p.cohort is None for p in arrivals(r))),
        ("remaining", INT, lambda r: max(0, r.openings - len(arrivals(r)))),
        ("salary", MONEY, lambda r: r.monthly_salary_mad),
    ]
    return _table(view, columns, view.dataset.roles)


def trainees_table(view: PlanView, cohort: Cohort) -> ExportTable:
    """What a training provider needs about each trainee, and the role they head for."""
    languages: list[Column] = [
        ("languages", TEXT, lambda p: format_levels(p.employee.languages, languages=True))
    ]
    columns = identity_columns(view) + [
        *profile_columns(view, tenure=False),
        *([] if view.pseudonymised else languages),
        ("role_id", TEXT, lambda p: p.role.role_id),
        ("title", TEXT, lambda p: p.role.title),
        ("role_site", TEXT, lambda p: p.role.site),
    ]
    return _table(view, columns, view.trainees.get(cohort.cohort_id, []))


def arrivals_table(view: PlanView, role: Role) -> ExportTable:
    """Who arrives in a role, from which session, and when."""
    columns = [
        ("arrival", DATE, lambda p: p.arrival),
        *identity_columns(view),
        *profile_columns(view, "origin_site", tenure=False),
        ("cohort_id", TEXT, lambda p: p.cohort.cohort_id if p.cohort else None),
        ("track", TEXT, lambda p: p.cohort.track if p.cohort else None),
        ("session_end", DATE, lambda p: rules.cohort_end(p.cohort) if p.cohort else None),
    ]
    return _table(view, columns, view.arrivals.get(role.role_id, []))
