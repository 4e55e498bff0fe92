"""A plan's status in words: the one wording of the app, the terminal and the exports.

Why one function: the same plan used to read "optimal" on screen and "feasible" in its
exported summary. Every place that shows a status calls :func:`status_text` (a short phrase)
or :func:`status_sentence` (the phrase with the figures behind it) with the solve's typed
``Termination``, the number placed and the proven bound, so the words cannot drift apart.
"""

from __future__ import annotations

from planner.domain.outcomes import Termination
from planner.i18n.catalogue import DEFAULT_LANG, t
from planner.i18n.formats import fmt_number, fmt_percent
from planner.i18n.plural import tn

# Terminations whose phrase states the gap to the proven bound.
WITH_GAP = frozenset(
    {
        Termination.TIME_LIMIT,
        Termination.SEARCH_COMPLETE,
        Termination.STOPPED,
        Termination.GREEDY_KEPT,
        Termination.ROUNDED_LP_KEPT,
        Termination.PREVIOUS_KEPT,
    }
)


def shown_bound(placed: int, bound: int, total: int | None = None) -> int:
    """The bound as shown: never above the workforce (an early bound can be), never below the
    number placed (a bound under a plan in hand would read as a contradiction)."""
    if total is not None:
        bound = min(bound, total)
    return max(bound, placed)


def gap_text(placed: int, bound: int | None, lang: str = DEFAULT_LANG) -> str:
    """``écart ≤ 3 personnes (0,3 %)``, or that the number placed is optimal at no gap; a
    scenario saved before summaries kept the bound says the gap is not known."""
    if bound is None:
        return t("plan_gap.unknown", lang)
    missing = max(0, bound - placed)
    if missing == 0:
        return t("plan_gap.none", lang)
    return tn("plan_gap.people", missing, lang, percent=fmt_percent(missing / bound, lang))


def status_text(
    termination: Termination | str,
    placed: int,
    bound: int | None,
    lang: str = DEFAULT_LANG,
    total: int | None = None,
) -> str:
    """The short status: optimal / best found with its gap / stopped by you / which starting
    plan was kept. ``total`` (the workforce), when given, caps the bound."""
    kind = Termination(termination)
    if kind not in WITH_GAP:
        return t(f"plan_status.{kind.value}", lang)
    shown = None if bound is None else shown_bound(placed, bound, total)
    gap = gap_text(placed, shown, lang)
    return t(f"plan_status.{kind.value}", lang, gap=gap)


def status_sentence(
    termination: Termination | str,
    placed: int,
    bound: int,
    total: int,
    seconds: float,
    lang: str = DEFAULT_LANG,
) -> str:
    """The short status, then the figures behind it and what to do about it."""
    kind = Termination(termination)
    short = status_text(kind, placed, bound, lang, total)
    detail = t(
        f"plan_detail.{kind.value}",
        lang,
        placed=fmt_number(placed, lang),
        total=fmt_number(total, lang),
        bound=fmt_number(shown_bound(placed, bound, total), lang),
        seconds=fmt_number(seconds, lang, 1),
    )
    return f"{short[:1].upper()}{short[1:]}. {detail}"
