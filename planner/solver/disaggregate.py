"""Splitting counted people into concrete sessions and roles.

The model decides how many people go through each session group and role group; here a
group is split into its sessions (each running session at least its minimum size, previous
sessions kept where possible) and a role group into its roles.
"""

from __future__ import annotations

from collections import defaultdict

from planner.domain.plan import Edits


def split_sizes(total: int, running: int, seats: int, min_size: int) -> list[int]:
    """Sizes of ``running`` sessions holding ``total`` people, each in [max(min,1), seats]."""
    sizes = [min(max(min_size, 1), seats)] * running
    rest = total - sum(sizes)
    for s in range(running):
        add = min(rest, seats - sizes[s])
        sizes[s] += add
        rest -= add
    return sizes


def place_in_units(
    people: list[int], units: list[int], capacity: list[int], previous: dict[int, int]
) -> dict[int, int]:
    """Seat people in concrete sessions/roles: previous unit first, then in order."""
    room = dict(zip(units, capacity, strict=True))
    placed: dict[int, int] = {}
    for i in people:
        u = previous.get(i)
        if u in room and room[u] > 0:
            placed[i] = u
            room[u] -= 1
    cursor = 0
    for i in people:
        if i in placed:
            continue
        while room[units[cursor]] == 0:
            cursor += 1
        placed[i] = units[cursor]
        room[units[cursor]] -= 1
    return placed


def split_group(group, running: int | None, people: list[int], prev: dict[int, int]):
    n = len(people)
    m = running if running is not None else -(-n // max(group.seats, 1))
    wanted = defaultdict(int)
    for i in people:
        if prev.get(i) in group.cohorts:
            wanted[prev[i]] += 1
    chosen = sorted(group.cohorts, key=lambda c: (-wanted[c], c))[:m]
    sizes = split_sizes(n, m, group.seats, group.min_size)
    return place_in_units(people, chosen, sizes, prev)


def previous_units(ds, edits: Edits) -> tuple[dict[int, int], dict[int, int]]:
    """Previous (and locked) session and role of each person, as dataset indices."""
    pos = {e.employee_id: i for i, e in enumerate(ds.employees)}
    cidx = {c.cohort_id: i for i, c in enumerate(ds.cohorts)}
    ridx = {r.role_id: i for i, r in enumerate(ds.roles)}
    chosen = dict(edits.previous or {})
    chosen.update({lk.employee_id: lk.pathway for lk in edits.locks})
    prev_c, prev_r = {}, {}
    for emp, pw in chosen.items():
        if emp not in pos:
            continue
        if pw.cohort_id in cidx:
            prev_c[pos[emp]] = cidx[pw.cohort_id]
        if pw.role_id in ridx:
            prev_r[pos[emp]] = ridx[pw.role_id]
    return prev_c, prev_r
