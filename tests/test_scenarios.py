"""Scenario store: exact round trip, listing, and refusal of damaged or foreign files."""

from __future__ import annotations

import sqlite3

import pytest

from planner.domain.plan import Edits
from planner.scenarios import codec
from planner.scenarios.store import ScenarioStore, ScenarioStoreError, default_path
from tests.scenario_fixtures import dataset, edits, result


@pytest.fixture
def store(tmp_path):
    return ScenarioStore(tmp_path / "sub" / "scenarios.sqlite3")


def test_round_trip_is_exact(store):
    data, ed, res = dataset(), edits(), result()
    store.save("Budget serré", data, ed, res)
    got = store.load("Budget serré")
    assert got.dataset == data
    assert got.edits == ed
    assert got.result == res
    assert got.dataset.employees[3].tenure_years == 3  # an int stays an int
    assert got.dataset.employees[1].tenure_years == 0.1 + 0.2
    assert got.dataset.employees[0].employee_id == "00000"


def test_codec_bytes_are_stable():
    raw = codec.dumps(dataset(), edits(), result())
    assert codec.dumps(*codec.loads(raw)) == raw


def test_save_without_plan_and_listing(store):
    store.save("A", dataset(3), None, None)
    store.save("B", dataset(5), Edits(), result(4))
    infos = store.list()
    assert [i.name for i in infos] == ["B", "A"]
    assert (infos[0].employees, infos[0].placed, infos[0].status) == (5, 4, "time_limit")
    assert (infos[1].placed, infos[1].cost_mad) == (None, None)
    assert store.load("A").result is None


def test_save_replaces_same_name(store):
    store.save("Plan", dataset(3))
    store.save("  Plan ", dataset(7))
    assert [i.name for i in store.list()] == ["Plan"]
    assert len(store.load("Plan").dataset.employees) == 7


def test_missing_name_and_empty_name(store):
    with pytest.raises(KeyError):
        store.load("nope")
    with pytest.raises(ValueError, match="name"):
        store.save("   ", dataset(1))
    assert store.delete("nope") is False


def test_delete(store):
    store.save("X", dataset(1))
    assert store.delete("X") is True
    assert store.list() == []


def test_location_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PLANNER_SCENARIO_DB", str(tmp_path / "here.db"))
    assert default_path() == tmp_path / "here.db"
    ScenarioStore().save("x", dataset(1))
    assert (tmp_path / "here.db").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a database at all" * 100,
        b"SQLite format 3\x00" + b"\xff" * 4000,
    ],
)
def test_corrupted_file_is_reported_and_untouched(tmp_path, content):
    path = tmp_path / "scenarios.sqlite3"
    path.write_bytes(content)
    store = ScenarioStore(path)
    for action in (store.list, lambda: store.save("x", dataset(1)), lambda: store.load("x")):
        with pytest.raises(ScenarioStoreError, match="cannot be read.*untouched"):
            action()
    assert path.read_bytes() == content


def test_newer_schema_version_is_refused_and_untouched(store):
    store.save("old", dataset(2))
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    conn.close()
    before = store.path.read_bytes()
    with pytest.raises(ScenarioStoreError, match="newer version"):
        store.save("new", dataset(1))
    with pytest.raises(ScenarioStoreError, match="newer version"):
        store.list()
    assert store.path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE payroll (id TEXT)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ScenarioStoreError, match="not a scenario store"):
        ScenarioStore(path).save("x", dataset(1))
    assert path.read_bytes() == before


def test_damaged_payload_gives_clear_message(store):
    store.save("x", dataset(2))
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE scenarios SET payload = ?", (b"garbage",))
    conn.close()
    with pytest.raises(ScenarioStoreError, match="'x' is damaged"):
        store.load("x")
