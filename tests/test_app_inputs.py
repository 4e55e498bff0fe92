"""App, inputs page: opens on the sample, edits re-validate, errors block solving."""

from __future__ import annotations

from tests.app_helpers import goto, start_app, texts


def editor_key(at, sheet: str) -> str:
    """The key of a sheet's editor as the page shows it now."""
    return next(d.key for d in at.data_editor if d.key.startswith(f"editor_{sheet}_"))


def test_opens_on_the_validated_sample_in_french():
    at = start_app()
    assert at.title[0].value == "Données d'entrée"
    assert any(s.value.startswith("Données valides :") for s in at.success)
    editors = {d.key.split("_")[1]: d for d in at.data_editor}
    assert set(editors) == {"employees", "cohorts", "roles"}
    first_page = editors["employees"].value
    assert len(first_page) == 100  # paged: never the whole workforce at once
    assert first_page["_row"].iloc[0] == 2
    assert editors["employees"].editing_mode == "fixed"  # cells only, unless rows are asked


def test_a_bad_cell_is_shown_by_row_and_blocks_solving():
    at = start_app()
    at.session_state[editor_key(at, "employees")] = {
        "edited_rows": {2: {"tenure_years": -5}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert at.session_state["frames"]["employees"]["tenure_years"].iloc[2] == -5
    assert any(e.value.startswith("1 erreur bloque l'optimisation") for e in at.error)
    [problems] = [d.value for d in at.dataframe if "Gravité" in d.value.columns]
    assert problems["Ligne"].tolist() == [4]  # third data row = spreadsheet row 4
    assert problems["Gravité"].tolist() == ["Erreur"]
    goto(at, "solve")
    assert "Les données contiennent 1 erreur : corrigez-la" in texts(at)
    assert not [b for b in at.button if b.label.startswith("Lancer")]


def test_fixing_the_cell_makes_the_data_valid_again():
    at = start_app()
    at.session_state[editor_key(at, "employees")] = {
        "edited_rows": {0: {"tenure_years": -1}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert at.error
    at.session_state[editor_key(at, "employees")] = {
        "edited_rows": {0: {"tenure_years": 12.5}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert not at.error
    data = at.session_state["load"].dataset
    assert data.employees[0].tenure_years == 12.5


def test_rows_added_and_deleted():
    at = start_app()
    before = len(at.session_state["load"].dataset.employees)
    first = at.session_state["load"].dataset.employees[0].employee_id
    at.checkbox(key="rows_employees").check().run()
    assert at.data_editor[0].editing_mode == "dynamic"
    at.session_state[editor_key(at, "employees")] = {
        "edited_rows": {},
        "deleted_rows": [0],
        "added_rows": [
            {
                "employee_id": "NEW001",
                "site": "Rabat",
                "tenure_years": 3,
                "languages": "fr:C1; en:B1",
                "education": "bac",
            }
        ],
    }
    at.run()
    ids = [e.employee_id for e in at.session_state["load"].dataset.employees]
    assert len(ids) == before and "NEW001" in ids and first not in ids


def test_search_filters_the_editor():
    at = start_app()
    at.text_input(key="search_employees").input("AG00007").run()
    page = at.data_editor[0].value
    assert page["employee_id"].tolist() == ["AG00007"]


def setting(at, name: str):
    return next(w for w in at.text_input if w.key.startswith(f"set_{name}_"))


def test_budget_setting_is_validated_into_the_dataset():
    at = start_app()
    assert setting(at, "budget").value == "1 140 000"  # the sample's, as French writes it
    assert setting(at, "senior").value == "10"
    setting(at, "budget").input("123 456").run()
    assert at.session_state["load"].dataset.settings.budget_mad == 123456.0
    assert setting(at, "budget").value == "123 456"
    assert "123 456 MAD" in texts(at)
    setting(at, "senior").input("12,5").run()
    assert at.session_state["load"].dataset.settings.seniority_years == 12.5


def test_a_wrong_budget_is_a_problem_and_stays_shown_as_typed():
    at = start_app()
    setting(at, "budget").input("beaucoup").run()
    assert at.session_state["load"].dataset is None
    assert setting(at, "budget").value == "beaucoup"
    assert setting(at, "senior").value == "10"  # the other settings are not rewritten
    setting(at, "budget").input("").run()
    assert at.session_state["load"].dataset.settings.budget_mad is None


def test_english_interface():
    at = start_app()
    at.selectbox(key="lang").set_value("en").run()
    assert at.title[0].value == "Inputs"
    assert any(s.value.startswith("Valid data:") for s in at.success)


def test_upload_of_a_valid_workbook(tmp_path):
    from planner.io.write.workbook import write_workbook
    from planner.sample import synthetic

    path = tmp_path / "mine.xlsx"
    write_workbook(synthetic.generate(40, 7), path, lang="fr")
    at = start_app()
    at.get("file_uploader")[0].upload("mine.xlsx", path.read_bytes()).run()
    assert any(s.value.startswith("Données valides : 40 collaborateurs") for s in at.success)
    assert at.session_state["source"] == "mine.xlsx"


def test_upload_of_a_broken_file_lists_every_problem():
    csv = "Matricule;Site;Ancienneté (ans)\nA1;Rabat;-2\nA1;;3\n".encode()
    at = start_app()
    at.get("file_uploader")[0].upload("collaborateurs.csv", csv).run()
    assert not at.exception
    assert at.error
    tables = [d.value for d in at.dataframe if "Problème" in d.value.columns]
    shown = "\n".join(text for table in tables for text in table["Problème"])
    assert len(shown.splitlines()) == 5  # 3 in the employees' tab, 2 missing sheets
    assert "A1" in shown or "ligne 3" in shown.lower()


def test_upload_of_one_csv_per_sheet():
    files = {
        "collaborateurs.csv": "Matricule,Site,Ancienneté (ans),Langues\nE1,Rabat,3,fr:C1\n",
        "sessions.csv": "Session,Formation,Filière,Site,Durée (semaines),Places,"
        "Coût par place (MAD)\nS1,Anglais,multilingual_support,remote,8,5,1000\n",
        "postes.csv": "Poste,Intitulé,Filière,Site,Postes ouverts\nR1,Agent,back_office,Rabat,2\n",
    }
    at = start_app()
    uploader = at.get("file_uploader")[0]
    for name, text in files.items():
        uploader.upload(name, text.encode())
    at.run()
    assert any(
        s.value.startswith("Données valides : 1 collaborateur, 1 session, 1 poste.")
        for s in at.success
    ), texts(at)
