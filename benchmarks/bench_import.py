"""Import speed and the cost of refusing hostile files, as medians.

    python benchmarks/bench_import.py [--employees 20000] [--runs 5] [--no-hostile]

Builds its own workbook with openpyxl (French headers, realistic columns and an extra column
the importer must ignore), then times ``planner.load.workbook.load`` on it and ``load_frames``
on its frames. Each hostile file is then loaded in a fresh process that reports its wall time and
peak resident memory (VmHWM, interpreter and libraries included), which is what the
< 5 s / < 500 MB promise is about.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.load import workbook as read  # noqa: E402

SITES = ["Casablanca", "Rabat", "Fès", "Marrakech", "Tanger", "Agadir", "Oujda"]
FAMILIES = ["ai_data", "multilingual_support", "back_office", "tech_support", "moderation"]
LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"]
SKILLS = ["customer_service", "crm", "excel", "writing", "python", "sql"]
EDUCATION = ["sans diplôme", "bac", "Bac+2", "licence", "master"]
HEADERS = [
    "Matricule",
    "Nom",
    "Site",
    "Ancienneté (ans)",
    "Langues",
    "Compétences",
    "Niveau d'études",
    "Mobilité",
    "Vœux",
    "Activité",
    "Genre",
    "Commentaire RH",
]


def employee_row(rng: random.Random, i: int) -> list[object]:
    languages = "; ".join(
        [f"fr:{rng.choice(LEVELS[3:])}", "ar:natif", f"en:{rng.choice(LEVELS)}"]
        + ([f"es:{rng.choice(LEVELS)}"] if rng.random() < 0.3 else [])
    )
    skills = "; ".join(f"{s}:{rng.randint(0, 5)}" for s in rng.sample(SKILLS, 3))
    wishes = "; ".join(rng.sample(FAMILIES, rng.randint(0, 3)))
    return [
        f"{i:06d}",
        f"Agent {i}",
        rng.choice(SITES),
        round(rng.uniform(0, 18), 1),
        languages,
        skills,
        rng.choice(EDUCATION),
        rng.choice(["oui", "non"]),
        wishes,
        "Télévente sortante",
        rng.choice(["F", "M"]),
        "RAS",
    ]


def catalogue(rng: random.Random) -> tuple[list[list], list[list]]:
    cohorts = [
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
            "Prérequis compétences",
            "Acquis langues",
            "Acquis compétences",
        ]
    ]
    for i in range(40):
        family = FAMILIES[i % 5]
        cohorts.append(
            [
                f"S{i:03d}",
                f"Parcours {family} {i}",
                family,
                rng.choice(SITES + ["distanciel"]),
                f"{1 + i % 28:02d}/03/2027",
                rng.randint(4, 16),
                rng.randint(10, 30),
                rng.randint(3000, 15000),
                f"en:{rng.choice(LEVELS[1:4])}",
                f"crm:{rng.randint(0, 3)}",
                f"en:{rng.choice(LEVELS[3:])}",
                f"{rng.choice(SKILLS)}:4",
            ]
        )
    roles = [
        [
            "Poste",
            "Intitulé",
            "Filière",
            "Site",
            "Postes ouverts",
            "Exigences langues",
            "Exigences compétences",
            "Exigences niveau d'études",
        ]
    ]
    for i in range(60):
        roles.append(
            [
                f"R{i:03d}",
                f"Poste {i}",
                FAMILIES[i % 5],
                rng.choice(SITES + ["remote"]),
                rng.randint(1, 40),
                f"en:{rng.choice(LEVELS[2:])}",
                f"{rng.choice(SKILLS)}:{rng.randint(1, 4)}",
                rng.choice(EDUCATION[:3]),
            ]
        )
    return cohorts, roles


def build_workbook(path: Path, employees: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    people = book.create_sheet("Collaborateurs")
    people.append(HEADERS)
    for i in range(1, employees + 1):
        people.append(employee_row(rng, i))
    cohorts, roles = catalogue(rng)
    for name, rows in (
        ("Sessions", cohorts),
        ("Postes", roles),
        (
            "Paramètres",
            [["Paramètre", "Valeur"], ["budget_mad", 2_000_000], ["plan_start_date", "01/02/2027"]],
        ),
    ):
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


def timed(function, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bench_import(folder: Path, employees: int, runs: int) -> None:
    path = folder / "rh.xlsx"
    build_workbook(path, employees)
    seconds, result = timed(lambda: read.load(path), runs)
    print(
        f"load() {employees} employees, {path.stat().st_size / 1e6:.1f} MB xlsx: "
        f"median {seconds:.2f} s over {runs} runs; ok={result.ok}, "
        f"{len(result.problems)} problems"
    )
    try:
        from planner.io.frames import dataset_to_frames
    except ImportError:
        return
    frames = dataset_to_frames(result.dataset)
    seconds, again = timed(lambda: read.load_frames(frames), runs)
    print(f"load_frames() same data: median {seconds:.2f} s; ok={again.ok}")


def bench_hostile(folder: Path) -> None:
    """Each hostile file loaded in a fresh process: wall time and peak memory."""
    from tests import test_hostile_files as hostile
    from tests.read_fixtures import base_sheets, replace_part, xlsx_bytes

    base = xlsx_bytes(base_sheets())
    sheet = hostile.SHEET1
    rows = b"".join(
        b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (i, i) for i in range(4, 1_048_577)
    )
    cases = {
        "1,048,576 rows": replace_part(
            base, sheet, lambda x: x.replace(b"</sheetData>", rows + b"</sheetData>")
        ),
        "ratio bomb (20 MB of spaces)": replace_part(
            base, sheet, lambda x: x.replace(b"<sheetData>", b" " * 20_000_000 + b"<sheetData>")
        ),
        "declared 3 GB member": hostile.patch_sizes(base, sheet, 3_000_000_000),
        "billion laughs": replace_part(
            base,
            sheet,
            lambda x: b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>' + x,
        ),
        "encrypted workbook": hostile.cfb("EncryptionInfo", "EncryptedPackage"),
    }
    for name, data in cases.items():
        path = folder / "hostile.xlsx"
        path.write_bytes(data)
        script = (
            "import json,re,sys,time; sys.path.insert(0, sys.argv[2]);"
            "from planner.load.workbook import load;"
            "t=time.perf_counter(); r=load(sys.argv[1]);"
            "hwm=re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read());"
            "print(json.dumps([time.perf_counter()-t, int(hwm.group(1))/1024,"
            "[p.code for p in r.problems]]))"
        )
        out = subprocess.run(
            [sys.executable, "-c", script, str(path), str(Path(__file__).resolve().parents[1])],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        seconds, peak, codes = json.loads(out)
        print(
            f"hostile {name:30s} {len(data) / 1e6:6.2f} MB: {seconds:.2f} s, "
            f"peak {peak:.0f} MB, answer {codes}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-hostile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_import(Path(folder), args.employees, args.runs)
        if not args.no_hostile:
            bench_hostile(Path(folder))


if __name__ == "__main__":
    main()
