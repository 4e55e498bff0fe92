"""Turn the rows of a MappedSheet into Employees, Cohorts and Roles, reporting every bad cell.

A row with any bad cell yields no object (the dataset is refused anyway) but every cell is
still checked, so one import lists all the problems of the file at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from planner.domain.limits import limit_of
from planner.domain.problems import Problem, error, warning
from planner.domain.records import Cohort, Employee, Role
from planner.domain.schema import COHORTS, EMPLOYEES, ROLES, Column
from planner.io.read import cells, date_cells, id_cells
from planner.io.read.cells import CellError
from planner.io.read.header import MappedSheet
from planner.io.read.raw import is_blank
from planner.io.read.safety import MAX_CELL_CHARS

BAD = object()  # marks a cell that failed; the row then builds no object

MINIMUM = {"duration_weeks": 1}
CONVERTERS: dict[str, Callable[[Column], Callable[[object], object]]] = {
    "id": lambda c: id_cells.identifier,
    "text": lambda c: cells.text,
    "number": lambda c: partial(cells.non_negative, limit=limit_of(c.name)),
    "int": lambda c: partial(cells.integer, minimum=MINIMUM.get(c.name, 0), limit=limit_of(c.name)),
    "languages": lambda c: partial(cells.level_list, languages=True),
    "skills": lambda c: partial(cells.level_list, languages=False),
    "education": lambda c: cells.education,
    "bool": lambda c: cells.boolean,
    "wishes": lambda c: cells.wishes,
    "date": lambda c: date_cells.day,
}
FACTORIES = {EMPLOYEES.name: Employee, COHORTS.name: Cohort, ROLES.name: Role}
MEMO_LIMIT = 10_000  # distinct values remembered per column
NUMERIC = ("number", "int")


def memoised(convert: Callable[[object], object]) -> Callable[[object], object]:
    """The converter with a per-column memory: HR columns repeat a few values many times.

    Errors are remembered too, so a bad value repeated on 5,000 rows still yields one
    problem per row but is analysed once. Values are left unconverted when unhashable.
    """
    memory: dict[tuple[type, object], object] = {}

    def run(value: object) -> object:
        key = (type(value), value)
        try:
            found = memory.get(key, memory)
        except TypeError:  # unhashable: convert without remembering
            return convert(value)
        if found is memory:
            try:
                found = convert(value)
            except CellError as exc:
                found = exc
            if len(memory) < MEMO_LIMIT:
                memory[key] = found
        if isinstance(found, CellError):
            raise found
        return found

    return run


class RowReader:
    """Reads the cells of one row by canonical column, collecting problems with locations."""

    def __init__(self, table: MappedSheet, problems: list[Problem]):
        self.table, self.problems = table, problems
        self.row_number, self.row = 0, []

    def at(self, row_number: int, row: list[object]) -> RowReader:
        self.row_number, self.row = row_number, row
        return self

    def cell(
        self, index: int, header: str, column: Column | None, convert: Callable[[object], object]
    ) -> object:
        """Converted value of one cell, None when empty, BAD when a problem was recorded."""
        value = self.row[index] if index < len(self.row) else None
        if is_blank(value):
            return self._blank(index, header, column)
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            self._add(
                "cell_too_long",
                header,
                value,
                "limit",
                column,
                count=len(value),
                limit=MAX_CELL_CHARS,
            )
            return BAD
        try:
            result = convert(value)
        except CellError as exc:
            self._add(exc.code, header, value, exc.expected, column, **exc.params)
            return BAD
        if column is not None and column.kind in NUMERIC:
            self._note_ambiguous(header, value)
        return result

    def _blank(self, index: int, header: str, column: Column | None) -> object:
        """None for an empty optional cell; BAD, with its problem, for a formula without a
        value, a spreadsheet error or a required value missing."""
        special = self.table.special.get((self.row_number, index))
        if special:
            code = "formula_no_value" if special == "formula" else "cell_error"
            self._add(code, header, special, "cached" if special == "formula" else "a value")
            return BAD
        if column is not None and column.required:
            self._add("value_missing", header, "", "fill or delete")
            return BAD
        return None

    def _note_ambiguous(self, header: str, value: object) -> None:
        """A "7,800"-style text was read one of two ways: say which, as a warning."""
        reading = cells.ambiguous_reading(value)
        if reading is not None:
            where = (self.table.sheet, self.row_number, header, value, "plain number")
            self.problems.append(warning("ambiguous_number", *where, **reading))

    def _add(
        self,
        code: str,
        header: str,
        value: object,
        expected: str,
        column: Column | None = None,
        **params: object,
    ) -> None:
        if column is not None and column.personal:
            value = ""  # personal data never appears in a message
        self.problems.append(
            error(code, self.table.sheet, self.row_number, header, value, expected, **params)
        )


def read_objects(table: MappedSheet, problems: list[Problem]) -> list:
    """Employees, Cohorts or Roles of a table (rows with a bad cell are left out)."""
    factory = FACTORIES[table.schema.name]
    reader = RowReader(table, problems)
    plan = [
        (col, table.columns[col.name], _converter(col))
        for col in table.schema.columns
        if col.name in table.columns
    ]
    out = []
    for row_number, row in table.rows:
        reader.at(row_number, row)
        values = {
            col.name: reader.cell(index, header, col, convert)
            for col, (index, header), convert in plan
        }
        if table.wide:
            values["languages"] = _wide_languages(reader, values.get("languages"))
        if any(v is BAD for v in values.values()):
            continue
        kwargs = {name: v for name, v in values.items() if v is not None}
        out.append(factory(row=row_number, **kwargs))
    return out


def _converter(column: Column) -> Callable[[object], object]:
    convert = CONVERTERS[column.kind](column)
    return convert if column.kind == "id" or column.personal else memoised(convert)


def _wide_languages(reader: RowReader, listed: object) -> object:
    """Merge one-column-per-language cells ("Anglais" = B2) into the level list."""
    merged = dict(listed) if isinstance(listed, dict) else {}
    bad = listed is BAD
    list_header = reader.table.columns.get("languages", (0, ""))[1]
    for code, index, header in reader.table.wide:
        level = reader.cell(index, header, None, cells.cefr)
        if level is BAD:
            bad = True
        elif level:
            if code in merged and merged[code] != level:
                reader.problems.append(
                    warning(
                        "language_conflict",
                        reader.table.sheet,
                        reader.row_number,
                        header,
                        reader.row[index],
                        item=code,
                        other=list_header,
                    )
                )
            merged[code] = max(level, merged.get(code, 0))
    return BAD if bad else merged
