"""The user's decisions matched to the ids of the dataset they are applied to.

Locks, bans and the previous plan name people, sessions and roles by id, and they outlive
an edit of the tables: "AG 001" retyped "AG001", or full-width digits fixed, must still
designate the same person. So every reference is matched on ``domain.ids.id_key``, as
duplicates are found, and written back as the dataset writes the id; a reference that
matches nothing is kept as it is, for the solver to report as unknown.
"""

from __future__ import annotations

from dataclasses import replace

from planner.domain.ids import id_key
from planner.domain.plan import Ban, Edits, Lock, Pathway
from planner.domain.records import Dataset


class _Ids:
    """The dataset's ids by key, for the three kinds of reference."""

    def __init__(self, dataset: Dataset):
        self.employees = {id_key(e.employee_id): e.employee_id for e in dataset.employees}
        self.cohorts = {id_key(c.cohort_id): c.cohort_id for c in dataset.cohorts}
        self.roles = {id_key(r.role_id): r.role_id for r in dataset.roles}

    @staticmethod
    def find(ids: dict[str, str], reference: str | None) -> str | None:
        return None if reference is None else ids.get(id_key(reference), reference)

    def pathway(self, way: Pathway) -> Pathway:
        return Pathway(self.find(self.roles, way.role_id), self.find(self.cohorts, way.cohort_id))

    def lock(self, lock: Lock) -> Lock:
        return Lock(self.find(self.employees, lock.employee_id), self.pathway(lock.pathway))

    def ban(self, ban: Ban) -> Ban:
        return Ban(
            self.find(self.employees, ban.employee_id),
            self.find(self.cohorts, ban.cohort_id),
            self.find(self.roles, ban.role_id),
        )


def align_edits(dataset: Dataset, edits: Edits) -> Edits:
    """``edits`` with every reference written as ``dataset`` writes the id it matches."""
    if not (edits.locks or edits.bans or edits.previous):
        return edits
    ids = _Ids(dataset)
    previous = edits.previous
    if previous:
        previous = {ids.find(ids.employees, k): ids.pathway(w) for k, w in previous.items()}
    aligned = replace(
        edits,
        locks=tuple(ids.lock(x) for x in edits.locks),
        bans=tuple(ids.ban(x) for x in edits.bans),
        previous=previous,
    )
    return edits if aligned == edits else aligned
