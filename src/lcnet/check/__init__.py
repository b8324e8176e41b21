"""Reconcile the store, and judge the figures of texts against it (pure: no I/O)."""
