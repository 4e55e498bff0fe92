"""The command line: ``python -m planner solve|validate|sample`` (the PRODUCT.md contract)."""
