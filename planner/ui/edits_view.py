"""The user's decisions (locks and bans): listing, adding and removing them."""

from __future__ import annotations

import dataclasses

import streamlit as st

from planner.domain.plan import Ban, Edits, Lock, Pathway
from planner.ui import keys
from planner.ui.state import tr


def edits() -> Edits:
    return st.session_state.get(keys.EDITS) or Edits()


def pathway_label(way: Pathway | None) -> str:
    """``S0001 → P0003`` or ``→ P0003`` for a direct redeployment; a dash for none."""
    if way is None:
        return tr("person.none")
    return f"{way.cohort_id} → {way.role_id}" if way.cohort_id else f"→ {way.role_id}"


def ban_label(ban: Ban) -> str:
    if ban.cohort_id and ban.role_id:
        return tr("edit.ban_pathway", pathway=pathway_label(Pathway(ban.role_id, ban.cohort_id)))
    if ban.cohort_id:
        return tr("edit.ban_cohort", cohort=ban.cohort_id)
    return tr("edit.ban_role", role=ban.role_id)


def lock(employee_id: str, way: Pathway) -> None:
    """Fix a person's pathway (replacing any earlier lock of that person). A ban of that
    person forbidding the pathway goes, as a ban drops a lock it contradicts: the last
    decision wins, and the solver never receives a lock and a ban that exclude each other."""
    current = edits()
    locks = tuple(x for x in current.locks if x.employee_id != employee_id)
    against = bans_against(employee_id, way)
    st.session_state[keys.EDITS] = dataclasses.replace(
        current,
        locks=(*locks, Lock(employee_id, way)),
        bans=tuple(x for x in current.bans if x not in against),
    )


def bans_against(employee_id: str, way: Pathway) -> list[Ban]:
    """The current bans of this person that forbid ``way`` (its pathway, session or role)."""
    return [b for b in edits().bans if b.employee_id == employee_id and _matches(b, way)]


def lift(bans: list[Ban]) -> None:
    """Remove these bans (the person page's "lift the ban" on a forbidden pathway)."""
    current = edits()
    st.session_state[keys.EDITS] = dataclasses.replace(
        current, bans=tuple(x for x in current.bans if x not in bans)
    )


def ban(employee_id: str, cohort_id: str | None, role_id: str | None) -> None:
    current = edits()
    new = Ban(employee_id, cohort_id, role_id)
    if new not in current.bans:
        locks = tuple(
            x
            for x in current.locks
            if not (x.employee_id == employee_id and _matches(new, x.pathway))
        )
        st.session_state[keys.EDITS] = dataclasses.replace(
            current, locks=locks, bans=(*current.bans, new)
        )


def _matches(b: Ban, way: Pathway) -> bool:
    return (b.cohort_id is None or b.cohort_id == way.cohort_id) and (
        b.role_id is None or b.role_id == way.role_id
    )


def remove(item: Lock | Ban) -> None:
    current = edits()
    st.session_state[keys.EDITS] = dataclasses.replace(
        current,
        locks=tuple(x for x in current.locks if x != item),
        bans=tuple(x for x in current.bans if x != item),
    )


def person_edits(employee_id: str) -> list[Lock | Ban]:
    current = edits()
    return [x for x in (*current.locks, *current.bans) if x.employee_id == employee_id]


def describe(item: Lock | Ban) -> str:
    if isinstance(item, Lock):
        return tr("edit.lock_item", employee=item.employee_id, pathway=pathway_label(item.pathway))
    return tr("edit.ban_item", employee=item.employee_id, what=ban_label(item))


def render_list() -> None:
    """Every lock and ban, each with a remove button."""
    items = [*edits().locks, *edits().bans]
    if not items:
        st.caption(tr("edit.none"))
        return
    for i, item in enumerate(items):
        left, right = st.columns([5, 1], vertical_alignment="center")
        left.markdown(describe(item))
        right.button(
            tr("edit.remove"),
            key=f"remove_edit_{i}",
            on_click=remove,
            args=(item,),
            icon=":material/close:",
        )
