"""The store's one exception type."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be opened, is busy, or is not a liaison database."""


class StoreBusy(StoreError):
    """Another process kept the database for longer than the caller would wait."""
