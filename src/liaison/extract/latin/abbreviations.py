"""Abbreviations as one article defines them: "Partido Comunista da China (PCC)" makes "PCC" the CPC
in that article, although the gazetteer's "PCC" is the Communist Party of Cuba.

A language's own readings (``Lexicon.org_abbreviations``: in French and Portuguese reporting on China,
"PCC" is the CPC) apply unless the article names the gazetteer's reading ("Partido Comunista de Cuba") or
its country ("Cuba", "cubano"); a definition in the article wins over both. The abbreviation names the
last organisation of the name before it ("Comité Central do Partido Comunista da China (PCCh)": the party).
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.latin.lexicon import Lexicon, alternation
from liaison.extract.latin.tokens import CAPITAL
from liaison.kb.gazetteer import Gazetteer, OrgEntry

__all__ = ["local_gazetteer", "with_party_sides"]

_AFTER = re.compile(rf"[ \t]*\([ \t]*({CAPITAL}[\w-]{{1,9}})[ \t]*\)")  # "... (PCC)" after a name
_INSIDE = re.compile(rf"\(({CAPITAL}[\w-]{{1,9}})\)$")  # a known form that holds its abbreviation


def local_gazetteer(text: str, gazetteer: Gazetteer, lex: Lexicon) -> Gazetteer:
    """The gazetteer as this article reads abbreviations (the same object when nothing changes)."""
    found = list(gazetteer.find_orgs(text))
    # organisations the article names in full ("Partido Comunista de Cuba"), with the bodies above them
    named = {
        o.id for span, e in found if text[span[0] : span[1]] not in lex.org_abbreviations for o in gazetteer.chain(e)
    }
    forms = {  # the language's reading, unless the article names what (or whose) the gazetteer reads there
        form: key for form, key in lex.org_abbreviations.items()
        if (known := gazetteer.lookup_org(form)) is None
        or (known.id not in named and not _names_country(text, known.country, lex))
    }
    for (start, end), entry in found:
        inside = _INSIDE.search(text, start, end)
        after = _AFTER.match(text, end)
        abbr = inside or after
        if abbr is None or sum(c.isupper() for c in abbr.group(1)) < 2:
            continue
        target = entry if inside else _last_org(text, start, end, gazetteer) or entry
        forms[abbr.group(1)] = target.id
    for form, key in list(forms.items()):
        known = gazetteer.lookup_org(form)
        if known is not None and known.id == key:
            del forms[form]
    return gazetteer.with_forms(forms)


def with_party_sides(lex: Lexicon, gazetteer: Gazetteer) -> Lexicon:
    """The lexicon with the gazetteer's party abbreviations as side words ("Pelo PCdoB, participaram ..."
    lists people of Brazil), built once per lexicon (a language's own or its bare-letter one) and gazetteer."""
    key = (lex.code, id(lex), id(gazetteer.orgs))
    cached = _SIDED.get(key)
    if cached is None or cached[0] is not gazetteer.orgs:
        words = {p.abbr.lower(): p.country for p in gazetteer.parties() if p.abbr and p.country}
        cached = _SIDED[key] = (gazetteer.orgs, replace(lex, side_words={**words, **lex.side_words}))
    return cached[1]


_SIDED: dict[tuple[str, int, int], tuple[dict[str, OrgEntry], Lexicon]] = {}


def _names_country(text: str, country: str | None, lex: Lexicon) -> bool:
    """Whether the text names a country by a name or demonym of the lexicon ("Cuba", "cubano")."""
    words = [w for w, code in (*lex.countries.items(), *lex.demonyms.items()) if code == country]
    return bool(words) and bool(re.search(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", text, re.IGNORECASE))


def _last_org(text: str, start: int, end: int, gazetteer: Gazetteer) -> OrgEntry | None:
    """The shortest known organisation name ending a matched name."""
    found = None
    for m in re.finditer(r"(?<![\w'’-])\w", text[start:end]):
        entry = gazetteer.lookup_org(text[start + m.start() : end])
        if entry is not None:
            found = entry
    return found
