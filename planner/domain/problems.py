"""Import and validation findings: a stable code, its parameters and where it was found.

A ``Problem`` carries no sentence. ``planner.i18n.describe_problem`` words it at display time
in the reader's language from the catalogue (``problem.<code>``, ``expected.<key>``), so the
same finding reads the same after an upload, an edit in the app or on the command line, and a
problem is a plain value (frozen, hashable, JSON-encodable).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from planner.domain import limits
from planner.domain.ids import visible


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


# Every problem code, worded by ``problem.<code>`` in planner.i18n.
CODES = frozenset(
    {
        # whole file
        *("file_empty", "internal_error", "file_unreadable", "file_too_large"),
        *("not_a_workbook", "xls_legacy", "encrypted", "corrupt", "zip_bomb"),
        *("xml_entities", "csv_encoding", "unsupported_format"),
        # sheets and columns
        *("sheet_missing", "sheet_ambiguous", "sheet_guessed", "too_many_rows"),
        *("too_many_columns", "too_many_cells", "header_not_found", "column_missing"),
        *("column_ambiguous", "no_rows", "blank_rows"),
        # cells
        *("value_missing", "cell_too_long", "formula_no_value", "cell_error", "bad_number"),
        *("not_finite", "bad_integer", "out_of_range", "bad_level", "bad_level_list"),
        *("duplicate_code", "bad_education", "bad_bool", "bad_date", "date_before_1900"),
        "language_conflict",
        # cross checks
        *("duplicate_id", "min_size_over_seats", "unknown_family", "unknown_wish"),
        *("role_unreachable", "cohort_unreachable", "cohort_before_plan"),
        *("setting_unknown", "setting_invalid", "setting_duplicate"),
        # a parse stopped by the limits of its child process
        *("read_memory_limit", "read_time_limit", "read_crashed"),
        # ids, numbers and dates beyond what the planner accepts
        *limits.CODES,
    }
)

# What a file or cell should hold, by key, worded by ``expected.<key>`` in planner.i18n.
EXPECTED = frozenset(
    {
        *("a non-empty file", "limit", "xlsx", "convert", "unprotected", "resave"),
        *("encoding", "sheet", "one sheet", "header", "column", "one column", "rows"),
        *("fill or delete", "a value", "cached", "number", "number>=0", "int>=0", "int>0"),
        *("cefr", "skill", "list", "once", "education", "bool", "date", "date>=1900"),
        *("unique", "min<=seats", "family", "reachable", "start", "setting", "objective"),
        *limits.EXPECTED,
    }
)

Params = tuple[tuple[str, str], ...]  # (name, value as text), sorted by name


@dataclass(frozen=True, slots=True)
class Problem:
    """One import or validation finding, located as the user sees it in Excel.

    ``row`` is the spreadsheet row number (1-based, header included), 0 when the problem
    concerns a whole sheet or file. ``code`` is a stable identifier used by tests and the
    interface; ``expected`` the key of what the cell or file should hold ("" when nothing is
    said); ``params`` fill the ``{placeholders}`` of both wordings.
    Never put a person's name in ``value`` or ``params``: ids only.
    """

    severity: Severity
    code: str
    sheet: str
    row: int
    column: str
    value: str
    expected: str = ""
    params: Params = ()

    def __str__(self) -> str:
        """Codes and parameters, for logs and test failures (users read describe_problem)."""
        where = self.sheet or "file"
        if self.row:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        text = f"{self.severity.value.upper()} [{where}] {self.code}"
        if self.params:
            text += "(" + ", ".join(f"{name}={value!r}" for name, value in self.params) + ")"
        if self.value:
            text += f" — value {self.value!r}"
        if self.expected:
            text += f"; expected {self.expected}"
        return text


def make(
    severity: Severity,
    code: str,
    sheet: str = "",
    row: int = 0,
    column: str = "",
    value: object = "",
    expected: str | None = None,
    **params: object,
) -> Problem:
    """A Problem from a code, an expected-phrase key and the parameters of both wordings.

    An unknown code or key is a programming mistake, refused here rather than shown to a user.
    """
    if code not in CODES:
        raise ValueError(f"unknown problem code {code!r}")
    if expected and expected not in EXPECTED:
        raise ValueError(f"unknown expected key {expected!r}")
    texts = tuple(sorted((name, visible(str(v))) for name, v in params.items()))
    return Problem(severity, code, sheet, row, column, shown(value), expected or "", texts)


def error(
    code: str,
    sheet: str = "",
    row: int = 0,
    column: str = "",
    value: object = "",
    expected: str | None = None,
    **params: object,
) -> Problem:
    return make(Severity.ERROR, code, sheet, row, column, value, expected, **params)


def warning(
    code: str,
    sheet: str = "",
    row: int = 0,
    column: str = "",
    value: object = "",
    expected: str | None = None,
    **params: object,
) -> Problem:
    return make(Severity.WARNING, code, sheet, row, column, value, expected, **params)


def shown(value: object, limit: int = 80) -> str:
    """The value as quoted in a message, cut so a 100,000-character cell stays readable;
    invisible characters written ``<U+0001>`` so none reaches a terminal raw."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        value = int(value)
    text = "" if value is None else visible(str(value))
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"
