"""Person page: every lookup shows the person asked for, by matricule or by name, with
suggestions when several match, and previous / next walk the results page's filtered list."""

from __future__ import annotations

import pytest

from tests.app_helpers import button, goto, solve, start_app


@pytest.fixture(scope="module")
def solved(tmp_path_factory):
    """One solved session of the sample (the solve takes a few seconds)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANNER_SCENARIO_DB", str(tmp_path_factory.mktemp("db") / "s.sqlite3"))
    at = solve(start_app())
    yield at
    mp.undo()


def _person_page(at):
    at.session_state["person"] = ""
    return goto(at, "person")


def _shown(at) -> str:
    """The profile's heading: ``Name · matricule`` (or the matricule alone)."""
    heads = [s.value for s in at.subheader if s.value != "Parcours"]
    return heads[0] if heads else ""


def _employees(at):
    return at.session_state["result_dataset"].employees


def test_a_second_lookup_shows_the_second_person(solved):
    at = _person_page(solved)
    first, second = _employees(at)[0], _employees(at)[1]
    at.text_input[0].set_value(first.employee_id).run()
    assert _shown(at).endswith(first.employee_id)
    at.text_input[0].set_value(second.employee_id).run()
    assert _shown(at).endswith(second.employee_id)
    at.text_input[0].set_value(first.employee_id.lower()).run()
    assert _shown(at).endswith(first.employee_id)


def test_a_name_finds_the_person_without_case_or_accents(solved):
    at = _person_page(solved)
    person = next(e for e in _employees(at) if e.name == "Omar Aït Brahim")
    at.text_input[0].set_value("omar ait brahim").run()
    assert _shown(at) == f"{person.name} · {person.employee_id}"


def test_several_matches_are_offered_as_suggestions(solved):
    at = _person_page(solved)
    same = [e for e in _employees(at) if e.name == "Amal Aït Brahim"]
    assert len(same) > 1
    at.text_input[0].set_value("Amal Aït Brahim").run()
    pick = at.selectbox(key="person_pick")
    assert len(pick.options) == len(same)
    assert _shown(at) == ""
    pick.set_value(same[1].employee_id).run()
    assert _shown(at) == f"{same[1].name} · {same[1].employee_id}"


def test_a_broad_search_offers_the_first_matches_and_says_how_many_more(solved):
    at = _person_page(solved)
    at.text_input[0].set_value("ag000").run()  # AG00001 to AG00099
    assert len(at.selectbox(key="person_pick").options) == 50
    assert "… et 49 autres : précisez la recherche." in [c.value for c in at.caption]


def test_nobody_matching_says_so(solved):
    at = _person_page(solved)
    at.text_input[0].set_value("zzzz").run()
    assert "Personne ne correspond à « zzzz »" in " ".join(w.value for w in at.warning)


def test_previous_and_next_walk_the_filtered_results_list(solved):
    at = goto(solved, "review")
    at.selectbox(key="review_outcome").set_value("unplaced").run()
    result = at.session_state["result"]
    unplaced = sorted(
        e.employee_id for e in _employees(at) if e.employee_id not in result.plan.assignments
    )
    assert len(unplaced) > 2
    at.session_state["person"] = unplaced[1]
    goto(at, "person")
    assert _shown(at).endswith(unplaced[1])
    assert f"2 sur {len(unplaced)}" in " ".join(c.value for c in at.caption)
    button(at, "Suivant").click().run()
    assert _shown(at).endswith(unplaced[2])
    button(at, "Précédent").click().run()
    button(at, "Précédent").click().run()
    assert _shown(at).endswith(unplaced[0])
    assert at.button(key="person_previous").disabled
    goto(at, "review")
    at.selectbox(key="review_outcome").set_value("all").run()


def test_with_names_hidden_only_matricules_are_searched_and_suggested(solved):
    at = _person_page(solved)
    at.toggle(key="hide_names").set_value(True).run()
    try:
        at.text_input[0].set_value("omar ait brahim").run()
        assert "Les noms sont masqués" in " ".join(w.value for w in at.warning)
        at.text_input[0].set_value("AG0001").run()
        labels = [o for o in at.selectbox(key="person_pick").options]
        assert labels and all("Omar" not in o and o.startswith("AG0001") for o in labels)
    finally:
        at.toggle(key="hide_names").set_value(False).run()
