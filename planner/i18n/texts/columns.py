"""Headers of the input columns: the workbook's French header beside an English label.

The French headers are part of the workbook contract (``planner.domain.schema``, where the
importer also reads them), so they are taken from there rather than written twice; this
module holds the English side. Keys are ``column.<sheet>.<column>``.
"""

from __future__ import annotations

from planner.domain.schema import SHEETS

ENGLISH: dict[str, str] = {
    "employee_id": "Employee id",
    "name": "Name",
    "site": "Site",
    "tenure_years": "Tenure (years)",
    "languages": "Languages",
    "skills": "Skills",
    "education": "Education",
    "mobile": "Mobile",
    "wishes": "Wishes",
    "current_activity": "Current activity",
    "gender": "Gender",
    "cohort_id": "Session",
    "track": "Track",
    "family": "Family",
    "start_date": "Start date",
    "duration_weeks": "Duration (weeks)",
    "seats": "Seats",
    "min_size": "Minimum size",
    "cost_per_seat": "Cost per seat (MAD)",
    "fixed_cost": "Opening cost (MAD)",
    "prereq_languages": "Prerequisite languages",
    "prereq_skills": "Prerequisite skills",
    "min_education": "Minimum education",
    "grants_languages": "Languages granted",
    "grants_skills": "Skills granted",
    "provider": "Training provider",
    "role_id": "Role",
    "title": "Title",
    "openings": "Openings",
    "req_languages": "Required languages",
    "req_skills": "Required skills",
    "monthly_salary_mad": "Monthly salary (MAD)",
    "key": "Setting",
    "value": "Value",
}

TEXTS: dict[str, tuple[str, str]] = {
    f"column.{sheet.name}.{column.name}": (column.fr, ENGLISH[column.name])
    for sheet in SHEETS
    for column in sheet.columns
}
