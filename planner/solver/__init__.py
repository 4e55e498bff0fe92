"""Steps 3 and 4, model and solve: the class-level flow model, its CP-SAT stages, the LP path.

The solver knows nothing of files or Streamlit, and never imports the independent checker."""
