"""The fixed catalogue behind the synthetic sample: sites, training tracks and role templates.

Every role template has at least one track whose grants meet its requirements, and the
requirements use a handful of thresholds only (B1/B2/C1, skill 2/3/4), so people with similar
profiles face the same choices — as in real catalogues, and as the optimizer's aggregation of
interchangeable people expects.
"""

from __future__ import annotations

from dataclasses import dataclass, field

A1, A2, B1, B2, C1, C2 = range(1, 7)
NONE, BAC, BAC2, BAC3, BAC5 = range(5)

# City -> share of the sector's agents (Casablanca hosts the largest centres).
SITES: dict[str, float] = {
    "Casablanca": 0.40, "Rabat": 0.14, "Fès": 0.08, "Marrakech": 0.08, "Tanger": 0.08,
    "Agadir": 0.06, "Tétouan": 0.04, "Meknès": 0.035, "Oujda": 0.03, "Kénitra": 0.03,
    "El Jadida": 0.025,
}
NORTH = ("Tanger", "Tétouan")


@dataclass(frozen=True, slots=True)
class Track:
    """A training track; sessions of it are drawn at sites (or remote) with varied dates."""

    name: str
    family: str
    weight: float  # share of sessions
    weeks: int
    cost: int  # typical cost per seat, MAD
    provider: str
    prereq_languages: dict[str, int] = field(default_factory=dict)
    prereq_skills: dict[str, int] = field(default_factory=dict)
    min_education: int = 0
    grants_languages: dict[str, int] = field(default_factory=dict)
    grants_skills: dict[str, int] = field(default_factory=dict)
    site_boost: dict[str, float] = field(default_factory=dict)
    remote_share: float = 0.25


@dataclass(frozen=True, slots=True)
class RoleTemplate:
    """A kind of open role; many role rows (employers, sites) are drawn from each."""

    title: str
    family: str
    weight: float  # share of openings
    salary: tuple[int, int]  # monthly range, MAD
    req_languages: dict[str, int] = field(default_factory=dict)
    req_skills: dict[str, int] = field(default_factory=dict)
    min_education: int = 0
    site_boost: dict[str, float] = field(default_factory=dict)
    remote_share: float = 0.2


DATA_ACADEMY = "Académie Data Atlas"
LANG_INSTITUTE = "Institut Langues & Services"
TECH_CAMPUS = "Campus Tech Maghreb"
BANK_CENTRE = "Centre Métiers Banque-Assurance"
TS_ACADEMY = "Trust & Safety Academy"
SPANISH_BOOST = {"Tanger": 5.0, "Tétouan": 5.0}
GERMAN_BOOST = {"Marrakech": 2.0, "Agadir": 2.5}

TRACKS: tuple[Track, ...] = (
    Track("Annotation de données IA", "ai_data", 3.0, 6, 6000, DATA_ACADEMY,
          {"fr": B2}, {}, BAC, {}, {"annotation": 3, "data_entry": 3}, remote_share=0.4),
    Track("Entraînement et évaluation de modèles IA", "ai_data", 1.5, 10, 14000, DATA_ACADEMY,
          {"en": B1}, {}, BAC2, {"en": B2}, {"annotation": 3, "writing": 3},
          remote_share=0.4),
    Track("Qualité des données", "ai_data", 1.2, 8, 9000, DATA_ACADEMY,
          {"fr": B2}, {}, BAC2, {}, {"excel": 3, "data_entry": 3}),
    Track("Python pour l'analyse de données", "ai_data", 0.6, 16, 25000, DATA_ACADEMY,
          {}, {"excel": 2}, BAC3, {}, {"python": 3, "excel": 3}, remote_share=0.5),
    Track("Support client anglais", "multilingual_support", 2.5, 8, 7000, LANG_INSTITUTE,
          {"en": B1}, {}, BAC, {"en": B2}, {"customer_service": 3}),
    Track("Anglais professionnel intensif", "multilingual_support", 1.5, 12, 8000,
          LANG_INSTITUTE, {"en": A2}, {}, NONE, {"en": B1}, {}, remote_share=0.5),
    Track("Support client espagnol", "multilingual_support", 1.0, 8, 7000, LANG_INSTITUTE,
          {"es": B1}, {}, BAC, {"es": B2}, {"customer_service": 3}, SPANISH_BOOST),
    Track("Espagnol professionnel", "multilingual_support", 0.6, 12, 8000, LANG_INSTITUTE,
          {"es": A2}, {}, NONE, {"es": B1}, {}, SPANISH_BOOST),
    Track("Allemand professionnel pour le support", "multilingual_support", 0.5, 16, 18000,
          LANG_INSTITUTE, {"de": B1}, {}, BAC, {"de": B2}, {"customer_service": 3},
          GERMAN_BOOST),
    Track("Support client italien", "multilingual_support", 0.2, 12, 15000, LANG_INSTITUTE,
          {"it": B1}, {}, BAC, {"it": B2}, {"customer_service": 3}, remote_share=0.6),
    Track("Back-office bancaire", "back_office", 1.2, 10, 12000, BANK_CENTRE,
          {"fr": C1}, {}, BAC2, {}, {"accounting": 3, "excel": 3}),
    Track("Gestion de sinistres assurance", "back_office", 1.0, 8, 10000, BANK_CENTRE,
          {"fr": B2}, {}, BAC, {}, {"data_entry": 3, "crm": 3, "writing": 2}),
    Track("Saisie et traitement documentaire", "back_office", 1.0, 4, 3000, BANK_CENTRE,
          {"fr": B2}, {}, NONE, {}, {"data_entry": 3, "excel": 2}),
    Track("Support technique N1", "tech_support", 1.5, 8, 8000, TECH_CAMPUS,
          {"fr": B2}, {}, BAC, {}, {"troubleshooting": 3, "networking": 2}),
    Track("Support technique N2 réseaux", "tech_support", 0.6, 14, 20000, TECH_CAMPUS,
          {}, {"troubleshooting": 3}, BAC2, {}, {"troubleshooting": 4, "networking": 3},
          remote_share=0.1),
    Track("Modération de contenu", "moderation", 1.2, 5, 5000, TS_ACADEMY,
          {"fr": C1}, {}, BAC, {}, {"content_review": 3}),
    Track("Modération de contenu arabophone", "moderation", 0.7, 5, 5000, TS_ACADEMY,
          {"ar": C1}, {}, BAC, {}, {"content_review": 3, "writing": 2}),
    Track("Trust & Safety anglophone", "moderation", 0.6, 6, 7000, TS_ACADEMY,
          {"en": B2}, {}, BAC, {}, {"content_review": 3}, remote_share=0.5),
)

ROLE_TEMPLATES: tuple[RoleTemplate, ...] = (
    RoleTemplate("Annotateur·rice de données", "ai_data", 2.5, (4500, 6500),
                 {"fr": B2}, {"annotation": 2}, BAC, remote_share=0.4),
    RoleTemplate("Évaluateur·rice de modèles IA", "ai_data", 1.0, (7000, 10000),
                 {"en": B2}, {"annotation": 2, "writing": 3}, BAC2, remote_share=0.5),
    RoleTemplate("Data quality analyst", "ai_data", 0.8, (7000, 10000),
                 {"fr": B2}, {"excel": 3, "data_entry": 3}, BAC2),
    RoleTemplate("Assistant·e data analyst", "ai_data", 0.4, (9000, 12000),
                 {"fr": C1}, {"python": 2, "excel": 3}, BAC3),
    RoleTemplate("Conseiller·ère support anglophone", "multilingual_support", 2.0, (6000, 9000),
                 {"en": B2}, {"customer_service": 3}, BAC),
    RoleTemplate("Chargé·e de clientèle arabophone", "multilingual_support", 1.0, (5000, 7000),
                 {"ar": C2, "en": B1}, {"customer_service": 3}, BAC),
    RoleTemplate("Conseiller·ère support hispanophone", "multilingual_support", 1.0,
                 (6000, 8500), {"es": B2}, {"customer_service": 3}, BAC, SPANISH_BOOST),
    RoleTemplate("Téléconseiller·ère bilingue espagnol", "multilingual_support", 0.5,
                 (5000, 7000), {"es": B1, "fr": B2}, {"customer_service": 3}, NONE,
                 SPANISH_BOOST),
    RoleTemplate("Conseiller·ère support germanophone", "multilingual_support", 0.5,
                 (8000, 12000), {"de": B2}, {"customer_service": 3}, BAC, GERMAN_BOOST),
    RoleTemplate("Conseiller·ère support italophone", "multilingual_support", 0.2,
                 (7000, 10000), {"it": B2}, {"customer_service": 3}, BAC, remote_share=0.5),
    RoleTemplate("Gestionnaire back-office", "back_office", 1.3, (4500, 6500),
                 {"fr": C1}, {"data_entry": 3, "excel": 2}, BAC),
    RoleTemplate("Gestionnaire back-office bancaire", "back_office", 1.0, (6500, 9500),
                 {"fr": C1}, {"accounting": 3, "excel": 3}, BAC2, remote_share=0.05),
    RoleTemplate("Gestionnaire sinistres assurance", "back_office", 0.9, (5500, 8000),
                 {"fr": C1}, {"crm": 3, "data_entry": 3}, BAC, remote_share=0.1),
    RoleTemplate("Technicien·ne support N1", "tech_support", 1.5, (5000, 7500),
                 {"fr": B2}, {"troubleshooting": 3}, BAC),
    RoleTemplate("Technicien·ne support N2", "tech_support", 0.5, (8000, 12000),
                 {"fr": B2}, {"troubleshooting": 4, "networking": 3}, BAC2, remote_share=0.1),
    RoleTemplate("Modérateur·rice de contenu", "moderation", 1.2, (4000, 6000),
                 {"fr": C1}, {"content_review": 2}, BAC, remote_share=0.3),
    RoleTemplate("Modérateur·rice de contenu arabophone", "moderation", 0.6, (4500, 6500),
                 {"ar": C2, "fr": B2}, {"content_review": 2}, BAC, remote_share=0.3),
    RoleTemplate("Modérateur·rice de contenu anglophone", "moderation", 0.6, (5000, 7500),
                 {"en": B2}, {"content_review": 2}, BAC, remote_share=0.4),
)
