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

from planner.check.admission import Admission, ban_matches
from planner.domain import rules
from planner.domain.plan import Ban, Edits, Pathway, Plan
from planner.domain.records import Cohort, Dataset, Employee, Role, Settings

NO_EDITS = Edits()
Swap = tuple[str, str, Pathway]  # (senior id, junior id, pathway the senior could take)


def _order(p: Pathway) -> tuple[str, str]:
    """Direct moves first, then by session id, then role id."""
    return (p.cohort_id or "", p.role_id)


def senior_swap_violations(dataset: Dataset, plan: Plan, settings: Settings | None = None,
                           edits: Edits = NO_EDITS) -> list[Swap]:
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
        key = (_profile(e), mine)
        if key not in seen:
            seen[key] = _first_swap(e, index, admission, mine, fitting)
        if seen[key] is not None:
            out.append((e.employee_id, holder[seen[key]], seen[key]))
    return sorted(out, key=lambda swap: swap[0])


def _profile(e: Employee) -> tuple:
    """Everything the rules read from a person."""
    return (e.site, e.mobile, tuple(sorted(e.languages.items())),
            tuple(sorted(e.skills.items())), e.education)


def _junior_holders(dataset: Dataset, plan: Plan, settings: Settings, edits: Edits,
                    admission: Admission) -> dict[Pathway, str]:
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


# cohort class -> (a session of it, role class -> (a role of it, (site, site) -> pathways))
Index = dict[tuple, tuple[Cohort | None, dict[int, tuple[Role, dict[tuple, list[Pathway]]]]]]


def held_index(holder: dict[Pathway, str], admission: Admission) -> Index:
    """Group held pathways by requirement classes, then by the sites of session and role."""
    index: Index = {}
    for p in sorted(holder, key=_order):
        cohort = None if p.cohort_id is None else admission.cohorts[p.cohort_id]
        role = admission.roles[p.role_id]
        ckey = (None if cohort is None else
                (admission.entry_class[cohort.cohort_id], admission.grant_class[cohort.cohort_id]))
        _, by_role = index.setdefault(ckey, (cohort, {}))
        _, by_site = by_role.setdefault(admission.need_class[role.role_id], (role, {}))
        sites = (None if cohort is None else cohort.site, role.site)
        by_site.setdefault(sites, []).append(p)
    return index


def _first_swap(e: Employee, index: Index, admission: Admission, bans: tuple[Ban, ...],
                fitting: dict[tuple, Pathway | None]) -> Pathway | None:
    """The first held pathway (in ``_order``) that this person may take and is not banned."""
    best = None
    for by_site in fitting_classes(e, index, admission):
        p = _first_fitting(e, by_site, admission, bans, fitting)
        if p is not None and (best is None or _order(p) < _order(best)):
            best = p
    return best


def fitting_classes(e: Employee, index: Index, admission: Admission):
    """The held pathways (by site pair) of each requirement class whose levels e meets."""
    for cohort, by_role in index.values():
        if cohort is not None and not admission.entry_levels_ok(e, cohort):
            continue
        for role, by_site in by_role.values():
            if admission.role_levels_ok(e, cohort, role):
                yield by_site


def fitting_sites(e: Employee, by_site: dict[tuple, list[Pathway]], admission: Admission):
    """The lists of held pathways whose session and role sites fit e."""
    for (csite, rsite), paths in by_site.items():
        if (csite is None or admission.site_ok(e, csite)) and admission.site_ok(e, rsite):
            yield paths


def _first_fitting(e: Employee, by_site: dict[tuple, list[Pathway]], admission: Admission,
                   bans: tuple[Ban, ...], fitting: dict[tuple, Pathway | None]) -> Pathway | None:
    """First pathway of one requirement class whose sites fit the person and no ban forbids.

    Without bans the answer depends only on the person's site and mobility, so it is cached.
    """
    key = (id(by_site), e.site, e.mobile)
    if not bans and key in fitting:
        return fitting[key]
    best = None
    for paths in fitting_sites(e, by_site, admission):
        p = next((p for p in paths if not any(ban_matches(b, p) for b in bans)), None)
        if p is not None and (best is None or _order(p) < _order(best)):
            best = p
    if not bans:
        fitting[key] = best
    return best
