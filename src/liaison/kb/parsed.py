"""Data files (TOML) read once and kept parsed on disk. ``tomllib`` is pure Python: the knowledge base,
the language files and the cue tables (some 700 KB) took ten times as long to parse as their parsed
form takes to read back (2.9 s against 0.26 s on a loaded machine), a fixed cost of every small build.

The parsed form of a file is kept in ``toml/`` of liaison's cache (``cache_folder``: ``$LIAISON_CACHE``,
``off`` for none, else ``~/.cache/liaison``), named by the hash of the file's bytes and of the Python
version that parsed it: a changed file (the knowledge base edited, a new release) is parsed again,
never read stale. A cache that cannot be read or written is passed by: the file is parsed as usual.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tomllib
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

_FORMAT = b"liaison-toml-1"  # (changed when what is kept changes)


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed contents of the TOML file at ``path`` (a fresh dict each call), as
    ``tomllib.loads(path.read_text(encoding="utf-8"))`` gives them, with the same errors."""
    parsed: dict[str, Any] = read_parsed(path, "toml", lambda data: tomllib.loads(data.decode("utf-8")))
    return parsed


def read_parsed(path: Path, kind: str, parse: Callable[[bytes], Any]) -> Any:
    """``parse(path.read_bytes())``, kept in the ``kind`` folder of the cache (named by the hash of the file's
    bytes and the Python version; ``parse`` must give what pickles, and be the same for one ``kind``)."""
    data = path.read_bytes()
    folder = cache_folder()
    if folder is None:
        return parse(data)
    digest = hashlib.sha256(b"%s\0%s\0%s" % (_FORMAT, sys.version.encode(), data)).hexdigest()
    kept = folder / kind / f"{digest}.pickle"
    try:
        return pickle.loads(kept.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    parsed = parse(data)
    _keep(kept, parsed)
    return parsed


def cache_folder() -> Path | None:
    """liaison's cache: ``$LIAISON_CACHE`` (``off``: none), else ``$XDG_CACHE_HOME/liaison`` or
    ``~/.cache/liaison``. None: no cache (or no home to put it in)."""
    folder = os.environ.get("LIAISON_CACHE", "")
    if folder.lower() == "off":
        return None
    try:
        return Path(folder) if folder else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "liaison"
    except RuntimeError:  # no home
        return None


def _keep(kept: Path, parsed: dict[str, Any]) -> None:
    """Write the parsed form beside the others, whole or not at all (a temporary file renamed)."""
    temporary = kept.with_name(f"{kept.stem}.{os.getpid()}.tmp")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, kept)
    except OSError:
        with suppress(OSError):
            temporary.unlink()
