"""Exports name families as the reader does (« IA et données »), not by their codes."""

from __future__ import annotations

import openpyxl
import pytest

from planner.export.labels import family_label, label, wishes_text
from planner.export.outputs import write_solve_outputs
from tests.export_fixtures import dataset, reasons, result, sheet_rows, table_after_header


def column(rows: list[tuple], first: str, name: str, lang: str) -> list:
    header, body = table_after_header(rows, label(first, lang))
    at = header.index(label(name, lang))
    return [row[at] for row in body]


@pytest.mark.parametrize(
    ("lang", "ai", "back_office"),
    [("fr", "IA et données", "Back-office"), ("en", "AI and data", "Back office")],
)
def test_the_plan_workbook_names_families(tmp_path, lang, ai, back_office):
    files = write_solve_outputs(tmp_path / lang, dataset(), result(), reasons(), lang=lang)
    book = openpyxl.load_workbook(files["plan"])
    sheets = book.sheetnames
    assignments, unplaced = sheet_rows(book, sheets[1]), sheet_rows(book, sheets[2])
    sessions = sheet_rows(book, sheets[3])
    # E001 goes to R-ANN (ai_data), E003 to R-BO (back_office); E005, unplaced, wished ai_data
    families = column(assignments, "employee_id", "family", lang)
    assert families[0] == ai and families[2] == back_office
    assert ai in column(unplaced, "employee_id", "wishes", lang)
    assert column(sessions, "cohort_id", "family", lang)[0] == ai
    every = {v for row in assignments + unplaced + sessions for v in row}
    assert "ai_data" not in every and "back_office" not in every


def test_an_unknown_family_and_track_wishes_stay_as_written():
    assert family_label("retail", "fr") == "retail"
    assert wishes_text(("ai_data", "Anglais professionnel"), "fr") == (
        "IA et données; Anglais professionnel"
    )
