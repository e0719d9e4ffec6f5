"""Name folding as the scoring spec defines it: NFKD, no diacritics, casefolded, word characters only."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_CJK_CLASS = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_CLASS}]")
_CJK_OR_RUN = re.compile(f"[{_CJK_CLASS}]|[^{_CJK_CLASS}]+")


def fold(text: str | None) -> str:
    """``"Diosdado Cabello Rondón"`` -> ``"diosdadocabellorondon"``; ``None`` -> ``""``."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub("", stripped.casefold())


def keys(forms: Iterable[str | None]) -> frozenset[str]:
    """The non-empty folded forms of several names."""
    return frozenset(k for k in (fold(f) for f in forms) if k)


def tokens(text: str | None) -> list[str]:
    """Title tokens: folded words, with each CJK character a token of its own."""
    if not text:
        return []
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    out: list[str] = []
    for word in _NON_WORD.split(stripped):
        if not word:
            continue
        if _CJK.search(word):
            out.extend(_CJK_OR_RUN.findall(word))
        else:
            out.append(word)
    return out

