"""Describe synthetic instances: catalogue size, capacities, budget and admissibility.

Usage: python benchmarks/describe_sample.py [N ...] [--seed S]

For each size it prints the generation time (median of 3), the number of sessions, roles,
seats, openings, the budget against the full seat cost, and how many people have at least one
admissible pathway (planner.rules.is_admissible). People are deduplicated on the part of their
profile that the catalogue can see: levels floored to the thresholds actually used, and site
dropped for mobile people — exact for admissibility, and far fewer checks.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.domain.records import Dataset, Employee
from planner.domain.rules import cohort_end, entry_misses, is_admissible, role_misses
from planner.sample.synthetic import generate


def thresholds(dataset: Dataset) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """Every level used by a requirement, per language and per skill code."""
    langs: dict[str, set[int]] = defaultdict(set)
    skills: dict[str, set[int]] = defaultdict(set)
    for c in dataset.cohorts:
        for code, lvl in c.prereq_languages.items():
            langs[code].add(lvl)
        for code, lvl in c.prereq_skills.items():
            skills[code].add(lvl)
    for r in dataset.roles:
        for code, lvl in r.req_languages.items():
            langs[code].add(lvl)
        for code, lvl in r.req_skills.items():
            skills[code].add(lvl)
    return langs, skills


def floor_levels(levels, used: dict[str, set[int]]) -> dict[str, int]:
    out = {}
    for code, lvl in levels.items():
        kept = max((t for t in used.get(code, ()) if t <= lvl), default=0)
        if kept:
            out[code] = kept
    return out


def profile_key(e: Employee, langs, skills) -> Employee:
    """A representative employee that is admissible exactly where ``e`` is."""
    return Employee(
        "profile",
        "*" if e.mobile else e.site,
        0.0,
        floor_levels(e.languages, langs),
        floor_levels(e.skills, skills),
        e.education,
        e.mobile,
    )


def freeze(e: Employee) -> tuple:
    return (
        e.site,
        e.mobile,
        e.education,
        tuple(sorted(e.languages.items())),
        tuple(sorted(e.skills.items())),
    )


def class_reps(items, key, better) -> list:
    """One representative per class of interchangeable sessions or roles.

    Sessions with the same site, prerequisites and grants differ only by dates: the one that
    ends first stands for the class; among roles alike, the one that starts last (or has no
    date). A pathway exists through a class pair exactly when it exists through the pair of
    representatives, so admissibility stays exact with far fewer checks.
    """
    reps: dict = {}
    for item in items:
        k = key(item)
        if k not in reps or better(item, reps[k]):
            reps[k] = item
    return list(reps.values())


def levels_key(levels) -> tuple:
    return tuple(sorted(levels.items()))


def cohort_classes(dataset: Dataset) -> list:
    def key(c):
        return (
            c.site,
            levels_key(c.prereq_languages),
            levels_key(c.prereq_skills),
            c.min_education,
            levels_key(c.grants_languages),
            levels_key(c.grants_skills),
        )

    def ends_first(a, b):
        end_a, end_b = cohort_end(a), cohort_end(b)
        return end_b is not None and (end_a is None or end_a < end_b)

    return class_reps(dataset.cohorts, key, ends_first)


def role_classes(dataset: Dataset) -> list:
    def key(r):
        return (r.site, levels_key(r.req_languages), levels_key(r.req_skills), r.min_education)

    def starts_last(a, b):
        return b.start_date is not None and (a.start_date is None or a.start_date > b.start_date)

    return class_reps(dataset.roles, key, starts_last)


def has_pathway(e: Employee, cohorts: list, roles: list) -> bool:
    if any(not role_misses(e, r) for r in roles):
        return True
    enterable = [c for c in cohorts if not entry_misses(e, c)]
    return any(is_admissible(e, c, r) for c in enterable for r in roles)


def admissible_count(dataset: Dataset) -> tuple[int, int]:
    """(people with an admissible pathway, distinct profiles checked)."""
    langs, skills = thresholds(dataset)
    groups: Counter = Counter()
    reps: dict[tuple, Employee] = {}
    for e in dataset.employees:
        rep = profile_key(e, langs, skills)
        key = freeze(rep)
        groups[key] += 1
        reps.setdefault(key, rep)
    cohorts, roles = cohort_classes(dataset), role_classes(dataset)
    ok = sum(count for key, count in groups.items() if has_pathway(reps[key], cohorts, roles))
    return ok, len(groups)


def describe(n: int, seed: int) -> None:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        dataset = generate(n, seed)
        times.append(time.perf_counter() - start)
    seats = sum(c.seats for c in dataset.cohorts)
    openings = sum(r.openings for r in dataset.roles)
    full = sum(c.seats * c.cost_per_seat + c.fixed_cost for c in dataset.cohorts)
    start = time.perf_counter()
    ok, profiles = admissible_count(dataset)
    check = time.perf_counter() - start
    budget = dataset.settings.budget_mad or 0.0
    print(
        f"n={n:>6} gen={statistics.median(times):.2f}s cohorts={len(dataset.cohorts)} "
        f"roles={len(dataset.roles)} seats={seats} ({seats / n:.0%}) openings={openings} "
        f"({openings / n:.0%}) budget={budget:,.0f} MAD ({budget / full:.0%} of full seats) "
        f"admissible={ok} ({ok / n:.0%}; {profiles} profiles, {check:.1f}s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[500, 5000, 20000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for n in args.sizes:
        describe(n, args.seed)


if __name__ == "__main__":
    main()
