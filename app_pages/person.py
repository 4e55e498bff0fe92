"""Person page: one employee's profile, pathway, reasons, alternatives and decisions."""

import streamlit as st

from planner.ui import keys, person_view, state
from planner.ui.state import tr

st.title(tr("person.title"))
data, result, reasons, _edits = state.plan_context()
by_id = {e.employee_id: e for e in data.employees}

typed = st.text_input(
    tr("person.pick"),
    value=st.session_state.get(keys.PERSON, ""),
    key=f"{keys.PERSON_INPUT}_{st.session_state.get(keys.PERSON, '')}",
    placeholder=tr("person.pick_hint"),
    help=tr("person.pick_help"),
)
employee_id = typed.strip()
if not employee_id:
    st.info(tr("person.choose"))
    st.stop()
if employee_id not in by_id:
    st.warning(tr("person.unknown", employee=employee_id))
    st.stop()
st.session_state[keys.PERSON] = employee_id

employee = by_id[employee_id]
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
