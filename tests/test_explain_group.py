"""Grouping of binding tokens: the fast run-by-run path agrees with token by token."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.explain.grouping import group_each, group_runs, group_tokens
from planner.explain.text import BINDING, BINDING_MANY, SHOWN, binding_summary


def _trimmed(groups):
    """What a phrase shows of ``group_each``: grouped rules keep their first SHOWN ids."""
    return {
        rule: (n, ids[:SHOWN] if rule in BINDING_MANY else ids) for rule, (n, ids) in groups.items()
    }


def test_runs_of_tokens_are_grouped_without_reading_every_token():
    tokens = (
        "not_optimal",
        "budget",
        *(f"seats:S{i}" for i in range(500)),
        "openings:P:1",
        "min_size:S7",
        "min_size:S9",
    )
    fast = group_runs(tokens, BINDING, BINDING_MANY, SHOWN)
    assert fast == _trimmed(group_each(tokens))
    assert fast["seats"] == (500, ["S0", "S1", "S2", "S3", "S4", "S5"])
    assert fast["openings"] == (1, ["P:1"])
    assert binding_summary(tokens, "en")[2] == (
        "seats — 500 sessions are full: S0, S1, S2, S3, S4, S5 and 494 more"
    )


@pytest.mark.parametrize(
    "tokens",
    [
        (),  # nothing to group
        ("seats:S1", "openings:P1", "seats:S2"),  # a rule in two runs
        ("seats:S1", "seats:x\x1fseats:y"),  # an id holding the separator
        ("seats", "seats:S1"),  # a grouped rule without id
        ("budget", "budget"),  # a single-token rule twice
        ("seats:S1", "weird:W1"),  # a rule without a sentence
    ],
)
def test_other_shapes_fall_back_to_token_by_token(tokens):
    assert group_runs(tokens, BINDING, BINDING_MANY, SHOWN) is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*BINDING, "other"]),
            st.booleans(),
            st.sampled_from(["S1", "S2", "P:1", "", "a\x1fb", "seats:S1"]),
        ),
        max_size=12,
    )
)
def test_fast_grouping_agrees_with_token_by_token(parts):
    tokens = tuple(f"{rule}:{target}" if named else rule for rule, named, target in parts)
    fast = group_runs(tokens, BINDING, BINDING_MANY, SHOWN)
    assert fast is None or fast == _trimmed(group_each(tokens))


def test_group_tokens_falls_back_on_other_shapes():
    tokens = ("seats:S1", "openings:P1", "seats:S2")
    assert group_tokens(tokens, BINDING, BINDING_MANY, SHOWN) == {
        "seats": (2, ["S1", "S2"]),
        "openings": (1, ["P1"]),
    }
