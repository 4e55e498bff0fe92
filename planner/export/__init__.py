"""Step 6, export: plan.xlsx, assignments.csv, summary.json, rosters, pseudonymised copies."""
