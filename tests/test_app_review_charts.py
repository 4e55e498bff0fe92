"""App, Results page: groups of different sizes are charted by their placement rate with the
counts beside each bar, and the seats-by-family chart says which colour is which."""

from __future__ import annotations

import json
import re

import pyarrow as pa
import pytest

from tests.app_helpers import goto, solve, start_app, texts


@pytest.fixture(scope="module")
def charts():
    """(spec, data) of every chart of the Results page after a short solve of the sample."""
    at = goto(solve(start_app(), seconds=5), "review")
    out = []
    for chart in at.get("vega_lite_chart"):
        sets = chart.proto.datasets
        data = pa.ipc.open_stream(sets[0].data.data).read_all().to_pandas() if sets else None
        out.append((json.loads(chart.proto.spec), data))
    return out


def encoded(spec: dict, channel: str) -> str | None:
    layer = spec.get("layer", [spec])[0]
    return layer.get("encoding", {}).get(channel, {}).get("field")


@pytest.mark.parametrize("group", ["site", "tenure_band", "language"])
def test_groups_are_charted_by_their_rate_with_the_counts(charts, group):
    [(spec, data)] = [(s, d) for s, d in charts if encoded(s, "y") == group]
    assert encoded(spec, "x") == "rate"
    assert (data["rate"] == data["placed"] / data["people"]).all()
    first = data.iloc[0]
    assert first["label"].endswith(f"({first['placed']} / {first['people']})")
    assert first["label"].startswith(f"{round(100 * first['rate'])}")


def test_seats_and_openings_by_family_have_a_legend(charts):
    legends = [s for s, _ in charts if encoded(s, "y") == "family" and encoded(s, "color")]
    assert len(legends) == 2  # seats by family, openings by family
    for spec in legends:
        colour = spec["layer"][0]["encoding"]["color"]
        assert colour["scale"]["domain"] == ["Occupé", "Capacité"]
        assert colour["legend"] == {"orient": "bottom", "title": None}


def test_the_assignment_table_says_direct_move_and_leaves_empty_cells_blank():
    at = goto(solve(start_app(), seconds=5), "review")
    [table] = [d for d in at.dataframe if "Résultat" in d.value.columns]
    rows = table.value
    direct = rows[(rows["Session"] == "") & rows["Poste"].ne("")]
    assert len(direct) and (direct["Formation"] == "passage direct").all()
    assert (rows.loc[rows["Poste"] == "", "Formation"] == "").all()  # unplaced: nothing said
    assert table.proto.HasField("placeholder") and table.proto.placeholder == ""


def test_sessions_that_do_not_run_are_counted_in_words():
    at = goto(solve(start_app(), seconds=5), "review")
    said = texts(at)
    assert "session(s)" not in said
    closed = r"\d+ sessions? sans participant (n'est pas ouverte|ne sont pas ouvertes)\."
    assert re.search(closed, said)
