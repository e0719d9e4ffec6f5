"""Abbreviations as one article defines them: "Partido Comunista da China (PCC)" makes "PCC" the CPC
in that article, although the gazetteer's "PCC" is the Communist Party of Cuba.

A language's own readings (``Lexicon.org_abbreviations``: in French and Portuguese reporting on China,
"PCC" is the CPC) apply first; a definition in the article wins over both. The abbreviation names the
last organisation of the name before it ("Comité Central do Partido Comunista da China (PCCh)": the party).
"""

from __future__ import annotations

import re

from liaison.extract.latin.lexicon import Lexicon
from liaison.kb.gazetteer import Gazetteer, OrgEntry

__all__ = ["local_gazetteer"]

_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z][\w-]{1,9})[ \t]*\)")  # "... (PCC)" after a name
_INSIDE = re.compile(r"\(([A-Z][\w-]{1,9})\)$")  # a known form that holds its abbreviation


def local_gazetteer(text: str, gazetteer: Gazetteer, lex: Lexicon) -> Gazetteer:
    """The gazetteer as this article reads abbreviations (the same object when nothing changes)."""
    forms = dict(lex.org_abbreviations)
    for (start, end), entry in gazetteer.find_orgs(text):
        inside = _INSIDE.search(text, start, end)
        after = _AFTER.match(text, end)
        abbr = inside or after
        if abbr is None or sum(c.isupper() for c in abbr.group(1)) < 2:
            continue
        named = entry if inside else _last_org(text, start, end, gazetteer) or entry
        forms[abbr.group(1)] = named.id
    for form, key in list(forms.items()):
        known = gazetteer.lookup_org(form)
        if known is not None and known.id == key:
            del forms[form]
    return gazetteer.with_forms(forms)


def _last_org(text: str, start: int, end: int, gazetteer: Gazetteer) -> OrgEntry | None:
    """The shortest known organisation name ending a matched name."""
    found = None
    for m in re.finditer(r"(?<![\w'’-])\w", text[start:end]):
        entry = gazetteer.lookup_org(text[start + m.start() : end])
        if entry is not None:
            found = entry
    return found
