"""Event frames of one Chinese news item: named passes over drafts, in a declared order (``PASSES``).

1. ``clauses``: each sentence read against the clause patterns (``clauses``, ``seminars``): one
   draft per exchange with its host, counterpart(s), date and place; after a visit told ("X率代表团…访问Y。"),
   the delegation's later meetings ("访问期间，代表团分别会见了A，B，并同C举行会谈") are X's (``delegations``).
2. ``headline``: no draft yet -- the exchange only the headline names (``headlines``).
3. ``unnamed_groups``: "会见了巴西、俄罗斯议会领导人" named later one by one (``attach``).
4. ``leaders_named_before``: a delegation met unnamed ("会见越南高级代表团") is the one an earlier sentence
   named with its leader ("由…黎鸿英率领的越南…代表团"): the leader is the counterpart (``attach``);
   ``delegation_subjects``: a delegation as the subject of a further meeting ("…代表团又会见了…郭永航") is its
   leader, named leading it before (``delegation_subjects``);
   ``speakers``: an unnamed delegation's leader is the one who speaks for it later.
5. ``separate_evidence``: "在会见X时" sentences join X's event as evidence; ``separate_meetings``: one
   naming someone no draft holds ("比如，会见普拉昌达时，…") is a meeting of its own (recall confidence);
   ``counted_counterparts``: "密集会晤四国领导人。A、B、C、D，…" one meeting per leader listed.
6. ``forums``: a multilateral meeting, forum or seminar held, with the foreign leaders listed (``forums``);
   ``briefers``: those who briefed at a briefing naming nobody ("…等作宣介": ``seminars``).
7. ``arrivals``: a visitor arriving and met by the other side (or arriving in the country visited) is a
   visit (``arrivals``); before the attendee passes, so that those arriving with the visitor join it.
8. ``welcomes``: a host holding a visit's welcome ceremony, the guest held by no draft (``welcomes``);
   ``receptions``: a mission's reception hosted by its head, another side's officials attending (``receptions``).
   ``attended_together``: officials of two sides attending one occasion ("…成立大会在首尔举行。中国驻韩国大使A、
   韩国国会议长B等出席了大会"), the first of each side leading (``ceremonies``).
   ``banquets_attended``: a guest attending the banquet a host holds for them ("出席普京为他举行的欢迎宴会").
   ``invited_talks``: a visit by invitation whose talks a later sentence tells by the two together ("应老挝总理宋赛邀请…
   对老挝进行正式访问。会谈中，双方…"): the talks of the visitor and the inviter (``invited_talks``).
9. ``attendees``: attendee lists and spouses join as non-leads.
10. ``companions``: "陪同X出席的是…：A、B" / "陪同X出访的有A，B" join the event X leads (``companions``).
    ``signings``: two signatories of different sides signing together, no draft holding both ("省长王学军和魏尔…共同
    签署了…备忘录" beside the party secretary's meeting with 魏尔): an agreement, after the attendee lists, which
    are of the meetings (``signings``).
11. ``restated``: an undated draft the body tells again with its date (the headline line) goes (``restated``).
12. ``titles_named_before``: a person named bare keeps the title of their first mention (``restated``);
    ``posts_named_before``: a counterpart met by their post alone is the one person the item named before with that
    post ("…会见了老挝政府副总理兼国防部长", ``restated``).
13. ``recall``: cue sentences no pattern read, naming new people on two sides (``recall``, confidence 0.5).
14. ``last_resort``: still no draft -- a lead telling an exchange of a titled person, the other side named only
    as a country (``last_resort``, confidence 0.3).
14b. ``one_sided_visits``: a stay told by its visitor alone, no host named and no draft holding the visitor
    ("…率该党干部考察团访华", ``stays``, confidence 0.5); after the last resort, which it leaves as it was.
    ``stay_companions``: those listed as accompanying its visitor join it ("陪同越共中央总书记访老的有A、B",
    ``companions``); ``tier_attendees``: the attendee lists told after an exchange only the recall tiers read join
    it ("…期间，韩正会见了总理莫迪等印度政要。…尹弘，副市长周波陪同访问。", ``tier_attendees``);
    ``foreign_entourage``: in an exchange with no Chinese side, an attendee placed by
    nothing or by a bare post (外交部部长) takes the side of the person listed before them (``companions``).
15. ``undated_in_stay``: a draft its clause does not date, after a stay told over several days
    ("5月12日至21日") or a vague time ("近日"): the month, not the page's day.
16. ``that_day``: a draft dated by "当日"/"当天" alone takes the day an earlier sentence wrote out.
17. ``file_photos``: an exchange told only by the caption of a file photo (credit closing the line, dated
    over a week before the item) goes.
18. ``recalled``: a recall-tier exchange told as an aside ("…致电李总理时，"), dated over a month before the
    story's first exchange and naming someone no other draft holds, is background (``recalled``).
19. ``dateline_place``: an in-person exchange whose sentence names no place takes the city of the opening
    dateline ("新华社渥太华…电": Ottawa; ``dateline_place``).

Each pass takes the ``Reading`` of the item and the drafts so far and returns the drafts; the
shared layer then builds the frames (``assemble.frame_of``). No foreign side, no event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import partial
from re import _parser  # type: ignore[attr-defined]

from liaison.extract.assembly.trace import ablated, step, tracing
from liaison.extract.prefilter import may_occur
from liaison.extract.zh import grammar as g
from liaison.extract.zh.arrivals import arrivals
from liaison.extract.zh.assemble import frame_of
from liaison.extract.zh.attach import (
    attach_attendees,
    attach_leaders_named_before,
    attach_separate_evidence,
    attach_speakers,
    counted_counterparts,
    leads_told_before,
    name_unnamed_groups,
    same_delegation_head,
    separate_meetings,
)
from liaison.extract.zh.briefings import briefings
from liaison.extract.zh.capacity import CHINESE_SIDES, side_of
from liaison.extract.zh.ceremonies import attended_together
from liaison.extract.zh.clauses import drafts_from_sentence, holds_cue, item_cues
from liaison.extract.zh.companions import companions, foreign_entourage
from liaison.extract.zh.conveyed import conveyed_messages
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dateline_place import dateline_place
from liaison.extract.zh.dates import day_in_stay, day_told_before, stay_or_vague
from liaison.extract.zh.delegation_subjects import delegation_subjects
from liaison.extract.zh.delegations import (
    VISIT_GUARD,
    delegation_clauses,
    host_met,
    led_delegation_met,
    visit_head,
    visit_to_china,
)
from liaison.extract.zh.draft import Draft, Reading, is_foreign_pair
from liaison.extract.zh.forums import forums, mission_seminars
from liaison.extract.zh.greetings_conveyed import greetings_conveyed
from liaison.extract.zh.headlines import headline_only
from liaison.extract.zh.invited_talks import invited_talks
from liaison.extract.zh.last_resort import last_resort
from liaison.extract.zh.recall import known_people, recall_tier
from liaison.extract.zh.recalled import drop_recalled
from liaison.extract.zh.receptions import receptions
from liaison.extract.zh.restated import drop_restated, posts_named_before, titles_named_before
from liaison.extract.zh.seminars import briefers, seminar
from liaison.extract.zh.sides import headline_country
from liaison.extract.zh.signings import signings
from liaison.extract.zh.stays import one_sided_visits
from liaison.extract.zh.tier_attendees import tier_attendees
from liaison.extract.zh.welcomes import banquets_attended, welcomes
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame, FuzzyDate, Span

_TAIWAN = "TW"  # a side of its own in cross-strait exchanges
# 访问期间，X还会见了Y / X还分别会见了Y: a later meeting of the visit told first
_DURING = cue("during")
# 会见前，/ 会谈后，: another meeting of the same day, before or after the one told
_AROUND = cue("around_the_meeting")
# a heading line of a news roundup: short, without a full stop
_HEADING = cue("heading")
_HEADING_LONGEST = _parser.parse(_HEADING.pattern, _HEADING.flags).getwidth()[1]  # characters a match spans at most
# X表示，/ X指出： — the rest of the paragraph is that person's reported speech
_SPEECH_OPENING = cue("speech_opening")
# a caption's photo credit; a caption dated over a week before the item shows a file photo
_PHOTO_CREDIT = cue("photo_credit")
_FILE_PHOTO_DAYS = 7
# 曾于2009年9月举办: a briefing held before, recalled
_RECALLED = re.compile(r"曾(?:于|经)?")

Pass = Callable[[Reading, list[Draft]], list[Draft]]


def duplicate(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The draft of the same people already met (on the same date, or the new one undated): "习近平同X举行会谈"
    told twice."""
    key = {p.native for p, _c in d.host.people + d.guest.people}
    return next(
        (
            other
            for other in drafts
            if key
            and key == {p.native for p, _c in other.host.people + other.guest.people}
            and (other.date == d.date or d.date is None)
            and not _answers(d, other)
        ),
        None,
    )


# a reply told by its verb: 复电, 回电, 复信, 回信, 复函, 回函
_REPLY = re.compile(r"[复回](?:电|信|函)")


def _answers(d: Draft, other: Draft) -> bool:
    """Whether ``d`` is the reply to the message ``other`` ("习近平向朱立伦致贺电。…朱立伦复电习近平致谢"): its sender
    the other's recipient, told by a reply's verb. The two are distinct messages."""
    if d.kind != "message" or other.kind != "message" or not d.host.people or not _REPLY.search(d.clause):
        return False
    return {p.native for p, _c in d.host.people} == {p.native for p, _c in other.guest.people}


def held_talks(kept: Draft, told: Draft) -> None:
    """A meeting the item tells again as talks is talks: "习近平（左）与来访的…朱立伦见面" (a caption), then
    "习近平与来访的…朱立伦举行会谈" (one exchange; the gold codes 会谈 over 会面/会见)."""
    if kept.kind == "meeting" and told.kind == "talks":
        kept.kind = "talks"


def reuse_host_titles(d: Draft, earlier: list[Draft]) -> None:
    """A host named bare (韩正还会见了…) keeps the title chain an earlier event of the item gave them."""
    for other in earlier:
        names = [p.native for p, _c in other.host.people]
        if names == [p.native for p, _c in d.host.people] and all(p.title is None for p, _c in d.host.people):
            if any(p.title for p, _c in other.host.people):
                d.host = other.host
            return


def heading_lines(doc: Document, sentences: list[Span]) -> set[Span]:
    """The story headings of an item bundling several stories (国际联播快讯): whole lines without
    a full stop, after the first line. (A sentence longer than any heading, whitespace at neither end, is
    not tried: most are.)"""
    out: set[Span] = set()
    text = doc.text
    for span in sentences[1:]:
        a, b = span
        if b - a > _HEADING_LONGEST and not text[a].isspace() and not text[b - 1].isspace():
            continue
        line_start = span[0] == 0 or doc.text[span[0] - 1] == "\n"
        line_end = span[1] == len(doc.text) or doc.text[span[1] : span[1] + 1] == "\n"
        if line_start and line_end and _HEADING.match(doc.text[span[0] : span[1]].strip()):
            out.add(span)
    return out


# a party's central committee as a side (国民党中央, 越共中央委员会): a side named as the party itself
_PARTY_CENTRE = re.compile(r"党?中央(?:委员会)?$")


def _party_centre_side(d: Draft) -> bool:
    """A message with one person named and the other side a party's central committee ("国民党中央…收到中共总书记习近平
    发来的贺电"): both sides named, the one as its party."""
    side = d.guest if d.host.people else d.host
    return d.kind == "message" and bool(side.phrase) and side.country is not None and bool(
        _PARTY_CENTRE.search(side.phrase.strip())
    )


def titled_sides(r: Reading) -> dict[str, str]:
    """The side of each person the item names with a title (read once per item)."""
    if (cached := r.memo.get(("titled_sides",))) is not None:
        return cached  # type: ignore[return-value]
    sides = {n: k.country for n, k in known_people(r, []).items() if k.country}
    r.memo[("titled_sides",)] = sides
    return sides


def met_before(delegation: str, drafts: list[Draft], before: str, gaz: Gazetteer) -> str | None:
    """The side of a delegation met again by its head noun alone ("参访团一行", "参访团"): the foreign
    delegation an earlier draft met under a name ending in that noun ("台湾民意代表交流参访团一行"), else
    the one the text ``before`` names with its country in a clause of its own ("越南青年代表团26日抵达上海
    进行访问。27日上午，…沙海林…会见了代表团一行": Vietnam's), or with a party of Taiwan
    ("…陈明振副主委率政党交流团到吉林市参观访问。当晚，…赵静波…会见了交流团一行": Taiwan's)."""
    head = same_delegation_head(delegation)
    if head is None:
        return None
    for d in reversed(drafts):
        if d.guest.country and d.guest.delegation and head in d.guest.delegation:
            return d.guest.country
    return _told_before(head, before, gaz) or leads_told_before(before)


def _met_before_at(drafts: list[Draft], at: int, text: str, gaz: Gazetteer, delegation: str) -> str | None:
    """``met_before`` of a sentence starting at ``at``: what ``text`` says before it."""
    return met_before(delegation, drafts, text[:at], gaz)


def _told_before(head: str, before: str, gaz: Gazetteer) -> str | None:
    """The foreign country named in the clause of the last mention of the delegation ``head`` in ``before``;
    else Taiwan for a clause whose party or post is Taiwan's (中国国民党台中市委员会…率政党交流团)."""
    at = before.rfind(head)
    while at >= 0:
        start = max(before.rfind(sep, 0, at) for sep in "，,。；\n") + 1
        named = [iso for _s, _e, iso in find_countries(before[start:at]) if iso not in CHINESE_SIDES]
        if named:
            return named[-1]
        if side_of(before[start:at], gaz) == _TAIWAN:
            return _TAIWAN
        at = before.rfind(head, 0, at)
    return None


def read_clauses(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """The drafts each sentence's clauses give, in order: "习近平在人民大会堂会见越共中央总书记苏林".

    A sentence opening someone's reported speech ("李强表示，") makes the rest of the paragraph
    quoted: only a subject at a sentence's very start counts there. In a roundup (several story
    headings) a story counts only with both sides named."""
    doc, gaz, sentences = r.doc, r.gaz, r.sentences
    roundup = len(r.headings) >= 2
    quoted = False
    visit: Draft | None = None  # the last visit told ("X率代表团…访问Y。"): its delegation meets later
    # (what can be found in some part of the item, asked once: looked for sentence by sentence only then)
    seminars, during = may_occur(g.SEMINAR_RE, doc.text), may_occur(_DURING, doc.text)
    visits = VISIT_GUARD is None or VISIT_GUARD.search(doc.text) is not None  # (the guard is words: found in the item)
    cues = item_cues(doc.text)
    for i, span in enumerate(sentences):
        if span in r.headings:
            continue
        sent = doc.text[span[0] : span[1]]
        if i == 0 or "\n" in doc.text[sentences[i - 1][1] : span[0] + 1]:
            quoted = False  # a new paragraph
        if seminars and g.SEMINAR_RE.search(sent) and (d := seminar(doc, span, sent, gaz)) is not None:
            if _another_briefing(d, sent, drafts):
                drafts.append(d)
            continue
        # (a sentence without a cue gives no draft: not read; the text before the sentence cut out only when a
        # delegation met again asks for it)
        found = drafts_from_sentence(doc, span, gaz, r.headline, post=not quoted, quoted=quoted,
                                     sides=lambda: titled_sides(r),
                                     met_before=partial(_met_before_at, drafts, span[0], doc.text, gaz),
                                     told=True) if holds_cue(sent, *cues) else []
        if not found and visit is not None:
            found = delegation_clauses(r, span, sent, visit, post=not quoted, before=drafts)
            if not found and i and visit.sentence == sentences[i - 1]:
                found = host_met(r, span, sent, visit)  # 简讯: "…率团访华。王家瑞会见。"
        if visits and (VISIT_GUARD is None or VISIT_GUARD.search(sent) is not None):  # (most sentences tell none)
            visit = visit_head(r, span, sent, drafts) or visit_to_china(r, span, sent) or visit
        if found and (led := led_delegation_met(span, sent, found)) is not None:
            visit = led  # "X率领的…代表团在广州会见了…": the delegation's later meetings are X's
        if during and (drafts or visit is not None) and _DURING.search(sent):
            for d in found:
                first = drafts[0].date if drafts else visit.date if visit is not None else None
                if d.date_span is None and first is not None:
                    # 访问期间，X还会见了Y: some day of the visit reported first
                    d.date = FuzzyDate(first.iso[:7], "month") if first.precision == "day" else first
        if drafts and _AROUND.match(sent):
            for d in found:
                if d.date_span is None:  # 会见前，刘建超还会见了…: the day of the meeting told before
                    d.date = drafts[-1].date
        for d in found:
            reuse_host_titles(d, drafts)
        quoted = quoted or bool(_SPEECH_OPENING.search(sent))
        for d in found:
            if roundup and not (d.host.people and d.guest.people) and not _party_centre_side(d):
                continue  # a roundup's stories count only with both sides named
            if is_foreign_pair(d):
                if (same := duplicate(d, drafts)) is None:
                    drafts.append(d)
                else:
                    held_talks(same, d)
    return drafts


def _file_photo(doc: Document, span: Span, d: Draft) -> bool:
    """A photo caption of an earlier exchange ("2025年9月4日，习近平在北京会见金正恩（China Daily via REUTERS）"
    in a report of 10 October): a file photo, not what the item reports. The credit closes the line
    (as printed: normalising drops bracketed Latin)."""
    published = doc.published
    raw = doc.article.text
    end = raw.find("\n", span[0])
    line = raw[span[0] : end if end >= 0 else len(raw)].rstrip("。 ")
    if not _PHOTO_CREDIT.search(line) or d.date is None or published is None:
        return False
    if d.date.precision != "day" or published.precision != "day":
        return False
    return (date.fromisoformat(published.iso) - date.fromisoformat(d.date.iso)).days > _FILE_PHOTO_DAYS


def undated_in_stay(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A draft its clause does not date, where the last date told before it is a stay of several days or
    a vague time ("…率代表团于5月12日至21日赴上述两国访问。訪利期間，黃先耀拜會了…", "一些外国领导人近日纷纷
    致电…。X的贺函说"): some day of it, the month (``dates.stay_or_vague``), not the day of the page. A bare day
    within such a stay ("2016年9月25日至27日…访问。25日下午，…会见了代表团") is of the stay's month
    (``dates.day_in_stay``)."""
    for d in drafts:
        if d.date is None and d.date_span is None:
            found = stay_or_vague(r.doc.text, d.sentence[0], r.doc.published)
            if found is not None:
                d.date, d.date_span = found
        elif d.date_span is not None and (day := day_in_stay(r.doc.text, d.date_span, r.doc.published)) is not None:
            d.date = day  # "2016年9月25日至27日…访问。25日下午，…会见了代表团": the 25th of September
    return drafts


# the date expression "当日" / "当天" / "同日" alone (a part of the day may follow; not the 同 of 同日本首相)
_THAT_DAY = re.compile(
    r"(?:当地时间)?(?:当日|当天|当晚|同日(?!本|内瓦)|同一天)(?:上午|下午|中午|晚上|晚间|傍晚|晚|早上|早晨|凌晨|夜间)?"
)


def that_day(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A draft dated only by "当日" / "当天" / "当晚" / "同日" in its own sentence, after an earlier sentence that wrote
    a day out, is of that day, not the page's ("昨晚（9月20日晚）的新聞聯播有三條都和…李顯龍有關。當日，習近平、張德江、
    王岐山先后會見了李顯龍" in a column of the 21st: the 20th); a stay or a vague time before it gives nothing
    (``dates.day_told_before``). "同日" is the day of the exchange told before it ("…周一（21日）在巴黎…與…馬克龍會晤。
    …王毅同日另與法國外長勒德里昂舉行會談": the 21st), and so is "同一天" (越通社: "4月26日，张氏梅一行礼节性拜会了…
    习近平。同一天，张氏梅同志与…蔡奇同志举行会谈")."""
    text = r.doc.text
    for d in drafts:
        if d.date_span is None or not _THAT_DAY.fullmatch(text, d.date_span[0], d.date_span[1]):
            continue
        found = day_told_before(text, d.sentence[0], r.doc.published)
        if text.startswith(("同日", "同一天"), d.date_span[0]):
            found = _day_of_exchange_before(d, drafts) or found
        if found is not None:
            d.date, d.date_span = found
    return _told_twice(drafts)


def _told_twice(drafts: list[Draft]) -> list[Draft]:
    """Two drafts of the same kind, principals and day are one exchange told twice, a photo caption and the body
    ("4月26日上午，…傅莹在人民大会堂主持与代表团的工作会谈" under the photo, "同日上午，…傅莹…主持了与该代表团的工作
    会谈和欢迎宴会" in the text, once "同日" has its day): the one with more people stays, with the other's
    attendees and evidence."""
    kept: list[Draft] = []
    for d in drafts:
        key = _exchange_key(d)
        twin = next((k for k in kept if key is not None and _exchange_key(k) == key), None)
        if twin is None:
            kept.append(d)
            continue
        first, second = (d, twin) if len(d.attendees) > len(twin.attendees) else (twin, d)
        named = {a.person.native for a in first.attendees}
        first.attendees += [a for a in second.attendees if a.person.native not in named]
        first.extra_evidence.append(second.sentence)
        kept[kept.index(twin)] = first
    return kept


def _exchange_key(d: Draft) -> tuple[str, frozenset[str], frozenset[str], str] | None:
    """What makes two drafts one exchange: the kind, each side's principals and the day (None: no day told)."""
    if d.date is None or d.date.precision != "day" or d.date_span is None or not d.host.people or not d.guest.people:
        return None
    host = frozenset(p.native for p, _c in d.host.people)
    guest = frozenset(p.native for p, _c in d.guest.people)
    return d.kind, host, guest, d.date.iso


def _day_of_exchange_before(d: Draft, drafts: list[Draft]) -> tuple[FuzzyDate, Span] | None:
    """The day (with its span) of the last exchange told in a sentence before ``d``'s."""
    told = [
        (o.sentence[0], o.date, o.date_span)
        for o in drafts
        if o.sentence[0] < d.sentence[0] and o.date is not None and o.date.precision == "day" and o.date_span
    ]
    if not told:
        return None
    _start, day, span = max(told, key=lambda t: t[0])
    return (day, span) if day is not None and span is not None else None


def drop_file_photos(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """Drafts read from the caption of a file photo go (``_file_photo``): "2025年9月29日，国务院总理李强在北京
    会见朝鲜外交部长崔善姬。（Reuters）" in a report of Li Qiang's visit to Pyongyang on 9 October."""
    return [d for d in drafts if not _file_photo(r.doc, d.sentence, d)]


def _another_briefing(d: Draft, sent: str, drafts: list[Draft]) -> bool:
    """A briefing not told before: the item's first, or one on a day of its own ("27日晚，中联部还在郑州
    举办…宣讲会"); a later sentence without its own day speaks of the same one (及时举办吹风会), and one
    held before (曾于…举办) is recalled."""
    earlier = [o.date for o in drafts if o.kind == "seminar" and o.audience]
    if not earlier:
        return True
    return d.date_span is not None and d.date not in earlier and not _RECALLED.search(sent)


PASSES: tuple[tuple[str, Pass], ...] = (
    ("clauses", read_clauses),
    ("briefings", briefings),
    ("headline", headline_only),
    ("unnamed_groups", name_unnamed_groups),
    ("leaders_named_before", attach_leaders_named_before),
    ("delegation_subjects", delegation_subjects),
    ("speakers", attach_speakers),
    ("separate_evidence", attach_separate_evidence),
    ("separate_meetings", separate_meetings),
    ("counted_counterparts", counted_counterparts),
    ("forums", forums),
    ("mission_seminars", mission_seminars),
    ("briefers", briefers),
    ("arrivals", arrivals),
    ("welcomes", welcomes),
    ("invited_talks", invited_talks),
    ("receptions", receptions),
    ("attended_together", attended_together),
    ("banquets_attended", banquets_attended),
    ("attendees", attach_attendees),
    ("companions", companions),
    ("signings", signings),
    ("restated", drop_restated),
    ("titles_named_before", titles_named_before),
    ("posts_named_before", posts_named_before),
    ("recall", recall_tier),
    ("greetings_conveyed", greetings_conveyed),
    ("conveyed", conveyed_messages),
    ("last_resort", last_resort),
    ("one_sided_visits", one_sided_visits),
    ("stay_companions", companions),
    ("tier_attendees", tier_attendees),
    ("foreign_entourage", foreign_entourage),
    ("undated_in_stay", undated_in_stay),
    ("that_day", that_day),
    ("file_photos", drop_file_photos),
    ("recalled", drop_recalled),
    ("dateline_place", dateline_place),
)


def reading(doc: Document, gaz: Gazetteer) -> Reading:
    """The item as the passes read it; a roundup's title names none of its stories' countries."""
    sentences = list(doc.sentences)
    headings = frozenset(heading_lines(doc, sentences))
    headline = None if len(headings) >= 2 else headline_country(doc)
    return Reading(doc, sentences, gaz, headline, headings)


# the passes that read an item telling no meeting, only a stay ("…本扬来华进行正式友好访问") or a mission's reception:
# not the recall tier nor the last resort, which would take the inviters ("应A、B邀请，…") for counterparts
STAY_PASSES: frozenset[str] = frozenset(name for name, _run in PASSES if name not in {"recall", "last_resort"})


def build_frames(doc: Document, gaz: Gazetteer, only: frozenset[str] | None = None) -> tuple[EventFrame, ...]:
    """Every exchange event the item reports: the passes in order (``only`` those named, when given), then the
    shared assembly."""
    r = reading(doc, gaz)
    drafts: list[Draft] = []
    traced = tracing()  # (asked once: twice per pass costs more than some passes)
    for name, run in PASSES:
        if (only is not None and name not in only) or ablated(f"zh:{name}"):
            continue
        before = _frames_of(doc, drafts, gaz) if traced else ()  # a pass may change drafts in place
        drafts = run(r, drafts)
        if traced:
            step(name, before, _frames_of(doc, drafts, gaz))
    return tuple(frame_of(doc, d, gaz) for d in drafts)


def _frames_of(doc: Document, drafts: list[Draft], gaz: Gazetteer) -> tuple[EventFrame, ...]:
    """The drafts as frames, for ``trace``: a pass may leave a draft no frame can yet be built of (skipped)."""
    out = []
    for d in drafts:
        try:
            out.append(frame_of(doc, d, gaz))
        except Exception:  # a diagnostic never stops the reading
            continue
    return tuple(out)


__all__ = ["PASSES", "STAY_PASSES", "build_frames"]
