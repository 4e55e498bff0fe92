"""The seniority property of an optimal plan: no senior is left out for a junior.

PRODUCT.md ranks seniors right after the number placed. If an unplaced senior could take the
pathway a junior holds, swapping the two keeps every seat, opening, cost and minimum size (it is
the same pathway) and places one more senior: such a pair proves the plan is not optimal on that
tier. Admissibility comes from ``planner.domain.rules`` through the checker's caches; the juniors'
pathways are indexed by what admissibility depends on (requirement classes, then sites), so a
senior tests each kind of pathway once instead of every pathway.
"""

from __future__ import annotations

from collections import defaultdict

from planner.domain import rules
from planner.domain.admission import (
    Admission,
    Index,
    fitting_classes,
    fitting_sites,
    held_index,
    pathway_order,
    person_key,
)
from planner.domain.plan import Ban, Edits, Pathway, Plan, ban_matches
from planner.domain.records import Dataset, Employee, Settings

NO_EDITS = Edits()
Swap = tuple[str, str, Pathway]  # (senior id, junior id, pathway the senior could take)


def senior_swap_violations(
    dataset: Dataset, plan: Plan, settings: Settings | None = None, edits: Edits = NO_EDITS
) -> list[Swap]:
    """Each unplaced senior who could take a pathway held by a junior, with one witness.

    Returns ``(senior_id, junior_id, pathway)`` sorted by senior id, where ``pathway`` is the
    first such pathway in (session, role) order and ``junior_id`` the smallest id among the
    unlocked juniors holding it. A locked junior is not swappable (the user fixed them); a ban
    on the senior for that pathway rules it out too.
    """
    settings = settings or dataset.settings
    admission = Admission(dataset)
    holder = _junior_holders(dataset, plan, settings, edits, admission)
    index = held_index(holder, admission)
    bans: dict[str, list[Ban]] = defaultdict(list)
    for ban in edits.bans:
        bans[ban.employee_id].append(ban)
    seen: dict[tuple, Pathway | None] = {}
    fitting: dict[tuple, Pathway | None] = {}
    out = []
    for e in dataset.employees:
        if e.employee_id in plan.assignments or not rules.is_senior(e, settings):
            continue
        mine = tuple(bans.get(e.employee_id, ()))
        key = (person_key(e), mine)
        if key not in seen:
            seen[key] = _first_swap(e, index, admission, mine, fitting)
        if seen[key] is not None:
            out.append((e.employee_id, holder[seen[key]], seen[key]))
    return sorted(out, key=lambda swap: swap[0])


def _junior_holders(
    dataset: Dataset, plan: Plan, settings: Settings, edits: Edits, admission: Admission
) -> dict[Pathway, str]:
    """Pathway -> smallest id of an unlocked junior holding it (valid ids and dates only)."""
    locked = {lock.employee_id for lock in edits.locks}
    holder: dict[Pathway, str] = {}
    for e in dataset.employees:
        p = plan.assignments.get(e.employee_id)
        if p is None or e.employee_id in locked or rules.is_senior(e, settings):
            continue
        role = admission.roles.get(p.role_id)
        cohort = None if p.cohort_id is None else admission.cohorts.get(p.cohort_id)
        if role is None or (p.cohort_id is not None and cohort is None):
            continue
        if admission.dates_ok(cohort, role) and (p not in holder or e.employee_id < holder[p]):
            holder[p] = e.employee_id
    return holder


def _first_swap(
    e: Employee,
    index: Index,
    admission: Admission,
    bans: tuple[Ban, ...],
    fitting: dict[tuple, Pathway | None],
) -> Pathway | None:
    """The first held pathway (in ``pathway_order``) that this person may take and is not banned."""
    best = None
    for by_site in fitting_classes(e, index, admission):
        p = _first_fitting(e, by_site, admission, bans, fitting)
        if p is not None and (best is None or pathway_order(p) < pathway_order(best)):
            best = p
    return best


def _first_fitting(
    e: Employee,
    by_site: dict[tuple, list[Pathway]],
    admission: Admission,
    bans: tuple[Ban, ...],
    fitting: dict[tuple, Pathway | None],
) -> Pathway | None:
    """First pathway of one requirement class whose sites fit the person and no ban forbids.

    Without bans the answer depends only on the person's site and mobility, so it is cached.
    """
    key = (id(by_site), e.site, e.mobile)
    if not bans and key in fitting:
        return fitting[key]
    best = None
    for paths in fitting_sites(e, by_site, admission):
        p = next((p for p in paths if not any(ban_matches(b, p) for b in bans)), None)
        if p is not None and (best is None or pathway_order(p) < pathway_order(best)):
            best = p
    if not bans:
        fitting[key] = best
    return best
