"""Interface texts of the Optimise page: run, progress, solver statuses, decisions, changes."""

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
    "solve.stage": ("Étape", "Stage"),
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
    "solve.placed_so_far": ("Placés (meilleur plan)", "Placed (best plan)"),
    "solve.bound": ("Borne (placés au plus)", "Bound (at most placed)"),
    "solve.gap": ("Écart à la borne", "Gap to bound"),
    "solve.stage_now": ("Étape : {stage}", "Stage: {stage}"),
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
    "status.optimal": ("optimal", "optimal"),
    "status.bound_reached": ("nombre de placés optimal", "placed count optimal"),
    "status.time_limit": ("meilleur plan trouvé", "best plan found"),
    "status.search_complete": ("meilleur plan trouvé", "best plan found"),
    "status.stopped": ("arrêté à votre demande", "stopped at your request"),
    "status.greedy_kept": ("plan heuristique", "heuristic plan"),
    "status.rounded_lp_kept": ("plan heuristique", "heuristic plan"),
    "status.previous_kept": ("plan précédent conservé", "previous plan kept"),
    "status.infeasible_locks": ("impossible", "infeasible"),
    "status.no_plan": ("aucun plan", "no plan"),
    "status_long.optimal": (
        "Plan optimal : {placed} placés sur {total} (prouvé) en {seconds} s.",
        "Optimal plan: {placed} placed of {total} (proven) in {seconds} s.",
    ),
    "status_long.bound_reached": (
        "{placed} placés sur {total} : c'est le maximum possible (prouvé). Les critères suivants (seniors, vœux, coût) sont les meilleurs trouvés dans le temps imparti (calcul : {seconds} s).",
        "{placed} placed of {total}: the proven maximum. The next criteria (seniors, wishes, cost) are the best found within the time limit (solved in {seconds} s).",
    ),
    "status_long.time_limit": (
        "Meilleur plan trouvé dans le temps imparti : {placed} placés sur {total} ; au plus {bound} sont plaçables (écart {gap}, {seconds} s). Un temps maximal plus long peut réduire l'écart.",
        "Best plan found within the time limit: {placed} placed of {total}; at most {bound} can be placed (gap {gap}, {seconds} s). A longer time limit may narrow the gap.",
    ),
    "status_long.search_complete": (
        "Meilleur plan trouvé parmi les parcours retenus par la relaxation linéaire : {placed} placés sur {total} ; au plus {bound} sont plaçables (écart {gap}, {seconds} s).",
        "Best plan among the pathways the linear relaxation selected: {placed} placed of {total}; at most {bound} can be placed (gap {gap}, {seconds} s).",
    ),
    "status_long.stopped": (
        "Recherche arrêtée à votre demande : {placed} placés sur {total} ; au plus {bound} sont plaçables (écart {gap}, {seconds} s).",
        "Search stopped at your request: {placed} placed of {total}; at most {bound} can be placed (gap {gap}, {seconds} s).",
    ),
    "status_long.greedy_kept": (
        "Plan heuristique (glouton) : {placed} placés sur {total}. Le solveur n'a pas amélioré ce plan dans le temps imparti (calcul : {seconds} s) ; borne supérieure : au plus {bound} personnes sont plaçables (écart {gap}). Un temps maximal plus long peut permettre au solveur de l'améliorer.",
        "Heuristic (greedy) plan: {placed} placed of {total}. The solver did not improve this plan within the time limit (solved in {seconds} s); upper bound: at most {bound} people can be placed (gap {gap}). A longer time limit may let the solver improve it.",
    ),
    "status_long.rounded_lp_kept": (
        "Plan heuristique (arrondi de la relaxation linéaire) : {placed} placés sur {total}. Le solveur n'a pas amélioré ce plan dans le temps imparti (calcul : {seconds} s) ; au plus {bound} personnes sont plaçables (écart {gap}).",
        "Heuristic plan (the linear relaxation, rounded): {placed} placed of {total}. The solver did not improve it within the time limit (solved in {seconds} s); at most {bound} people can be placed (gap {gap}).",
    ),
    "status_long.previous_kept": (
        "Plan précédent conservé, ajusté à vos décisions : {placed} placés sur {total}. Le solveur n'a pas trouvé mieux dans le temps imparti (calcul : {seconds} s) ; au plus {bound} personnes sont plaçables (écart {gap}).",
        "Previous plan kept, adjusted to your decisions: {placed} placed of {total}. The solver found no better plan within the time limit (solved in {seconds} s); at most {bound} people can be placed (gap {gap}).",
    ),
    "status_long.infeasible_locks": (
        "Les décisions imposées sont incompatibles avec les règles : aucun plan ne les respecte toutes.",
        "The imposed decisions contradict the rules: no plan respects them all.",
    ),
    "status_long.no_plan": (
        "Aucun plan trouvé dans le temps imparti ({seconds} s) : augmentez le temps maximal.",
        "No plan found within the time limit ({seconds} s): raise the time limit.",
    ),
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
    "changes.count": (
        "{count} personne(s) changent de parcours.",
        "{count} person(s) change pathway.",
    ),
    "changes.before": ("Avant", "Before"),
    "changes.after": ("Après", "After"),
    "changes.no_previous": (
        "Relancez l'optimisation après une modification pour voir qui change de parcours.",
        "Run the optimiser again after a change to see who moves.",
    ),
}
