"""Scenarios page: save the current inputs, decisions and plan; reopen; compare two."""

import streamlit as st

from planner import i18n
from planner.i18n.plural import tn
from planner.scenarios.store import ScenarioStoreError
from planner.ui import keys, scenario_save, state
from planner.ui import scenario_view as sv
from planner.ui.state import tr

st.title(tr("scen.title"))
store = sv.session_store()
st.caption(tr("scen.location", path=str(store.path)))
st.caption(tr("privacy.scen_shared" if store.shared else "privacy.scen_private"))
try:
    infos = store.list()
    hidden = store.shared_count()
except ScenarioStoreError as exc:
    st.error(tr("scen.store_error", error=sv.error_text(exc)))
    st.stop()
if hidden:
    st.info(tr("privacy.scen_hidden", count=i18n.fmt_number(hidden, state.lang())))

st.subheader(tr("scen.save_title"))
data = state.dataset()
if data is None:
    st.caption(tr("scen.cannot_save"))
else:
    scenario_save.save_form(store, infos)

st.subheader(tr("scen.list_title"))
if not infos:
    st.info(tr("scen.empty"))
    st.stop()
st.dataframe(sv.list_table(store, infos), hide_index=True, width="stretch", placeholder="")
names = [i.name for i in infos]
by_name = {i.name: i for i in infos}
left, mid, right = st.columns([3, 1, 1], vertical_alignment="bottom")
chosen = left.selectbox(tr("scen.pick"), names, key="scen_pick")
if mid.button(tr("scen.open"), icon=":material/folder_open:"):
    try:
        with st.spinner(tr("scen.opening")):
            sv.reopen(store, sv.load(store, by_name[chosen]))
        state.notice("success", tr("scen.opened", name=chosen))
        st.rerun()
    except (ScenarioStoreError, KeyError) as exc:
        st.error(tr("scen.store_error", error=sv.error_text(exc)))
if right.button(tr("scen.delete"), icon=":material/delete:"):
    try:
        store.delete(chosen)
        state.notice("info", tr("scen.deleted", name=chosen))
        st.rerun()
    except ScenarioStoreError as exc:
        st.error(tr("scen.store_error", error=sv.error_text(exc)))

st.subheader(tr("compare.title"))
options = ([sv.CURRENT] if st.session_state.get(keys.RESULT) is not None else []) + names


def _label(value: str) -> str:
    return tr("compare.current") if value == sv.CURRENT else value


left, right = st.columns(2)
a_name = left.selectbox(tr("compare.a"), options, index=0, format_func=_label, key="cmp_a")
b_name = right.selectbox(
    tr("compare.b"), options, index=min(1, len(options) - 1), format_func=_label, key="cmp_b"
)
try:
    a, b = sv.side(store, by_name, a_name), sv.side(store, by_name, b_name)
except (ScenarioStoreError, KeyError) as exc:
    st.error(tr("scen.store_error", error=sv.error_text(exc)))
    st.stop()
if a is None or b is None or a[1] is None or b[1] is None:
    st.info(tr("compare.need_plans"))
    st.stop()
labels = (_label(a_name), _label(b_name))
if labels[0] == labels[1]:
    labels = (f"A · {labels[0]}", f"B · {labels[1]}")
st.dataframe(sv.figures_table(a, b, labels), hide_index=True, width="stretch", placeholder="")
moved = sv.moved_table(a, b, labels)
st.markdown(f"**{tn('compare.moved', len(moved), state.lang())}**")
if len(moved):
    st.dataframe(moved, hide_index=True, width="stretch", placeholder="")
