"""explain() and describe(): one hand-checkable case per reason code, in French and English."""

from __future__ import annotations

import pytest

from planner.domain import rules
from planner.domain.outcomes import ReasonCode, SolveStatus
from planner.domain.plan import Ban, Edits, Lock, Pathway
from planner.explain.reasons import explain
from planner.explain.text import describe
from tests.check_fixtures import B1, B2, C1, data, person, plan, result, role, session

A2 = 2


def english_world(**person_kw):
    """E1 has B1 English; C1 (Rabat) needs B1 and grants B2; R1 needs B2; R2 needs nothing."""
    return data(
        [person(languages={"en": B1}, wishes=("multilingual_support",), **person_kw)],
        [session(prereq_languages={"en": B1}, grants_languages={"en": B2})],
        [role(req_languages={"en": B2}), role("R2", family="back_office")],
    )


def test_placed_lists_met_requirements_wish_and_other_pathways():
    reason = explain(english_world(), result(plan({"E1": ("C1", "R1")})))["E1"]
    assert reason.code == ReasonCode.PLACED
    assert reason.pathway == Pathway("R1", "C1")
    assert reason.wish_rank == 0 and not reason.senior
    assert reason.met == ("C1: en B1 ≥ B1", "C1: Rabat", "R1: en B2 ≥ B2", "R1: Rabat")
    assert reason.alternatives == (Pathway("R2"), Pathway("R2", "C1"))
    assert describe(reason, "fr") == (
        "Placé·e : session C1 puis poste R1. Vœu n°1 exaucé. Prérequis de la session remplis "
        "(niveaux actuels) : C1: en B1 ≥ B1 ; C1: Rabat. Exigences du poste remplies (niveaux "
        "après la session C1) : R1: en B2 ≥ B2 ; R1: Rabat. Autres parcours possibles : "
        "poste R2 (redéploiement direct) ; session C1 puis poste R2."
    )
    assert describe(reason, "en") == (
        "Placed: session C1 then role R1. Wish #1 fulfilled. Session prerequisites met (current "
        "levels): C1: en B1 ≥ B1; C1: Rabat. Role requirements met (levels after session C1): "
        "R1: en B2 ≥ B2; R1: Rabat. Other possible pathways: role R2 (direct redeployment); "
        "session C1 then role R2."
    )


def test_locked_senior_with_no_wish_fulfilled():
    ds = english_world(tenure=12.0)
    edits = Edits(locks=(Lock("E1", Pathway("R2")),))
    reason = explain(ds, result(plan({"E1": (None, "R2")})), edits)["E1"]
    assert reason.code == ReasonCode.LOCKED and reason.senior and reason.wish_rank is None
    assert reason.met == ("R2: Rabat",)
    assert describe(reason, "fr") == (
        "Parcours fixé (verrouillages) : poste R2 (redéploiement direct). Ne correspond à "
        "aucun de ses vœux. Exigences du poste remplies (niveaux actuels) : R2: Rabat. "
        "Autres parcours possibles : session C1 puis poste R1 ; session C1 puis poste R2. "
        "Senior (ancienneté au-dessus du seuil)."
    )
    assert describe(reason, "en") == (
        "Locked pathway (locks): role R2 (direct redeployment). Fulfils none of their wishes. "
        "Role requirements met (current levels): R2: Rabat. Other possible pathways: "
        "session C1 then role R1; session C1 then role R2. "
        "Senior (tenure at or above the threshold)."
    )


def test_no_admissible_pathway_gives_the_smallest_miss():
    # direct R1 misses 2 levels (A2 -> B2); C1 then R1 misses 1 (A2 -> B1 to enter, B2 granted);
    # R2 is at Tanger and needs C1 French: 5 levels and the site.
    ds = data(
        [person(languages={"en": A2})],
        [session(prereq_languages={"en": B1}, grants_languages={"en": B2})],
        [role(req_languages={"en": B2}), role("R2", site="Tanger", req_languages={"fr": C1})],
    )
    reason = explain(ds, result(plan({})))["E1"]
    assert reason.code == ReasonCode.NO_ADMISSIBLE_PATHWAY
    assert reason.nearest_miss == (
        rules.Miss(rules.ENTRY_REQUIREMENTS, "C1", "language", "en", B1, A2),
    )
    assert describe(reason, "fr") == (
        "Non placé·e : aucun parcours admissible. Manque le plus proche : prérequis — "
        "langue en B1 requise par C1, niveau actuel A2."
    )
    assert describe(reason, "en") == (
        "Not placed: no admissible pathway. Nearest miss: entry_requirements — "
        "language en B1 required by C1, has A2."
    )


def test_nearest_miss_tie_prefers_a_direct_move():
    ds = data(
        [person(site="Rabat")], [session(prereq_skills={"crm": 1})], [role(site="Fès")]
    )  # direct: site (1); via C1: crm (1) + site (1)
    reason = explain(ds, result(plan({})))["E1"]
    assert reason.nearest_miss == (rules.Miss(rules.SITE_FIT, "R1", "site", "Fès", 1, 0),)
    assert describe(reason, "en").endswith(
        "Nearest miss: site_fit — R1 is at Fès, not the person's site, and the person is not "
        "mobile."
    )


def test_no_role_at_all():
    reason = explain(data([person()], [session()], []), result(plan({})))["E1"]
    assert reason.code == ReasonCode.NO_ADMISSIBLE_PATHWAY and reason.nearest_miss == ()
    assert describe(reason, "fr").endswith("Aucun poste dans les données.")
    assert describe(reason, "en").endswith("No role in the data.")


def test_all_banned_lists_the_forbidden_pathways():
    ds = data([person()], [], [role()])
    reason = explain(ds, result(plan({})), Edits(bans=(Ban("E1", role_id="R1"),)))["E1"]
    assert reason.code == ReasonCode.ALL_BANNED
    assert reason.alternatives == (Pathway("R1"),)
    assert describe(reason, "fr") == (
        "Non placé·e : tous ses parcours admissibles sont interdits (interdictions). "
        "Parcours admissibles mais interdits : poste R1 (redéploiement direct)."
    )
    assert describe(reason, "en") == (
        "Not placed: every admissible pathway is banned (bans). Admissible but banned pathways: "
        "role R1 (direct redeployment)."
    )


def test_outcompeted_for_the_last_opening():
    ds = data([person("E1"), person("E2")], [], [role(openings=1)])
    reason = explain(ds, result(plan({"E2": (None, "R1")})))["E1"]
    assert reason.code == ReasonCode.OUTCOMPETED
    assert reason.binding == ("openings:R1",)
    assert reason.alternatives == (Pathway("R1"),)
    assert describe(reason, "fr") == (
        "Non placé·e : des parcours sont admissibles, mais leur capacité est allée à des "
        "personnes classées avant. Ce qui ferme ses parcours : postes ouverts — le poste R1 "
        "est pourvu (1 poste ouvert, 1 personne placée : E2), passent avant : 1 sans avantage "
        "d'ancienneté ni de vœu. Sans avantage d'ancienneté ni de vœu, c'est le nombre de "
        "placés, puis le coût, qui décident. Parcours admissibles : poste R1 (redéploiement "
        "direct)."
    )
    assert describe(reason, "en") == (
        "Not placed: pathways are admissible, but their capacity went to people ranked first. "
        "What closes the pathways: openings — role R1 is filled (1 opening, 1 person placed: "
        "E2), ranked ahead: 1 with no edge in seniority or wishes. With no edge in seniority or "
        "wishes, the number placed, then the cost, decide. Admissible pathways: role R1 (direct "
        "redeployment)."
    )


def outcompeted(ds, assignments, status=SolveStatus.OPTIMAL, edits=None, code=None):
    reason = explain(ds, result(plan(assignments), status), edits or Edits())["E1"]
    assert reason.code == (code or ReasonCode.OUTCOMPETED)
    return reason.binding


def test_binding_seats_when_the_only_session_is_full():
    ds = data(
        [person("E1"), person("E2")],
        [session(seats=1, grants_skills={"crm": 2})],
        [role(req_skills={"crm": 2})],
    )
    assert outcompeted(ds, {"E2": ("C1", "R1")}) == ("seats:C1",)


def test_binding_budget_counts_the_fixed_cost_of_a_session_that_does_not_run():
    people = [person("E1"), person("E2")]
    sessions = [
        session(cost=1000.0, grants_skills={"crm": 2}),
        session("C2", cost=100.0, fixed=1000.0, grants_skills={"crm": 2}),
    ]
    needs_crm = [role(req_skills={"crm": 2})]
    ds = data(people, sessions, needs_crm, budget=1500.0)
    # C1 runs with E2 (1000 spent, 500 left): C1 costs 1000 more, C2 costs 100 + 1000 to open
    assert outcompeted(ds, {"E2": ("C1", "R1")}) == ("budget",)
    roomy = data(people, sessions, needs_crm, budget=2100.0)  # C2 can open: nothing binds
    assert outcompeted(roomy, {"E2": ("C1", "R1")}) == ("not_optimal",)


def test_binding_min_size_when_a_session_does_not_run():
    ds = data(
        [person()], [session(min_size=3, grants_skills={"crm": 2})], [role(req_skills={"crm": 2})]
    )
    binding = outcompeted(ds, {}, code=ReasonCode.NOT_OPENED)
    assert binding == ("min_size:C1",)
    assert explain(ds, result(plan({})))["E1"].binding == binding


def test_binding_not_optimal_and_no_plan_are_honest():
    ds = data([person("E1"), person("E2")], [], [role(openings=2)])
    assert outcompeted(ds, {"E2": (None, "R1")}, SolveStatus.FEASIBLE) == ("not_optimal",)
    assert outcompeted(ds, {}, SolveStatus.NO_PLAN) == ("no_plan",)
    reason = explain(ds, result(plan({}), SolveStatus.INFEASIBLE))["E1"]
    assert describe(reason, "fr") == (
        "Non placé·e : des parcours sont admissibles, mais aucun plan n'a été trouvé. Parcours "
        "admissibles : poste R1 (redéploiement direct)."
    )


def test_binding_of_several_pathways_in_rule_order():
    people = [person("E1"), person("E2"), person("E3")]
    ds = data(
        people,
        [
            session(seats=1, grants_skills={"crm": 2}),
            session("C2", min_size=2, grants_skills={"crm": 2}),
        ],
        [role(openings=5, req_skills={"crm": 2}), role("R2", openings=1)],
    )
    binding = outcompeted(ds, {"E2": ("C1", "R1"), "E3": (None, "R2")})
    assert binding == ("seats:C1", "openings:R2", "min_size:C2")


def test_bans_narrow_an_outcompeted_persons_pathways():
    ds = data([person("E1"), person("E2")], [], [role(openings=1), role("R2", openings=3)])
    bans = Edits(bans=(Ban("E1", role_id="R2"),))
    assert outcompeted(ds, {"E2": (None, "R1")}, edits=bans) == ("openings:R1",)
    assert outcompeted(ds, {"E2": (None, "R1")}) == ("not_optimal", "openings:R1")


def test_every_employee_gets_a_reason_and_alternatives_are_capped():
    people = [person(f"E{i}") for i in range(3)]
    roles = [role(f"R{i:02d}") for i in range(15)]
    reasons = explain(data(people, [], roles), result(plan({"E0": (None, "R00")})))
    assert sorted(reasons) == ["E0", "E1", "E2"]
    assert [p.role_id for p in reasons["E0"].alternatives] == [f"R{i:02d}" for i in range(1, 11)]
    assert len(reasons["E1"].alternatives) == 10


def test_describe_rejects_an_unknown_language():
    reason = explain(english_world(), result(plan({})))["E1"]
    with pytest.raises(ValueError, match="lang"):
        describe(reason, "de")


def test_empty_inputs_and_a_plan_naming_unknown_ids():
    assert explain(data([], [], []), result(plan({}))) == {}
    reason = explain(data([person()], [], [role()]), result(plan({"E1": ("C9", "R1")})))["E1"]
    assert reason.code == ReasonCode.PLACED and reason.met == () and reason.wish_rank is None
    assert reason.alternatives == (Pathway("R1"),)
