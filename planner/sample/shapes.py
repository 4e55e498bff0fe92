"""A family of workbook shapes for benchmarking the planner beyond one generator's habits.

HR workbooks differ in how diverse the agents are, how many people a session or role row
stands for, how scarce seats, openings and money are, how many sessions have minimum sizes
and opening costs, how far requirements sit above the people, where things happen and when.
``Shape`` names those knobs; ``generate_shape(n, shape, seed)`` draws a valid dataset for
them (deterministic per seed); ``SHAPES`` is the grid the solver benchmark runs, each shape
varying one or two knobs around three baselines, plus adversarial corners.

The people and catalogue are drawn from distributions chosen to differ from
``planner.sample.synthetic`` (a latent aptitude, seniors less schooled, flatter session
sites, requirements set as population quantiles), so a result that holds on both is a result
about the planner, not about one generator.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from planner.domain.records import Dataset, Settings
from planner.sample import shape_catalogue, shape_people, shape_roles, shape_tracks
from planner.sample.shape_catalogue import PLAN_START

__all__ = ["PLAN_START", "SHAPES", "Shape", "generate_shape"]


@dataclass(frozen=True, slots=True)
class Shape:
    """The knobs of a workbook shape; the defaults are the "mid" baseline."""

    skill_codes: int = 10  # distinct skill codes (1-40); tracks scale with them
    level_spread: float = 1.0  # spread of levels around their mean (0.3 = alike, 2 = varied)
    languages: int = 3  # foreign languages beside French and Arabic (0-8)
    foreign_share: float = 0.5  # how common foreign languages are (English ~1.4x this)
    people_per_session: float = 120.0  # one session row per this many people
    people_per_role: float = 60.0  # one role row per this many people
    seats_per_person: float = 0.4  # total seats / people
    openings_per_person: float = 0.5  # total openings / people
    budget_multiple: float | None = 0.5  # budget / cost of filling every seat; None: no limit
    min_size_share: float = 0.4  # share of sessions with a minimum size (30-80 % of seats)
    fixed_cost_share: float = 0.4  # share of sessions with an opening cost
    fixed_cost_scale: float = 0.3  # opening cost / cost of a full session's seats
    severity: float = 0.0  # requirements above the people: 0 at them, 1 a notch, 3 far
    undated_roles: float = 0.1  # share of roles with no start date
    undated_sessions: float = 0.0  # share of sessions with no start date
    remote_share: float = 0.15  # share of sessions and roles that are remote
    mobile_share: float = 0.15  # share of people who accept another city
    sites: int = 7  # cities with agents (1-24)
    site_skew: float = 1.0  # 0: agents spread evenly over cities; 1.5: piled in the first
    direct_share: float = 0.3  # share of roles open without training
    date_cut: float = 0.2  # share of roles starting before some feeder sessions end
    senior_share: float = 0.2  # share of people with 10+ years of tenure

    def track_count(self, n_sessions: int) -> int:
        """Tracks grow with the skill codes, and never outnumber the sessions."""
        return max(1, min(n_sessions, int(np.clip(round(3 + self.skill_codes / 2), 5, 24))))


MID = Shape()
BIG = Shape(
    people_per_session=300.0,
    people_per_role=150.0,
    sites=4,
    site_skew=1.5,
    remote_share=0.3,
    mobile_share=0.25,
    seats_per_person=0.5,
    openings_per_person=0.6,
)
SMALL = Shape(
    people_per_session=50.0,
    people_per_role=25.0,
    sites=12,
    site_skew=0.6,
    mobile_share=0.1,
    remote_share=0.05,
    seats_per_person=0.3,
    openings_per_person=0.35,
    min_size_share=0.6,
)


# Named so that benchmark tables read as what they stress; each varies one or two knobs of a
# baseline (mid, big: few large rows, small: many small shops) or is an adversarial corner.
SHAPES: dict[str, Shape] = {
    "mid": MID,
    "big": BIG,
    "small": SMALL,
    "mid_scarce_seats": replace(MID, seats_per_person=0.08),
    "mid_plenty_seats": replace(MID, seats_per_person=1.2, openings_per_person=1.2),
    "mid_scarce_openings": replace(MID, openings_per_person=0.1),
    "mid_budget_0.2": replace(MID, budget_multiple=0.2),
    "mid_budget_0.3": replace(MID, budget_multiple=0.3),
    "mid_budget_1": replace(MID, budget_multiple=1.0),
    "mid_budget_2": replace(MID, budget_multiple=2.0),
    "mid_no_budget": replace(MID, budget_multiple=None),
    "mid_min_sizes": replace(MID, min_size_share=1.0, fixed_cost_share=1.0, fixed_cost_scale=1.5),
    "mid_no_min_sizes": replace(MID, min_size_share=0.0, fixed_cost_share=0.0),
    "mid_lenient": replace(MID, severity=-1.0),
    "mid_severe": replace(MID, severity=1.5),
    "mid_far_above": replace(MID, severity=3.0),
    "mid_all_remote": replace(MID, remote_share=1.0),
    "mid_nobody_mobile": replace(MID, mobile_share=0.0, remote_share=0.0),
    "mid_many_sites": replace(MID, sites=24, site_skew=0.3),
    "mid_one_site": replace(MID, sites=1),
    "mid_diverse": replace(MID, skill_codes=40, level_spread=2.0, languages=8),
    "mid_alike": replace(MID, skill_codes=4, level_spread=0.3, languages=1),
    "mid_undated": replace(MID, undated_roles=0.8, undated_sessions=0.6),
    "mid_dates_cut": replace(MID, date_cut=0.9, undated_roles=0.0),
    "mid_all_direct": replace(MID, direct_share=1.0),
    "mid_no_direct": replace(MID, direct_share=0.0),
    "mid_fine_rows": replace(MID, people_per_session=50.0, people_per_role=25.0),
    "mid_seniors": replace(MID, senior_share=0.5),
    "big_budget_0.2": replace(BIG, budget_multiple=0.2),
    "big_diverse": replace(BIG, skill_codes=40, level_spread=2.0, languages=8),
    "big_dates_cut": replace(BIG, date_cut=0.9, undated_roles=0.0),
    "small_min_sizes": replace(
        SMALL, min_size_share=1.0, fixed_cost_share=1.0, fixed_cost_scale=1.5
    ),
    "small_scarce_seats": replace(SMALL, seats_per_person=0.08),
    "small_severe": replace(SMALL, severity=1.5),
    "small_nobody_mobile": replace(SMALL, mobile_share=0.0, remote_share=0.0),
    "adversarial": replace(
        SMALL,
        seats_per_person=0.15,
        budget_multiple=0.3,
        min_size_share=0.9,
        fixed_cost_share=0.9,
        fixed_cost_scale=1.0,
        skill_codes=30,
        level_spread=1.8,
        languages=6,
        date_cut=0.7,
        sites=20,
        mobile_share=0.05,
    ),
}


def generate_shape(n_employees: int, shape: Shape, seed: int) -> Dataset:
    """A valid dataset of ``n_employees`` agents drawn for ``shape``, the same for a seed.

    Every block of draws (a column of people, a session, a role) has its own stream of the
    seed (``shape_vocab.stream``), so a knob changes only what it governs: ``mid`` and
    ``mid_all_remote`` hold the same people, sessions and roles; only the sites differ (and
    the opening costs, lower for remote sessions).
    """
    if n_employees < 1:
        raise ValueError(f"n_employees must be at least 1, got {n_employees}")
    pop = shape_people.population(seed, n_employees, shape)
    n_sessions = max(3, round(n_employees / shape.people_per_session))
    specs = shape_tracks.tracks(seed, pop, shape, shape.track_count(n_sessions))
    cohorts = shape_catalogue.sessions(seed, pop, shape, specs)
    roles = shape_roles.roles(seed, pop, shape, specs, cohorts)
    wishes = shape_people.draw_wishes(seed, pop, [(s.name, s.family) for s in specs])
    settings = Settings(
        budget_mad=shape_catalogue.budget(cohorts, shape.budget_multiple),
        plan_start_date=PLAN_START,
        seniority_years=10.0,
    )
    employees = shape_people.employees(seed, pop, wishes)
    return Dataset(employees=employees, cohorts=cohorts, roles=roles, settings=settings)
