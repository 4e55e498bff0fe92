"""The command line's input: which files, read in a child process (``planner.io.read.isolate``).

A workbook that makes a native reader abort, or run out of memory or time, is one located
problem and exit 2, never a crash of the command. Only the dataset and the problems come back
from the child: the command line never edits the tables, so the rows as read are not sent
(three quarters of the bytes of a 20,000-person workbook's result).
"""

from __future__ import annotations

import sys
from pathlib import Path

from planner.cli.text import say
from planner.domain.problems import error
from planner.io.read import isolate, safety
from planner.load.workbook import LoadResult, load, load_csvs


def load_inputs(paths: list[Path], lang: str) -> tuple[LoadResult | None, str]:
    """One workbook/CSV/zip, several CSV files, or a folder of CSV files; and its label."""
    source = ", ".join(p.name for p in paths)
    if len(paths) == 1 and paths[0].is_dir():
        paths = sorted(p for p in paths[0].iterdir() if p.suffix.lower() == ".csv")
        if not paths:
            print(say(lang, "no_csv", source=source), file=sys.stderr)
            return None, source
    if len(paths) == 1:
        return _isolated(read_file, paths[0].absolute(), source), source
    size = sum(p.stat().st_size for p in paths)
    if size > safety.MAX_UPLOAD_BYTES:
        return _too_large(size), source
    return _isolated(read_csvs, {p.name: p.read_bytes() for p in paths}, source), source


def read_file(path: Path) -> LoadResult:
    """In the child: one file read and validated, without the tables as read."""
    result = load(path)
    return LoadResult(result.dataset, result.problems)


def read_csvs(files: dict[str, bytes]) -> LoadResult:
    """In the child: several CSV files read and validated, without the tables as read."""
    result = load_csvs(files)
    return LoadResult(result.dataset, result.problems)


def _isolated(reader, source, label: str) -> LoadResult:
    try:
        return isolate.run(reader, source, label=label)
    except safety.Refused as refused:
        return LoadResult(None, [refused.problem])


def _too_large(size: int) -> LoadResult:
    return LoadResult(
        None,
        [
            error(
                "file_too_large",
                value=f"{size / safety.MB:.1f} MB",
                expected="limit",
                limit=safety.MAX_UPLOAD_BYTES // safety.MB,
            )
        ],
    )
