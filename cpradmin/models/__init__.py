"""Domain models of cpradmin, free of any GUI dependency."""
