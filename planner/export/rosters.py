"""Training rosters (per running session) and arrival lists (per target role).

A roster sheet is what a training provider receives: the session's facts on top, then one row
per trainee with the role they are heading for. The same sheet is written into plan.xlsx and
into the per-provider (or per-track) roster workbooks, so they cannot differ. Arrival lists tell
a receiving site who arrives in each role, from which session, and when.
"""

from __future__ import annotations

import io
import zipfile

from planner.domain import rules
from planner.domain.records import Cohort, Role
from planner.export.labels import family_label, label
from planner.export.tables import (
    ExportTable,
    arrivals_table,
    provider_name,
    roles_table,
    trainees_table,
)
from planner.export.view import PlanView
from planner.io.write.file_names import file_stem
from planner.io.write.xlsx_stream import (
    DATE,
    INT,
    S_DATE,
    S_DEFAULT,
    S_INT,
    S_LABEL,
    TEXT,
    SheetWriter,
    WorkbookWriter,
)

ROSTER_GROUPINGS = ("provider", "track")
_BLOCK_STYLE = {TEXT: S_DEFAULT, DATE: S_DATE, INT: S_INT}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _write_block(
    sheet: SheetWriter, facts: list[tuple[str, object, str]], table: ExportTable
) -> None:
    """Facts as label/value rows, a blank row, then the table (its header frozen)."""
    for name, value, kind in facts:
        sheet.append([name, value], [S_LABEL, _BLOCK_STYLE[kind]])
    sheet.append([])
    sheet.widths = [max(len(name) for name, _, _ in facts) + 2.0]
    sheet.table(table.headers, table.kinds, table.rows)


def session_facts(view: PlanView, cohort: Cohort) -> list[tuple[str, object, str]]:
    lang = view.lang
    return [
        (label("cohort_id", lang), cohort.cohort_id, TEXT),
        (label("track", lang), cohort.track, TEXT),
        (label("family", lang), family_label(cohort.family, lang), TEXT),
        (label("provider", lang), provider_name(cohort, lang), TEXT),
        (label("site", lang), cohort.site, TEXT),
        (label("start", lang), cohort.start_date, DATE),
        (label("end", lang), rules.cohort_end(cohort), DATE),
        (label("duration", lang), cohort.duration_weeks, INT),
        (label("seats", lang), cohort.seats, INT),
        (label("trainees", lang), len(view.trainees.get(cohort.cohort_id, ())), INT),
    ]


def write_roster_sheet(book: WorkbookWriter, view: PlanView, cohort: Cohort) -> SheetWriter:
    """One sheet named after the session: its facts, then its trainees."""
    sheet = book.add_sheet(cohort.cohort_id)
    _write_block(sheet, session_facts(view, cohort), trainees_table(view, cohort))
    return sheet


def roster_groups(view: PlanView, by: str) -> dict[str, list[Cohort]]:
    """Running sessions grouped by training provider (None → "sans organisme") or by track."""
    if by not in ROSTER_GROUPINGS:
        raise ValueError(f"rosters can be grouped by {' or '.join(ROSTER_GROUPINGS)}, not {by!r}")
    groups: dict[str, list[Cohort]] = {}
    for cohort in view.running():
        key = provider_name(cohort, view.lang) if by == "provider" else cohort.track
        groups.setdefault(key, []).append(cohort)
    return groups


def roster_workbooks(
    view: PlanView, by: str = "provider", taken: set[str] | None = None
) -> dict[str, bytes]:
    """{file name: xlsx bytes}, one workbook per provider or track, one sheet per session;
    names are portable and avoid the (case-folded) stems in ``taken``."""
    files: dict[str, bytes] = {}
    taken = set(taken or ())
    for group, cohorts in roster_groups(view, by).items():
        book = WorkbookWriter(view.lang)
        people = [p for c in cohorts for p in view.trainees.get(c.cohort_id, ())]
        for cohort in cohorts:
            write_roster_sheet(book, view.for_file(people), cohort)
        files[file_stem(group, taken) + ".xlsx"] = book.to_bytes()
    return files


def role_facts(view: PlanView, role: Role) -> list[tuple[str, object, str]]:
    lang = view.lang
    return [
        (label("role_id", lang), role.role_id, TEXT),
        (label("title", lang), role.title, TEXT),
        (label("family", lang), family_label(role.family, lang), TEXT),
        (label("site", lang), role.site, TEXT),
        (label("role_start", lang), role.start_date, DATE),
        (label("openings", lang), role.openings, INT),
        (label("filled", lang), len(view.arrivals.get(role.role_id, ())), INT),
    ]


def arrivals_workbook(view: PlanView) -> bytes:
    """An overview of every role, then one sheet per role that receives someone."""
    view = view.for_file(p for people in view.arrivals.values() for p in people)
    book = WorkbookWriter(view.lang)
    overview = roles_table(view)
    book.add_sheet(label("sheet_roles", view.lang)).table(
        overview.headers, overview.kinds, overview.rows
    )
    for role in view.dataset.roles:
        if view.arrivals.get(role.role_id):
            sheet = book.add_sheet(role.role_id)
            _write_block(sheet, role_facts(view, role), arrivals_table(view, role))
    return book.to_bytes()


def arrivals_filename(lang: str) -> str:
    return label("arrivals_file", lang) + ".xlsx"


def zip_files(files: dict[str, bytes]) -> bytes:
    """A zip of named files, byte-for-byte the same for the same files (fixed timestamps)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
