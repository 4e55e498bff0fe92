"""Step 2, validate: checks that need whole sheets (duplicate ids, references, reachability)."""
