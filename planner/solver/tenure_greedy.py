"""The tenure-ordered greedy of PRODUCT.md: the spreadsheet method every plan must place as many as.

People by tenure, longest first (ties by employee_id); each takes the first pathway that still has
an opening, a seat and budget: a direct move first (roles in sheet order), otherwise sessions in
sheet order, each followed by its first role in sheet order that is still open. Sessions left
under their minimum size are then cancelled, their people released, and the pass repeated for
everyone still unplaced (cancelled sessions excluded) until no session is under its minimum.
Each pass first gives every unplaced locked person their locked pathway when it still fits; a
lock that does not fit (or whose session was cancelled) is skipped and its person queues like
anyone. A banned pathway is skipped for the person the ban names. Money is counted in centimes,
as the optimizer counts it.

Almost every person's levels are unique, so answers cached per person would not be reused.
Instead admissibility is read per group: a role only matters through its (requirement class,
site), a session through its (entry class, site, grant class) and dates, and each class's answer
comes from ``planner.domain.admission`` (the rules, cached on the levels each rule reads). Within
a pass seats, openings and budget only shrink, so what is unavailable stays so: each group keeps
a pointer to its first available item that only moves forward, and empty groups drop out.
"""

from __future__ import annotations

from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from planner.domain import rules
from planner.domain.admission import Admission
from planner.domain.money import cents
from planner.domain.plan import Ban, Edits, Pathway, Plan, ban_matches
from planner.domain.records import Dataset, Employee

INF = 1 << 62  # "none": after every sheet index
NO_END = -1  # a session without a start date fits every role (rules.dates_fit)
NO_START = 1 << 30  # a role without a start date fits every session
NO_ROLE = -2  # latest start of a group with no open role: before every session end
NO_EDITS = Edits()


def tenure_order(dataset: Dataset) -> list[Employee]:
    """Longest tenure first, ties by employee_id: the order an HR person serves people in."""
    return sorted(dataset.employees, key=lambda e: (-e.tenure_years, e.employee_id))


def tenure_greedy(dataset: Dataset, edits: Edits = NO_EDITS) -> Plan:
    """The tenure-ordered greedy plan: every rule and ban obeyed, the same plan on every run."""
    state = _State(_Catalogue(dataset), edits)
    locks = state.cat.lock_indices(edits)
    order = tenure_order(dataset)
    while True:
        state.new_pass()
        waiting = [e for e in order if e.employee_id not in state.held]
        for e in waiting:
            if e.employee_id in locks:
                state.try_lock(e, *locks[e.employee_id])
        for e in waiting:
            if e.employee_id not in state.held:
                state.place(e)
        if not state.cancel_small():
            return state.plan()


def _budget_cents(budget: float | None) -> int | None:
    """The budget in whole centimes, rounded down: a plan within it is within the budget."""
    if budget is None:
        return None
    whole = cents(budget)
    return whole - 1 if whole / 100 > budget else whole


def _groups(keys: list[tuple]) -> tuple[list[tuple], list[list[int]]]:
    """Distinct keys in first-seen order, and the item indices of each, in sheet order."""
    ids: dict[tuple, int] = {}
    for key in keys:
        ids.setdefault(key, len(ids))
    members: list[list[int]] = [[] for _ in ids]
    for i, key in enumerate(keys):
        members[ids[key]].append(i)
    return list(ids), members


def _first_of(classes: dict[str, int], items, id_of) -> list:
    """The first item in sheet order of each class (classes are numbered 0, 1, ...)."""
    first = {classes[id_of(x)]: x for x in reversed(items)}
    return [first[k] for k in range(len(first))]


class _Catalogue:
    """Sessions and roles grouped by what admissibility reads, and the rules' answer per class.

    Role group: (requirement class, site). Session group: (entry class, site, grant index);
    grant index 0 is no session. Each class reads its own dimensions of a person's levels, as
    ``Admission`` keys its cache, so a class's answer is computed once per distinct reading.
    """

    def __init__(self, dataset: Dataset) -> None:
        adm = self.admission = Admission(dataset)
        self.cohorts, self.roles = cohorts, roles = dataset.cohorts, dataset.roles
        self.budget = _budget_cents(dataset.settings.budget_mad)
        self.cost = [cents(c.cost_per_seat) for c in cohorts]
        self.fixed = [cents(c.fixed_cost) for c in cohorts]
        self.start = [NO_START if r.start_date is None else r.start_date.toordinal() for r in roles]
        self.end = [NO_END if d is None else d.toordinal() for d in map(rules.cohort_end, cohorts)]
        grant = [adm.grant_class[c.cohort_id] + 1 for c in cohorts]
        self.grant, self.role_group = grant, [0] * len(roles)
        self.role_keys, self.role_groups = _groups(
            [(adm.need_class[r.role_id], r.site) for r in roles]
        )
        for group, members in enumerate(self.role_groups):
            for r in members:
                self.role_group[r] = group
        self.session_keys, self.session_groups = _groups(
            [(adm.entry_class[c.cohort_id], c.site, g) for c, g in zip(cohorts, grant, strict=True)]
        )
        self.session_grant = [key[2] for key in self.session_keys]
        self.need_role = _first_of(adm.need_class, roles, lambda r: r.role_id)
        self.entry_cohort = _first_of(adm.entry_class, cohorts, lambda c: c.cohort_id)
        self.grant_cohort = [None, *_first_of(adm.grant_class, cohorts, lambda c: c.cohort_id)]
        self.lists: dict[tuple, object] = {}
        self.answers: dict[tuple, object] = {}
        self._readers()

    def _readers(self) -> None:
        """One tuple of levels per person; per class, the getter of the levels it reads."""
        needs = [(r.req_languages, r.req_skills) for r in self.need_role]
        entries = [(c.prereq_languages, c.prereq_skills) for c in self.entry_cohort]
        self.dims = [sorted({x for req in needs + entries for x in req[i]}) for i in (0, 1)]
        at = {("l", x): i for i, x in enumerate(self.dims[0])}
        at.update({("s", x): len(at) + i for i, x in enumerate(self.dims[1])})

        def reader(languages, skills) -> itemgetter:
            return itemgetter(
                *[at["l", x] for x in languages], *[at["s", x] for x in skills], len(at)
            )

        self.need_read = [reader(*req) for req in needs]
        self.entry_read = [reader(*req) for req in entries]

    def answers_for(self, e: Employee) -> tuple[list[int], list[bool]]:
        """Per requirement class, bit g set when e meets it after grant index g; per entry
        class, whether e meets it (rules via ``Admission``, cached per reading)."""
        have_l, have_s = e.languages, e.skills
        levels = (
            *[have_l.get(x, 0) for x in self.dims[0]],
            *[have_s.get(x, 0) for x in self.dims[1]],
            e.education,
        )
        rows = []
        for n, (read, role) in enumerate(zip(self.need_read, self.need_role, strict=True)):
            row = self.answers.get(key := ("row", n, read(levels)))
            if row is None:
                ok = self.admission.role_levels_ok
                row = sum(1 << g for g, c in enumerate(self.grant_cohort) if ok(e, c, role))
                self.answers[key] = row
            rows.append(row)
        entries = []
        for k, (read, cohort) in enumerate(zip(self.entry_read, self.entry_cohort, strict=True)):
            ok = self.answers.get(key := ("entry", k, read(levels)))
            if ok is None:
                ok = self.answers[key] = self.admission.entry_levels_ok(e, cohort)
            entries.append(ok)
        return rows, entries

    def fitting(self, e: Employee) -> tuple[list, list]:
        """For e's site and mobility: [(class, role groups that fit)], same for sessions."""
        key = ("fit", e.site, e.mobile)
        if key not in self.lists:
            out: tuple[dict, dict] = ({}, {})
            for side, keys in enumerate((self.role_keys, self.session_keys)):
                for group, (cls, site, *_) in enumerate(keys):
                    if self.admission.site_ok(e, site):
                        out[side].setdefault(cls, []).append(group)
            self.lists[key] = ([*out[0].items()], [*out[1].items()])
        return self.lists[key]

    def items(self, kind: str, group: int, bound: int) -> list[int]:
        """Roles of a group a session ending at ``bound`` leads to (``after``), roles latest
        start first (``latest``), or sessions of a group ending by ``bound`` (``before``)."""
        key = (kind, group, bound)
        if key not in self.lists:
            if kind == "after":
                found = [r for r in self.role_groups[group] if bound <= self.start[r]]
            elif kind == "latest":
                found = sorted(self.role_groups[group], key=lambda r: -self.start[r])
            else:
                found = [c for c in self.session_groups[group] if self.end[c] <= bound]
            self.lists[key] = found
        return self.lists[key]

    def lock_indices(self, edits: Edits) -> dict[str, tuple[int | None, int]]:
        """Employee id -> (session index or None, role index) of their first lock, if known."""
        cohort = {c.cohort_id: i for i, c in enumerate(self.cohorts)}
        role = {r.role_id: i for i, r in enumerate(self.roles)}
        out: dict[str, tuple[int | None, int] | None] = {}
        for lock in edits.locks:
            cid, rid = lock.pathway.cohort_id, lock.pathway.role_id
            known = rid in role and (cid is None or cid in cohort)
            at = (None if cid is None else cohort[cid], role[rid]) if known else None
            out.setdefault(lock.employee_id, at)
        return {employee_id: at for employee_id, at in out.items() if at is not None}

    def banned(self, bans: list[Ban], c: int | None, r: int) -> bool:
        cid = None if c is None else self.cohorts[c].cohort_id
        pathway = Pathway(self.roles[r].role_id, cid)
        return any(ban_matches(ban, pathway) for ban in bans)


class _Person(NamedTuple):
    """One person's answers per class (``Catalogue.answers_for``, kept across passes), bans."""

    rows: list[int]
    entries: list[bool]
    bans: list[Ban]


class _View:
    """The groups that fit one site and mobility in this pass, and their latest open starts."""

    __slots__ = ("needs", "entries", "tops", "version")

    def __init__(self, fitting: tuple[list, list]) -> None:
        self.needs = [(n, list(groups)) for n, groups in fitting[0]]
        self.entries = [(k, list(groups)) for k, groups in fitting[1]]
        self.tops: list[tuple[int, int]] = []
        self.version = -1


class _State:
    """Seats, openings, budget and who holds what; per pass, pointers to first available items."""

    def __init__(self, cat: _Catalogue, edits: Edits) -> None:
        self.cat, self.bans = cat, {}
        for ban in edits.bans:
            self.bans.setdefault(ban.employee_id, []).append(ban)
        self.open = [r.openings for r in cat.roles]
        self.seats = [c.seats for c in cat.cohorts]  # a cancelled session has none left
        self.inside = [0] * len(cat.cohorts)
        self.budget = cat.budget
        self.held: dict[str, tuple[int | None, int]] = {}
        self.members: dict[int, list[str]] = {}
        self.people: dict[str, _Person] = {}

    def new_pass(self) -> None:
        self.views: dict[tuple, _View] = {}
        self.ptr: dict[tuple, list] = {}  # (kind, group, bound) -> [items, first available]
        groups = range(len(self.cat.role_groups))
        self.first_open, self.latest = [INF for _ in groups], [NO_ROLE for _ in groups]
        self.version = 0
        for group in groups:
            self.refresh(group)

    def refresh(self, group: int) -> None:
        """A group's first open role in sheet order and latest open start (after a fill)."""
        self.first_open[group] = self.head("after", group, NO_END)
        r = self.head("latest", group, 0)
        latest = NO_ROLE if r == INF else self.cat.start[r]
        if latest != self.latest[group]:
            self.latest[group], self.version = latest, self.version + 1

    def live(self, c: int) -> bool:
        """A seat left, and the budget for it (and for the fixed cost if the session is empty)."""
        if not self.seats[c]:
            return False
        fixed = 0 if self.inside[c] else self.cat.fixed[c]
        return self.budget is None or self.cat.cost[c] + fixed <= self.budget

    def head(self, kind: str, group: int, bound: int, skip=None) -> int:
        """First available item of a list (``Catalogue.items``) that ``skip`` does not refuse."""
        entry = self.ptr.get((kind, group, bound))
        if entry is None:
            entry = self.ptr[kind, group, bound] = [self.cat.items(kind, group, bound), 0]
        items, i = entry
        ok = self.live if kind == "before" else self.open.__getitem__
        while i < len(items) and not ok(items[i]):
            i += 1
        entry[1] = i
        if skip is None:
            return items[i] if i < len(items) else INF
        return next((x for x in islice(items, i, None) if ok(x) and not skip(x)), INF)

    def view(self, e: Employee) -> _View:
        """e's view, its role groups with no open role dropped and its latest starts current."""
        view = self.views.get(key := (e.site, e.mobile))
        if view is None:
            view = self.views[key] = _View(self.cat.fitting(e))
        if view.version != self.version:
            latest = self.latest
            needs = [(n, [g for g in gs if latest[g] != NO_ROLE]) for n, gs in view.needs]
            view.needs = [(n, gs) for n, gs in needs if gs]
            tops = [(max(map(latest.__getitem__, gs)), n) for n, gs in view.needs]
            view.tops, view.version = sorted(tops, reverse=True), self.version
        return view

    def first_role(self, p: _Person, view: _View, grant: int, end: int, c: int | None) -> int:
        """First open role in sheet order p may take after session c (grant index, end)."""
        bit, best, rows = 1 << grant, INF, p.rows
        if c is None and not p.bans:
            first_open = self.first_open.__getitem__
            for n, groups in view.needs:
                if rows[n] & 1:
                    best = min(best, *map(first_open, groups))
            return best
        skip = (lambda r: self.cat.banned(p.bans, c, r)) if p.bans else None
        for n, groups in view.needs:
            if rows[n] & bit:
                best = min(best, *(self.head("after", g, end, skip) for g in groups))
        return best

    def reach(self, p: _Person, view: _View) -> list[int]:
        """Per grant index, the latest start of an open role p may take after such a session."""
        reach, covered, rows = [NO_ROLE] * len(self.cat.grant_cohort), 1, p.rows
        for top, n in view.tops:
            new = rows[n] & ~covered
            covered |= new
            while new:
                low = new & -new
                reach[low.bit_length() - 1] = top
                new ^= low
        return reach

    def first_session(self, p: _Person, view: _View) -> int:
        """First session in sheet order p may enter that leads to a role p may take.

        Session groups with nothing available leave the view for the rest of the pass."""
        reach, cat, best, dead = self.reach(p, view), self.cat, INF, set()
        skip = None
        if p.bans:
            skip = lambda c: self.first_role(p, view, cat.grant[c], cat.end[c], c) == INF  # noqa: E731
        for k, groups in view.entries:
            if not p.entries[k]:
                continue
            for group in groups:
                start = reach[cat.session_grant[group]]
                c = INF if start == NO_ROLE else self.head("before", group, start, skip)
                if c < best:
                    best = c
                elif c == INF and self.head("before", group, NO_START) == INF:
                    dead.add(group)
        if dead:
            entries = [(k, [g for g in groups if g not in dead]) for k, groups in view.entries]
            view.entries = [(k, groups) for k, groups in entries if groups]
        return best

    def place(self, e: Employee) -> None:
        p = self.people.get(e.employee_id)
        if p is None:
            bans = self.bans.get(e.employee_id, [])
            p = self.people[e.employee_id] = _Person(*self.cat.answers_for(e), bans)
        view = self.view(e)
        r = self.first_role(p, view, 0, NO_END, None)
        if r != INF:
            return self.take(e.employee_id, None, r)
        c = self.first_session(p, view)
        if c != INF:
            r = self.first_role(p, view, self.cat.grant[c], self.cat.end[c], c)
            self.take(e.employee_id, c, r)

    def try_lock(self, e: Employee, c: int | None, r: int) -> None:
        """Take a locked pathway if the rules, the bans, seats, openings and budget allow it."""
        cohort, bans = None if c is None else self.cat.cohorts[c], self.bans.get(e.employee_id, [])
        fits = self.open[r] and (c is None or self.live(c)) and not self.cat.banned(bans, c, r)
        if fits and self.cat.admission.admissible(e, cohort, self.cat.roles[r]):
            self.take(e.employee_id, c, r)

    def take(self, employee_id: str, c: int | None, r: int) -> None:
        self.open[r] -= 1
        if not self.open[r]:
            self.refresh(self.cat.role_group[r])
        if c is not None:
            if self.budget is not None:
                self.budget -= self.cat.cost[c] + (0 if self.inside[c] else self.cat.fixed[c])
            self.inside[c] += 1
            self.seats[c] -= 1
            self.members.setdefault(c, []).append(employee_id)
        self.held[employee_id] = (c, r)

    def cancel_small(self) -> bool:
        """Cancel every session under its minimum size, releasing its people; False if none."""
        small = [c for c, n in enumerate(self.inside) if 0 < n < self.cat.cohorts[c].min_size]
        for c in small:
            for employee_id in self.members.pop(c):
                self.open[self.held.pop(employee_id)[1]] += 1
            if self.budget is not None:
                self.budget += self.cat.cost[c] * self.inside[c] + self.cat.fixed[c]
            self.inside[c] = self.seats[c] = 0
        return bool(small)

    def plan(self) -> Plan:
        cid = [c.cohort_id for c in self.cat.cohorts]
        rid = [r.role_id for r in self.cat.roles]
        return Plan(
            {e: Pathway(rid[r], None if c is None else cid[c]) for e, (c, r) in self.held.items()}
        )
