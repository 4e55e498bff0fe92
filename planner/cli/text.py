"""The command line's own sentences, in English (the terminal default) and French.

Problem descriptions come from ``planner.domain.problems.describe``; only the CLI's framing
lines (progress, final summary, refusals) live here. No sentence ever carries a person's name.
"""

from __future__ import annotations

TEXT = {
    "en": {
        "problems": "{errors} error(s), {warnings} warning(s) in {source}.",
        "valid": "{source} is valid: {employees} employees, {cohorts} sessions, {roles} roles.",
        "invalid": "{source} cannot be planned: fix the errors above and run again.",
        "progress": "[{seconds:7.1f} s] stage {stage}: {solutions} plan(s) found, "
        "{placed} placed, bound {bound}",
        "waiting": "[{seconds:7.1f} s] searching...",
        "stopping": "Stopping: the best plan found so far will be written (Ctrl-C again "
        "to abort without writing).",
        "aborted": "Aborted: nothing written.",
        "status": "Status: {status} ({termination}). {sentence}",
        "placed": "Placed: {placed} / {employees} employees (proven upper bound {bound})",
        "cost": "Cost: {cost} MAD / budget {budget}",
        "no_limit": "no limit",
        "sessions": "Sessions run: {count}",
        "seconds": "Solve time: {seconds:.1f} s",
        "conflict": "Conflict: {text}",
        "written": "Written: {path}",
        "key_table": "Pseudonym key table (keep it apart from the files sent): {path}",
        "key": "Pseudonymisation key (secret, readable by you only): {path}",
        "violations": "Internal error: the independent checker found {count} rule "
        "violation(s) in this plan; the files were written for diagnosis.",
        "sample": "Wrote {path}: {employees} employees, {cohorts} sessions, {roles} roles.",
        "unexpected": "Unexpected internal error ({kind}); nothing reliable was written. "
        "Please report the command and this line.",
        "os_error": "Cannot write {path}: {reason}.",
        "interrupted": "Interrupted.",
        "no_csv": "{source} is a folder with no .csv file in it.",
    },
    "fr": {
        "problems": "{errors} erreur(s), {warnings} avertissement(s) dans {source}.",
        "valid": "{source} est valide : {employees} salariés, {cohorts} sessions, {roles} postes.",
        "invalid": "{source} ne peut pas être planifié : corrigez les erreurs ci-dessus "
        "puis relancez.",
        "progress": "[{seconds:7.1f} s] étape {stage} : {solutions} plan(s) trouvé(s), "
        "{placed} placés, borne {bound}",
        "waiting": "[{seconds:7.1f} s] recherche en cours...",
        "stopping": "Arrêt demandé : le meilleur plan trouvé sera écrit (Ctrl-C à nouveau "
        "pour abandonner sans rien écrire).",
        "aborted": "Abandon : rien n'a été écrit.",
        "status": "Statut : {status} ({termination}). {sentence}",
        "placed": "Placés : {placed} / {employees} salariés (borne supérieure prouvée {bound})",
        "cost": "Coût : {cost} MAD / budget {budget}",
        "no_limit": "sans limite",
        "sessions": "Sessions ouvertes : {count}",
        "seconds": "Durée de résolution : {seconds:.1f} s",
        "conflict": "Conflit : {text}",
        "written": "Écrit : {path}",
        "key_table": "Table des pseudonymes (à garder à part des fichiers envoyés) : {path}",
        "key": "Clé de pseudonymisation (secrète, lisible par vous seul) : {path}",
        "violations": "Erreur interne : le vérificateur indépendant a trouvé {count} "
        "violation(s) de règle dans ce plan ; les fichiers ont été écrits "
        "pour diagnostic.",
        "sample": "{path} écrit : {employees} salariés, {cohorts} sessions, {roles} postes.",
        "unexpected": "Erreur interne inattendue ({kind}) ; aucun fichier fiable n'a été "
        "écrit. Merci de signaler la commande et cette ligne.",
        "os_error": "Impossible d'écrire {path} : {reason}.",
        "interrupted": "Interrompu.",
        "no_csv": "{source} est un dossier sans fichier .csv.",
    },
}


def say(lang: str, key: str, **values: object) -> str:
    """The sentence ``key`` in ``lang`` (English when the language is unknown)."""
    return TEXT.get(lang, TEXT["en"])[key].format(**values)


def money(value: float | None) -> str:
    """Dirhams with thin grouping, readable in both languages: ``1 234 500``."""
    return "-" if value is None else f"{value:,.0f}".replace(",", " ")
