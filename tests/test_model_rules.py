"""Each business rule of the CP-SAT model (``planner.solver.model``) tested as a unit.

The model is built as the solver builds it (``prepare`` -> ``build_hub_net`` ->
``build_hub_model``) on datasets of a person or three, small enough to read the answer. Per
rule, named after ``planner.domain.rules``: a feasible case (maximising placed, the sum of x1
and xp, reaches the expected count), an infeasible case (forcing what the rule forbids makes
CP-SAT answer INFEASIBLE) and an alternative case (the model takes the other admissible
option when the first is full, closed or out of reach). The pattern is the rostering example
of the CP-SAT Primer (examples/tdd): one small named unit per rule, three cases at least.

Locked people are constants of the model, not variables, so "placed" here counts free people.
"""

from __future__ import annotations

from datetime import timedelta

from ortools.sat.python import cp_model

from planner.domain import rules
from planner.domain.plan import Ban, Edits, Pathway
from planner.solver.model import HubModel, build_hub_model
from planner.solver.network import build_hub_net
from planner.solver.prepare import prepare
from tests.solve_fixtures import B1, MONDAY, NO_EDITS, emp, lock, rol, ses, world

EN = {"en": B1}
CASES = ("feasible", "infeasible", "alternative")
# One person per city: three hubs and three ladders, so a remote session or role is reached
# by three arcs and only the rule on their sum (not an arc's own bound) limits them.
CITIES = [emp("E1", "Rabat"), emp("E2", "Fès"), emp("E3", "Tanger")]


def model_of(dataset, edits: Edits = NO_EDITS) -> HubModel:
    """The model exactly as the solver builds it, budget from the settings."""
    net = build_hub_net(prepare(dataset, edits), edits)
    return build_hub_model(net, dataset.settings.budget_mad)


def placed(hm: HubModel):
    """The first objective tier: free people placed (x1 arcs of person types, xp paths)."""
    return hm.lin.sum(hm.x1 + hm.xp)


def session(hm: HubModel, cohort_id: str):
    """People in the session group of ``cohort_id`` (locked people included)."""
    cohorts = [c.cohort_id for c in hm.net.prep.dataset.cohorts]
    return hm.people_in[int(hm.net.prep.catalogue.session_of_cohort[cohorts.index(cohort_id)])]


def role(hm: HubModel, role_id: str):
    """People into the role group of ``role_id``: ladder arcs, banned people's paths, locks."""
    net = hm.net
    roles = [r.role_id for r in net.prep.dataset.roles]
    h = int(net.prep.catalogue.group_of_role[roles.index(role_id)])
    xs = [hm.x4[a] for a, (_, g) in enumerate(net.a4) if g == h]
    xs += [x for x, p in zip(hm.xp, net.paths, strict=True) if p[2] == h]
    return hm.lin.sum(xs) + sum(1 for _, g in net.locked.values() if g == h)


def _solver() -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = 5.0
    return solver


def most_placed(hm: HubModel) -> cp_model.CpSolver:
    """CP-SAT's optimum of placed; the solver is returned to read values of that plan."""
    hm.model.maximize(placed(hm))
    solver = _solver()
    assert solver.solve(hm.model) == cp_model.OPTIMAL
    return solver


def status(hm: HubModel) -> int:
    return _solver().solve(hm.model)


def week(n: int):
    return MONDAY + timedelta(weeks=n)


# --- one_pathway: a person type sends out at most its people; a banned person one path ------


def _two_people_three_pathways() -> HubModel:
    """E1 and E2, one person type with three hubs: direct to R2, C1 then R1, C1 then R2."""
    cohorts = [ses("C1", grants=EN)]
    roles = [rol("R1", langs=EN, openings=5), rol("R2", openings=5)]
    return model_of(world([emp("E1"), emp("E2")], cohorts, roles))


def test_one_pathway_feasible_a_person_type_sends_out_its_people_once():
    hm = _two_people_three_pathways()
    assert len(hm.net.members) == 1 and len(hm.x1) == 3
    assert most_placed(hm).objective_value == 2


def test_one_pathway_infeasible_more_pathways_than_people():
    hm = _two_people_three_pathways()
    hm.model.add(placed(hm) >= 3)
    assert status(hm) == cp_model.INFEASIBLE


def test_one_pathway_infeasible_a_banned_person_on_two_paths():
    edits = Edits(bans=(Ban("E1", role_id="R3"),))
    hm = model_of(world([emp("E1")], [], [rol("R1"), rol("R2", "remote"), rol("R3", "Fès")]), edits)
    assert len(hm.xp) == 2  # R1 and R2 stay open to E1
    hm.model.add(placed(hm) >= 2)
    assert status(hm) == cp_model.INFEASIBLE


def test_one_pathway_alternative_the_second_person_takes_the_other_role():
    hm = model_of(
        world([emp("E1"), emp("E2")], [], [rol("R1", openings=1), rol("R2", "remote", 1)])
    )
    solver = most_placed(hm)
    assert solver.objective_value == 2
    assert solver.value(role(hm, "R1")) == 1 and solver.value(role(hm, "R2")) == 1


# --- entry_requirements: a session's prerequisites decide who enters it ----------------------


def test_entry_requirements_feasible_the_prerequisite_is_met():
    cohorts = [ses("C1", prereq={"fr": B1}, grants=EN)]
    hm = model_of(world([emp("E1", langs={"fr": B1})], cohorts, [rol("R1", langs=EN)]))
    solver = most_placed(hm)
    assert solver.objective_value == 1 and solver.value(session(hm, "C1")) == 1


def test_entry_requirements_infeasible_the_prerequisite_is_missed():
    cohorts = [ses("C1", prereq={"fr": B1}, grants=EN)]
    hm = model_of(world([emp("E1", langs={"fr": 2})], cohorts, [rol("R1", langs=EN)]))
    assert hm.net.unplaceable == [0]
    hm.model.add(placed(hm) >= 1)
    assert status(hm) == cp_model.INFEASIBLE


def test_entry_requirements_alternative_the_session_without_the_prerequisite():
    cohorts = [ses("C1", prereq={"fr": B1}, grants=EN), ses("C2", "remote", grants=EN)]
    hm = model_of(world([emp("E1", langs={"fr": 2})], cohorts, [rol("R1", langs=EN)]))
    solver = most_placed(hm)
    assert solver.objective_value == 1
    assert solver.value(session(hm, "C1")) == 0 and solver.value(session(hm, "C2")) == 1


# --- role_requirements: conservation at hubs; the profile after the session must fit ---------


def test_role_requirements_feasible_the_session_grants_the_level():
    hm = model_of(world([emp("E1")], [ses("C1", grants=EN)], [rol("R1", langs=EN)]))
    solver = most_placed(hm)
    assert solver.objective_value == 1
    assert solver.value(session(hm, "C1")) == 1 and solver.value(role(hm, "R1")) == 1


def test_role_requirements_infeasible_the_hub_is_left_without_its_session():
    """A hub's people all leave through its sessions: with the session emptied, nobody is
    placed, although the hub's arc from the person type exists."""
    hm = model_of(world([emp("E1")], [ses("C1", grants=EN)], [rol("R1", langs=EN)]))
    hm.model.add(session(hm, "C1") == 0)
    hm.model.add(placed(hm) >= 1)
    assert status(hm) == cp_model.INFEASIBLE


def test_role_requirements_infeasible_without_a_session_that_grants_the_level():
    hm = model_of(world([emp("E1")], [ses("C1", grants={"en": 2})], [rol("R1", langs=EN)]))
    assert hm.net.unplaceable == [0]
    assert most_placed(hm).objective_value == 0


def test_role_requirements_alternative_the_other_granting_session_when_one_is_full():
    cohorts = [ses("C1", seats=1, grants=EN), ses("C2", "remote", seats=1, grants=EN)]
    hm = model_of(world([emp("E1"), emp("E2")], cohorts, [rol("R1", langs=EN)]))
    solver = most_placed(hm)
    assert solver.objective_value == 2
    assert solver.value(session(hm, "C1")) == 1 and solver.value(session(hm, "C2")) == 1


# --- site_fit: remote, same city or mobile, for sessions and roles alike ----------------------


def test_site_fit_feasible_same_city_and_mobile():
    people = [emp("E1", "Rabat"), emp("E2", "Tanger", mobile=True), emp("E3", "Fès")]
    hm = model_of(world(people, [], [rol("R1", "Rabat", openings=5)]))
    assert hm.net.unplaceable == [2]
    assert most_placed(hm).objective_value == 2


def test_site_fit_infeasible_a_role_in_another_city():
    people = [emp("E1", "Rabat"), emp("E2", "Tanger", mobile=True), emp("E3", "Fès")]
    hm = model_of(world(people, [], [rol("R1", "Rabat", openings=5)]))
    hm.model.add(placed(hm) >= 3)
    assert status(hm) == cp_model.INFEASIBLE


def test_site_fit_alternative_the_remote_session_when_the_city_does_not_fit():
    cohorts = [ses("C1", "Rabat", grants=EN), ses("C2", "remote", grants=EN)]
    hm = model_of(world([emp("E1", "Fès")], cohorts, [rol("R1", "remote", langs=EN)]))
    solver = most_placed(hm)
    assert solver.objective_value == 1
    assert solver.value(session(hm, "C1")) == 0 and solver.value(session(hm, "C2")) == 1


# --- dates: a session ends on or before its role starts (ladder conservation) ----------------


def test_dates_feasible_the_role_starts_the_day_the_session_ends():
    cohorts = [ses("C1", start=week(0), weeks=4, grants=EN)]
    hm = model_of(world([emp("E1")], cohorts, [rol("R1", langs=EN, start=week(4))]))
    assert most_placed(hm).objective_value == 1


def test_dates_infeasible_a_role_starting_before_the_session_ends():
    """The session ends in week 4: its people enter the ladder at week 6 and never flow back
    to the role of week 2, though that role has an opening and they would meet it."""
    cohorts = [ses("C1", start=week(0), weeks=4, grants=EN)]
    roles = [
        rol("EARLY", langs=EN, openings=1, start=week(2)),
        rol("LATE", langs=EN, start=week(6)),
    ]
    hm = model_of(world([emp("E1"), emp("E2")], cohorts, roles))
    assert most_placed(hm).objective_value == 2
    hm = model_of(world([emp("E1"), emp("E2")], cohorts, roles))
    hm.model.add(role(hm, "EARLY") >= 1)
    assert status(hm) == cp_model.INFEASIBLE


def test_dates_alternative_the_ladder_carries_people_to_a_later_role():
    cohorts = [ses("C1", start=week(0), weeks=4, grants=EN)]
    roles = [
        rol("R6", langs=EN, openings=1, start=week(6)),
        rol("R10", "remote", 1, EN, start=week(10)),
    ]
    hm = model_of(world([emp("E1"), emp("E2")], cohorts, roles))
    solver = most_placed(hm)
    assert solver.objective_value == 2
    assert solver.value(role(hm, "R6")) == 1 and solver.value(role(hm, "R10")) == 1
    assert sum(solver.value(x) for x in hm.x3) >= 1  # one carried past week 6


# --- seats: never more people than a session group's seats -----------------------------------


def test_seats_feasible_two_seats_place_two_of_three():
    cohorts = [ses("C1", "remote", seats=2, grants=EN)]
    hm = model_of(world(CITIES, cohorts, [rol("R1", "remote", langs=EN)]))
    assert len(hm.net.a2) == 3
    assert most_placed(hm).objective_value == 2


def test_seats_feasible_identical_sessions_add_their_seats():
    cohorts = [ses("C1", "remote", seats=1, grants=EN), ses("C2", "remote", seats=1, grants=EN)]
    hm = model_of(world(CITIES, cohorts, [rol("R1", "remote", langs=EN)]))
    assert len(hm.net.prep.catalogue.sessions) == 1  # one group of two sessions
    assert most_placed(hm).objective_value == 2


def test_seats_infeasible_a_third_person_in_two_seats():
    cohorts = [ses("C1", "remote", seats=2, grants=EN)]
    hm = model_of(world(CITIES, cohorts, [rol("R1", "remote", langs=EN)]))
    hm.model.add(session(hm, "C1") >= 3)
    assert status(hm) == cp_model.INFEASIBLE


def test_seats_alternative_the_third_person_takes_the_other_session():
    cohorts = [ses("C1", "remote", seats=2, grants=EN), ses("C2", "Rabat", seats=1, grants=EN)]
    hm = model_of(world(CITIES, cohorts, [rol("R1", "remote", langs=EN)]))
    solver = most_placed(hm)
    assert solver.objective_value == 3
    assert solver.value(session(hm, "C1")) == 2 and solver.value(session(hm, "C2")) == 1


# --- min_size: a session with people in it has at least its minimum ---------------------------


def test_min_size_feasible_two_people_run_a_session_of_minimum_two():
    cohorts = [ses("C1", min_size=2, grants=EN)]
    hm = model_of(world([emp("E1"), emp("E2")], cohorts, [rol("R1", langs=EN)]))
    assert most_placed(hm).objective_value == 2


def test_min_size_infeasible_one_person_alone_in_a_session_of_minimum_two():
    hm = model_of(world([emp("E1")], [ses("C1", min_size=2, grants=EN)], [rol("R1", langs=EN)]))
    assert most_placed(hm).objective_value == 0
    hm = model_of(world([emp("E1")], [ses("C1", min_size=2, grants=EN)], [rol("R1", langs=EN)]))
    hm.model.add(placed(hm) >= 1)
    assert status(hm) == cp_model.INFEASIBLE


def test_min_size_infeasible_three_people_in_two_identical_sessions_of_two():
    """Two sessions of 2 seats and minimum 2 hold 2 (one runs) or 4 (both run), never 3."""
    people = [emp("E1"), emp("E2"), emp("E3")]
    cohorts = [ses(c, seats=2, min_size=2, grants=EN) for c in ("C1", "C2")]
    hm = model_of(world(people, cohorts, [rol("R1", langs=EN)]))
    assert most_placed(hm).objective_value == 2
    hm = model_of(world(people, cohorts, [rol("R1", langs=EN)]))
    hm.model.add(session(hm, "C1") == 3)
    assert status(hm) == cp_model.INFEASIBLE


def test_min_size_alternative_the_session_that_can_run():
    cohorts = [ses("C1", min_size=3, grants=EN), ses("C2", "remote", grants=EN)]
    hm = model_of(world([emp("E1"), emp("E2")], cohorts, [rol("R1", langs=EN)]))
    solver = most_placed(hm)
    assert solver.objective_value == 2
    assert solver.value(session(hm, "C1")) == 0 and solver.value(session(hm, "C2")) == 2


# --- budget: seat costs plus fixed costs of running sessions ----------------------------------


def test_budget_feasible_two_seats_of_1000_in_2000():
    people = [emp("E1"), emp("E2"), emp("E3")]
    dataset = world(people, [ses("C1", cost=1000.0, grants=EN)], [rol("R1", langs=EN)], 2000.0)
    assert most_placed(model_of(dataset)).objective_value == 2


def test_budget_infeasible_a_third_seat():
    people = [emp("E1"), emp("E2"), emp("E3")]
    dataset = world(people, [ses("C1", cost=1000.0, grants=EN)], [rol("R1", langs=EN)], 2000.0)
    hm = model_of(dataset)
    hm.model.add(session(hm, "C1") >= 3)
    assert status(hm) == cp_model.INFEASIBLE


def test_budget_infeasible_the_fixed_cost_counts_once_the_session_runs():
    """1,000 to open plus 1,000 a seat within 2,500: one person, not two."""
    cohorts = [ses("C1", cost=1000.0, fixed=1000.0, grants=EN)]
    dataset = world([emp("E1"), emp("E2")], cohorts, [rol("R1", langs=EN)], 2500.0)
    assert most_placed(model_of(dataset)).objective_value == 1
    hm = model_of(dataset)
    hm.model.add(session(hm, "C1") >= 2)
    assert status(hm) == cp_model.INFEASIBLE


def test_budget_alternative_the_cheaper_session_and_the_free_direct_move():
    cohorts = [ses("C1", cost=3000.0, grants=EN), ses("C2", "remote", cost=500.0, grants=EN)]
    people = [emp("E1"), emp("E2", langs=EN)]
    hm = model_of(world(people, cohorts, [rol("R1", langs=EN)], 1000.0))
    solver = most_placed(hm)
    assert solver.objective_value == 2  # E2 goes direct, at no cost
    assert solver.value(session(hm, "C1")) == 0 and solver.value(session(hm, "C2")) == 1


# --- openings: never more people than a role group's openings ---------------------------------


def test_openings_feasible_two_openings_place_two_of_three():
    hm = model_of(world(CITIES, [], [rol("R1", "remote", openings=2)]))
    assert len(hm.net.a4) == 3
    assert most_placed(hm).objective_value == 2


def test_openings_infeasible_a_third_person_in_two_openings():
    hm = model_of(world(CITIES, [], [rol("R1", "remote", openings=2)]))
    hm.model.add(role(hm, "R1") >= 3)
    assert status(hm) == cp_model.INFEASIBLE


def test_openings_alternative_the_open_role_when_one_is_closed():
    roles = [rol("R1", openings=0), rol("R2", "remote", openings=1)]
    hm = model_of(world([emp("E1")], [], roles))
    solver = most_placed(hm)
    assert solver.objective_value == 1
    assert solver.value(role(hm, "R1")) == 0 and solver.value(role(hm, "R2")) == 1


# --- locks: a locked person's pathway is fixed and uses its seat and opening ------------------


def test_locks_feasible_a_free_person_beside_a_locked_one():
    edits = Edits(locks=(lock("E1", "C1", "R1"),))
    dataset = world([emp("E1"), emp("E2")], [ses("C1", seats=2, grants=EN)], [rol("R1", langs=EN)])
    hm = model_of(dataset, edits)
    solver = most_placed(hm)
    assert solver.objective_value == 1  # E2; E1 is a constant of the model
    assert solver.value(session(hm, "C1")) == 2


def test_locks_infeasible_two_locks_on_one_seat():
    edits = Edits(locks=(lock("E1", "C1", "R1"), lock("E2", "C1", "R1")))
    dataset = world([emp("E1"), emp("E2")], [ses("C1", seats=1, grants=EN)], [rol("R1", langs=EN)])
    assert status(model_of(dataset, edits)) == cp_model.INFEASIBLE


def test_locks_infeasible_a_locked_session_runs_so_it_reaches_its_minimum():
    """E1 locked on a session of minimum 2: the session runs, so E2 must join it."""
    edits = Edits(locks=(lock("E1", "C1", "R1"),))
    cohorts = [ses("C1", min_size=2, grants=EN)]
    dataset = world([emp("E1"), emp("E2")], cohorts, [rol("R1", langs=EN)])
    hm = model_of(dataset, edits)
    hm.model.add(placed(hm) == 0)
    assert status(hm) == cp_model.INFEASIBLE


def test_locks_alternative_the_other_role_when_a_lock_holds_the_opening():
    edits = Edits(locks=(lock("E1", None, "R1"),))
    roles = [rol("R1", openings=1), rol("R2", "remote", openings=1)]
    hm = model_of(world([emp("E1"), emp("E2")], [], roles), edits)
    solver = most_placed(hm)
    assert solver.objective_value == 1
    assert solver.value(role(hm, "R1")) == 1 and solver.value(role(hm, "R2")) == 1


# --- bans: a banned session or role is never a person's path ----------------------------------


def test_bans_feasible_a_ban_leaves_the_other_role():
    edits = Edits(bans=(Ban("E1", role_id="R1"),))
    hm = model_of(world([emp("E1")], [], [rol("R1"), rol("R2", "remote")]), edits)
    solver = most_placed(hm)
    assert solver.objective_value == 1 and solver.value(role(hm, "R2")) == 1


def test_bans_infeasible_the_only_role_banned():
    edits = Edits(bans=(Ban("E1", role_id="R1"),))
    hm = model_of(world([emp("E1"), emp("E2")], [], [rol("R1", openings=5)]), edits)
    assert most_placed(hm).objective_value == 1  # E2 only
    hm = model_of(world([emp("E1"), emp("E2")], [], [rol("R1", openings=5)]), edits)
    hm.model.add(placed(hm) >= 2)
    assert status(hm) == cp_model.INFEASIBLE


def test_bans_alternative_the_session_not_banned():
    edits = Edits(bans=(Ban("E1", cohort_id="C1"),))
    cohorts = [ses("C1", grants=EN), ses("C2", "remote", grants=EN)]
    hm = model_of(world([emp("E1")], cohorts, [rol("R1", langs=EN)]), edits)
    solver = most_placed(hm)
    assert solver.objective_value == 1
    assert solver.value(session(hm, "C1")) == 0 and solver.value(session(hm, "C2")) == 1


# --- stay (re-solves): seats the previous plan filled count again when filled the same way ----


def _previous_on_c1(seats_c1: int = 10) -> HubModel:
    """E1 was on C1 -> R1 in the previous plan; C2 (remote) is the same training elsewhere."""
    edits = Edits(previous={"E1": Pathway("R1", "C1")})
    cohorts = [ses("C1", seats=seats_c1, grants=EN), ses("C2", "remote", grants=EN)]
    return model_of(world([emp("E1")], cohorts, [rol("R1", langs=EN)]), edits)


def test_stay_feasible_the_previous_session_is_kept():
    hm = _previous_on_c1()
    hm.model.add(placed(hm) == 1)
    hm.model.maximize(hm.lin.sum(hm.kept))
    solver = _solver()
    assert solver.solve(hm.model) == cp_model.OPTIMAL
    assert solver.objective_value == 2  # its session seat and its role opening
    assert solver.value(session(hm, "C1")) == 1


def test_stay_infeasible_keeping_a_seat_the_new_plan_does_not_fill():
    """A kept seat counts only flow sent the same way: with C1 and R1 both empty (E1 could
    still reach R1 through C2, which would keep R1's opening), nothing is kept."""
    hm = _previous_on_c1()
    assert len(hm.kept) == 2
    hm.model.add(hm.lin.sum(hm.kept) >= 1)
    hm.model.add(session(hm, "C1") == 0)
    hm.model.add(role(hm, "R1") == 0)
    assert status(hm) == cp_model.INFEASIBLE


def test_stay_alternative_the_other_session_when_the_previous_one_closed():
    hm = _previous_on_c1(seats_c1=0)
    solver = most_placed(hm)
    assert solver.objective_value == 1
    assert solver.value(session(hm, "C2")) == 1


def test_every_rule_has_a_feasible_an_infeasible_and_an_alternative_case():
    """The rule names of planner.domain.rules are the names of these tests."""
    names = [name for name in globals() if name.startswith("test_")]
    missing = [
        f"test_{rule}_{case}"
        for rule in rules.ALL_RULES
        for case in CASES
        if not any(name.startswith(f"test_{rule}_{case}_") for name in names)
    ]
    assert missing == []
