"""Roster workbooks per provider or track, the arrival list per role, the zip, and injection
safety in every workbook the exports write."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import openpyxl
import pytest

from planner.export.outputs import (
    arrivals_xlsx_bytes,
    roster_files,
    rosters_zip,
    write_solve_outputs,
)
from planner.io.write.safe_text import is_formula_like
from tests.export_fixtures import (
    ASSIGNMENTS,
    FORMULA_PROVIDER,
    FORMULA_TRACK,
    INJ_COHORT,
    dataset,
    reasons,
    result,
    table_after_header,
)


def book_of(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def sessions_in(book: openpyxl.Workbook) -> dict[str, list[str]]:
    """Session id → trainee ids, read from each roster sheet."""
    found = {}
    for sheet in book:
        rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
        _, trainees = table_after_header(rows, "Matricule")
        found[rows[0][1]] = [r[0] for r in trainees]
    return found


def trainees_of(cohort_id: str) -> list[str]:
    return [e for e, p in ASSIGNMENTS.items() if p.cohort_id == cohort_id]


def test_rosters_by_provider():
    files = roster_files(dataset(), result(), reasons(), by="provider")
    assert set(files) == {"Institut_Data_&_IA.xlsx", "sans_organisme.xlsx", "@SUM(A1_A9).xlsx"}
    assert sessions_in(book_of(files["Institut_Data_&_IA.xlsx"])) == {"C-AI": ["E001"]}
    assert sessions_in(book_of(files["sans_organisme.xlsx"])) == {"C-EN": ["E002"]}
    provider_book = book_of(files["@SUM(A1_A9).xlsx"])
    assert sessions_in(provider_book) == {INJ_COHORT: trainees_of(INJ_COHORT)}
    facts = dict(tuple(r)[:2] for r in provider_book.active.iter_rows(max_row=10, values_only=True))
    assert facts["Organisme de formation"] == FORMULA_PROVIDER


def test_rosters_by_track_in_english():
    files = roster_files(dataset(), result(), reasons(), by="track", lang="en")
    assert set(files) == {
        "Annotation_de_données.xlsx",
        "Anglais_B2_support.xlsx",
        f"{FORMULA_TRACK}.xlsx",
    }
    book = book_of(files["Anglais_B2_support.xlsx"])
    rows = [tuple(r) for r in book.active.iter_rows(values_only=True)]
    header, trainees = table_after_header(rows, "Employee ID")
    assert header[:4] == ("Employee ID", "Name", "Site", "Languages")
    assert trainees == [
        (
            "E002",
            "محمد العلوي 😀",
            "Rabat",
            "en:B1; fr:C1",
            "R-SUP",
            "Conseiller support anglais",
            "remote",
        )
    ]
    assert dict(r[:2] for r in rows[:10])["Training provider"] == "no provider"


def test_unknown_grouping_is_refused():
    with pytest.raises(ValueError, match="provider or track"):
        roster_files(dataset(), result(), reasons(), by="site")


def test_arrival_list_per_role():
    book = book_of(arrivals_xlsx_bytes(dataset(), result(), reasons()))
    assert book.sheetnames == ["Postes", "R-ANN", "R-SUP", "R-BO"]
    rows = [tuple(r) for r in book["R-ANN"].iter_rows(values_only=True)]
    header, arrivals = table_after_header(rows, "Date d'arrivée")
    assert header[:3] == ("Date d'arrivée", "Matricule", "Nom")
    assert [(r[0], r[1], r[4]) for r in arrivals] == [
        (datetime(2026, 12, 1), "E001", "C-AI"),
        (datetime(2026, 12, 1), "E006", INJ_COHORT),
    ]
    direct = [tuple(r) for r in book["R-BO"].iter_rows(values_only=True)]
    _, arrivals = table_after_header(direct, "Date d'arrivée")
    assert arrivals[0][0] == datetime(2026, 10, 1) and arrivals[0][4] is None


def test_zip_holds_rosters_and_arrivals_and_is_deterministic():
    data = rosters_zip(dataset(), result(), reasons())
    assert data == rosters_zip(dataset(), result(), reasons())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert sorted(archive.namelist()) == sorted(
            [
                "rosters/Institut_Data_&_IA.xlsx",
                "rosters/sans_organisme.xlsx",
                "rosters/@SUM(A1_A9).xlsx",
                "arrivees_par_poste.xlsx",
            ]
        )
        book_of(archive.read("arrivees_par_poste.xlsx"))


def test_the_rosters_folder_lists_exactly_this_plan(tmp_path):
    """The planner's rosters of an earlier grouping go; a user's own workbook stays."""
    (tmp_path / "rosters").mkdir()
    (tmp_path / "rosters" / "my_notes.xlsx").write_bytes(b"mine")
    write_solve_outputs(tmp_path, dataset(), result(), reasons(), rosters_by="track")
    paths = write_solve_outputs(
        tmp_path, dataset(), result(), reasons(), rosters_by="provider", arrivals=True
    )
    assert sorted(p.name for p in paths["rosters"].iterdir()) == [
        "@SUM(A1_A9).xlsx",
        "Institut_Data_&_IA.xlsx",
        "my_notes.xlsx",
        "sans_organisme.xlsx",
    ]
    assert (tmp_path / "rosters" / "my_notes.xlsx").read_bytes() == b"mine"
    assert paths["arrivals"].name == "arrivees_par_poste.xlsx"


def formula_cells(book: openpyxl.Workbook) -> tuple[list[str], list[str]]:
    """(cells stored as formulas, formula-looking texts that are not quote-prefixed text)."""
    formulas, unsafe = [], []
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                where = f"{sheet.title}!{cell.coordinate}"
                if cell.data_type == "f":
                    formulas.append(where)
                if (
                    isinstance(cell.value, str)
                    and is_formula_like(cell.value)
                    and not (cell.data_type == "s" and cell.quotePrefix)
                ):
                    unsafe.append(where)
    return formulas, unsafe


def test_no_workbook_contains_a_formula(tmp_path):
    paths = write_solve_outputs(
        tmp_path, dataset(), result(), reasons(), rosters_by="track", arrivals=True
    )
    books = [paths["plan"], paths["arrivals"], *paths["rosters"].iterdir()]
    hostile_seen = 0
    for path in books:
        book = openpyxl.load_workbook(path)
        assert formula_cells(book) == ([], []), path.name
        hostile_seen += sum(
            isinstance(c.value, str) and is_formula_like(c.value)
            for s in book
            for r in s.iter_rows()
            for c in r
        )
    assert hostile_seen >= 8  # the hostile texts did reach the files
