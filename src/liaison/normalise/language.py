"""Language detection for the languages liaison reads: script first, then function words."""

from __future__ import annotations

import re

from liaison.kb.languages import detection_order, language_codes, language_data

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TEN_CJK = re.compile(r"(?:[^\u4e00-\u9fff]*+[\u4e00-\u9fff]){10}")  # ten of them, wherever they are
_SCRIPTS = {"Cyrillic": re.compile(r"[\u0400-\u04ff]")}
_WORD = re.compile(r"[a-záéíóúñãõçàâèêëîïôûùüœ]+", re.IGNORECASE)
# [detection] of each language file: function words, and for a language sharing most of them with a
# rival ("pt" and "es"), markers it needs to win over it
_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(language_data(code)["detection"]["stopwords"]) for code in detection_order()
}
# [detection] script of each language file: text mostly in that script is the language
_BY_SCRIPT: dict[str, re.Pattern[str]] = {
    code: _SCRIPTS[d["script"]]
    for code in language_codes()
    if "script" in (d := language_data(code).get("detection", {}))
}
_RIVALS: dict[str, tuple[str, re.Pattern[str]]] = {
    code: (d["rival"], re.compile(d["markers"]))
    for code in detection_order()
    if "rival" in (d := language_data(code)["detection"])
}


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (``zh``, ``ru`` by script, or one with a language file: ``en``,
    ``es``, ``pt``, ``fr``, ``it``); ``en`` when unsure."""
    sample = text[:3000]
    if not sample.strip():
        return "en"
    if _TEN_CJK.match(sample):
        return "zh"  # (ten found: counting the rest would change nothing)
    cjk = len(_CJK.findall(sample))
    if cjk >= 10 or cjk > 0.2 * len(sample.strip()):
        return "zh"
    for code, script in _BY_SCRIPT.items():  # a language file's [detection] script: "ru" for Cyrillic
        if len(script.findall(sample)) > 0.3 * len(sample.strip()):
            return code
    words = [w.lower() for w in _WORD.findall(sample)]
    scores = {lang: sum(w in stops for w in words) for lang, stops in _STOPWORDS.items()}
    for code, (rival, markers) in _RIVALS.items():  # "de"/"a"/"que" are Spanish and Portuguese
        if scores[code] > scores[rival] and not markers.search(sample):
            scores[code] = 0
    return max(scores, key=lambda k: scores[k]) if any(scores.values()) else "en"
