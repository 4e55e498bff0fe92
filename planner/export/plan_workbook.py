"""plan.xlsx: the workbook an HR director receives.

Sheets, in order: summary (key figures, solver status, bound and gap, settings used), one row
per person (pathway, cost, wish, explanation), the unplaced with their reasons, sessions, roles,
then one roster sheet per running session.
"""

from __future__ import annotations

from planner.export.labels import label
from planner.export.rosters import write_roster_sheet
from planner.export.summary import summary_rows
from planner.export.tables import (
    ExportTable,
    assignments_table,
    roles_table,
    sessions_table,
    unplaced_table,
)
from planner.export.view import PlanView
from planner.io.write.xlsx_stream import (
    DATE,
    DEC,
    INT,
    MONEY,
    PCT,
    S_DATE,
    S_DEC,
    S_DEFAULT,
    S_HEADER,
    S_INT,
    S_LABEL,
    S_MONEY,
    S_PCT,
    TEXT,
    WorkbookWriter,
)

_VALUE_STYLE = {TEXT: S_DEFAULT, INT: S_INT, DEC: S_DEC, MONEY: S_MONEY, DATE: S_DATE, PCT: S_PCT}


def _summary_sheet(book: WorkbookWriter, view: PlanView) -> None:
    """Label/value rows; section titles in bold with no value."""
    sheet = book.add_sheet(label("sheet_summary", view.lang))
    sheet.append([label("indicator", view.lang), label("value", view.lang)], [S_HEADER] * 2)
    for name, value, kind in summary_rows(view):
        style = S_LABEL if value is None else S_DEFAULT
        sheet.append([name, value], [style, _VALUE_STYLE[kind]])
    sheet.freeze_row = 1
    sheet.widths = [44.0, 60.0]


def _table_sheet(book: WorkbookWriter, title_key: str, table: ExportTable, lang: str) -> None:
    book.add_sheet(label(title_key, lang)).table(table.headers, table.kinds, table.rows)


def plan_workbook(view: PlanView) -> bytes:
    """The whole plan as XLSX bytes."""
    book = WorkbookWriter(view.lang)
    _summary_sheet(book, view)
    _table_sheet(book, "sheet_assignments", assignments_table(view), view.lang)
    _table_sheet(book, "sheet_unplaced", unplaced_table(view), view.lang)
    _table_sheet(book, "sheet_sessions", sessions_table(view), view.lang)
    _table_sheet(book, "sheet_roles", roles_table(view), view.lang)
    for cohort in view.running():
        write_roster_sheet(book, view, cohort)
    return book.to_bytes()
