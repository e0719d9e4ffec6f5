"""Exchanges only the headline tells: "欢迎仪式后，两国元首举行会谈" under "习近平同韩国总统会谈",
or an item with no body at all.
"""

from __future__ import annotations

from liaison.extract.zh.clauses import DATELINE, drafts_from_sentence
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.kinds import kind_of
from liaison.extract.zh.titles import ChainPerson
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, Span

_BOTH_LEADERS = cue("both_leaders")


def heads_of_state(doc: Document, sentences: list[Span], gaz: Gazetteer, headline: str | None) -> list[Draft]:
    """欢迎仪式后，两国元首举行会谈: the host is the headline's subject (习近平同韩国总统会谈), the
    counterpart the foreign leader who speaks later in the item."""
    title = doc.article.title or ""
    for span in sentences[:2]:
        sent = doc.text[span[0] : span[1]]
        lead = DATELINE.match(sent)
        body = sent[lead.end() :] if lead else sent
        m = _BOTH_LEADERS.match(body)
        if m is None or headline is None:
            continue
        for draft in drafts_from_sentence(doc, (0, 0), gaz, headline, text=title, post=True):
            if not draft.host.people or draft.guest.people or draft.guest.country in (None, "CN"):
                continue
            people = []
            for p, c in draft.host.people:
                at = doc.text.find(p.native)
                if at < 0:
                    break
                people.append((ChainPerson(p.native, (at, at + len(p.native)), None, None), c))
            else:
                verb = "会谈" if "会谈" in m.group(0) else m.group("verb")
                base = span[0] + (lead.end() if lead else 0)
                found = find_date(body[: m.start("verb")], doc.published, base)
                host = Side(people=people, phrase=draft.host.phrase, country=draft.host.country)
                guest = Side(phrase=draft.guest.phrase, country=draft.guest.country)
                return [
                    Draft.found(kind_of(verb, body), span, sent, host, guest, found, bare_speaker=True)
                ]
    return []


def headline_only(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """When no sentence gave an exchange: "欢迎仪式后，两国元首举行会谈" read with the headline
    (``heads_of_state``), or, for an item without a body, the headline itself ("习近平会见越南国家主席")."""
    doc = r.doc
    if drafts or not doc.article.title:
        return drafts
    if doc.text.strip():
        return heads_of_state(doc, r.sentences, r.gaz, r.headline)
    out = []
    for d in drafts_from_sentence(doc, (0, 0), r.gaz, r.headline, text=doc.article.title, post=True):
        if is_foreign_pair(d):
            d.sentence = (0, 0)
            out.append(d)
    return out
