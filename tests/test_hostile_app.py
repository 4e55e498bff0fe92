"""Hostile neighbours of the app: another browser session, a forged address, a server that
would call out at start or listen beyond this machine. Each case is named in its docstring.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time

import pytest
from streamlit.testing.v1 import AppTest

from tests.app_helpers import APP, ROOT, button, goto, texts


@pytest.fixture
def app_store(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_SCENARIO_DB", str(tmp_path / "app.db"))
    monkeypatch.delenv("PLANNER_SHARED_STORE", raising=False)
    return tmp_path / "app.db"


def _session(owner: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    if owner is not None:
        at.query_params["owner"] = owner
    at.run()
    return goto(at, "scenarios")


def _save(at: AppTest, name: str) -> None:
    at.text_input[0].input(name)
    button(at, "Enregistrer").click().run()
    assert f"Scénario « {name} » enregistré." in texts(at)


def _listed(at: AppTest) -> list[str]:
    frames = [d.value for d in at.dataframe if "Nom du scénario" in d.value.columns]
    return list(frames[0]["Nom du scénario"]) if frames else []


def test_a_second_browser_session_sees_none_of_the_first_ones_scenarios(app_store):
    first = _session()
    _save(first, "Plan confidentiel")
    second = _session()
    assert _listed(first) == ["Plan confidentiel"] and _listed(second) == []
    assert not [b for b in second.button if b.label in ("Ouvrir", "Supprimer")]
    owners = {s.session_state["scenario_owner"] for s in (first, second)}
    assert len(owners) == 2
    stored = sqlite3.connect(app_store).execute("SELECT owner FROM scenarios").fetchall()
    token = first.session_state["scenario_owner"]
    assert stored == [(hashlib.sha256(token.encode()).hexdigest()[:32],)]  # not the token


def test_the_same_address_finds_the_sessions_scenarios_again(app_store):
    """A reload keeps ?owner= in the address: the same scenarios, and only those."""
    first = _session()
    _save(first, "Plan A")
    again = _session(first.session_state["scenario_owner"])
    assert _listed(again) == ["Plan A"]


def test_a_forged_short_owner_in_the_address_is_replaced(app_store):
    """A guessable ?owner=1 would let anyone type it: it is ignored for a new random one."""
    at = _session("1")
    assert at.session_state["scenario_owner"] != "1"
    assert at.query_params["owner"] == at.session_state["scenario_owner"]


def test_a_shared_store_is_shared_only_when_asked(app_store, monkeypatch):
    first = _session()
    _save(first, "Plan commun")
    monkeypatch.setenv("PLANNER_SHARED_STORE", "1")
    _save(_session(), "Plan partagé")
    assert _listed(_session()) == ["Plan partagé"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as in /proc/net/tcp*) of the sockets listening on ``port``."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if os.path.exists(table):
            with open(table) as rows:
                lines = rows.read().splitlines()[1:]
            for line in lines:
                local, state = line.split()[1], line.split()[3]
                if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                    found.append(local.rsplit(":", 1)[0])
    return found


def _outbound(trace: str) -> list[str]:
    calls = [line for line in trace.splitlines() if "connect(" in line and "AF_INET" in line]
    loopback = ('inet_addr("127.', 'inet_pton(AF_INET6, "::1"', '"::ffff:127.')
    return [call for call in calls if not any(mark in call for mark in loopback)]


def _stop_traced(proc: subprocess.Popen) -> None:
    """Stop the traced server itself: strace, when stopped, only detaches from it."""
    children = f"/proc/{proc.pid}/task/{proc.pid}/children"
    if os.path.exists(children):
        with open(children) as listed:
            for pid in listed.read().split():
                os.kill(int(pid), 15)
    proc.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_the_app_server_listens_on_this_machine_only_and_calls_nobody(tmp_path):
    """`streamlit run app.py` with the project's settings, every connect() traced."""
    port, trace = _free_port(), tmp_path / "connect.txt"
    command = ["strace", "-f", "-e", "trace=connect", "-o", str(trace), sys.executable, "-m"]
    command += ["streamlit", "run", "app.py", "--server.port", str(port)]
    env = dict(os.environ, PLANNER_SCENARIO_DB=str(tmp_path / "s.db"))
    proc = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 90
        while not _listening(port) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        if proc.poll() is not None:
            pytest.skip("strace cannot trace here (ptrace not permitted)")
        time.sleep(3)  # start-up work after the socket opens (where the IP lookup would be)
        listening = _listening(port)
    finally:
        _stop_traced(proc)
    assert listening and set(listening) == {"0100007F"}  # 127.0.0.1, nothing else
    assert _outbound(trace.read_text()) == []
