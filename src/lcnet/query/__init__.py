"""Select cities, figures, claims and sources from the store (pure functions)."""
