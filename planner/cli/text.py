"""The command line's own sentences, from the catalogue (``cli.*`` keys of ``planner.i18n``).

Problem descriptions come from ``planner.i18n.describe_problem``; only the CLI's framing lines
(progress, final summary, refusals) are ``cli.*`` texts. No sentence ever carries a person's
name.
"""

from __future__ import annotations

from planner import i18n


def say(lang: str, key: str, **values: object) -> str:
    """The sentence ``cli.<key>`` in ``lang`` (``--lang`` offers French and English)."""
    return i18n.t(f"cli.{key}", lang, **values)


def money(value: float | None) -> str:
    """Dirhams with thin grouping, readable in both languages: ``1 234 500``."""
    return "-" if value is None else f"{value:,.0f}".replace(",", " ")
