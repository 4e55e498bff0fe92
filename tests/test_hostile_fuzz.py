"""Fuzzing load(): random cells, random bytes and damaged workbooks never crash it.

``load`` turns an unexpected exception into an ``internal_error`` problem rather than
raising, so the property checked is that this code never appears: every input is answered
by a planned problem (or a dataset).
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.load import workbook
from tests.read_fixtures import base_sheets, codes, xlsx_bytes

FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

cell_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
    st.sampled_from(
        [
            "B3",
            "natif",
            "oui",
            "3,5",
            "15/09/2026",
            "en:B2; es:A2",
            "bac+4",
            "-1",
            "crm:9",
            "=1/0",
            "#N/A",
            "  ",
            "1e400",
            "fr:C2;;",
            ":",
            "a:b:c",
        ]
    ),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
)

BASE = xlsx_bytes(base_sheets())


def answered(result: workbook.LoadResult) -> None:
    assert "internal_error" not in codes(result), [str(p) for p in result.problems]
    assert (result.dataset is None) == (not result.ok)


@FUZZ
@given(st.data())
def test_random_cell_values(data):
    sheets = base_sheets()
    for name, rows in sheets.items():
        for row in rows[1:]:
            for i in range(len(row)):
                if data.draw(st.booleans(), label=f"{name} change"):
                    row[i] = data.draw(cell_values, label=f"{name}[{i}]")
    answered(workbook.load(xlsx_bytes(sheets), "fuzz.xlsx"))


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(["f.xlsx", "f.csv", "f.zip", "f.xls", None]))
def test_random_bytes(payload, name):
    answered(workbook.load(payload, name))


@FUZZ
@given(
    st.lists(st.tuples(st.integers(0, len(BASE) - 1), st.integers(0, 255)), min_size=1, max_size=8)
)
def test_damaged_workbook(changes):
    data = bytearray(BASE)
    for position, value in changes:
        data[position] = value
    answered(workbook.load(bytes(data), "damaged.xlsx"))


@FUZZ
@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_random_csv_text(text, encoding):
    answered(workbook.load(text.encode(encoding, errors="replace"), "agents.csv"))


def test_zip_from_a_future_version_is_refused_as_damaged():
    """Found by the fuzz above: a directory entry asking for zip version 6.4 made zipfile
    raise NotImplementedError, reported as an internal error instead of a damaged file."""
    data = bytearray(BASE)
    entry = data.find(b"PK\x01\x02")
    data[entry + 6] = 64  # "version needed to extract" of the first central directory entry
    result = workbook.load(bytes(data), "agents.xlsx")
    answered(result)
    assert codes(result) == ["corrupt"]
