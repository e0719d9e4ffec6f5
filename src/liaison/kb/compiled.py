"""Regular expressions read back compiled from liaison's cache.

Python compiles a regular expression in pure Python (``re._parser`` reads it, ``re._compiler`` writes
the program ``_sre`` runs): the extraction's 950 or so patterns (its cues, title heads, name tails,
clause marks, compiled on first use) cost some 0.2 s of CPU in every process that loads the extractor:
the fork server before any worker can start, and a day's news built in one process. ``install`` puts a
``re._compiler.compile`` before Python's own that keeps each pattern's program, as the compiler made it,
in ``re/`` of the cache (``kb.parsed.cache_folder``; one file named by the Python version and ``_sre``'s
magic number: another interpreter compiles again) and makes the pattern from it with ``_sre.compile``, as
``re._compiler.compile`` does: the same program, so an equal pattern (``Pattern.__eq__`` compares the
programs; ``tests/test_compiled_cache.py``). What ``extract.prefilter`` reads from a pattern's parse tree is
kept beside them (``derived``). A pattern asked for with the ``DEBUG`` flag, or an
interpreter whose ``re`` is laid out otherwise, compiles as usual; a cache that cannot be read or
written is passed by. What a process compiled anew is written when it exits (``save``; the fork server
saves after its warm-up, ``engines.warm``), merged with what the file holds then.
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import os
import pickle
import re
import sys
from array import array
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeVar

from liaison.kb.parsed import cache_folder

_FORMAT = b"liaison-re-2"  # (changed when what is kept changes)
# saves (by any process; a build saves about twice) a pattern no process asked for is kept: every process loads the
# whole file, so what an older knowledge base or extractor compiled must not linger (the file reached 10 MB and 8,800
# patterns on a machine building many versions)
_SAVES_KEPT = 6
_TYPECODE = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)

Key = tuple[Any, ...]  # a pattern's (pattern, flags as given); what is read from one, (kind, pattern, flags)
Entry = tuple[int, bytes, int, dict[str, int]]  # a pattern's (flags, program, groups, group index)
T = TypeVar("T")

_compiler, _parser = getattr(re, "_compiler", None), getattr(re, "_parser", None)
plain: Callable[..., Any] | None = getattr(_compiler, "compile", None)  # Python's own (taken before ``install``)
if getattr(plain, "liaison_cached", False):  # (this module imported again)
    plain = getattr(plain, "plain", None)

_kept: dict[Key, Any] = {}  # read from the file, and compiled (or read from a pattern) here
_asked: set[Key] = set()  # asked for by this process
_state = {"new": 0, "compiled": 0}  # patterns compiled here since the last save, and in all
_path: list[Path] = []  # the cache file (none: not installed)


def install() -> None:
    """Compile through the cache from now on (once; nothing without a cache or with another ``re``)."""
    compiler, parser = _compiler, _parser
    if (_path or _TYPECODE is None or plain is None or compiler is None or parser is None
            or getattr(compiler.compile, "liaison_cached", False)
            or not callable(getattr(compiler, "_code", None)) or not callable(getattr(parser, "parse", None))):
        return
    folder = cache_folder()
    if folder is None:
        return
    digest = hashlib.sha256(b"%s\0%s\0%d" % (_FORMAT, sys.version.encode(), getattr(_sre, "MAGIC", 0))).hexdigest()
    _path.append(folder / "re" / f"{digest[:32]}.pickle")
    _kept.update((key, entry) for key, (entry, _) in _read(_path[0]).items())
    compiler.compile = _compiling(plain, compiler._code, parser.parse)
    atexit.register(save)


def _compiling(original: Callable[..., Any], code_of: Callable[..., Any],
               parse: Callable[..., Any]) -> Callable[..., Any]:
    def compile(p: Any, flags: int = 0) -> Any:  # (``re._compiler.compile``'s signature)
        if not isinstance(p, str | bytes) or flags & re.DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        entry = _kept.get(key)
        if entry is None:  # (as ``re._compiler.compile`` makes it, its program kept)
            parsed = parse(p, flags)
            program = array(_TYPECODE or "I", code_of(parsed, flags)).tobytes()
            entry = (flags | parsed.state.flags, program, parsed.state.groups, dict(parsed.state.groupdict))
            _kept[key] = entry
            _state["new"] += 1
            _state["compiled"] += 1
        _asked.add(key)
        try:
            return pattern(p, entry)
        except (TypeError, ValueError, RuntimeError):  # (a program this ``_sre`` refuses: compiled as usual)
            _kept.pop(key, None)
            _asked.discard(key)
            return original(p, flags)

    compile.liaison_cached = True  # type: ignore[attr-defined]
    compile.plain = original  # type: ignore[attr-defined]
    return compile


def derived(kind: str, p: str | bytes, flags: int, make: Callable[[], T]) -> T:
    """``make()``, what is read from the pattern ``p`` with ``flags`` (its parse tree, say: ``extract.prefilter``
    reads the words every match holds), kept beside the programs under ``kind`` (``make`` must give what pickles,
    and be a function of ``p``, ``flags`` and the Python version alone). Not installed: ``make()``."""
    if not _path:
        return make()
    key = (kind, p, flags)
    if key in _kept:
        found: T = _kept[key]
    else:
        found = _kept[key] = make()
        _state["new"] += 1
    _asked.add(key)
    return found


def pattern(p: str | bytes, entry: Entry) -> re.Pattern[Any]:
    """The pattern ``p`` made from its kept program, as ``re._compiler.compile`` makes it."""
    flags, program, groups, groupindex = entry
    indexgroup: list[str | None] = [None] * groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = array(_TYPECODE or "I")
    code.frombytes(program)
    made: re.Pattern[Any] = _sre.compile(p, flags, code.tolist(), groups - 1, dict(groupindex), tuple(indexgroup))
    return made


def save() -> None:
    """Write the patterns compiled here since the last save beside those the file holds (nothing when none
    were), whole or not at all (a temporary file renamed); a pattern no process asked for in ``_SAVES_KEPT``
    saves is dropped."""
    if not _path or not _state["new"]:
        return
    path = _path[0]
    merged: dict[Key, tuple[Any, int]] = {}
    for key, (entry, age) in _read(path).items():
        if key not in _asked and age < _SAVES_KEPT:
            merged[key] = (entry, age + 1)
    for key in _asked:
        merged[key] = (_kept[key], 0)
    temporary = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pickle.dumps(merged, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        _state["new"] = 0
    except OSError:
        with suppress(OSError):
            temporary.unlink()


def _read(path: Path) -> dict[Key, tuple[Any, int]]:
    """What the file at ``path`` keeps: each pattern's entry and age (nothing: no file, or not one of these)."""
    try:
        kept = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        return {}
    if not isinstance(kept, dict) or not all(isinstance(v, tuple) and len(v) == 2 for v in kept.values()):
        return {}
    return kept
