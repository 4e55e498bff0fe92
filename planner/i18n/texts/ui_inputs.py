"""Interface texts of the Data page, the sidebar, the problem table and the settings form."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "app.title": ("Planificateur de reconversion", "Reconversion planner"),
    "nav.inputs": ("Données", "Inputs"),
    "nav.solve": ("Optimisation", "Optimise"),
    "nav.review": ("Résultats", "Results"),
    "nav.person": ("Fiche individuelle", "Person"),
    "nav.equity": ("Équité", "Equity"),
    "nav.scenarios": ("Scénarios", "Scenarios"),
    "nav.export": ("Exports", "Exports"),
    "side.language": ("Langue", "Language"),
    "side.hide_names": ("Masquer les noms", "Hide names"),
    "side.hide_names_help": (
        "Remplace les noms par les matricules à l'écran (réunions, partage d'écran).",
        "Shows employee ids instead of names on screen (meetings, screen sharing).",
    ),
    "side.source": ("Classeur : {source}", "Workbook: {source}"),
    "side.sizes": ("{employees} · {cohorts} · {roles}", "{employees} · {cohorts} · {roles}"),
    "side.errors.one": ("{count} erreur à corriger", "{count} error to fix"),
    "side.errors.other": ("{count} erreurs à corriger", "{count} errors to fix"),
    "side.plan": ("Plan : {placed} placés — {status}", "Plan: {placed} placed — {status}"),
    "need.valid_data.one": (
        "Les données contiennent {count} erreur : corrigez-la dans la page Données avant de continuer.",
        "The data has {count} error: fix it on the Inputs page first.",
    ),
    "need.valid_data.other": (
        "Les données contiennent {count} erreurs : corrigez-les dans la page Données avant de continuer.",
        "The data has {count} errors: fix them on the Inputs page first.",
    ),
    "need.result": (
        "Aucun plan pour l'instant : lancez l'optimisation.",
        "No plan yet: run the optimiser.",
    ),
    "result.stale": (
        "Les données ou décisions ont changé depuis ce plan : relancez l'optimisation pour le mettre à jour.",
        "The data or decisions changed since this plan: run the optimiser again to update it.",
    ),
    "data.title": ("Données d'entrée", "Inputs"),
    "data.source_title": (
        "Classeur : importer, exemple, modèle vide",
        "Workbook: upload, sample, empty template",
    ),
    "data.upload": (
        "Importer votre classeur (.xlsx), ou un fichier .csv par feuille",
        "Upload your workbook (.xlsx), or one .csv file per sheet",
    ),
    "data.upload_help": (
        "En-têtes en français ou en anglais, dans n'importe quel ordre. Les données restent dans votre session.",
        "French or English headers, in any order. The data stays in your session.",
    ),
    "data.reading": ("Lecture et contrôle du classeur…", "Reading and checking the workbook…"),
    "data.use_sample": ("Revenir au classeur d'exemple", "Back to the sample workbook"),
    "data.template": ("Télécharger le modèle vide", "Download the empty template"),
    "data.template_file": ("modele_reconversion.xlsx", "reconversion_template.xlsx"),
    "data.template_missing": ("Modèle indisponible pour l'instant.", "Template not available yet."),
    "data.sample_label": ("exemple (data/sample.xlsx)", "sample (data/sample.xlsx)"),
    "data.sample_missing": (
        "Classeur d'exemple introuvable ({path}) : importez votre classeur.",
        "Sample workbook not found ({path}): upload your workbook.",
    ),
    "data.has_errors.one": (
        "{count} erreur bloque l'optimisation : sa ligne la signale dans son tableau, et la liste sous le tableau donne la colonne et ce qui est attendu.",
        "{count} error blocks the optimiser: its row flags it in its table, and the list under the table gives the column and what is expected.",
    ),
    "data.has_errors.other": (
        "{count} erreurs bloquent l'optimisation : leurs lignes les signalent dans chaque tableau, et la liste sous chaque tableau donne la colonne et ce qui est attendu.",
        "{count} errors block the optimiser: their rows flag them in each table, and the list under each table gives the column and what is expected.",
    ),
    "data.has_warnings.one": (
        "{count} avertissement : l'optimisation reste possible, vérifiez-le.",
        "{count} warning: the optimiser can run, but check it.",
    ),
    "data.has_warnings.other": (
        "{count} avertissements : l'optimisation reste possible, vérifiez-les.",
        "{count} warnings: the optimiser can run, but check them.",
    ),
    "data.valid": (
        "Données valides : {employees}, {cohorts}, {roles}.",
        "Valid data: {employees}, {cohorts}, {roles}.",
    ),
    "data.go_solve": ("Passer à l'optimisation", "Go to the optimiser"),
    "data.fix_file": (
        "Le classeur n'a pas pu être lu en tableaux : corrigez le fichier puis importez-le à nouveau.",
        "The workbook could not be read as tables: fix the file and upload it again.",
    ),
    "data.no_table": (
        "Cette feuille est absente du classeur.",
        "This sheet is missing from the workbook.",
    ),
    "data.search": ("Rechercher", "Search"),
    "data.search_hint": ("matricule, nom, site, code…", "id, name, site, code…"),
    "data.only_problems": ("Lignes en erreur seulement", "Rows with problems only"),
    "data.rows_shown": (
        "{shown} sur {found} ({all} au total). Les modifications sont contrôlées dès leur saisie.",
        "{shown} of {found} ({all} in all). Changes are checked as you type.",
    ),
    "sheet.employees": ("Collaborateurs", "Employees"),
    "sheet.cohorts": ("Sessions", "Sessions"),
    "sheet.roles": ("Postes", "Roles"),
    "sheet.settings": ("Paramètres", "Settings"),
    "help.languages": (
        "Liste de niveaux CECRL, ex. « fr:C2; en:B1 » (A1 < A2 < B1 < B2 < C1 < C2 ; natif = C2).",
        'CEFR level list, e.g. "fr:C2; en:B1" (A1 < A2 < B1 < B2 < C1 < C2; native = C2).',
    ),
    "help.skills": (
        "Liste de niveaux 0 à 5, ex. « crm:3; excel:2 ».",
        'Level list 0 to 5, e.g. "crm:3; excel:2".',
    ),
    "help.wishes": (
        "Filières ou formations par ordre de préférence, ex. « ai_data; back_office ».",
        'Families or tracks in order of preference, e.g. "ai_data; back_office".',
    ),
    "help.education": ("none < bac < bac+2 < bac+3 < bac+5", "none < bac < bac+2 < bac+3 < bac+5"),
    "help.bool": (
        "Coché = mobile (accepte un autre site).",
        "Ticked = mobile (accepts another site).",
    ),
    "prob.severity": ("Gravité", "Severity"),
    "prob.error": ("Erreur", "Error"),
    "prob.warning": ("Avertissement", "Warning"),
    "prob.column": ("Colonne", "Column"),
    "prob.value": ("Valeur", "Value"),
    "prob.text": ("Problème", "Problem"),
    "set.budget": ("Budget (MAD)", "Budget (MAD)"),
    "set.budget_help": ("Laisser vide pour ne fixer aucune limite.", "Leave empty for no limit."),
    "set.no_limit": ("sans limite", "no limit"),
    "set.start": ("Date de début du plan", "Plan start date"),
    "set.start_help": (
        "Sert de référence pour les dates des sessions et des postes.",
        "Reference date for sessions and roles.",
    ),
    "set.seniority": ("Ancienneté senior (ans)", "Senior from (years of tenure)"),
    "set.seniority_help": (
        "Les collaborateurs ayant au moins cette ancienneté sont prioritaires après le nombre de placés.",
        "People with at least this tenure come first after the number placed.",
    ),
    "set.current": (
        "Budget : {budget} · début : {start} · senior à partir de {seniority} ans",
        "Budget: {budget} · start: {start} · senior from {seniority} years",
    ),
}
