"""Messages foreign parties send the CPC, reported as roundups (issue 14).

CCTV reports the letters and telegrams of foreign parties in one shape: an opening says who wrote
to whom (``一些国家政党领导人致电致函中共中央对外联络部``, ``外国政党和政要纷纷致电或致函习近平，
祝贺…``), then one paragraph per sender (``<party post><name>(在贺函中)表示…``, ``<post><name>的贺函说``,
``<post><name>对中国共产党成立90周年表示祝贺``) and closing lists
(``此外，A、B…也在来电来函中表示…``, ``发来贺电或贺函的还有：A B C``). Each sender whose own
chain holds a party post becomes one message event between that party and the CPC (and the
recipient, when the opening names one), with the sender's sentence as evidence. A sender styled only
by a foreign state post in office ("法国总统奥朗德在贺函中说") is a state message to Xi Jinping when the
opening says the messages went to him or congratulate him ("…致电致函习近平", "…致电或致函，热烈祝贺习近平
当选…"); other senders, and people the clause patterns already placed in an event, are left alone.

Web roundups (issue 13, furtherzh) tell the same messages in more shapes, read here as cases of the same
roundup: the Chinese leader the opening names as recipient or congratulates may be any
("纷纷致电胡锦涛总书记", "祝贺胡锦涛当选…", "习近平当选…后，多国领导人致电"), or the sender's own
sentence names him ("在给胡锦涛的贺电中说"); a state sender (or a speaker of parliament) writes to him,
or to no one named when the sentence itself tells a message ("在贺电中说", "也发来贺电"); senders
listed "A、B等也发来贺电", "发来贺电的有A、B", or one a line before such a closing line; a foreign
party's organ writing ("越南共产党中央委员会的贺函说") is a message between the two parties naming
nobody; the opening may come after a web page's header lines. A roundup to a foreign leader
(多国领导人致电祝贺通伦连任) is ``congratulations``'.
"""

from __future__ import annotations

import re

from liaison.extract.assembly import EventDraft, Found, PersonDraft, assemble
from liaison.extract.party_names import party_key, zh_party_names
from liaison.extract.prefilter import first_char_guarded
from liaison.extract.zh.assemble import mention
from liaison.extract.zh.capacity import capacities, parties_in, side_of
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import stay_or_vague
from liaison.extract.zh.names import looks_chinese, plausible_name
from liaison.extract.zh.organ_messages import organ_party
from liaison.extract.zh.people import country_of, people_in
from liaison.extract.zh.titles import HEAD_RE, ChainPerson, parse_people
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import Document, EventFrame, FuzzyDate, Span

# the opening: foreign parties (or their leaders) wrote to the CPC, its leader or its department
_WROTE = re.compile(r"致电|致函|来电|来函|贺电|贺函|贺信")
_TO_CPC = re.compile(r"中共|中国共产党|中联部|中央对外联络部|总书记|党的|[十二]{1,2}[一二三四五六七八九十]?大")
_FOREIGN_SENDERS = re.compile(r"政党|党派|政要|领导人|知名人士|发来贺电|友好组织|国际友人|各国共产党")
# one sender's paragraph: <chain><name>(在贺函中)表示|说
_SENDER = re.compile(
    r"^(?:此外|另外|同时|据悉|另据报道|据报道)?[，,]?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|当天|同日)?[，,]?(?P<who>[^，。；：“”]{4,80}?)"
    # on behalf of his government or party, before 向…致以: 加蓬总统邦戈代表加蓬政府和人民向习近平总书记致以热烈祝贺
    r"(?:代表[^，。；]{2,24}?(?=向))?"
    r"(?:在(?:(?:给|致)[^，。；]{1,30}?的)?(?:贺函|贺电|贺信|来电|来函|致电|致函|信|电)中|的(?:贺函|贺电|贺信|来电|来函)|致电(?:中共中央|习近平)[^，。]{0,12}"
    # 向习近平总书记和中国共产党表示热烈祝贺 as 致以: the greeting, not a quotation, follows 表示
    r"|致函[^，。]{0,16}|对(?:中国共产党|中共)[^，。]{0,16}|向(?:中方|中国|中共|习近平)[^，。]{0,12}?(?=致以|表示))?"
    r"[，,]?(?:表示|说|写道|指出|称|认为|强调|致以"  # 俄罗斯总统普京向中方致以最热烈的祝贺
    # 日本首相安倍晋三也发来贺电
    r"|(?:也|亦)?发来(?:了)?(?:贺电|贺函|贺信)|(?:也|亦)(?:致电|致函|致贺电|致贺函|致贺信))"
)
# closing lists: 此外，A、B…也在来电来函中表示 / 发来贺电或贺函的还有：A B C 等…
_LIST_TAIL = first_char_guarded(re.compile(
    r"(?:等(?:政党|外国|国家|多位|人)?[^，。]{0,12}?)?也?(?:(?:在|通过)(?:来电来函|贺电贺函|贺电|贺函|来电|来函)"
    # A、B等也发来贺电 / A和B也分别致电 (not 互致贺电)
    r"|(?:分别|纷纷)?(?:发来|(?<!互)致)(?:了)?(?:贺电|贺函|贺信)|(?:分别|纷纷)(?:致电|致函))"
))
# 发来贺电或贺函的还有：A B C / 发来贺电的有A、B、C等 / 致电祝贺的还有A、B
_ALSO_SENT = re.compile(
    r"^(?:发来|致)(?:贺电|贺函|贺信)(?:或|和|、)?(?:贺电|贺函|贺信)?的(?:还)?有[：:]?"
    r"|^致(?:电|函)祝贺的(?:还)?有[：:]?"
)
_LIST_END = re.compile(r"等(?:\d+|数十|几十|一些|多)[^。]*$|等外国政要[^。]*$")
# the chain may hold 、: 致函中共中央总书记、国家主席习近平
_RECIPIENT = re.compile(r"(?:致电|致函|致电或致函|致电致函|向)(?P<chain>[^，。]{0,24}?)习近平")
_NOT_A_NAME = re.compile(r"赞赏|赞扬|称赞|感谢|祝贺|高度|评价|中方|中国|表示|认为|指出|相信|坚信|希望")
_NOT_SENDER = re.compile(r"^(?:我们|他们|双方|各方|大家|中方|该党|本党|我党|他|她)")
# the opening congratulates Xi (祝贺习近平当选…): the messages went to him; the post he was elected to is his title
_CONGRATULATES_XI = re.compile(r"(?:祝贺|致贺)习近平(?:当选(?P<post>[^，。；、]{2,24}?)(?=[，。；]|$))?")
_TO_ANOTHER = cue("congratulated_roundup")
_FORMER = re.compile(r"前(?:总统|总理|首相|议长|国家主席)$")
_FORMER_POST = re.compile(r"前(?!进|线|沿|锋)")  # a post held before (前主席) is no party post now
_ORGAN_TO_ORGAN = cue("organ_message")  # 越共中央致电中共中央: ``organ_messages`` reads it
# sent over several days (陆续/纷纷致电): dated to the month
_OVER_DAYS = re.compile(r"陆续|纷纷|近日|日前")


def party_message_frames(doc: Document, gaz: Gazetteer, built: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """One message event per foreign party leader a roundup of party messages reports."""
    text = doc.text
    if not text or not doc.sentences:
        return ()
    opening = (doc.article.title or "") + text[: _opening_end(doc)]
    if (other := _TO_ANOTHER.search(opening)) is not None and _chinese_in(other.group("who"), 0, gaz) is None:
        return ()  # 多国领导人致电祝贺通伦连任: a roundup of messages to a foreign leader (``congratulations``)
    roundup = bool(_WROTE.search(opening) and _TO_CPC.search(opening) and _FOREIGN_SENDERS.search(opening))
    recipient = _recipient(doc, gaz)
    xi = recipient if recipient is not None else _xi_written_to(doc)
    if recipient is None and xi is not None and xi.title:
        # "…致电或致函，祝贺习近平当选…总书记": congratulated on the post he was elected to, he is the one every
        # sender wrote to, a party leader too ("某国人民党领袖、总统A表示，…谨致祝贺")
        recipient = xi
    if xi is None and (named := _chinese_recipient(doc, gaz)) is not None:
        recipient = xi = named  # 纷纷致电胡锦涛总书记: every sender's message went to him
    # a state sender to no one named needs a sentence that tells a message ("…在贺电中说", "…也发来贺电")
    told_only = xi is None
    if not roundup and xi is None:
        return ()
    cpc = gaz.org("cpc")
    if cpc is None:
        return ()
    seen = {p.person.native for f in built for p in f.participants}
    frames: list[EventFrame] = []
    for i, span in enumerate(doc.sentences):
        sent = text[span[0] : span[1]]
        own = _told_recipient(sent, span[0], gaz)  # 在给胡锦涛的贺电中说: this message went to him
        senders = _senders(sent, span[0])
        joint = _joint_sender(text, senders)
        together: list[ChainPerson] = []
        if not senders and (together := _comma_joined(sent, span[0], gaz)):
            senders = together[:1]  # 日本前首相…羽田孜，日本众议院议员…海江田万里在贺函中表示: one letter of both
        for person in senders + _lines_before(doc, i, sent) + _lines_after(doc, i, sent):
            if person.native in seen:
                continue
            also = [joint] if joint is not None and person is senders[0] else []
            if together and person is senders[0]:
                also = together[1:]
            frame = _frame(doc, person, span, gaz, cpc, own or recipient, also) if roundup else None
            if frame is None and (xi is not None or roundup) and not (told_only and _tells_no_message(sent, person)):
                frame = _state_frame(doc, person, span, gaz, own or xi, also)  # to no one named: the sender alone
            if frame is not None:
                seen.add(person.native)
                seen.update(p.native for p in also)
                frames.append(frame)
        for organ in _organ_senders(sent, gaz) if roundup and not _ORGAN_TO_ORGAN.search(sent) else []:
            if organ.id not in seen:
                seen.add(organ.id)  # 越南共产党中央委员会的贺函说: the party writes, naming nobody
                frames.append(_organ_frame(doc, organ, span, cpc))
    return tuple(frames)


def _organ_senders(sent: str, gaz: Gazetteer) -> list[OrgEntry]:
    """The foreign parties whose organs a sender's sentence opens on ("老挝人民革命党中央委员会的贺函说") or lists
    as writing too ("古巴共产党中央委员会和朝鲜劳动党中央委员会也发来贺电")."""
    if (m := _SENDER.match(sent)) is not None and not _NOT_SENDER.match(m.group("who")):
        named = m.group("who").removesuffix("的")
    elif (tail := _LIST_TAIL.search(sent)) is not None and not re.search(r"[，,：:]", sent[: tail.start()]):
        named = re.sub(r"^(?:此外|另外|同时)[，,]?", "", sent[: tail.start()])
    else:
        return []
    pieces = re.split(r"[、和及]|\s+", named)
    parties = [organ_party(piece.strip(), gaz, whole=True) for piece in pieces if piece.strip()]
    return [p for p in parties if p is not None and p.country not in (None, "CN")]


def _organ_frame(doc: Document, party: OrgEntry, span: Span, cpc: OrgEntry) -> EventFrame:
    draft = EventDraft(
        kind="message", remote=True, evidence=(span,), people=[], capacities={"party"},
        parties=[cpc.ref(), party.ref()], confidence=0.9,
    )
    told = stay_or_vague(doc.text, span[0], doc.published)
    if told is not None:
        draft.date = Found(*told)
    return assemble(draft, doc.published)


_OPENING_SENTENCES = 5  # a web page's address, date and source lines may come before its lede


def _opening_end(doc: Document) -> int:
    """Where the opening ends: its second sentence, or later the first that tells messages written, when lines of
    a web page's header come first ("当前位置: …", "来源: …")."""
    second = doc.sentences[min(1, len(doc.sentences) - 1)][1]
    told = next((e for s, e in doc.sentences[:_OPENING_SENTENCES] if _WROTE.search(doc.text, s, e)), 0)
    return max(second, told)


def _senders(sent: str, base: int) -> list[ChainPerson]:
    """The people a sentence reports as senders, with their chains."""
    if (also := _ALSO_SENT.match(sent)) is not None:
        body = sent[also.end() :]
        if (end := _LIST_END.search(body)) is not None:
            body = body[: end.start()]
        body = re.sub(r"等?[。；\s]*$", "", body)  # …菲德尔·卡斯特罗等。
        return _space_list(body, base + also.end())
    if (tail := _LIST_TAIL.search(sent)) is not None:
        lead = re.match(r"^(?:此外|另外|同时)?[，,]?", sent)
        assert lead is not None  # the pattern matches the empty string
        listed = sent[lead.end() : tail.start()]
        if lead.end() and not _NOT_SENDER.match(listed):
            return parse_people(listed, base + lead.end())
        # no 此外: a list of senders of its own, sending in the sentence's first clause ("A、B等也发来贺电", "…党领袖
        # 政府总理 奥尼尔等政要也发来贺电贺函")
        if not re.search(r"[，,：:]", listed) and not _NOT_SENDER.match(listed):
            return _space_list(listed, base)
    if (m := _SENDER.match(sent)) is not None and not _NOT_SENDER.match(m.group("who")):
        people = parse_people(m.group("who"), base + m.start("who"))
        return people[:2]
    return []


# senders set off by commas, each with a chain, before the one letter they wrote: "A，B在贺函中表示"
_JOINED = re.compile(r"^(?P<who>[^。；：“”]{8,160}?)在(?:贺函|贺电|贺信|来电|来函)中[，,]?(?:表示|说|写道|指出|称)")


def _comma_joined(sent: str, base: int, gaz: Gazetteer) -> list[ChainPerson]:
    """Two or more titled senders of one country set off by commas before the letter they wrote together
    ("日本前首相、众议院议员羽田孜，日本众议院议员、…会长海江田万里在贺函中表示"); empty unless every piece names
    one titled person of that country."""
    m = _JOINED.match(sent)
    if m is None:
        return []
    out: list[ChainPerson] = []
    at = m.start("who")
    for piece in re.split(r"[，,]", m.group("who")):
        people = parse_people(piece, base + at)
        at += len(piece) + 1
        if len(people) != 1 or not people[0].title:
            return []
        out.append(people[0])
    countries = {country_of(p, gaz) for p in out}
    return out if len(out) > 1 and len(countries) == 1 and None not in countries else []


def _joint_sender(text: str, senders: list[ChainPerson]) -> ChainPerson | None:
    """The second of two senders joined by 和 whose post names no country ("某国…总书记、总统A和副总统B表示"): they
    wrote one message together, the second of the first's country."""
    if len(senders) != 2 or senders[1].title is None or find_countries(senders[1].title):
        return None
    first, second = senders
    between = text[first.span[1] : (second.title_span or second.span)[0]]
    return second if between in ("和", "及", "与") else None


def _tells_no_message(sent: str, person: ChainPerson) -> bool:
    """A sender's sentence that says nothing of a message before the words it reports ("…总统Y表示，…")."""
    said = re.search(r"表示|说|指出|称|认为|强调", sent)
    return not _WROTE.search(sent, 0, said.start() if said else len(sent)) and not re.search(r"发来", sent)


def _lines_before(doc: Document, index: int, sent: str) -> list[ChainPerson]:
    """The senders listed one a line before a closing line that says they also wrote
    ("…党主席、总统纳扎尔巴耶夫 / 白俄罗斯总统卢卡申科 / 柬埔寨人民党中央 等政要政党也发来贺电贺函。"):
    each line a chain and a name, with no stop."""
    tail = _LIST_TAIL.search(sent)
    if tail is None or _ALSO_SENT.match(sent) or re.search(r"[，,：:]", sent[: tail.start()]):
        return []
    found: list[ChainPerson] = []
    for start, end in reversed(doc.sentences[:index]):
        line = doc.text[start:end].strip()
        if not line or len(line) > 60 or re.search(r"[，,。；;：:！？]", line):
            break
        people = _space_list(doc.text[start:end], start)
        if not people:
            break
        found = people + found
    return found


def _lines_after(doc: Document, index: int, sent: str) -> list[ChainPerson]:
    """The senders listed one a line after "发来贺电或贺函的还有：" ("蒙古国民主党主席、总理诺罗布-阿勒坦呼雅格 /
    …/ 萨摩亚人权保护党领袖、总理图伊拉埃帕等150多位外国政要、政党"), up to the line that closes the list."""
    if (also := _ALSO_SENT.match(sent)) is None or sent[also.end() :].strip():
        return []
    found: list[ChainPerson] = []
    for start, end in doc.sentences[index + 1 :]:
        line = doc.text[start:end]
        closing = _LIST_END.search(line) or re.search(r"[。；]\s*$", line)
        body = line[: closing.start()] if closing else line
        if len(body.strip()) > 60 or re.search(r"[，,：:。；]", body):
            break
        found += _space_list(re.sub(r"等?\s*$", "", body), start)
        if closing:
            break
    return found


def _space_list(body: str, base: int) -> list[ChainPerson]:
    """``A党主席 总统 某某 B党总书记某某``: pieces split by spaces, a piece ending in a post
    going on into the next one."""
    out: list[ChainPerson] = []
    chain: list[re.Match[str]] = []
    for m in re.finditer(r"\S+", body):
        piece = m.group()
        if _last_head(piece) == len(piece):
            chain.append(m)  # 主席 总统 某某: the chain goes on
            continue
        people = parse_people(piece, base + m.start())
        if chain and people:
            first = people[0]
            title = "、".join(c.group() for c in chain) + ("、" + first.title if first.title else "")
            people[0] = ChainPerson(first.native, first.span, title, (base + chain[0].start(), first.span[0]))
        out.extend(people)
        chain = []
    return out


def _last_head(piece: str) -> int | None:
    ends = [m.end() for m in HEAD_RE.finditer(piece)]
    return ends[-1] if ends else None


def _recipient(doc: Document, gaz: Gazetteer) -> ChainPerson | None:
    """Xi Jinping when the opening says the messages went to him (致电或致函习近平)."""
    text = doc.text
    first = doc.sentences[min(1, len(doc.sentences) - 1)][1]
    m = _RECIPIENT.search(text, 0, first)
    if m is None:
        return None
    chain = m.group("chain")
    start = m.end() - len("习近平")
    if not chain or _last_head(chain) != len(chain) or _WROTE.search(chain) or "和" in chain:
        return ChainPerson("习近平", (start, m.end()), None, None)  # 致电或致函习近平, 致函中共中央和习近平
    return ChainPerson("习近平", (start, m.end()), chain, (m.start("chain"), m.end("chain")))


def _xi_written_to(doc: Document) -> ChainPerson | None:
    """Xi Jinping when one of the first three sentences says foreign leaders wrote to him or congratulated
    him ("一些国家领导人…陆续致电致函习近平", "…致电或致函，热烈祝贺习近平当选…"; a web page's headline
    and date lines may come first), titled with the post he was elected to when the sentence says it."""
    for start, end in doc.sentences[:_OPENING_SENTENCES]:
        sent = doc.text[start:end]
        if not (_WROTE.search(sent) and _FOREIGN_SENDERS.search(sent)):
            continue
        wrote_to, congratulated = _RECIPIENT.search(sent), _CONGRATULATES_XI.search(sent)
        if congratulated is not None:
            at = start + congratulated.start() + 2
            post = congratulated.group("post")
            if post:
                title_span = (start + congratulated.start("post"), start + congratulated.end("post"))
                return ChainPerson("习近平", (at, at + 3), post, title_span)
            return ChainPerson("习近平", (at, at + 3), None, None)
        if wrote_to is not None:
            at = start + wrote_to.end() - 3
            return ChainPerson("习近平", (at, at + 3), None, None)
    return None


# an opening telling many senders: 一些外国政党领导人纷纷致电…, 世界各国政党和政要纷纷发来贺电
_MANY = re.compile(r"纷纷|陆续|多国|各国|一些|许多|多位|外国|国际")
# who the messages went to, or whom they congratulate on a post: 致电胡锦涛总书记 / 祝贺胡锦涛当选中共中央总书记
_WRITTEN_TO = re.compile(
    r"(?:致电|致函|致电或致函|致电致函)(?P<to>[^，。；]{2,24}?)(?=[，。；]|表示|致以|热烈|祝贺)"
    r"|(?:祝贺|致贺)(?P<elected>[^，。；]{2,24}?)(?:再次|再度)?(?:当选|连任|就任)"
    # 习近平当选…后，多国领导人致电
    r"|(?:^|(?<=电)|(?<=\s))(?P<first>[^，。；\s]{2,24}?)(?:再次|再度)?(?:当选|连任|就任)[^，。；]{2,24}?(?:后|之际)"
)


_TOLD_TO = re.compile(r"在(?:给|致)(?P<to>[^，。；]{2,30}?)的(?:贺函|贺电|贺信|信|电)中")


def _told_recipient(sent: str, base: int, gaz: Gazetteer) -> ChainPerson | None:
    """The Chinese leader a sender's sentence says the message went to: "…金正日在给胡锦涛的贺电中说"."""
    m = _TOLD_TO.search(sent)
    return _chinese_in(m.group("to"), base + m.start("to"), gaz) if m is not None else None


def _chinese_in(piece: str, offset: int, gaz: Gazetteer) -> ChainPerson | None:
    """The person of China's side a phrase names, with his post before or after his name (the last named)."""
    last = re.split(r"[和及与]", piece)[-1]  # 致函中共中央和习近平总书记
    offset, piece = offset + len(piece) - len(last), last
    for person in people_in(piece, offset, gaz, bare=True, post=True):
        side = country_of(person, gaz)
        if side == "CN" or (side is None and looks_chinese(person.native)):
            return person
    return None


def _chinese_recipient(doc: Document, gaz: Gazetteer) -> ChainPerson | None:
    """The Chinese leader an opening telling many senders says the messages went to, or congratulates on a post
    ("一些外国政党领导人纷纷致电胡锦涛总书记，表示热烈祝贺", "…纷纷发来贺电，祝贺胡锦涛当选中共中央总书记"): a
    person of China's side, named with his post before or after his name."""
    for start, end in doc.sentences[:_OPENING_SENTENCES]:
        sent = doc.text[start:end]
        if not (_WROTE.search(sent) and _MANY.search(sent)):
            continue
        for m in _WRITTEN_TO.finditer(sent):
            group = next(g for g in ("to", "elected", "first") if m.group(g))
            if (person := _chinese_in(m.group(group), start + m.start(group), gaz)) is not None:
                return person
    return None


def _state_frame(
    doc: Document, p: ChainPerson, span: Span, gaz: Gazetteer, xi: ChainPerson | None,
    also: list[ChainPerson] | None = None,
) -> EventFrame | None:
    """A message to Xi (or the Chinese leader the opening names; else to no one named) from a sender styled by a
    foreign state post in office (法国总统奥朗德)."""
    if len(p.native) > 12 or _NOT_A_NAME.search(p.native) or not plausible_name(p.native, True, gaz):
        return None
    if not p.title:
        return None
    held = capacities(p.title)
    if held - {"state", "legislature"} or not (held or _FORMER.search(p.title)):
        return None  # a head of state or government, a speaker (议长), or a former one (南非前总统姆贝基)
    named = [iso for _s, _e, iso in find_countries(p.title)[:1] if iso != "CN"]
    if not named:
        return None
    # to Xi as the party's general secretary ("祝贺您当选中共中央总书记"): the CPC a side, the party's channel too
    cpc = gaz.org("cpc") if xi is not None and xi.title and "party" in capacities(xi.title) else None
    draft = EventDraft(
        kind="message",
        remote=True,
        evidence=(span,),
        people=[
            *([PersonDraft(mention(doc, xi, "CN", gaz, None), lead=True, side="CN")] if xi is not None else []),
            PersonDraft(mention(doc, p, named[0], gaz, None), lead=True, side=named[0]),
            *(PersonDraft(mention(doc, q, named[0], gaz, None), lead=True, side=named[0]) for q in also or []),
        ],
        capacities=held | ({"party"} if cpc is not None else set()),
        parties=[cpc.ref()] if cpc is not None else [],
        confidence=0.9,
    )
    told: tuple[FuzzyDate, Span | None] | None = stay_or_vague(doc.text, span[0], doc.published)
    if told is None and doc.published is not None and _OVER_DAYS.search(doc.text, 0, span[0]):
        told = (doc.published.month(), None)  # 陆续致电致函习近平: sent on days not told
    if told is not None:
        draft.date = Found(*told)
    return assemble(draft, doc.published)


def _sender_party(p: ChainPerson, gaz: Gazetteer) -> tuple[OrgEntry, str] | None:
    """The foreign party the sender's own chain names, with its country, when the chain holds a
    party post now (前… posts give none). A known party of another country than the one the chain
    opens with is a shorter name inside a longer one (泰国国民力量党 is not 韩国国民力量党): the
    name by its form wins then."""
    if not p.title:
        return None
    named = [iso for _s, _e, iso in find_countries(p.title)[:1] if iso != "CN"]
    country = named[0] if named else side_of(p.title, gaz)
    candidates = [e for e in parties_in(p.title, gaz, country) if e.country and e.country != "CN"]
    if "party" not in capacities(p.title) and not (candidates and _FORMER_POST.search(p.title) is None):
        return None  # (a known party named without 党 in the post: 南非非国大主席)
    if not named:
        return (candidates[0], candidates[0].country) if candidates and candidates[0].country else None
    for entry in candidates:
        if entry.country == named[0]:
            return entry, named[0]
    for _span, name, iso in zh_party_names(p.title, named[0]):
        if iso == named[0]:
            known = gaz.lookup_org(name)
            if known is not None and known.kind == "party" and known.country == iso:
                return known, iso
            return OrgEntry(id=party_key(name, iso), name=name, kind="party", country=iso, aliases=(name,)), iso
    return None


def _frame(
    doc: Document, p: ChainPerson, span: Span, gaz: Gazetteer, cpc: OrgEntry, recipient: ChainPerson | None,
    also: list[ChainPerson] | None = None,
) -> EventFrame | None:
    if len(p.native) > 12 or _NOT_A_NAME.search(p.native) or not plausible_name(p.native, True, gaz):
        return None
    found = _sender_party(p, gaz)
    if found is None:
        return None
    party, country = found
    people = [PersonDraft(mention(doc, p, country, gaz, party), lead=True, side=country)]
    people += [PersonDraft(mention(doc, q, country, gaz, None), lead=True, side=country) for q in also or []]
    if recipient is not None:
        people.insert(0, PersonDraft(mention(doc, recipient, "CN", gaz, cpc), lead=True, side="CN"))
    draft = EventDraft(
        kind="message",
        remote=True,
        evidence=(span,),
        people=people,
        capacities=capacities(p.title) | {"party"},  # party, and what else the sender's posts stand for
        parties=[cpc.ref(), party.ref()],
        confidence=0.9,
    )
    told = stay_or_vague(doc.text, span[0], doc.published)  # "近日纷纷致电或致函": sent on days not told
    if told is not None:
        draft.date = Found(*told)
    return assemble(draft, doc.published)


__all__ = ["party_message_frames"]
