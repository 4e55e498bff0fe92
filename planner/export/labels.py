"""Every word the exports show, in French (default) and English.

Kept in one table so a header is translated once and the tests can look headers up instead of
repeating strings. Unknown languages fall back to English.
"""

from __future__ import annotations

LANGS = ("fr", "en")

_LABELS: dict[str, tuple[str, str]] = {
    # sheet names
    "sheet_summary": ("Synthèse", "Summary"),
    "sheet_assignments": ("Affectations", "Assignments"),
    "sheet_unplaced": ("Non placés", "Unplaced"),
    "sheet_sessions": ("Sessions", "Sessions"),
    "sheet_roles": ("Postes", "Roles"),
    "sheet_arrivals": ("Arrivées", "Arrivals"),
    # columns about people
    "employee_id": ("Matricule", "Employee ID"),
    "pseudonym": ("Pseudonyme", "Pseudonym"),
    "name": ("Nom", "Name"),
    "site": ("Site", "Site"),
    "tenure": ("Ancienneté (ans)", "Tenure (years)"),
    "senior": ("Senior", "Senior"),
    "mobile": ("Mobilité", "Mobile"),
    "languages": ("Langues", "Languages"),
    "wishes": ("Vœux", "Wishes"),
    "wish_fulfilled": ("Vœu satisfait", "Wish fulfilled"),
    "reason_code": ("Motif", "Reason"),
    "reason": ("Explication", "Explanation"),
    # columns about sessions and roles
    "cohort_id": ("Session", "Session"),
    "track": ("Formation", "Track"),
    "family": ("Filière", "Family"),
    "provider": ("Organisme de formation", "Training provider"),
    "cohort_site": ("Site de la session", "Session site"),
    "start": ("Début", "Start"),
    "end": ("Fin", "End"),
    "duration": ("Durée (semaines)", "Duration (weeks)"),
    "seats": ("Places", "Seats"),
    "seats_used": ("Places occupées", "Seats used"),
    "min_size": ("Effectif minimum", "Minimum size"),
    "running": ("Ouverte", "Running"),
    "cost_per_seat": ("Coût par place (MAD)", "Cost per seat (MAD)"),
    "fixed_cost": ("Coût d'ouverture (MAD)", "Fixed cost (MAD)"),
    "total_cost": ("Coût total (MAD)", "Total cost (MAD)"),
    "seat_cost": ("Coût de la place (MAD)", "Seat cost (MAD)"),
    "role_id": ("Poste", "Role"),
    "title": ("Intitulé", "Title"),
    "role_site": ("Site du poste", "Role site"),
    "role_start": ("Prise de poste", "Role start"),
    "openings": ("Postes ouverts", "Openings"),
    "filled": ("Pourvus", "Filled"),
    "via_session": ("Après formation", "After training"),
    "direct": ("Redéploiement direct", "Direct redeployment"),
    "remaining": ("Restants", "Remaining"),
    "salary": ("Salaire mensuel (MAD)", "Monthly salary (MAD)"),
    "arrival": ("Date d'arrivée", "Arrival date"),
    "origin_site": ("Site d'origine", "Home site"),
    "session_end": ("Fin de formation", "Training ends"),
    "trainees": ("Stagiaires", "Trainees"),
    # summary sheet
    "indicator": ("Indicateur", "Indicator"),
    "value": ("Valeur", "Value"),
    "section_result": ("Résultat", "Result"),
    "section_settings": ("Paramètres utilisés", "Settings used"),
    "status": ("Statut du solveur", "Solver status"),
    "message": ("Message", "Message"),
    "termination": ("Fin de la recherche", "How the search ended"),
    "employees": ("Salariés", "Employees"),
    "placed": ("Placés", "Placed"),
    "unplaced": ("Non placés", "Unplaced"),
    "upper_bound": ("Borne supérieure prouvée des placés", "Proven upper bound on placed"),
    "gap": ("Écart à la borne", "Gap to the bound"),
    "seniors": ("Seniors", "Seniors"),
    "seniors_placed": ("Seniors placés", "Seniors placed"),
    "wish_score": ("Score des vœux", "Wish score"),
    "wishes_fulfilled": ("Personnes placées selon un vœu", "People placed on a wish"),
    "cost": ("Coût du plan (MAD)", "Plan cost (MAD)"),
    "budget": ("Budget (MAD)", "Budget (MAD)"),
    "budget_left": ("Budget restant (MAD)", "Budget left (MAD)"),
    "no_limit": ("sans limite", "no limit"),
    "sessions_run": ("Sessions ouvertes", "Sessions running"),
    "sessions_offered": ("Sessions proposées", "Sessions offered"),
    "seats_total": ("Places proposées", "Seats offered"),
    "openings_filled": ("Postes pourvus", "Openings filled"),
    "direct_total": (
        "Redéploiements directs (sans formation)",
        "Direct redeployments (no training)",
    ),
    "solve_seconds": ("Durée de résolution (s)", "Solve time (s)"),
    "plan_date": ("Date du plan", "Plan date"),
    "seniority_years": ("Seuil senior (ans d'ancienneté)", "Senior threshold (years of tenure)"),
    "objective": ("Objectif", "Objective"),
    "objective_lex": (
        "placer le plus, puis seniors, puis vœux, puis coût",
        "place the most, then seniors, then wishes, then cost",
    ),
    "objective_weighted": (
        "pondéré (placement {placed}, senior {senior}, vœu {wish})",
        "weighted (placed {placed}, senior {senior}, wish {wish})",
    ),
    "pseudonymised": ("Export pseudonymisé", "Pseudonymised export"),
    "conflicts": ("Conflits", "Conflicts"),
    # values
    "yes": ("oui", "yes"),
    "no": ("non", "no"),
    "wish_rank": ("oui (vœu {rank})", "yes (wish {rank})"),
    "no_wish": ("aucun vœu exprimé", "no wish stated"),
    "no_provider": ("sans organisme", "no provider"),
    "code_placed": ("placé", "placed"),
    "code_locked": ("parcours fixé par l'utilisateur", "pathway fixed by the user"),
    "code_no_admissible_pathway": ("aucun parcours admissible", "no admissible pathway"),
    "code_all_banned": (
        "tous les parcours admissibles sont exclus",
        "every admissible pathway is excluded",
    ),
    "code_outcompeted": (
        "devancé (places, postes ou budget)",
        "outcompeted (seats, openings or budget)",
    ),
    # files
    "arrivals_file": ("arrivees_par_poste", "arrivals_by_role"),
    "key_table_file": ("table_de_correspondance", "pseudonym_key_table"),
}


def label(key: str, lang: str = "fr", **values: object) -> str:
    """The text of ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    french, english = _LABELS[key]
    text = french if lang == "fr" else english
    return text.format(**values) if values else text


def labels(keys: list[str] | tuple[str, ...], lang: str = "fr") -> list[str]:
    """Several labels at once, e.g. a table's header row."""
    return [label(key, lang) for key in keys]
