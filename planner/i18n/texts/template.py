"""The read-me sheet of the empty import template: one topic and its explanation per row."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "template.sheet": ("Lisez-moi", "Read me"),
    "template.title": (
        "Modèle d'import — planificateur de reconversion",
        "Import template — reconversion planner",
    ),
    "template.sheets": ("Feuilles", "Sheets"),
    "template.sheets.text": (
        "Collaborateurs, Sessions, Postes (obligatoires) et Paramètres (facultatif). Une ligne par collaborateur, par session de formation, par poste. Remplacez les lignes d'exemple ; les en-têtes peuvent être en français ou en anglais, dans n'importe quel ordre.",
        "employees, cohorts, roles (required) and settings (optional). One row per employee, per training session, per role. Replace the example rows; headers may be in English or French, in any order.",
    ),
    "template.employee_id": ("Matricule", "employee_id"),
    "template.employee_id.text": (
        "Texte unique, conservé tel quel (zéros en tête compris).",
        "Unique text, kept exactly as written (leading zeros too).",
    ),
    "template.languages": ("Langues", "languages"),
    "template.languages.text": (
        "Liste « code:niveau » séparée par des points-virgules, niveaux CECRL A1 < A2 < B1 < B2 < C1 < C2 : « fr:C1; ar:C2; en:B1 ». « natif » ou « langue maternelle » = C2 ; une langue absente = aucun niveau.",
        'List of code:level separated by semicolons, CEFR levels A1 < A2 < B1 < B2 < C1 < C2: "fr:C1; ar:C2; en:B1". "native" = C2; a missing language means no level.',
    ),
    "template.skills": ("Compétences", "skills"),
    "template.skills.text": (
        "Liste « code:niveau » de 0 à 5 : « customer_service:4; crm:3 ». Une compétence absente vaut 0.",
        'List of code:level from 0 to 5: "customer_service:4; crm:3". A missing skill is 0.',
    ),
    "template.education": ("Niveau d'études", "education"),
    "template.education.text": (
        "none < bac < bac+2 < bac+3 < bac+5 (none = sans diplôme). Vide dans Sessions ou Postes = aucune exigence.",
        "none < bac < bac+2 < bac+3 < bac+5 (none = no diploma). Empty in cohorts or roles = no requirement.",
    ),
    "template.mobile": ("Mobilité", "mobile"),
    "template.mobile.text": (
        "oui / non (ou 1 / 0). Vide = non. Une personne mobile peut suivre une session ou prendre un poste dans une autre ville.",
        "yes / no (or 1 / 0). Empty = no. A mobile person may attend a session or take a role in another city.",
    ),
    "template.wishes": ("Vœux", "wishes"),
    "template.wishes.text": (
        "Filières ou formations par ordre de préférence, séparées par des points-virgules : « ai_data; back_office ». Filières : ai_data, multilingual_support, back_office, tech_support, moderation.",
        'Families or track names in order of preference, separated by semicolons: "ai_data; back_office". Families: ai_data, multilingual_support, back_office, tech_support, moderation.',
    ),
    "template.site": ("Site", "site"),
    "template.site.text": (
        "Ville (Casablanca, Rabat, Fès…). Pour une session ou un poste à distance, écrivez « distanciel » (ou « remote »).",
        'City (Casablanca, Rabat, Fès…). For a remote session or role write "remote" (or "distanciel").',
    ),
    "template.dates": ("Dates", "dates"),
    "template.dates.text": (
        "Vraies dates Excel (jj/mm/aaaa). Une session doit finir (début + durée) au plus tard à la prise de poste ; date vide = pas de contrainte.",
        "Real Excel dates. A session must end (start + duration) on or before the role's start date; an empty date means no constraint.",
    ),
    "template.prereq": ("Prérequis / Acquis", "prereq / grants"),
    "template.prereq.text": (
        "Prérequis : niveaux exigés pour entrer en session. Acquis : niveaux atteints à la fin ; chaque niveau devient le plus haut des deux.",
        "prereq_*: levels needed to enter a session. grants_*: levels reached at its end; each level becomes the higher of the two.",
    ),
    "template.costs": ("Coûts", "costs"),
    "template.costs.text": (
        "En dirhams (MAD) : coût par place, et coût d'ouverture payé une fois si la session a lieu. Effectif minimum : la session n'a lieu qu'avec au moins ce nombre.",
        "In dirhams (MAD): cost per seat, and fixed cost paid once if the session runs. min_size: the session runs only with at least that many people.",
    ),
    "template.settings": ("Paramètres", "settings"),
    "template.settings.text": (
        "Budget (MAD) : vide = sans limite. Date de début du plan. Ancienneté senior (ans) : 10 par défaut ; les anciens sont favorisés à placement égal.",
        "budget_mad: empty = no limit. plan_start_date. seniority_years: 10 by default; seniors are favoured when placement is equal.",
    ),
    "template.gender": ("Genre", "gender"),
    "template.gender.text": (
        "Facultatif, uniquement pour les statistiques d'équité ; jamais utilisé pour décider.",
        "Optional, for equity reporting only; never used to decide.",
    ),
}
