"""Scenario store: named snapshots of inputs, edits and plan in an embedded SQLite file.

Location: the ``PLANNER_SCENARIO_DB`` environment variable if set, otherwise
``~/.reconversion-planner/scenarios.sqlite3`` (the app shows the path on its Scenarios page).

Why SQLite: a save must be atomic (one transaction, so a crash or a kill during a save leaves the
previous version intact), two browser sessions may save at the same time (WAL journal plus a
busy timeout, writes under ``BEGIN IMMEDIATE``), and the file survives app restarts. A file that
is not a scenario store, is corrupted, or was written by a newer version of the planner is
reported with a clear message and never modified.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.domain.outcomes import SolveResult
from planner.domain.plan import Edits
from planner.domain.records import Dataset
from planner.scenarios import codec

ENV_VAR = "PLANNER_SCENARIO_DB"
DEFAULT_PATH = Path("~/.reconversion-planner/scenarios.sqlite3")
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 15_000
MAX_NAME_LENGTH = 120
# Summaries saved before plans carried a termination name their SolveStatus instead.
STATUS_TERMINATION = {"feasible": "time_limit", "infeasible": "infeasible_locks"}

_SCHEMA = (
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE scenarios (name TEXT PRIMARY KEY, saved_at TEXT NOT NULL,"
    " summary TEXT NOT NULL, payload BLOB NOT NULL, sha256 TEXT NOT NULL)",
)


class ScenarioStoreError(Exception):
    """A store that cannot be used as is; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class ScenarioInfo:
    """What the scenario list shows, read without decoding the whole payload."""

    name: str
    saved_at: str  # ISO 8601, UTC
    employees: int
    placed: int | None
    cost_mad: float | None
    status: str | None  # the plan's Termination value


@dataclass(frozen=True, slots=True)
class Scenario:
    """A reopened scenario: exactly the dataset, edits and result that were saved."""

    info: ScenarioInfo
    dataset: Dataset
    edits: Edits
    result: SolveResult | None


def default_path() -> Path:
    """Where scenarios live: ``$PLANNER_SCENARIO_DB`` or the per-user default."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH).expanduser()


class ScenarioStore:
    """Save, list, load and delete scenarios; every call opens its own short connection.

    One connection per call keeps the store safe to use from Streamlit's script threads and
    from several processes: SQLite's locking does the arbitration.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_path()

    def save(
        self,
        name: str,
        dataset: Dataset,
        edits: Edits | None = None,
        result: SolveResult | None = None,
    ) -> ScenarioInfo:
        """Create or replace the scenario ``name`` in a single transaction."""
        name = _check_name(name)
        raw = codec.dumps(dataset, edits or Edits(), result)
        info = _summary(name, dataset, result)
        blob = zlib.compress(raw, 6)
        with self._connect(write=True) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                _write(conn, info, blob, hashlib.sha256(raw).hexdigest())
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return info

    def list(self) -> list[ScenarioInfo]:
        """Every saved scenario, most recent first."""
        if not self.path.exists():
            return []
        with self._connect(write=False) as conn:
            rows = conn.execute(
                "SELECT name, saved_at, summary FROM scenarios ORDER BY saved_at DESC, name"
            ).fetchall()
        return [_info(name, saved_at, summary) for name, saved_at, summary in rows]

    def load(self, name: str) -> Scenario:
        """The scenario ``name``; KeyError when there is none, ScenarioStoreError if damaged."""
        if not self.path.exists():
            raise KeyError(name)
        with self._connect(write=False) as conn:
            row = conn.execute(
                "SELECT saved_at, summary, payload, sha256 FROM scenarios WHERE name = ?", (name,)
            ).fetchone()
        if row is None:
            raise KeyError(name)
        saved_at, summary, blob, digest = row
        return Scenario(_info(name, saved_at, summary), *_decode_payload(name, blob, digest))

    def delete(self, name: str) -> bool:
        """Remove a scenario; False when it did not exist."""
        with self._connect(write=True) as conn:
            cursor = conn.execute("DELETE FROM scenarios WHERE name = ?", (name,))
        return cursor.rowcount > 0

    @contextmanager
    def _connect(self, write: bool) -> Iterator[sqlite3.Connection]:
        if write:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = _open(self.path)
        try:
            _check_or_create(conn, self.path)
            yield conn
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise ScenarioStoreError(
                    f"The scenario store {self.path} stayed busy (another save in progress) "
                    "for too long; nothing was changed. Try again."
                ) from exc
            raise ScenarioStoreError(_unreadable(self.path, exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise ScenarioStoreError(_unreadable(self.path, exc)) from exc
        finally:
            conn.close()


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _check_or_create(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse foreign, corrupted or newer files before anything is written to them."""
    try:
        tables = _tables(conn)
        if not tables:
            _create(conn)
            tables = _tables(conn)
        if "schema_version" not in tables or "scenarios" not in tables:
            raise ScenarioStoreError(
                f"{path} is an SQLite file but not a scenario store (tables: "
                f"{', '.join(sorted(tables))}); it was left untouched. Set {ENV_VAR} "
                "to another file."
            )
        version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        if version is None or version > SCHEMA_VERSION:
            raise ScenarioStoreError(
                f"{path} was written by a newer version of the planner (schema {version}, "
                f"this version reads {SCHEMA_VERSION}); it was left untouched. Update the "
                f"planner or set {ENV_VAR} to another file."
            )
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        raise ScenarioStoreError(_unreadable(path, exc)) from exc


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _create(conn: sqlite3.Connection) -> None:
    """Create the schema; under BEGIN IMMEDIATE so two first saves cannot both create it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not _tables(conn):
            for statement in _SCHEMA:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _unreadable(path: Path, exc: Exception) -> str:
    return (
        f"The scenario store {path} cannot be read ({exc}); it may be corrupted. It was "
        f"left untouched: move it aside to start a new store, or set {ENV_VAR} to another "
        "file."
    )


def _write(conn: sqlite3.Connection, info: ScenarioInfo, blob: bytes, digest: str) -> None:
    """The single statement of a save (replace by name); runs inside the caller's transaction."""
    conn.execute(
        "INSERT INTO scenarios (name, saved_at, summary, payload, sha256) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET saved_at = excluded.saved_at,"
        " summary = excluded.summary, payload = excluded.payload, sha256 = excluded.sha256",
        (info.name, info.saved_at, json.dumps(_summary_fields(info)), blob, digest),
    )


def _check_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise ValueError("a scenario needs a name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValueError(f"a scenario name has at most {MAX_NAME_LENGTH} characters")
    return cleaned


def _summary(name: str, dataset: Dataset, result: SolveResult | None) -> ScenarioInfo:
    saved_at = datetime.now(UTC).isoformat(timespec="microseconds")
    if result is None:
        return ScenarioInfo(name, saved_at, len(dataset.employees), None, None, None)
    return ScenarioInfo(
        name,
        saved_at,
        len(dataset.employees),
        result.placed,
        result.cost_mad,
        result.termination.value,
    )


def _summary_fields(info: ScenarioInfo) -> dict:
    return {
        "employees": info.employees,
        "placed": info.placed,
        "cost_mad": info.cost_mad,
        "status": info.status,
    }


def _info(name: str, saved_at: str, summary: str) -> ScenarioInfo:
    fields = json.loads(summary)
    status = fields["status"]
    status = STATUS_TERMINATION.get(status, status)
    return ScenarioInfo(
        name, saved_at, fields["employees"], fields["placed"], fields["cost_mad"], status
    )


def _decode_payload(name: str, blob: bytes, digest: str) -> tuple:
    try:
        raw = zlib.decompress(blob)
        if hashlib.sha256(raw).hexdigest() != digest:
            raise ValueError("checksum mismatch")
        return codec.loads(raw)
    except (zlib.error, ValueError, KeyError, TypeError) as exc:
        raise ScenarioStoreError(
            f"The scenario {name!r} is damaged and cannot be reopened ({exc})."
        ) from exc
