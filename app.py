"""Reconversion planner — Streamlit entry point: `streamlit run app.py`.

Short on purpose: it sets up the session, the sidebar and the page list; each page lives in
app_pages/ and stops early with a message when the data it needs is missing.
"""

import streamlit as st

from planner.ui import draft, help_view, scenario_view, sidebar, state
from planner.ui.state import tr

state.init()
scenario_view.owner_token()  # on every page, so a reload anywhere keeps the session's scenarios
state.collect_finished_job()
st.set_page_config(page_title=tr("app.title"), page_icon=":material/route:", layout="wide")
sidebar.render()
PAGES = [
    st.Page("app_pages/inputs.py", title=tr("nav.inputs"), icon=":material/table:", default=True),
    st.Page("app_pages/solve.py", title=tr("nav.solve"), icon=":material/bolt:"),
    st.Page("app_pages/review.py", title=tr("nav.review"), icon=":material/insights:"),
    st.Page("app_pages/person.py", title=tr("nav.person"), icon=":material/person:"),
    st.Page("app_pages/equity.py", title=tr("nav.equity"), icon=":material/balance:"),
    st.Page("app_pages/scenarios.py", title=tr("nav.scenarios"), icon=":material/layers:"),
    st.Page("app_pages/export.py", title=tr("nav.export"), icon=":material/download:"),
    st.Page(
        "app_pages/help.py",
        title=tr("nav.help"),
        icon=":material/help:",
        url_path=help_view.URL_PATH,
    ),
]
page = st.navigation(PAGES)
state.show_notice()
try:
    page.run()
finally:  # also after a page stopped early: what is on screen is what a reload finds
    draft.keep()
