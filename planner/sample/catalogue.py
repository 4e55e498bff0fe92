"""Synthetic training sessions and open roles, sized against the number of agents.

The catalogue is shaped for optimizer benchmarks at every scale: seats total about half the
agents, openings about 60 %, and the budget covers about two thirds of filling every seat, so
seats, openings and money all bind and a little under half the people can be placed (measured
with planner.solve: 44-48 % at 500-1,000 agents).
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from planner.domain.levels import REMOTE
from planner.domain.records import Cohort, Role
from planner.domain.rules import cohort_end
from planner.sample.tracks import ROLE_TEMPLATES, SITES, TRACKS, RoleTemplate

SEAT_SHARE = 0.50
OPENING_SHARE = 0.60
BUDGET_SHARE = 0.65
MEAN_SEATS = 18
PEOPLE_PER_ROLE = 30
MIN_ITEMS = 12
FEEDER_PULL_BASE = 0.5
FEEDER_PULL = 10.0
FIRST_SESSION = date(2027, 1, 11)
FIRST_ROLE = date(2027, 3, 1)


def pick(rng: np.random.Generator, weights: list[float], count: int) -> np.ndarray:
    """``count`` template indices: each template once first (while count allows), then by weight.

    Without the first pass a small sample would miss whole tracks; with it every scale shows
    the full variety of the catalogue.
    """
    w = np.asarray(weights, dtype=float)
    distinct = min(count, len(w))
    first = np.argsort(-(np.log(w) + rng.gumbel(size=len(w))))[:distinct]
    rest = rng.choice(len(w), count - distinct, p=w / w.sum())
    return np.concatenate([first, rest]).astype(int)


def spread(rng: np.random.Generator, total: int, count: int, low: int, high: int) -> np.ndarray:
    """``count`` integers in [low, high] summing to about ``total``, varied around the mean."""
    w = rng.uniform(0.5, 1.5, count)
    return np.clip(np.round(total * w / w.sum()), low, high).astype(int)


def place(rng: np.random.Generator, remote_share: float, boost: dict[str, float]) -> str:
    """A site for a session or role: remote, or a city weighted by agents and any boost."""
    if rng.random() < remote_share:
        return REMOTE
    w = np.array([share * boost.get(site, 1.0) for site, share in SITES.items()])
    return list(SITES)[rng.choice(len(w), p=w / w.sum())]


def monday(rng: np.random.Generator, first: date, weeks: int, none_share: float) -> date | None:
    if rng.random() < none_share:
        return None
    return first + timedelta(weeks=int(rng.integers(0, weeks + 1)))


def round_to(value: float, step: int) -> int:
    return int(round(value / step) * step)


def cohorts(rng: np.random.Generator, n_people: int) -> tuple[Cohort, ...]:
    """Sessions of the tracks: about n/36 of them (at least 12), 10-30 seats each."""
    total = round(SEAT_SHARE * n_people)
    count = max(MIN_ITEMS, round(total / MEAN_SEATS))
    tracks = pick(rng, [t.weight for t in TRACKS], count)
    seats = spread(rng, total, count, 10, 30)
    width = max(4, len(str(count)))
    return tuple(
        session(rng, f"S{i + 1:0{width}d}", int(k), int(seats[i])) for i, k in enumerate(tracks)
    )


def session(rng: np.random.Generator, cohort_id: str, k: int, seats: int) -> Cohort:
    track = TRACKS[k]
    site = place(rng, track.remote_share, track.site_boost)
    fixed_high = 15_000 if site == REMOTE else 60_000
    fixed = 0 if rng.random() < 0.1 else round_to(rng.uniform(0, fixed_high), 1000)
    cost = min(25_000, max(3_000, round_to(track.cost * rng.uniform(0.85, 1.15), 100)))
    return Cohort(
        cohort_id=cohort_id,
        track=track.name,
        family=track.family,
        site=site,
        duration_weeks=track.weeks,
        seats=seats,
        cost_per_seat=float(cost),
        fixed_cost=float(fixed),
        min_size=int(rng.choice((0, 6, 8, 10), p=(0.2, 0.3, 0.3, 0.2))),
        start_date=monday(rng, FIRST_SESSION, 16, 0.1),
        prereq_languages=dict(track.prereq_languages),
        prereq_skills=dict(track.prereq_skills),
        min_education=track.min_education,
        grants_languages=dict(track.grants_languages),
        grants_skills=dict(track.grants_skills),
        provider=track.provider,
    )


def roles(
    rng: np.random.Generator, n_people: int, sessions: tuple[Cohort, ...]
) -> tuple[Role, ...]:
    """Open roles: about n/30 of them (at least 12), openings summing to about 60 % of n.

    Only kinds of role that some agents qualify for directly, or that a session of the
    catalogue leads to, are drawn; those reached through training start after a feeder
    session ends, as employers plan hires around the training calendar.
    """
    total = round(OPENING_SHARE * n_people)
    count = max(MIN_ITEMS, round(n_people / PEOPLE_PER_ROLE))
    feeders = {
        k: [c for c in sessions if c.track in t.feeders] for k, t in enumerate(ROLE_TEMPLATES)
    }
    usable = [k for k, t in enumerate(ROLE_TEMPLATES) if t.direct or feeders[k]]
    kinds = pick(rng, [demand(ROLE_TEMPLATES[k], feeders[k], sessions) for k in usable], count)
    openings = spread(rng, total, count, 2, 40)
    width = max(4, len(str(count)))
    return tuple(
        role(rng, f"P{i + 1:0{width}d}", usable[k], int(openings[i]), feeders[usable[k]])
        for i, k in enumerate(kinds)
    )


def demand(template: RoleTemplate, feeders: list[Cohort], sessions: tuple[Cohort, ...]) -> float:
    """Weight of a kind of role: its market share, raised where many seats train for it.

    Catalogues are built with employers: a track with many sessions exists because roles
    wait for its trainees, so openings follow seats.
    """
    seats = sum(c.seats for c in feeders) / max(1, sum(c.seats for c in sessions))
    return template.weight * (FEEDER_PULL_BASE + FEEDER_PULL * seats)


def role_start(
    rng: np.random.Generator, template: RoleTemplate, feeder: Cohort | None
) -> date | None:
    """Direct-reach roles may start early; trained-for roles start after their feeder ends."""
    if template.direct and (feeder is None or rng.random() < 0.4):
        if rng.random() < 0.3:  # an early start: only people already qualified can take it
            return monday(rng, date(2027, 1, 18), 5, 0.0)
        return monday(rng, FIRST_ROLE, 30, 0.08)
    end = cohort_end(feeder) if feeder is not None else None
    if end is None or rng.random() < 0.08:
        return None
    return end + timedelta(weeks=int(rng.integers(0, 13)))


def role(
    rng: np.random.Generator, role_id: str, k: int, openings: int, feeders: list[Cohort]
) -> Role:
    template = ROLE_TEMPLATES[k]
    feeder = feeders[int(rng.integers(len(feeders)))] if feeders else None
    start = role_start(rng, template, feeder)
    site = place(rng, template.remote_share, template.site_boost)
    if feeder is not None and feeder.site != REMOTE and site != REMOTE and rng.random() < 0.5:
        site = feeder.site  # employers often hire where the provider trains
    low, high = template.salary
    return Role(
        role_id=role_id,
        title=template.title,
        family=template.family,
        site=site,
        openings=openings,
        req_languages=dict(template.req_languages),
        req_skills=dict(template.req_skills),
        min_education=template.min_education,
        start_date=start,
        monthly_salary_mad=float(round_to(rng.uniform(low, high), 100)),
    )


def budget(sessions: tuple[Cohort, ...]) -> float:
    """About two thirds of the cost of filling every seat of every session."""
    full = sum(c.seats * c.cost_per_seat + c.fixed_cost for c in sessions)
    return float(round_to(BUDGET_SHARE * full, 10_000))
