"""Texts about private files, stores and exports."""

TEXTS: dict[str, tuple[str, str]] = {
    "privacy.not_ours": (
        "{path} existe déjà et n'a pas été écrit par le planificateur (ou a été modifié depuis) : "
        "rien n'a été écrit. Déplacez ce fichier ou choisissez un autre dossier de sortie.",
        "{path} already exists and was not written by the planner (or was changed since): "
        "nothing was written. Move that file away or choose another output folder.",
    ),
    "privacy.folder_link": (
        "{path} n'est pas un dossier ordinaire (lien symbolique, ou absent) : la table de "
        "correspondance des pseudonymes n'y est pas écrite.",
        "{path} is not a plain folder (a symbolic link, or missing): the pseudonym key table "
        "is not written there.",
    ),
    "privacy.folder_not_private": (
        "{path} n'appartient pas à votre compte ou est ouvert à d'autres comptes : la table de "
        "correspondance des pseudonymes n'y est pas écrite.",
        "{path} does not belong to your account or is open to other accounts: the pseudonym "
        "key table is not written there.",
    ),
    "privacy.parent_foreign": (
        "Le dossier {path} appartient à un autre compte ou est modifiable par tous : la table de "
        "correspondance des pseudonymes n'y est pas écrite. Choisissez un dossier à vous avec "
        "--key-dir.",
        "The folder {path} belongs to another account or can be changed by anyone: the "
        "pseudonym key table is not written there. Choose a folder of your own with --key-dir.",
    ),
    "store.busy": (
        "Le magasin de scénarios {path} est resté occupé (un autre enregistrement en cours) trop "
        "longtemps ; rien n'a été modifié. Réessayez.",
        "The scenario store {path} stayed busy (another save in progress) for too long; nothing "
        "was changed. Try again.",
    ),
    "store.unreadable": (
        "Le magasin de scénarios {path} ne peut pas être lu ({reason}) ; il est peut-être "
        "endommagé. Il n'a pas été modifié : mettez-le de côté pour repartir d'un magasin neuf, "
        "ou indiquez un autre fichier dans PLANNER_SCENARIO_DB.",
        "The scenario store {path} cannot be read ({reason}); it may be corrupted. It was left "
        "untouched: move it aside to start a new store, or set PLANNER_SCENARIO_DB to another "
        "file.",
    ),
    "store.foreign": (
        "{path} est un fichier SQLite mais pas un magasin de scénarios (tables : {tables}) ; il "
        "n'a pas été modifié. Indiquez un autre fichier dans PLANNER_SCENARIO_DB.",
        "{path} is an SQLite file but not a scenario store (tables: {tables}); it was left "
        "untouched. Set PLANNER_SCENARIO_DB to another file.",
    ),
    "store.newer": (
        "{path} a été écrit par une version plus récente du planificateur (schéma {version}, "
        "cette version lit le {supported}) ; il n'a pas été modifié. Mettez le planificateur à "
        "jour ou indiquez un autre fichier dans PLANNER_SCENARIO_DB.",
        "{path} was written by a newer version of the planner (schema {version}, this version "
        "reads {supported}); it was left untouched. Update the planner or set "
        "PLANNER_SCENARIO_DB to another file.",
    ),
    "store.damaged": (
        "Le scénario '{name}' est endommagé et ne peut pas être rouvert ({reason}).",
        "The scenario '{name}' is damaged and cannot be reopened ({reason}).",
    ),
    "store.folder": (
        "{path} est un dossier, pas un fichier de scénarios : indiquez un chemin de fichier "
        "dans PLANNER_SCENARIO_DB.",
        "{path} is a folder, not a scenario store file: set PLANNER_SCENARIO_DB to a file path.",
    ),
    "store.read_only": (
        "Le magasin de scénarios {path} est en lecture seule pour ce compte : rien n'a été "
        "enregistré. Rendez-le modifiable ou indiquez un autre fichier dans PLANNER_SCENARIO_DB.",
        "The scenario store {path} is read-only for this account: nothing was saved. Make it "
        "writable or set PLANNER_SCENARIO_DB to another file.",
    ),
    "privacy.scen_private": (
        "Seuls les scénarios de cette session de navigateur sont listés : gardez l'adresse de "
        "la page (elle contient la clé de la session) pour les retrouver.",
        "Only this browser session's scenarios are listed: keep the page address (it holds the "
        "session's key) to find them again.",
    ),
    "privacy.scen_shared": (
        "Magasin partagé (PLANNER_SHARED_STORE) : toutes les sessions voient les mêmes scénarios.",
        "Shared store (PLANNER_SHARED_STORE): every session sees the same scenarios.",
    ),
    "privacy.scen_hidden": (
        "{count} scénario(s) du magasin partagé, dont ceux enregistrés avant que chaque session "
        "ait les siens, ne sont visibles qu'avec PLANNER_SHARED_STORE=1.",
        "{count} scenario(s) of the shared store, including those saved before each session "
        "had its own, are visible only with PLANNER_SHARED_STORE=1.",
    ),
    "label.tenure_band": ("Ancienneté (tranche)", "Tenure band"),
    "label.band": ("{low}–{high} ans", "{low}–{high} years"),
    "label.band_top": ("{low} ans et plus", "{low} years and more"),
    "label.suppressed": ("(masqué)", "(suppressed)"),
    "privacy.pseudo_help": (
        "Remplace matricules et noms par des pseudonymes stables ; l'ancienneté est donnée par "
        "tranche, le site seulement là où au moins 5 personnes du fichier partagent site et "
        "tranche ; mobilité, langues et vœux sont retirés. La table de correspondance se "
        "télécharge à part.",
        "Replaces ids and names with stable pseudonyms; tenure is given in bands, the site only "
        "where at least 5 people of the file share site and band; mobility, languages and "
        "wishes are left out. The key table downloads separately.",
    ),
}
