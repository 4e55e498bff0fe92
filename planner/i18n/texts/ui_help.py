"""Interface texts of the help page, the tooltips that link to it and the smaller review fixes."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "nav.help": ("Aide", "Help"),
    "person.decisions_none": (
        "Aucun parcours n'est admissible : rien à imposer. Ce qui manque est dit ci-dessus (manque le plus proche) ; corrigez ses données, ou ajoutez une session ou un poste à sa portée, puis relancez l'optimisation.",
        "No pathway is admissible: there is nothing to impose. What is missing is said above (nearest miss); fix their data, or add a session or a role within reach, then run the optimiser again.",
    ),
}
