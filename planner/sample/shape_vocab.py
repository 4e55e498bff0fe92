"""Words of the shape-parameterised workbooks: cities, skill codes, languages, tracks, titles.

Kept apart from ``tracks.py`` on purpose: the shape generator must not inherit the classic
sample's catalogue, only the sector's vocabulary (its cities, families and trades).
"""

from __future__ import annotations

import zlib

import numpy as np

FAMILIES = ("ai_data", "multilingual_support", "back_office", "tech_support", "moderation")

# Ordered by how common a city's contact centres are; a shape takes the first ``sites``.
CITIES = (
    "Casablanca",
    "Rabat",
    "Fès",
    "Marrakech",
    "Tanger",
    "Agadir",
    "Oujda",
    "Meknès",
    "Tétouan",
    "Kénitra",
    "El Jadida",
    "Nador",
    "Laâyoune",
    "Béni Mellal",
    "Safi",
    "Mohammedia",
    "Salé",
    "Settat",
    "Khouribga",
    "Errachidia",
    "Dakhla",
    "Essaouira",
    "Taza",
    "Ouarzazate",
)
NORTH = ("Tanger", "Tétouan", "Nador")

# (code, family it is trained for; None = a contact-centre skill many agents already hold).
# A shape with ``skill_codes = k`` uses the first k; the order mixes both kinds early.
SKILL_POOL: tuple[tuple[str, str | None], ...] = (
    ("customer_service", None),
    ("annotation", "ai_data"),
    ("troubleshooting", "tech_support"),
    ("claims_handling", "back_office"),
    ("content_review", "moderation"),
    ("crm", None),
    ("sales", None),
    ("written_support", "multilingual_support"),
    ("data_entry", "back_office"),
    ("excel", None),
    ("networking", "tech_support"),
    ("llm_evaluation", "ai_data"),
    ("policy_knowledge", "moderation"),
    ("accounting", "back_office"),
    ("chat_support", "multilingual_support"),
    ("negotiation", None),
    ("python", "ai_data"),
    ("itsm_ticketing", "tech_support"),
    ("kyc", "back_office"),
    ("fact_checking", "moderation"),
    ("active_listening", None),
    ("sql", "ai_data"),
    ("telecom_products", "tech_support"),
    ("document_processing", "back_office"),
    ("social_media", "moderation"),
    ("complaint_handling", "multilingual_support"),
    ("debt_collection", None),
    ("prompt_writing", "ai_data"),
    ("linux", "tech_support"),
    ("erp", "back_office"),
    ("resilience", "moderation"),
    ("typing", None),
    ("upselling", None),
    ("data_labeling_qa", "ai_data"),
    ("windows_admin", "tech_support"),
    ("insurance_products", "back_office"),
    ("osint", "moderation"),
    ("email_writing", "multilingual_support"),
    ("appointment_setting", None),
    ("scripting", None),
)

# Foreign languages beside French and Arabic: (code, label, share of agents who speak it
# relative to the shape's ``foreign_share``, typical level when spoken). A shape takes the
# first ``languages``; Tamazight (zgh) is a mother tongue when spoken.
FOREIGN = (
    ("en", "Anglais", 1.4, 3.0),
    ("es", "Espagnol", 0.6, 2.6),
    ("de", "Allemand", 0.2, 2.4),
    ("it", "Italien", 0.15, 2.4),
    ("zgh", "Tamazight", 0.5, 6.0),
    ("pt", "Portugais", 0.08, 2.2),
    ("nl", "Néerlandais", 0.06, 2.2),
    ("ru", "Russe", 0.03, 2.0),
)

TRACK_NAMES = {
    "ai_data": (
        "Annotation d'images et de textes",
        "Évaluation de réponses d'IA",
        "Étiquetage audio",
        "Contrôle qualité des jeux de données",
        "Initiation Python et SQL",
        "Rédaction de prompts",
        "Vérification de transcriptions",
    ),
    "multilingual_support": ("relation client", "intensif", "support technique", "commercial"),
    "back_office": (
        "Gestion administrative bancaire",
        "Souscription assurance",
        "Conformité KYC",
        "Traitement de factures",
        "Comptabilité fournisseurs",
        "Dématérialisation documentaire",
    ),
    "tech_support": (
        "Helpdesk niveau 1",
        "Réseaux et box internet",
        "Support poste de travail",
        "ITIL et ticketing",
        "Support mobile et télécom",
        "Support applicatif SaaS",
    ),
    "moderation": (
        "Modération de contenus",
        "Vérification des faits",
        "Politiques des plateformes",
        "Veille réseaux sociaux",
        "Protection des mineurs en ligne",
    ),
}
TITLES = {
    "ai_data": ("Annotateur·rice", "Évaluateur·rice IA", "Analyste qualité données"),
    "multilingual_support": ("Conseiller·ère support", "Chargé·e de clientèle", "Agent·e chat"),
    "back_office": ("Gestionnaire back-office", "Chargé·e KYC", "Assistant·e comptable"),
    "tech_support": ("Technicien·ne helpdesk", "Technicien·ne réseau", "Support applicatif"),
    "moderation": ("Modérateur·rice", "Analyste trust and safety", "Fact-checker"),
}
PROVIDERS = {
    "ai_data": "Atlas Digital Skills",
    "multilingual_support": "Maroc Langues Pro",
    "back_office": "Académie Banque Assurance",
    "tech_support": "Helpdesk Institute",
    "moderation": "SafeWeb Academy",
}
# (label, share of agents, skill codes it raises by one level)
ACTIVITIES = (
    ("Télévente", 0.34, ("sales", "upselling", "negotiation")),
    ("Prise de rendez-vous", 0.14, ("appointment_setting", "crm")),
    ("Hotline", 0.16, ("troubleshooting", "customer_service")),
    ("Recouvrement amiable", 0.10, ("debt_collection", "negotiation")),
    ("Service après-vente", 0.16, ("customer_service", "complaint_handling", "crm")),
    ("Enquêtes téléphoniques", 0.10, ("typing", "data_entry")),
)


def track_name(family: str, index: int, language_label: str | None) -> str:
    """The ``index``-th track name of a family, numbered once the family's names run out."""
    names = TRACK_NAMES[family]
    base = names[index % len(names)]
    if family == "multilingual_support":
        base = f"{language_label or 'Français'} {base}"
    rank = index // len(names)
    return base if rank == 0 else f"{base} {rank + 1}"


def stream(seed: int, *keys: str | int) -> np.random.Generator:
    """An independent generator for one block of draws (a column of people, one row).

    Keyed by names rather than drawn in sequence, so turning one knob (more languages, more
    remote sessions) changes only the draws it governs: shapes that differ by one knob are
    the same workbook apart from that knob.
    """
    words = tuple(k if isinstance(k, int) else zlib.crc32(k.encode()) for k in keys)
    return np.random.default_rng(np.random.SeedSequence(seed, spawn_key=words))


def pick(weights: np.ndarray, u: float) -> int:
    """Index drawn from ``weights`` by one uniform ``u`` (inverse of the cumulative share)."""
    cumulative = np.cumsum(weights) / np.sum(weights)
    return min(int(np.searchsorted(cumulative, u, side="right")), len(weights) - 1)
