"""Reasons in causal order: the cause that binds comes first, with the figures to check it.

Each case is a workbook small enough to check by reading: one or two people, one session,
one role. (a) no admissible pathway: what is missing; (b) admissible, but the session never
opened: its minimum size and the budget, never "went to people ranked first"; (c) opened but
full: who holds the place and on which criterion they rank ahead.
"""

from __future__ import annotations

from planner.domain import rules
from planner.domain.outcomes import Closure, ReasonCode
from planner.explain.reasons import explain
from planner.explain.text import describe
from tests.check_fixtures import data, person, plan, result, role, session

SENIOR = 12.0  # years; the threshold is 10
CRM = {"crm": 2}


def reason_of(ds, assignments, who="E1"):
    return explain(ds, result(plan(assignments)))[who]


def test_a_no_admissible_pathway_says_what_is_missing_and_offers_nothing_to_impose():
    # R1 needs crm 2, E1 has none and no session grants it
    ds = data([person(tenure=SENIOR)], [], [role(req_skills=CRM)])
    reason = reason_of(ds, {})
    assert reason.code == ReasonCode.NO_ADMISSIBLE_PATHWAY and reason.alternatives == ()
    assert describe(reason, "fr") == (
        "Non placé·e : aucun parcours admissible. Manque le plus proche : exigences du poste — "
        "compétence crm niveau 2 requise par R1, niveau actuel 0. Senior (ancienneté "
        "au-dessus du seuil)."
    )


def test_b_a_senior_whose_only_session_never_opened_is_told_minimum_size_and_budget():
    # C1 needs 2 people and E1 is the only one; opening it costs 2,000 + 2 x 1,000 = 4,000 MAD
    # and the budget is 2,500: nobody took E1's place, the session never ran.
    ds = data(
        [person(tenure=SENIOR)],
        [session(min_size=2, cost=1000.0, fixed=2000.0, grants_skills=CRM)],
        [role(req_skills=CRM)],
        budget=2500.0,
    )
    reason = reason_of(ds, {})
    assert reason.code == ReasonCode.NOT_OPENED and reason.senior
    assert reason.closures == (
        Closure(rules.MIN_SIZE, "C1", 2, cost=4000.0, left=2500.0, admissible=1),
        Closure(rules.BUDGET, "C1", 2, 0, cost=4000.0, left=2500.0),
    )
    assert describe(reason, "fr") == (
        "Non placé·e : ses parcours admissibles passent tous par des sessions qui n'ont pas "
        "ouvert. Ce qui ferme ses parcours : effectif minimum — la session C1 n'a pas ouvert : "
        "il lui faut au moins 2 personnes, et 1 personne non placée y est admissible ; budget — "
        "ouvrir la session C1 coûte 4 000 MAD (son coût d'ouverture et 2 places), il reste "
        "2 500 MAD. Parcours admissibles : session C1 puis poste R1. Senior (ancienneté "
        "au-dessus du seuil)."
    )
    assert "ranked first" not in describe(reason, "en")


def test_c_a_full_session_names_who_holds_it_and_that_seniority_ranked_them_ahead():
    # C1 has one seat, held by E2 (15 years, senior); E1 (2 years) is not senior
    ds = data(
        [person("E1"), person("E2", tenure=15.0)],
        [session(seats=1, grants_skills=CRM)],
        [role(req_skills=CRM)],
    )
    reason = reason_of(ds, {"E2": ("C1", "R1")})
    assert reason.code == ReasonCode.OUTCOMPETED
    assert reason.closures == (Closure(rules.SEATS, "C1", 1, 1, ("E2",), by_seniority=1),)
    assert describe(reason, "en") == (
        "Not placed: pathways are admissible, but their capacity went to people ranked first. "
        "What closes the pathways: seats — session C1 is full (1 seat, 1 person placed: E2), "
        "ranked ahead: 1 by seniority (senior). Admissible pathways: session C1 then role R1."
    )


def test_c_between_equals_in_seniority_a_wish_for_the_family_ranks_ahead():
    # neither is senior; E2 wished for multilingual_support, C1's family; E1 wished nothing
    ds = data(
        [person("E1"), person("E2", wishes=("multilingual_support",))],
        [session(seats=1, grants_skills=CRM)],
        [role(req_skills=CRM)],
    )
    reason = reason_of(ds, {"E2": ("C1", "R1")})
    assert reason.closures == (Closure(rules.SEATS, "C1", 1, 1, ("E2",), by_wishes=1),)
    assert "passent avant : 1 par un vœu mieux classé pour cette filière ou formation" in (
        describe(reason, "fr")
    )


def test_c_an_unplaced_senior_behind_a_junior_is_told_no_seniority_or_wish_decided():
    # E1 is senior, E2 is not and holds the only opening: seniority did not rank E2 ahead
    ds = data([person("E1", tenure=15.0), person("E2")], [], [role(openings=1)])
    reason = reason_of(ds, {"E2": (None, "R1")})
    assert reason.closures == (Closure(rules.OPENINGS, "R1", 1, 1, ("E2",), by_count=1),)
    assert describe(reason, "fr").startswith(
        "Non placé·e : des parcours sont admissibles, mais leur capacité est allée à des "
        "personnes classées avant. Ce qui ferme ses parcours : postes ouverts — le poste R1 est "
        "pourvu (1 poste ouvert, 1 personne placée : E2), passent avant : 1 sans avantage "
        "d'ancienneté ni de vœu. Sans avantage d'ancienneté ni de vœu, c'est le nombre de "
        "placés, puis le coût, qui décident."
    )


def test_c_the_budget_of_a_running_session_gives_the_seat_cost_and_what_is_left():
    # C1 runs with E2 (1,000 spent of 1,500): one more seat costs 1,000, 500 are left
    ds = data(
        [person("E1"), person("E2")],
        [session(cost=1000.0, grants_skills=CRM)],
        [role(req_skills=CRM)],
        budget=1500.0,
    )
    reason = reason_of(ds, {"E2": ("C1", "R1")})
    assert reason.code == ReasonCode.OUTCOMPETED
    assert describe(reason, "en").startswith(
        "Not placed: pathways are admissible, but their capacity went to people ranked first. "
        "What closes the pathways: budget — one more seat in session C1 costs 1,000 MAD, "
        "500 MAD is left."
    )


def test_a_filled_direct_role_comes_before_a_session_that_did_not_open():
    # R1 (direct) is held by E2; C1 (min 3) would lead to R2 but never opened
    ds = data(
        [person("E1"), person("E2")],
        [session(min_size=3, grants_skills=CRM)],
        [role(openings=1), role("R2", req_skills=CRM)],
    )
    reason = reason_of(ds, {"E2": (None, "R1")})
    assert reason.code == ReasonCode.OUTCOMPETED
    assert [c.rule for c in reason.closures] == [rules.OPENINGS, rules.MIN_SIZE]


def test_many_full_sessions_are_counted_after_the_first_ones():
    sessions = [session(f"C{i}", seats=1, grants_skills=CRM) for i in range(1, 9)]
    people = [person("E1")] + [person(f"E{i}") for i in range(2, 10)]
    ds = data(people, sessions, [role(req_skills=CRM)])
    reason = reason_of(ds, {f"E{i}": (f"C{i - 1}", "R1") for i in range(2, 10)})
    text = describe(reason, "en")
    assert text.count("is full (1 seat, 1 person placed") == 3
    assert "seats — and 5 more full sessions" in text


def test_a_pseudonymised_export_names_the_holders_by_their_pseudonyms():
    from planner.export.pseudonyms import Pseudonymiser
    from planner.export.view import build_view

    ds = data([person("E1"), person("E2", tenure=15.0)], [], [role(openings=1)])
    done = result(plan({"E2": (None, "R1")}))
    masks = Pseudonymiser(bytes(range(32)))
    row = build_view(ds, done, explain(ds, done), "en", masks).people[0]
    assert f"1 person placed: {masks.pseudonym('E2')}" in row.text
    assert "E1" not in row.text and "E2" not in row.text


def test_the_unplaced_sheet_names_the_cause_session_not_opened():
    from planner.export.tables import unplaced_table
    from planner.export.view import build_view

    ds = data(
        [person(tenure=SENIOR)],
        [session(min_size=2, cost=1000.0, fixed=2000.0, grants_skills=CRM)],
        [role(req_skills=CRM)],
        budget=2500.0,
    )
    done = result(plan({}))
    table = unplaced_table(build_view(ds, done, explain(ds, done), "fr"))
    row = dict(zip(table.headers, table.rows[0], strict=True))
    assert row["Motif"] == "session non ouverte (effectif minimum ou budget)"
    assert row["Explication"].startswith("Non placé·e : ses parcours admissibles passent tous")
