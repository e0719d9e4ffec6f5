"""Ingest stage: read articles from files and folders into ``Article`` records.

Every input ends as an ``Article`` or a ``Skipped`` naming the file (and line) and why; a
``Note`` tells of a repair to an article that was kept.
"""

from liaison.ingest.readers import FilePart, InputError, Part, RawLines, content_hash, read_file
from liaison.ingest.sources import iter_inputs, iter_parts

__all__ = ["FilePart", "InputError", "Part", "RawLines", "content_hash", "iter_inputs", "iter_parts", "read_file"]
