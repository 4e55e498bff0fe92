"""The shared sentence tables: complete in both languages, and grouped binding phrases."""

from __future__ import annotations

import pytest

from planner.check.plan_rules import UNKNOWN_ID
from planner.domain import rules
from planner.domain.outcomes import PersonReason, ReasonCode
from planner.domain.plan import Pathway
from planner.explain.catalogue import NO_PLAN, NOT_OPEN
from planner.explain.text import (
    BINDING,
    BINDING_MANY,
    binding_summary,
    describe,
    miss_text,
    rule_label,
    rule_sentence,
)
from planner.i18n import catalogue


def named(prefix: str) -> set[str]:
    """The names after ``prefix`` among the catalogue's keys: ``rule.seats`` -> ``seats``."""
    return {key.removeprefix(prefix) for key in catalogue.CATALOGUE if key.startswith(prefix)}


def test_every_rule_code_token_and_miss_has_a_sentence():
    assert named("rule.") == {*rules.ALL_RULES, UNKNOWN_ID}
    assert named("headline.") == set(ReasonCode) | {NOT_OPEN, NO_PLAN}
    assert named("closure.") == {
        rules.SEATS,
        rules.OPENINGS,
        rules.MIN_SIZE,
        "holders",
        "ahead",
    } | {
        "budget_open",
        "budget_seat",
    }
    assert (
        named("binding.")
        == set(BINDING)
        == {
            rules.SEATS,
            rules.OPENINGS,
            rules.BUDGET,
            rules.MIN_SIZE,
            NOT_OPEN,
            NO_PLAN,
        }
    )
    assert named("binding_many.") == set(BINDING_MANY)
    assert named("miss.") == {"language", "skill", "education", "site", "dates"}


def test_rule_sentence():
    assert rule_sentence(rules.SEATS) == (
        "Une session n'accueille pas plus de personnes que de places."
    )
    assert rule_sentence(rules.SEATS, "en") == "A session never takes more people than its seats."
    with pytest.raises(ValueError):
        rule_sentence(rules.SEATS, "es")


def test_binding_summary_groups_long_lists_by_rule():
    tokens = ("not_optimal", "budget", *(f"seats:S{i}" for i in range(1, 9)), "openings:P1")
    assert binding_summary(tokens, "fr") == [
        "rien ne ferme un de ses parcours : le plan n'est pas optimal (optimisation arrêtée "
        "avant la fin)",
        "budget — le budget restant ne paie pas une place de plus",
        "places — 8 sessions complètes : S1, S2, S3, S4, S5, S6 et 2 autres",
        "postes ouverts — le poste P1 est pourvu",
    ]
    assert binding_summary(("openings:P1", "openings:P2"), "en") == [
        "openings — 2 roles are filled: P1, P2"
    ]


def test_miss_text_in_both_languages():
    education = rules.Miss(rules.ROLE_REQUIREMENTS, "R1", "education", "education", 2, 1)
    assert miss_text(education, "fr") == (
        "exigences du poste — niveau d'études bac+2 requis par R1, actuel bac"
    )
    skill = rules.Miss(rules.ENTRY_REQUIREMENTS, "C1", "skill", "crm", 3, 1)
    assert miss_text(skill, "en") == "entry_requirements — skill crm level 3 required by C1, has 1"
    dates = rules.Miss(rules.DATES, "R1", "dates", "C1", 1, 0)
    assert miss_text(dates, "fr") == "dates — R1 commence avant la fin de la session C1"


def test_long_pathway_lists_are_cut_after_six_with_the_true_count():
    paths = tuple(Pathway(f"P{i}") for i in range(10))
    reason = PersonReason("E1", ReasonCode.ALL_BANNED, alternatives=paths)
    assert describe(reason, "en").endswith("role P5 (direct redeployment) and 4 more.")


def test_rules_are_named_in_french_in_french_sentences():
    assert named("rule_label.") == set(rules.ALL_RULES)
    assert all(rule_label(rule, "en") == rule for rule in rules.ALL_RULES)
    same = {rule for rule in rules.ALL_RULES if rule_label(rule, "fr") == rule}
    assert same == {rules.BUDGET, rules.DATES}  # the same word in both languages
    tokens = ("budget", "seats:S1", "openings:P1", "openings:P2", "min_size:S2")
    french = " ".join(binding_summary(tokens, "fr"))
    assert not any(f"{rule} —" in french for rule in (rules.SEATS, rules.OPENINGS, rules.MIN_SIZE))
    assert french == (
        "budget — le budget restant ne paie pas une place de plus "
        "places — la session S1 est complète "
        "postes ouverts — 2 postes pourvus : P1, P2 "
        "effectif minimum — la session S2 n'a pas lieu ; l'ouvrir demande son "
        "effectif minimum"
    )
    assert binding_summary(tokens, "en")[1] == "seats — session S1 is full"
    banned = PersonReason("E1", ReasonCode.ALL_BANNED, alternatives=(Pathway("R1"),))
    assert "(interdictions)" in describe(banned, "fr") and "(bans)" in describe(banned, "en")
    miss = rules.Miss(rules.SITE_FIT, "R1", "site", "Fès", 1, 0)
    assert miss_text(miss, "fr").startswith("site — R1 est à Fès")
    assert miss_text(miss, "en").startswith("site_fit — R1 is at Fès")
