"""Texts about private files, stores and exports."""

TEXTS: dict[str, tuple[str, str]] = {}
