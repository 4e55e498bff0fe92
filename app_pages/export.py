"""Export page: plan workbook, training rosters (zip), CSV, optionally pseudonymised."""

import secrets

import streamlit as st

from planner.export import outputs
from planner.ui import downloads, keys, state
from planner.ui.state import tr

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
st.title(tr("export.title"))
data, result, reasons, _edits = state.plan_context()
lang = state.lang()

pseudo = st.toggle(tr("export.pseudo"), key="export_pseudo", help=tr("privacy.pseudo_help"))
left, right = st.columns(2)
by = left.radio(
    tr("export.by"),
    outputs.ROSTER_GROUPINGS,
    horizontal=True,
    key="export_by",
    format_func=lambda v: tr(f"export.by_{v}"),
)
dialects = list(outputs.CSV_DIALECTS)
dialect = right.radio(
    tr("export.dialect"),
    dialects,
    horizontal=True,
    key="export_dialect",
    index=dialects.index("excel_fr") if lang == "fr" else 0,
    format_func=lambda v: tr(f"export.dialect_{v}"),
)
# One secret key per session, so every pseudonymised file of the session agrees.
key = st.session_state.setdefault("pseudo_key", secrets.token_hex(32))


# Files already built for this plan; state empties it when the plan or the inputs change.
built = st.session_state.setdefault(keys.EXPORTS, {})


def _pseudo():
    return outputs.Pseudonymiser(key) if pseudo else None


_plan = downloads.once(
    built,
    ("plan", pseudo, lang),
    lambda: outputs.plan_xlsx_bytes(data, result, reasons, lang, _pseudo()),
)
_rosters = downloads.once(
    built,
    ("rosters", pseudo, by, lang),
    lambda: outputs.rosters_zip(data, result, reasons, by, lang, _pseudo()),
)
_csv = downloads.once(
    built,
    ("csv", pseudo, dialect, lang),
    lambda: outputs.plan_csv_bytes(data, result, reasons, lang, dialect, _pseudo()),
)


def _key_table() -> bytes:
    keeper = outputs.Pseudonymiser(key)
    for e in data.employees:
        keeper.pseudonym(e.employee_id)
    return outputs.key_table_csv(keeper, dialect)


suffix = "_pseudo" if pseudo else ""
st.subheader(tr("export.files"))
cols = st.columns(3)
cols[0].download_button(
    tr("export.plan"),
    _plan,
    file_name=f"plan{suffix}.xlsx",
    mime=XLSX,
    icon=":material/download:",
    type="primary",
    key="dl_plan",
    on_click="ignore",
)
cols[0].caption(tr("export.plan_help"))
cols[1].download_button(
    tr("export.rosters"),
    _rosters,
    file_name=f"rosters{suffix}.zip",
    mime="application/zip",
    icon=":material/folder_zip:",
    key="dl_rosters",
    on_click="ignore",
)
cols[1].caption(tr("export.rosters_help"))
cols[2].download_button(
    tr("export.csv"),
    _csv,
    file_name=f"plan{suffix}.csv",
    mime="text/csv",
    icon=":material/csv:",
    key="dl_csv",
    on_click="ignore",
)
cols[2].caption(tr("export.csv_help"))
if pseudo:
    st.warning(tr("export.key_warning"))
    st.download_button(
        tr("export.key"),
        _key_table,
        file_name="pseudonym_key.csv",
        mime="text/csv",
        icon=":material/key:",
        key="dl_key",
        on_click="ignore",
    )
