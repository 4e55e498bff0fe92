"""App: a reload (a new session at the same address, ``?owner=``) brings back the session's
work — upload, edits, decisions, plan — as a draft with a notice; a solve whose page was
reloaded is stopped; a draft is private to its owner."""

from __future__ import annotations

import io
import threading

import pytest
from streamlit.testing.v1 import AppTest

from planner.domain.plan import Ban
from planner.io.write.workbook import write_workbook
from planner.ui import solving
from tests.app_helpers import APP, button, goto, solve, start_app, texts
from tests.cli_fixtures import DATASET
from tests.test_app_fix_upload import employees_editor, workbook


@pytest.fixture(autouse=True)
def app_store(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_SCENARIO_DB", str(tmp_path / "s.sqlite3"))
    monkeypatch.delenv("PLANNER_SHARED_STORE", raising=False)


def reload(at: AppTest) -> AppTest:
    """A new session at the same address: what F5 does."""
    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.query_params["owner"] = at.session_state["scenario_owner"]
    fresh.run()
    assert not fresh.exception, [e.value for e in fresh.exception]
    return fresh


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.get("file_uploader")[0].upload(name, data).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def three_people() -> bytes:
    out = io.BytesIO()
    write_workbook(DATASET, out)
    return out.getvalue()


def test_a_reload_brings_back_the_upload_decisions_and_plan():
    at = solve(upload(start_app(), "rh.xlsx", three_people()), seconds=5)
    at.session_state["person"] = "A01"
    goto(at, "person")
    button(at, "Interdire ce poste").click().run()
    before = at.session_state["result"]
    edits = at.session_state["edits"]
    assert edits.bans == (Ban("A01", None, before.plan.assignments["A01"].role_id),)
    again = reload(at)
    assert "Brouillon restauré" in texts(again)
    assert "classeur rh.xlsx, 1 décision à respecter, plan : 2 placés" in texts(again)
    assert again.session_state["edits"] == edits
    assert again.session_state["result"] == before
    assert again.session_state["result_dataset"] == at.session_state["result_dataset"]
    assert set(again.session_state["reasons"]) == set(at.session_state["reasons"])
    goto(again, "review")  # the plan is there to review, as before the reload
    assert "Placés sur 3" in [m.label for m in again.metric]


def test_a_reload_keeps_a_workbook_being_fixed_with_its_row_numbers():
    at = upload(start_app(), "agents.xlsx", workbook(title_rows=2))
    rows = at.session_state["frames"]["employees"]
    assert "fr:C1; en:B7" in rows["languages"].tolist()
    errors = [(p.code, p.row) for p in at.session_state["load"].errors]
    assert errors and at.session_state["load"].dataset is None
    again = reload(at)
    assert "Classeur : agents.xlsx" in texts(again)
    frames = again.session_state["frames"]["employees"]
    assert frames.equals(rows) and list(frames.index) == list(rows.index)
    assert [(p.code, p.row) for p in again.session_state["load"].errors] == errors


def test_the_last_edit_of_a_cell_is_in_the_draft():
    at = upload(start_app(), "agents.xlsx", workbook())
    editor = employees_editor(at)
    position = at.session_state["frames"]["employees"]["languages"].tolist().index("fr:C1; en:B7")
    at.session_state[editor.key] = {
        "edited_rows": {position: {"languages": "fr:C1; en:B2"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert at.session_state["load"].dataset is not None
    again = reload(at)
    assert again.session_state["load"].dataset == at.session_state["load"].dataset


def fake_job(at: AppTest, result) -> solving.SolveJob:
    """A solve of this session's inputs that runs until told to stop, then gives ``result``."""
    job = solving.SolveJob(at.session_state["load"].dataset, at.session_state["edits"], 600)

    def run() -> None:
        job.stop.wait(60)
        job.result, job.reasons, job.finished = result, {}, True

    job.thread = threading.Thread(target=run, daemon=True)
    job.thread.start()
    return job


def test_a_reload_during_a_solve_picks_the_solve_up():
    at = solve(upload(start_app(), "rh.xlsx", three_people()), seconds=5)
    plan = at.session_state["result"]
    job = fake_job(at, plan)
    at.session_state["solve_job"] = job  # a long solve still running when the page goes
    goto(at, "review")
    again = reload(at)
    assert again.session_state["solve_job"] is job and not job.stop.is_set()
    shown = texts(again)
    assert "Brouillon restauré" in shown and "continue" in shown
    goto(again, "solve")
    assert [b.label for b in again.button if b.key == "stop_solve"]  # its progress is shown
    job.stop.set()
    job.thread.join(5)
    again.run()
    assert job.collected and again.session_state["result"] is plan
    assert not again.session_state["stale"]  # the re-read inputs equal the solve's


def test_a_solve_that_ended_unseen_before_the_reload_is_not_lost():
    at = solve(upload(start_app(), "rh.xlsx", three_people()), seconds=5)
    job = fake_job(at, at.session_state["result"])
    at.session_state["solve_job"] = job
    goto(at, "review")
    job.stop.set()  # it ends while the page shows the results: nobody collects it
    job.thread.join(5)
    again = reload(at)
    assert job.collected and again.session_state["result"] is job.result


def test_back_to_the_sample_is_what_a_reload_finds():
    at = upload(start_app(), "rh.xlsx", three_people())
    button(at, "Revenir au classeur d'exemple").click().run()
    again = reload(at)
    assert "Brouillon" not in texts(again)
    assert len(again.session_state["load"].dataset.employees) == 300


@pytest.mark.parametrize("shared", ["0", "1"])
def test_a_draft_is_private_to_its_address(monkeypatch, shared):
    monkeypatch.setenv("PLANNER_SHARED_STORE", shared)
    at = upload(start_app(), "rh.xlsx", three_people())
    other = start_app()  # another browser: another owner in its address
    assert "Brouillon" not in texts(other)
    assert len(other.session_state["load"].dataset.employees) == 300
    assert len(reload(at).session_state["load"].dataset.employees) == 3


def test_a_store_that_cannot_be_written_is_said_once(tmp_path, monkeypatch):
    folder = tmp_path / "a folder, not a file"
    folder.mkdir()
    monkeypatch.setenv("PLANNER_SCENARIO_DB", str(folder))
    at = upload(start_app(), "rh.xlsx", three_people())
    assert "n'a pas pu être enregistré comme brouillon" in " ".join(w.value for w in at.warning)
    goto(at, "solve")
    assert "brouillon" not in " ".join(w.value for w in at.warning)
