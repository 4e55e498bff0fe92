"""The independent checker: every rule of a plan re-verified without the solver's code."""
