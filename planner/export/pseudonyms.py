"""Pseudonymised exports: stable pseudonyms from a secret key, and the key table kept apart.

A pseudonym is a keyed HMAC-SHA256 of the employee id, so the same id gives the same pseudonym
in every export made with the same key (a provider can follow a trainee across files) while
nobody without the key can recompute or reverse it. The pseudonym ↔ id table is written only
to a separate file, never into a pseudonymised workbook or CSV.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable

PREFIX = "P-"
DIGEST_CHARS = 16  # 64 bits: no collision among millions of ids in practice
KEY_BYTES = 32


class PseudonymError(ValueError):
    """The key is unusable or two ids collided (then use a new key)."""


class Pseudonymiser:
    """Maps employee ids to pseudonyms with one secret key and remembers the ones it gave."""

    def __init__(self, key: bytes | str | None = None) -> None:
        self.generated = key is None
        self.key = secrets.token_bytes(KEY_BYTES) if key is None else _as_bytes(key)
        if len(self.key) < 16:
            raise PseudonymError("the pseudonymisation key must be at least 16 bytes long")
        self._given: dict[str, str] = {}
        self._owner: dict[str, str] = {}

    def pseudonym(self, employee_id: str) -> str:
        """The stable pseudonym of an id, e.g. ``P-3F9A0C12D4E5B6A7``."""
        known = self._given.get(employee_id)
        if known is not None:
            return known
        digest = hmac.new(self.key, employee_id.encode("utf-8"), hashlib.sha256).hexdigest()
        alias = PREFIX + digest[:DIGEST_CHARS].upper()
        if self._owner.setdefault(alias, employee_id) != employee_id:
            raise PseudonymError("two employee ids got the same pseudonym; use another key")
        self._given[employee_id] = alias
        return alias

    def table(self) -> list[tuple[str, str]]:
        """(pseudonym, employee id) pairs handed out so far, in the order they were given."""
        return [(alias, employee_id) for employee_id, alias in self._given.items()]

    def key_hex(self) -> str:
        return self.key.hex()

    def scrub(self, text: str, employee_ids: Iterable[str]) -> str:
        """Replace whole-token occurrences of employee ids in a free text by their pseudonyms.

        Used on solver messages and conflict descriptions, which may quote ids.
        """
        for employee_id in employee_ids:
            if employee_id and employee_id in text:
                token = re.compile(rf"(?<![\w-]){re.escape(employee_id)}(?![\w-])")
                text = token.sub(self.pseudonym(employee_id), text)
        return text


def _as_bytes(key: bytes | str) -> bytes:
    """Accept raw bytes, or a hex string as written in the key file."""
    if isinstance(key, bytes):
        return key
    try:
        return bytes.fromhex(key.strip())
    except ValueError as error:
        raise PseudonymError("the pseudonymisation key must be bytes or a hex string") from error
