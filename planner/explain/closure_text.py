"""The phrase of one closure: what closes a pathway, with the figures a reader can check.

``places — la session C1 est complète (1 place, 1 personne placée : E2) ; passent avant :
1 par l'ancienneté (senior)``. Counts use the plural rules of ``planner.i18n.plural`` and
amounts the reader's number format.
"""

from __future__ import annotations

from planner import i18n
from planner.domain import rules
from planner.domain.outcomes import Closure
from planner.i18n.plural import tn

SHOWN = 3  # holders named before "and N more"


def closure_text(closure: Closure, label: str, lang: str) -> str:
    """One closure in words, prefixed by its rule ``label``."""
    if closure.rule in (rules.SEATS, rules.OPENINGS):
        return _held(closure, label, lang)
    if closure.rule == rules.MIN_SIZE:
        return i18n.t(
            "closure.min_size",
            lang,
            rule=label,
            id=closure.target,
            size=tn("count.people", closure.limit, lang),
            admissible=tn("count.unplaced_admissible", closure.admissible, lang),
        )
    key = "closure.budget_seat" if closure.placed else "closure.budget_open"
    return i18n.t(
        key,
        lang,
        rule=label,
        id=closure.target,
        cost=i18n.fmt_money(closure.cost, lang),
        left=i18n.fmt_money(closure.left, lang),
        seats=tn("count.seats", closure.limit, lang),
    )


def _held(closure: Closure, label: str, lang: str) -> str:
    """A full session or a filled role: its size, who holds it and why they rank ahead."""
    size_key = "count.seats" if closure.rule == rules.SEATS else "count.openings"
    figures = [tn(size_key, closure.limit, lang), tn("count.placed", closure.placed, lang)]
    text = i18n.t(
        f"closure.{closure.rule}",
        lang,
        rule=label,
        id=closure.target,
        figures=", ".join(figures),
        holders=_holders(closure, lang),
    )
    ahead = ranked_ahead(closure, lang)
    return f"{text}{i18n.t('closure.ahead', lang, items=ahead)}" if ahead else text


def _holders(closure: Closure, lang: str) -> str:
    if not closure.holders:
        return ""
    names = ", ".join(closure.holders[:SHOWN])
    if closure.placed > len(closure.holders[:SHOWN]):
        names += " " + i18n.t("explain.more", lang, n=closure.placed - len(closure.holders[:SHOWN]))
    return i18n.t("closure.holders", lang, ids=names)


def ranked_ahead(closure: Closure, lang: str) -> str:
    """``1 par l'ancienneté (senior), 2 par un vœu mieux classé pour cette filière``."""
    parts = [
        tn(f"rank.{criterion}", count, lang)
        for criterion, count in (
            ("seniority", closure.by_seniority),
            ("wishes", closure.by_wishes),
            ("count", closure.by_count),
        )
        if count
    ]
    return ", ".join(parts)
