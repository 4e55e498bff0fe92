"""The user's decisions (locks and bans): listing, adding, removing and undoing them.

Every change of the decisions goes through :func:`_decide`, which first keeps the decisions
and the plan of that moment, so the last decision can be undone in one click even after a
re-solve: its cost is stated after the re-solve, and the user may not want to pay it.
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from planner.domain.plan import Ban, Edits, Lock, Pathway
from planner.ui import keys, state
from planner.ui.state import tr

UNDO_DEPTH = 10  # decisions kept to undo, one after the other
# The plan as the session holds it: restored with the decisions it went with.
PLAN_KEYS = (
    keys.RESULT,
    keys.RESULT_EDITS,
    keys.RESULT_DATASET,
    keys.REASONS,
    keys.PREVIOUS_RESULT,
    keys.STALE,
)


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """The decisions and the plan just before one decision, and what that decision was."""

    what: str  # "lock", "ban", "remove" or "lift"
    item: object  # the Lock or Ban concerned (the first one for "lift")
    edits: Edits
    plan: dict
    dataset: object  # the inputs then: an undo is offered only while they are the same


def edits() -> Edits:
    return st.session_state.get(keys.EDITS) or Edits()


def pathway_label(way: Pathway | None) -> str:
    """``S0001 → P0003``, or ``passage direct → P0003`` for a direct redeployment; a dash
    for none."""
    if way is None:
        return tr("person.none")
    start = way.cohort_id or tr("pathway.direct")
    return f"{start} → {way.role_id}"


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
    new = Lock(employee_id, way)
    _decide(
        "lock",
        new,
        dataclasses.replace(
            current,
            locks=(*locks, new),
            bans=tuple(x for x in current.bans if x not in against),
        ),
    )


def bans_against(employee_id: str, way: Pathway) -> list[Ban]:
    """The current bans of this person that forbid ``way`` (its pathway, session or role)."""
    return [b for b in edits().bans if b.employee_id == employee_id and _matches(b, way)]


def lift(bans: list[Ban]) -> None:
    """Remove these bans (the person page's "lift the ban" on a forbidden pathway)."""
    current = edits()
    if bans:
        kept = tuple(x for x in current.bans if x not in bans)
        _decide("lift", bans[0], dataclasses.replace(current, bans=kept))


def ban(employee_id: str, cohort_id: str | None, role_id: str | None) -> None:
    current = edits()
    new = Ban(employee_id, cohort_id, role_id)
    if new not in current.bans:
        locks = tuple(
            x
            for x in current.locks
            if not (x.employee_id == employee_id and _matches(new, x.pathway))
        )
        _decide("ban", new, dataclasses.replace(current, locks=locks, bans=(*current.bans, new)))


def _matches(b: Ban, way: Pathway) -> bool:
    return (b.cohort_id is None or b.cohort_id == way.cohort_id) and (
        b.role_id is None or b.role_id == way.role_id
    )


def remove(item: Lock | Ban) -> None:
    current = edits()
    _decide(
        "remove",
        item,
        dataclasses.replace(
            current,
            locks=tuple(x for x in current.locks if x != item),
            bans=tuple(x for x in current.bans if x != item),
        ),
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


def _decide(what: str, item: Lock | Ban, new: Edits) -> None:
    """Adopt ``new`` decisions, keeping the current ones and the plan to undo them."""
    current = edits()
    if new == current:
        return
    plan = {key: st.session_state.get(key) for key in PLAN_KEYS}
    history = st.session_state.get(keys.UNDO) or []
    snapshot = Snapshot(what, item, current, plan, state.dataset())
    st.session_state[keys.UNDO] = [*history, snapshot][-UNDO_DEPTH:]
    st.session_state[keys.EDITS] = new


def last_decision() -> Snapshot | None:
    """The decision an undo would take back: none once the inputs changed since (the plan
    kept then belongs to other inputs) or while a solve runs (it would replace the plan)."""
    history = st.session_state.get(keys.UNDO) or []
    job = st.session_state.get(keys.JOB)
    if not history or (job is not None and not job.finished):
        return None
    return history[-1] if history[-1].dataset is state.dataset() else None


def undo() -> None:
    """Take back the last decision: the decisions and the plan of that moment come back."""
    snapshot = last_decision()
    if snapshot is None:
        return
    st.session_state[keys.UNDO] = st.session_state[keys.UNDO][:-1]
    st.session_state[keys.EDITS] = snapshot.edits
    for key, value in snapshot.plan.items():
        if value is None:
            st.session_state.pop(key, None)
        else:
            st.session_state[key] = value
    st.session_state[keys.STALE] = bool(snapshot.plan.get(keys.STALE))
    st.session_state[keys.EXPORTS] = {}
    state.notice("success", tr("undo.done"))


def undo_button(key: str) -> None:
    """One click to take back the last decision, named on the button; nothing without one."""
    snapshot = last_decision()
    if snapshot is None:
        return
    st.button(
        tr(f"undo.{snapshot.what}", what=describe(snapshot.item)),
        key=key,
        on_click=undo,
        icon=":material/undo:",
        help=tr("undo.help"),
    )
