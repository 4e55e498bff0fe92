"""Interface texts of the working session: the person search and its previous / next, and the
draft that brings the session's work back after a reload."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "draft.restored": (
        "Brouillon restauré (enregistré le {when}) : {what}.",
        "Draft restored (saved {when}): {what}.",
    ),
}
