"""Import an HR workbook (or CSV files, or the app's edited tables) into a validated Dataset.

Entry points, none of which ever raises (every failure is a Problem):

- ``load(source, filename=None)``: a path or bytes. ``.xlsx``/``.xlsm`` (macros never run,
  never kept), ``.csv`` (one file = one sheet, recognised by its file name or its columns),
  or a ``.zip`` holding one CSV per sheet. ``.xls`` is refused with how to convert it. The
  file type is taken from the bytes, not the name: a PDF renamed .xlsx is reported as such.
- ``load_csvs(files)``: several CSV files at once, ``{file name: bytes}``, one sheet each.
- ``load_frames(frames)``: DataFrames keyed by canonical sheet name with canonical column
  names (``planner.io.frames.dataset_to_frames``, or ``LoadResult.frames``); row numbers are
  index label + 2, as if a header stood on row 1 (``parse_frames.frame_rows``).

A sheet is recognised by its name (French or English) or, failing that, by its columns
(with a warning saying so). Hidden sheets are read when they are ours, ignored otherwise.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from planner.domain.problems import Problem, Severity, error, warning
from planner.domain.records import Dataset
from planner.domain.schema import REQUIRED_SHEETS, SETTINGS, SHEETS
from planner.io.read import header as parse_header
from planner.io.read import safety
from planner.io.read.csv_files import csv_book, zip_csv_files
from planner.io.read.frames import frame_tables
from planner.io.read.raw import RawBook, RawSheet
from planner.io.read.settings import settings_table
from planner.io.read.xlsx import is_workbook_zip, open_workbook
from planner.load.finish import finish

__all__ = ["LoadResult", "load", "load_csvs", "load_frames"]

TEXT_SUFFIXES = ("", ".csv", ".txt", ".tsv", ".tab")
SCHEMAS = {s.name: s for s in SHEETS}
log = logging.getLogger(__name__)
_FRAMES_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class LoadResult:
    """A dataset (None when an error blocks it) and every problem found, in file order.

    ``frames`` are the tables that were read, as the app edits them (``read_frames``), even
    when errors block the dataset; built on first use (pandas is not needed before).
    """

    dataset: Dataset | None
    problems: list[Problem] = field(default_factory=list)
    _read: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def frames(self) -> dict | None:
        """``{"employees": DataFrame, ...}`` of ``tables.dataset_to_frames``' shape, one per
        sheet read; None when no sheet could be read, or for ``load_frames`` whose caller
        holds the frames. Shared between calls: copy a frame before changing it."""
        with _FRAMES_LOCK:  # the app shares the sample's result between sessions
            if "tables" in self._read:
                from planner.io.read.edit_frames import tables_frames

                tables = self._read.pop("tables")
                try:
                    self._read["frames"] = tables_frames(*tables)
                except Exception:  # the promise is "never raises": no frames, problems stay
                    log.exception("the imported tables could not be turned into frames")
            return self._read.get("frames")

    @property
    def sheets(self) -> dict[str, str]:
        """Which sheet of the file was read as which canonical sheet (``{"Feuil1":
        "employees"}``), so a problem's ``sheet`` can be matched to its table."""
        return self._read.get("sheets", {})

    @property
    def ok(self) -> bool:
        return not any(p.severity == Severity.ERROR for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.WARNING]


def load(source: str | os.PathLike | bytes, filename: str | None = None) -> LoadResult:
    """Read and validate a workbook, a CSV or a zip of CSVs, given as a path or as bytes."""
    return _guarded(lambda: _load(source, filename))


def load_csvs(files: dict[str, bytes]) -> LoadResult:
    """Read and validate several CSV files, one sheet each, keyed by file name."""
    return _guarded(lambda: _from_book(csv_book(files)))


def load_frames(frames: dict) -> LoadResult:
    """Re-validate the app's edited tables (canonical sheet and column names)."""

    def run() -> LoadResult:
        problems: list[Problem] = []
        tables, settings = frame_tables(frames, problems)
        return _result(finish(tables, settings, problems))

    return _guarded(run)


def _guarded(run) -> LoadResult:
    try:
        return run()
    except safety.Refused as refused:
        return LoadResult(None, [refused.problem])
    except MemoryError:
        return LoadResult(
            None,
            [error("file_too_large", expected="limit", limit=safety.MAX_UPLOAD_BYTES // safety.MB)],
        )
    except Exception as exc:  # the promise is "never raises": report instead of crashing
        return LoadResult(
            None,
            [
                error(
                    "internal_error",
                    expected="resave",
                    detail=f"{type(exc).__name__}: {str(exc)[:80]}",
                )
            ],
        )


def _result(outcome: tuple[Dataset | None, list[Problem]]) -> LoadResult:
    return LoadResult(*outcome)


def _load(source: str | os.PathLike | bytes, filename: str | None) -> LoadResult:
    if isinstance(source, bytes | bytearray | memoryview):
        data, name = bytes(source), filename or ""
    else:
        path = Path(source)
        data, name = _read_path(path), filename or path.name
    safety.check_size(data)
    return _from_book(open_book(data, name))


def _read_path(path: Path) -> bytes:
    """The file's bytes, refusing to read one over the upload limit."""
    try:
        size = path.stat().st_size
        if size > safety.MAX_UPLOAD_BYTES:
            raise safety.Refused(
                error(
                    "file_too_large",
                    value=f"{size / safety.MB:.1f} MB",
                    expected="limit",
                    limit=safety.MAX_UPLOAD_BYTES // safety.MB,
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise safety.Refused(
            error("file_unreadable", value=path.name, detail=exc.strerror or type(exc).__name__)
        ) from None


def open_book(data: bytes, name: str) -> RawBook:
    """The sheets of a file, after sniffing what the bytes really are."""
    kind, suffix = safety.sniff(data), Path(name.lower()).suffix
    if kind == "zip":
        archive = safety.open_zip(data)
        if is_workbook_zip(archive):
            return open_workbook(data, archive)
        files = zip_csv_files(data, archive)
        if files:
            return csv_book(files)
        raise safety.Refused(
            error(
                "not_a_workbook", expected="xlsx", kind="a zip archive with no workbook or CSV file"
            )
        )
    if kind == "ole":
        raise safety.Refused(safety.ole_problem(data))
    if kind == "text" and suffix in TEXT_SUFFIXES:
        return csv_book({name or "data.csv": data})
    described = {"pdf": "a PDF document", "text": "plain text, not a workbook"}
    raise safety.Refused(
        error(
            "not_a_workbook", value=name, expected="xlsx", kind=described.get(kind, "binary data")
        )
    )


def _from_book(book: RawBook) -> LoadResult:
    problems: list[Problem] = []
    raws = _assign_sheets(book, problems)
    tables, settings = {}, None
    for canonical, raw in raws.items():
        if canonical == SETTINGS.name:
            settings = settings_table(raw)
            continue
        parse_header.fill_merged(raw)
        table = parse_header.build_table(raw, SCHEMAS[canonical])
        if table is None:
            problems.append(_no_header(raw, canonical))
        else:
            tables[canonical] = table
    dataset, problems = finish(tables, settings, problems)
    read = {"tables": (tables, settings)} if tables or settings else {}
    read["sheets"] = {t.sheet: name for name, t in tables.items()}
    if settings is not None:
        read["sheets"][settings.sheet] = SETTINGS.name
    return LoadResult(dataset, problems, read)


def _no_header(raw: RawSheet, canonical: str) -> Problem:
    schema = SCHEMAS[canonical]
    names = ", ".join(c.fr for c in schema.columns if c.required)
    return error(
        "header_not_found",
        raw.name,
        0,
        "",
        "",
        "header",
        limit=safety.HEADER_SEARCH_ROWS,
        names=names,
    )


def _assign_sheets(book: RawBook, problems: list[Problem]) -> dict[str, RawSheet]:
    """Canonical sheet name -> its raw sheet, by name first, then by columns."""
    by_name: dict[str, list[str]] = {}
    unknown = []
    for name in book.names:
        schema = parse_header.sheet_for_name(name)
        if schema is not None:
            by_name.setdefault(schema.name, []).append(name)
        elif name not in book.hidden:
            unknown.append(name)
    out: dict[str, RawSheet] = {}
    for canonical, names in by_name.items():
        if len(names) > 1:
            problems.append(
                error(
                    "sheet_ambiguous",
                    names[1],
                    expected="one sheet",
                    target=canonical,
                    names=", ".join(names),
                )
            )
            continue
        raw = _safe_load(book, names[0], problems)
        if raw is not None:
            out[canonical] = raw
    missing = [s for s in REQUIRED_SHEETS if s.name not in out and s.name not in by_name]
    out.update(_guess_sheets(book, unknown, missing, problems))
    for schema in missing:
        if schema.name not in out:
            problems.append(
                error(
                    "sheet_missing",
                    expected="sheet",
                    target=f"{schema.fr} ({schema.name})",
                    names=", ".join(schema.names()),
                )
            )
    return out


def _guess_sheets(book: RawBook, unknown: list[str], missing: list, problems: list[Problem]):
    """Unnamed sheets (Feuil1, export.csv) whose columns fit exactly one missing sheet."""
    guesses: dict[str, RawSheet] = {}
    if not missing:
        return guesses
    for name in unknown:
        raw = _safe_load(book, name, problems)
        if raw is None:
            continue
        parse_header.fill_merged(raw)
        scores = sorted(((parse_header.score(raw, s), s.name) for s in missing), reverse=True)
        best = scores[0]
        tied = len(scores) > 1 and scores[1][0] == best[0]
        if best[0] and not tied and best[1] not in guesses:
            guesses[best[1]] = raw
            problems.append(warning("sheet_guessed", name, target=best[1]))
    return guesses


def _safe_load(book: RawBook, name: str, problems: list[Problem]) -> RawSheet | None:
    try:
        return book.load(name)
    except safety.Refused as refused:
        problems.append(refused.problem)
        return None
