"""Ingest stage: read articles from files and folders into ``Article`` records.

Every input ends as an ``Article`` or a ``Skipped`` naming the file (and line) and why; a
``Note`` tells of a repair to an article that was kept.
"""

from liaison.ingest.readers import InputError, content_hash, read_file
from liaison.ingest.sources import iter_inputs

__all__ = ["InputError", "content_hash", "iter_inputs", "read_file"]
