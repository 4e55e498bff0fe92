"""App: an uploaded workbook with errors is fixed in the browser, without uploading it again."""

from __future__ import annotations

import io

import openpyxl

from tests.app_helpers import start_app

HEADERS = ["Matricule", "Site", "Ancienneté (ans)", "Langues", "Vœux"]
EMPLOYEES = [
    ["E1", "Rabat", 12, "fr:C2; en:B2", "back_office"],
    ["E2", "Rabat", 3, "fr:C1; en:B7", "back_office"],  # en:B7 is not a level
    ["E3", "Casablanca", 5, "fr:C1", ""],
]


def workbook(title_rows: int = 0) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Collaborateurs"
    for _ in range(title_rows):
        sheet.append(["Export RH — mars 2026"])
    for row in [HEADERS, *EMPLOYEES]:
        sheet.append(row)
    book.create_sheet("Sessions").append(
        [
            "Session",
            "Formation",
            "Filière",
            "Site",
            "Durée (semaines)",
            "Places",
            "Coût par place (MAD)",
        ]
    )
    book["Sessions"].append(["S1", "Back-office bancaire", "back_office", "Rabat", 6, 10, 4000])
    book.create_sheet("Postes").append(["Poste", "Intitulé", "Filière", "Site", "Postes ouverts"])
    book["Postes"].append(["P1", "Gestionnaire back-office", "back_office", "Rabat", 2])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(data: bytes):
    at = start_app()
    at.get("file_uploader")[0].upload("agents.xlsx", data).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def problem_rows(at) -> list:
    tables = [d.value for d in at.dataframe if "Problème" in d.value.columns]
    return [row for table in tables for row in table.to_dict("records")]


def employees_editor(at):
    return next(e for e in at.data_editor if e.key.startswith("editor_employees_"))


def test_fixing_the_bad_cell_of_an_upload_in_the_editor_clears_the_error():
    at = upload(workbook())
    assert at.session_state["load"].dataset is None
    assert any("bloque l'optimisation" in e.value for e in at.error)
    [problem] = problem_rows(at)
    assert (problem["Ligne"], problem["Colonne"], problem["Valeur"]) == (
        3,
        "Langues",
        "fr:C1; en:B7",
    )
    editor = employees_editor(at)
    page = editor.value
    assert page["_row"].tolist() == [2, 3, 4]
    assert page.loc[1, "languages"] == "fr:C1; en:B7"  # the refused cell, as uploaded
    at.session_state[editor.key] = {
        "edited_rows": {1: {"languages": "fr:C1; en:B2"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception and not at.error
    assert problem_rows(at) == []
    data = at.session_state["load"].dataset
    assert [e.employee_id for e in data.employees] == ["E1", "E2", "E3"]
    assert data.employees[1].languages["en"] == 4  # B2
    assert at.session_state["source"] == "agents.xlsx"


def test_rows_under_a_title_keep_the_file_numbers_in_problems_and_editor():
    at = upload(workbook(title_rows=2))  # header on row 3, E2 on row 5
    [problem] = problem_rows(at)
    assert problem["Ligne"] == 5
    at.checkbox(key="only_employees").check().run()
    page = employees_editor(at).value
    assert page["_row"].tolist() == [5] and page["employee_id"].tolist() == ["E2"]
