"""Which files to read: the paths given, and the article files under folders, in sorted order.

Folders are walked without following symbolic links to folders. A folder that cannot be listed,
a broken link, or a FIFO, socket or device met on the way is reported, never opened; so is every
file whose suffix is not a format read (with the formats that are) and every hidden file or folder
(a name starting with "."; a hidden folder is one line, not walked).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from liaison.ingest.fetch import Fetcher
from liaison.ingest.pages import is_url, page_items
from liaison.ingest.readers import FORMATS, SUFFIXES, base_suffix, read_file
from liaison.ingest.records import Item
from liaison.ingest.streams import special_kind
from liaison.ingest.text import one_line, show_path
from liaison.model.types import Skipped


def iter_inputs(paths: Iterable[Path | str], *, own: Path | str | None = None,
                fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Every article under ``paths`` (files or folders, recursively, in sorted order; URLs given as
    ``str`` are fetched with ``fetcher``), with a ``Skipped`` for each input that cannot be read
    and a ``Note`` for each repair.

    ``own`` is the database being built: in a folder, it and the files beside it named after it
    (``.wal``, ``.lock``, ``.snapshots``, ``.pages``) are passed over."""
    mine = _own_files(own)
    for given in paths:
        if isinstance(given, str) and is_url(given):
            if fetcher is None:
                yield Skipped(given, "URLs are not fetched here; give files or folders")
            else:
                fetcher.allow_local(given)
                yield from page_items(fetcher, given)
            continue
        path = Path(given)
        kind = _kind(path)
        if isinstance(kind, Skipped):
            yield kind
        elif kind == "folder":
            yield from _folder(path, mine)
        else:
            yield from read_file(path)


def _own_files(db: Path | str | None) -> Callable[[Path], bool]:
    if db is None or str(db) == ":memory:":
        return lambda _path: False
    base = os.path.abspath(db)
    return lambda path: (p := os.path.abspath(path)) == base or p.startswith(base + ".")


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


def _folder(top: Path, mine: Callable[[Path], bool]) -> Iterator[Item]:
    problems: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        where = show_path(exc.filename) if exc.filename else show_path(top)
        problems.append(Skipped(where, f"folder cannot be read: {one_line(exc.strerror or exc)}"))

    files: list[Path] = []
    for folder, dirs, names in os.walk(top, onerror=unreadable):
        for name in list(dirs):
            if mine(Path(folder, name)):
                dirs.remove(name)
            elif os.path.islink(os.path.join(folder, name)):
                problems.append(Skipped(show_path(Path(folder, name)), "symbolic link to a folder; not followed"))
            elif name.startswith("."):
                problems.append(Skipped(show_path(Path(folder, name)), "hidden folder; not read"))
                dirs.remove(name)
        dirs.sort()
        for name in names:
            path = Path(folder, name)
            if mine(path):
                continue
            kind = _kind(path)
            if isinstance(kind, Skipped):
                problems.append(kind)
            elif name.startswith("."):
                problems.append(Skipped(show_path(path), "hidden file; not read"))
            elif base_suffix(path) in SUFFIXES:
                files.append(path)
            else:
                suffix = base_suffix(path) or "no suffix"
                problems.append(Skipped(show_path(path), f"not an article format ({suffix}); {FORMATS}"))
    yield from problems
    for path in sorted(files):
        yield from read_file(path)
