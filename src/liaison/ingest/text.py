"""Text hygiene shared by the readers: one-line messages, printable paths, decoding by byte-order mark."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

_SURROGATE = re.compile("[\ud800-\udfff]")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")
MAX_REASON = 300

# longest first: the UTF-32-LE mark begins with the UTF-16-LE one
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def show_path(path: Path | str) -> str:
    """``path`` as printable text: bytes that are not UTF-8 in a file name become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def one_line(message: object) -> str:
    """A message on one line, without lone surrogates, at most ``MAX_REASON`` characters."""
    text = _BREAKS.sub(" ", str(message)).strip()
    text = _SURROGATE.sub("\ufffd", text)
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"


def without_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate (from a JSON ``\\ud800`` escape) replaced by U+FFFD,
    which keeps every character offset; and how many were replaced."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.subn("\ufffd", text)
    return text, 0


def byte_order_mark(head: bytes) -> tuple[str, str, int] | None:
    """(codec, label, mark length) when ``head`` starts with a Unicode byte-order mark."""
    for mark, codec, label in _BOMS:
        if head.startswith(mark):
            return codec, label, len(mark)
    return None


def unmarked_wide_text(head: bytes) -> str | None:
    """"UTF-16-LE" and the like when ``head`` looks like ASCII text in a wide encoding without a mark."""
    sample = head[: len(head) - len(head) % 4]
    if len(sample) < 4:
        return None
    zeros = [sample[i::4].count(0) / (len(sample) // 4) for i in range(4)]
    if zeros[1] > 0.9 and zeros[2] > 0.9 and zeros[3] > 0.9 and zeros[0] < 0.1:
        return "UTF-32-LE"
    if zeros[0] > 0.9 and zeros[1] > 0.9 and zeros[2] > 0.9 and zeros[3] < 0.1:
        return "UTF-32-BE"
    if zeros[1] > 0.9 and zeros[3] > 0.9 and zeros[0] < 0.1 and zeros[2] < 0.1:
        return "UTF-16-LE"
    if zeros[0] > 0.9 and zeros[2] > 0.9 and zeros[1] < 0.1 and zeros[3] < 0.1:
        return "UTF-16-BE"
    return None
