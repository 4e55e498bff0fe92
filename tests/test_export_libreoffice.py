"""A real spreadsheet program opens the exported workbook: LibreOffice headless converts it.

Proves the hand-written XLSX is accepted beyond openpyxl, that formula-looking names stay text
(LibreOffice would otherwise evaluate them) and that Arabic script and emoji survive.
"""

from __future__ import annotations

import csv
import shutil
import subprocess

import openpyxl
import pytest

from planner.export.outputs import write_solve_outputs
from tests.export_fixtures import (
    ARABIC_NAME,
    FORMULA_ID,
    FORMULA_NAME,
    dataset,
    reasons,
    result,
)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]
# Filter options: comma, double quote, UTF-8 (76), ..., sheet 2 (the assignments sheet).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2"


def convert(source, target_format: str, tmp_path) -> None:
    profile = (tmp_path / "lo_profile").as_uri()
    completed = subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            target_format,
            "--outdir",
            str(tmp_path / "converted"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr


@pytest.fixture
def plan_path(tmp_path):
    return write_solve_outputs(
        tmp_path / "out", dataset(), result(), reasons(), rosters_by="provider"
    )["plan"]


def test_libreoffice_reads_the_assignments_sheet(plan_path, tmp_path):
    convert(plan_path, CSV_FILTER, tmp_path)
    converted = tmp_path / "converted" / "plan-Affectations.csv"
    rows = list(csv.reader(converted.open(encoding="utf-8")))
    assert rows[0][:2] == ["Matricule", "Nom"]
    by_id = {r[0]: r for r in rows[1:]}
    assert list(by_id) == [e.employee_id for e in dataset().employees]
    assert by_id["E002"][1] == ARABIC_NAME
    assert by_id[FORMULA_ID][1] == FORMULA_NAME  # shown as typed, not evaluated


def test_libreoffice_round_trip_keeps_every_sheet_and_no_formula(plan_path, tmp_path):
    convert(plan_path, "xlsx", tmp_path)
    original = openpyxl.load_workbook(plan_path)
    again = openpyxl.load_workbook(tmp_path / "converted" / "plan.xlsx")
    assert again.sheetnames == original.sheetnames
    for sheet in again:
        mine = [tuple(r) for r in original[sheet.title].iter_rows(values_only=True)]
        theirs = [tuple(r) for r in sheet.iter_rows(values_only=True)]
        assert theirs[: len(mine)] == mine, sheet.title
        assert not any(c.data_type == "f" for r in sheet.iter_rows() for c in r)
    assert again["Affectations"]["I2"].is_date
