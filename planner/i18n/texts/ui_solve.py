"""Interface texts of the Optimise page: run, progress, decisions and their changes."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "solve.title": ("Optimisation", "Optimise"),
    "solve.intro": (
        "{employees} collaborateurs, {cohorts} sessions, {roles} postes, budget {budget}.",
        "{employees} employees, {cohorts} sessions, {roles} roles, budget {budget}.",
    ),
    "solve.time_limit": ("Temps maximal (secondes)", "Time limit (seconds)"),
    "solve.time_limit_help": (
        "Au-delà, le meilleur plan trouvé est conservé avec sa borne prouvée.",
        "When reached, the best plan found is kept with its proven bound.",
    ),
    "solve.stay_close": ("Repartir du plan précédent", "Start from the previous plan"),
    "solve.stay_close_help": (
        "Change le moins de parcours possible par rapport au plan actuel.",
        "Changes as few pathways as possible compared with the current plan.",
    ),
    "solve.start": ("Lancer l'optimisation", "Run the optimiser"),
    "solve.resolve": ("Relancer l'optimisation", "Run the optimiser again"),
    "solve.running": (
        "Recherche en cours : {seconds} s sur {limit} s",
        "Searching: {seconds} s of {limit} s",
    ),
    "solve.preparing": (
        "Construction du modèle et recherche d'un premier plan… Sur un gros fichier, cette étape peut occuper tout le temps imparti : un plan heuristique est alors conservé.",
        "Building the model and seeking a first plan… On a big file this can take the whole time limit: a heuristic plan is then kept.",
    ),
    "solve.explaining": (
        "Plan obtenu en {seconds} s : préparation des explications individuelles…",
        "Plan ready in {seconds} s: preparing the person-by-person explanations…",
    ),
    "solve.stopping_help": (
        "Arrêt demandé : la recherche s'arrête au prochain plan trouvé, ou au plus tard à la fin du temps imparti.",
        "Stop requested: the search stops at the next plan found, or at the latest when the time limit is reached.",
    ),
    "solve.solutions": ("Plans trouvés", "Plans found"),
    "solve.bound": ("Borne (placés au plus)", "Bound (at most placed)"),
    "solve.gap": ("Écart à la borne", "Gap to bound"),
    "solve.stop": ("Arrêter et garder le meilleur plan", "Stop and keep the best plan"),
    "solve.stopping": ("Arrêt en cours…", "Stopping…"),
    "solve.failed": ("L'optimisation a échoué : {error}", "The optimiser failed: {error}"),
    "solve.explain_failed": (
        "Plan obtenu, mais les explications individuelles sont indisponibles : {error}",
        "Plan found, but the individual explanations are unavailable: {error}",
    ),
    "solve.see_review": ("Voir les résultats", "See the results"),
    "stage.ranked": (
        "nombre de placés, puis seniors, puis vœux",
        "number placed, then seniors, then wishes",
    ),
    "stage.weighted": ("objectif pondéré", "weighted objective"),
    "stage.floor": ("plan de référence (ancienneté d'abord)", "reference plan (tenure first)"),
    "stage.lp": (
        "relaxation linéaire (borne et parcours)",
        "linear relaxation (bound and pathways)",
    ),
    "stage.placed": ("nombre de placés", "number placed"),
    "stage.seniors": ("seniors placés", "seniors placed"),
    "stage.wishes": ("vœux", "wishes"),
    "stage.stay": ("stabilité par rapport au plan précédent", "closeness to the previous plan"),
    "stage.cost": ("coût", "cost"),
    "edit.title": ("Décisions à respecter ({count})", "Decisions to respect ({count})"),
    "edit.none": (
        "Aucune décision : verrouillez ou interdisez des parcours depuis la fiche individuelle.",
        "No decisions: lock or forbid pathways from the person page.",
    ),
    "edit.lock_item": (
        "**{employee}** : parcours imposé {pathway}",
        "**{employee}**: pathway imposed {pathway}",
    ),
    "edit.ban_item": ("**{employee}** : {what}", "**{employee}**: {what}"),
    "edit.ban_pathway": ("parcours interdit {pathway}", "pathway forbidden {pathway}"),
    "edit.ban_cohort": ("session {cohort} interdite", "session {cohort} forbidden"),
    "edit.ban_role": ("poste {role} interdit", "role {role} forbidden"),
    "edit.remove": ("Retirer", "Remove"),
    "changes.title": ("Changements", "Changes"),
    "changes.none": ("Aucun parcours n'a changé.", "No pathway changed."),
    "changes.before": ("Avant", "Before"),
    "changes.after": ("Après", "After"),
    "changes.no_previous": (
        "Relancez l'optimisation après une modification pour voir qui change de parcours.",
        "Run the optimiser again after a change to see who moves.",
    ),
}
