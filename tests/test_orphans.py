"""Solves tied to their page: the watchdog stops a solve whose session is gone, a reload of
the same owner picks a solve up, another owner's or a connected page's solve is left alone."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest

from planner.ui import orphans


def job():
    return SimpleNamespace(
        stop=threading.Event(), finished=False, collected=False, started=time.monotonic()
    )


@pytest.fixture
def sessions(monkeypatch):
    """Which Streamlit sessions are connected, as the server would say."""
    server = SimpleNamespace(connected={}, here="new")  # here: the session asking
    monkeypatch.setattr(orphans, "_connected", lambda sid: server.connected.get(sid))
    monkeypatch.setattr(orphans, "_this_session", lambda: server.here)
    monkeypatch.setattr(orphans, "GRACE_SECONDS", 0.3)
    monkeypatch.setattr(orphans, "POLL_SECONDS", 0.05)
    return server


def _tie(sessions, j, owner: str, token: str, session: str) -> None:
    """Tie ``j`` as a run of ``session`` would."""
    sessions.here = session
    orphans.tie(j, owner, token)
    sessions.here = "new"


def test_a_solve_whose_page_is_gone_is_stopped_after_the_grace(sessions):
    j = job()
    sessions.connected["old"] = True
    _tie(sessions, j, "o", "t1", "old")
    time.sleep(0.5)
    assert not j.stop.is_set()  # its page is connected
    sessions.connected["old"] = False
    time.sleep(0.1)
    assert not j.stop.is_set()  # a dropped connection may come back
    time.sleep(0.6)
    assert j.stop.is_set()
    j.finished = True
    assert orphans.adopt("o", "t2") == (None, True)  # said once, then forgotten
    assert orphans.adopt("o", "t2") == (None, False)


def test_a_reload_picks_up_its_solve_and_leaves_others_alone(sessions):
    mine, theirs, open_tab = job(), job(), job()
    sessions.connected.update(old=False, other=False, tab=True)
    _tie(sessions, mine, "o", "t1", "old")
    _tie(sessions, theirs, "someone else", "t3", "other")
    _tie(sessions, open_tab, "o", "t4", "tab")
    assert orphans.adopt("o", "t2") == (mine, False)
    sessions.connected["new"] = True
    time.sleep(0.5)
    assert not mine.stop.is_set()  # now watched through the new page
    sessions.here = "newer"  # yet another tab of the same address
    assert orphans.adopt("o", "t5") == (None, False)  # the new page is connected
    for j in (mine, theirs, open_tab):
        j.finished = j.collected = True
