"""Exports appear whole or not at all: written beside the target under a temporary name, then renamed.

A failure (a crash in a writer, a full disk) removes the temporary output and leaves whatever was
at the target before untouched. A folder target gets its files renamed in one by one once all of
them are written (the folder itself is renamed into place when it did not exist).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ExportError(Exception):
    """An export that could not be written; nothing partial was left behind."""


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` (same suffix) that replaces ``target`` when the body succeeds."""
    target = Path(target)
    fd, name = _mkstemp(target)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """A temporary folder beside ``target`` whose files land in ``target`` when the body succeeds."""
    target = Path(target)
    try:
        temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or "."))
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        yield temp
        if not target.exists():
            os.replace(temp, target)
            return
        for item in sorted(temp.iterdir()):
            os.replace(item, target / item.name)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _mkstemp(target: Path) -> tuple[int, str]:
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{target.suffix}", dir=target.parent or ".")
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from exc
