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

from planner import i18n
from planner.io.read import isolate, safety
from planner.io.write.template import write_template
from planner.load import workbook as read
from planner.ui import keys, state
from planner.ui.state import tr

log = logging.getLogger(__name__)

UPLOAD_TYPES = ["xlsx", "xlsm", "csv", "zip"]
DROPZONE = '[data-testid="stFileUploaderDropzone"]'
UPLOADER_CSS = (
    f'{DROPZONE} button [data-testid="stMarkdownContainer"] p {{font-size: 0}}'
    f' {DROPZONE} button [data-testid="stMarkdownContainer"] p::after'
    " {content: BUTTON; font-size: 1rem}"
    ' [data-testid="stFileUploaderDropzoneInstructions"] span {font-size: 0}'
    ' [data-testid="stFileUploaderDropzoneInstructions"] span::after'
    " {content: LIMITS; font-size: 0.875rem}"
)


@st.cache_data(show_spinner=False, max_entries=4)
def template_bytes(lang: str) -> bytes:
    """The empty template (no personal data, so caching it is safe)."""
    if lang == "fr" and state.TEMPLATE_PATH.exists():
        return state.TEMPLATE_PATH.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "template.xlsx"
        write_template(path, lang=lang)
        return path.read_bytes()


def uploader_words() -> str:
    """CSS that words Streamlit's file uploader in the page's language.

    Streamlit writes "Upload" on its button and "50MB per file • XLSX, …" under it, in
    English, with no option to change them: the words are made invisible and the page's own
    are drawn in their place. The messages Streamlit shows itself while a file is dragged or
    refused (too large, wrong type) stay in English.
    """
    limit = i18n.fmt_number(st.get_option("server.maxUploadSize"), state.lang())
    types = ", ".join(f".{t}" for t in UPLOAD_TYPES)
    button = _css_text(tr("data.upload_button"))
    limits = _css_text(tr("data.upload_limits", megabytes=limit, types=types))
    return UPLOADER_CSS.replace("BUTTON", button).replace("LIMITS", limits)


def _css_text(text: str) -> str:
    """A CSS string literal: quotes and backslashes escaped, no line break, no ``<`` (which
    could end the style element)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    escaped = escaped.replace("<", "\\3C ")
    return f'"{escaped}"'


def source_controls() -> None:
    """Upload, back to the sample, download the template."""
    st.html(f"<style>{uploader_words()}</style>")
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
