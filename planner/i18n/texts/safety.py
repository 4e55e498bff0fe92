"""Texts about reading hostile or damaged files safely."""

TEXTS: dict[str, tuple[str, str]] = {}
