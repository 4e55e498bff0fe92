"""Interface texts of the help page, the tooltips that link to it and the smaller review fixes."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "nav.help": ("Aide", "Help"),
}
