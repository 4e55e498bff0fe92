"""Who goes where, and the user's decisions the solver must respect."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pathway:
    """A person's pathway: a session then a role, or a role alone (``cohort_id`` None)."""

    role_id: str
    cohort_id: str | None = None


@dataclass(frozen=True, slots=True)
class Lock:
    """Fix a person's pathway (from the app or a re-solve); the solver must honour it."""

    employee_id: str
    pathway: Pathway


@dataclass(frozen=True, slots=True)
class Ban:
    """Forbid a session and/or a role for one person (None matches any)."""

    employee_id: str
    cohort_id: str | None = None
    role_id: str | None = None


@dataclass(frozen=True, slots=True)
class Edits:
    """User decisions the solver must respect, and an optional previous plan to stay close to."""

    locks: tuple[Lock, ...] = ()
    bans: tuple[Ban, ...] = ()
    previous: Mapping[str, Pathway] | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """Who goes where: employee id → pathway, for placed people only."""

    assignments: Mapping[str, Pathway]

    def pathway(self, employee_id: str) -> Pathway | None:
        return self.assignments.get(employee_id)


def ban_matches(ban: Ban, pathway: Pathway) -> bool:
    """A ban forbids a pathway when its session and role match (None matches any)."""
    return (ban.cohort_id is None or ban.cohort_id == pathway.cohort_id) and (
        ban.role_id is None or ban.role_id == pathway.role_id
    )
