"""Hostile places: output folders, the key folder, the scenario store.

Each case is one attack or one careless neighbour, named in its docstring: planted links and
named pipes, folders of other accounts, a permissive umask, another owner, a store made by an
older planner, a store path that is a folder.
"""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from planner.cli.main import main
from planner.export.outputs import UnsafeFolderError, write_solve_outputs
from planner.io.write.workbook import write_workbook
from planner.scenarios.store import SHARED_OWNER, ScenarioStore, ScenarioStoreError
from tests.scenario_fixtures import dataset

# Output folders: private modes, planted links, files that are not the planner's.


@pytest.fixture
def umask_022():
    """The usual umask, under which a plain open() makes files every account can read."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _export(out, **options):
    from tests.export_fixtures import dataset as plan_data
    from tests.export_fixtures import reasons, result

    return write_solve_outputs(out, plan_data(), result(), reasons(), **options)


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_every_output_is_private_under_a_permissive_umask(tmp_path, umask_022):
    paths = _export(tmp_path / "out", rosters_by="provider", arrivals=True, pseudonymise=True)
    files = [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
    files += list(paths["key_table"].parent.iterdir())
    assert len(files) >= 8 and {_mode(p) for p in files} == {0o600}
    folders = [tmp_path / "out", paths["rosters"], paths["key_table"].parent]
    assert {_mode(p) for p in folders} == {0o700}


def test_planted_link_at_the_predictable_key_folder_is_not_followed(tmp_path):
    """Someone prepares out_table_de_correspondance/ with a link to a victim file."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    trap = tmp_path / "out_table_de_correspondance"
    trap.mkdir()
    (trap / "pseudonym_key_table.csv").symlink_to(victim)
    (trap / "pseudonym_key.txt").symlink_to(tmp_path / "stolen_key.txt")
    paths = _export(tmp_path / "out", pseudonymise=True)
    assert victim.read_text() == "precious" and not (tmp_path / "stolen_key.txt").exists()
    assert paths["key_table"].parent not in (trap, tmp_path / "out")
    assert paths["key_table"].parent.parent == tmp_path and _mode(paths["key"]) == 0o600


def test_planted_link_in_place_of_plan_xlsx_is_refused_before_writing(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "plan.xlsx").symlink_to(victim)
    with pytest.raises(UnsafeFolderError) as refused:
        _export(tmp_path / "out")
    assert refused.value.key == "privacy.not_ours" and victim.read_text() == "precious"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["plan.xlsx"]


def test_named_pipe_in_place_of_summary_is_refused_without_hanging(tmp_path):
    (tmp_path / "out").mkdir()
    os.mkfifo(tmp_path / "out" / "summary.json")
    with pytest.raises(UnsafeFolderError):
        _export(tmp_path / "out")


def test_a_plan_the_user_edited_is_never_replaced(tmp_path, capsys):
    """Written by the planner, then annotated by the user: a new solve refuses (exit 2)."""
    out = tmp_path / "out"
    _export(out)
    _export(out)  # unchanged since written: replaced without a word
    (out / "plan.xlsx").write_bytes(b"my annotations")
    assert main(["solve", str(_book(tmp_path)), "--out", str(out)]) == 2
    assert "plan.xlsx" in capsys.readouterr().err
    assert (out / "plan.xlsx").read_bytes() == b"my annotations"


def test_roster_named_like_a_users_file_gets_another_name(tmp_path):
    """A user's 'Institut_Data_&_IA.xlsx' (or a link by that name) stays as it is."""
    rosters = tmp_path / "out" / "rosters"
    rosters.mkdir(parents=True)
    (rosters / "institut_data_&_ia.xlsx").write_bytes(b"mine")
    (rosters / "sans_organisme.xlsx").symlink_to(tmp_path / "elsewhere.xlsx")
    paths = _export(tmp_path / "out", rosters_by="provider")
    names = sorted(p.name for p in paths["rosters"].iterdir())
    assert "Institut_Data_&_IA (2).xlsx" in names and "sans_organisme (2).xlsx" in names
    assert (rosters / "institut_data_&_ia.xlsx").read_bytes() == b"mine"
    assert not (tmp_path / "elsewhere.xlsx").exists()


def test_key_folder_in_a_folder_anyone_can_change_is_refused(tmp_path):
    """World-writable without the sticky bit: anyone could rename or swap the key folder."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with pytest.raises(UnsafeFolderError) as refused:
        _export(tmp_path / "out", pseudonymise=True, key_dir=shared)
    assert refused.value.key == "privacy.parent_foreign" and list(shared.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another account needs root")
def test_key_folder_in_another_accounts_folder_is_refused(tmp_path, capsys):
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    os.chown(theirs, 4242, 4242)
    book = _book(tmp_path)
    args = ["solve", str(book), "--out", str(tmp_path / "out"), "--pseudonymise"]
    assert main([*args, "--key-dir", str(theirs)]) == 2
    assert "--key-dir" in capsys.readouterr().err and list(theirs.iterdir()) == []
    assert not (tmp_path / "out").exists()  # refused before solving, nothing created


def _book(tmp_path):
    from tests.cli_fixtures import DATASET

    path = tmp_path / "rh.xlsx"
    write_workbook(DATASET, path)
    return path


# The scenario store: owners, modes, old and odd files.


def _owned(tmp_path, owner: str, **options) -> ScenarioStore:
    return ScenarioStore(tmp_path / "store" / "s.db", owner=owner, **options)


def test_another_owner_cannot_list_open_or_delete_a_scenario(tmp_path):
    alice, bob = _owned(tmp_path, "alice"), _owned(tmp_path, "bob")
    alice.save("Plan RH", dataset(3))
    bob.save("Plan RH", dataset(5))  # the same name is Bob's own, not a replacement
    assert bob.list()[0].employees == 5 and alice.list()[0].employees == 3
    assert bob.delete("Plan RH") and not bob.delete("Plan RH")
    with pytest.raises(KeyError):
        bob.load("Plan RH")
    assert len(alice.load("Plan RH").dataset.employees) == 3


def test_a_session_cannot_claim_the_shared_owner(tmp_path):
    """The shared set is reached through PLANNER_SHARED_STORE, not by naming its owner."""
    with pytest.raises(ValueError, match="PLANNER_SHARED_STORE"):
        _owned(tmp_path, SHARED_OWNER)


def _old_store(path, rows) -> None:
    """A store as the planner wrote it before owners: schema 1, one row per name."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO schema_version VALUES (1)")
        conn.execute(
            "CREATE TABLE scenarios (name TEXT PRIMARY KEY, saved_at TEXT NOT NULL,"
            " summary TEXT NOT NULL, payload BLOB NOT NULL, sha256 TEXT NOT NULL)"
        )
        conn.executemany("INSERT INTO scenarios VALUES (?, ?, ?, ?, ?)", rows)
    conn.close()


def test_scenarios_saved_before_owners_go_to_the_shared_set_only(tmp_path):
    """They were visible to every session: after migration, to every session of the shared
    store, and to no private session."""
    donor = ScenarioStore(tmp_path / "donor.db")
    donor.save("Ancien", dataset(4))
    with sqlite3.connect(donor.path) as conn:
        rows = conn.execute("SELECT name, saved_at, summary, payload, sha256 FROM scenarios")
        rows = rows.fetchall()
    conn.close()
    path = tmp_path / "old.db"
    _old_store(path, rows)
    private = ScenarioStore(path, owner="someone")
    assert private.list() == [] and private.shared_count() == 1
    shared = ScenarioStore(path, shared=True)
    assert [i.name for i in shared.list()] == ["Ancien"]
    assert len(shared.load("Ancien").dataset.employees) == 4


def test_store_is_private_under_a_permissive_umask(tmp_path, umask_022):
    store = _owned(tmp_path, "alice")
    store.save("A", dataset(2))
    with sqlite3.connect(store.path) as reader:  # an open reader keeps the -wal and -shm
        reader.execute("SELECT COUNT(*) FROM scenarios").fetchone()
        store.save("B", dataset(2))
        parts = sorted(store.path.parent.iterdir())
        assert [p.name for p in parts] == ["s.db", "s.db-shm", "s.db-wal"]
        assert {_mode(p) for p in parts} == {0o600} and _mode(store.path.parent) == 0o700
    reader.close()


def test_a_world_readable_store_is_tightened_when_opened(tmp_path):
    """A store written before the rule (0644) is made 0600 by the next session that opens it."""
    store = _owned(tmp_path, "alice")
    store.save("A", dataset(2))
    store.path.chmod(0o644)
    store.list()
    assert _mode(store.path) == 0o600


def test_a_store_path_that_is_a_folder_gets_a_clear_message(tmp_path):
    (tmp_path / "store" / "s.db").mkdir(parents=True)
    with pytest.raises(ScenarioStoreError, match="is a folder") as refused:
        _owned(tmp_path, "alice").save("A", dataset(1))
    assert refused.value.key == "store.folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_read_only_store_says_so(tmp_path):
    store = _owned(tmp_path, "alice")
    store.save("A", dataset(1))
    store.path.chmod(0o400)
    with pytest.raises(ScenarioStoreError, match="read-only"):
        store.save("B", dataset(1))
