"""Who may still take something: the test that lets the greedy's repeated passes skip people.

After the first pass most people who are still unplaced find nothing again, pass after pass.
Per view, each person's answers against every role class of the view (``tenure_answers``) are
summed up in two bits per class, kept for the whole solve: the person meets the class without a
session, or after some session they may enter. At the start of a block, a person whose classes
have no open role in their view (or, for the second bit, whose view has no live session) can
take nothing for the rest of the pass: availability only shrinks within a pass. Dates are set
aside, so the test only ever keeps too many, never too few.
"""

from __future__ import annotations

import numpy as np

from planner.solver.tenure_answers import Answers
from planner.solver.tenure_catalogue import by_view
from planner.solver.tenure_views import ViewSearch

CHUNK_WORDS = 1 << 20  # answer words computed at once (8 MB)


class Summaries:
    """Per view: its role classes, and per class the view's people who meet it directly, and
    after some session they may enter (bits over the people, packed)."""

    def __init__(self, answers: Answers) -> None:
        cat = self.cat = answers.cat
        self.answers = answers
        self.slot = np.empty(len(cat.people), dtype=np.int64)  # row among the view's people
        self.size: list[int] = []  # people per view
        self.classes: list[np.ndarray] = []
        self.direct: list[np.ndarray] = []
        self.after: list[np.ndarray] = []
        groups = by_view(cat.view)
        for v in range(cat.fit_roles.shape[0]):
            people = groups.get(v, np.zeros(0, dtype=np.int64))
            self.slot[people] = np.arange(len(people))
            self.size.append(len(people))
            classes = np.unique(cat.req.role_class[cat.fit_roles[v]])
            self.classes.append(classes)
            direct, after = self.summed(people, classes)
            self.direct.append(direct)
            self.after.append(after)

    def summed(self, people: np.ndarray, classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """[T, K / 8] twice: the people of ``people`` meeting each class directly, and after
        some session, packed."""
        cat, bit = self.cat, self.cat.direct
        mask = np.zeros(cat.words, dtype=np.uint64)
        mask[bit >> 6] = np.uint64(1) << np.uint64(bit & 63)
        step = 8 * max(1, CHUNK_WORDS // max(1, 8 * len(classes) * cat.words))
        direct = [np.zeros((len(classes), 0), dtype=np.uint8)]
        after = direct[:]
        for at in range(0, len(people), step):
            words = self.answers.of(people[at : at + step], classes)
            direct.append(np.packbits((words & mask[None, :, None]).any(axis=1).T, axis=1))
            after.append(np.packbits((words & ~mask[None, :, None]).any(axis=1).T, axis=1))
        return np.hstack(direct), np.hstack(after)

    def maybe(self, rest: np.ndarray, searches: dict[int, ViewSearch]) -> np.ndarray:
        """[len(rest)]: False for the people who can take nothing of what is open now (the
        views of ``rest`` all have their search)."""
        out = np.zeros(len(rest), dtype=bool)
        for v, mine in by_view(self.cat.view[rest]).items():
            if len(searches[v].classes):
                out[mine] = self.hit(v, searches[v])[self.slot[rest[mine]]]
        return out

    def hit(self, v: int, search: ViewSearch) -> np.ndarray:
        """Per person of the view: they meet a class with an open role, directly or, when some
        session of the view is live, after one."""
        opened = np.searchsorted(self.classes[v], search.classes)
        found = np.bitwise_or.reduce(self.direct[v][opened], axis=0)
        if len(search.sessions):
            found |= np.bitwise_or.reduce(self.after[v][opened], axis=0)
        return np.unpackbits(found, count=self.size[v]).view(bool)
