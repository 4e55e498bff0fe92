"""The one comparison of ids (planner.domain.ids) and the decisions matched by it
(planner.domain.references)."""

from __future__ import annotations

from planner.domain.ids import clean, hidden_characters, id_key, unescape_excel, visible
from planner.domain.levels import norm_key
from planner.domain.plan import Ban, Edits, Lock, Pathway
from planner.domain.records import Cohort, Dataset, Employee, Role
from planner.domain.references import align_edits

DATASET = Dataset(
    (Employee("AG001", "Rabat", 3.0), Employee("AG002", "Fès", 1.0)),
    (Cohort("S1", "Anglais", "multilingual_support", "Rabat", 4, 3),),
    (Role("R1", "Support", "multilingual_support", "Rabat", 1),),
)


def test_one_key_for_every_spelling_of_an_id():
    spellings = ["AG001", " ag001 ", "AG 001", "ＡＧ００１", "AG001\u200b", "AG001_x0001_"]
    assert {id_key(s) for s in spellings} == {"ag001"}


def test_excel_escapes_decode_and_an_escaped_underscore_stays_text():
    assert unescape_excel("A_x0001_B") == "A\x01B"
    assert unescape_excel("_x005F_x0041_") == "_x0041_"


def test_hidden_characters_are_listed_once_in_order_and_shown_visibly():
    assert hidden_characters("a\u200bb\x01c\u200b") == ("\u200b", "\x01")
    assert visible("a\u200bb\x1b") == "a<U+200B>b<U+001B>"
    assert visible("Fès") == "Fès" and hidden_characters("Fès") == ()


def test_clean_composes_accents_and_keeps_case():
    assert clean(" Se\u0301ance\u200b ") == "Séance"


def test_norm_key_ignores_invisible_characters_as_ids_do():
    assert norm_key("Casa\u200bblanca") == norm_key("casablanca")


def test_decisions_follow_an_id_retyped_in_another_case_or_width():
    edits = Edits(
        locks=(Lock("ＡＧ００１", Pathway("r1", "s 1")),),
        bans=(Ban("ag002", None, "R1\u200b"),),
        previous={"AG 001": Pathway("r1")},
    )
    assert align_edits(DATASET, edits) == Edits(
        locks=(Lock("AG001", Pathway("R1", "S1")),),
        bans=(Ban("AG002", None, "R1"),),
        previous={"AG001": Pathway("R1")},
    )


def test_a_reference_to_nothing_is_kept_for_the_solver_to_report():
    edits = Edits(locks=(Lock("AG999", Pathway("R1")),))
    assert align_edits(DATASET, edits) is edits
