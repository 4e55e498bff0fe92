"""Step 1, read: bytes of an xlsx, CSV or zip, or the app's edited tables, into located rows.

Every bad cell or file becomes a located ``Problem``; nothing here raises on bad input."""
