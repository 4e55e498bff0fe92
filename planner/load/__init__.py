"""Read, then validate: the entry points that turn a file into a ``Dataset`` and its problems."""
