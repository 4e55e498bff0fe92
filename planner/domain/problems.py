"""Import and validation findings: stable codes, English and French wording, ``describe``.

Every finding is a ``domain.Problem`` whose ``message`` and ``expected`` are English sentences
built from the templates below. French is produced by matching the English text back onto
its template and re-filling the French one, so a ``Problem`` needs no extra parameter field
and the app can translate any problem it receives (even one built by ``load_frames``).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache

from planner.domain.schema import SHEETS


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One import or validation finding, located as the user sees it in Excel.

    ``row`` is the spreadsheet row number (1-based, header included), 0 when the problem
    concerns a whole sheet or file. ``code`` is a stable identifier used by tests and the
    interface; ``message`` is the English sentence (the app translates by code).
    Never put a person's name in ``value`` or ``message``: ids only.
    """

    severity: Severity
    code: str
    sheet: str
    row: int
    column: str
    value: str
    expected: str
    message: str = ""

    def __str__(self) -> str:
        where = self.sheet or "file"
        if self.row:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        text = f"{self.severity.value.upper()} [{where}] {self.message or self.code}"
        if self.value:
            text += f" — value {self.value!r}"
        if self.expected:
            text += f"; expected {self.expected}"
        return text


# code -> (English template, French template). Parameters are written {name}.
MESSAGES: dict[str, tuple[str, str]] = {
    # whole file
    "file_empty": ("the file is empty", "le fichier est vide"),
    "internal_error": (
        "the file could not be read because of an unexpected error ({detail})",
        "le fichier n'a pas pu être lu à cause d'une erreur inattendue ({detail})",
    ),
    "file_unreadable": (
        "the file cannot be read ({detail})",
        "le fichier ne peut pas être lu ({detail})",
    ),
    "file_too_large": (
        "the file is larger than the {limit} MB limit",
        "le fichier dépasse la limite de {limit} Mo",
    ),
    "not_a_workbook": (
        "the file is not a workbook: its content is {kind}",
        "le fichier n'est pas un classeur : son contenu est {kind}",
    ),
    "xls_legacy": ("old .xls workbooks are not read", "les anciens classeurs .xls ne sont pas lus"),
    "encrypted": ("the workbook is password-protected", "le classeur est protégé par mot de passe"),
    "corrupt": (
        "the workbook is damaged and cannot be opened ({detail})",
        "le classeur est endommagé et ne peut pas être ouvert ({detail})",
    ),
    "zip_bomb": (
        "the workbook would expand to {detail}, over the safety limit",
        "le classeur se décompresserait en {detail}, au-delà de la limite de sécurité",
    ),
    "xml_entities": (
        "the part {part} declares a DOCTYPE or XML entities, refused for safety",
        "la partie {part} déclare un DOCTYPE ou des entités XML, refusé par sécurité",
    ),
    "csv_encoding": (
        "the CSV text encoding is not recognised",
        "l'encodage du fichier CSV n'est pas reconnu",
    ),
    "unsupported_format": (
        "files of type {kind} are not read",
        "les fichiers {kind} ne sont pas lus",
    ),
    # sheets and columns
    "sheet_missing": ("the sheet {target} is missing", "la feuille {target} est absente"),
    "sheet_ambiguous": (
        "several sheets could be {target}: {names}",
        "plusieurs feuilles pourraient être {target} : {names}",
    ),
    "sheet_guessed": (
        "this sheet is read as {target} because its columns match",
        "cette feuille est lue comme {target} car ses colonnes correspondent",
    ),
    "too_many_rows": (
        "the sheet has {count} rows, over the limit of {limit}",
        "la feuille a {count} lignes, au-delà de la limite de {limit}",
    ),
    "too_many_columns": (
        "the sheet has {count} columns, over the limit of {limit}",
        "la feuille a {count} colonnes, au-delà de la limite de {limit}",
    ),
    "too_many_cells": (
        "the sheet spans {count} cells (rows × columns), over the limit of {limit}",
        "la feuille couvre {count} cellules (lignes × colonnes), au-delà de la limite de {limit}",
    ),
    "header_not_found": (
        "no header row found in the first {limit} rows",
        "aucune ligne d'en-tête trouvée dans les {limit} premières lignes",
    ),
    "column_missing": ("the required column is missing", "la colonne obligatoire est absente"),
    "column_ambiguous": (
        "two columns mean {name}: {headers}",
        "deux colonnes signifient {name} : {headers}",
    ),
    "no_rows": ("the sheet has no data rows", "la feuille n'a aucune ligne de données"),
    "blank_rows": (
        "{count} blank rows were ignored (rows {rows})",
        "{count} lignes vides ont été ignorées (lignes {rows})",
    ),
    # cells
    "value_missing": ("a required value is missing", "une valeur obligatoire manque"),
    "cell_too_long": (
        "the cell holds {count} characters, over the limit of {limit}",
        "la cellule contient {count} caractères, au-delà de la limite de {limit}",
    ),
    "formula_no_value": (
        "the cell holds a formula with no computed value",
        "la cellule contient une formule sans valeur calculée",
    ),
    "cell_error": (
        "the cell holds a spreadsheet error",
        "la cellule contient une erreur de calcul",
    ),
    "bad_number": ("the value is not a number", "la valeur n'est pas un nombre"),
    "not_finite": ("the value is not a finite number", "la valeur n'est pas un nombre fini"),
    "bad_integer": ("the value is not a whole number", "la valeur n'est pas un nombre entier"),
    "out_of_range": ("the value is out of range", "la valeur est hors limites"),
    "bad_level": ("unknown level {level}", "niveau inconnu {level}"),
    "bad_level_list": (
        "the level list cannot be read at {part}",
        "la liste de niveaux est illisible à {part}",
    ),
    "duplicate_code": (
        "{item} appears twice in the list",
        "{item} apparaît deux fois dans la liste",
    ),
    "bad_education": ("unknown education level", "niveau d'études inconnu"),
    "bad_bool": ("the value is not a yes/no answer", "la valeur n'est pas une réponse oui/non"),
    "bad_date": ("the value is not a date", "la valeur n'est pas une date"),
    "date_before_1900": ("the date is before 1900", "la date est antérieure à 1900"),
    "language_conflict": (
        "language {item} is also in the column {other} with another level; "
        "the higher level is kept",
        "la langue {item} figure aussi dans la colonne {other} avec un autre "
        "niveau ; le niveau le plus élevé est retenu",
    ),
    # cross checks
    "duplicate_id": (
        "the id is used twice (first on row {first})",
        "l'identifiant est utilisé deux fois (d'abord ligne {first})",
    ),
    "min_size_over_seats": (
        "the minimum size is larger than the number of seats",
        "l'effectif minimum dépasse le nombre de places",
    ),
    "unknown_family": (
        "the family {family} is neither a known family nor used by {other}",
        "la filière {family} n'est ni une filière connue ni utilisée dans {other}",
    ),
    "unknown_wish": (
        "the wish {wish} names no track or family of the catalogue",
        "le vœu {wish} ne désigne aucune formation ni filière du catalogue",
    ),
    "role_unreachable": (
        "no employee can reach role {role}, directly or after any session",
        "aucun collaborateur ne peut accéder au poste {role}, directement ou après une session",
    ),
    "cohort_unreachable": (
        "no employee meets the entry requirements and site of session {cohort}",
        "aucun collaborateur ne remplit les prérequis et le lieu de la session {cohort}",
    ),
    "cohort_before_plan": (
        "session {cohort} starts before the plan start date {date}",
        "la session {cohort} commence avant la date de début du plan {date}",
    ),
    "setting_unknown": ("unknown setting, ignored", "paramètre inconnu, ignoré"),
    "setting_invalid": ("invalid setting value", "valeur de paramètre invalide"),
    "setting_duplicate": (
        "the setting is given twice (first on row {first})",
        "le paramètre est donné deux fois (d'abord ligne {first})",
    ),
}

SPLIT = "split the data into several smaller files"
SPLIT_FR = "découpez les données en plusieurs fichiers plus petits"

# Expected-value phrases, English -> French. Parameters as in MESSAGES.
EXPECTED: dict[str, tuple[str, str]] = {
    "a non-empty file": ("a non-empty file", "un fichier non vide"),
    "limit": (f"at most {{limit}}; {SPLIT}", f"au plus {{limit}} ; {SPLIT_FR}"),
    "xlsx": (".xlsx, .xlsm or .csv", ".xlsx, .xlsm ou .csv"),
    "convert": (
        "an .xlsx file: open it in Excel or LibreOffice and save it as .xlsx "
        "(or run: soffice --headless --convert-to xlsx FILE.xls)",
        "un fichier .xlsx : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en "
        ".xlsx (ou lancez : soffice --headless --convert-to xlsx FICHIER.xls)",
    ),
    "unprotected": (
        "a workbook without a password: remove the protection and save it again",
        "un classeur sans mot de passe : retirez la protection et enregistrez-le à nouveau",
    ),
    "resave": (
        "a workbook saved by a spreadsheet program",
        "un classeur enregistré par un tableur",
    ),
    "encoding": ("UTF-8, UTF-16 or Windows-1252 text", "du texte UTF-8, UTF-16 ou Windows-1252"),
    "sheet": ("a sheet named one of: {names}", "une feuille nommée : {names}"),
    "one sheet": ("one sheet only", "une seule feuille"),
    "header": (
        "a header row with columns such as: {names}",
        "une ligne d'en-tête avec des colonnes telles que : {names}",
    ),
    "column": ("a column named one of: {names}", "une colonne nommée : {names}"),
    "one column": ("one column only", "une seule colonne"),
    "rows": ("at least one data row", "au moins une ligne de données"),
    "fill or delete": ("fill the row or delete it", "remplir la ligne ou la supprimer"),
    "a value": ("a value", "une valeur"),
    "cached": (
        "a value: open the file in a spreadsheet program and save it so formulas are computed",
        "une valeur : ouvrez le fichier dans un tableur et enregistrez-le "
        "pour calculer les formules",
    ),
    "number": ("a number (for example 3.5 or 3,5)", "un nombre (par exemple 3,5 ou 3.5)"),
    "number>=0": ("a number ≥ 0", "un nombre ≥ 0"),
    "int>=0": ("a whole number ≥ 0", "un nombre entier ≥ 0"),
    "int>0": ("a whole number > 0", "un nombre entier > 0"),
    "cefr": (
        "a level among A1, A2, B1, B2, C1, C2 or native",
        "un niveau parmi A1, A2, B1, B2, C1, C2 ou natif",
    ),
    "skill": ("a whole number from 0 to 5", "un nombre entier de 0 à 5"),
    "list": ("a list like {example}", "une liste comme {example}"),
    "once": ("each code once", "chaque code une seule fois"),
    "education": (
        "one of: none, bac, bac+2, bac+3, bac+5 (or licence, master, sans diplôme)",
        "une valeur parmi : none, bac, bac+2, bac+3, bac+5 (ou licence, master, sans diplôme)",
    ),
    "bool": (
        "yes or no (oui/non, o/n, 1/0, vrai/faux, x)",
        "oui ou non (oui/non, o/n, 1/0, vrai/faux, x)",
    ),
    "date": ("a date like 15/09/2026 or 2026-09-15", "une date comme 15/09/2026 ou 2026-09-15"),
    "date>=1900": ("a date from 1900 on", "une date à partir de 1900"),
    "unique": ("a unique id", "un identifiant unique"),
    "min<=seats": ("at most {seats} (the seats)", "au plus {seats} (les places)"),
    "family": ("one of: {names}", "une valeur parmi : {names}"),
    "reachable": (
        "lower requirements, more sessions or check the sites",
        "des exigences plus basses, davantage de sessions ou vérifier les sites",
    ),
    "start": ("a start on or after {date}", "un début le {date} ou après"),
    "setting": ("one of: {names}", "une valeur parmi : {names}"),
    "objective": ("lexicographic or weighted", "lexicographic ou weighted"),
}


def make(
    severity: Severity,
    code: str,
    sheet: str = "",
    row: int = 0,
    column: str = "",
    value: object = "",
    expected: str | None = None,
    **params: object,
) -> Problem:
    """Build a Problem from a code and an expected-phrase key, filling both templates."""
    message = MESSAGES[code][0].format(**params)
    exp = EXPECTED[expected][0].format(**params) if expected else ""
    return Problem(severity, code, sheet, row, column, shown(value), exp, message)


def error(
    code: str,
    sheet: str = "",
    row: int = 0,
    column: str = "",
    value: object = "",
    expected: str | None = None,
    **params: object,
) -> Problem:
    return make(Severity.ERROR, code, sheet, row, column, value, expected, **params)


def warning(
    code: str,
    sheet: str = "",
    row: int = 0,
    column: str = "",
    value: object = "",
    expected: str | None = None,
    **params: object,
) -> Problem:
    return make(Severity.WARNING, code, sheet, row, column, value, expected, **params)


def shown(value: object, limit: int = 80) -> str:
    """The value as quoted in a message, cut so a 100,000-character cell stays readable."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"


@lru_cache(maxsize=256)
def _pattern(template: str) -> re.Pattern[str]:
    """A regex that matches any text produced by ``template`` and captures its parameters."""
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*?)" for i, p in enumerate(parts))
    return re.compile(f"^{regex}$", re.DOTALL)


def _translate(text: str, templates: list[tuple[str, str]]) -> str:
    for english, french in templates:
        match = _pattern(english).match(text)
        if match:
            return french.format(**match.groupdict())
    return text


SEVERITY_WORDS = {
    "fr": {"error": "Erreur", "warning": "Avertissement"},
    "en": {"error": "Error", "warning": "Warning"},
}


def describe(problem: Problem, lang: str = "fr") -> str:
    """A full sentence naming sheet, row, column, value and what was expected.

    English comes straight from the problem; French re-fills the French template of the
    same code, so the wording stays in step with the codes the tests check.
    """
    french = lang == "fr"
    message, expected = problem.message, problem.expected
    if french:
        if problem.code in MESSAGES:
            message = _translate(message, [MESSAGES[problem.code]])
        expected = _translate(expected, list(EXPECTED.values()))
    text = f"{SEVERITY_WORDS['fr' if french else 'en'][problem.severity.value]} — "
    text += _where(problem, french) + " : " if french else _where(problem, french) + ": "
    text += message[:1].upper() + message[1:]
    if problem.value:
        text += f" (valeur « {problem.value} »)" if french else f" (value '{problem.value}')"
    if expected:
        text += f" ; attendu : {expected}" if french else f"; expected: {expected}"
    return text + "."


def _where(problem: Problem, french: bool) -> str:
    if not problem.sheet:
        return "Fichier" if french else "File"
    sheet, column = _names(problem.sheet, problem.column, french)
    parts = [f"feuille « {sheet} »" if french else f"sheet '{sheet}'"]
    if problem.row:
        parts.append(f"ligne {problem.row}" if french else f"row {problem.row}")
    if column:
        parts.append(f"colonne « {column} »" if french else f"column '{column}'")
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def _names(sheet: str, column: str, french: bool) -> tuple[str, str]:
    """Sheet and column as the reader sees them. The app's edited tables (``load_frames``)
    report canonical names (``employees``, ``tenure_years``), which a French reader knows as
    the French headers of the workbook and of the editor (« Collaborateurs », « Ancienneté
    (ans) »); English keeps the canonical names, and a file's own names are kept as written."""
    schema = _SHEETS.get(sheet) if french else None
    if schema is None:
        return sheet, column
    known = {c.name: c.fr for c in schema.columns}
    return schema.fr, known.get(column, column)


_SHEETS = {s.name: s for s in SHEETS}
