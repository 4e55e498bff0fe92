"""The data contract and the rules every plan obeys.

Records, levels, schema, rules, problems and outcomes: every other step speaks these types, and
this package imports nothing else of the planner.
"""
