"""A decision's effect: what a re-solve changed, counted from the previous plan and the new one.

Why more than "N people change pathway": a lock or a ban can cost places, trade juniors for
seniors, or move people without changing any count; the user must see the net change and who
pays for it, those who lose a place first (no Streamlit here).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner import i18n
from planner.domain import rules
from planner.domain.outcomes import SolveResult
from planner.domain.plan import Pathway
from planner.domain.records import Dataset

LOST, GAINED, MOVED = "lost", "gained", "moved"
ORDER = (LOST, GAINED, MOVED)  # who is listed first: those who lose a place


@dataclass(frozen=True, slots=True)
class Move:
    """One person whose outcome differs between the two plans."""

    employee_id: str
    kind: str  # LOST, GAINED or MOVED
    before: Pathway | None
    after: Pathway | None


@dataclass(frozen=True, slots=True)
class Effect:
    """Net changes (new minus previous) and the people behind them, losers first."""

    placed: int
    seniors: int
    moves: tuple[Move, ...]

    def count(self, kind: str) -> int:
        return sum(1 for m in self.moves if m.kind == kind)


def effect(before: SolveResult, after: SolveResult, dataset: Dataset) -> Effect:
    """The change from ``before`` to ``after``; within each kind, seniors then longest tenure
    first, as the objective ranks them (people no longer in ``dataset`` come last)."""
    old, new = before.plan.assignments, after.plan.assignments
    people = {e.employee_id: e for e in dataset.employees}
    moves = []
    for eid in set(old) | set(new):
        was, now = old.get(eid), new.get(eid)
        if was == now:
            continue
        kind = LOST if now is None else GAINED if was is None else MOVED
        moves.append(Move(eid, kind, was, now))

    def order(m: Move) -> tuple:
        person = people.get(m.employee_id)
        tenure = person.tenure_years if person else -1.0
        senior = person is not None and rules.is_senior(person, dataset.settings)
        return (ORDER.index(m.kind), not senior, -tenure, m.employee_id)

    return Effect(
        after.placed - before.placed,
        after.seniors_placed - before.seniors_placed,
        tuple(sorted(moves, key=order)),
    )


def signed(value: int, lang: str) -> str:
    """``+6``, ``−12`` (a true minus sign) or ``0``, grouped as the reader writes numbers."""
    number = i18n.fmt_number(abs(value), lang)
    return f"+{number}" if value > 0 else f"−{number}" if value < 0 else number
