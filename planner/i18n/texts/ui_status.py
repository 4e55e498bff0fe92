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
    "plan_gap.unknown": ("écart non enregistré", "gap not recorded"),
    "plan_gap.people.one": ("écart ≤ 1 personne ({percent})", "gap ≤ 1 person ({percent})"),
    "plan_gap.people.other": (
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
        "Le temps imparti ({seconds} s) s'est écoulé avant tout plan : augmentez le temps maximal.",
        "The time limit ({seconds} s) ran out before any plan: raise the time limit.",
    ),
    "stage.stay_cost": (
        "stabilité puis coût",
        "closeness to the previous plan, then cost",
    ),
    "progress.criteria": ("Critères, dans l'ordre : {line}", "Criteria, in order: {line}"),
    "progress.placed_proven": (
        "Nombre de placés prouvé maximal : {placed}. Les critères suivants ne le changent plus.",
        "Number placed proven maximal: {placed}. The next criteria no longer change it.",
    ),
    "progress.last_plan": (
        "Dernier plan amélioré il y a {seconds} s : le solveur cherche mieux, ou prouve qu'il n'y a pas mieux.",
        "Last better plan {seconds} s ago: the solver is looking for a better one, or proving there is none.",
    ),
    "progress.plan_in_hand": ("Placés (meilleur plan en main)", "Placed (best plan in hand)"),
    "progress.gap_value": ("≤ {count} ({percent})", "≤ {count} ({percent})"),
    "progress.doing.floor": (
        "Plan de référence calculé (ancienneté d'abord, comme à la main) : {placed} placés. Le solveur calcule maintenant une borne : au plus {bound} plaçables.",
        "Reference plan computed (tenure first, as by hand): {placed} placed. The solver now computes a bound: at most {bound} can be placed.",
    ),
    "progress.doing.lp": (
        "Relaxation linéaire : le solveur resserre la borne (au plus {bound} plaçables) et choisit les parcours utiles. Plan en main : {placed} placés.",
        "Linear relaxation: the solver tightens the bound (at most {bound} can be placed) and picks the useful pathways. Plan in hand: {placed} placed.",
    ),
    "progress.doing.placed": (
        "Critère 1, placer le plus de personnes : {placed} placés, au plus {bound}. Le solveur cherche un plan qui place plus, ou prouve qu'il n'y en a pas.",
        "Criterion 1, place as many people as possible: {placed} placed, at most {bound}. The solver looks for a plan placing more, or proves there is none.",
    ),
    "progress.doing.ranked": (
        "Critères 1 à 3 ensemble (placés, puis seniors, puis vœux) : {placed} placés, au plus {bound}.",
        "Criteria 1 to 3 together (placed, then seniors, then wishes): {placed} placed, at most {bound}.",
    ),
    "progress.doing.weighted": (
        "Objectif pondéré (placés, seniors et vœux selon les poids des paramètres) : {placed} placés.",
        "Weighted objective (placed, seniors and wishes by the settings' weights): {placed} placed.",
    ),
    "progress.doing.seniors": (
        "Critère 2, les seniors : sans placer moins de monde ({placed}), le solveur cherche à placer plus de seniors.",
        "Criterion 2, seniors: without placing fewer people ({placed}), the solver seeks to place more seniors.",
    ),
    "progress.doing.wishes": (
        "Critère 3, les vœux : placés et seniors restant acquis, le solveur cherche à respecter plus de vœux.",
        "Criterion 3, wishes: keeping the number placed and the seniors, the solver seeks to honour more wishes.",
    ),
    "progress.doing.stay": (
        "Stabilité : tout ce qui précède restant acquis, le solveur cherche à changer le moins de parcours par rapport au plan précédent.",
        "Closeness: keeping everything above, the solver seeks to change as few pathways as possible from the previous plan.",
    ),
    "progress.doing.cost": (
        "Dernier critère, le coût : tout ce qui précède restant acquis, le solveur cherche le plan le moins cher.",
        "Last criterion, cost: keeping everything above, the solver seeks the cheapest plan.",
    ),
    "progress.doing.stay_cost": (
        "Derniers critères : tout ce qui précède restant acquis, le solveur change le moins de parcours possible, puis réduit le coût.",
        "Last criteria: keeping everything above, the solver changes as few pathways as possible, then lowers the cost.",
    ),
    "progress.doing.other": (
        "Recherche en cours : {placed} placés, au plus {bound}.",
        "Searching: {placed} placed, at most {bound}.",
    ),
    "effect.summary": (
        "**{placed} placés, {seniors} seniors** : {moves}.",
        "**{placed} placed, {seniors} seniors**: {moves}.",
    ),
    "effect.lost.one": ("{count} perd sa place", "{count} loses their place"),
    "effect.lost.other": ("{count} perdent leur place", "{count} lose their place"),
    "effect.gained.one": ("{count} en gagne une", "{count} gains one"),
    "effect.gained.other": ("{count} en gagnent une", "{count} gain one"),
    "effect.moved.one": ("{count} change de parcours", "{count} changes pathway"),
    "effect.moved.other": ("{count} changent de parcours", "{count} change pathway"),
    "effect.lost_names": ("Perdent leur place : {names}.", "Losing their place: {names}."),
    "effect.and_more": ("{names} et {count} autre(s)", "{names} and {count} more"),
    "effect.column": ("Changement", "Change"),
    "effect.kind.lost": ("perd sa place", "loses their place"),
    "effect.kind.gained": ("gagne une place", "gains a place"),
    "effect.kind.moved": ("change de parcours", "changes pathway"),
    "stop.previous_kept": (
        "La recherche arrêtée n'avait pas trouvé mieux que le plan précédent, tous critères confondus : le plan précédent est conservé, personne ne change de parcours.",
        "The stopped search had not found anything better than the previous plan, criterion by criterion: the previous plan is kept and nobody changes pathway.",
    ),
    "undo.lock": ("Annuler la dernière décision ({what})", "Undo the last decision ({what})"),
    "undo.ban": ("Annuler la dernière décision ({what})", "Undo the last decision ({what})"),
    "undo.remove": ("Annuler le retrait ({what})", "Undo the removal ({what})"),
    "undo.lift": ("Annuler la levée d'interdiction ({what})", "Undo lifting the ban ({what})"),
    "undo.help": (
        "Rétablit les décisions et le plan tels qu'ils étaient avant cette décision.",
        "Restores the decisions and the plan as they were before this decision.",
    ),
    "undo.done": (
        "Décision annulée : les décisions et le plan d'avant sont rétablis.",
        "Decision undone: the decisions and the plan from before are back.",
    ),
}
