"""Pseudonymised exports: stable pseudonyms, nothing personal leaks, the key kept apart."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import openpyxl
import pytest

from planner.domain.records import Employee
from planner.export import view
from planner.export.outputs import rosters_zip, write_solve_outputs
from planner.export.pseudonyms import PseudonymError, Pseudonymiser
from planner.export.quasi_ids import Shown, generalise
from planner.io.write.safe_text import csv_text
from tests.export_fixtures import ASSIGNMENTS, EMPLOYEES, dataset, reasons, result

KEY = bytes(range(32))


def all_texts(path) -> list[str]:
    """Every cell text of a workbook, sheet names included."""
    book = openpyxl.load_workbook(path)
    texts = list(book.sheetnames)
    for sheet in book:
        texts += [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    return texts


def leaks(texts: list[str]) -> list[str]:
    secrets = [e.name for e in EMPLOYEES] + [e.employee_id for e in EMPLOYEES]
    return [t for t in texts for s in secrets if s and s in t]


def test_pseudonyms_are_stable_per_key_and_differ_between_keys():
    first, again, other = Pseudonymiser(KEY), Pseudonymiser(KEY), Pseudonymiser(b"k" * 32)
    assert first.pseudonym("E001") == again.pseudonym("E001") == first.pseudonym("E001")
    assert first.pseudonym("E001") != first.pseudonym("E002")
    assert first.pseudonym("E001") != other.pseudonym("E001")
    assert first.pseudonym("E001").startswith("P-") and len(first.pseudonym("E001")) == 18
    assert Pseudonymiser(KEY.hex()).pseudonym("E001") == first.pseudonym("E001")
    assert first.table() == [(first.pseudonym("E001"), "E001"), (first.pseudonym("E002"), "E002")]


def test_short_or_malformed_keys_are_refused():
    with pytest.raises(PseudonymError, match="16 bytes"):
        Pseudonymiser(b"short")
    with pytest.raises(PseudonymError, match="hex"):
        Pseudonymiser("not hex at all")


@pytest.fixture
def pseudo_outputs(tmp_path, monkeypatch):
    # The explanation names the person it is about, as a real sentence might.
    monkeypatch.setattr(
        view,
        "explanation_function",
        lambda: lambda reason, lang: f"{reason.employee_id}: {reason.code}",
    )
    leaky = result(message="E004 could not be placed", conflicts=("lock E001 vs seats",))
    return write_solve_outputs(
        tmp_path / "out",
        dataset(),
        leaky,
        reasons(),
        pseudonymise=True,
        rosters_by="provider",
        arrivals=True,
        detail_csv=True,
        key_dir=tmp_path / "keys",
    )


def test_no_name_or_id_leaks_into_any_pseudonymised_file(pseudo_outputs):
    texts = all_texts(pseudo_outputs["plan"]) + all_texts(pseudo_outputs["arrivals"])
    for roster in pseudo_outputs["rosters"].iterdir():
        texts += all_texts(roster)
    for key in ("assignments", "summary", "plan_detail"):
        texts.append(pseudo_outputs[key].read_text("utf-8"))
    assert leaks(texts) == []
    assert "Nom" not in all_texts(pseudo_outputs["plan"])


def test_pseudonymised_files_stay_consistent_with_the_key_table(pseudo_outputs, tmp_path):
    table = dict(csv.reader(io.StringIO(pseudo_outputs["key_table"].read_text("utf-8"))))
    assert table.pop("pseudonym") == "employee_id"
    # Ids that look like formulas carry the OWASP quote prefix in every CSV, this one too.
    assert sorted(table.values()) == sorted(csv_text(e.employee_id) for e in EMPLOYEES)
    rows = list(csv.reader(io.StringIO(pseudo_outputs["assignments"].read_text("utf-8"))))[1:]
    back = {table[p]: (c or None, r or None) for p, c, r in rows}
    assert {e: p for e, p in back.items() if p[1]} == {
        csv_text(e): (p.cohort_id, p.role_id) for e, p in ASSIGNMENTS.items()
    }
    summary = json.loads(pseudo_outputs["summary"].read_text("utf-8"))
    alias = {v: k for k, v in table.items()}
    assert summary["message"] == f"{alias['E004']} could not be placed"
    assert summary["pseudonymised"] is True
    sentences = [
        r[-1]
        for r in openpyxl.load_workbook(pseudo_outputs["plan"])["Affectations"].iter_rows(
            min_row=2, values_only=True
        )
    ]
    assert sentences[0] == f"{alias['E001']}: placed"


def test_the_key_is_kept_apart_and_written_only_when_generated(pseudo_outputs, tmp_path):
    out = tmp_path / "out"
    assert pseudo_outputs["key_table"].parent.parent == tmp_path / "keys"
    assert not any(p.name.startswith("pseudonym") for p in out.rglob("*"))
    assert pseudo_outputs["key"].parent == pseudo_outputs["key_table"].parent  # generated: written
    given = write_solve_outputs(
        tmp_path / "o2", dataset(), result(), reasons(), pseudonymise=True, pseudonym_key=KEY
    )
    assert "key" not in given
    # Next to the output folder, in a new folder of its own with an unguessable name.
    assert given["key_table"].parent.parent == tmp_path
    assert given["key_table"].parent.name.startswith("o2_table_de_correspondance_")


def test_generated_key_file_reproduces_the_pseudonyms(tmp_path):
    paths = write_solve_outputs(tmp_path / "out", dataset(), result(), reasons(), pseudonymise=True)
    key = paths["key"].read_text().strip()
    alias = Pseudonymiser(key).pseudonym("E001")
    assert paths["assignments"].read_text("utf-8").splitlines()[1].startswith(alias + ",")
    assert oct(paths["key"].stat().st_mode & 0o777) == "0o600"


def test_pseudonymised_rosters_zip(tmp_path):
    pseudonymiser = Pseudonymiser(KEY)
    data = rosters_zip(dataset(), result(), reasons(), pseudonymiser=pseudonymiser)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        texts = []
        for name in archive.namelist():
            target = tmp_path / name.replace("/", "_")
            target.write_bytes(archive.read(name))
            texts += all_texts(target)
    assert leaks(texts) == [] and pseudonymiser.pseudonym("E001") in texts


def _people(*rows: tuple[str, str, float]) -> list[Employee]:
    return [Employee(employee_id, site, tenure, {}) for employee_id, site, tenure in rows]


def test_sites_are_kept_only_in_groups_of_five_per_tenure_band():
    """6 people at Casablanca with 5-10 years keep site and band; the 2 at Fès (7 and 16
    years) are fewer than 5 on (site, band) and, once their site is hidden, on the band alone."""
    people = _people(*[(f"C{i}", "Casablanca", 5 + i * 0.5) for i in range(6)])
    people += _people(("F1", "Fès", 7.0), ("F2", "Fès", 16.0))
    shown = generalise(people, 10.0, "fr")
    assert {shown[f"C{i}"] for i in range(6)} == {Shown("Casablanca", "5–10 ans", "non")}
    assert shown["F1"] == shown["F2"] == Shown("(masqué)", "(masqué)", "(masqué)")


def test_a_band_shared_by_five_hidden_sites_stays():
    """Five people alone at their sites, all with 2-5 years: the sites go, the band stays."""
    shown = generalise(_people(*[(f"E{i}", f"Site {i}", 3.0) for i in range(5)]), 10.0, "en")
    assert set(shown.values()) == {Shown("(suppressed)", "2–5 years", "no")}


def test_the_seniority_threshold_is_a_band_limit():
    """With seniority at 12 years, 11 and 13 years fall in different bands: the senior flag
    never says more than the band."""
    people = _people(*[(f"A{i}", "Rabat", 11.0) for i in range(5)])
    people += _people(*[(f"B{i}", "Rabat", 13.0) for i in range(5)])
    shown = generalise(people, 12.0, "en")
    assert shown["A0"] == Shown("Rabat", "10–12 years", "no")
    assert shown["B0"] == Shown("Rabat", "12–15 years", "yes")


def test_pseudonymised_files_show_no_exact_tenure_nor_other_quasi_identifier(pseudo_outputs):
    book = openpyxl.load_workbook(pseudo_outputs["plan"])
    headers = {c.value for sheet in book for c in sheet[1]}
    assert "Ancienneté (tranche)" in headers
    assert not headers & {"Ancienneté (ans)", "Mobilité", "Langues", "Vœux", "Genre"}
    rows = list(book["Affectations"].iter_rows(min_row=2, values_only=True))
    # Six people at four sites, in five bands: no group of five, so nothing is shown.
    assert {(r[1], r[2], r[3]) for r in rows} == {("(masqué)", "(masqué)", "(masqué)")}
