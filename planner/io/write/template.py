"""The empty import template: the contract's sheets with one example row each, and a read-me.

HR staff start from this file rather than from a blank sheet, so the example rows show every
format once (level lists, education, yes/no, wishes, remote sessions) and the read-me sheet
explains them in the user's language.
"""

from __future__ import annotations

from datetime import date, datetime

from planner.domain.records import Cohort, Dataset, Employee, Role, Settings
from planner.io.canonical import dataset_tables
from planner.io.write.workbook import check_lang, open_book, write_tables

README_TITLE = {"fr": "Lisez-moi", "en": "Read me"}

README = {
    "fr": (
        ("Modèle d'import — planificateur de reconversion", ""),
        (
            "Feuilles",
            "Collaborateurs, Sessions, Postes (obligatoires) et Paramètres (facultatif). "
            "Une ligne par collaborateur, par session de formation, par poste. Remplacez les "
            "lignes d'exemple ; les en-têtes peuvent être en français ou en anglais, dans "
            "n'importe quel ordre.",
        ),
        ("Matricule", "Texte unique, conservé tel quel (zéros en tête compris)."),
        (
            "Langues",
            "Liste « code:niveau » séparée par des points-virgules, niveaux CECRL "
            "A1 < A2 < B1 < B2 < C1 < C2 : « fr:C1; ar:C2; en:B1 ». « natif » ou « langue "
            "maternelle » = C2 ; une langue absente = aucun niveau.",
        ),
        (
            "Compétences",
            "Liste « code:niveau » de 0 à 5 : « customer_service:4; crm:3 ». "
            "Une compétence absente vaut 0.",
        ),
        (
            "Niveau d'études",
            "none < bac < bac+2 < bac+3 < bac+5 (none = sans diplôme). "
            "Vide dans Sessions ou Postes = aucune exigence.",
        ),
        (
            "Mobilité",
            "oui / non (ou 1 / 0). Vide = non. Une personne mobile peut suivre une "
            "session ou prendre un poste dans une autre ville.",
        ),
        (
            "Vœux",
            "Filières ou formations par ordre de préférence, séparées par des "
            "points-virgules : « ai_data; back_office ». Filières : ai_data, "
            "multilingual_support, back_office, tech_support, moderation.",
        ),
        (
            "Site",
            "Ville (Casablanca, Rabat, Fès…). Pour une session ou un poste à distance, "
            "écrivez « distanciel » (ou « remote »).",
        ),
        (
            "Dates",
            "Vraies dates Excel (jj/mm/aaaa). Une session doit finir (début + durée) "
            "au plus tard à la prise de poste ; date vide = pas de contrainte.",
        ),
        (
            "Prérequis / Acquis",
            "Prérequis : niveaux exigés pour entrer en session. Acquis : "
            "niveaux atteints à la fin ; chaque niveau devient le plus haut des deux.",
        ),
        (
            "Coûts",
            "En dirhams (MAD) : coût par place, et coût d'ouverture payé une fois si la "
            "session a lieu. Effectif minimum : la session n'a lieu qu'avec au moins ce nombre.",
        ),
        (
            "Paramètres",
            "Budget (MAD) : vide = sans limite. Date de début du plan. Ancienneté "
            "senior (ans) : 10 par défaut ; les anciens sont favorisés à placement égal.",
        ),
        (
            "Genre",
            "Facultatif, uniquement pour les statistiques d'équité ; jamais utilisé pour décider.",
        ),
    ),
    "en": (
        ("Import template — reconversion planner", ""),
        (
            "Sheets",
            "employees, cohorts, roles (required) and settings (optional). One row per "
            "employee, per training session, per role. Replace the example rows; headers may be "
            "in English or French, in any order.",
        ),
        ("employee_id", "Unique text, kept exactly as written (leading zeros too)."),
        (
            "languages",
            "List of code:level separated by semicolons, CEFR levels "
            'A1 < A2 < B1 < B2 < C1 < C2: "fr:C1; ar:C2; en:B1". "native" = C2; a missing '
            "language means no level.",
        ),
        (
            "skills",
            'List of code:level from 0 to 5: "customer_service:4; crm:3". A missing skill is 0.',
        ),
        (
            "education",
            "none < bac < bac+2 < bac+3 < bac+5 (none = no diploma). Empty in "
            "cohorts or roles = no requirement.",
        ),
        (
            "mobile",
            "yes / no (or 1 / 0). Empty = no. A mobile person may attend a session or "
            "take a role in another city.",
        ),
        (
            "wishes",
            "Families or track names in order of preference, separated by semicolons: "
            '"ai_data; back_office". Families: ai_data, multilingual_support, back_office, '
            "tech_support, moderation.",
        ),
        (
            "site",
            "City (Casablanca, Rabat, Fès…). For a remote session or role write "
            '"remote" (or "distanciel").',
        ),
        (
            "dates",
            "Real Excel dates. A session must end (start + duration) on or before the "
            "role's start date; an empty date means no constraint.",
        ),
        (
            "prereq / grants",
            "prereq_*: levels needed to enter a session. grants_*: levels "
            "reached at its end; each level becomes the higher of the two.",
        ),
        (
            "costs",
            "In dirhams (MAD): cost per seat, and fixed cost paid once if the session "
            "runs. min_size: the session runs only with at least that many people.",
        ),
        (
            "settings",
            "budget_mad: empty = no limit. plan_start_date. seniority_years: 10 by "
            "default; seniors are favoured when placement is equal.",
        ),
        ("gender", "Optional, for equity reporting only; never used to decide."),
    ),
}


def example_dataset() -> Dataset:
    """One fictional agent, session and role showing every format of the contract."""
    employee = Employee(
        "000123",
        "Casablanca",
        12.5,
        {"fr": 5, "ar": 6, "en": 3},
        {"customer_service": 4, "crm": 3},
        education=2,
        mobile=True,
        wishes=("multilingual_support", "ai_data"),
        name="Salma Bennani",
        current_activity="Télémarketing sortant",
        gender="F",
    )
    cohort = Cohort(
        "S-ENG-01",
        "Support client anglais",
        "multilingual_support",
        "remote",
        8,
        20,
        cost_per_seat=7000.0,
        fixed_cost=15000.0,
        min_size=8,
        start_date=date(2027, 2, 1),
        prereq_languages={"en": 3},
        min_education=1,
        grants_languages={"en": 4},
        grants_skills={"customer_service": 3},
        provider="Institut Langues & Services",
    )
    role = Role(
        "P-ENG-01",
        "Conseiller·ère support anglophone",
        "multilingual_support",
        "Rabat",
        12,
        req_languages={"en": 4},
        req_skills={"customer_service": 3},
        min_education=1,
        start_date=date(2027, 4, 5),
        monthly_salary_mad=7500.0,
    )
    settings = Settings(budget_mad=500_000.0, plan_start_date=date(2027, 1, 4))
    return Dataset((employee,), (cohort,), (role,), settings)


def write_readme(book, formats, lang: str) -> None:
    ws = book.add_worksheet(README_TITLE[lang])
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 110, book.add_format({"text_wrap": True, "valign": "top"}))
    for i, (topic, text) in enumerate(README[lang]):
        ws.write_string(i, 0, topic, formats.header if i == 0 else None)
        if text:
            ws.write_string(i, 1, text)


def write_template(path, lang: str = "fr", *, created: datetime | None = None) -> None:
    """Write the import template (path or binary file object): read-me first, then the sheets.

    Importers should ignore the read-me sheet ("Lisez-moi" / "Read me").
    """
    check_lang(lang)
    book, formats = open_book(path, lang, created)
    write_readme(book, formats, lang)
    write_tables(book, formats, dataset_tables(example_dataset()), lang)
    book.close()
