"""Messages between party organs that name nobody as a side (issue 14: party-only messages in Chinese).

"中国共产党中央委员会致电古巴共产党第七次全国代表大会，热烈祝贺大会胜利召开", "中国国民党中央委员会复电
中国共产党中央委员会表示感谢", "越南共产党中央委员会向中国共产党中央委员会致贺电": one party writes to another
through its organs. The event is a message between the two parties, with no participants (people
the message speaks of are only talked about). The sender must be the organ itself, opening its
clause ("苏林感谢中共中央致电…" recalls a message, it does not report one), and the recipient must name
no person (a message to a person is read by the clause patterns).
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.assembly import EventDraft, Found, assemble
from liaison.extract.prefilter import may_occur
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.names import plausible_name
from liaison.extract.zh.titles import parse_people
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import Document, EventFrame

_ORGAN_MESSAGE = cue("organ_message")
_REPLY = cue("reply_message")
_SAME_DAY = re.compile(r"(?:当天|当日|同日)")
# a recipient's chain ending in a leader's post names a person (中共中央总书记习近平); 全国代表大会 does not
_LEADER_POST = re.compile(r"(?:总书记|主席|总统|总理|书记|委员长|议长|领袖|领导人|部长|首相|国王|主任)$")


def organ_message_frames(doc: Document, gaz: Gazetteer, built: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """One message event per organ-to-organ message the item reports (sender, recipient, date)."""
    text = doc.text
    if not may_occur(_ORGAN_MESSAGE, text):  # (no sentence can match)
        return ()
    read = {span for f in built for span in f.evidence}  # sentences another pass built an event from
    told: set[tuple[str, str]] = set()
    frames: list[EventFrame] = []
    for start, end in doc.sentences:
        if (start, end) in read:
            continue
        sent = text[start:end]
        if not may_occur(_ORGAN_MESSAGE, sent):
            continue  # (its words first: most sentences have none)
        for m in _ORGAN_MESSAGE.finditer(sent):
            sender = organ_party(m.group("sender"), gaz, whole=True)
            to = m.group("to") or m.group("to2")
            recipient = organ_party(to, gaz, whole=False)
            if sender is None or recipient is None or sender.id == recipient.id or _names_someone(to, gaz):
                continue
            if (sender.id, recipient.id) in told:
                continue
            told.add((sender.id, recipient.id))
            found = find_date(sent, doc.published, start)
            draft = EventDraft(
                kind="message",
                remote=True,
                evidence=((start, end),),
                capacities={"party"},
                parties=[sender.ref(), recipient.ref()],
                date=Found(found[0], found[1]) if found is not None else None,
                confidence=0.9,
            )
            frames.append(assemble(draft, doc.published))
    return tuple(frames)


def reply_frames(doc: Document, built: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """"连战、吴伯雄分别复电表示感谢" after "习近平分别致电连战、吴伯雄": each recipient named as replying answers
    the message they received, a message the other way with the same two people and parties."""
    if not may_occur(_REPLY, doc.text):  # (no sentence can match)
        return ()
    frames: list[EventFrame] = []
    for s_start, end in doc.sentences:
        sent = doc.text[s_start:end]
        lead = len(sent) - len(sent.lstrip())
        for m in _REPLY.finditer(sent.strip()):
            frames += _replies(doc, built, (s_start, end), s_start + lead + m.start(), m.group("who"))
    return tuple(frames)


def _replies(
    doc: Document, built: tuple[EventFrame, ...], sentence: tuple[int, int], start: int, repliers: str
) -> list[EventFrame]:
    """The replies of one reply clause (from ``start`` in ``sentence``): each person it names (bare or titled,
    "中国国民党主席朱立伦") who received a message told before it answers that message."""
    end = sentence[1]
    who = re.split(r"[、和及]", repliers)
    frames: list[EventFrame] = []
    told = [f for f in built if f.kind == "message" and len(f.participants) == 2 and f.evidence[0][0] < start]
    # the messages of the last sentence told before that tells any: the ones answered ("马英九…分别致电胡锦涛、习近平…。
    # 胡锦涛、习近平分别复电…。同日，连战、吴伯雄也分别向胡锦涛、习近平致电，胡锦涛、习近平分别复电…": Lien's and Wu's)
    last = max((f.evidence[0][0] for f in told), default=-1)
    for f in told:
        if f.evidence[0][0] != last:
            continue
        sender, recipient = f.participants
        if not any(w.endswith(recipient.person.native) for w in who):
            continue
        found = find_date(doc.text[start:end], doc.published, start)
        if found and _SAME_DAY.fullmatch(doc.text[found[1][0] : found[1][1]]):
            found = None  # "郑丽文女士当天也覆电致谢": the day of the message answered
        frames.append(
            replace(
                f,
                participants=(recipient, sender),
                parties=tuple(reversed(f.parties)),
                evidence=(sentence,),
                date=found[0] if found else f.date,
                date_span=found[1] if found else f.date_span,
            )
        )
    return frames


def organ_party(words: str, gaz: Gazetteer, whole: bool) -> OrgEntry | None:
    """The party ``words`` name: an organ that is the whole phrase (``whole``: the sender, 中共中央,
    越南共产党中央委员会) or the first party named in it (the recipient, 古巴共产党第七次全国代表大会)."""
    for (s, _e), entry in gaz.find_orgs(words):
        party = gaz.party_of(entry)
        if party is None:
            continue
        if whole and (s != 0 or not re.fullmatch(r"(?:中央委员会|中央)?", words[_e:])):
            return None
        return party
    return None


def _names_someone(words: str, gaz: Gazetteer) -> bool:
    """The recipient is a person (中共中央总书记习近平), not an organ."""
    return any(
        p.title and _LEADER_POST.search(p.title) and plausible_name(p.native, True, gaz)
        for p in parse_people(words, 0)
    )


__all__ = ["organ_message_frames", "organ_party", "reply_frames"]
