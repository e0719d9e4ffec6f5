"""The side of a principal the text places nowhere (issue 13, country28): in an event one other side is placed
in, a principal of no country by their own words, post, name or the people table is of the country the article
names most often besides the placed side ("The Communist Party of China delegation ... has met President A" on a
page telling the delegation's visit to Nepal, "La presidenta A recibió ... a una delegación enviada por el Gobierno
chino" on a page telling of Argentina). Most unseen people are unknown to the tables: the story's other country is
the one reading their text offers when nothing nearer does."""

from __future__ import annotations

from collections import Counter

from liaison.extract.latin.affiliation import affiliation, country_mentions
from liaison.extract.latin.context import Group, _Doc


def story_countries(ctx: _Doc) -> Counter[str]:
    """How often the headline and text name each country (names and demonyms)."""
    said = f"{ctx.doc.article.title or ''}\n{ctx.text}"
    cached = _LAST.get(id(ctx.lex))
    if cached is not None and cached[0] == said:
        return cached[1]
    counts = Counter(country_mentions(said, ctx.lex))
    _LAST.clear()  # one document's counts at a time: the groups of a document are read together
    _LAST[id(ctx.lex)] = (said, counts)
    return counts


_LAST: dict[int, tuple[str, Counter[str]]] = {}


def other_story_country(ctx: _Doc, known: set[str]) -> str | None:
    """The country named most often besides ``known``, when one leads (ties give none)."""
    counts = story_countries(ctx)
    ranked = [(n, code) for code, n in counts.items() if code not in known]
    ranked.sort(reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def story_other_sides(ctx: _Doc, group: Group) -> None:
    """Place each principal of no side beside one placed side in the story's other country (not in the recall
    tier, whose frames are the least sure)."""
    if group.recall:
        return
    known = {s.side for s in group.seats if s.side}
    if len(known) != 1:
        return
    unplaced = [s for s in group.seats if s.lead and s.side is None
                and (s.affiliation is None or s.affiliation.organization is None)]
    if not unplaced:
        return
    side = other_story_country(ctx, known)
    if side is None:
        return
    for seat in unplaced:
        seat.side = side
        seat.affiliation = affiliation(seat.title.text if seat.title else None, ctx.lex, ctx.gazetteer, side)
