"""Step 5, explain: why each person has, or has not, a pathway in a plan."""
