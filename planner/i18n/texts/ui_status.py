"""How a plan's status, a solve's progress and a decision's effect are worded.

The status texts serve every place a plan's status appears (app, terminal, summary.json, plan
workbook, scenario list, comparison) through ``planner.i18n.status``, so they are worded once.
"""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "plan_status.optimal": ("optimal (prouvé)", "optimal (proven)"),
    "plan_status.bound_reached": (
        "nombre de placés optimal (prouvé)",
        "number placed optimal (proven)",
    ),
    "plan_status.time_limit": ("meilleur plan trouvé, {gap}", "best plan found, {gap}"),
    "plan_status.search_complete": ("meilleur plan trouvé, {gap}", "best plan found, {gap}"),
    "plan_status.stopped": ("arrêté à votre demande, {gap}", "stopped at your request, {gap}"),
    "plan_status.greedy_kept": (
        "plan de départ conservé (glouton), {gap}",
        "starting plan kept (greedy), {gap}",
    ),
    "plan_status.rounded_lp_kept": (
        "plan de départ conservé (relaxation linéaire arrondie), {gap}",
        "starting plan kept (rounded linear relaxation), {gap}",
    ),
    "plan_status.previous_kept": (
        "plan de départ conservé (plan précédent), {gap}",
        "starting plan kept (previous plan), {gap}",
    ),
    "plan_status.infeasible_locks": (
        "impossible : décisions incompatibles",
        "infeasible: conflicting decisions",
    ),
    "plan_status.no_plan": ("aucun plan", "no plan"),
    "plan_gap.none": ("nombre de placés optimal", "number placed optimal"),
    "plan_gap.one": ("écart ≤ 1 personne ({percent})", "gap ≤ 1 person ({percent})"),
    "plan_gap.some": (
        "écart ≤ {count} personnes ({percent})",
        "gap ≤ {count} people ({percent})",
    ),
    "plan_detail.optimal": (
        "{placed} placés sur {total} ; seniors, vœux et coût sont aussi optimaux (calcul : {seconds} s).",
        "{placed} placed of {total}; seniors, wishes and cost are optimal too (solved in {seconds} s).",
    ),
    "plan_detail.bound_reached": (
        "{placed} placés sur {total}, le maximum possible ; seniors, vœux et coût sont les meilleurs trouvés dans le temps imparti (calcul : {seconds} s).",
        "{placed} placed of {total}, the most possible; seniors, wishes and cost are the best found within the time limit (solved in {seconds} s).",
    ),
    "plan_detail.time_limit": (
        "{placed} placés sur {total}, au plus {bound} plaçables (calcul : {seconds} s). Un temps maximal plus long peut réduire l'écart.",
        "{placed} placed of {total}, at most {bound} can be placed (solved in {seconds} s). A longer time limit may narrow the gap.",
    ),
    "plan_detail.search_complete": (
        "{placed} placés sur {total}, au plus {bound} plaçables : la recherche parmi les parcours retenus par la relaxation linéaire est terminée (calcul : {seconds} s).",
        "{placed} placed of {total}, at most {bound} can be placed: the search among the pathways the linear relaxation selected is complete (solved in {seconds} s).",
    ),
    "plan_detail.stopped": (
        "{placed} placés sur {total}, au plus {bound} plaçables (calcul : {seconds} s).",
        "{placed} placed of {total}, at most {bound} can be placed (solved in {seconds} s).",
    ),
    "plan_detail.greedy_kept": (
        "{placed} placés sur {total}, au plus {bound} plaçables : le solveur n'a pas amélioré ce plan glouton dans le temps imparti (calcul : {seconds} s). Un temps maximal plus long peut permettre de l'améliorer.",
        "{placed} placed of {total}, at most {bound} can be placed: the solver did not improve this greedy plan within the time limit (solved in {seconds} s). A longer time limit may let it improve.",
    ),
    "plan_detail.rounded_lp_kept": (
        "{placed} placés sur {total}, au plus {bound} plaçables : le solveur n'a pas amélioré l'arrondi de la relaxation linéaire dans le temps imparti (calcul : {seconds} s).",
        "{placed} placed of {total}, at most {bound} can be placed: the solver did not improve the rounded linear relaxation within the time limit (solved in {seconds} s).",
    ),
    "plan_detail.previous_kept": (
        "{placed} placés sur {total}, au plus {bound} plaçables : le plan précédent, ajusté à vos décisions, n'a pas été amélioré dans le temps imparti (calcul : {seconds} s).",
        "{placed} placed of {total}, at most {bound} can be placed: the previous plan, adjusted to your decisions, was not improved within the time limit (solved in {seconds} s).",
    ),
    "plan_detail.infeasible_locks": (
        "Aucun plan ne respecte toutes les décisions imposées.",
        "No plan respects every imposed decision.",
    ),
    "plan_detail.no_plan": (
        "Aucun plan trouvé dans le temps imparti ({seconds} s) : augmentez le temps maximal.",
        "No plan found within the time limit ({seconds} s): raise the time limit.",
    ),
}
