"""Which files to read: the paths given, and the article files under folders, in sorted order.

Folders are walked without following symbolic links to folders. A folder that cannot be listed,
a broken link, or a FIFO, socket or device met on the way is reported, never opened; files whose
suffix is not an article format are passed over (a folder may hold anything else).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from liaison.ingest.readers import SUFFIXES, base_suffix, read_file
from liaison.ingest.records import Item
from liaison.ingest.streams import special_kind
from liaison.ingest.text import one_line, show_path
from liaison.model.types import Skipped


def iter_inputs(paths: Iterable[Path | str]) -> Iterator[Item]:
    """Every article under ``paths`` (files or folders, recursively, in sorted order), with a
    ``Skipped`` for each input that cannot be read and a ``Note`` for each repair."""
    for given in paths:
        path = Path(given)
        kind = _kind(path)
        if isinstance(kind, Skipped):
            yield kind
        elif kind == "folder":
            yield from _folder(path)
        else:
            yield from read_file(path)


def _kind(path: Path) -> str | Skipped:
    """"file", "folder", or why ``path`` is not read."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        reason = "broken symbolic link" if os.path.islink(path) else "no such file or directory"
        return Skipped(show_path(path), reason)
    except OSError as exc:
        return Skipped(show_path(path), f"cannot read: {one_line(exc.strerror or exc)}")
    if stat.S_ISDIR(mode):
        return "folder"
    special = special_kind(mode)
    if special is not None:
        return Skipped(show_path(path), f"{special}, not a file; not read")
    return "file"


def _folder(top: Path) -> Iterator[Item]:
    problems: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        where = show_path(exc.filename) if exc.filename else show_path(top)
        problems.append(Skipped(where, f"folder cannot be read: {one_line(exc.strerror or exc)}"))

    files: list[Path] = []
    for folder, dirs, names in os.walk(top, onerror=unreadable):
        for name in dirs:
            if os.path.islink(os.path.join(folder, name)):
                problems.append(Skipped(show_path(Path(folder, name)), "symbolic link to a folder; not followed"))
        for name in names:
            path = Path(folder, name)
            kind = _kind(path)
            if isinstance(kind, Skipped):
                problems.append(kind)
            elif base_suffix(path) in SUFFIXES:
                files.append(path)
    yield from problems
    for path in sorted(files):
        yield from read_file(path)
