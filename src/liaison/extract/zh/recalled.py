"""Exchanges an item only recalls from before its story (issue 13), mirroring ``latin/recalled.py``.

A draft of the recall tier (a cue sentence no clause pattern read) told as an aside (``recalled_aside``:
the time of something else, "…致电李总理时，", or done before, "曾") after the item's first, dating its
exchange over a month before the story's day (the first dated draft's own day, else the page's), is
background, not what the item reports, when it brings a principal no other draft holds:
"杨洁篪，周三（19日）抵达新加坡…。…习近平7月14日致电李总理时，双方重申…" (a call of July in a report of Yang's
arrival of 19 August). The item's first exchange is never dropped, nor one a clause pattern read: a
retrospective ("56天30余次互動": the calls of January after the talks of 17 March) tells its exchanges
in clauses of their own.

An exchange whose cue sentence opens on years ago (``years_ago``: "45年前，新加坡开国总理李光耀和…邓小平在新加坡进行了
历史性会面", in a report of an ambassador's farewell reception) is history recalled, dropped wherever it stands.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from liaison.extract.zh.cues import cue
from liaison.extract.zh.draft import Draft, Reading
from liaison.model.types import FuzzyDate

_MONTH = timedelta(days=31)
_YEAR = re.compile(r"(\d{4})年")
_ASIDE = cue("recalled_aside")
_YEARS_AGO = cue("years_ago")


def _then_serving(r: Reading, d: Draft) -> bool:
    """A principal named by the post they held then ("时任副主席的A访问某国，并同B举行会晤"): the
    item tells the exchange from a later time, history recalled."""
    sent = r.doc.text[d.sentence[0] : d.sentence[1]]
    at = sent.find("时任")
    if at < 0:
        return False
    # (and a year other than the item's: "…分别会见新任副总统若昂和时任副总统安东尼奥" is today's incumbent)
    years = {m.group(1) for m in _YEAR.finditer(sent)}
    published = r.doc.published.iso[:4] if r.doc.published is not None else None
    if not years or years == {published}:
        return False
    for p, _c in d.host.people + d.guest.people:
        named = sent.find(p.native, at)
        if 0 <= named - at <= 26 and not any(mark in sent[at:named] for mark in "，。；"):
            return True  # (时任…的 and the name within the phrase: 时任国家副主席的习近平)
    return False


def drop_recalled(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those recalled from over a month before the story's day ("习近平7月14日致电李总理时" in
    a report of an arrival of 19 August), and those told as years ago ("45年前，…会面")."""
    drafts = [
        d for d in drafts
        if _YEARS_AGO.match(r.doc.text[d.sentence[0] : d.sentence[1]]) is None and not _then_serving(r, d)
    ]
    if len(drafts) < 2:
        return drafts
    ordered = sorted(drafts, key=lambda d: d.sentence[0])
    first = ordered[0]
    story = _last_day(next((d.date for d in ordered if d.date is not None), None) or r.doc.published)
    if story is None:
        return drafts
    kept = []
    for d in drafts:
        if d is not first and d.confidence < 1.0 and d.date is not None and (end := _last_day(d.date)) is not None:
            aside = _ASIDE.search(r.doc.text, d.sentence[0], d.sentence[1]) is not None
            if aside and story - end > _MONTH and _new_principal(d, [o for o in drafts if o is not d]):
                continue
        kept.append(d)
    return kept


def _last_day(fd: FuzzyDate | None) -> date | None:
    """The last day a date can name: the day itself, a month's last day, a year's 31 December."""
    if fd is None:
        return None
    try:
        if fd.precision == "day":
            return date.fromisoformat(fd.iso[:10])
        if fd.precision == "month":
            first = date.fromisoformat(fd.iso[:7] + "-01")
            return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return date(int(fd.iso[:4]), 12, 31)
    except ValueError:
        return None


def _new_principal(d: Draft, others: list[Draft]) -> bool:
    """Whether ``d`` names a principal none of ``others`` holds."""
    held = {p.native for o in others for p, _c in o.host.people + o.guest.people}
    return any(p.native not in held for p, _c in d.host.people + d.guest.people)


__all__ = ["drop_recalled"]
