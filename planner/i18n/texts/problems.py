"""Import and validation problems: ``problem.<code>`` (what is wrong) and ``expected.<key>``
(what the cell or file should hold), with the codes of ``planner.domain.problems``; and
``problem_line.*``, the frame of the sentence that ``planner.i18n.describe_problem`` builds."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    # whole file
    "problem.file_empty": ("le fichier est vide", "the file is empty"),
    "problem.internal_error": (
        "le fichier n'a pas pu être lu à cause d'une erreur inattendue ({detail})",
        "the file could not be read because of an unexpected error ({detail})",
    ),
    "problem.file_unreadable": (
        "le fichier ne peut pas être lu ({detail})",
        "the file cannot be read ({detail})",
    ),
    "problem.file_too_large": (
        "le fichier dépasse la limite de {limit} Mo",
        "the file is larger than the {limit} MB limit",
    ),
    "problem.not_a_workbook": (
        "le fichier n'est pas un classeur : son contenu est {kind}",
        "the file is not a workbook: its content is {kind}",
    ),
    "problem.xls_legacy": (
        "les anciens classeurs .xls ne sont pas lus",
        "old .xls workbooks are not read",
    ),
    "problem.encrypted": (
        "le classeur est protégé par mot de passe",
        "the workbook is password-protected",
    ),
    "problem.corrupt": (
        "le classeur est endommagé et ne peut pas être ouvert ({detail})",
        "the workbook is damaged and cannot be opened ({detail})",
    ),
    "problem.zip_bomb": (
        "le classeur se décompresserait en {detail}, au-delà de la limite de sécurité",
        "the workbook would expand to {detail}, over the safety limit",
    ),
    "problem.xml_entities": (
        "la partie {part} déclare un DOCTYPE ou des entités XML, refusé par sécurité",
        "the part {part} declares a DOCTYPE or XML entities, refused for safety",
    ),
    "problem.csv_encoding": (
        "l'encodage du fichier CSV n'est pas reconnu",
        "the CSV text encoding is not recognised",
    ),
    "problem.unsupported_format": (
        "les fichiers {kind} ne sont pas lus",
        "files of type {kind} are not read",
    ),
    # sheets and columns
    "problem.sheet_missing": ("la feuille {target} est absente", "the sheet {target} is missing"),
    "problem.sheet_ambiguous": (
        "plusieurs feuilles pourraient être {target} : {names}",
        "several sheets could be {target}: {names}",
    ),
    "problem.sheet_guessed": (
        "cette feuille est lue comme {target} car ses colonnes correspondent",
        "this sheet is read as {target} because its columns match",
    ),
    "problem.too_many_rows": (
        "la feuille a {count} lignes, au-delà de la limite de {limit}",
        "the sheet has {count} rows, over the limit of {limit}",
    ),
    "problem.too_many_columns": (
        "la feuille a {count} colonnes, au-delà de la limite de {limit}",
        "the sheet has {count} columns, over the limit of {limit}",
    ),
    "problem.too_many_cells": (
        "la feuille couvre {count} cellules (lignes × colonnes), au-delà de la limite de {limit}",
        "the sheet spans {count} cells (rows × columns), over the limit of {limit}",
    ),
    "problem.header_not_found": (
        "aucune ligne d'en-tête trouvée dans les {limit} premières lignes",
        "no header row found in the first {limit} rows",
    ),
    "problem.column_missing": (
        "la colonne obligatoire est absente",
        "the required column is missing",
    ),
    "problem.column_ambiguous": (
        "deux colonnes signifient {name} : {headers}",
        "two columns mean {name}: {headers}",
    ),
    "problem.no_rows": ("la feuille n'a aucune ligne de données", "the sheet has no data rows"),
    "problem.blank_rows": (
        "{count} lignes vides ont été ignorées (lignes {rows})",
        "{count} blank rows were ignored (rows {rows})",
    ),
    # cells
    "problem.value_missing": ("une valeur obligatoire manque", "a required value is missing"),
    "problem.cell_too_long": (
        "la cellule contient {count} caractères, au-delà de la limite de {limit}",
        "the cell holds {count} characters, over the limit of {limit}",
    ),
    "problem.formula_no_value": (
        "la cellule contient une formule sans valeur calculée",
        "the cell holds a formula with no computed value",
    ),
    "problem.cell_error": (
        "la cellule contient une erreur de calcul",
        "the cell holds a spreadsheet error",
    ),
    "problem.bad_number": ("la valeur n'est pas un nombre", "the value is not a number"),
    "problem.not_finite": (
        "la valeur n'est pas un nombre fini",
        "the value is not a finite number",
    ),
    "problem.bad_integer": (
        "la valeur n'est pas un nombre entier",
        "the value is not a whole number",
    ),
    "problem.out_of_range": ("la valeur est hors limites", "the value is out of range"),
    "problem.bad_level": ("niveau inconnu {level}", "unknown level {level}"),
    "problem.bad_level_list": (
        "la liste de niveaux est illisible à {part}",
        "the level list cannot be read at {part}",
    ),
    "problem.duplicate_code": (
        "{item} apparaît deux fois dans la liste",
        "{item} appears twice in the list",
    ),
    "problem.bad_education": ("niveau d'études inconnu", "unknown education level"),
    "problem.bad_bool": (
        "la valeur n'est pas une réponse oui/non",
        "the value is not a yes/no answer",
    ),
    "problem.bad_date": ("la valeur n'est pas une date", "the value is not a date"),
    "problem.date_before_1900": ("la date est antérieure à 1900", "the date is before 1900"),
    "problem.language_conflict": (
        "la langue {item} figure aussi dans la colonne {other} avec un autre niveau ; le niveau le plus élevé est retenu",
        "language {item} is also in the column {other} with another level; the higher level is kept",
    ),
    # cross checks
    "problem.duplicate_id": (
        "l'identifiant est utilisé deux fois (d'abord ligne {first})",
        "the id is used twice (first on row {first})",
    ),
    "problem.min_size_over_seats": (
        "l'effectif minimum dépasse le nombre de places",
        "the minimum size is larger than the number of seats",
    ),
    "problem.unknown_family": (
        "la filière {family} n'est ni une filière connue ni utilisée dans {other}",
        "the family {family} is neither a known family nor used by {other}",
    ),
    "problem.unknown_wish": (
        "le vœu {wish} ne désigne aucune formation ni filière du catalogue",
        "the wish {wish} names no track or family of the catalogue",
    ),
    "problem.role_unreachable": (
        "aucun collaborateur ne peut accéder au poste {role}, directement ou après une session",
        "no employee can reach role {role}, directly or after any session",
    ),
    "problem.cohort_unreachable": (
        "aucun collaborateur ne remplit les prérequis et le lieu de la session {cohort}",
        "no employee meets the entry requirements and site of session {cohort}",
    ),
    "problem.cohort_before_plan": (
        "la session {cohort} commence avant la date de début du plan {date}",
        "session {cohort} starts before the plan start date {date}",
    ),
    "problem.setting_unknown": ("paramètre inconnu, ignoré", "unknown setting, ignored"),
    "problem.setting_invalid": ("valeur de paramètre invalide", "invalid setting value"),
    "problem.setting_duplicate": (
        "le paramètre est donné deux fois (d'abord ligne {first})",
        "the setting is given twice (first on row {first})",
    ),
    # what was expected
    "expected.a non-empty file": ("un fichier non vide", "a non-empty file"),
    "expected.limit": (
        "au plus {limit} ; découpez les données en plusieurs fichiers plus petits",
        "at most {limit}; split the data into several smaller files",
    ),
    "expected.xlsx": (".xlsx, .xlsm ou .csv", ".xlsx, .xlsm or .csv"),
    "expected.convert": (
        "un fichier .xlsx : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx (ou lancez : soffice --headless --convert-to xlsx FICHIER.xls)",
        "an .xlsx file: open it in Excel or LibreOffice and save it as .xlsx (or run: soffice --headless --convert-to xlsx FILE.xls)",
    ),
    "expected.unprotected": (
        "un classeur sans mot de passe : retirez la protection et enregistrez-le à nouveau",
        "a workbook without a password: remove the protection and save it again",
    ),
    "expected.resave": (
        "un classeur enregistré par un tableur",
        "a workbook saved by a spreadsheet program",
    ),
    "expected.encoding": (
        "du texte UTF-8, UTF-16 ou Windows-1252",
        "UTF-8, UTF-16 or Windows-1252 text",
    ),
    "expected.sheet": ("une feuille nommée : {names}", "a sheet named one of: {names}"),
    "expected.one sheet": ("une seule feuille", "one sheet only"),
    "expected.header": (
        "une ligne d'en-tête avec des colonnes telles que : {names}",
        "a header row with columns such as: {names}",
    ),
    "expected.column": ("une colonne nommée : {names}", "a column named one of: {names}"),
    "expected.one column": ("une seule colonne", "one column only"),
    "expected.rows": ("au moins une ligne de données", "at least one data row"),
    "expected.fill or delete": ("remplir la ligne ou la supprimer", "fill the row or delete it"),
    "expected.a value": ("une valeur", "a value"),
    "expected.cached": (
        "une valeur : ouvrez le fichier dans un tableur et enregistrez-le pour calculer les formules",
        "a value: open the file in a spreadsheet program and save it so formulas are computed",
    ),
    "expected.number": ("un nombre (par exemple 3,5 ou 3.5)", "a number (for example 3.5 or 3,5)"),
    "expected.number>=0": ("un nombre ≥ 0", "a number ≥ 0"),
    "expected.int>=0": ("un nombre entier ≥ 0", "a whole number ≥ 0"),
    "expected.int>0": ("un nombre entier > 0", "a whole number > 0"),
    "expected.cefr": (
        "un niveau parmi A1, A2, B1, B2, C1, C2 ou natif",
        "a level among A1, A2, B1, B2, C1, C2 or native",
    ),
    "expected.skill": ("un nombre entier de 0 à 5", "a whole number from 0 to 5"),
    "expected.list": ("une liste comme {example}", "a list like {example}"),
    "expected.once": ("chaque code une seule fois", "each code once"),
    "expected.education": (
        "une valeur parmi : none, bac, bac+2, bac+3, bac+5 (ou licence, master, sans diplôme)",
        "one of: none, bac, bac+2, bac+3, bac+5 (or licence, master, sans diplôme)",
    ),
    "expected.bool": (
        "oui ou non (oui/non, o/n, 1/0, vrai/faux, x)",
        "yes or no (oui/non, o/n, 1/0, vrai/faux, x)",
    ),
    "expected.date": (
        "une date comme 15/09/2026 ou 2026-09-15",
        "a date like 15/09/2026 or 2026-09-15",
    ),
    "expected.date>=1900": ("une date à partir de 1900", "a date from 1900 on"),
    "expected.unique": ("un identifiant unique", "a unique id"),
    "expected.min<=seats": ("au plus {seats} (les places)", "at most {seats} (the seats)"),
    "expected.family": ("une valeur parmi : {names}", "one of: {names}"),
    "expected.reachable": (
        "des exigences plus basses, davantage de sessions ou vérifier les sites",
        "lower requirements, more sessions or check the sites",
    ),
    "expected.start": ("un début le {date} ou après", "a start on or after {date}"),
    "expected.setting": ("une valeur parmi : {names}", "one of: {names}"),
    "expected.objective": ("lexicographic ou weighted", "lexicographic or weighted"),
    # the sentence: « Erreur — Feuille « S », ligne 3, colonne « C » : Message (valeur « v ») ; attendu : … »
    "problem_line.sentence": (
        "{severity} — {where} : {message}{value}{expected}.",
        "{severity} — {where}: {message}{value}{expected}.",
    ),
    "problem_line.value": (" (valeur « {value} »)", " (value '{value}')"),
    "problem_line.expected": (" ; attendu : {expected}", "; expected: {expected}"),
    "problem_line.file": ("Fichier", "File"),
    "problem_line.sheet": ("feuille « {sheet} »", "sheet '{sheet}'"),
    "problem_line.row": ("ligne {row}", "row {row}"),
    "problem_line.column": ("colonne « {column} »", "column '{column}'"),
}
