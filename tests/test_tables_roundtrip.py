"""Round trips through the importer: what the writers produce reads back to the same dataset.

These use the importer ``planner.load.workbook`` (never a reader of our own), so they prove
the writer and the importer agree on the contract.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from planner.domain.levels import REMOTE
from planner.domain.records import Dataset
from planner.domain.rules import is_remote
from planner.io.frames import dataset_to_frames
from planner.io.write.template import write_template
from planner.io.write.workbook import write_workbook
from planner.load import workbook as read
from planner.sample.synthetic import SAMPLE_EMPLOYEES, SAMPLE_SEED, generate

DATA = Path(__file__).resolve().parents[1] / "data"


def canonical(dataset: Dataset) -> Dataset:
    """Forget what only the importer knows (Excel rows) and the spelling of "remote"."""

    def clean(item):
        changes = {"row": 0}
        if is_remote(item.site):
            changes["site"] = REMOTE
        return dataclasses.replace(item, **changes)

    return Dataset(
        tuple(clean(e) for e in dataset.employees),
        tuple(clean(c) for c in dataset.cohorts),
        tuple(clean(r) for r in dataset.roles),
        dataset.settings,
    )


def loaded(result) -> Dataset:
    errors = [str(p) for p in result.problems if p.severity == "error"]
    assert result.ok and not errors, errors[:5]
    return canonical(result.dataset)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_workbook_reads_back_to_the_same_dataset(lang):
    dataset = generate(120, 4)
    buffer = io.BytesIO()
    write_workbook(dataset, buffer, lang=lang)
    result = read.load(buffer.getvalue(), filename="sample.xlsx")
    assert loaded(result) == canonical(dataset)


def test_frames_read_back_to_the_same_dataset():
    dataset = generate(120, 9)
    assert loaded(read.load_frames(dataset_to_frames(dataset))) == canonical(dataset)


def test_shipped_sample_is_what_the_generator_produces():
    result = read.load(DATA / "sample.xlsx")
    assert loaded(result) == canonical(generate(SAMPLE_EMPLOYEES, SAMPLE_SEED))
    assert not result.problems, [str(p) for p in result.problems][:5]  # not even a warning


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_template_imports_cleanly(tmp_path, lang):
    path = tmp_path / f"template_{lang}.xlsx"
    write_template(path, lang=lang)
    dataset = loaded(read.load(path))
    assert [e.employee_id for e in dataset.employees] == ["000123"]
    assert dataset.cohorts[0].site == REMOTE and len(dataset.roles) == 1
