"""Review page at scale: paged and sorted assignment table, seats and openings as totals and
tables, the placements table computed once per plan."""

from __future__ import annotations

import pytest

from planner.ui import capacity_view, figures
from tests.app_helpers import goto, solve, start_app, texts
from tests.scenario_fixtures import dataset, result


@pytest.fixture(scope="module")
def review():
    """The sample solved, on the review page, with 100-row pages (the sample has 300)."""
    mp = pytest.MonkeyPatch()
    mp.setattr("planner.ui.assignments.PAGE_SIZE", 100)
    at = goto(solve(start_app(), seconds=5), "review")
    yield at
    mp.undo()


def _assignments(at):
    return next(d.value for d in at.dataframe if "Résultat" in d.value.columns)


def test_the_assignment_table_is_paged(review):
    table = _assignments(review)
    assert len(table) == 100
    assert table["Matricule"].tolist()[:2] == ["AG00001", "AG00002"]
    assert "300 personnes · page 1 sur 3" in texts(review)
    review.get("pagination")[0].set_value(3).run()
    table = _assignments(review)
    assert table["Matricule"].tolist()[-1] == "AG00300"
    assert "page 3 sur 3" in texts(review)


def test_sorting_applies_to_every_page_and_starts_again_on_page_one(review):
    review.selectbox(key="review_sort").set_value("tenure").run()
    data = review.session_state["result_dataset"]
    longest = max(data.employees, key=lambda e: e.tenure_years)
    table = _assignments(review)
    assert table["Matricule"].iloc[0] == longest.employee_id
    assert "page 1 sur 3" in texts(review)
    review.selectbox(key="review_sort").set_value("employee_id").run()


def test_the_placements_table_is_computed_once_per_plan(review):
    first = review.session_state["memo"]["placements"][1]
    review.run()
    assert review.session_state["memo"]["placements"][1] is first
    goto(review, "equity")  # the equity page reuses it and must not change it
    assert review.session_state["memo"]["placements"][1] is first
    assert "non renseigné" not in set(first["gender"])
    goto(review, "review")


def test_seats_and_openings_are_totals_and_tables(review):
    metrics = {m.label: m.value for m in review.metric}
    data = review.session_state["result_dataset"]
    placed = review.session_state["result"].plan.assignments.values()
    seats = sum(c.seats for c in data.cohorts)
    assert metrics[f"Places occupées sur {seats}"] == str(sum(1 for w in placed if w.cohort_id))
    openings = sum(r.openings for r in data.roles)
    assert metrics[f"Postes pourvus sur {openings}"] == str(len(placed))
    sessions = next(
        d.value
        for d in review.dataframe
        if "Remplissage" in d.value.columns and "Session" in d.value.columns
    )
    assert len(sessions) == len(data.cohorts)


def test_use_by_family_and_fill_rates():
    data, res = dataset(12), result()
    seats = figures.seat_use(data, res.plan)
    by_family = figures.use_by(seats, "family", "used", "seats")
    assert by_family.to_dict("records") == [
        {"family": "ai_data", "used": 1, "seats": 10},
        {"family": "multilingual_support", "used": 0, "seats": 0},
    ]
    table = capacity_view.session_table(seats)
    assert table["Remplissage"].tolist() == [10.0, 0.0]  # zero seats: 0 %, not a division error
    assert table["Coût (MAD)"].tolist() == [21500.0, 0.0]  # 1,500.5 a seat + 20,000 to open
    roles = capacity_view.role_table(figures.opening_use(data, res.plan))
    assert roles["Remplissage"].tolist() == [20.0, 50.0]


def test_the_budget_is_also_written_in_words(review):
    data = review.session_state["result_dataset"]
    split = figures.budget_split(data, review.session_state["result"].plan)
    seats = f"{round(split['seats']):,}".replace(",", " ")
    assert f"Coût des places : {seats} MAD · Coûts d'ouverture : " in texts(review)
