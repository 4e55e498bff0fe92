"""Per-session state of the app: language, loaded workbook, edits and plan.

Pages call :func:`init` (through app.py) then read what they need with the ``require_*``
helpers, which stop the page early with a clear message when something is missing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import streamlit as st

from planner import i18n
from planner.domain.outcomes import SolveResult
from planner.domain.plan import Edits
from planner.domain.problems import Severity
from planner.domain.records import Dataset
from planner.i18n.plural import tn
from planner.ui import keys

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PATH = ROOT / "data" / "sample.xlsx"
TEMPLATE_PATH = ROOT / "data" / "template.xlsx"
SAMPLE_LABEL = ("data.sample_label", {})
DEFAULTS = {
    keys.LANG: i18n.DEFAULT_LANG,
    keys.HIDE_NAMES: False,
    keys.FRAMES_VERSION: 0,
    keys.EDITS: Edits(),
    keys.TIME_LIMIT: 30,
    keys.STAY_CLOSE: True,
    keys.STALE: False,
    keys.EXPORTS: {},
}


def lang() -> str:
    return st.session_state.get(keys.LANG, i18n.DEFAULT_LANG)


def tr(key: str, **values: object) -> str:
    """The UI text of ``key`` in the session's language."""
    return i18n.t(key, lang(), **values)


def init() -> None:
    """Give every key its default; on a session's first run, bring back the draft of this
    browser's work (a reload), else open the bundled sample."""
    for key, value in DEFAULTS.items():
        st.session_state.setdefault(key, value)
    if keys.LOAD not in st.session_state:
        from planner.ui import draft  # it builds on this module

        draft.start_session()


@st.cache_resource(show_spinner=False)
def _sample_load(digest: str):
    """The sample is synthetic (no personal data), so it may be shared between sessions."""
    from planner.load import workbook as read

    return read.load(SAMPLE_PATH)


def open_sample() -> None:
    """Load data/sample.xlsx (already validated) as the session's workbook."""
    if not SAMPLE_PATH.exists():
        notice("error", tr("data.sample_missing", path=str(SAMPLE_PATH)))
        st.session_state[keys.LOAD] = None
        return
    set_loaded(_sample(), SAMPLE_LABEL)


def _sample():
    return _sample_load(hashlib.sha256(SAMPLE_PATH.read_bytes()).hexdigest())


def untouched_sample() -> bool:
    """Whether the session holds the bundled sample as opened, not edited."""
    if st.session_state.get(keys.SOURCE) != SAMPLE_LABEL or not SAMPLE_PATH.exists():
        return False
    return st.session_state.get(keys.LOAD) is _sample()


def source_label() -> str | None:
    """The loaded workbook's name; built-in sources are translated at display time."""
    source = st.session_state.get(keys.SOURCE)
    if isinstance(source, tuple):
        key, values = source
        return tr(key, **values)
    return source


def set_loaded(result, label: str | tuple[str, dict], frames: dict | None = None) -> None:
    """Adopt a LoadResult: its tables (or ``frames``, the tables it was read from) become the
    editable frames; the old plan is dropped."""
    from planner.io import frames as tables

    frames = frames if frames is not None else getattr(result, "frames", None)
    if frames is None and result.dataset is not None:
        frames = tables.dataset_to_frames(result.dataset)
    st.session_state[keys.FRAMES] = {k: v.copy() for k, v in (frames or {}).items()}
    st.session_state[keys.LOAD] = result
    st.session_state[keys.SOURCE] = label
    st.session_state[keys.FRAMES_VERSION] += 1
    forget_plan()
    st.session_state[keys.EDITS] = Edits()


def forget_plan() -> None:
    for key in (
        keys.RESULT,
        keys.REASONS,
        keys.PREVIOUS_RESULT,
        keys.RESULT_EDITS,
        keys.RESULT_DATASET,
    ):
        st.session_state.pop(key, None)
    st.session_state[keys.EXPORTS] = {}
    st.session_state[keys.STALE] = False


def revalidate() -> None:
    """Re-parse the edited frames with the importer; an existing plan becomes stale."""
    from planner.load import workbook as read

    result = read.load_frames(st.session_state[keys.FRAMES])
    st.session_state[keys.LOAD] = result
    if keys.RESULT in st.session_state:
        st.session_state[keys.STALE] = True
    st.session_state[keys.EXPORTS] = {}


def problems() -> list:
    result = st.session_state.get(keys.LOAD)
    return list(result.problems) if result is not None else []


def errors() -> list:
    return [p for p in problems() if p.severity == Severity.ERROR]


def dataset() -> Dataset | None:
    """The validated dataset, or None while errors remain."""
    result = st.session_state.get(keys.LOAD)
    if result is None or errors():
        return None
    return result.dataset


def require_dataset() -> Dataset:
    """The validated dataset, or stop the page with a message pointing to the inputs."""
    data = dataset()
    if data is None:
        st.warning(tn("need.valid_data", len(errors()), lang()))
        st.page_link("app_pages/inputs.py", label=tr("nav.inputs"), icon=":material/table:")
        st.stop()
    return data


def require_result() -> SolveResult:
    """The current plan, or stop the page with a message pointing to the solve page."""
    require_dataset()
    result = st.session_state.get(keys.RESULT)
    if result is None:
        st.info(tr("need.result"))
        st.page_link("app_pages/solve.py", label=tr("nav.solve"), icon=":material/bolt:")
        st.stop()
    if st.session_state.get(keys.STALE):
        st.warning(tr("result.stale"))
    return result


def collect_finished_job() -> None:
    """Adopt the outcome of a background solve once its thread has ended."""
    job = st.session_state.get(keys.JOB)
    if job is None or not job.finished or job.collected:
        return
    job.collected = True
    if job.error is not None:
        notice("error", tr("solve.failed", error=job.error))
        return
    if job.explain_error is not None:
        notice("warning", tr("solve.explain_failed", error=job.explain_error))
    st.session_state[keys.PREVIOUS_RESULT] = st.session_state.get(keys.RESULT)
    st.session_state[keys.RESULT] = job.result
    st.session_state[keys.REASONS] = job.reasons
    st.session_state[keys.RESULT_EDITS] = job.edits
    st.session_state[keys.RESULT_DATASET] = job.dataset
    current = dataset()  # a reloaded page that picked the solve up re-read equal inputs
    st.session_state[keys.STALE] = job.dataset is not current and job.dataset != current
    st.session_state[keys.EXPORTS] = {}


def plan_context():
    """(dataset, result, reasons, edits) of the current plan, or stop the page."""
    result = require_result()
    return (
        st.session_state[keys.RESULT_DATASET],
        result,
        st.session_state.get(keys.REASONS) or {},
        st.session_state.get(keys.RESULT_EDITS) or Edits(),
    )


def memo(name: str, inputs: tuple, compute):
    """``compute()``, reused while ``inputs`` are the same objects (or equal plain values).

    Why not ``st.cache_data``: its cache is shared by every session and outlives them, and
    these tables hold names and plans; this memo lives in the session and keeps one value per
    name, so it costs no more memory than the page it serves.
    """
    store = st.session_state.setdefault(keys.MEMO, {})
    kept = store.get(name)
    if kept is not None and _same(kept[0], inputs):
        return kept[1]
    value = compute()
    store[name] = (inputs, value)
    return value


def _same(old: tuple, new: tuple) -> bool:
    plain = (str, int, float, bool, type(None), tuple)
    return len(old) == len(new) and all(
        a is b or (type(a) in plain and type(a) is type(b) and a == b)
        for a, b in zip(old, new, strict=True)
    )


def notice(level: str, text: str) -> None:
    """Queue a message for the next run (survives st.rerun)."""
    st.session_state[keys.NOTICE] = (level, text)


def show_notice() -> None:
    level, text = st.session_state.pop(keys.NOTICE, (None, None))
    if level is not None:
        getattr(st, level)(text)
