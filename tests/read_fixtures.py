"""Tiny workbooks built inside the tests: a valid base file and helpers to alter it.

No test here; the import, validation and hostile-file tests share these builders.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date

import openpyxl

from planner.load import workbook as read

EMPLOYEES = [
    [
        "Matricule",
        "Nom",
        "Site",
        "Ancienneté (ans)",
        "Langues",
        "Compétences",
        "Niveau d'études",
        "Mobilité",
        "Vœux",
    ],
    [
        "E001",
        "Amina Alaoui",
        "Casablanca",
        12,
        "fr:C2; en:B1",
        "customer_service:4",
        "bac",
        "non",
        "multilingual_support",
    ],
    [
        "E002",
        "Youssef Idrissi",
        "Rabat",
        3,
        "fr:C1; en:B2",
        "crm:3",
        "bac+2",
        "oui",
        "ai_data; back_office",
    ],
]
COHORTS = [
    [
        "Session",
        "Formation",
        "Filière",
        "Site",
        "Date de début",
        "Durée (semaines)",
        "Places",
        "Coût par place (MAD)",
        "Prérequis langues",
        "Acquis langues",
    ],
    [
        "S1",
        "Anglais pro",
        "multilingual_support",
        "Casablanca",
        date(2026, 9, 15),
        8,
        10,
        5000,
        "en:B1",
        "en:B2",
    ],
]
ROLES = [
    ["Poste", "Intitulé", "Filière", "Site", "Postes ouverts", "Exigences langues"],
    ["R1", "Conseiller support anglais", "multilingual_support", "Casablanca", 2, "en:B2"],
]
SETTINGS = [["Paramètre", "Valeur"], ["budget_mad", 100000], ["plan_start_date", date(2026, 9, 1)]]


def base_sheets() -> dict[str, list[list]]:
    """A fresh copy of the valid base workbook content, French names."""
    return {
        "Collaborateurs": [list(r) for r in EMPLOYEES],
        "Sessions": [list(r) for r in COHORTS],
        "Postes": [list(r) for r in ROLES],
        "Paramètres": [list(r) for r in SETTINGS],
    }


def xlsx_bytes(sheets: dict[str, list[list]], hidden: tuple[str, ...] = (), setup=None) -> bytes:
    """An .xlsx written by openpyxl with the given rows (None = empty cell)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    if setup is not None:
        setup(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def load_sheets(sheets: dict[str, list[list]], **kwargs) -> read.LoadResult:
    return read.load(xlsx_bytes(sheets, **kwargs), filename="test.xlsx")


def replace_part(data: bytes, part: str, transform) -> bytes:
    """The same zip with one member's bytes transformed (for hand-made XML cases)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == part:
                content = transform(content)
            target.writestr(info.filename, content)
    return out.getvalue()


def sheet_part(data: bytes, sheet_index: int = 1) -> str:
    return f"xl/worksheets/sheet{sheet_index}.xml"


def codes(result: read.LoadResult) -> list[str]:
    return [p.code for p in result.problems]


def only(result: read.LoadResult, code: str):
    """The single problem with this code (fails loudly when there are none or several)."""
    found = [p for p in result.problems if p.code == code]
    assert len(found) == 1, (code, [str(p) for p in result.problems])
    return found[0]
