"""Interface texts of the working session: the person search and its previous / next, and the
draft that brings the session's work back after a reload."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    # person page: search and browse
    "person.search": ("Matricule ou nom", "Employee id or name"),
    "person.search_ids": ("Matricule", "Employee id"),
    "person.search_hint": ("ex. AG00012 ou Nadia Benali", "e.g. AG00012 or Nadia Benali"),
    "person.search_help": (
        "Un matricule, un nom ou une partie des deux (majuscules et accents indifférents). Ou sélectionnez une ligne dans le tableau des affectations.",
        "An employee id, a name, or part of either (case and accents do not matter). Or select a row in the assignment table.",
    ),
    "person.choose_any": (
        "Saisissez un matricule ou un nom pour voir le parcours de la personne et ses raisons.",
        "Type an employee id or a name to see the person's pathway and its reasons.",
    ),
    "person.no_match": (
        "Personne ne correspond à « {query} » (ni matricule ni nom).",
        "Nobody matches “{query}” (neither employee id nor name).",
    ),
    "person.no_match_ids": (
        "Aucun matricule ne correspond à « {query} ». Les noms sont masqués : la recherche porte sur les matricules seulement.",
        "No employee id matches “{query}”. Names are hidden: only employee ids are searched.",
    ),
    "person.suggestions": (
        "{count} personnes correspondent : choisissez",
        "{count} people match: choose one",
    ),
    "person.more_matches.one": (
        "… et {count} autre : précisez la recherche.",
        "… and {count} more: narrow the search.",
    ),
    "person.more_matches.other": (
        "… et {count} autres : précisez la recherche.",
        "… and {count} more: narrow the search.",
    ),
    "person.suggestions_hint": ("Choisir une personne", "Choose a person"),
    "person.previous": ("Précédent", "Previous"),
    "person.next": ("Suivant", "Next"),
    "person.position_review": (
        "{n} sur {total} dans la liste de la page Résultats (filtres et tri compris)",
        "{n} of {total} in the list of the Results page (its filters and sort)",
    ),
    "person.position_all": (
        "{n} sur {total}, par matricule (filtrez le tableau des Résultats pour parcourir une sélection)",
        "{n} of {total}, by employee id (filter the Results table to walk through a selection)",
    ),
    "person.outside_review": (
        "Hors de la liste filtrée de la page Résultats ; « Suivant » va à son début.",
        "Not in the filtered list of the Results page; “Next” goes to its start.",
    ),
    "person.outside_all": (
        "« Suivant » va au premier matricule.",
        "“Next” goes to the first employee id.",
    ),
    # draft kept in the scenario store
    "draft.restored": (
        "Brouillon restauré (enregistré le {when}) : {what}.",
        "Draft restored (saved {when}): {what}.",
    ),
    "draft.source": ("classeur {source}", "workbook {source}"),
    "draft.sample_hint": (
        "Pour repartir de l'exemple : Données › « Revenir au classeur d'exemple ».",
        "To start again from the sample: Inputs › “Back to the sample workbook”.",
    ),
    "draft.decisions.one": ("{count} décision à respecter", "{count} decision to respect"),
    "draft.decisions.other": ("{count} décisions à respecter", "{count} decisions to respect"),
    "draft.plan": ("plan : {placed} placés", "plan: {placed} placed"),
    "draft.plan_stale": (
        "plan : {placed} placés (calculé avant les dernières modifications des données)",
        "plan: {placed} placed (computed before the latest changes to the inputs)",
    ),
    "draft.resumed": (
        "L'optimisation lancée avant le rechargement continue : suivez-la sur la page Optimisation.",
        "The optimisation started before the reload goes on: follow it on the Optimise page.",
    ),
    "draft.abandoned": (
        "L'optimisation en cours a été arrêtée quand sa page a été fermée ; relancez-la depuis la page Optimisation.",
        "The optimisation in progress was stopped when its page was closed; start it again from the Optimise page.",
    ),
    "draft.restoring": ("Restauration du brouillon…", "Restoring the draft…"),
    "draft.unreadable": (
        "Le brouillon de cette session n'a pas pu être relu ({error}) ; le classeur d'exemple est ouvert.",
        "This session's draft could not be read ({error}); the sample workbook is open.",
    ),
    "draft.not_saved": (
        "Votre travail n'a pas pu être enregistré comme brouillon ({error}) : un rechargement de la page le perdrait. Enregistrez un scénario pour le garder.",
        "Your work could not be saved as a draft ({error}): reloading the page would lose it. Save a scenario to keep it.",
    ),
}
