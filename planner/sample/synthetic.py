"""Synthetic workbooks shaped like Morocco's contact-centre sector, for demos and benchmarks.

``generate(n, seed)`` is deterministic for a seed: the same agents, sessions and roles every
time, so benchmarks and tests can name an instance by its size and seed.
``python -m planner.sample`` regenerates the shipped ``data/sample.xlsx`` and templates.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

import numpy as np

from planner.domain.records import Dataset, Settings
from planner.io.write.template import write_template
from planner.io.write.workbook import write_workbook
from planner.sample import catalogue as sample_catalogue
from planner.sample import people as sample_people

PLAN_START = date(2027, 1, 4)
SAMPLE_EMPLOYEES = 300
SAMPLE_SEED = 2026
FILES_CREATED = datetime(2026, 1, 1)  # fixed document date: regenerating changes no byte
DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def generate(n_employees: int, seed: int) -> Dataset:
    """A realistic dataset of ``n_employees`` agents with a catalogue scaled to them.

    People, sessions and roles draw from independent streams of the seed, so the catalogue
    of a given size does not change when the people-drawing code evolves. Roles follow the
    sessions (trained-for roles start after a feeder session); wishes name only tracks that
    have a session.
    """
    if n_employees < 1:
        raise ValueError(f"n_employees must be at least 1, got {n_employees}")
    people_seq, cohort_seq, role_seq = np.random.SeedSequence(seed).spawn(3)
    sessions = sample_catalogue.cohorts(np.random.default_rng(cohort_seq), n_employees)
    roles = sample_catalogue.roles(np.random.default_rng(role_seq), n_employees, sessions)
    tracks = sorted({c.track for c in sessions})
    people = sample_people.employees(np.random.default_rng(people_seq), n_employees, tracks)
    settings = Settings(
        budget_mad=sample_catalogue.budget(sessions),
        plan_start_date=PLAN_START,
        seniority_years=10.0,
    )
    return Dataset(employees=people, cohorts=sessions, roles=roles, settings=settings)


def write_shipped_files(out_dir: Path) -> list[Path]:
    """Regenerate data/sample.xlsx and the import templates, byte-for-byte reproducibly."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [out_dir / "sample.xlsx", out_dir / "template.xlsx", out_dir / "template_en.xlsx"]
    dataset = generate(SAMPLE_EMPLOYEES, SAMPLE_SEED)
    write_workbook(dataset, written[0], lang="fr", created=FILES_CREATED)
    write_template(written[1], lang="fr", created=FILES_CREATED)
    write_template(written[2], lang="en", created=FILES_CREATED)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m planner.sample",
        description="Regenerate the shipped sample workbook and the import templates.",
    )
    parser.add_argument("--out-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    for path in write_shipped_files(args.out_dir):
        print(path)


if __name__ == "__main__":
    main()
