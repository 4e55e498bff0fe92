"""Helpers for the AppTest (streamlit.testing) tests of the app."""

from __future__ import annotations

import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")


def start_app() -> AppTest:
    """The app on its first page, with the bundled sample loaded."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Everything readable on the page (markdown, captions, alerts, metrics), one string."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    for kind in (at.success, at.info, at.warning, at.error, at.title, at.subheader):
        parts += [x.value for x in kind]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    return "\n".join(str(p) for p in parts)


def goto(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def button(at: AppTest, label: str):
    found = [b for b in at.button if b.label == label]
    assert found, f"no button {label!r} in {[b.label for b in at.button]}"
    return found[0]


def solve(
    at: AppTest, seconds: int = 10, timeout: float = 120.0, stay_close: bool = True
) -> AppTest:
    """Run the optimizer from the solve page and wait for the background job to be collected."""
    goto(at, "solve")
    at.slider(key="w_time_limit").set_value(seconds).run()
    if "result" in at.session_state:
        at.checkbox(key="w_stay_close_True").set_value(stay_close).run()
    label = next(b.label for b in at.button if b.label.startswith(("Lancer", "Relancer")))
    button(at, label).click().run()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = at.session_state["solve_job"]
        if job.finished and job.collected:
            break
        time.sleep(0.5)
        at.run()
    job = at.session_state["solve_job"]
    assert job.collected, "solve did not finish in time"
    assert job.error is None, f"the solver failed: {job.error}"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
