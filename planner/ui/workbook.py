"""Where the data comes from: the bundled sample, an uploaded workbook, the empty template.

An upload is read in a child process with memory and time limits (``planner.io.read.isolate``):
a file that makes a reader abort or exhaust the machine is one problem shown to this session,
while the server, and every other session, go on.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import streamlit as st

from planner.io.read import isolate, safety
from planner.io.write.template import write_template
from planner.load import workbook as read
from planner.ui import keys, state
from planner.ui.state import tr

log = logging.getLogger(__name__)

UPLOAD_TYPES = ["xlsx", "xlsm", "csv", "zip"]


@st.cache_data(show_spinner=False, max_entries=4)
def template_bytes(lang: str) -> bytes:
    """The empty template (no personal data, so caching it is safe)."""
    if lang == "fr" and state.TEMPLATE_PATH.exists():
        return state.TEMPLATE_PATH.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "template.xlsx"
        write_template(path, lang=lang)
        return path.read_bytes()


def source_controls() -> None:
    """Upload, back to the sample, download the template."""
    with st.expander(tr("data.source_title"), expanded=st.session_state.get(keys.LOAD) is None):
        uploads = st.file_uploader(
            tr("data.upload"),
            type=UPLOAD_TYPES,
            key="upload",
            help=tr("data.upload_help"),
            accept_multiple_files=True,
        )
        ids = tuple(u.file_id for u in uploads or ())
        if ids and st.session_state.get("upload_ids") != ids:
            st.session_state["upload_ids"] = ids
            with st.spinner(tr("data.reading")):
                open_upload({u.name: u.getvalue() for u in uploads})
            st.rerun()
        left, right = st.columns(2)
        if left.button(tr("data.use_sample"), icon=":material/science:"):
            state.open_sample()
            st.rerun()
        _template_button(right)


def open_upload(files: dict[str, bytes]) -> None:
    """Load an uploaded workbook, or one CSV file per sheet; it stays in this session only."""
    label = ", ".join(sorted(files))
    result = read_upload(files, label)
    log.info(
        "upload: %d file(s), %d bytes, %d problems",
        len(files),
        sum(len(d) for d in files.values()),
        len(result.problems),
    )
    state.set_loaded(result, label)


def read_upload(files: dict[str, bytes], label: str) -> read.LoadResult:
    """The files read and validated in a child process; a stopped child is one problem."""
    try:
        if len(files) == 1:
            ((name, data),) = files.items()
            return isolate.run(read.load, data, name, label=label)
        return isolate.run(read.load_csvs, files, label=label)
    except safety.Refused as refused:
        return read.LoadResult(None, [refused.problem])


def _template_button(container) -> None:
    try:
        data = template_bytes(state.lang())
    except Exception:  # template writer missing or broken: say so, keep the page usable
        container.caption(tr("data.template_missing"))
        return
    container.download_button(
        tr("data.template"),
        data,
        file_name=tr("data.template_file"),
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
    )
