"""Several hosts written with commas before one verb of separate meetings: "老挝人民革命党中央总书记、国家主席
朱马里·赛雅颂，老挝总理通辛·坦马冯，老挝国会主席巴尼·亚陶都分别会见越南高级代表团". The commas between
the titled people are read as the list's 、 (offset for offset), so each host is a subject of the verb as
when the page writes "A、B、C分别会见"; a clause before them that names nobody alone (12月1日在万象，) stays
a clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.zh.cues import cue
from liaison.extract.zh.people import people_in
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document

_SEPARATE_VERB = cue("separate_verb")
_COMMA = re.compile(r"[，,]")


def with_listed_subjects(doc: Document, gaz: Gazetteer) -> Document:
    """``doc`` with the commas between the titled hosts of a separate-meetings verb written as 、."""
    text = doc.text
    if not _SEPARATE_VERB.search(text):
        return doc
    chars = list(text)
    for start, end in doc.sentences:
        verb = _SEPARATE_VERB.search(text, start, end)
        if verb is None:
            continue
        commas = [m.start() for m in _COMMA.finditer(text, start, verb.start())]
        bounds = [start, *(c + 1 for c in commas)]
        # from the last clause (the one with the verb) back: each earlier clause one titled person alone
        joined: list[int] = []
        for i in range(len(commas) - 1, -1, -1):
            if not _one_titled(text[bounds[i] : commas[i]], bounds[i], gaz):
                break
            joined.append(commas[i])
        if joined and _one_titled(text[commas[-1] + 1 : verb.start()], commas[-1] + 1, gaz):
            for at in joined:
                chars[at] = "、"
    new = "".join(chars)
    return doc if new == text else replace(doc, body=new)


def _one_titled(clause: str, offset: int, gaz: Gazetteer) -> bool:
    """``clause`` is one person with a title chain and nothing else."""
    people = people_in(clause, offset, gaz)
    if len(people) != 1 or not people[0].title or (title := people[0].title_span) is None:
        return False
    return title[0] == offset and people[0].span[1] == offset + len(clause)


__all__ = ["with_listed_subjects"]
