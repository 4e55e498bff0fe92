"""LoadResult.frames: the tables of an upload as the app edits them, even when errors block."""

from __future__ import annotations

from datetime import date

from planner.io import frames as tables
from planner.io.write.workbook import write_workbook
from planner.load import workbook as read
from planner.sample import synthetic
from tests.read_fixtures import base_sheets, load_sheets, only


def problem_places(result):
    return sorted((p.code, p.row, p.column) for p in result.problems)


def test_a_valid_upload_gives_the_frames_of_its_dataset(tmp_path):
    path = tmp_path / "sample.xlsx"
    write_workbook(synthetic.generate(60, 3), path)
    result = read.load(path)
    assert result.ok
    expected = tables.dataset_to_frames(result.dataset)
    assert set(result.frames) == set(expected)
    for name, frame in expected.items():
        assert result.frames[name].reset_index(drop=True).equals(frame), name
    assert result.frames["employees"].index.tolist() == list(range(60))  # rows 2..61


def test_a_blocked_upload_keeps_the_refused_cells_as_read():
    sheets = base_sheets()
    sheets["Collaborateurs"][1][4] = "fr:C2; en:B3"  # bad level
    sheets["Collaborateurs"][2][3] = "trois"  # bad number
    sheets["Collaborateurs"][2][7] = "peut-être"  # bad yes/no
    sheets["Sessions"][1][6] = None  # missing seats
    result = load_sheets(sheets)
    assert result.dataset is None
    employees, cohorts = result.frames["employees"], result.frames["cohorts"]
    # the refused cell as read, the accepted one as dataset_to_frames writes it
    assert employees["languages"].tolist() == ["fr:C2; en:B3", "en:B2; fr:C1"]
    assert employees["tenure_years"].tolist() == [12.0, "trois"]  # an object column now
    assert employees["mobile"].tolist() == [False, "peut-être"]  # never read as True
    assert employees["education"].tolist() == ["bac", "bac+2"]
    assert cohorts["seats"].tolist() == [None] and cohorts["min_size"].tolist() == [0]
    assert cohorts["start_date"].tolist() == [date(2026, 9, 15)]
    again = read.load_frames(result.frames)
    assert problem_places(again) == [
        ("bad_bool", 3, "mobile"),
        ("bad_level", 2, "languages"),
        ("bad_number", 3, "tenure_years"),
        ("value_missing", 2, "seats"),
    ]
    assert [p.row for p in result.problems] == [2, 3, 3, 2]  # the upload's rows, the same


def test_fixing_the_cells_in_the_frames_makes_the_data_valid():
    sheets = base_sheets()
    sheets["Collaborateurs"][1][4] = "fr:C2; en:B3"
    frames = load_sheets(sheets).frames
    assert only(read.load_frames(frames), "bad_level").row == 2
    frames["employees"].loc[0, "languages"] = "fr:C2; en:B2"
    fixed = read.load_frames(frames)
    assert fixed.ok and fixed.dataset.employees[0].languages == {"fr": 6, "en": 4}


def test_rows_keep_the_file_numbers_above_and_between_the_data():
    sheets = base_sheets()
    rows = sheets["Collaborateurs"]
    rows[2][4] = "en:B9"
    sheets["Collaborateurs"] = [["Export RH 2026"], [], rows[0], rows[1], [], rows[2]]
    result = load_sheets(sheets)
    assert only(result, "bad_level").row == 6  # title, blank, header, E001, blank, E002
    assert result.frames["employees"].index.tolist() == [2, 4]  # file rows 4 and 6
    assert only(read.load_frames(result.frames), "bad_level").row == 6


def test_one_column_per_language_is_merged_and_a_refused_level_kept():
    sheets = base_sheets()
    for row, level in zip(sheets["Collaborateurs"], ["Espagnol", "B2", "courant"], strict=True):
        row.append(level)
    frames = load_sheets(sheets).frames
    assert frames["employees"]["languages"].tolist() == [
        "en:B1; es:B2; fr:C2",
        "en:B2; fr:C1; es:courant",
    ]
    assert only(read.load_frames(frames), "bad_level").value == "en:B2; fr:C1; es:courant"


def test_settings_keys_are_canonical_and_values_as_read():
    sheets = base_sheets()
    sheets["Paramètres"] = [
        ["Paramètre", "Valeur"],
        ["Budget (MAD)", "beaucoup"],
        ["Ancienneté senior", 8],
    ]
    result = load_sheets(sheets)
    settings = result.frames["settings"]
    assert settings["key"].tolist() == ["budget_mad", "Ancienneté senior"]
    assert settings["value"].tolist() == ["beaucoup", 8]
    assert problem_places(read.load_frames(result.frames))[0][0] == "bad_number"


def test_no_frames_when_nothing_was_read_or_for_edited_frames():
    assert read.load(b"%PDF-1.4 not a workbook", filename="x.xlsx").frames is None
    frames = load_sheets(base_sheets()).frames
    assert read.load_frames(frames).frames is None


def test_a_missing_sheet_has_no_frame_but_the_others_do():
    sheets = base_sheets()
    del sheets["Postes"]
    frames = load_sheets(sheets).frames
    assert set(frames) == {"employees", "cohorts", "settings"}


def test_sheets_say_which_file_sheet_was_read_as_which_table():
    sheets = base_sheets()
    sheets["Feuil1"] = sheets.pop("Collaborateurs")  # recognised by its columns
    result = load_sheets(sheets)
    assert result.sheets == {
        "Feuil1": "employees",
        "Sessions": "cohorts",
        "Postes": "roles",
        "Paramètres": "settings",
    }
    assert only(result, "sheet_guessed").sheet == "Feuil1"
