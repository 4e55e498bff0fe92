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
    "Casablanca": 0.40,
    "Rabat": 0.14,
    "Fès": 0.08,
    "Marrakech": 0.08,
    "Tanger": 0.08,
    "Agadir": 0.06,
    "Tétouan": 0.04,
    "Meknès": 0.035,
    "Oujda": 0.03,
    "Kénitra": 0.03,
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
    """A kind of open role; many role rows (employers, sites) are drawn from each.

    ``feeders`` name the tracks designed to lead to it; ``direct`` says whether a fair share
    of agents already qualify without training (then the role may start before sessions end;
    otherwise it starts after a feeder session, or nobody could take it).
    """

    title: str
    family: str
    weight: float  # share of openings
    salary: tuple[int, int]  # monthly range, MAD
    feeders: tuple[str, ...]
    direct: bool
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

ANNOTATION = "Annotation de données IA"
AI_TRAINING = "Entraînement et évaluation de modèles IA"
DATA_QUALITY = "Qualité des données"
PYTHON = "Python pour l'analyse de données"
EN_SUPPORT = "Support client anglais"
EN_INTENSIVE = "Anglais professionnel intensif"
ES_SUPPORT = "Support client espagnol"
ES_PRO = "Espagnol professionnel"
DE_SUPPORT = "Allemand professionnel pour le support"
IT_SUPPORT = "Support client italien"
BANKING = "Back-office bancaire"
CLAIMS = "Gestion de sinistres assurance"
DOCUMENTS = "Saisie et traitement documentaire"
TECH_N1 = "Support technique N1"
TECH_N2 = "Support technique N2 réseaux"
MODERATION = "Modération de contenu"
MODERATION_AR = "Modération de contenu arabophone"
TRUST_SAFETY = "Trust & Safety anglophone"

TRACKS: tuple[Track, ...] = (
    Track(
        ANNOTATION,
        "ai_data",
        3.0,
        6,
        6000,
        DATA_ACADEMY,
        {"fr": B2},
        {},
        BAC,
        {},
        {"annotation": 3, "data_entry": 3},
        remote_share=0.4,
    ),
    Track(
        AI_TRAINING,
        "ai_data",
        1.5,
        10,
        14000,
        DATA_ACADEMY,
        {"en": B1},
        {},
        BAC2,
        {"en": B2},
        {"annotation": 3, "writing": 3},
        remote_share=0.4,
    ),
    Track(
        DATA_QUALITY,
        "ai_data",
        1.2,
        8,
        9000,
        DATA_ACADEMY,
        {"fr": B2},
        {},
        BAC2,
        {},
        {"excel": 3, "data_entry": 3},
    ),
    Track(
        PYTHON,
        "ai_data",
        0.6,
        16,
        25000,
        DATA_ACADEMY,
        {},
        {"excel": 2},
        BAC3,
        {},
        {"python": 3, "excel": 3},
        remote_share=0.5,
    ),
    Track(
        EN_SUPPORT,
        "multilingual_support",
        2.5,
        8,
        7000,
        LANG_INSTITUTE,
        {"en": B1},
        {},
        BAC,
        {"en": B2},
        {"customer_service": 3},
    ),
    Track(
        EN_INTENSIVE,
        "multilingual_support",
        1.5,
        12,
        8000,
        LANG_INSTITUTE,
        {"en": A2},
        {},
        NONE,
        {"en": B1},
        {},
        remote_share=0.5,
    ),
    Track(
        ES_SUPPORT,
        "multilingual_support",
        1.0,
        8,
        7000,
        LANG_INSTITUTE,
        {"es": B1},
        {},
        BAC,
        {"es": B2},
        {"customer_service": 3},
        SPANISH_BOOST,
    ),
    Track(
        ES_PRO,
        "multilingual_support",
        0.6,
        12,
        8000,
        LANG_INSTITUTE,
        {"es": A2},
        {},
        NONE,
        {"es": B1},
        {},
        SPANISH_BOOST,
    ),
    Track(
        DE_SUPPORT,
        "multilingual_support",
        0.5,
        16,
        18000,
        LANG_INSTITUTE,
        {"de": B1},
        {},
        BAC,
        {"de": B2},
        {"customer_service": 3},
        GERMAN_BOOST,
    ),
    Track(
        IT_SUPPORT,
        "multilingual_support",
        0.2,
        12,
        15000,
        LANG_INSTITUTE,
        {"it": B1},
        {},
        BAC,
        {"it": B2},
        {"customer_service": 3},
        remote_share=0.6,
    ),
    Track(
        BANKING,
        "back_office",
        1.2,
        10,
        12000,
        BANK_CENTRE,
        {"fr": C1},
        {},
        BAC2,
        {},
        {"accounting": 3, "excel": 3},
    ),
    Track(
        CLAIMS,
        "back_office",
        1.0,
        8,
        10000,
        BANK_CENTRE,
        {"fr": B2},
        {},
        BAC,
        {},
        {"data_entry": 3, "crm": 3, "writing": 2},
    ),
    Track(
        DOCUMENTS,
        "back_office",
        1.0,
        4,
        3000,
        BANK_CENTRE,
        {"fr": B2},
        {},
        NONE,
        {},
        {"data_entry": 3, "excel": 2},
    ),
    Track(
        TECH_N1,
        "tech_support",
        1.5,
        8,
        8000,
        TECH_CAMPUS,
        {"fr": B2},
        {},
        BAC,
        {},
        {"troubleshooting": 3, "networking": 2},
    ),
    Track(
        TECH_N2,
        "tech_support",
        0.6,
        14,
        20000,
        TECH_CAMPUS,
        {},
        {"troubleshooting": 3},
        BAC2,
        {},
        {"troubleshooting": 4, "networking": 3},
        remote_share=0.1,
    ),
    Track(
        MODERATION,
        "moderation",
        1.2,
        5,
        5000,
        TS_ACADEMY,
        {"fr": C1},
        {},
        BAC,
        {},
        {"content_review": 3},
    ),
    Track(
        MODERATION_AR,
        "moderation",
        0.7,
        5,
        5000,
        TS_ACADEMY,
        {"ar": C1},
        {},
        BAC,
        {},
        {"content_review": 3, "writing": 2},
    ),
    Track(
        TRUST_SAFETY,
        "moderation",
        0.6,
        6,
        7000,
        TS_ACADEMY,
        {"en": B2},
        {},
        BAC,
        {},
        {"content_review": 3},
        remote_share=0.5,
    ),
)

MULTI = "multilingual_support"
ROLE_TEMPLATES: tuple[RoleTemplate, ...] = (
    RoleTemplate(
        "Annotateur·rice de données",
        "ai_data",
        2.5,
        (4500, 6500),
        (ANNOTATION,),
        False,
        {"fr": B2},
        {"annotation": 2},
        BAC,
        remote_share=0.4,
    ),
    RoleTemplate(
        "Évaluateur·rice de modèles IA",
        "ai_data",
        1.0,
        (7000, 10000),
        (AI_TRAINING,),
        False,
        {"en": B2},
        {"annotation": 2, "writing": 3},
        BAC2,
        remote_share=0.5,
    ),
    RoleTemplate(
        "Data quality analyst",
        "ai_data",
        0.8,
        (7000, 10000),
        (DATA_QUALITY,),
        False,
        {"fr": B2},
        {"excel": 3, "data_entry": 3},
        BAC2,
    ),
    RoleTemplate(
        "Assistant·e data analyst",
        "ai_data",
        0.4,
        (9000, 12000),
        (PYTHON,),
        False,
        {"fr": C1},
        {"python": 2, "excel": 3},
        BAC3,
    ),
    RoleTemplate(
        "Conseiller·ère support anglophone",
        MULTI,
        2.0,
        (6000, 9000),
        (EN_SUPPORT,),
        True,
        {"en": B2},
        {"customer_service": 3},
        BAC,
    ),
    RoleTemplate(
        "Chargé·e de clientèle arabophone",
        MULTI,
        1.0,
        (5000, 7000),
        (EN_SUPPORT, EN_INTENSIVE),
        True,
        {"ar": C2, "en": B1},
        {"customer_service": 3},
        BAC,
    ),
    RoleTemplate(
        "Conseiller·ère support hispanophone",
        MULTI,
        1.0,
        (6000, 8500),
        (ES_SUPPORT,),
        True,
        {"es": B2},
        {"customer_service": 3},
        BAC,
        SPANISH_BOOST,
    ),
    RoleTemplate(
        "Téléconseiller·ère bilingue espagnol",
        MULTI,
        0.5,
        (5000, 7000),
        (ES_PRO, ES_SUPPORT),
        True,
        {"es": B1, "fr": B2},
        {"customer_service": 3},
        NONE,
        SPANISH_BOOST,
    ),
    RoleTemplate(
        "Conseiller·ère support germanophone",
        MULTI,
        0.5,
        (8000, 12000),
        (DE_SUPPORT,),
        False,
        {"de": B2},
        {"customer_service": 3},
        BAC,
        GERMAN_BOOST,
    ),
    RoleTemplate(
        "Conseiller·ère support italophone",
        MULTI,
        0.2,
        (7000, 10000),
        (IT_SUPPORT,),
        False,
        {"it": B2},
        {"customer_service": 3},
        BAC,
        remote_share=0.5,
    ),
    RoleTemplate(
        "Gestionnaire back-office",
        "back_office",
        1.3,
        (4500, 6500),
        (DOCUMENTS,),
        True,
        {"fr": C1},
        {"data_entry": 3, "excel": 2},
        BAC,
    ),
    RoleTemplate(
        "Gestionnaire back-office bancaire",
        "back_office",
        1.0,
        (6500, 9500),
        (BANKING,),
        False,
        {"fr": C1},
        {"accounting": 3, "excel": 3},
        BAC2,
        remote_share=0.05,
    ),
    RoleTemplate(
        "Gestionnaire sinistres assurance",
        "back_office",
        0.9,
        (5500, 8000),
        (CLAIMS,),
        False,
        {"fr": C1},
        {"crm": 3, "data_entry": 3},
        BAC,
        remote_share=0.1,
    ),
    RoleTemplate(
        "Technicien·ne support N1",
        "tech_support",
        1.5,
        (5000, 7500),
        (TECH_N1,),
        True,
        {"fr": B2},
        {"troubleshooting": 3},
        BAC,
    ),
    RoleTemplate(
        "Technicien·ne support N2",
        "tech_support",
        0.5,
        (8000, 12000),
        (TECH_N2,),
        False,
        {"fr": B2},
        {"troubleshooting": 4, "networking": 3},
        BAC2,
        remote_share=0.1,
    ),
    RoleTemplate(
        "Modérateur·rice de contenu",
        "moderation",
        1.2,
        (4000, 6000),
        (MODERATION, MODERATION_AR),
        False,
        {"fr": C1},
        {"content_review": 2},
        BAC,
        remote_share=0.3,
    ),
    RoleTemplate(
        "Modérateur·rice de contenu arabophone",
        "moderation",
        0.6,
        (4500, 6500),
        (MODERATION_AR, MODERATION),
        False,
        {"ar": C2, "fr": B2},
        {"content_review": 2},
        BAC,
        remote_share=0.3,
    ),
    RoleTemplate(
        "Modérateur·rice de contenu anglophone",
        "moderation",
        0.6,
        (5000, 7500),
        (TRUST_SAFETY, MODERATION),
        False,
        {"en": B2},
        {"content_review": 2},
        BAC,
        remote_share=0.4,
    ),
)
