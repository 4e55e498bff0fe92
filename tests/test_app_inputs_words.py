"""App, inputs page: words and numbers as a French reader expects them, and the faulty row
flagged in the table itself, without the table being redrawn from its first column."""

from __future__ import annotations

from tests.app_helpers import start_app, texts


def editor(at, sheet: str):
    return next(d for d in at.data_editor if d.key.startswith(f"editor_{sheet}_"))


def edit(at, sheet: str, changes: dict) -> None:
    at.session_state[editor(at, sheet).key] = {
        "edited_rows": changes,
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()


def test_the_uploader_is_worded_in_french():
    at = start_app()
    [style] = [h.proto.body for h in at.get("html")]
    assert 'content: "Parcourir…"' in style
    assert 'content: "50 Mo par fichier au plus · .xlsx, .xlsm, .csv, .zip"' in style
    at.selectbox(key="lang").set_value("en").run()
    [style] = [h.proto.body for h in at.get("html")]
    assert 'content: "At most 50 MB per file · .xlsx, .xlsm, .csv, .zip"' in style


def test_empty_cells_show_blank_not_none():
    at = start_app()
    for sheet in ("employees", "cohorts", "roles"):
        proto = editor(at, sheet).proto
        assert proto.HasField("placeholder") and proto.placeholder == ""


def test_counts_follow_the_plural_rules():
    at = start_app()
    at.text_input(key="search_employees").input("AG00007").run()
    said = texts(at)
    assert "1 ligne affichée sur 1 trouvée (300 au total)" in said
    assert "Données valides : 300 collaborateurs, 12 sessions, 12 postes." in said
    edit(at, "employees", {0: {"tenure_years": -5}})
    assert any(e.value.startswith("1 erreur bloque l'optimisation") for e in at.error)
    assert "Collaborateurs : 1 problème" in texts(at)


def test_the_faulty_row_is_flagged_in_the_table():
    at = start_app()
    edit(at, "employees", {2: {"tenure_years": -5}})
    flags = editor(at, "employees").value["_problem"]
    assert flags.iloc[2].startswith("Erreur · Ancienneté (ans) : ")
    assert flags.drop(index=2).isna().all()


def test_an_edit_keeps_the_same_table_and_lists_problems_under_it():
    """The table keeps its widget (same key) after an edit, and the problem list comes after
    it: a list inserted above redrew the table scrolled back to its first column."""
    at = start_app()
    before = editor(at, "employees").key
    edit(at, "employees", {2: {"tenure_years": -5}})
    assert editor(at, "employees").key == before
    assert at.session_state["frames"]["employees"]["tenure_years"].iloc[2] == -5
    tab = at.tabs[0]
    kinds = [type(node).__name__ for node in tab.children.values()]
    table, listing = kinds.index("Dataframe"), len(kinds) - 1 - kinds[::-1].index("Dataframe")
    assert table < listing and "Gravité" in tab.children[listing].value.columns


def test_settings_read_as_the_reader_writes_numbers():
    at = start_app()
    assert setting(at, "budget").value == "1 140 000"
    assert setting(at, "senior").value == "10"
    at.selectbox(key="lang").set_value("en").run()
    assert setting(at, "budget").value == "1,140,000"


def setting(at, name: str):
    return next(w for w in at.text_input if w.key.startswith(f"set_{name}_"))


def test_the_sidebar_and_the_other_pages_count_errors_in_words():
    at = start_app()
    edit(at, "employees", {0: {"tenure_years": -1}})
    assert [c.value for c in at.sidebar.caption if "erreur" in c.value] == ["1 erreur à corriger"]
    at.switch_page("app_pages/solve.py").run()
    assert any(w.value.startswith("Les données contiennent 1 erreur :") for w in at.warning)


def test_edits_already_in_the_table_are_not_merged_again():
    """A table that keeps its identity reports its edits on every run: only a value that
    differs from the table's (or a row added or removed) is a change to merge."""
    import pandas as pd

    from planner.ui import table_edit

    frame = pd.DataFrame({"employee_id": ["A", "B"], "tenure_years": [1.0, None]}, index=[7, 9])
    edit_b = {"edited_rows": {1: {"tenure_years": 3}}}
    assert table_edit.pending(frame, [7, 9], edit_b, "employees")
    merged = table_edit.apply_delta(frame, [7, 9], edit_b, "employees")
    assert not table_edit.pending(merged, [7, 9], edit_b, "employees")
    assert not table_edit.pending(
        frame, [7, 9], {"edited_rows": {1: {"tenure_years": None}}}, "employees"
    )
    assert table_edit.pending(frame, [7, 9], {"deleted_rows": [0]}, "employees")
