"""The help page's sections, and the tooltips of figures that point to them.

The help says how a plan is chosen (the order of the objective in PRODUCT.md), what the bound
and the gap mean, and how to read a reason; its rule table is built from the explanations' own
rule names and sentences (``planner.explain.text``), so the help, the reasons and the checker
use one vocabulary. A tooltip ends with a link to its section; the link opens the help in a new
tab, so the work on screen stays where it is.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from planner.domain import rules
from planner.explain.text import rule_label, rule_sentence
from planner.ui import state
from planner.ui.state import tr

URL_PATH = "help"  # the help page's address, relative to the app's own
SECTIONS = ("objective", "bound", "reasons", "rules")  # anchors, in page order
REASON_CODES = (
    "placed",
    "locked",
    "no_admissible_pathway",
    "all_banned",
    "not_opened",
    "outcompeted",
)


def link(section: str) -> str:
    """``[Aide : la borne et l'écart](help#bound)``: a markdown link to one section."""
    if section not in SECTIONS:
        raise KeyError(section)
    title = tr(f"help.{section}.title")
    return tr("help.link", title=title, url=f"{URL_PATH}#{section}")


def tip(key: str, section: str, **values: object) -> str:
    """A tooltip: the text of ``key`` then the link to the help ``section``."""
    return f"{tr(key, **values)}\n\n{link(section)}"


def render() -> None:
    """The whole help page, one section after the other."""
    st.title(tr("help.title"))
    st.caption(tr("help.intro"))
    for section in SECTIONS:
        st.header(tr(f"help.{section}.title"), anchor=section)
        st.markdown(tr(f"help.{section}.body"))
        if section == "reasons":
            st.markdown("\n".join(_reason_lines()))
        if section == "rules":
            _rule_table()


def _reason_lines() -> list[str]:
    """One line per reason code: its label, as the tables show it, and what it means."""
    return [
        tr("help.reason_line", label=tr(f"reason.{code}"), text=tr(f"help.reason.{code}"))
        for code in REASON_CODES
    ]


def _rule_table() -> None:
    """Each rule's name (as the reasons quote it) and its sentence."""
    lang = state.lang()
    table = pd.DataFrame(
        {
            tr("help.rule_name"): [rule_label(r, lang) for r in rules.ALL_RULES],
            tr("help.rule_sentence"): [rule_sentence(r, lang) for r in rules.ALL_RULES],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch", height=38 + 35 * len(table))
