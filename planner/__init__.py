"""Workforce reconversion planner: who goes to which training session, then which role."""

__version__ = "0.1.0"
