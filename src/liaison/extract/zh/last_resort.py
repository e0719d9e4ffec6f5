"""The item's last resort (mirrors ``latin.last_resort``): when no pass built a draft, a lead sentence telling a
visit in progress, "<visitor> … 对<country>进行(国事)访问", whose visitor is the one titled person of a known side
it names and whose country is another ("老挝人民革命党中央总书记、国家主席通伦·西苏里11月29日至12月1日对中国进行
国事访问"), gives one visit of that person at ``ARTICLE_CONFIDENCE``.

Narrower than the Latin tier: CCTV items the grammar leaves without a draft tell welcomes (the visitor is the
object: "举行仪式欢迎…对我国进行国事访问"), departures and returns (离京, 结束…访问), interviews on the eve of a visit
(前夕) and quick news of foreign leaders; a visit announced (将, 定于, 邀请) is none either (``last_resort_not_held``).
"""

from __future__ import annotations

import re

from liaison.extract.assembly.confidence import ARTICLE_CONFIDENCE
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Draft, Reading, Side
from liaison.extract.zh.party_visits import party_visit
from liaison.extract.zh.people import country_of, international_official
from liaison.extract.zh.recall import phrases_people

LEAD = 2  # sentences read as the item's lead: the first that end as sentences do (not the headline
# repeated, a byline or a time stamp)
_SENTENCE_END = re.compile(r"[。！？!?]\s*$")
_VISIT = cue("last_resort_visit")
_NOT_HELD = cue("last_resort_not_held")


def last_resort(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """One visit draft when none was built and the lead tells a visit in progress of a titled person to
    another country ("…国家主席通伦·西苏里11月29日至12月1日对中国进行国事访问"); the drafts unchanged otherwise."""
    if drafts:
        return drafts
    title = r.doc.article.title or ""
    if _NOT_HELD.search(title):
        return drafts  # 外交部：阿根廷、玻利维亚、秘鲁外长将访华: the headline tells it as still to come
    lead = [s for s in r.sentences if s not in r.headings and _SENTENCE_END.search(r.doc.text[s[0] : s[1]])][:LEAD]
    for span in lead:
        sent = r.doc.text[span[0] : span[1]]
        visit = _VISIT.search(sent)
        if visit is None or _NOT_HELD.search(sent):
            continue
        people = [p for p in phrases_people(r, span[0], sent) if p.span[1] - span[0] <= visit.start()]
        if len(people) != 1:
            continue  # nobody, or several: whose visit it is the grammar could not tell
        (p,) = people
        side = country_of(p, r.gaz)
        visited = [code for _a, _b, code in find_countries(visit.group("country"))]
        if side is None or international_official(p, r.gaz) or not visited or visited[0] == side:
            continue
        found = find_date(sent, r.doc.published, span[0], first_day=True)  # the visit from its first day
        host = Side(country=visited[0])
        guest = Side(people=[(p, side)], country=side)
        return [Draft.found("visit", span, sent, host, guest, found, confidence=ARTICLE_CONFIDENCE)]
    return party_visit(r, lead) or drafts  # "…大使A…到访<party>…区党部" (``party_visits``)
