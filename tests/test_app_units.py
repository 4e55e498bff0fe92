"""The app's pure helpers: translations, formats, table merges, settings, figures."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from planner import i18n
from planner.domain.plan import Pathway, Plan
from planner.ui import figures, table_edit
from planner.ui.settings_form import get_setting, set_setting
from tests.scenario_fixtures import dataset, result


def test_both_languages_have_the_same_keys():
    assert i18n.keys("fr") == i18n.keys("en")


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "text"),
    [
        (12345.5, "fr", 1, "12 345,5"),
        (12345.5, "en", 1, "12,345.5"),
        (1000000, "fr", 0, "1 000 000"),
        (2.0, "fr", 1, "2"),
        (None, "fr", 0, "–"),
    ],
)
def test_numbers(value, lang, decimals, text):
    assert i18n.fmt_number(value, lang, decimals) == text


def test_dates_money_percent():
    assert i18n.fmt_date(date(2026, 9, 15), "fr") == "15/09/2026"
    assert i18n.fmt_date(date(2026, 9, 15), "en") == "2026-09-15"
    assert i18n.fmt_money(1234567.6, "fr") == "1 234 568 MAD"
    assert i18n.fmt_percent(0.125, "fr") == "12,5 %"
    assert i18n.fmt_percent(0.125, "en") == "12.5%"


def test_t_fills_placeholders_and_shows_unknown_keys():
    assert i18n.t("scen.saved", "fr", name="A") == "Scénario « A » enregistré."
    assert i18n.t("no.such.key", "en") == "no.such.key"
    assert i18n.column_label("employees", "employee_id", "fr") == "Matricule"
    assert i18n.column_label("employees", "employee_id", "en") == "Employee id"


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "employee_id": ["A", "B", "C"],
            "site": ["Rabat", "Fès", "Tanger"],
            "tenure_years": [1.0, 2.0, 3.0],
            "mobile": [False, True, False],
        },
        index=[10, 11, 12],
    )


def test_apply_delta_maps_page_positions_to_whole_table_rows():
    labels = [12, 10]  # the page shows C then A
    delta = {
        "edited_rows": {"0": {"tenure_years": 9}, 1: {"mobile": True}},
        "deleted_rows": [],
        "added_rows": [],
    }
    out = table_edit.apply_delta(_frame(), labels, delta, "employees")
    assert out.loc[12, "tenure_years"] == 9.0 and bool(out.loc[10, "mobile"]) is True
    assert out.loc[11, "tenure_years"] == 2.0


def test_apply_delta_adds_and_deletes():
    delta = {
        "edited_rows": {},
        "deleted_rows": [1],
        "added_rows": [{"employee_id": "D", "site": "Oujda", "tenure_years": "4"}],
    }
    out = table_edit.apply_delta(_frame(), [10, 11, 12], delta, "employees")
    assert out["employee_id"].tolist() == ["A", "C", "D"]
    assert out.index.tolist() == [10, 12, 13]
    assert out.loc[13, "tenure_years"] == 4.0


def test_coerce_dates_from_the_browser():
    assert table_edit.coerce("2026-09-15T00:00:00", "date") == date(2026, 9, 15)
    assert table_edit.coerce(None, "date") is None
    assert table_edit.coerce(3.0, "int") == 3


def test_view_labels_search_and_problem_rows():
    frame = _frame()
    assert table_edit.view_labels(frame, "fès") == [11]
    assert table_edit.view_labels(frame, "", rows={12, 14}) == [10, 12]  # row = label + 2
    assert table_edit.row_numbers(frame.set_index("employee_id")).tolist() == [2, 3, 4]


def test_settings_set_and_clear():
    frame = set_setting(None, "budget_mad", 5000.0)
    frame = set_setting(frame, "plan_start_date", date(2027, 1, 4))
    assert get_setting(frame, "budget_mad") == 5000.0
    frame = set_setting(frame, "budget_mad", None)
    assert get_setting(frame, "budget_mad") is None
    assert get_setting(frame, "plan_start_date") == date(2027, 1, 4)


@pytest.mark.parametrize(
    ("years", "band"),
    [(0, "0–2"), (2.9, "0–2"), (3, "3–5"), (9.99, "6–9"), (10, "10–14"), (31, "15+")],
)
def test_tenure_bands(years, band):
    assert figures.tenure_band(years) == band


def test_changes_between_plans():
    before = Plan({"a": Pathway("R1"), "b": Pathway("R2", "S1")})
    after = Plan({"b": Pathway("R2", "S2"), "c": Pathway("R1")})
    moved = figures.changes(before, after)
    assert [(c.employee_id, c.before, c.after) for c in moved] == [
        ("a", Pathway("R1"), None),
        ("b", Pathway("R2", "S1"), Pathway("R2", "S2")),
        ("c", None, Pathway("R1")),
    ]


def test_key_figures_and_budget_are_recounted_from_the_plan():
    data, res = dataset(12), result()
    kf = figures.key_figures(data, res)
    assert (kf.employees, kf.placed, kf.cohorts_run) == (12, 2, 1)
    seniors = [e for e in data.employees if e.tenure_years >= 10]
    assert kf.seniors == len(seniors)
    split = figures.budget_split(data, res.plan)
    assert split == {"seats": 1500.5, "fixed": 20000.0, "left": 123456.75 - 1500.5 - 20000.0}


def test_placement_rates_by_group():
    data, res = dataset(5), result()  # odd ids in Fès; 00001 and 00004 placed
    table = figures.placements(data, res.plan)
    by_site = figures.placed_by(table, "site").set_index("site")
    assert by_site.loc["Fès", "people"] == 2 and by_site.loc["Fès", "placed"] == 1
    assert by_site.loc["Casablanca", "rate"] == pytest.approx(1 / 3)


def test_every_literal_key_used_by_the_app_exists():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sources = [
        root / "app.py",
        *(root / "app_pages").glob("*.py"),
        *(root / "planner" / "ui").glob("*.py"),
    ]
    used = {
        key
        for path in sources
        for key in re.findall(r"""\btr\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text())
    }
    assert len(used) > 100
    assert used - i18n.keys("fr") == set()


def test_every_status_and_reason_has_a_label():
    from planner.domain.outcomes import ReasonCode, Termination
    from planner.domain.schema import FAMILIES

    wanted = (
        {f"plan_status.{t.value}" for t in Termination}
        | {f"plan_detail.{t.value}" for t in Termination}
        | {f"reason.{c.value}" for c in ReasonCode}
        | {f"family.{f}" for f in FAMILIES}
    )
    assert wanted - i18n.keys("fr") == set()


def test_a_download_is_built_once_per_options():
    from planner.ui import downloads

    built, calls = {}, []

    def make(text):
        return lambda: calls.append(text) or text.encode()

    plan = downloads.once(built, ("plan", False), make("a"))
    assert plan() == b"a" and plan() == b"a" and calls == ["a"]
    other = downloads.once(built, ("plan", True), make("b"))
    assert other() == b"b" and calls == ["a", "b"]
    built.clear()  # a new plan: state empties the dict
    assert plan() == b"a" and calls == ["a", "b", "a"]
