"""Solves tied to the page that started them: a reloaded page picks its solve up again, and a
solve whose page is gone is stopped.

Why: a solve runs in a thread of the server (``planner.ui.solving``) for up to its time limit.
A reload starts a new Streamlit session that knew nothing of it, so the plan it was computing
was lost while it kept a core busy. Each running solve is now tied to its browser session:
the first run of a new session of the same owner (``?owner=`` in the address) adopts the solve
its previous page left (running, or finished and not yet shown), and a watchdog stops a solve
whose session has been disconnected for ``GRACE_SECONDS`` (a dropped connection that comes
back within that time keeps its solve; a closed tab does not).

The registry is module state shared by the sessions of this server process: it holds jobs and
the private owner keys of ``planner.ui.draft``, never data of its own.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from streamlit import runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx

log = logging.getLogger(__name__)
GRACE_SECONDS = 10.0
KEEP_SECONDS = 600.0  # a finished solve nobody collected is given up after this
POLL_SECONDS = 1.0
_LOCK = threading.Lock()
_TIED: dict[int, Tie] = {}  # id(job) -> its tie, until its plan is collected or given up


@dataclass
class Tie:
    """A job and the session that shows it. ``session_id`` is Streamlit's, None when the
    server cannot tell whether the session is connected (AppTest); ``abandoned`` is set when
    the watchdog stopped the job because its page was gone."""

    job: object  # planner.ui.solving.SolveJob: .finished, .collected, .stop (an Event)
    owner: str
    token: str  # the session's own random key (two tabs of one address share an owner)
    session_id: str | None
    abandoned: bool = False


def _connected(session_id: str | None) -> bool | None:
    """Whether the session is connected now; None when that cannot be known."""
    if session_id is None or not runtime.exists():
        return None
    return runtime.get_instance().is_active_session(session_id)


def _this_session() -> str | None:
    """This script run's Streamlit session, when the server tracks its connection."""
    ctx = get_script_run_ctx()
    session_id = ctx.session_id if ctx is not None else None
    return session_id if _connected(session_id) else None


def tie(job, owner: str, token: str) -> None:
    """Tie a running job to this session (once) and watch it until its plan is collected."""
    with _LOCK:
        if id(job) in _TIED or job.finished:
            return
        tied = _TIED[id(job)] = Tie(job, owner, token, _this_session())
    threading.Thread(target=_watch, args=(tied,), name="planner-solve-watch", daemon=True).start()


def adopt(owner: str, token: str) -> tuple[object | None, bool]:
    """(the solve this owner's previous page left, whether one was stopped as abandoned).
    Only solves of sessions no longer connected are taken (a tie naming this very Streamlit
    session comes from before it was renewed); the newest is tied to this session, and any
    older one stopped."""
    here = _this_session()
    with _LOCK:
        left = [
            t
            for t in _TIED.values()
            if t.owner == owner
            and t.token != token
            and not t.job.collected
            and (t.session_id == here or not _connected(t.session_id))
        ]
        left.sort(key=lambda t: t.job.started, reverse=True)
        abandoned = [t for t in left if t.abandoned]
        for gone in abandoned:  # said once
            _TIED.pop(id(gone.job), None)
        live = [t for t in left if not t.abandoned]
        for older in live[1:]:
            older.job.stop.set()
        if live:
            live[0].token, live[0].session_id = token, here
    if live:
        log.info("a reloaded page picked up its solve (finished: %s)", live[0].job.finished)
    return (live[0].job if live else None), bool(abandoned)


def _watch(tied: Tie) -> None:
    """Until the plan is collected: stop the job once its session has been gone for
    GRACE_SECONDS; give it up KEEP_SECONDS after it ended."""
    gone_since = None
    ended = None
    while not tied.job.collected and _TIED.get(id(tied.job)) is tied:
        if tied.job.finished:
            ended = ended or time.monotonic()
            if time.monotonic() - ended >= KEEP_SECONDS:
                break
        elif _connected(tied.session_id) is False and not tied.job.stop.is_set():
            gone_since = gone_since or time.monotonic()
            if time.monotonic() - gone_since >= GRACE_SECONDS:
                tied.abandoned = True
                tied.job.stop.set()
                log.info("stopped a solve whose page has been gone for %.0f s", GRACE_SECONDS)
        else:
            gone_since = None
        time.sleep(POLL_SECONDS)
    with _LOCK:
        if _TIED.get(id(tied.job)) is tied:
            del _TIED[id(tied.job)]
