"""The session's draft: its work saved at each change, and brought back by a reload.

Why: a reload (F5), a closed and reopened tab or a dropped connection starts a new Streamlit
session, which knew nothing of the last one; the upload, the edits, the decisions and the plan
were lost and the bundled sample came back. Each run now ends by saving what changed, as the
draft of this browser session's owner key (``planner.scenarios.drafts``), and the first run of
a session with that key (``?owner=`` in the address) starts from it, with a notice.

The key of the draft is derived from the owner token apart from the scenarios' one, so a
draft stays private even when the scenarios are shared (``PLANNER_SHARED_STORE=1``).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import sqlite3
from datetime import datetime

import streamlit as st

from planner import i18n
from planner.domain.plan import Edits
from planner.i18n import plural
from planner.scenarios.drafts import Draft, DraftStore
from planner.scenarios.store import ScenarioStoreError
from planner.ui import keys, orphans, scenario_view, state
from planner.ui.state import tr

log = logging.getLogger(__name__)
PREFS = (keys.LANG, keys.HIDE_NAMES, keys.TIME_LIMIT, keys.STAY_CLOSE, keys.SCENARIO)
STORE_ERRORS = (ScenarioStoreError, OSError, sqlite3.Error, ValueError)


def owner_key() -> str:
    """The draft's owner: a hash of this browser session's owner token."""
    token = scenario_view.owner_token()
    return hashlib.sha256(f"draft:{token}".encode()).hexdigest()[:32]


def session_token() -> str:
    """A random key of this session alone (two tabs of one address share the owner)."""
    return st.session_state.setdefault(keys.SESSION_TOKEN, secrets.token_hex(8))


def store() -> DraftStore:
    return DraftStore(owner=owner_key())


def start_session() -> None:
    """A session's first run: this owner's draft if there is one, else the bundled sample;
    then the solve this owner's reloaded page left, picked up (``planner.ui.orphans``)."""
    found = _load()
    if found is None:
        state.open_sample()
    else:
        with st.spinner(tr("draft.restoring")):
            _apply(found)
    # What is on screen now is what the store holds: nothing to save until it changes.
    state.memo("draft", _inputs(), lambda: found.saved_at if found else "")
    job, abandoned = orphans.adopt(owner_key(), session_token())
    if job is not None:
        st.session_state[keys.JOB] = job
    said = [_restored(found)] if found is not None else []
    if job is not None and not job.finished:
        said.append(tr("draft.resumed"))
    if abandoned:
        said.append(tr("draft.abandoned"))
    if found is not None:
        said.append(tr("draft.sample_hint"))
    if said:
        state.notice("info", " ".join(said))


def _load() -> Draft | None:
    try:
        return store().load()
    except STORE_ERRORS as exc:
        log.warning("draft unreadable (%s)", type(exc).__name__)
        state.notice("warning", tr("draft.unreadable", error=scenario_view.error_text(exc)))
        return None


def _restored(found: Draft) -> str:
    when = i18n.fmt_datetime(datetime.fromisoformat(found.saved_at), state.lang())
    return tr("draft.restored", when=when, what=_what(found))


def _apply(found: Draft) -> None:
    """Make the draft the session's workbook, decisions, plan and preferences."""
    from planner.load import workbook

    loaded = (
        workbook.load_frames(found.frames)
        if found.frames
        else workbook.LoadResult(None, list(found.problems))
    )
    state.set_loaded(loaded, found.source, frames=found.frames)
    st.session_state[keys.EDITS] = found.edits
    for key in PREFS:
        if key in found.prefs:
            st.session_state[key] = found.prefs[key]
    dataset = found.result_dataset or loaded.dataset
    if found.result is None or dataset is None:
        return
    st.session_state[keys.RESULT] = found.result
    st.session_state[keys.RESULT_DATASET] = dataset
    st.session_state[keys.RESULT_EDITS] = found.result_edits or Edits()
    st.session_state[keys.PREVIOUS_RESULT] = found.previous_result
    st.session_state[keys.STALE] = found.stale
    st.session_state[keys.REASONS] = _reasons(dataset, found)


def _reasons(dataset, found: Draft) -> dict:
    """The plan's explanations, recomputed (a draft does not keep them); a failure here
    keeps the plan, as after a solve."""
    from planner.explain import reasons as explain

    try:
        return explain.explain(dataset, found.result, found.result_edits or Edits())
    except Exception as exc:
        log.exception("explanations failed (%s)", type(exc).__name__)
        return {}


def _what(found: Draft) -> str:
    """ "classeur rh.xlsx, 2 décision(s), plan : 120 placés" in the session's language."""
    source = found.source
    label = tr(source[0], **source[1]) if isinstance(source, tuple) else source
    parts = [tr("draft.source", source=label)]
    count = len(found.edits.locks) + len(found.edits.bans)
    if count:
        parts.append(plural.tn("draft.decisions", count, state.lang()))
    if found.result is not None:
        placed = i18n.fmt_number(found.result.placed, state.lang())
        parts.append(tr("draft.plan_stale" if found.stale else "draft.plan", placed=placed))
    return ", ".join(parts)


def _inputs() -> tuple:
    """Everything a draft holds, as the objects the session holds: the draft is saved again
    only when one of them was replaced (pages replace, never change, these values)."""
    frames = st.session_state.get(keys.FRAMES) or {}
    return (
        st.session_state.get(keys.LOAD),
        tuple(frames.items()),
        *(st.session_state.get(k) for k in (keys.SOURCE, keys.EDITS, keys.RESULT)),
        *(st.session_state.get(k) for k in (keys.RESULT_DATASET, keys.RESULT_EDITS)),
        st.session_state.get(keys.PREVIOUS_RESULT),
        bool(st.session_state.get(keys.STALE)),
        *(st.session_state.get(k) for k in PREFS),
    )


def keep() -> None:
    """At the end of every run: tie a running solve to this page, and save the session's
    work as its draft if it changed. A store that fails is said once, never in the way."""
    job = st.session_state.get(keys.JOB)
    if job is not None and not job.finished:
        orphans.tie(job, owner_key(), session_token())
    try:
        state.memo("draft", _inputs(), _save)
    except Exception as exc:  # after the page, in a finally: never hide nor break the page
        log.warning("draft not saved (%s)", type(exc).__name__, exc_info=True)
        known = isinstance(exc, STORE_ERRORS)
        error = scenario_view.error_text(exc) if known else type(exc).__name__
        if not st.session_state.get(keys.DRAFT_FAILED):
            st.session_state[keys.DRAFT_FAILED] = True
            state.notice("warning", tr("draft.not_saved", error=error))


def _save() -> str:
    """Save the draft; the untouched sample with no decision and no plan is no work, so it
    deletes the draft instead (back to the sample is a choice a reload must respect)."""
    if state.untouched_sample() and not _has_work():
        store().delete()
        return ""
    frames = st.session_state.get(keys.FRAMES) or {}
    load = st.session_state.get(keys.LOAD)
    result_dataset = st.session_state.get(keys.RESULT_DATASET)
    draft = Draft(
        frames=dict(frames),
        source=st.session_state.get(keys.SOURCE) or "",
        edits=st.session_state.get(keys.EDITS) or Edits(),
        problems=() if frames or load is None else tuple(load.problems),
        result=st.session_state.get(keys.RESULT),
        result_dataset=None if result_dataset is state.dataset() else result_dataset,
        result_edits=st.session_state.get(keys.RESULT_EDITS),
        previous_result=st.session_state.get(keys.PREVIOUS_RESULT),
        stale=bool(st.session_state.get(keys.STALE)),
        prefs={k: st.session_state[k] for k in PREFS if k in st.session_state},
    )
    return store().save(draft, st.session_state.setdefault(keys.DRAFT_CACHE, {}))


def _has_work() -> bool:
    edits = st.session_state.get(keys.EDITS) or Edits()
    return bool(edits.locks or edits.bans or st.session_state.get(keys.RESULT) is not None)
