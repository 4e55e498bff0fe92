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
}
