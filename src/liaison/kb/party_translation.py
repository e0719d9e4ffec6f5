"""Derived English (and Spanish) names for parties known only by their Chinese name (issue 14).

A party recognised by the form of its name (``extract/party_names``: 阿尔巴尼亚民主党) has no English
name in the knowledge base or Party Facts. Its name is read word by word with the grammar of party
names (``party_words.toml``: …党 Party, 民主 Democratic, 人民 People's, 争取进步 "for Progress") and the
country it opens with (``kb/countries``), giving "Democratic Party of Albania". Only a name made wholly
of known words is translated; the result is a *derived translation*, never presented as the party's
verified name: ``MARK`` follows it in the store, so every list, page and export shows it
(``marked_names``); Party Facts linking reads it without the mark (``unmarked``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from liaison.kb.countries import code_of, record_name
from liaison.kb.languages import language_data
from liaison.kb.parsed import read_toml

PATH = Path(__file__).with_name("party_words.toml")
MARK = " [derived translation]"  # follows a derived name wherever it shows (store, exports, pages)
_CJK = re.compile(r"[\u3400-\u9fff]")
_QUALIFIER = re.compile(r"[（(]([^（）()]+)[）)]$")


@dataclass(frozen=True)
class PartyTranslation:
    """A derived name: ``en`` first, its other English form, and Spanish where natural."""

    en: str
    en_other: str | None
    es: str | None

    def forms(self) -> tuple[str, ...]:
        return tuple(f for f in (self.en, self.en_other, self.es) if f)


@cache
def _words() -> dict[str, Any]:
    return read_toml(PATH)


def is_chinese_name(name: str) -> bool:
    return bool(_CJK.search(name))


def translate_party(name: str, country: str | None) -> PartyTranslation | None:
    """The derived names of a Chinese party name of ``country`` (ISO alpha-2), or None when the
    name does not open with that country or holds a word the grammar does not know.

    >>> translate_party("阿尔巴尼亚民主党", "AL").en
    'Democratic Party of Albania'
    """
    if not country or not is_chinese_name(name):
        return None
    stripped = _strip_country(name.strip(), country.upper())
    if stripped is None:
        return None
    prefix, body = stripped
    qualifier = None
    if (m := _QUALIFIER.search(body)) is not None:
        qualifier = _words()["qualifiers"].get(m.group(1))
        if qualifier is None:
            return None
        body = body[: m.start()]
    country_en = record_name(country)
    if not country_en:
        return None
    country_es = _spanish_country(country)
    own = {"en": country_en.removeprefix("the "), "es": country_es or country_en, "noun": True}
    tokens = _tokenise(body, prefix, own)
    if not tokens or tokens[-1][0] != "head":
        return None
    en_body = _english(tokens)
    tail = f" ({qualifier['en']})" if qualifier else ""
    adjective = _demonym(country)
    es = None
    if country_es:
        es = _spanish(tokens) + f" de {country_es}" + (f" ({qualifier['es']})" if qualifier else "")
    if any(e is own for _k, e in tokens):  # the name says its country: United Seychelles Party
        return PartyTranslation(en=en_body + tail, en_other=None, es=_spanish(tokens) if country_es else None)
    return PartyTranslation(
        en=f"{en_body} of {country_en}{tail}", en_other=f"{adjective} {en_body}{tail}" if adjective else None, es=es
    )


def _strip_country(name: str, country: str) -> tuple[str, str] | None:
    """(country form, rest) of a name opening with its country (共和国 after it is the country's:
    亚美尼亚共和国共和党 is Armenia's Republican Party)."""
    extra = _words()["countries"]
    for end in range(len(name) - 1, 0, -1):
        prefix = name[:end]
        if extra.get(prefix) == country or code_of(prefix) == country:
            body = name[end:]
            if body.startswith("共和国") and len(body) > 4:
                body = body[3:]
            return prefix, body
    return None


Token = tuple[str, dict[str, Any]]  # ("head" | "word" | "for", entry)


def _tokenise(body: str, country_form: str, country: dict[str, Any]) -> list[Token] | None:
    """The words of a name body, longest first; None when a part is unknown. A head followed by 党
    (阵线党, 运动党) keeps the first head only: the People's Liberation Front, not its Party."""
    words, heads = _words()["words"], _words()["heads"]
    out: list[Token] = []
    i = 0
    while i < len(body):
        if body.startswith("争取", i):
            out.append(("for", {}))
            i += 2
            continue
        if body.startswith(country_form, i):  # 繁荣亚美尼亚党: Prosperous Armenia
            out.append(("word", country))
            i += len(country_form)
            continue
        for size in range(min(6, len(body) - i), 0, -1):
            part = body[i: i + size]
            if part in heads and not (part == "党" and out and out[-1][0] == "head"):
                out.append(("head", heads[part]))
                break
            if part == "党" and out and out[-1][0] == "head":
                break
            if part in words:
                out.append(("word", words[part]))
                break
        else:
            return None
        i += size
    # 争取 takes the next word as its object: "for Progress"
    for j, (kind, _e) in enumerate(out):
        if kind == "for" and (j + 1 >= len(out) or out[j + 1][0] != "word" or "en_object" not in out[j + 1][1]):
            return None
    return out


def _english(tokens: list[Token]) -> str:
    mods: list[str] = []
    objects: list[str] = []
    heads: list[str] = []
    skip = False
    for j, (kind, e) in enumerate(tokens):
        if skip:
            skip = False
            continue
        if kind == "for":
            objects.append("for " + tokens[j + 1][1]["en_object"])
            skip = True
        elif kind == "head":
            heads.append(e["en"])
        else:
            mods.append(e["en"])
    return " ".join([*mods, *heads[-1:], *objects])


def _spanish(tokens: list[Token]) -> str:
    """Head first, then the modifiers from the last to the first, agreeing with the last noun."""
    head = next(e for kind, e in reversed(tokens) if kind == "head")
    gender = head.get("gender", "m")
    out = [head["es"]]
    objects: list[str] = []
    words = [(k, e) for k, e in tokens if k != "head"]
    for j, (kind, _e) in enumerate(words):
        if kind == "for":
            objects.append("por " + words[j + 1][1]["es_object"])
    rest = [e for j, (k, e) in enumerate(words) if k == "word" and not (j > 0 and words[j - 1][0] == "for")]
    for e in reversed(rest):
        if e.get("noun"):
            out.append("de " + e["es"])
            gender = e.get("gender", "m")
        else:
            out.append(e.get("es_f", e["es"]) if gender == "f" else e["es"])
    return " ".join([*out, *objects])


@cache
def _demonym(country: str) -> str | None:
    """The English adjective of a country (``kb/lang/en.toml`` demonyms), capitalised."""
    for word, code in language_data("en").get("demonyms", {}).items():
        if code == country.upper() and " " not in word:
            return str(word).capitalize()
    return None


def _spanish_country(country: str) -> str | None:
    return _words()["spanish_countries"].get(country.upper())


def marked_names(name: str, country: str | None) -> tuple[str, tuple[str, ...]] | None:
    """(name, aliases) a party known only by its Chinese name is recorded under: the derived English
    name, marked, then the other derived forms, marked, and the Chinese name as written."""
    found = translate_party(name, country)
    if found is None:
        return None
    return found.en + MARK, (*(f + MARK for f in found.forms()[1:]), name)


def unmarked(form: str) -> str:
    """A form without the derived-translation mark (for matching against other sources)."""
    return form.removesuffix(MARK)
