"""Scenario store: named snapshots of inputs, edits and plan in an embedded SQLite file.

Location: the ``PLANNER_SCENARIO_DB`` environment variable if set, otherwise
``~/.reconversion-planner/scenarios.sqlite3`` (the app shows the path on its Scenarios page).
The store holds names, sites and sometimes gender: its folder is created 0700 and the file 0600
before SQLite opens it (SQLite gives its ``-wal`` and ``-shm`` files the same mode), and a store
made before this rule is tightened when next opened.

Every scenario has an owner (schema.py): the app's browser sessions each pass their own, the
command line and scripts use ``LOCAL_OWNER``. With ``PLANNER_SHARED_STORE=1`` every session
works in one shared set instead.

Why SQLite: a save must be atomic (one transaction, so a crash or a kill during a save leaves the
previous version intact), two browser sessions may save at the same time (WAL journal plus a
busy timeout, writes under ``BEGIN IMMEDIATE``), and the file survives app restarts. A file that
is not a scenario store, is corrupted, or was written by a newer version of the planner is
reported with a clear message and never modified.
"""

from __future__ import annotations

import contextlib
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
from planner.io.write.private import DIR_MODE, FILE_MODE, create_new, private_dir, tighten
from planner.scenarios import codec
from planner.scenarios.schema import (
    SCHEMA_VERSION,
    SHARED_OWNER,
    ScenarioStoreError,
    check_or_create,
    unreadable,
)

__all__ = ["SCHEMA_VERSION", "SHARED_OWNER", "ScenarioStore", "ScenarioStoreError"]

ENV_VAR = "PLANNER_SCENARIO_DB"
SHARED_ENV_VAR = "PLANNER_SHARED_STORE"
DEFAULT_PATH = Path("~/.reconversion-planner/scenarios.sqlite3")
LOCAL_OWNER = "local"  # the command line and scripts: the account running them
BUSY_TIMEOUT_MS = 15_000
MAX_NAME_LENGTH = 120
MAX_OWNER_LENGTH = 128
# Summaries saved before plans carried a termination name their SolveStatus instead.
STATUS_TERMINATION = {"feasible": "time_limit", "infeasible": "infeasible_locks"}


@dataclass(frozen=True, slots=True)
class ScenarioInfo:
    """What the scenario list shows, read without decoding the whole payload."""

    name: str
    saved_at: str  # ISO 8601, UTC
    employees: int
    placed: int | None
    cost_mad: float | None
    status: str | None  # the plan's Termination value
    upper_bound_placed: int | None = None  # its proven bound, for the gap the status states


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


def shared_by_default() -> bool:
    """Whether ``$PLANNER_SHARED_STORE`` asks for one set of scenarios for every session."""
    return os.environ.get(SHARED_ENV_VAR, "").strip().lower() in ("1", "true", "yes", "oui")


def _check_owner(owner: str) -> str:
    if not isinstance(owner, str) or not owner or len(owner) > MAX_OWNER_LENGTH:
        raise ValueError(f"a scenario owner is a text of 1 to {MAX_OWNER_LENGTH} characters")
    if owner == SHARED_OWNER:
        raise ValueError(f"the owner {SHARED_OWNER!r} is the shared store's ({SHARED_ENV_VAR})")
    return owner


class ScenarioStore:
    """Save, list, load and delete one owner's scenarios; every call opens its own short
    connection.

    One connection per call keeps the store safe to use from Streamlit's script threads and
    from several processes: SQLite's locking does the arbitration.
    """

    def __init__(
        self, path: str | Path | None = None, owner: str = LOCAL_OWNER, shared: bool | None = None
    ) -> None:
        self.path = Path(path).expanduser() if path is not None else default_path()
        self.shared = shared_by_default() if shared is None else shared
        self.owner = SHARED_OWNER if self.shared else _check_owner(owner)

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
        with self.connect(write=True) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                _write(conn, self.owner, info, blob, hashlib.sha256(raw).hexdigest())
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return info

    def list(self) -> list[ScenarioInfo]:
        """Every scenario of this owner, most recent first."""
        if not self.path.exists():
            return []
        with self.connect(write=False) as conn:
            rows = conn.execute(
                "SELECT name, saved_at, summary FROM scenarios WHERE owner = ?"
                " ORDER BY saved_at DESC, name",
                (self.owner,),
            ).fetchall()
        return [_info(name, saved_at, summary) for name, saved_at, summary in rows]

    def shared_count(self) -> int:
        """How many scenarios the shared set holds that this private owner does not see
        (those saved before owners were recorded among them); 0 for a shared store."""
        if self.shared or not self.path.exists():
            return 0
        with self.connect(write=False) as conn:
            query = "SELECT COUNT(*) FROM scenarios WHERE owner = ?"
            return conn.execute(query, (SHARED_OWNER,)).fetchone()[0]

    def load(self, name: str) -> Scenario:
        """The scenario ``name``; KeyError when there is none, ScenarioStoreError if damaged."""
        if not self.path.exists():
            raise KeyError(name)
        with self.connect(write=False) as conn:
            row = conn.execute(
                "SELECT saved_at, summary, payload, sha256 FROM scenarios"
                " WHERE owner = ? AND name = ?",
                (self.owner, name),
            ).fetchone()
        if row is None:
            raise KeyError(name)
        saved_at, summary, blob, digest = row
        return Scenario(_info(name, saved_at, summary), *_decode_payload(name, blob, digest))

    def delete(self, name: str) -> bool:
        """Remove one of this owner's scenarios; False when it has none by that name."""
        with self.connect(write=True) as conn:
            cursor = conn.execute(
                "DELETE FROM scenarios WHERE owner = ? AND name = ?", (self.owner, name)
            )
        return cursor.rowcount > 0

    @contextmanager
    def connect(self, write: bool) -> Iterator[sqlite3.Connection]:
        if self.path.is_dir():
            raise ScenarioStoreError("store.folder", path=str(self.path))
        if write:
            _create_private(self.path)
        conn = _open(self.path)
        try:
            check_or_create(conn, self.path)
            _tighten(self.path)
            yield conn
        except sqlite3.OperationalError as exc:
            raise _operational(self.path, exc) from exc
        except sqlite3.DatabaseError as exc:
            raise unreadable(self.path, exc) from exc
        finally:
            conn.close()


def _create_private(path: Path) -> None:
    """A missing store is created empty, 0600 in a 0700 folder, before SQLite opens it."""
    if path.exists():
        return
    private_dir(path.parent)
    with contextlib.suppress(FileExistsError):  # another session created it meanwhile
        create_new(path, b"")


def _tighten(path: Path) -> None:
    """Make a store of this account private, with its journal files and the default folder."""
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if part.exists():
            tighten(part, FILE_MODE)
    if path.parent == DEFAULT_PATH.expanduser().parent:
        tighten(path.parent, DIR_MODE)


def _operational(path: Path, exc: sqlite3.OperationalError) -> ScenarioStoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ScenarioStoreError("store.busy", path=str(path))
    if "readonly" in text or "read-only" in text:
        return ScenarioStoreError("store.read_only", path=str(path))
    return unreadable(path, exc)


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _write(
    conn: sqlite3.Connection, owner: str, info: ScenarioInfo, blob: bytes, digest: str
) -> None:
    """The single statement of a save (replace by owner and name); runs inside the caller's
    transaction."""
    conn.execute(
        "INSERT INTO scenarios (owner, name, saved_at, summary, payload, sha256)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(owner, name) DO UPDATE SET"
        " saved_at = excluded.saved_at, summary = excluded.summary,"
        " payload = excluded.payload, sha256 = excluded.sha256",
        (owner, info.name, info.saved_at, json.dumps(_summary_fields(info)), blob, digest),
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
        result.upper_bound_placed,
    )


def _summary_fields(info: ScenarioInfo) -> dict:
    return {
        "employees": info.employees,
        "placed": info.placed,
        "cost_mad": info.cost_mad,
        "status": info.status,
        "upper_bound_placed": info.upper_bound_placed,
    }


def _info(name: str, saved_at: str, summary: str) -> ScenarioInfo:
    fields = json.loads(summary)
    status = fields["status"]
    status = STATUS_TERMINATION.get(status, status)
    return ScenarioInfo(
        name,
        saved_at,
        fields["employees"],
        fields["placed"],
        fields["cost_mad"],
        status,
        fields.get("upper_bound_placed"),
    )


def _decode_payload(name: str, blob: bytes, digest: str) -> tuple:
    try:
        raw = zlib.decompress(blob)
        if hashlib.sha256(raw).hexdigest() != digest:
            raise ValueError("checksum mismatch")
        return codec.loads(raw)
    except (zlib.error, ValueError, KeyError, TypeError) as exc:
        raise ScenarioStoreError("store.damaged", name=name, reason=str(exc)) from exc
