"""The message catalogue: every user-facing text by a stable key, French and English side by side.

Each area keeps its texts in a module of ``planner.i18n.texts`` as ``{key: (french, english)}``;
they are merged here into one table, so a key is defined once, :func:`t` is the one lookup, and
a test checks that every key has both languages with the same ``{placeholders}``.
"""

from __future__ import annotations

import string

from planner.i18n.texts import (
    cli,
    columns,
    explanations,
    exports,
    limits,
    privacy,
    problems,
    safety,
    template,
    ui_help,
    ui_inputs,
    ui_pages,
    ui_review,
    ui_session,
    ui_solve,
    ui_status,
)

LANGUAGES = {"fr": "Français", "en": "English"}
DEFAULT_LANG = "fr"
_INDEX = {"fr": 0, "en": 1}  # position of each language in a catalogue entry


def _merge(*areas: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """One table from the area tables; a key defined in two areas is a mistake caught here."""
    merged: dict[str, tuple[str, str]] = {}
    for area in areas:
        twice = merged.keys() & area.keys()
        if twice:
            raise ValueError(f"catalogue keys defined twice: {sorted(twice)}")
        merged.update(area)
    return merged


CATALOGUE = _merge(
    ui_inputs.TEXTS,
    ui_solve.TEXTS,
    ui_status.TEXTS,
    ui_review.TEXTS,
    ui_session.TEXTS,
    ui_pages.TEXTS,
    ui_help.TEXTS,
    columns.TEXTS,
    explanations.TEXTS,
    exports.TEXTS,
    cli.TEXTS,
    problems.TEXTS,
    template.TEXTS,
    safety.TEXTS,
    limits.TEXTS,
    privacy.TEXTS,
)


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The text of ``key`` in ``lang`` (French for an unknown language) with ``{placeholders}``
    filled in. An unknown key shows itself: visible in review, never a crash in front of a user.
    """
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    text = entry[_INDEX.get(lang, 0)]
    return text.format(**values) if values else text


def known(key: str) -> bool:
    """Whether the catalogue has ``key`` (for texts that show a name when they have no label)."""
    return key in CATALOGUE


def keys(lang: str = DEFAULT_LANG) -> set[str]:
    """Every key of the catalogue; both languages have all of them by construction."""
    if lang not in _INDEX:
        raise KeyError(lang)
    return set(CATALOGUE)


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a text expects (format specs such as ``{seconds:7.1f}`` included)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
