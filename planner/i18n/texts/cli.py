"""The command line's own sentences (progress, summary, refusals); never a person's name."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "cli.problems": (
        "{errors} erreur(s), {warnings} avertissement(s) dans {source}.",
        "{errors} error(s), {warnings} warning(s) in {source}.",
    ),
    "cli.valid": (
        "{source} est valide : {employees} salariés, {cohorts} sessions, {roles} postes.",
        "{source} is valid: {employees} employees, {cohorts} sessions, {roles} roles.",
    ),
    "cli.invalid": (
        "{source} ne peut pas être planifié : corrigez les erreurs ci-dessus puis relancez.",
        "{source} cannot be planned: fix the errors above and run again.",
    ),
    "cli.progress": (
        "[{seconds:7.1f} s] étape {stage} : {solutions} plan(s) trouvé(s), {placed} placés, borne {bound}",
        "[{seconds:7.1f} s] stage {stage}: {solutions} plan(s) found, {placed} placed, bound {bound}",
    ),
    "cli.waiting": ("[{seconds:7.1f} s] recherche en cours...", "[{seconds:7.1f} s] searching..."),
    "cli.stopping": (
        "Arrêt demandé : le meilleur plan trouvé sera écrit (Ctrl-C à nouveau pour abandonner sans rien écrire).",
        "Stopping: the best plan found so far will be written (Ctrl-C again to abort without writing).",
    ),
    "cli.aborted": ("Abandon : rien n'a été écrit.", "Aborted: nothing written."),
    "cli.status": (
        "Statut ({termination}) : {sentence}",
        "Status ({termination}): {sentence}",
    ),
    "cli.placed": (
        "Placés : {placed} / {employees} salariés (borne supérieure prouvée {bound})",
        "Placed: {placed} / {employees} employees (proven upper bound {bound})",
    ),
    "cli.cost": ("Coût : {cost} MAD / budget {budget}", "Cost: {cost} MAD / budget {budget}"),
    "cli.no_limit": ("sans limite", "no limit"),
    "cli.sessions": ("Sessions ouvertes : {count}", "Sessions run: {count}"),
    "cli.seconds": ("Durée de résolution : {seconds:.1f} s", "Solve time: {seconds:.1f} s"),
    "cli.conflict": ("Conflit : {text}", "Conflict: {text}"),
    "cli.written": ("Écrit : {path}", "Written: {path}"),
    "cli.key_table": (
        "Table des pseudonymes (à garder à part des fichiers envoyés) : {path}",
        "Pseudonym key table (keep it apart from the files sent): {path}",
    ),
    "cli.key": (
        "Clé de pseudonymisation (secrète, lisible par vous seul) : {path}",
        "Pseudonymisation key (secret, readable by you only): {path}",
    ),
    "cli.violations": (
        "Erreur interne : le vérificateur indépendant a trouvé {count} violation(s) de règle dans ce plan ; les fichiers ont été écrits pour diagnostic.",
        "Internal error: the independent checker found {count} rule violation(s) in this plan; the files were written for diagnosis.",
    ),
    "cli.sample": (
        "{path} écrit : {employees} salariés, {cohorts} sessions, {roles} postes.",
        "Wrote {path}: {employees} employees, {cohorts} sessions, {roles} roles.",
    ),
    "cli.unexpected": (
        "Erreur interne inattendue ({kind}) ; aucun fichier fiable n'a été écrit. Merci de signaler la commande et cette ligne.",
        "Unexpected internal error ({kind}); nothing reliable was written. Please report the command and this line.",
    ),
    "cli.os_error": ("Impossible d'écrire {path} : {reason}.", "Cannot write {path}: {reason}."),
    "cli.interrupted": ("Interrompu.", "Interrupted."),
    "cli.no_csv": (
        "{source} est un dossier sans fichier .csv.",
        "{source} is a folder with no .csv file in it.",
    ),
}
