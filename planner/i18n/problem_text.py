"""Import and validation problems in words: the sentence a user reads, in French or English.

A ``Problem`` stores its code, parameters and place; this module words it from the catalogue
(``problem.<code>``, ``expected.<key>``, ``problem_line.*``) and names its sheet and column as
the reader knows them: the app's editor reports canonical names (``employees``,
``tenure_years``) and an upload the file's headers as written, and both are shown by the
header of the reader's language (« Ancienneté (ans) », "Tenure (years)"), as the app's tables
show them. A sheet name of the file itself (« Agents ») is kept, since that is the tab the user
looks for; and the command line, whose reader has the file open, names both as written.
"""

from __future__ import annotations

from planner.domain.problems import Problem
from planner.domain.schema import SHEETS
from planner.i18n.catalogue import DEFAULT_LANG, t
from planner.i18n.names import column_label, header_column, sheet_of

_CANONICAL_SHEETS = {s.name for s in SHEETS}


class _Shown(dict):
    """Parameters for a template; a missing one shows as ``{name}`` instead of failing."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def _fill(key: str, lang: str, params: dict[str, str]) -> str:
    return t(key, lang).format_map(_Shown(params))


def problem_message(problem: Problem, lang: str = DEFAULT_LANG) -> str:
    """What is wrong: ``unknown level courant`` / ``niveau inconnu courant``."""
    return _fill(f"problem.{problem.code}", lang, dict(problem.params))


def problem_expected(problem: Problem, lang: str = DEFAULT_LANG) -> str:
    """What the cell or file should hold, "" when the problem says nothing about it."""
    if not problem.expected:
        return ""
    return _fill(f"expected.{problem.expected}", lang, dict(problem.params))


def problem_sheet(problem: Problem, lang: str = DEFAULT_LANG) -> str:
    """The sheet: a canonical name in the reader's language, a file's own name as written."""
    if problem.sheet in _CANONICAL_SHEETS:
        return t(f"sheet.{problem.sheet}", lang)
    return problem.sheet


def problem_column(problem: Problem, lang: str = DEFAULT_LANG) -> str:
    """The column by its header in the reader's language; a header the sheet's schema does
    not know (a wide language column, a sheet read by its columns) is kept as written."""
    schema = sheet_of(problem.sheet) if problem.sheet and problem.column else None
    canonical = header_column(schema, problem.column) if schema else None
    if canonical is None:
        return problem.column
    return column_label(schema.name, canonical, lang)


def describe_problem(problem: Problem, lang: str = DEFAULT_LANG, as_written: bool = False) -> str:
    """A full sentence naming sheet, row, column, value and what was expected:
    ``Erreur — Feuille « Collaborateurs », ligne 3, colonne « Langues » : Niveau inconnu …``.

    ``as_written``: sheet and column as the problem gives them (a file's names), not as the
    app's tables name them in ``lang``.
    """
    message = problem_message(problem, lang)
    expected = problem_expected(problem, lang)
    return t(
        "problem_line.sentence",
        lang,
        severity=t(f"prob.{problem.severity.value}", lang),
        where=_where(problem, lang, as_written),
        message=message[:1].upper() + message[1:],
        value=t("problem_line.value", lang, value=problem.value) if problem.value else "",
        expected=t("problem_line.expected", lang, expected=expected) if expected else "",
    )


def _where(problem: Problem, lang: str, as_written: bool) -> str:
    if not problem.sheet:
        return t("problem_line.file", lang)
    sheet = problem.sheet if as_written else problem_sheet(problem, lang)
    parts = [t("problem_line.sheet", lang, sheet=sheet)]
    if problem.row:
        parts.append(t("problem_line.row", lang, row=problem.row))
    column = problem.column if as_written else problem_column(problem, lang)
    if column:
        parts.append(t("problem_line.column", lang, column=column))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]
