"""Sessions and budget of a shape-parameterised workbook, and the draws roles share with them.

Counts and totals come straight from the shape (people per session row, seats per person,
budget as a multiple of filling every seat). Session sites lean less to the big cities than
the people do, so site fit and mobility matter. Each session draws its uniforms up front
from its own stream, so a knob (remote share, minimum-size share) flips the sessions it
governs and leaves every other attribute as it was.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np

from planner.domain.levels import REMOTE
from planner.domain.records import Cohort
from planner.sample.shape_people import Population
from planner.sample.shape_tracks import TrackSpec
from planner.sample.shape_vocab import pick, stream

PLAN_START = date(2026, 9, 7)  # the first Monday after the canvassing ban takes effect
SESSION_WEEKS = 30  # sessions start within this many weeks of the plan start


def spread_total(rng: np.random.Generator, total: float, count: int, sigma: float) -> np.ndarray:
    """``count`` positive integers summing to about ``total``, log-normally uneven."""
    w = rng.lognormal(0.0, sigma, count)
    return np.maximum(1, np.rint(total * w / w.sum())).astype(int)


def place(u_remote: float, u_city: float, remote_share: float, pop: Population) -> str:
    """Remote, or a city; cities are weighted flatter than people, as providers go everywhere."""
    if u_remote < remote_share:
        return REMOTE
    return pop.cities[pick(pop.site_weights**0.6, u_city)]


def monday(start: date, weeks: int | float) -> date:
    return start + timedelta(weeks=int(weeks))


def session_tracks(seed: int, specs: list[TrackSpec], count: int) -> np.ndarray:
    """Each track once, then by a per-seed mix (some tracks have many sessions, most few)."""
    rng = stream(seed, "session tracks")
    mix = rng.dirichlet(np.full(len(specs), 0.8))
    rest = rng.choice(len(specs), count - len(specs), p=mix)
    return np.concatenate([rng.permutation(len(specs)), rest]).astype(int)


def sessions(seed: int, pop: Population, shape, specs: list[TrackSpec]) -> tuple[Cohort, ...]:
    """One session per ``shape.people_per_session`` people; seats total seats_per_person x n."""
    count = max(len(specs), round(pop.size / shape.people_per_session))
    seats = spread_total(stream(seed, "seats"), shape.seats_per_person * pop.size, count, 0.5)
    width = max(4, len(str(count)))
    kinds = session_tracks(seed, specs, count)
    return tuple(
        session(
            stream(seed, "session", i), f"S{i + 1:0{width}d}", specs[k], int(seats[i]), shape, pop
        )
        for i, k in enumerate(kinds)
    )


def session(rng, cohort_id: str, spec: TrackSpec, seats: int, shape, pop: Population) -> Cohort:
    u = rng.random(10)
    site = place(u[0], u[1], shape.remote_share, pop)
    cost = round(spec.cost * (0.8 + 0.45 * u[2]) / 50) * 50
    fixed = 0.0
    if u[3] < shape.fixed_cost_share:
        scale = shape.fixed_cost_scale * (0.5 if site == REMOTE else 1.0)
        fixed = round(scale * seats * cost * (0.5 + u[4]), -3)
    minimum = 0
    if u[5] < shape.min_size_share:
        minimum = min(seats, max(2, math.ceil(seats * (0.3 + 0.5 * u[6]))))
    start = monday(PLAN_START, 1 + u[8] * SESSION_WEEKS) if u[7] >= shape.undated_sessions else None
    return Cohort(
        cohort_id=cohort_id,
        track=spec.name,
        family=spec.family,
        site=site,
        duration_weeks=spec.weeks,
        seats=seats,
        cost_per_seat=float(cost),
        fixed_cost=float(fixed),
        min_size=minimum,
        start_date=start,
        prereq_languages=dict(spec.prereq_languages),
        prereq_skills=dict(spec.prereq_skills),
        min_education=spec.min_education,
        grants_languages=dict(spec.grants_languages),
        grants_skills=dict(spec.grants_skills),
        provider=spec.provider,
    )


def budget(cohorts: tuple[Cohort, ...], multiple: float | None) -> float | None:
    """``multiple`` times the cost of filling every seat of every session; None: no limit."""
    if multiple is None:
        return None
    full = sum(c.seats * c.cost_per_seat + c.fixed_cost for c in cohorts)
    return float(round(multiple * full, -3))
