"""Which kind of exchange a verb names, and whether it is remote.

The cue words are Chinese and live here; the kinds they name and whether a kind is remote by
default are declared in ``model/kinds.toml``.
"""

from __future__ import annotations

import re

from liaison.extract.prefilter import may_occur
from liaison.model.kinds import as_kind, remote_by_default
from liaison.model.types import EventKind

_BY_VIDEO = re.compile(r"以视频|通过视频|视频连线|视频(?:会见|接见|会面|见面)|线上")  # 视频会见: a video conference

# Quick test for the early exit: an item without any of these reports no exchange.
TRIGGER_RE = re.compile(
    r"会见|会谈|会晤|通电话|通了电话|通话|通了话|电话交谈|视频|致电|致函|致信|复信|贺电|贺信|唁电|慰问电|慰问信|宣介|宣讲|签署|会面|见面|接见|拜会|晋见|谒见|拜访|拜訪|互致|共同出席|磋商"
    r"|迎接|接机|设宴|宴请|接风|复电|回信|贺函|来函|发函|回函|口信|论坛|研讨会|座谈|共商会议|研修班|政党对话|对话会|吹风会"
    r"|抵达|飞抵|抵京|访华|欢迎仪式|仪式，欢迎|宴会，欢迎|宴会欢迎|晤"
    r"|抵澳|抵港|抵沪|抵穗|着陆|著陆|降落"  # an arrival as Hong Kong's, Macao's, Malaysia's press write it
    r"|举行的欢迎|举行的宴会|举行的晚宴|举行的午宴|举行的国宴|举行的招待会|举行的小范围|饯行"  # 饯行: a farewell dinner
)
# a stay told by its visitor alone, with no word of an exchange beside it ("…本扬来华进行正式友好访问",
# "…率广西代表团乘机抵台"): the item is read (``stays``), its words no trigger of a clause
STAY_TOLD_RE = re.compile(
    r"来华|赴华|[访抵赴来]台|(?:国事|正式|工作|友好|官方)访问"
    # 中联部副部长陈凤翔率中共友好代表团到乌干达访问: a delegation's leader and its visit, no other word of a meeting
    r"|率[^，。；]{0,30}?(?:团|一行)[^。；]{0,24}?访问"
    # 以A为首的乂安省工作代表团一行前往老挝华潘省参观访问: the head named before the delegation (as ``stays._LEADS``)
    r"|(?:为首|为团长)的[^，。；]{0,30}?(?:团|一行)[^。；]{0,24}?访问"
)
# officials attending an occasion together, told with no word of a meeting ("…等出席了大会", "…出席并致辞"):
# ``ceremonies``
ATTENDED_TOLD_RE = re.compile(r"等出席|出席了?大会|出席并(?:致辞|讲话|发言)")
# calls on someone (礼节性拜访A, 探望/看望B): read in sentences of items other cues let through (triage
# knows none of them: extract/triage.py)
CALL_RE = re.compile(r"拜访|拜訪|看望|探望")
# two chairs of different sides holding a joint body's session, told as done (no 将 in the clause):
# 丁薛祥…同俄罗斯第一副总理别洛乌索夫共同主持中俄投资合作委员会第十次会议
CO_CHAIR_RE = re.compile(r"(?:^|[，。；\n])[^，。；将\n]{2,90}(?:同|与|和)[^，。；将]{2,80}共同主持")


def co_chaired(text: str) -> re.Match[str] | None:
    """``CO_CHAIR_RE.search(text)``, tried only where its verb (共同主持) occurs: tried in every sentence, the
    pattern reads up to 90 characters after each comma of it first."""
    return CO_CHAIR_RE.search(text) if may_occur(CO_CHAIR_RE, text) else None

# (晤谈 a talk; a tea, 茶叙, and a meal shared are left out: told after the talks of the same day in CCTV's state
# visits, "当天中午，习近平同普京小范围茶叙并宴请", and among spouses, "彭丽媛…同…吴氏敏共同参观…并茶叙")
# (a call told with the aspect particle inside the verb, 通了电话 / 通了话, or as a telephone talk, 电话交谈 / 电话会谈)
MEET_VERBS = (
    r"视频会晤|视频会谈|视频通话|视频会议|视频交流|电话会谈|电话交谈|会谈|会晤|磋商|通了?电话|通了?话|会面|会见|见面|晤谈"
    r"|座谈(?!会)"  # 考察团与省人大常委会副主任田锦尘举行了座谈: a sit-down of two sides, not a symposium (座谈会)
)
REMOTE_RE = re.compile(r"视频|电话|通话|线上|连线|云端")

# The kind of a meeting verb (one of MEET_VERBS): the first whose cue the verb (or, for a kind with
# a clause cue, the clause: 以视频方式会见) matches; a verb matching none is a plain meeting.
VERB_CUES: tuple[tuple[EventKind, re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (as_kind(kind), re.compile(verb), clause)
    for kind, verb, clause in (
        ("phone_call", r"电话|^通了?话$", None),
        ("video_conference", r"视频", _BY_VIDEO),
        ("talks", r"^(?:视频)?会谈$|^磋商$", None),
    )
)
PLAIN_MEETING: EventKind = as_kind("meeting")


def kind_of(verb: str, clause: str) -> EventKind:
    """The event kind for a meeting verb, given the whole clause (for 以视频方式 …)."""
    for kind, verb_cue, clause_cue in VERB_CUES:
        if verb_cue.search(verb) or (clause_cue is not None and clause_cue.search(clause)):
            return kind
    return PLAIN_MEETING


def is_remote(kind: EventKind, clause: str) -> bool:
    """Remote when the kind is remote by default (a call, a message) or the clause says so."""
    return remote_by_default(kind) or bool(REMOTE_RE.search(clause))
