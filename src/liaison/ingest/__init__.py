"""Ingest stage: read articles from files and folders into ``Article`` records."""

from liaison.ingest.readers import InputError, content_hash, iter_inputs, read_file

__all__ = ["InputError", "content_hash", "iter_inputs", "read_file"]
