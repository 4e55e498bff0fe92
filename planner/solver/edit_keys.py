"""User edits (locks, bans, previous plan) translated to groups and classes of the network."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.domain.plan import Edits
from planner.solver.prepare import DIRECT, Prepared


@dataclass(slots=True)
class EditKeys:
    special: set[int] = field(default_factory=set)  # people outside the person types
    previous: dict[int, tuple[int, int]] = field(default_factory=dict)  # class pair
    previous_groups: dict[int, tuple[int, int]] = field(default_factory=dict)  # (g, h)
    locks: dict[int, tuple[int, int]] = field(default_factory=dict)  # (g, h)
    bans: dict[int, object] = field(default_factory=dict)  # person -> banned(g, h) -> bool


def edit_keys(prep: Prepared, tc_of_group, tr_of_role, edits: Edits) -> EditKeys:
    ds, cat = prep.dataset, prep.catalogue
    pos = {e.employee_id: i for i, e in enumerate(ds.employees)}
    cidx = {c.cohort_id: i for i, c in enumerate(ds.cohorts)}
    ridx = {r.role_id: i for i, r in enumerate(ds.roles)}
    pair = _group_pair(prep)
    keys = EditKeys()
    keys.previous_groups = plan_groups(prep, edits.previous or {})
    keys.previous = class_pairs_of(keys.previous_groups, tc_of_group, tr_of_role)
    for lock in edits.locks:
        keys.locks[pos[lock.employee_id]] = pair(lock.pathway)
    per_person: dict[int, list[tuple]] = {}
    for ban in edits.bans:
        known = (ban.cohort_id is None or ban.cohort_id in cidx) and (
            ban.role_id is None or ban.role_id in ridx
        )
        if ban.employee_id in pos and known:  # a ban naming neither forbids every pathway
            g = None if ban.cohort_id is None else int(cat.session_of_cohort[cidx[ban.cohort_id]])
            h = None if ban.role_id is None else int(cat.group_of_role[ridx[ban.role_id]])
            per_person.setdefault(pos[ban.employee_id], []).append((g, h))
    for i, bans in per_person.items():
        keys.bans[i] = _banned(bans)
    keys.special = set(keys.locks) | set(keys.bans)
    return keys


def _group_pair(prep: Prepared):
    """Pathway -> (session group or DIRECT, role group), None when it names an unknown id."""
    ds, cat = prep.dataset, prep.catalogue
    cidx = {c.cohort_id: i for i, c in enumerate(ds.cohorts)}
    ridx = {r.role_id: i for i, r in enumerate(ds.roles)}

    def pair(pw):
        if pw.role_id not in ridx or (pw.cohort_id is not None and pw.cohort_id not in cidx):
            return None
        g = DIRECT if pw.cohort_id is None else int(cat.session_of_cohort[cidx[pw.cohort_id]])
        return g, int(cat.group_of_role[ridx[pw.role_id]])

    return pair


def plan_groups(prep: Prepared, assignments) -> dict[int, tuple[int, int]]:
    """Person index -> (session group or DIRECT, role group) of each known pathway."""
    pos = {e.employee_id: i for i, e in enumerate(prep.dataset.employees)}
    pair = _group_pair(prep)
    out = {}
    for emp, pw in assignments.items():
        p = pair(pw) if emp in pos else None
        if p is not None:
            out[pos[emp]] = p
    return out


def class_pairs_of(groups: dict[int, tuple[int, int]], tc_of_group, tr_of_role) -> dict:
    """Person index -> (session class or DIRECT, role class) of their groups."""
    return {
        i: (DIRECT if g == DIRECT else int(tc_of_group[g]), int(tr_of_role[h]))
        for i, (g, h) in groups.items()
    }


def _banned(bans: list[tuple]):
    def banned(g: int, h: int) -> bool:
        return any((bg is None or bg == g) and (bh is None or bh == h) for bg, bh in bans)

    return banned
