"""Finding a person: by matricule or by name, with suggestions when several match, and
previous / next through the list the results page shows.

Why a search box and a short list of suggestions rather than one select box of everyone: a
20,000-person select box would send every name to the browser on each run of the page. The
box has one fixed key, so what is typed is always what is looked up; the buttons and the
results page write the person to show into it before it is drawn.
"""

from __future__ import annotations

import unicodedata

import streamlit as st

from planner import i18n
from planner.domain.records import Dataset
from planner.i18n import plural
from planner.ui import keys, state
from planner.ui.state import tr

MAX_SUGGESTIONS = 50


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: "Aït  BRAHIM" and "ait brahim" are the same."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(plain.casefold().split())


def _index(data: Dataset, names: bool) -> list[tuple[str, str, str]]:
    """(matricule, its folded form, folded name) of everyone, once per dataset."""
    return state.memo(
        "person_index",
        (data, names),
        lambda: [
            (e.employee_id, fold(e.employee_id), fold(e.name or "") if names else "")
            for e in data.employees
        ],
    )


def matches(data: Dataset, query: str, names: bool = True) -> list[str]:
    """Matricules matching ``query``: the matricule itself (any case), else a whole name,
    else everyone whose matricule and name hold every word typed; in the workbook's order."""
    wanted = fold(query)
    if not wanted:
        return []
    index = _index(data, names)
    exact = [i for i, _, _ in index if i == query.strip()]
    if exact:
        return exact
    for found in (
        [i for i, fid, _ in index if fid == wanted],
        [i for i, _, name in index if name == wanted],
    ):
        if found:
            return found
    words = wanted.split()
    return [i for i, fid, name in index if all(w in f"{fid} {name}" for w in words)]


def search(data: Dataset) -> str:
    """The matricule of the person to show, from the search box; stops the page with a
    message (or the suggestions to choose from) while nobody is chosen."""
    names = not st.session_state.get(keys.HIDE_NAMES)
    st.session_state.setdefault(keys.PERSON_INPUT, st.session_state.get(keys.PERSON) or "")
    query = st.text_input(
        tr("person.search" if names else "person.search_ids"),
        key=keys.PERSON_INPUT,
        placeholder=tr("person.search_hint"),
        help=tr("person.search_help"),
    )
    if not query.strip():
        st.info(tr("person.choose_any"))
        st.stop()
    found = matches(data, query, names)
    if not found:
        st.warning(tr("person.no_match" if names else "person.no_match_ids", query=query.strip()))
        st.stop()
    chosen = found[0] if len(found) == 1 else _suggest(data, query, found, names)
    st.session_state[keys.PERSON] = chosen
    return chosen


def _suggest(data: Dataset, query: str, found: list[str], names: bool) -> str:
    """A list of the people matching; the page stops until one is chosen."""
    by_id = {e.employee_id: e for e in data.employees}
    shown = found[:MAX_SUGGESTIONS]

    def label(employee_id: str) -> str:
        e = by_id[employee_id]
        parts = [employee_id, e.name if names and e.name else "", e.site]
        return " · ".join(p for p in parts if p)

    current = st.session_state.get(keys.PERSON)
    chosen = st.selectbox(
        tr("person.suggestions", count=i18n.fmt_number(len(found), state.lang())),
        shown,
        index=shown.index(current) if current in shown else None,
        format_func=label,
        key="person_pick",
        placeholder=tr("person.suggestions_hint"),
    )
    if len(found) > len(shown):
        st.caption(plural.tn("person.more_matches", len(found) - len(shown), state.lang()))
    if chosen is None:
        st.stop()
    return chosen


def show(employee_id: str) -> None:
    """Callback of previous / next: the person to show, written into the search box too."""
    st.session_state[keys.PERSON] = employee_id
    st.session_state[keys.PERSON_INPUT] = employee_id


def order(data: Dataset) -> tuple[tuple[str, ...], bool]:
    """The list previous / next walk: the results table as last filtered and sorted for the
    plan on screen, else everyone by matricule; and whether it is the results' list."""
    kept = st.session_state.get(keys.REVIEW_ORDER)
    if kept is not None and kept[0] is st.session_state.get(keys.RESULT):
        return kept[1], True
    everyone = state.memo(
        "person_order", (data,), lambda: tuple(sorted(e.employee_id for e in data.employees))
    )
    return everyone, False


def browse(data: Dataset, employee_id: str) -> None:
    """Previous / next buttons and where this person stands in the list."""
    ids, filtered = order(data)
    position = _position(ids, employee_id)
    before = ids[position - 1] if position is not None and position > 0 else None
    after = ids[position + 1] if position is not None and position + 1 < len(ids) else None
    if position is None and ids:
        after = ids[0]  # someone outside the list: "next" starts it
    left, middle, right = st.columns([1, 1, 4], vertical_alignment="center")
    left.button(
        tr("person.previous"),
        key="person_previous",
        on_click=show,
        args=(before,),
        disabled=before is None,
        icon=":material/arrow_back:",
    )
    middle.button(
        tr("person.next"),
        key="person_next",
        on_click=show,
        args=(after,),
        disabled=after is None,
        icon=":material/arrow_forward:",
    )
    where = "person.position_review" if filtered else "person.position_all"
    if position is None:
        right.caption(tr("person.outside_review" if filtered else "person.outside_all"))
    else:
        lang = state.lang()
        right.caption(
            tr(where, n=i18n.fmt_number(position + 1, lang), total=i18n.fmt_number(len(ids), lang))
        )


def _position(ids: tuple[str, ...], employee_id: str) -> int | None:
    try:
        return ids.index(employee_id)
    except ValueError:
        return None
