"""Name keys used to compare people across documents and scripts."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CJK = re.compile(r"[\u3400-\u9fff]")


def fold_name(name: str) -> str:
    """NFKD, no diacritics, casefolded, only word characters separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", stripped.casefold()))


def compact(name: str) -> str:
    """The folded name without spaces ("Xi Jing Ping" and "Xi Jinping" agree)."""
    return fold_name(name).replace(" ", "")


def is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def stable_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}_{digest}"
