"""After a re-solve: the net effect of the decisions, and the people behind it, losers first."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from planner import i18n
from planner.domain import rules
from planner.domain.outcomes import SolveResult
from planner.i18n.plural import tn
from planner.ui import effects, keys, state
from planner.ui.edits_view import pathway_label
from planner.ui.state import tr

NAMED = 5  # people named in the sentence under the summary; the table lists everyone


def render(before: SolveResult | None, after: SolveResult) -> None:
    """The summary sentence, who loses a place, and the table of everyone who changed."""
    if before is None:
        return
    st.subheader(tr("changes.title"))
    data = st.session_state.get(keys.RESULT_DATASET)
    effect = state.memo(
        "effect", (before, after, data), lambda: effects.effect(before, after, data)
    )
    if not effect.moves:
        st.caption(tr("changes.none"))
        return
    st.markdown(summary(effect, state.lang()))
    losers = [m.employee_id for m in effect.moves if m.kind == effects.LOST]
    if losers:
        st.markdown(tr("effect.lost_names", names=_named(losers, data)))
    st.dataframe(table(effect, data), hide_index=True, width="stretch")


def summary(effect: effects.Effect, lang: str) -> str:
    """``−12 placés, +6 seniors : 41 perdent leur place, 29 en gagnent une, 3 changent…``"""
    parts = [tn(f"effect.{kind}", effect.count(kind), lang) for kind in effects.ORDER]
    return i18n.t(
        "effect.summary",
        lang,
        placed=effects.signed(effect.placed, lang),
        seniors=effects.signed(effect.seniors, lang),
        moves=", ".join(parts),
    )


def _names_shown(data) -> bool:
    return data is not None and not st.session_state.get(keys.HIDE_NAMES)


def _who(employee_id: str, people: dict, show_names: bool) -> str:
    person = people.get(employee_id)
    if show_names and person is not None and person.name:
        return f"{person.name} ({employee_id})"
    return employee_id


def _named(ids: list[str], data) -> str:
    people = {e.employee_id: e for e in data.employees} if data is not None else {}
    shown = ", ".join(_who(eid, people, _names_shown(data)) for eid in ids[:NAMED])
    if len(ids) <= NAMED:
        return shown
    more = i18n.fmt_number(len(ids) - NAMED, state.lang())
    return tr("effect.and_more", names=shown, count=more)


def table(effect: effects.Effect, data) -> pd.DataFrame:
    """One row per person who changed: what changed, then the pathway before and after."""
    people = {e.employee_id: e for e in data.employees} if data is not None else {}
    lang, moves = state.lang(), effect.moves
    persons = [people.get(m.employee_id) for m in moves]
    columns = {tr("col.employee_id"): [m.employee_id for m in moves]}
    if _names_shown(data):
        columns[tr("col.name")] = [p.name if p else "" for p in persons]
    columns[tr("col.senior")] = [
        p is not None and rules.is_senior(p, data.settings) for p in persons
    ]
    columns[tr("col.tenure")] = [
        i18n.fmt_number(p.tenure_years, lang, 1) if p else "" for p in persons
    ]
    columns[tr("effect.column")] = [tr(f"effect.kind.{m.kind}") for m in moves]
    columns[tr("changes.before")] = [pathway_label(m.before) for m in moves]
    columns[tr("changes.after")] = [pathway_label(m.after) for m in moves]
    return pd.DataFrame(columns)
