"""Exact JSON encoding of datasets, edits and solve results for the scenario store.

Why not the workbook tables: a scenario must reopen *exactly* as saved (same floats, same row
numbers, same ids with leading zeros), independently of how the importer evolves. The domain
dataclasses are plain values, so a generic encoder driven by their type hints round-trips them:
floats are written with ``repr`` by ``json``, dates as ISO text, mappings as objects.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import types
import typing
from collections.abc import Mapping
from datetime import date
from typing import Any

from planner.domain.outcomes import SolveResult
from planner.domain.plan import Edits
from planner.domain.records import Dataset

FORMAT_VERSION = 1


def encode(value: Any) -> Any:
    """Turn a domain value into JSON-ready data (dataclasses become objects)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    return value


def decode(hint: Any, data: Any) -> Any:
    """Rebuild a value of type ``hint`` from :func:`encode` output."""
    if data is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return decode(inner[0], data)
    if dataclasses.is_dataclass(hint):
        return _decode_dataclass(hint, data)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(data)
    if hint is date:
        return date.fromisoformat(data)
    if origin is tuple:
        args = typing.get_args(hint)
        item = args[0] if args else Any
        return tuple(decode(item, v) for v in data)
    if origin in (Mapping, dict) or hint is Mapping:
        args = typing.get_args(hint) or (str, Any)
        return {k: decode(args[1], v) for k, v in data.items()}  # a dict pickles; a proxy not
    return data  # str, int, float (an int stays an int: exact round trip), bool


def _decode_dataclass(cls: type, data: dict) -> Any:
    kwargs = {name: decode(hint, data[name]) for name, hint in _field_hints(cls) if name in data}
    return cls(**kwargs)


@functools.cache
def _field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    """(field name, resolved type) of a dataclass, once per class: resolving the hints costs
    far more than decoding one value, and a 20,000-person scenario has 30,000 dataclasses."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def dumps(dataset: Dataset, edits: Edits, result: SolveResult | None) -> bytes:
    """One scenario as compact UTF-8 JSON (stable key order, so equal inputs give equal bytes)."""
    payload = {
        "format": FORMAT_VERSION,
        "dataset": encode(dataset),
        "edits": encode(edits),
        "result": encode(result) if result is not None else None,
    }
    return json.dumps(
        payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    ).encode("utf-8")


def loads(raw: bytes) -> tuple[Dataset, Edits, SolveResult | None]:
    """Inverse of :func:`dumps`; raises ValueError on an unknown format."""
    payload = json.loads(raw.decode("utf-8"))
    if payload.get("format") != FORMAT_VERSION:
        raise ValueError(f"unknown scenario format {payload.get('format')!r}")
    result = payload["result"]
    return (
        decode(Dataset, payload["dataset"]),
        decode(Edits, payload["edits"]),
        decode(SolveResult, result) if result is not None else None,
    )
