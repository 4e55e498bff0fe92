"""Drafts: one browser session's work in progress, kept so that a reload brings it back.

A draft is not a scenario. There is at most one per owner, it is replaced at each change the
session makes, it never shows in the scenario list, and it is deleted ``DRAFT_DAYS`` after its
last save (it holds the same personal data as a scenario, and nobody chose to keep it). Its
owner is always the browser session's own key, even with ``PLANNER_SHARED_STORE=1``: a draft
is one person's unfinished work, never the team's.

Why the editable tables rather than the dataset: a workbook with errors has no dataset yet,
and its tables are what the user was fixing; re-reading them gives back the same dataset (the
rows keep their numbers), and they encode ten times faster than the dataset's records.

The ``drafts`` table lives in the scenario store's file and is created by the first draft
saved: a store without it is still schema 2, and older planners open it unchanged.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from planner.domain.outcomes import SolveResult
from planner.domain.plan import Edits
from planner.domain.problems import Problem
from planner.domain.records import Dataset
from planner.scenarios import codec
from planner.scenarios.frames import decode_frame, encode_frame
from planner.scenarios.schema import ScenarioStoreError, tables
from planner.scenarios.store import ScenarioStore

FORMAT_VERSION = 1
DRAFT_DAYS = 14
_TABLE = (
    "CREATE TABLE IF NOT EXISTS drafts (owner TEXT PRIMARY KEY, saved_at TEXT NOT NULL,"
    " payload BLOB NOT NULL, sha256 TEXT NOT NULL)"
)


@dataclass(frozen=True)
class Draft:
    """What a reload restores. ``result_dataset`` is None when the plan was solved on the
    dataset these very tables give; ``problems`` are kept only when no table could be read
    (a file refused whole). ``prefs`` holds plain values: language, hidden names..."""

    frames: dict
    source: str | tuple[str, dict]
    edits: Edits
    problems: tuple[Problem, ...] = ()
    result: SolveResult | None = None
    result_dataset: Dataset | None = None
    result_edits: Edits | None = None
    previous_result: SolveResult | None = None
    stale: bool = False
    prefs: dict = field(default_factory=dict)
    saved_at: str = ""


class DraftStore:
    """The draft of one owner in a scenario store file (never the shared set)."""

    def __init__(self, path=None, owner: str = "local") -> None:
        self.store = ScenarioStore(path, owner=owner, shared=False)
        self.path, self.owner = self.store.path, self.store.owner

    def save(self, draft: Draft, cache: dict | None = None) -> str:
        """Replace this owner's draft in one transaction, and delete every draft older than
        ``DRAFT_DAYS``; returns the time it was saved (ISO 8601, UTC)."""
        raw = dumps(draft, {} if cache is None else cache)
        now = datetime.now(UTC)
        saved_at = now.isoformat(timespec="microseconds")
        cutoff = (now - timedelta(days=DRAFT_DAYS)).isoformat(timespec="microseconds")
        blob, digest = zlib.compress(raw, 1), hashlib.sha256(raw).hexdigest()
        with self.store.connect(write=True) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(_TABLE)
                conn.execute(
                    "INSERT INTO drafts (owner, saved_at, payload, sha256) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(owner) DO UPDATE SET saved_at = excluded.saved_at,"
                    " payload = excluded.payload, sha256 = excluded.sha256",
                    (self.owner, saved_at, blob, digest),
                )
                conn.execute("DELETE FROM drafts WHERE saved_at < ?", (cutoff,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return saved_at

    def load(self) -> Draft | None:
        """This owner's draft, or None (none saved, or expired); ScenarioStoreError when it
        is damaged."""
        if not self.path.exists():
            return None
        cutoff = datetime.now(UTC) - timedelta(days=DRAFT_DAYS)
        with self.store.connect(write=False) as conn:
            if "drafts" not in tables(conn):
                return None
            row = conn.execute(
                "SELECT saved_at, payload, sha256 FROM drafts WHERE owner = ? AND saved_at >= ?",
                (self.owner, cutoff.isoformat(timespec="microseconds")),
            ).fetchone()
        if row is None:
            return None
        saved_at, blob, digest = row
        try:
            raw = zlib.decompress(blob)
            if hashlib.sha256(raw).hexdigest() != digest:
                raise ValueError("checksum mismatch")
            return loads(raw, saved_at)
        except (zlib.error, ValueError, KeyError, TypeError) as exc:
            raise ScenarioStoreError("store.damaged", name="draft", reason=str(exc)) from exc

    def delete(self) -> bool:
        """Forget this owner's draft; False when there was none."""
        if not self.path.exists():
            return False
        with self.store.connect(write=True) as conn:
            if "drafts" not in tables(conn):
                return False
            cursor = conn.execute("DELETE FROM drafts WHERE owner = ?", (self.owner,))
        return cursor.rowcount > 0


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _part(cache: dict, name: str, value: object, encode) -> str:
    """``value`` as JSON text, reused while ``value`` is the very object encoded last time: a
    session saves its draft at each change, and most parts did not change. The text, not the
    encoded objects, is kept: a 20,000-row table is one string of a few megabytes."""
    if value is None:
        return "null"
    kept = cache.get(name)
    if kept is not None and kept[0] is value:
        return kept[1]
    text = _json(encode(value))
    cache[name] = (value, text)
    return text


def dumps(draft: Draft, cache: dict) -> bytes:
    """The draft as compact UTF-8 JSON; ``cache`` (kept by the caller between saves) spares
    re-encoding the parts that are the same objects as last time."""
    frames = ",".join(
        f"{_json(sheet)}:{_part(cache, f'frame:{sheet}', frame, encode_frame)}"
        for sheet, frame in draft.frames.items()
    )
    parts = {
        "format": _json(FORMAT_VERSION),
        "frames": "{" + frames + "}",
        "source": _json(list(draft.source) if isinstance(draft.source, tuple) else draft.source),
        "edits": _json(codec.encode(draft.edits)),
        "problems": _json(codec.encode(draft.problems)),
        "stale": _json(draft.stale),
        "prefs": _json(draft.prefs),
    }
    for name in ("result", "result_dataset", "result_edits", "previous_result"):
        parts[name] = _part(cache, name, getattr(draft, name), codec.encode)
    return ("{" + ",".join(f'"{k}":{v}' for k, v in parts.items()) + "}").encode("utf-8")


def loads(raw: bytes, saved_at: str = "") -> Draft:
    """Inverse of :func:`dumps`; ValueError on an unknown format."""
    data = json.loads(raw.decode("utf-8"))
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"unknown draft format {data.get('format')!r}")
    source = data["source"]
    return Draft(
        frames={sheet: decode_frame(frame) for sheet, frame in data["frames"].items()},
        source=(source[0], dict(source[1])) if isinstance(source, list) else source,
        edits=codec.decode(Edits, data["edits"]),
        problems=codec.decode(tuple[Problem, ...], data["problems"]),
        result=codec.decode(SolveResult, data["result"]),
        result_dataset=codec.decode(Dataset, data["result_dataset"]),
        result_edits=codec.decode(Edits, data["result_edits"]),
        previous_result=codec.decode(SolveResult, data["previous_result"]),
        stale=bool(data["stale"]),
        prefs=dict(data["prefs"]),
        saved_at=saved_at,
    )
