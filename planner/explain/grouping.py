"""Grouping of ``binding`` tokens (``seats:S01``, ``budget``...) by rule, for the sentences.

An outcompeted person at 90,000 agents has thousands of tokens and every export describes every
person, so ``group_tokens`` groups and trims before anything is formatted: the tokens of one
rule come in one run (``explain`` writes them so), each run is counted and its first ids found
with C string searches over the joined tokens, never token by token in Python.
"""

from __future__ import annotations

from collections.abc import Container

Groups = dict[str, tuple[int, list[str]]]  # rule -> (number of tokens, ids kept in order)


def group_tokens(
    tokens: tuple[str, ...], known: Container[str], grouped: Container[str], shown: int
) -> Groups:
    """Per rule, how many tokens and their ids: all of them for a rule outside ``grouped``,
    at least the first ``shown`` for one inside. ``known``: the rules runs may have."""
    groups = group_runs(tokens, known, grouped, shown)
    return group_each(tokens) if groups is None else groups


def group_each(tokens: tuple[str, ...]) -> Groups:
    """Rule -> (number of tokens, their ids in order), token by token: any shape of input."""
    groups: dict[str, list[str]] = {}
    for token in tokens:
        rule, _, target = token.partition(":")
        groups.setdefault(rule, []).append(target)
    return {rule: (len(ids), ids) for rule, ids in groups.items()}


_SEP = "\x1f"  # never in an id (checked): joins the tokens into one string searched in C


def group_runs(
    tokens: tuple[str, ...], known: Container[str], grouped: Container[str], shown: int
) -> Groups | None:
    """``group_each`` for tokens in runs of one rule (as ``explain`` writes them), with C string
    searches over the joined tokens: per rule the count, and only the ids a phrase shows.

    None when the tokens have another shape (an id holding the separator, a rule met twice or
    without a sentence, a grouped rule without id): then ``group_each`` decides, token by token.
    """
    joined = _SEP + _SEP.join(tokens) + _SEP
    if joined.count(_SEP) != len(tokens) + 1:
        return None
    groups: Groups = {}
    pos = 0
    while pos < len(joined) - 1:
        run = _run(joined, pos, known, grouped, shown)
        if run is None or run[0] in groups:
            return None
        rule, count, ids, pos = run
        groups[rule] = (count, ids)
    return groups


def _run(
    joined: str, pos: int, known: Container[str], grouped: Container[str], shown: int
) -> tuple[str, int, list[str], int] | None:
    """The run of tokens of one rule starting at separator ``pos``: rule, how many tokens,
    the ids to show and where the next run starts; None if the run is not uniform."""
    rule, colon, _ = joined[pos + 1 : joined.index(_SEP, pos + 1)].partition(":")
    if rule not in known or (not colon and rule in grouped):
        return None
    if not colon:
        return rule, 1, [""], pos + len(rule) + 1
    prefix = f"{_SEP}{rule}:"
    end = joined.index(_SEP, joined.rfind(prefix) + 1)
    count = joined.count(_SEP, pos, end)
    if joined.count(prefix, pos, end) != count:
        return None
    keep = min(shown, count) if rule in grouped else count
    return rule, count, _first_ids(joined, prefix, pos, keep), end


def _first_ids(joined: str, prefix: str, at: int, keep: int) -> list[str]:
    ids: list[str] = []
    while len(ids) < keep:
        start = joined.index(prefix, at) + len(prefix)
        at = joined.index(_SEP, start)
        ids.append(joined[start:at])
    return ids
