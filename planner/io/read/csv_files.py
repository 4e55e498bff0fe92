"""Read CSV sheets as HR tools really export them.

French Excel writes ``;``-separated Windows-1252; other tools write UTF-8 with or without a
byte-order mark, UTF-16 (Excel's "Unicode text", tab-separated) or commas. The encoding and
separator are detected, never assumed; a text that fits no known encoding is refused rather
than decoded into wrong letters.
"""

from __future__ import annotations

import codecs
import csv
import io
import posixpath
from collections import Counter

from planner.domain.problems import error
from planner.io.read import safety
from planner.io.read.raw import RawBook, RawSheet
from planner.io.read.xlsx import check_columns

SEPARATORS = (";", ",", "\t", "|")
SNIFF_LINES = 30


def decode(data: bytes, sheet: str) -> str:
    """Text of a CSV file: BOM first, then UTF-16 by its zero bytes, UTF-8, Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif data[:4096].count(b"\x00") > len(data[:4096]) // 4:
        candidates = ["utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise safety.Refused(error("csv_encoding", sheet=sheet, expected="encoding"))


def separator(text: str) -> str:
    """The separator that splits the first lines into the most consistent number of fields."""
    lines = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
    best, best_score = ";", (0, 0)
    for candidate in SEPARATORS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=candidate)]
        except csv.Error:
            continue
        width, count = Counter(widths).most_common(1)[0] if widths else (1, 0)
        score = (count, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = candidate, score
    return best


def csv_sheet(data: bytes, name: str) -> RawSheet:
    """One CSV file as one sheet named ``name``; limits are checked while reading."""
    text = decode(data, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(text))
    rows: list[list[object]] = []
    try:
        for row in reader:
            check_columns(name, len(row))
            rows.append(row)
            if len(rows) > safety.MAX_ROWS:
                raise safety.Refused(
                    error(
                        "too_many_rows",
                        sheet=name,
                        value=f">{len(rows)}",
                        expected="limit",
                        count=f"more than {safety.MAX_ROWS}",
                        limit=safety.MAX_ROWS,
                    )
                )
    except csv.Error as exc:
        raise safety.Refused(
            error(
                "corrupt",
                sheet=name,
                expected="resave",
                detail=f"CSV line {reader.line_num}: {exc}"[:120],
            )
        ) from None
    return RawSheet(name, rows)


def sheet_name(filename: str) -> str:
    """Sheet name of a CSV file: its name without folder and extension."""
    base = posixpath.basename(filename.replace("\\", "/"))
    return base.rsplit(".", 1)[0] if "." in base else base


def csv_book(files: dict[str, bytes]) -> RawBook:
    """Several CSV files, one sheet each, keyed by file name (with or without .csv)."""
    by_name = {sheet_name(filename): data for filename, data in files.items()}

    def load(name: str) -> RawSheet:
        data = by_name[name]
        if not data:
            raise safety.Refused(error("file_empty", sheet=name, expected="a non-empty file"))
        return csv_sheet(data, name)

    return RawBook(list(by_name), set(), load)


def zip_csv_files(data: bytes, archive) -> dict[str, bytes]:
    """The .csv members of a zip, each decompressed within its declared size."""
    files = {}
    for info in archive.infolist():
        if info.filename.lower().endswith(".csv") and not info.is_dir():
            files[info.filename] = safety.read_member(data, info)
    return files
