"""Opening inputs without surprises: regular files only, gzip layers unwrapped, lines read with a bound.

A FIFO, socket or device is refused before it is opened (opening a FIFO blocks until a writer
comes). Lines are read at most ``limit + 1`` bytes at a time, and the rest of an oversized line is
read and dropped in small pieces, so a 2 GiB line costs time, never memory.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import zlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, AnyStr, cast

from liaison.ingest.records import InputError

GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)
_DISCARD_CHUNK = 1 << 20
_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def special_kind(mode: int) -> str | None:
    """What a non-regular, non-directory file is ("a FIFO"), or None for a regular file or folder."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((label for test, label in _KINDS if test(mode)), "not a regular file")


def gzip_layers(path: Path) -> int:
    """How many ``.gz`` suffixes end the file name (``a.jsonl.gz.gz``: 2)."""
    name, n = path.name.lower(), 0
    while name.endswith(".gz"):
        name, n = name[:-3], n + 1
    return n


@contextmanager
def open_input(path: Path) -> Iterator[IO[bytes]]:
    """The decompressed bytes of a regular file; ``InputError`` for anything else."""
    st = os.stat(path)
    kind = special_kind(st.st_mode)
    if kind is not None or stat.S_ISDIR(st.st_mode):
        raise InputError(f"{kind or 'a folder'}, not a file; not read")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with ExitStack() as stack:
        raw: IO[bytes] = stack.enter_context(os.fdopen(fd, "rb"))
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
            raise InputError("not a regular file; not read")
        for _ in range(gzip_layers(path)):
            raw = cast(IO[bytes], stack.enter_context(gzip.GzipFile(fileobj=raw, mode="rb")))
        yield raw


def read_bounded(stream: IO[bytes], limit: int) -> bytes:
    """At most ``limit`` bytes of ``stream``; ``InputError`` when there is more."""
    try:
        raw = stream.read(limit + 1)
    except GZIP_ERRORS as exc:
        raise InputError(f"corrupt gzip data: {exc}") from exc
    if len(raw) > limit:
        raise InputError(f"file larger than {limit:,} bytes; not an article")
    return raw


def bounded_lines(stream: IO[AnyStr], limit: int) -> Iterator[tuple[int, AnyStr | None]]:
    """(line number, line) for each line; the line is None when it is longer than ``limit``."""
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        newline = "\n" if isinstance(line, str) else b"\n"
        if len(line) > limit and not line.endswith(newline):  # type: ignore[arg-type]
            _discard_rest_of_line(stream, newline)
            yield lineno, None
        else:
            yield lineno, line


def _discard_rest_of_line(stream: IO[AnyStr], newline: str | bytes) -> None:
    while True:
        piece = stream.readline(_DISCARD_CHUNK)
        if not piece or piece.endswith(newline):  # type: ignore[arg-type]
            return


def text_stream(stream: IO[bytes], codec: str) -> io.TextIOWrapper:
    """``stream`` decoded as ``codec`` (strict), with universal newlines."""
    return io.TextIOWrapper(stream, encoding=codec, errors="strict")  # type: ignore[arg-type]
