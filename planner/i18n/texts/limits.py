"""Texts about ids, numbers and dates outside sane limits."""

TEXTS: dict[str, tuple[str, str]] = {}
