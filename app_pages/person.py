"""Person page: one employee's profile, pathway, reasons, alternatives and decisions."""

import streamlit as st

from planner.ui import person_search, person_view, state
from planner.ui.state import tr

st.title(tr("person.title"))
data, result, reasons, _edits = state.plan_context()
employee_id = person_search.search(data)
person_search.browse(data, employee_id)

employee = next(e for e in data.employees if e.employee_id == employee_id)
way = result.plan.pathway(employee_id)
reason = reasons.get(employee_id)
left, right = st.columns(2)
with left:
    person_view.profile(data, employee)
with right:
    st.subheader(tr("person.pathway"))
    person_view.pathway(data, way)
    person_view.why(reason)
person_view.alternatives(data, employee_id, reason)
person_view.decisions(employee_id, way, reason)
