"""Language detection for the languages liaison reads: script first, then function words."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[a-záéíóúñãõçàâèêëîïôûùüœ]+", re.IGNORECASE)
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in with was were has have that for on by is are this".split()),
    "es": frozenset("el la los las del de y en con que por para una un se su fue este esta".split()),
    "pt": frozenset("o a os as do da dos das e em com que por para uma um não foi este esta ao".split()),
    # words Spanish and Portuguese do not share: "la", "de", "en", "que" would score both
    "fr": frozenset("le les des du et est pour qui dans sur au aux avec ce cette une il ont été sont".split()),
}


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (``zh``, ``en``, ``es``, ``pt``, ``fr``); ``en`` when unsure."""
    sample = text[:3000]
    if not sample.strip():
        return "en"
    cjk = len(_CJK.findall(sample))
    if cjk >= 10 or cjk > 0.2 * len(sample.strip()):
        return "zh"
    words = [w.lower() for w in _WORD.findall(sample)]
    scores = {lang: sum(w in stops for w in words) for lang, stops in _STOPWORDS.items()}
    # "de"/"a"/"que" are shared by es and pt; Portuguese needs its own markers to win
    if scores["pt"] > scores["es"] and not re.search(r"\b(não|ção|ões|dos|das)\b|ção\b", sample):
        scores["pt"] = 0
    return max(scores, key=lambda k: scores[k]) if any(scores.values()) else "en"
