"""Saved scenarios: inputs, decisions and plans in an embedded SQLite store."""
