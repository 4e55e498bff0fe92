"""The plan's key figures: summary.json (a machine contract) and the summary sheet rows.

The figures the solver owns (placed, bound, cost, seniors placed, wish score, status) come from
the SolveResult as is; counts the solver does not report (seats used, openings filled, direct
redeployments) are counted from the plan itself.
"""

from __future__ import annotations

import json

from planner import i18n
from planner.export.labels import label
from planner.export.view import PlanView
from planner.io.write.xlsx_stream import DATE, DEC, INT, MONEY, PCT, TEXT

SUMMARY_SCHEMA_VERSION = 1


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(float(value), digits)


def _scrub(view: PlanView, text: str) -> str:
    """Solver messages may quote ids; a pseudonymised export must not."""
    if view.pseudonymiser is None or not text:
        return text
    return view.pseudonymiser.scrub(text, (e.employee_id for e in view.dataset.employees))


def plan_counts(view: PlanView) -> dict[str, int]:
    """Counts taken from the plan: people, seniors, seats, openings, wishes, direct moves."""
    placed = view.placed_rows()
    return {
        "employees": len(view.people),
        "seniors": sum(p.senior for p in view.people),
        "wishes_fulfilled": sum(p.wish is not None for p in placed),
        "direct_redeployments": sum(p.cohort is None for p in placed),
        "cohorts": len(view.dataset.cohorts),
        "seats": sum(c.seats for c in view.dataset.cohorts),
        "seats_used": sum(len(rows) for rows in view.trainees.values()),
        "openings": sum(r.openings for r in view.dataset.roles),
        "openings_filled": len(placed),
    }


def summary_dict(view: PlanView) -> dict:
    """Every key of summary.json; the first eight and ``termination`` are PRODUCT.md's contract."""
    result, settings = view.result, view.dataset.settings
    counts = plan_counts(view)
    budget = settings.budget_mad
    return {
        "status": result.status.value,
        "employees": counts["employees"],
        "placed": result.placed,
        "upper_bound_placed": result.upper_bound_placed,
        "cost_mad": _round(result.cost_mad),
        "budget_mad": _round(budget),
        "cohorts_run": len(result.cohorts_run),
        "solve_seconds": _round(result.solve_seconds, 3),
        "termination": result.termination.value,
        "status_text": _status_text(view),
        "unplaced": counts["employees"] - result.placed,
        "gap": _round(result.gap, 6),
        "seniors": counts["seniors"],
        "seniors_placed": result.seniors_placed,
        "wish_score": result.wish_score,
        "wishes_fulfilled": counts["wishes_fulfilled"],
        "budget_left_mad": None if budget is None else _round(budget - result.cost_mad),
        "cohorts_run_ids": list(result.cohorts_run),
        "cohorts": counts["cohorts"],
        "seats": counts["seats"],
        "seats_used": counts["seats_used"],
        "openings": counts["openings"],
        "openings_filled": counts["openings_filled"],
        "direct_redeployments": counts["direct_redeployments"],
        "plan_date": view.plan_date.isoformat(),
        "seniority_years": settings.seniority_years,
        "objective": "lexicographic" if settings.weights.lexicographic else "weighted",
        "message": _scrub(view, result.message),
        "conflicts": [_scrub(view, c) for c in result.conflicts],
        "pseudonymised": view.pseudonymised,
        "schema_version": SUMMARY_SCHEMA_VERSION,
    }


def summary_json(view: PlanView) -> bytes:
    """summary.json as UTF-8 bytes (accents kept readable, stable key order)."""
    return (json.dumps(summary_dict(view), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _status_text(view: PlanView) -> str:
    """The status as the app, the terminal and the scenario list word it, in the files'
    language."""
    result = view.result
    return i18n.status_text(
        result.termination,
        result.placed,
        result.upper_bound_placed,
        view.lang,
        len(view.dataset.employees),
    )


def _termination_text(view: PlanView, data: dict) -> str:
    """The same sentence the app shows for this plan."""
    return i18n.status_sentence(
        data["termination"],
        data["placed"],
        data["upper_bound_placed"],
        data["employees"],
        data["solve_seconds"],
        view.lang,
    )


def _objective_text(view: PlanView) -> str:
    weights, lang = view.dataset.settings.weights, view.lang
    if weights.lexicographic:
        return label("objective_lex", lang)
    return label(
        "objective_weighted", lang, placed=weights.placed, senior=weights.senior, wish=weights.wish
    )


def summary_rows(view: PlanView) -> list[tuple[str, object, str]]:
    """(label, value, kind) rows of the summary sheet: results, then the settings used."""
    data, lang = summary_dict(view), view.lang
    budget = data["budget_mad"]
    no_limit = label("no_limit", lang)
    rows = [
        (label("section_result", lang), None, TEXT),
        (label("status", lang), data["status_text"], TEXT),
        (label("termination", lang), _termination_text(view, data), TEXT),
        (label("message", lang), data["message"], TEXT),
        (label("employees", lang), data["employees"], INT),
        (label("placed", lang), data["placed"], INT),
        (label("unplaced", lang), data["unplaced"], INT),
        (label("upper_bound", lang), data["upper_bound_placed"], INT),
        (label("gap", lang), data["gap"], PCT),
        (label("seniors_placed", lang), data["seniors_placed"], INT),
        (label("seniors", lang), data["seniors"], INT),
        (label("wish_score", lang), data["wish_score"], INT),
        (label("wishes_fulfilled", lang), data["wishes_fulfilled"], INT),
        (label("cost", lang), data["cost_mad"], MONEY),
        (label("budget", lang), no_limit if budget is None else budget, MONEY),
        (label("budget_left", lang), data["budget_left_mad"], MONEY),
        (label("sessions_run", lang), data["cohorts_run"], INT),
        (label("sessions_offered", lang), data["cohorts"], INT),
        (label("seats_used", lang), data["seats_used"], INT),
        (label("seats_total", lang), data["seats"], INT),
        (label("openings_filled", lang), data["openings_filled"], INT),
        (label("openings", lang), data["openings"], INT),
        (label("direct_total", lang), data["direct_redeployments"], INT),
        (label("solve_seconds", lang), data["solve_seconds"], DEC),
    ]
    rows += [(label("conflicts", lang), c, TEXT) for c in data["conflicts"]]
    return rows + _settings_rows(view)


def _settings_rows(view: PlanView) -> list[tuple[str, object, str]]:
    lang = view.lang
    yes_no = label("yes" if view.pseudonymised else "no", lang)
    budget = view.dataset.settings.budget_mad
    return [
        (label("section_settings", lang), None, TEXT),
        (label("plan_date", lang), view.plan_date, DATE),
        (label("budget", lang), label("no_limit", lang) if budget is None else budget, MONEY),
        (label("seniority_years", lang), view.dataset.settings.seniority_years, DEC),
        (label("objective", lang), _objective_text(view), TEXT),
        (label("pseudonymised", lang), yes_no, TEXT),
    ]
