"""Id cells: employee, session and role ids as text, exactly as written.

Why so strict: an id is what every export, roster and lock names a person or a session by.
A number cell loses digits beyond 15 (Excel keeps no more), a true/false cell is a typing
slip, and an invisible character makes two different ids print the same; each is refused
with its row rather than turned into an id that collides or means something else.
"""

from __future__ import annotations

import math

from planner.domain import limits
from planner.domain.ids import code_point, hidden_characters
from planner.io.read.cells import CellError, text


def identifier(value: object) -> str | None:
    """An id as text, exactly as written (trimmed); see the module's notes on ids."""
    if isinstance(value, bool):
        raise CellError("id_boolean", "id as text")
    if isinstance(value, int | float):
        return _numeric_id(value)
    result = text(value)
    hidden = hidden_characters(result) if result else ()
    if hidden:
        chars = ", ".join(code_point(ch) for ch in hidden)
        raise CellError("id_hidden_character", "visible id", chars=chars)
    return result


def _numeric_id(value: int | float) -> str:
    """A number cell as an id: every digit, never "1.0" nor "1e+20"."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError("not_finite", "id as text")
        if not value.is_integer():
            written = f"{value:.{limits.MAX_ID_DIGITS}g}"
            if "e" in written or float(written) != value:
                raise CellError("id_digits", "id as text", limit=limits.MAX_ID_DIGITS)
            return written
        value = int(value)
    if len(str(abs(value))) > limits.MAX_ID_DIGITS:
        raise CellError("id_digits", "id as text", limit=limits.MAX_ID_DIGITS)
    return str(value)
