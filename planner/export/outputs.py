"""Exports of a solved plan: the files HR directors, training providers and sites receive.

``write_solve_outputs`` writes what the command line contract of PRODUCT.md promises
(plan.xlsx, assignments.csv, summary.json) and, on request, roster workbooks per provider or
track, the arrival list per role and the detailed plan as CSV. The ``*_bytes`` functions give
the same files in memory for the app's download buttons. Every file is built from one
``PlanView`` (export_view.py), so they always agree with each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from planner.domain.outcomes import PersonReason, SolveResult
from planner.domain.records import Dataset
from planner.export.csv_files import CSV_DIALECTS, assignments_csv, csv_bytes, plan_detail_csv
from planner.export.folder import OutputFolder, check_key_base, write_key_files
from planner.export.labels import label
from planner.export.plan_workbook import plan_workbook
from planner.export.pseudonyms import PseudonymError, Pseudonymiser
from planner.export.rosters import (
    ROSTER_GROUPINGS,
    arrivals_filename,
    arrivals_workbook,
    roster_workbooks,
    zip_files,
)
from planner.export.summary import summary_dict, summary_json
from planner.export.view import ExportError, PlanView, build_view
from planner.io.write.private import UnsafeFolderError

__all__ = [
    "CSV_DIALECTS",
    "ROSTER_GROUPINGS",
    "ExportError",
    "UnsafeFolderError",
    "PlanView",
    "PseudonymError",
    "Pseudonymiser",
    "arrivals_xlsx_bytes",
    "build_view",
    "check_out_dir",
    "key_table_csv",
    "plan_csv_bytes",
    "plan_xlsx_bytes",
    "roster_files",
    "rosters_zip",
    "summary_data",
    "write_solve_outputs",
]

ROSTER_DIR = "rosters"
KEY_FILE = "pseudonym_key.txt"
KEY_TABLE_FILE = "pseudonym_key_table.csv"
Reasons = Mapping[str, PersonReason]


def key_table_csv(pseudonymiser: Pseudonymiser, dialect: str = "standard") -> bytes:
    """The pseudonym ↔ employee id table; keep it apart from the pseudonymised files."""
    return csv_bytes(["pseudonym", "employee_id"], pseudonymiser.table(), dialect)


def _fixed_names(lang: str, arrivals: bool, detail_csv: bool) -> list[str]:
    names = ["plan.xlsx", "assignments.csv", "summary.json"]
    return names + [arrivals_filename(lang)] * arrivals + ["plan.csv"] * detail_csv


def check_out_dir(
    out_dir: str | Path,
    lang: str = "fr",
    arrivals: bool = False,
    detail_csv: bool = False,
    pseudonymise: bool = False,
    key_dir: str | Path | None = None,
) -> None:
    """Raise UnsafeFolderError if the export would replace a file the planner did not write,
    or put a key table where someone else has a hand (called before a long solve, so the
    refusal comes first)."""
    folder = OutputFolder(out_dir, create=False)
    folder.check(_fixed_names(lang, arrivals, detail_csv))
    if pseudonymise:
        check_key_base(_key_base(folder, key_dir))


def _key_base(folder: OutputFolder, key_dir: str | Path | None) -> Path:
    """Where the key folder is made: ``key_dir``, or next to the output folder (never inside
    it, so the output folder can be sent as a whole)."""
    return Path(key_dir) if key_dir is not None else folder.path.resolve().parent


def write_solve_outputs(
    out_dir: str | Path,
    dataset: Dataset,
    result: SolveResult,
    reasons: Reasons,
    pseudonymise: bool = False,
    lang: str = "fr",
    csv_dialect: str = "standard",
    rosters_by: str | None = None,
    arrivals: bool = False,
    detail_csv: bool = False,
    pseudonym_key: bytes | str | None = None,
    key_dir: str | Path | None = None,
) -> dict[str, Path]:
    """Write plan.xlsx, assignments.csv and summary.json into ``out_dir`` (created if needed).

    Options: ``rosters_by`` ("provider" or "track") adds ``rosters/<group>.xlsx``;
    ``arrivals`` adds the arrival list per role; ``detail_csv`` adds ``plan.csv``. With
    ``pseudonymise`` names are dropped and ids replaced by keyed pseudonyms; the key table (and
    the key, when it was generated here) is written to a new private folder inside ``key_dir``,
    by default next to the output folder. Files are 0600, new folders 0700; a file the planner
    did not write is never replaced (UnsafeFolderError, before anything is written).
    Returns the paths written, by role: plan, assignments, summary, rosters, arrivals,
    plan_detail, key_table, key.
    """
    if csv_dialect not in CSV_DIALECTS:
        raise ValueError(f"unknown CSV dialect {csv_dialect!r}")
    if rosters_by is not None and rosters_by not in ROSTER_GROUPINGS:
        raise ValueError(f"rosters_by must be one of {ROSTER_GROUPINGS} or None")
    pseudonymiser = Pseudonymiser(pseudonym_key) if pseudonymise else None
    view = build_view(dataset, result, reasons, lang, pseudonymiser)
    folder = OutputFolder(out_dir)
    folder.check(_fixed_names(lang, arrivals, detail_csv))
    written = {
        "plan": folder.write("plan.xlsx", plan_workbook(view)),
        "assignments": folder.write("assignments.csv", assignments_csv(view, csv_dialect)),
        "summary": folder.write("summary.json", summary_json(view)),
    }
    if rosters_by is not None:
        written["rosters"] = _write_rosters(folder, view, rosters_by)
    if arrivals:
        written["arrivals"] = folder.write(arrivals_filename(lang), arrivals_workbook(view))
    if detail_csv:
        written["plan_detail"] = folder.write("plan.csv", plan_detail_csv(view, csv_dialect))
    folder.close()
    if pseudonymiser is not None:
        base = _key_base(folder, key_dir)
        written.update(_write_key(pseudonymiser, base, folder.path.name, lang, csv_dialect))
    return written


def _write_rosters(folder: OutputFolder, view: PlanView, by: str) -> Path:
    """One workbook per group. The planner's workbooks of groups this plan no longer has are
    removed, so the folder lists the groups of this plan; any other file stays, and a group
    whose name it holds gets another name."""
    files = roster_workbooks(view, by, folder.taken_stems(ROSTER_DIR))
    names = {f"{ROSTER_DIR}/{name}": data for name, data in files.items()}
    folder.remove_stale(ROSTER_DIR, names)
    for name, data in names.items():
        folder.write(name, data)
    return folder.path / ROSTER_DIR


def _write_key(
    pseudonymiser: Pseudonymiser, base: Path, out_name: str, lang: str, dialect: str
) -> dict[str, Path]:
    files = {KEY_TABLE_FILE: key_table_csv(pseudonymiser, dialect)}
    if pseudonymiser.generated:
        files[KEY_FILE] = (pseudonymiser.key_hex() + "\n").encode()
    paths = write_key_files(base, f"{out_name}_{label('key_table_file', lang)}", files)
    roles = {KEY_TABLE_FILE: "key_table", KEY_FILE: "key"}
    return {roles[name]: path for name, path in paths.items()}


def _view(
    dataset: Dataset,
    result: SolveResult,
    reasons: Reasons,
    lang: str,
    pseudonymiser: Pseudonymiser | None,
) -> PlanView:
    return build_view(dataset, result, reasons, lang, pseudonymiser)


def plan_xlsx_bytes(
    dataset: Dataset,
    result: SolveResult,
    reasons: Reasons,
    lang: str = "fr",
    pseudonymiser: Pseudonymiser | None = None,
) -> bytes:
    """plan.xlsx in memory (the app's download button)."""
    return plan_workbook(_view(dataset, result, reasons, lang, pseudonymiser))


def plan_csv_bytes(
    dataset: Dataset,
    result: SolveResult,
    reasons: Reasons,
    lang: str = "fr",
    dialect: str = "standard",
    pseudonymiser: Pseudonymiser | None = None,
) -> bytes:
    """The per-person plan as CSV for other systems (``standard`` or ``excel_fr``)."""
    return plan_detail_csv(_view(dataset, result, reasons, lang, pseudonymiser), dialect)


def roster_files(
    dataset: Dataset,
    result: SolveResult,
    reasons: Reasons,
    by: str = "provider",
    lang: str = "fr",
    pseudonymiser: Pseudonymiser | None = None,
) -> dict[str, bytes]:
    """{file name: xlsx bytes}: one roster workbook per provider or per track."""
    return roster_workbooks(_view(dataset, result, reasons, lang, pseudonymiser), by)


def arrivals_xlsx_bytes(
    dataset: Dataset,
    result: SolveResult,
    reasons: Reasons,
    lang: str = "fr",
    pseudonymiser: Pseudonymiser | None = None,
) -> bytes:
    """The arrival list: one sheet per role that receives someone."""
    return arrivals_workbook(_view(dataset, result, reasons, lang, pseudonymiser))


def rosters_zip(
    dataset: Dataset,
    result: SolveResult,
    reasons: Reasons,
    by: str = "provider",
    lang: str = "fr",
    pseudonymiser: Pseudonymiser | None = None,
    with_arrivals: bool = True,
) -> bytes:
    """A zip of the roster workbooks (and the arrival list) for the app to offer."""
    view = _view(dataset, result, reasons, lang, pseudonymiser)
    files = {f"{ROSTER_DIR}/{name}": data for name, data in roster_workbooks(view, by).items()}
    if with_arrivals:
        files[arrivals_filename(lang)] = arrivals_workbook(view)
    return zip_files(files)


def summary_data(dataset: Dataset, result: SolveResult, reasons: Reasons, lang: str = "fr") -> dict:
    """The summary.json figures as a dict (the app shows the same numbers)."""
    return summary_dict(_view(dataset, result, reasons, lang, None))
