"""check_plan, rule by rule: a feasible case, an infeasible case and an alternative case."""

from __future__ import annotations

from datetime import timedelta

from planner.check.plan_rules import UNKNOWN_ID, check_plan, cohorts_running
from planner.domain import rules
from planner.domain.money import plan_cost
from planner.domain.plan import Ban, Edits, Lock, Pathway
from tests.check_fixtures import B1, B2, BAC, BAC2, C1, MONDAY, data, person, plan, role, session


def broken(dataset, the_plan, edits=None) -> list[tuple[str, tuple[str, ...]]]:
    edits = edits or Edits()
    return [(v.rule, v.subjects) for v in check_plan(dataset, the_plan, edits)]


# --- ids and one pathway -------------------------------------------------------------------


def test_known_ids_pass():
    assert broken(data([person()], [session()], [role()]), plan({"E1": ("C1", "R1")})) == []


def test_unknown_employee_session_and_role_are_reported():
    ds = data([person()], [session()], [role()])
    assert broken(ds, plan({"X9": (None, "R1")})) == [(UNKNOWN_ID, ("X9",))]
    assert broken(ds, plan({"E1": ("C9", "R1")})) == [(UNKNOWN_ID, ("E1", "C9"))]
    assert broken(ds, plan({"E1": (None, "R9")})) == [(UNKNOWN_ID, ("E1", "R9"))]


def test_duplicate_employee_id_breaks_one_pathway():
    ds = data([person(), person()], [], [role()])
    assert broken(ds, plan({"E1": (None, "R1")})) == [(rules.ONE_PATHWAY, ("E1",))]


# --- entry requirements ----------------------------------------------------------------------


def english_session(**kw):
    return session(prereq_languages={"en": B1}, grants_languages={"en": B2}, **kw)


def test_entry_requirements_met():
    ds = data([person(languages={"en": B1})], [english_session()], [role()])
    assert broken(ds, plan({"E1": ("C1", "R1")})) == []


def test_entry_requirements_missing_language_and_education():
    ds = data(
        [person(languages={"en": 2}, education=BAC)],
        [english_session(min_education=BAC2)],
        [role()],
    )
    assert broken(ds, plan({"E1": ("C1", "R1")})) == [
        (rules.ENTRY_REQUIREMENTS, ("E1", "C1")),
        (rules.ENTRY_REQUIREMENTS, ("E1", "C1")),
    ]


def test_entry_requirements_do_not_apply_to_a_direct_move():
    ds = data([person(languages={"en": 2})], [english_session()], [role()])
    assert broken(ds, plan({"E1": (None, "R1")})) == []


# --- role requirements -----------------------------------------------------------------------


def test_role_requirements_met_thanks_to_the_session_grants():
    ds = data([person(languages={"en": B1})], [english_session()], [role(req_languages={"en": B2})])
    assert broken(ds, plan({"E1": ("C1", "R1")})) == []


def test_role_requirements_missing_without_the_session():
    ds = data(
        [person(languages={"en": B1})],
        [english_session()],
        [role(req_languages={"en": B2}, req_skills={"crm": 3}, min_education=BAC2)],
    )
    assert broken(ds, plan({"E1": (None, "R1")})) == [(rules.ROLE_REQUIREMENTS, ("E1", "R1"))] * 3


def test_role_requirements_already_met_directly():
    ds = data([person(languages={"en": C1})], [], [role(req_languages={"en": B2})])
    assert broken(ds, plan({"E1": (None, "R1")})) == []


# --- site fit --------------------------------------------------------------------------------


def test_same_site_with_different_spelling_fits():
    ds = data([person(site="Fès")], [session(site="FES ")], [role(site="fes")])
    assert broken(ds, plan({"E1": ("C1", "R1")})) == []


def test_other_site_without_mobility_breaks_site_fit_for_session_and_role():
    ds = data([person(site="Rabat")], [session(site="Tanger")], [role(site="Agadir")])
    assert broken(ds, plan({"E1": ("C1", "R1")})) == [
        (rules.SITE_FIT, ("E1", "C1")),
        (rules.SITE_FIT, ("E1", "R1")),
    ]


def test_mobile_person_or_remote_place_fits():
    ds = data(
        [person(site="Rabat", mobile=True), person("E2", site="Rabat")],
        [session(site="Tanger"), session("C2", site="distanciel")],
        [role(site="remote")],
    )
    assert broken(ds, plan({"E1": ("C1", "R1"), "E2": ("C2", "R1")})) == []


# --- dates -----------------------------------------------------------------------------------


def test_session_ending_on_the_role_start_day_fits():
    end = MONDAY + timedelta(weeks=4)
    ds = data([person()], [session(start=MONDAY, weeks=4)], [role(start=end)])
    assert broken(ds, plan({"E1": ("C1", "R1")})) == []


def test_session_ending_after_the_role_start_breaks_dates():
    ds = data(
        [person()],
        [session(start=MONDAY, weeks=4)],
        [role(start=MONDAY + timedelta(weeks=4) - timedelta(days=1))],
    )
    assert broken(ds, plan({"E1": ("C1", "R1")})) == [(rules.DATES, ("E1", "R1"))]


def test_missing_date_on_either_side_fits():
    ds = data(
        [person(), person("E2")],
        [session(start=MONDAY, weeks=50), session("C2")],
        [role(start=MONDAY), role("R2")],
    )
    assert broken(ds, plan({"E1": ("C1", "R2"), "E2": ("C2", "R1")})) == []


# --- seats, openings, minimum size -----------------------------------------------------------


def people(n: int):
    return [person(f"E{i}") for i in range(1, n + 1)]


def test_seats_exactly_full_pass_and_one_more_breaks():
    ds = data(people(3), [session(seats=2)], [role()])
    assert broken(ds, plan({"E1": ("C1", "R1"), "E2": ("C1", "R1")})) == []
    three = plan({f"E{i}": ("C1", "R1") for i in (1, 2, 3)})
    assert broken(ds, three) == [(rules.SEATS, ("C1",))]


def test_seats_are_not_shared_by_direct_moves():
    ds = data(people(3), [session(seats=0)], [role()])
    assert broken(ds, plan({f"E{i}": (None, "R1") for i in (1, 2, 3)})) == []


def test_openings_exactly_full_pass_and_one_more_breaks():
    ds = data(people(3), [session()], [role(openings=2)])
    assert broken(ds, plan({"E1": ("C1", "R1"), "E2": (None, "R1")})) == []
    assert broken(ds, plan({"E1": ("C1", "R1"), "E2": (None, "R1"), "E3": (None, "R1")})) == [
        (rules.OPENINGS, ("R1",))
    ]


def test_min_size_reached_passes_and_under_it_breaks():
    ds = data(people(3), [session(min_size=2)], [role()])
    assert broken(ds, plan({"E1": ("C1", "R1"), "E2": ("C1", "R1")})) == []
    assert broken(ds, plan({"E1": ("C1", "R1")})) == [(rules.MIN_SIZE, ("C1",))]


def test_min_size_does_not_apply_to_a_session_that_does_not_run():
    ds = data(people(1), [session(min_size=5)], [role()])
    assert broken(ds, plan({"E1": (None, "R1")})) == []


# --- budget ----------------------------------------------------------------------------------


def test_cost_counts_seats_and_the_fixed_cost_of_running_sessions_only():
    ds = data(
        people(3),
        [session(cost=1000.0, fixed=500.0), session("C2", cost=9.0, fixed=7000.0)],
        [role()],
    )
    two = plan({"E1": ("C1", "R1"), "E2": ("C1", "R1"), "E3": (None, "R1")})
    assert plan_cost(ds, two) == 2500.0
    assert cohorts_running(two) == {"C1"}


def test_budget_exactly_spent_passes_even_with_float_sums():
    cohorts = [session(f"C{i}", cost=0.1) for i in range(1, 4)]
    ds = data(people(3), cohorts, [role()], budget=0.3)  # 0.1 + 0.1 + 0.1 != 0.3 in floats
    assert broken(ds, plan({f"E{i}": (f"C{i}", "R1") for i in (1, 2, 3)})) == []


def test_budget_exceeded_by_one_fixed_cost_breaks():
    ds = data(
        people(2),
        [session(cost=1000.0), session("C2", cost=1000.0, fixed=1.0)],
        [role()],
        budget=2000.0,
    )
    assert broken(ds, plan({"E1": ("C1", "R1"), "E2": ("C1", "R1")})) == []
    assert broken(ds, plan({"E1": ("C1", "R1"), "E2": ("C2", "R1")})) == [(rules.BUDGET, ())]


def test_no_budget_means_no_limit():
    ds = data(people(2), [session(cost=1e9)], [role()], budget=None)
    assert broken(ds, plan({"E1": ("C1", "R1"), "E2": ("C1", "R1")})) == []


# --- locks and bans --------------------------------------------------------------------------


def test_lock_honoured_passes():
    edits = Edits(locks=(Lock("E1", Pathway("R1", "C1")),))
    ds = data(people(1), [session()], [role()])
    assert broken(ds, plan({"E1": ("C1", "R1")}), edits) == []


def test_lock_broken_by_another_pathway_by_no_pathway_or_unknown_person():
    edits = Edits(
        locks=(
            Lock("E1", Pathway("R1", "C1")),
            Lock("E2", Pathway("R1")),
            Lock("X9", Pathway("R1")),
        )
    )
    ds = data(people(2), [session()], [role()])
    assert broken(ds, plan({"E1": (None, "R1")}), edits) == [
        (rules.LOCKS, ("E1",)),
        (rules.LOCKS, ("E2",)),
        (rules.LOCKS, ("X9",)),
    ]


def test_ban_of_a_session_matches_any_role_but_not_a_direct_move():
    edits = Edits(bans=(Ban("E1", cohort_id="C1"),))
    ds = data(people(1), [session()], [role(), role("R2")])
    assert broken(ds, plan({"E1": ("C1", "R2")}), edits) == [(rules.BANS, ("E1",))]
    assert broken(ds, plan({"E1": (None, "R1")}), edits) == []


def test_ban_of_a_role_matches_direct_moves_and_sessions():
    edits = Edits(bans=(Ban("E1", role_id="R1"), Ban("E2", role_id="R1")))
    ds = data(people(2), [session()], [role(), role("R2")])
    assert broken(ds, plan({"E1": (None, "R1"), "E2": ("C1", "R1")}), edits) == [
        (rules.BANS, ("E1",)),
        (rules.BANS, ("E2",)),
    ]
    assert broken(ds, plan({"E1": (None, "R2"), "E2": ("C1", "R2")}), edits) == []


def test_ban_of_everything_and_of_one_exact_pathway():
    edits = Edits(bans=(Ban("E1"), Ban("E2", "C1", "R1")))
    ds = data(people(2), [session()], [role(), role("R2")])
    assert broken(ds, plan({"E1": (None, "R2"), "E2": ("C1", "R1")}), edits) == [
        (rules.BANS, ("E1",)),
        (rules.BANS, ("E2",)),
    ]
    assert broken(ds, plan({"E2": ("C1", "R2")}), edits) == []


def test_messages_name_ids_and_rules_only():
    ds = data([person(languages={"en": 2})], [english_session()], [role()])
    [v] = check_plan(ds, plan({"E1": ("C1", "R1")}))
    assert str(v) == "entry_requirements: E1: language en B1 required by C1, has A2"
