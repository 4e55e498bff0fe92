"""Hostile ids, numbers and dates: each goes through the real reading and validation path
(an .xlsx or .csv built here) and comes back as a located problem, never a crash, a silent
collision or a number the model cannot count.

Base workbook (tests/read_fixtures.py): employees E001 (row 2) and E002 (row 3), session S1
(row 2), role R1 (row 2), settings budget_mad (row 2) and plan_start_date (row 3).
"""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.check.plan_rules import check_plan
from planner.cli.main import main
from planner.domain.limits import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_COUNT,
    MAX_MAD,
    MAX_WEEKS,
    MAX_YEARS,
)
from planner.domain.plan import Pathway, Plan
from planner.domain.records import Cohort, Dataset, Employee, Role, Settings
from planner.i18n import describe_problem, problem_expected, problem_message
from planner.load import workbook
from tests.read_fixtures import base_sheets, codes, load_sheets, only, xlsx_bytes

EMPLOYEES, COHORTS, ROLES, SETTINGS = "Collaborateurs", "Sessions", "Postes", "Paramètres"
SEATS, COST, START, DURATION = 6, 7, 4, 5  # columns of the base Sessions sheet


def where(problem) -> tuple:
    return (problem.sheet, problem.row, problem.column, problem.value)


def with_cell(sheet: str, row: int, column: int, value: object):
    sheets = base_sheets()
    sheets[sheet][row][column] = value
    return load_sheets(sheets)


def with_employee_id(value: object):
    """The base workbook with E002's id (row 3) replaced."""
    return with_cell(EMPLOYEES, 2, 0, value)


def csv_employees(*ids: str) -> bytes:
    lines = ["Matricule;Site;Ancienneté (ans)"] + [f"{i};Rabat;2" for i in ids]
    return "\n".join(lines).encode("utf-8")


# ids ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, code_point",
    [
        pytest.param("E001_x0001_", "U+0001", id="excel-escape-of-a-control-character"),
        pytest.param("E001\u200b", "U+200B", id="zero-width-space"),
        pytest.param("\u202eE001", "U+202E", id="right-to-left-override"),
        pytest.param("E0\u00ad01", "U+00AD", id="soft-hyphen"),
        pytest.param("\ufeffE001", "U+FEFF", id="byte-order-mark"),
    ],
)
def test_an_id_that_prints_like_another_is_refused_and_named_as_a_collision(written, code_point):
    """An id differing from E001 only by an invisible character: refused at its cell, and
    reported as the same id as row 2, both values shown with the invisible one visible."""
    result = with_employee_id(written)
    hidden = only(result, "id_hidden_character")
    assert (hidden.sheet, hidden.row, hidden.column) == (EMPLOYEES, 3, "Matricule")
    assert problem_message(hidden, "en") == (
        f"the id holds an invisible or control character ({code_point})"
    )
    assert f"<{code_point}>" in hidden.value
    twin = only(result, "duplicate_id_variant")
    assert (twin.row, dict(twin.params)) == (3, {"first": "2", "other": "E001"})
    assert result.dataset is None


def test_an_escape_sequence_in_an_id_never_reaches_the_terminal():
    """ESC [31m in an id (a terminal colour code, stored by Excel as _x001B_) is shown as
    <U+001B>, never sent raw."""
    problem = only(with_employee_id("_x001B_[31mE9"), "id_hidden_character")
    text = describe_problem(problem, "en", as_written=True)
    assert "\x1b" not in text and "<U+001B>[31mE9" in text


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("Ｅ００１", id="full-width-letters-and-digits"),
        pytest.param("e 001", id="case-and-inner-space"),
        pytest.param("E\u00a0001", id="no-break-space-inside"),
        pytest.param("\U0001d404\U0001d7ce\U0001d7ce\U0001d7cf", id="mathematical-bold-E001"),
    ],
)
def test_ids_equal_after_normalisation_are_a_duplicate_naming_both_rows(written):
    """NFKC, case and spaces: an id that reads as E001 is the same id as row 2's E001."""
    result = with_employee_id(written)
    problem = only(result, "duplicate_id_variant")
    assert where(problem)[:3] == (EMPLOYEES, 3, "Matricule")
    assert dict(problem.params) == {"first": "2", "other": "E001"}
    assert "id_hidden_character" not in codes(result)


def test_composed_and_decomposed_accents_are_one_session_id():
    """ "Séance" typed with é (U+00E9) and with e + U+0301: two rows, one session."""
    sheets = base_sheets()
    sheets[COHORTS][1][0] = "S\u00e9ance"
    sheets[COHORTS].append(list(sheets[COHORTS][1]))
    sheets[COHORTS][2][0] = "Se\u0301ance"
    problem = only(load_sheets(sheets), "duplicate_id_variant")
    assert (problem.sheet, problem.row, problem.column) == (COHORTS, 3, "Session")
    assert dict(problem.params)["first"] == "2"


def test_role_ids_differing_by_case_collide():
    """R1 and r1 in the roles sheet are one role, reported on the second row."""
    sheets = base_sheets()
    sheets[ROLES].append(["r1", "Autre", "back_office", "Rabat", 1])
    problem = only(load_sheets(sheets), "duplicate_id_variant")
    assert where(problem) == (ROLES, 3, "Poste", "r1")


def test_an_id_written_twice_the_same_way_keeps_the_plain_duplicate():
    """The same text on two rows: duplicate_id, first row named."""
    problem = only(with_employee_id("E001"), "duplicate_id")
    assert where(problem) == (EMPLOYEES, 3, "Matricule", "E001")
    assert problem_message(problem, "en") == "the id is used twice (first on row 2)"


def test_a_collision_is_found_even_when_the_first_row_is_refused_for_something_else():
    """Row 2 has a bad tenure; its id still takes part in the duplicate check."""
    sheets = base_sheets()
    sheets[EMPLOYEES][1][3] = "douze"
    sheets[EMPLOYEES][2][0] = "e001"
    result = load_sheets(sheets)
    assert {"bad_number", "duplicate_id_variant"} <= set(codes(result))


def test_an_excel_escape_typed_in_a_csv_is_decoded_before_comparing():
    """A CSV holding the text A1_x0001_ is refused as Excel would show it: A1 + U+0001."""
    result = workbook.load(csv_employees("A1", "A1_x0001_"), "collaborateurs.csv")
    problem = only(result, "id_hidden_character")
    assert (problem.row, problem.value) == (3, "A1_x0001_")
    assert only(result, "duplicate_id_variant").row == 3


def test_a_true_false_cell_is_not_an_id():
    """A boolean cell would have become the id "True"."""
    problem = only(with_employee_id(True), "id_boolean")
    assert (problem.sheet, problem.row, problem.column) == (EMPLOYEES, 3, "Matricule")
    assert problem_expected(problem, "en").startswith("an id written as text")


def test_a_twenty_digit_number_id_is_refused_not_rounded():
    """12345678901234567890 in a number cell is stored by Excel as 1.2345678901234567e19:
    its last digits are already lost, so it is refused rather than exported as
    12345678901234567168."""
    problem = only(with_employee_id(12345678901234567890), "id_digits")
    assert (problem.row, problem.column) == (3, "Matricule")
    assert problem_message(problem, "en").startswith("this number has more than 15")


def test_a_fifteen_digit_number_id_keeps_every_digit():
    """123456789012345 (15 digits) and 7.0 read "123456789012345" and "7", never "7.0"."""
    sheets = base_sheets()
    sheets[EMPLOYEES][1][0] = 123456789012345
    sheets[EMPLOYEES][2][0] = 7.0
    ids = [e.employee_id for e in load_sheets(sheets).dataset.employees]
    assert ids == ["123456789012345", "7"]


def test_a_number_id_and_its_text_are_one_id():
    """7 typed as a number on one row and as text on another: the same id "7"."""
    sheets = base_sheets()
    sheets[EMPLOYEES][1][0] = 7
    sheets[EMPLOYEES][2][0] = "7"
    assert where(only(load_sheets(sheets), "duplicate_id")) == (EMPLOYEES, 3, "Matricule", "7")


def test_invisible_characters_in_codes_and_sites_do_not_make_new_ones():
    """A zero-width space inside a skill code and a site: still crm and Casablanca."""
    sheets = base_sheets()
    sheets[EMPLOYEES][2][5] = "c\u200brm:3"
    sheets[EMPLOYEES][1][2] = "Casa\u200bblanca"
    sheets[EMPLOYEES][2][7] = "non"  # E002 no longer reaches Casablanca by mobility
    result = load_sheets(sheets)
    assert result.ok and "cohort_unreachable" not in codes(result)
    assert result.dataset.employees[1].skills == {"crm": 3}


# numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sheet, row, column, value, header, limit",
    [
        pytest.param(SETTINGS, 1, 1, 1e19, "Valeur", "1,000,000,000,000 MAD", id="budget-1e19"),
        pytest.param(COHORTS, 1, COST, 1e19, "Coût par place (MAD)", "1,000,000,000,000 MAD",
                     id="cost-per-seat-1e19"),
        pytest.param(COHORTS, 1, SEATS, 1e19, "Places", "1,000,000", id="seats-1e19"),
        pytest.param(ROLES, 1, 4, 10**6 + 1, "Postes ouverts", "1,000,000",
                     id="openings-one-over"),
        pytest.param(COHORTS, 1, DURATION, 10**6, "Durée (semaines)", "520 weeks",
                     id="duration-a-million-weeks"),
        pytest.param(EMPLOYEES, 1, 3, 1e300, "Ancienneté (ans)", "60 years",
                     id="tenure-1e300"),
        pytest.param(COHORTS, 1, COST, "1" + "0" * 400, "Coût par place (MAD)",
                     "1,000,000,000,000 MAD", id="a-400-digit-number-text"),
        pytest.param(COHORTS, 1, SEATS, "9" * 30, "Places", "1,000,000",
                     id="a-30-digit-seat-count"),
    ],
)  # fmt: skip
def test_a_number_over_its_limit_is_refused_with_the_limit_stated(
    sheet, row, column, value, header, limit
):
    """Values CP-SAT or the centimes arithmetic could not hold: refused at their cell."""
    problem = only(with_cell(sheet, row, column, value), "over_limit")
    assert (problem.sheet, problem.row, problem.column) == (sheet, row + 1, header)
    assert limit in problem_expected(problem, "en")


def test_minimum_size_and_weights_have_limits_too():
    """Minimum size 2,000,000 and a weight of 10^7: both over the count limit."""
    sheets = base_sheets()
    sheets[COHORTS][0].append("Effectif minimum")
    sheets[COHORTS][1].append(2_000_000)
    sheets[SETTINGS].append(["weight_placed", 10**7])
    found = [p for p in load_sheets(sheets).problems if p.code == "over_limit"]
    assert [(p.sheet, p.row) for p in found] == [(COHORTS, 2), (SETTINGS, 4)]


@pytest.mark.parametrize(
    "value",
    [pytest.param("NaN", id="nan-text"), pytest.param("-inf", id="minus-infinity-text")],
)
def test_not_a_number_and_infinity_are_refused(value):
    """NaN and infinity spelled out in a cost cell."""
    problem = only(with_cell(COHORTS, 1, COST, value), "not_finite")
    assert (problem.row, problem.column) == (2, "Coût par place (MAD)")


def test_negative_zero_reads_zero():
    """-0 as a cost and a budget reads 0.0, never an amount printed "-0"."""
    sheets = base_sheets()
    sheets[COHORTS][1][COST] = "-0"
    sheets[SETTINGS][1][1] = -0.0
    dataset = load_sheets(sheets).dataset
    assert math.copysign(1, dataset.cohorts[0].cost_per_seat) == 1
    assert math.copysign(1, dataset.settings.budget_mad) == 1


def test_sessions_that_together_cost_more_than_the_limit_are_refused():
    """Two sessions of 600,000 seats at 900,000 MAD, each 5.4 x 10^11 MAD full and every
    cell within its limit, together 1.08 x 10^12 MAD: refused on the first of the two
    (equal) sessions, the total stated."""
    sheets = base_sheets()
    sheets[COHORTS][1][SEATS], sheets[COHORTS][1][COST] = 600_000, 900_000
    sheets[COHORTS].append(list(sheets[COHORTS][1]))
    sheets[COHORTS][2][0] = "S2"
    problem = only(load_sheets(sheets), "costs_over_limit")
    assert (problem.sheet, problem.row, problem.column) == (COHORTS, 2, "Coût par place (MAD)")
    assert dict(problem.params) == {"total": "1 080 000 000 000", "amount": "540 000 000 000"}
    assert f"{MAX_MAD:,}" in problem_expected(problem, "en")


@pytest.mark.parametrize(
    "text, read, thousands",
    [
        pytest.param("7,800", 7.8, "7800", id="comma-then-three-digits"),
        pytest.param("120.000", 120.0, "120000", id="point-then-three-digits"),
    ],
)
def test_an_ambiguous_number_is_read_as_a_decimal_and_says_so(text, read, thousands):
    """ "7,800" could be 7.8 or 7800: read with the decimal mark, and a warning says so."""
    sheets = base_sheets()
    sheets[COHORTS][1][COST] = text
    result = load_sheets(sheets)
    assert result.ok and result.dataset.cohorts[0].cost_per_seat == read
    problem = only(result, "ambiguous_number")
    assert (problem.severity.value, problem.row, problem.column) == (
        "warning",
        2,
        "Coût par place (MAD)",
    )
    assert f"not as {thousands}" in problem_message(problem, "en")


def test_an_ambiguous_budget_warns_in_the_settings_too():
    """A budget of "120,000" reads 120 MAD, with the warning on the settings row."""
    result = with_cell(SETTINGS, 1, 1, "120,000")
    assert result.dataset.settings.budget_mad == 120.0
    assert where(only(result, "ambiguous_number"))[:3] == (SETTINGS, 2, "Valeur")


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("1,200,000", 1_200_000.0, id="commas-grouping-thousands"),
        pytest.param("1.200.000", 1_200_000.0, id="points-grouping-thousands"),
        pytest.param("0,500", 0.5, id="leading-zero-is-a-decimal"),
        pytest.param("1 234,567", 1234.567, id="space-grouped-then-decimal-comma"),
    ],
)
def test_unambiguous_separators_read_without_a_warning(text, value):
    """Groups repeated, a leading zero or a space-grouped whole part leave one reading."""
    result = with_cell(COHORTS, 1, COST, text)
    assert result.ok and result.dataset.cohorts[0].cost_per_seat == value
    assert "ambiguous_number" not in codes(result)


# dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sheet, row, column, value, header",
    [
        pytest.param(COHORTS, 1, START, "31/12/9999", "Date de début", id="text-year-9999"),
        pytest.param(COHORTS, 1, START, datetime(9999, 12, 31), "Date de début",
                     id="date-cell-year-9999"),
        pytest.param(COHORTS, 1, START, 1_000_000, "Date de début",
                     id="serial-number-a-million"),
        pytest.param(SETTINGS, 2, 1, date(1999, 12, 31), "Valeur", id="plan-start-1999"),
        pytest.param(ROLES, 1, 6, "2101-01-01", "Date de prise de poste", id="role-start-2101"),
    ],
)  # fmt: skip
def test_a_date_outside_2000_2100_is_refused(sheet, row, column, value, header):
    """Dates whose end (start + duration) could not even be represented, or typos."""
    sheets = base_sheets()
    if sheet == ROLES:
        sheets[ROLES][0].append("Date de prise de poste")
        sheets[ROLES][1].append(None)
    sheets[sheet][row][column] = value
    problem = only(load_sheets(sheets), "date_out_of_range")
    assert (problem.sheet, problem.row, problem.column) == (sheet, row + 1, header)
    assert problem_expected(problem, "en") == "a date from 2000-01-01 to 2100-12-31"


# the edit path -------------------------------------------------------------------------


def test_an_edited_table_is_held_to_the_same_limits():
    """The app's tables: a cost of 1e19 typed in the editor is refused at its cell."""
    frames = load_sheets(base_sheets()).frames
    frames = {name: frame.copy() for name, frame in frames.items()}
    frames["cohorts"].loc[0, "cost_per_seat"] = 1e19
    problem = only(workbook.load_frames(frames), "over_limit")
    assert (problem.sheet, problem.row, problem.column) == ("cohorts", 2, "cost_per_seat")


def test_a_refused_id_stays_refused_after_an_edit_elsewhere():
    """A true/false id cell keeps its value in the app's table, so re-validating after any
    edit refuses it again rather than accept the text "True"."""
    frames = with_employee_id(True).frames
    assert frames["employees"].loc[1, "employee_id"] is True
    assert "id_boolean" in codes(workbook.load_frames(frames))


# solve ---------------------------------------------------------------------------------


def at_the_limits() -> dict[str, list[list]]:
    """Every number and date at the edge of what is accepted: 1,000,000 seats at 1,000,000
    MAD (10^12 MAD full), a budget of 10^12 MAD, 520 weeks, dates in 2000 and 2100, weights
    of 10^6 in the weighted objective, tenure and seniority of 60 years."""
    sheets = base_sheets()
    sheets[EMPLOYEES][1][3] = 60
    cohort = sheets[COHORTS][1]
    cohort[START], cohort[DURATION], cohort[SEATS], cohort[COST] = (
        date(2000, 1, 1),
        520,
        10**6,
        10**6,
    )
    sheets[ROLES][0] += ["Date de prise de poste", "Salaire mensuel (MAD)"]
    sheets[ROLES][1] += [date(2100, 12, 31), MAX_MAD]
    sheets[ROLES][1][4] = 10**6
    sheets[SETTINGS] = [
        ["Paramètre", "Valeur"],
        ["budget_mad", MAX_MAD],
        ["plan_start_date", date(2000, 1, 1)],
        ["seniority_years", 60],
        ["objective", "weighted"],
        *([f"weight_{name}", 10**6] for name in ("placed", "senior", "wish")),
    ]
    return sheets


def solve_exit(sheets, tmp_path, *options: str) -> int:
    book = tmp_path / "limits.xlsx"
    book.write_bytes(xlsx_bytes(sheets))
    return main(["solve", str(book), "--out", str(tmp_path / "out"), "--quiet", *options])


def test_a_workbook_at_every_limit_is_planned(tmp_path):
    """The largest accepted values reach CP-SAT and the exports without an overflow:
    exit 0, both people placed through the one session."""
    assert solve_exit(at_the_limits(), tmp_path, "--time-limit", "20") == 0
    summary = (tmp_path / "out" / "summary.json").read_text(encoding="utf-8")
    assert '"placed": 2' in summary


def test_one_over_a_limit_is_invalid_input_not_an_internal_error(tmp_path, capsys):
    """The same workbook with the budget one dirham over: exit 2 with the located problem."""
    sheets = at_the_limits()
    sheets[SETTINGS][1][1] = MAX_MAD + 1
    assert solve_exit(sheets, tmp_path) == 2
    assert "row 2, column 'Valeur'" in capsys.readouterr().err


def test_a_budget_option_over_the_limit_is_refused(tmp_path, capsys):
    """--budget 1e19 replaces the sheet's budget: refused as an invalid option (exit 2)."""
    assert solve_exit(base_sheets(), tmp_path, "--budget", "1e19") == 2
    assert "1,000,000,000,000" in capsys.readouterr().err


# any value -----------------------------------------------------------------------------

numbers = st.one_of(
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.from_regex(r"\A[+-]?[0-9]{1,40}([.,][0-9]{0,5})?([eE][+-]?[0-9]{1,4})?\Z"),
    st.from_regex(r"\A[0-9]{1,3}([ ,.][0-9]{3}){1,8}\Z"),
    st.sampled_from(["-0", "1e308", "1e309", "-1e400", "4.9e-324", "0x10", "１２"]),
)
dates = st.one_of(
    st.dates(),
    st.integers(-10, 3_000_000),
    st.from_regex(r"\A[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\Z"),
)
CELLS = [(COHORTS, 1, SEATS), (COHORTS, 1, COST), (COHORTS, 1, DURATION), (ROLES, 1, 4)]
CELLS += [(EMPLOYEES, 1, 3), (SETTINGS, 1, 1), (COHORTS, 1, START), (SETTINGS, 2, 1)]
DATE_CELLS = CELLS[-2:]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(CELLS), st.data())
def test_whatever_one_number_or_date_an_accepted_workbook_is_within_the_limits(cell, data):
    """A random number (huge, tiny, negative zero, a grouped text) or date in one numeric or
    date cell: a problem or a dataset, never an internal error, and a dataset holds only
    values within domain.limits."""
    sheets = base_sheets()
    sheet, row, column = cell
    sheets[sheet][row][column] = data.draw(dates if cell in DATE_CELLS else numbers)
    result = load_sheets(sheets)
    assert "internal_error" not in codes(result)
    if result.dataset is not None:
        within_limits(result.dataset)


def within_limits(dataset) -> None:
    cohort, role, person = dataset.cohorts[0], dataset.roles[0], dataset.employees[0]
    assert 0 <= cohort.seats <= MAX_COUNT and 0 <= role.openings <= MAX_COUNT
    assert 1 <= cohort.duration_weeks <= MAX_WEEKS and 0 <= person.tenure_years <= MAX_YEARS
    assert 0 <= cohort.cost_per_seat * cohort.seats <= MAX_MAD
    assert dataset.settings.budget_mad is None or 0 <= dataset.settings.budget_mad <= MAX_MAD
    for day in (cohort.start_date, dataset.settings.plan_start_date):
        assert day is None or FIRST_YEAR <= day.year <= LAST_YEAR


def test_a_cost_below_the_centime_is_counted_as_the_model_counts_it(tmp_path):
    """A seat at 0.004 MAD with a budget of 0: the model counts whole centimes (0), so the
    independent checker must too; it reported a budget violation and solve exited 1."""
    sheets = base_sheets()
    sheets[COHORTS][1][COST] = 0.004
    sheets[SETTINGS][1][1] = 0
    sheets[ROLES][1][5] = sheets[COHORTS][1][9] = "en:C1"  # only the session leads there
    assert solve_exit(sheets, tmp_path) == 0
    summary = (tmp_path / "out" / "summary.json").read_text(encoding="utf-8")
    assert '"placed": 2' in summary and '"cost_mad": 0.0' in summary


def test_amounts_near_the_limit_within_the_budget_to_the_centime_pass_the_checker():
    """Three opening costs of 1.3-2.4 x 10^11 MAD and a budget equal to their sum to the
    centime: summed as floats they pass it by 0.00012 MAD, in centimes they fit exactly."""
    fixed = (134601480315.81, 209759752277.63, 240608152413.13)
    cohorts = tuple(
        Cohort(f"S{i}", "t", "ai_data", "Rabat", 4, 1, fixed_cost=cost)
        for i, cost in enumerate(fixed)
    )
    dataset = Dataset(
        tuple(Employee(f"E{i}", "Rabat", 1.0) for i in range(3)),
        cohorts,
        (Role("R", "t", "ai_data", "Rabat", 3),),
        Settings(budget_mad=584969385006.57),
    )
    plan = Plan({f"E{i}": Pathway("R", f"S{i}") for i in range(3)})
    assert math.fsum(fixed) > dataset.settings.budget_mad + 1e-6
    assert check_plan(dataset, plan) == []
