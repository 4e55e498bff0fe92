"""Help page: how the plan is chosen, the bound and the gap, how to read the reasons."""

from planner.ui import help_view

help_view.render()
