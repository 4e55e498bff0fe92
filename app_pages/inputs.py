"""Inputs page: load a workbook (or the sample), fix what validation flags, edit the tables."""

import streamlit as st

from planner import i18n
from planner.ui import editors, keys, settings_form, state, workbook
from planner.ui.state import tr

st.title(tr("data.title"))
workbook.source_controls()

lang = state.lang()
found = state.problems()
errors = state.errors()
data = state.dataset()
if st.session_state.get(keys.LOAD) is None:
    st.stop()
if errors:
    st.error(tr("data.has_errors", count=i18n.fmt_number(len(errors), lang)))
elif data is not None:
    st.success(
        tr(
            "data.valid",
            employees=i18n.fmt_number(len(data.employees), lang),
            cohorts=len(data.cohorts),
            roles=len(data.roles),
        )
    )
    st.page_link("app_pages/solve.py", label=tr("data.go_solve"), icon=":material/bolt:")
warnings = len(found) - len(errors)
if warnings:
    st.warning(tr("data.has_warnings", count=i18n.fmt_number(warnings, lang)))
if not st.session_state[keys.FRAMES]:
    st.info(tr("data.fix_file"))
    editors.show_problems(found)
    st.stop()

SHEETS = ("employees", "cohorts", "roles")


def _tab_label(name: str) -> str:
    count = len(editors.sheet_problems(name))
    return tr(f"sheet.{name}") + (f" ({count})" if count else "")


tabs = st.tabs([_tab_label(name) for name in SHEETS] + [tr("sheet.settings")])
for tab, name in zip(tabs, SHEETS, strict=False):
    with tab:
        editors.editor(name)
with tabs[-1]:
    editors.show_problems(editors.other_problems())
    settings_form.render()
