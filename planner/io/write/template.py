"""The empty import template: the contract's sheets with one example row each, and a read-me.

HR staff start from this file rather than from a blank sheet, so the example rows show every
format once (level lists, education, yes/no, wishes, remote sessions) and the read-me sheet
explains them in the user's language.
"""

from __future__ import annotations

from datetime import date, datetime

from planner import i18n
from planner.domain.records import Cohort, Dataset, Employee, Role, Settings
from planner.io.canonical import dataset_tables
from planner.io.write.workbook import check_lang, open_book, write_tables

# The read-me's rows, worded by ``template.<topic>`` and ``template.<topic>.text`` in planner.i18n.
README_TOPICS = (
    "sheets",
    "employee_id",
    "languages",
    "skills",
    "education",
    "mobile",
    "wishes",
    "site",
    "dates",
    "prereq",
    "costs",
    "settings",
    "gender",
)


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
    ws = book.add_worksheet(i18n.t("template.sheet", lang))
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 110, book.add_format({"text_wrap": True, "valign": "top"}))
    ws.write_string(0, 0, i18n.t("template.title", lang), formats.header)
    for row, topic in enumerate(README_TOPICS, start=1):
        ws.write_string(row, 0, i18n.t(f"template.{topic}", lang))
        ws.write_string(row, 1, i18n.t(f"template.{topic}.text", lang))


def write_template(path, lang: str = "fr", *, created: datetime | None = None) -> None:
    """Write the import template (path or binary file object): read-me first, then the sheets.

    Importers should ignore the read-me sheet ("Lisez-moi" / "Read me").
    """
    check_lang(lang)
    book, formats = open_book(path, lang, created)
    write_readme(book, formats, lang)
    write_tables(book, formats, dataset_tables(example_dataset()), lang)
    book.close()
