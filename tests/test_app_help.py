"""App, help page: how the plan is chosen, the bound and the gap, how to read the reasons;
the key figures' tooltips link to it."""

from __future__ import annotations

from planner.domain import rules
from planner.explain.text import rule_label, rule_sentence
from tests.app_helpers import goto, solve, start_app, texts


def test_the_help_page_explains_the_order_the_bound_and_the_reasons():
    at = goto(start_app(), "help")
    assert at.title[0].value == "Aide"
    headers = [h.value for h in at.header]
    assert headers == [
        "Comment le plan est choisi",
        "La borne et l'écart",
        "Lire les raisons",
        "Les règles",
    ]
    said = texts(at)
    order = ["**placés**", "**seniors**", "**vœux**", "**conservés**", "**coût**"]
    assert [said.index(word) for word in order] == sorted(said.index(word) for word in order)
    assert "(borne − placés) / borne" in said
    assert "Non placé : session non ouverte" in said  # the reason labels of the tables
    [table] = at.dataframe
    assert table.value["Règle"].tolist() == [rule_label(r, "fr") for r in rules.ALL_RULES]
    assert rule_sentence(rules.MIN_SIZE, "fr") in table.value["Ce qu'elle dit"].tolist()


def test_the_help_page_in_english():
    at = start_app()
    at.selectbox(key="lang").set_value("en").run()
    goto(at, "help")
    assert [h.value for h in at.header][1] == "The bound and the gap"
    assert at.dataframe[0].value["Rule"].tolist() == list(rules.ALL_RULES)


def test_the_gap_and_placed_figures_link_to_the_help():
    at = solve(start_app(), seconds=5)
    goto(at, "review")
    helps = {m.label: m.proto.help for m in at.metric}
    assert "[Aide : La borne et l'écart](help#bound)" in helps["Écart à la borne"]
    placed = next(h for label, h in helps.items() if label.startswith("Placés sur"))
    assert "(help#objective)" in placed
    assert "(help#reasons)" in at.selectbox(key="review_outcome").help
