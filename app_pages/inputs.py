"""Inputs page: load a workbook (or the sample), fix what validation flags, edit the tables."""

import streamlit as st

from planner.i18n.plural import tn
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
# One container for the status lines, whatever they say: the tables below keep their place
# in the page, so an edit that adds or fixes an error does not redraw them from the left.
status = st.container()
if errors:
    status.error(tn("data.has_errors", len(errors), lang))
elif data is not None:
    status.success(
        tr(
            "data.valid",
            employees=tn("count.employees", len(data.employees), lang),
            cohorts=tn("count.sessions", len(data.cohorts), lang),
            roles=tn("count.roles", len(data.roles), lang),
        )
    )
    status.page_link("app_pages/solve.py", label=tr("data.go_solve"), icon=":material/bolt:")
warnings = len(found) - len(errors)
if warnings:
    status.warning(tn("data.has_warnings", warnings, lang))
if not st.session_state[keys.FRAMES]:
    st.info(tr("data.fix_file"))
    editors.show_problems(found)
    st.stop()

SHEETS = ("employees", "cohorts", "roles")
# Tab labels stay the same whatever the problems (a new label redraws the tables, scrolled back
# to their first column): the count of problems per table goes in the status lines instead.
where = [
    tr("data.problems_in", sheet=tr(f"sheet.{name}"), count=tn("count.problems", n, lang))
    for name in SHEETS
    if (n := len(editors.sheet_problems(name)))
]
if where:
    status.caption(" · ".join(where))
tabs = st.tabs([tr(f"sheet.{name}") for name in SHEETS] + [tr("sheet.settings")])
for tab, name in zip(tabs, SHEETS, strict=False):
    with tab:
        editors.editor(name)
with tabs[-1]:
    editors.show_problems(editors.other_problems())
    settings_form.render()
