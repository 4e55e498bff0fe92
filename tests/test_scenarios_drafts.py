"""Drafts in the scenario store: exact round trip of tables being fixed, one per owner,
private even in a shared store, expired after DRAFT_DAYS, damaged ones reported."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from planner.domain.plan import Ban, Edits
from planner.io.frames import dataset_to_frames
from planner.scenarios import drafts
from planner.scenarios.drafts import Draft, DraftStore
from planner.scenarios.frames import decode_frame, encode_frame
from planner.scenarios.store import ScenarioStore, ScenarioStoreError
from tests.cli_fixtures import DATASET


def odd_frame() -> pd.DataFrame:
    """A table being fixed: refused cells as typed, blanks, dates, file row numbers."""
    index = pd.Index([3, 4, 9], dtype="int64")
    columns = {
        "employee_id": (["007", None, "A 3"], "str"),
        "tenure_years": (["douze", 3.5, float("inf")], object),
        "mobile": ([True, False, True], "bool"),
        "start_date": ([date(2026, 9, 1), None, "1er mars"], object),
        "seats": ([1, 0, 12], "int64"),
        "cost": ([1.25, float("nan"), 1e-7], "float64"),
        "when": ([datetime(2026, 1, 2, 3, 4), None, None], object),
    }
    return pd.DataFrame(
        {name: pd.Series(v, dtype=t, index=index) for name, (v, t) in columns.items()}
    )


def test_a_table_being_fixed_round_trips_exactly():
    frame = odd_frame()
    back = decode_frame(encode_frame(frame))
    assert_frame_equal(back, frame)
    assert back["tenure_years"].tolist()[0] == "douze"
    for frame in dataset_to_frames(DATASET).values():
        assert_frame_equal(decode_frame(encode_frame(frame)), frame, check_index_type=False)


def test_a_cell_of_an_unknown_type_is_refused_not_changed():
    frame = pd.DataFrame({"x": pd.Series([object()], dtype=object)})
    with pytest.raises(ValueError, match="cannot be kept"):
        encode_frame(frame)


def draft(**changes) -> Draft:
    fields = {
        "frames": {"employees": odd_frame()},
        "source": ("scen.source", {"name": "Essai"}),
        "edits": Edits(bans=(Ban("A01", None, "R-ANN"),)),
        "prefs": {"lang": "en", "hide_names": True},
    }
    return Draft(**(fields | changes))


def test_save_and_load_one_draft_per_owner(tmp_path):
    path = tmp_path / "s.db"
    mine, theirs = DraftStore(path, owner="a" * 32), DraftStore(path, owner="b" * 32)
    assert mine.load() is None  # no store file yet
    mine.save(draft())
    saved_at = mine.save(draft(stale=True))
    back = mine.load()
    assert back.saved_at == saved_at and back.stale
    assert back.source == ("scen.source", {"name": "Essai"})
    assert back.edits == draft().edits and back.prefs == draft().prefs
    assert_frame_equal(back.frames["employees"], odd_frame())
    assert theirs.load() is None
    assert ScenarioStore(path, owner="a" * 32).list() == []  # never in the scenario list
    assert mine.delete() and not mine.delete() and mine.load() is None


def test_a_draft_stays_private_in_a_shared_store(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_SHARED_STORE", "1")
    path = tmp_path / "s.db"
    DraftStore(path, owner="a" * 32).save(draft())
    assert DraftStore(path, owner="b" * 32).load() is None


def test_drafts_expire_after_draft_days(tmp_path):
    path = tmp_path / "s.db"
    old, new = DraftStore(path, owner="a" * 32), DraftStore(path, owner="b" * 32)
    old.save(draft())
    stale = datetime.now(UTC) - timedelta(days=drafts.DRAFT_DAYS, minutes=1)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE drafts SET saved_at = ?", (stale.isoformat(),))
    assert old.load() is None  # expired: not restored even before it is deleted
    new.save(draft())  # any save deletes the expired drafts
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 1


def test_a_damaged_draft_is_reported(tmp_path):
    path = tmp_path / "s.db"
    store = DraftStore(path, owner="a" * 32)
    store.save(draft())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE drafts SET payload = ?", (b"not zlib",))
    with pytest.raises(ScenarioStoreError):
        store.load()


def test_a_store_without_drafts_is_read_and_keeps_its_schema(tmp_path):
    path = tmp_path / "s.db"
    ScenarioStore(path, owner="a" * 32).save("Essai", DATASET)
    assert DraftStore(path, owner="a" * 32).load() is None
    assert not DraftStore(path, owner="a" * 32).delete()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "drafts" not in tables
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == 2
