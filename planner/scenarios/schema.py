"""The scenario store's tables: creation, migration, and refusal of files that are not stores.

Schema 2 gives every scenario an owner (``PRIMARY KEY (owner, name)``): a browser session
sees only its own scenarios unless the store is shared. A schema 1 store, written when every
session saw every scenario, is migrated in one transaction; its scenarios go to the shared
owner, so they stay exactly as visible as they were to the people who could see them (any
session of a shared store) and to nobody else. Files that are not stores, are damaged or come
from a newer planner are refused before anything is written to them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner import i18n

SCHEMA_VERSION = 2
SHARED_OWNER = "shared"  # every session of a shared store; scenarios saved before owners

_SCENARIOS = (
    "CREATE TABLE scenarios (owner TEXT NOT NULL, name TEXT NOT NULL, saved_at TEXT NOT NULL,"
    " summary TEXT NOT NULL, payload BLOB NOT NULL, sha256 TEXT NOT NULL,"
    " PRIMARY KEY (owner, name))"
)
_SCHEMA = ("CREATE TABLE schema_version (version INTEGER NOT NULL)", _SCENARIOS)
_MIGRATE_1 = (
    "ALTER TABLE scenarios RENAME TO scenarios_v1",
    _SCENARIOS,
    "INSERT INTO scenarios (owner, name, saved_at, summary, payload, sha256)"
    " SELECT ?, name, saved_at, summary, payload, sha256 FROM scenarios_v1",
    "DROP TABLE scenarios_v1",
    "UPDATE schema_version SET version = 2",
)


class ScenarioStoreError(Exception):
    """A store that cannot be used as is; ``key`` and ``values`` name the catalogue text that
    says why and what to do (the exception's own text is the English one)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(i18n.t(key, "en", **values))
        self.key, self.values = key, values

    def text(self, lang: str) -> str:
        return i18n.t(self.key, lang, **self.values)


def unreadable(path: Path, exc: Exception) -> ScenarioStoreError:
    return ScenarioStoreError("store.unreadable", path=str(path), reason=str(exc))


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _in_transaction(conn: sqlite3.Connection, work) -> None:
    """Run ``work()`` under BEGIN IMMEDIATE, so two first opens cannot both create or
    migrate, and a crash leaves the previous schema whole."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _create(conn: sqlite3.Connection) -> None:
    if not tables(conn):
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))


def _version(conn: sqlite3.Connection) -> int | None:
    return conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]


def _migrate(conn: sqlite3.Connection) -> None:
    if _version(conn) == 1:
        for statement in _MIGRATE_1:
            conn.execute(statement, (SHARED_OWNER,) if "?" in statement else ())


def check_or_create(conn: sqlite3.Connection, path: Path) -> None:
    """Create an empty store, migrate an older one, refuse anything else untouched."""
    try:
        if not tables(conn):
            _in_transaction(conn, lambda: _create(conn))
        found = tables(conn)
        if "schema_version" not in found or "scenarios" not in found:
            raise ScenarioStoreError(
                "store.foreign", path=str(path), tables=", ".join(sorted(found))
            )
        version = _version(conn)
        if version is None or version > SCHEMA_VERSION:
            raise ScenarioStoreError(
                "store.newer", path=str(path), version=version, supported=SCHEMA_VERSION
            )
        if version < SCHEMA_VERSION:
            _in_transaction(conn, lambda: _migrate(conn))
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        raise unreadable(path, exc) from exc
