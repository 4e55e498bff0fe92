"""One person: profile, pathway, why, the alternatives they were admissible for, decisions."""

from __future__ import annotations

import streamlit as st

from planner import i18n
from planner.domain import rules
from planner.domain.levels import EDUCATION, format_levels
from planner.domain.outcomes import PersonReason, ReasonCode
from planner.domain.plan import Pathway
from planner.domain.records import Dataset, Employee
from planner.explain.text import describe
from planner.ui import edits_view, keys, state
from planner.ui.assignments import family_label
from planner.ui.state import tr


def profile(data: Dataset, e: Employee) -> None:
    lang = state.lang()
    senior = rules.is_senior(e, data.settings)
    if e.name and not st.session_state.get(keys.HIDE_NAMES):
        st.subheader(f"{e.name} · {e.employee_id}")
    else:
        st.subheader(e.employee_id)
    facts = [
        (tr("col.site"), e.site + (f" ({tr('person.mobile')})" if e.mobile else "")),
        (
            tr("col.tenure"),
            tr("person.years", years=i18n.fmt_number(e.tenure_years, lang, 1))
            + (f" · {tr('person.senior')}" if senior else ""),
        ),
        (tr("person.languages"), format_levels(e.languages, True) or "–"),
        (tr("person.skills"), format_levels(e.skills, False) or "–"),
        (tr("person.education"), EDUCATION[e.education]),
        (tr("person.wishes"), "; ".join(family_label(w) for w in e.wishes) or "–"),
        (tr("person.activity"), e.current_activity or "–"),
    ]
    st.markdown("\n".join(tr("person.fact", label=label, value=value) for label, value in facts))


def pathway(data: Dataset, way: Pathway | None) -> None:
    """The session (with dates) and the role of a pathway, in words."""
    lang = state.lang()
    if way is None:
        st.markdown(tr("person.no_pathway"))
        return
    cohorts = {c.cohort_id: c for c in data.cohorts}
    role = next(r for r in data.roles if r.role_id == way.role_id)
    lines = []
    if way.cohort_id:
        c = cohorts[way.cohort_id]
        lines.append(
            tr(
                "person.session_line",
                cohort=c.cohort_id,
                track=c.track,
                site=c.site,
                start=i18n.fmt_date(c.start_date, lang),
                end=i18n.fmt_date(rules.cohort_end(c), lang),
                weeks=c.duration_weeks,
            )
        )
    else:
        lines.append(tr("person.direct"))
    lines.append(
        tr(
            "person.role_line",
            role=role.role_id,
            title=role.title,
            site=role.site,
            family=family_label(role.family),
            start=i18n.fmt_date(role.start_date, lang),
        )
    )
    st.markdown("\n".join(f"- {line}" for line in lines))


def why(reason: PersonReason | None) -> None:
    if reason is None:
        st.caption(tr("person.no_reason"))
        return
    st.info(describe(reason, state.lang()))


def way_text(data: Dataset, way: Pathway) -> str:
    """``S0008 Anglais professionnel → P0001 Technicien support`` (codes and names)."""
    role = next((r for r in data.roles if r.role_id == way.role_id), None)
    cohort = next((c for c in data.cohorts if c.cohort_id == way.cohort_id), None)
    role_text = f"{way.role_id} {role.title}" if role else way.role_id
    if way.cohort_id is None:
        return f"{tr('person.direct_short')} → {role_text}"
    return f"{way.cohort_id} {cohort.track if cohort else ''} → {role_text}"


def alternatives(data: Dataset, employee_id: str, reason: PersonReason | None) -> None:
    """Other admissible pathways, each with a button to impose it at the next solve; a
    pathway the user has banned (every one of an "all banned" person) offers to lift the
    ban instead, so no lock is ever offered against a ban."""
    options = list(reason.alternatives) if reason is not None else []
    st.markdown(f"**{tr('person.alternatives')}**")
    if not options:
        st.caption(tr("person.no_alternatives"))
        return
    for i, way in enumerate(options[:20]):
        left, right = st.columns([4, 1], vertical_alignment="center")
        against = edits_view.bans_against(employee_id, way)
        if against:
            left.markdown(f"{way_text(data, way)} · *{tr('person.banned')}*")
            right.button(
                tr("person.lift_ban"),
                key=f"lift_{i}",
                on_click=edits_view.lift,
                args=(against,),
                icon=":material/lock_open:",
            )
        else:
            left.markdown(way_text(data, way))
            right.button(
                tr("person.impose"),
                key=f"impose_{i}",
                on_click=edits_view.lock,
                args=(employee_id, way),
                icon=":material/lock:",
            )
    if len(options) > 20:
        st.caption(tr("person.more_alternatives", count=len(options) - 20))


def decisions(employee_id: str, way: Pathway | None, reason: PersonReason | None = None) -> None:
    """Lock the current pathway, or forbid it / its session / its role."""
    st.markdown(f"**{tr('person.decisions')}**")
    if way is None:
        banned = reason is not None and any(
            edits_view.bans_against(employee_id, p) for p in reason.alternatives
        )
        nothing = reason is not None and reason.code == ReasonCode.NO_ADMISSIBLE_PATHWAY
        unplaced = "person.decisions_none" if nothing else "person.decisions_unplaced"
        st.caption(tr("person.decisions_banned" if banned else unplaced))
    else:
        cols = st.columns(4 if way.cohort_id else 3)
        cols[0].button(
            tr("person.lock"),
            on_click=edits_view.lock,
            args=(employee_id, way),
            icon=":material/lock:",
            key="lock_current",
        )
        cols[1].button(
            tr("person.ban_pathway"),
            on_click=edits_view.ban,
            args=(employee_id, way.cohort_id, way.role_id),
            key="ban_pathway",
            icon=":material/block:",
        )
        cols[2].button(
            tr("person.ban_role"),
            on_click=edits_view.ban,
            args=(employee_id, None, way.role_id),
            key="ban_role",
        )
        if way.cohort_id:
            cols[3].button(
                tr("person.ban_cohort"),
                on_click=edits_view.ban,
                args=(employee_id, way.cohort_id, None),
                key="ban_cohort",
            )
    mine = edits_view.person_edits(employee_id)
    for i, item in enumerate(mine):
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.markdown(edits_view.describe(item))
        right.button(
            tr("edit.remove"),
            key=f"remove_mine_{i}",
            on_click=edits_view.remove,
            args=(item,),
            icon=":material/close:",
        )
    if mine:
        st.page_link("app_pages/solve.py", label=tr("person.resolve"), icon=":material/bolt:")
