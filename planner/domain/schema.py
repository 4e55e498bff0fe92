"""The workbook contract of PRODUCT.md: sheets, columns, their French names and aliases.

One table serves the importer (which header means which column), the template and sample
writers (which header to write in French or English) and the app (column types for editing).
Aliases are compared with ``domain.norm_key`` so case, accents and spacing do not matter.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a sheet: canonical name, French header, accepted aliases, kind."""

    name: str
    fr: str
    kind: str  # id, text, number, int, languages, skills, education, bool, wishes, date
    required: bool = False
    aliases: tuple[str, ...] = ()
    personal: bool = False  # personal data: dropped from pseudonymised exports

    def headers(self) -> tuple[str, ...]:
        """Every header text that designates this column."""
        return (self.name, self.fr, *self.aliases)


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet of the workbook with its French name, aliases and columns."""

    name: str
    fr: str
    aliases: tuple[str, ...]
    columns: tuple[Column, ...]

    def names(self) -> tuple[str, ...]:
        return (self.name, self.fr, *self.aliases)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


EMPLOYEES = Sheet(
    "employees",
    "Collaborateurs",
    ("Salariés", "Agents", "Employés", "Staff"),
    (
        Column(
            "employee_id",
            "Matricule",
            "id",
            True,
            ("ID", "Employee ID", "N° matricule", "Identifiant", "ID salarié"),
        ),
        Column(
            "name",
            "Nom",
            "text",
            aliases=("Nom complet", "Nom et prénom", "Full name", "Nom prénom"),
            personal=True,
        ),
        Column("site", "Site", "text", True, ("Ville", "City", "Centre", "Location")),
        Column(
            "tenure_years",
            "Ancienneté (ans)",
            "number",
            True,
            ("Ancienneté", "Tenure", "Années d'ancienneté", "Seniority (years)"),
        ),
        Column("languages", "Langues", "languages", aliases=("Languages", "Niveaux de langue")),
        Column("skills", "Compétences", "skills", aliases=("Skills",)),
        Column(
            "education",
            "Niveau d'études",
            "education",
            aliases=("Diplôme", "Education level", "Niveau d'étude", "Études"),
        ),
        Column("mobile", "Mobilité", "bool", aliases=("Mobile", "Mobilité géographique")),
        Column("wishes", "Vœux", "wishes", aliases=("Voeux", "Souhaits", "Wish", "Wishes list")),
        Column(
            "current_activity",
            "Activité",
            "text",
            aliases=("Activité actuelle", "Current activity", "Activity"),
        ),
        Column("gender", "Genre", "text", aliases=("Sexe", "Gender", "Sex"), personal=True),
    ),
)

COHORTS = Sheet(
    "cohorts",
    "Sessions",
    ("Cohortes", "Formations", "Training", "Catalogue"),
    (
        Column("cohort_id", "Session", "id", True, ("ID session", "Cohorte", "Code session")),
        Column("track", "Formation", "text", True, ("Parcours", "Track", "Programme")),
        Column("family", "Filière", "text", True, ("Famille", "Family")),
        Column("site", "Site", "text", True, ("Ville", "Lieu", "City")),
        Column("start_date", "Date de début", "date", aliases=("Début", "Start date", "Start")),
        Column(
            "duration_weeks",
            "Durée (semaines)",
            "int",
            True,
            ("Durée", "Duration", "Duration (weeks)", "Nombre de semaines"),
        ),
        Column("seats", "Places", "int", True, ("Nombre de places", "Capacité", "Capacity")),
        Column(
            "min_size",
            "Effectif minimum",
            "int",
            aliases=("Minimum", "Min size", "Effectif min", "Taille minimale"),
        ),
        Column(
            "cost_per_seat",
            "Coût par place (MAD)",
            "number",
            True,
            ("Coût par place", "Cost per seat", "Coût unitaire", "Prix par place"),
        ),
        Column(
            "fixed_cost",
            "Coût d'ouverture (MAD)",
            "number",
            aliases=("Coût d'ouverture", "Fixed cost", "Coût fixe"),
        ),
        Column(
            "prereq_languages",
            "Prérequis langues",
            "languages",
            aliases=("Prerequisite languages", "Langues requises"),
        ),
        Column(
            "prereq_skills",
            "Prérequis compétences",
            "skills",
            aliases=("Prerequisite skills", "Compétences requises"),
        ),
        Column(
            "min_education",
            "Prérequis niveau d'études",
            "education",
            aliases=("Niveau d'études minimum", "Minimum education"),
        ),
        Column(
            "grants_languages",
            "Acquis langues",
            "languages",
            aliases=("Granted languages", "Langues acquises"),
        ),
        Column(
            "grants_skills",
            "Acquis compétences",
            "skills",
            aliases=("Granted skills", "Compétences acquises"),
        ),
        Column(
            "provider",
            "Organisme de formation",
            "text",
            aliases=("Organisme", "Prestataire", "Training provider", "Provider"),
        ),
    ),
)

ROLES = Sheet(
    "roles",
    "Postes",
    ("Postes ouverts", "Emplois", "Jobs", "Positions"),
    (
        Column("role_id", "Poste", "id", True, ("ID poste", "Code poste", "Role")),
        Column("title", "Intitulé", "text", True, ("Intitulé du poste", "Title", "Libellé")),
        Column("family", "Filière", "text", True, ("Famille", "Family")),
        Column("site", "Site", "text", True, ("Ville", "Lieu", "City")),
        Column(
            "openings",
            "Postes ouverts",
            "int",
            True,
            ("Nombre de postes", "Openings", "Ouvertures", "Effectif"),
        ),
        Column(
            "req_languages",
            "Exigences langues",
            "languages",
            aliases=("Required languages", "Langues exigées"),
        ),
        Column(
            "req_skills",
            "Exigences compétences",
            "skills",
            aliases=("Required skills", "Compétences exigées"),
        ),
        Column(
            "min_education",
            "Exigences niveau d'études",
            "education",
            aliases=("Niveau d'études requis", "Minimum education"),
        ),
        Column(
            "start_date",
            "Date de prise de poste",
            "date",
            aliases=("Date de début", "Start date", "Prise de poste"),
        ),
        Column(
            "monthly_salary_mad",
            "Salaire mensuel (MAD)",
            "number",
            aliases=("Salaire mensuel", "Salaire", "Monthly salary", "Salary"),
        ),
    ),
)

SETTINGS = Sheet(
    "settings",
    "Paramètres",
    ("Parametres", "Réglages", "Options"),
    (
        Column("key", "Paramètre", "text", True, ("Clé", "Key", "Setting", "Nom")),
        Column("value", "Valeur", "text", True, ("Value",)),
    ),
)

# Keys of the settings sheet, canonical name -> French name and aliases.
SETTING_KEYS: dict[str, tuple[str, ...]] = {
    "budget_mad": ("Budget (MAD)", "Budget", "budget"),
    "plan_start_date": ("Date de début du plan", "Début du plan", "plan start"),
    "seniority_years": ("Ancienneté senior (ans)", "Seuil d'ancienneté", "seniority"),
    "objective": ("Objectif", "policy"),  # "lexicographic" (default) or "weighted"
    "weight_placed": ("Poids placement",),
    "weight_senior": ("Poids ancienneté",),
    "weight_wish": ("Poids vœux",),
}

SHEETS = (EMPLOYEES, COHORTS, ROLES, SETTINGS)
REQUIRED_SHEETS = (EMPLOYEES, COHORTS, ROLES)  # settings is optional (defaults apply)

FAMILIES = ("ai_data", "multilingual_support", "back_office", "tech_support", "moderation")
LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    # ISO code -> names used as wide column headers ("Anglais" = B2).
    "fr": ("Français", "French", "Francais"),
    "ar": ("Arabe", "Arabic"),
    "en": ("Anglais", "English"),
    "es": ("Espagnol", "Spanish"),
    "de": ("Allemand", "German"),
    "it": ("Italien", "Italian"),
    "pt": ("Portugais", "Portuguese"),
    "nl": ("Néerlandais", "Dutch"),
    "zgh": ("Amazighe", "Tamazight", "Berbère"),
}
