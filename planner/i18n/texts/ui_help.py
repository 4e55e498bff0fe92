"""Interface texts of the help page, the tooltips that link to it and the smaller review fixes."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "nav.help": ("Aide", "Help"),
    # the input tables (planner.ui.editors)
    "count.rows_shown.one": ("{count} ligne affichée", "{count} row shown"),
    "count.rows_shown.other": ("{count} lignes affichées", "{count} rows shown"),
    "count.found.one": ("{count} trouvée", "{count} found"),
    "count.found.other": ("{count} trouvées", "{count} found"),
    "count.employees.one": ("{count} collaborateur", "{count} employee"),
    "count.employees.other": ("{count} collaborateurs", "{count} employees"),
    "count.sessions.one": ("{count} session", "{count} session"),
    "count.sessions.other": ("{count} sessions", "{count} sessions"),
    "count.roles.one": ("{count} poste", "{count} role"),
    "count.roles.other": ("{count} postes", "{count} roles"),
    "data.upload_button": ("Parcourir…", "Browse…"),
    "data.upload_limits": (
        "{megabytes} Mo par fichier au plus · {types}",
        "At most {megabytes} MB per file · {types}",
    ),
    "pathway.direct": ("passage direct", "direct move"),
    "count.problems.one": ("{count} problème", "{count} problem"),
    "count.problems.other": ("{count} problèmes", "{count} problems"),
    "data.problems_in": ("{sheet} : {count}", "{sheet}: {count}"),
    "data.row_problem": ("{severity} · {column} : {message}", "{severity} · {column}: {message}"),
    "data.add_rows": ("Ajouter ou supprimer des lignes", "Add or delete rows"),
    "data.add_rows_help": (
        "Le tableau permet alors d'ajouter des lignes en bas et d'en supprimer ; il revient à sa première colonne après chaque modification.",
        "The table then lets you add rows at the bottom and delete rows; it goes back to its first column after each change.",
    ),
    "data.problem_column": ("Problème", "Problem"),
    "data.problem_column_help": (
        "Les problèmes de la ligne, en bref ; le détail est dans la liste au-dessus du tableau.",
        "The row's problems in short; the details are in the list above the table.",
    ),
    # saving under a name already used (planner.ui.scenario_save)
    "scen.exists": (
        "Un scénario « {name} » existe déjà (enregistré le {saved}). Le remplacer par la session actuelle ?",
        'A scenario "{name}" already exists (saved on {saved}). Replace it with the current session?',
    ),
    "scen.replace": ("Remplacer", "Replace"),
    "scen.keep": ("Annuler", "Cancel"),
    "review.outcome_help": (
        "Chaque personne a une raison : son parcours, ou ce qui l'empêche d'en avoir un (aucun parcours admissible, session non ouverte, places ou postes pris), dans la fiche individuelle.",
        "Each person has a reason: their pathway, or what keeps them from one (no admissible pathway, session not opened, seats or openings taken), on the person page.",
    ),
    # the help page (planner.ui.help_view)
    "help.title": ("Aide", "Help"),
    "help.intro": (
        "Comment le plan est choisi, ce que disent la borne et l'écart, et comment lire les raisons données pour chaque personne.",
        "How the plan is chosen, what the bound and the gap say, and how to read the reason given for each person.",
    ),
    "help.link": ("[Aide : {title}]({url})", "[Help: {title}]({url})"),
    "help.objective.title": ("Comment le plan est choisi", "How the plan is chosen"),
    "help.objective.body": (
        "Le plan respecte toutes les règles (tableau plus bas). Parmi les plans possibles, il est choisi critère par critère, chacun ne départageant que des plans égaux sur les précédents :\n\n"
        "1. **placés** — placer le plus de personnes possible ;\n"
        "2. **seniors** — parmi ces plans, placer le plus de seniors (ancienneté au moins égale au seuil des paramètres, 10 ans par défaut) ;\n"
        "3. **vœux** — puis exaucer le plus de vœux : 3 points pour un premier vœu, 2 pour un deuxième, 1 pour un troisième ;\n"
        "4. **conservés** — lors d'une nouvelle optimisation, garder le plus de personnes sur leur session et leur poste précédents ;\n"
        "5. **coût** — enfin, dépenser le moins.\n\n"
        "Un senior de plus ne vaut donc jamais une personne placée de moins, et un vœu jamais un senior. Le genre n'intervient dans aucun critère : il sert seulement au suivi de l'équité. Les décisions que vous imposez (parcours fixés, interdictions) passent avant tous les critères.",
        "The plan obeys every rule (table below). Among the possible plans it is chosen criterion by criterion, each one deciding only between plans equal on the ones before:\n\n"
        "1. **placed** — place as many people as possible;\n"
        "2. **seniors** — among those plans, place the most seniors (tenure at least the threshold of the settings, 10 years by default);\n"
        "3. **wishes** — then fulfil the most wishes: 3 points for a first wish, 2 for a second, 1 for a third;\n"
        "4. **kept** — on a new run, keep the most people on their previous session and role;\n"
        "5. **cost** — last, spend the least.\n\n"
        "So one more senior is never worth one fewer person placed, and a wish never a senior. Gender takes part in no criterion: it is used only to report on equity. The decisions you impose (locked pathways, bans) come before every criterion.",
    ),
    "help.bound.title": ("La borne et l'écart", "The bound and the gap"),
    "help.bound.body": (
        "La **borne** est un nombre prouvé : aucun plan, quel qu'il soit, ne peut placer plus de personnes. L'optimiseur la calcule en relâchant certaines règles, puis la resserre pendant la recherche.\n\n"
        "L'**écart** compare le plan à cette borne : (borne − placés) / borne. À 0 %, le nombre de placés est prouvé optimal. Un écart de 2 % dit qu'au plus 2 % de personnes en plus pourraient être placées — peut-être aucune : la preuve n'est simplement pas allée plus loin dans le temps donné. Donner plus de temps resserre la borne ou trouve un meilleur plan.\n\n"
        "Les critères suivants (seniors, vœux, conservés, coût) n'ont pas de borne affichée : le statut du plan dit s'ils sont prouvés optimaux ou seulement les meilleurs trouvés.",
        "The **bound** is a proven number: no plan whatsoever can place more people. The optimiser computes it by relaxing some rules, then tightens it during the search.\n\n"
        "The **gap** compares the plan with this bound: (bound − placed) / bound. At 0% the number placed is proven optimal. A 2% gap says that at most 2% more people could be placed — perhaps none: the proof simply went no further in the time given. More time tightens the bound or finds a better plan.\n\n"
        "The later criteria (seniors, wishes, kept, cost) have no bound shown: the plan's status says whether they are proven optimal or only the best found.",
    ),
    "help.reasons.title": ("Lire les raisons", "Reading the reasons"),
    "help.reasons.body": (
        "Chaque personne a une raison, dans la fiche individuelle, le tableau des affectations et les exports. Pour une personne non placée, la cause qui bloque vient en premier, avec les chiffres pour la vérifier :\n\n"
        "- **aucun parcours admissible** : ses niveaux, son site ou les dates n'ouvrent aucune session ni aucun poste ; le *manque le plus proche* dit ce qui lui manque pour le parcours le plus accessible. Rien ne peut être imposé : il faut changer les données (un niveau, la mobilité) ou ajouter une session ou un poste à sa portée ;\n"
        "- **session non ouverte** : ses parcours passent par des sessions qui n'ont pas eu lieu, faute d'atteindre leur effectif minimum ou parce que le budget restant ne paie pas leur ouverture (coût d'ouverture et places de l'effectif minimum) ; personne n'a pris sa place ;\n"
        "- **capacité** : une session est complète, un poste pourvu ou le budget épuisé ; la raison nomme les personnes placées et dit combien passent avant par l'ancienneté (seniors), par un vœu mieux classé pour cette filière ou formation, ou sans l'un ni l'autre (le nombre de placés, puis le coût, ont décidé).\n\n"
        "Si le plan n'est pas optimal et qu'un de ses parcours a encore de la place, la raison le dit d'abord. Chaque règle est citée par son nom, celui du tableau ci-dessous.",
        "Each person has a reason, on the person page, in the assignment table and in the exports. For a person not placed, the cause that blocks comes first, with the figures to check it:\n\n"
        "- **no admissible pathway**: their levels, site or dates open no session and no role; the *nearest miss* says what they lack for the most accessible pathway. Nothing can be imposed: change the data (a level, mobility) or add a session or a role within their reach;\n"
        "- **session not opened**: their pathways go through sessions that did not run, short of their minimum size or because the budget left cannot pay their opening (opening cost and the seats of the minimum size); nobody took their place;\n"
        "- **capacity**: a session is full, a role filled or the budget spent; the reason names the people placed and says how many rank ahead by seniority (seniors), by a better-ranked wish for that family or track, or by neither (the number placed, then the cost, decided).\n\n"
        "If the plan is not optimal and one of their pathways still has room, the reason says so first. Each rule is quoted by its name, the one in the table below.",
    ),
    "help.reason_line": ("- **{label}** — {text}", "- **{label}** — {text}"),
    "help.reason.placed": (
        "l'objectif a choisi ce parcours admissible.",
        "the objective chose this admissible pathway.",
    ),
    "help.reason.locked": ("vous avez fixé ce parcours.", "you locked this pathway."),
    "help.reason.no_admissible_pathway": (
        "aucune session ni aucun poste ne lui est accessible ; voir le manque le plus proche.",
        "no session and no role is within reach; see the nearest miss.",
    ),
    "help.reason.all_banned": (
        "des parcours sont admissibles, mais vous les avez tous interdits.",
        "pathways are admissible, but you banned all of them.",
    ),
    "help.reason.not_opened": (
        "ses parcours passent par des sessions qui n'ont pas ouvert (effectif minimum ou budget).",
        "their pathways go through sessions that did not open (minimum size or budget).",
    ),
    "help.reason.outcompeted": (
        "les places, postes ou budget de ses parcours sont allés à des personnes classées avant.",
        "the seats, openings or budget of their pathways went to people ranked first.",
    ),
    "help.rules.title": ("Les règles", "The rules"),
    "help.rules.body": (
        "Tout plan respecte ces règles ; les raisons les citent par leur nom.",
        "Every plan obeys these rules; the reasons quote them by name.",
    ),
    "help.rule_name": ("Règle", "Rule"),
    "help.rule_sentence": ("Ce qu'elle dit", "What it says"),
    "person.decisions_none": (
        "Aucun parcours n'est admissible : rien à imposer. Ce qui manque est dit ci-dessus (manque le plus proche) ; corrigez ses données, ou ajoutez une session ou un poste à sa portée, puis relancez l'optimisation.",
        "No pathway is admissible: there is nothing to impose. What is missing is said above (nearest miss); fix their data, or add a session or a role within reach, then run the optimiser again.",
    ),
}
