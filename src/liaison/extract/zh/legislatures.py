"""The legislature a foreign presiding officer's post belongs to when the chain names no known body.

``联邦委员会主席`` of a Russian speaker is the Federation Council (the body is looked up with the
country's name prefixed: 俄罗斯联邦委员会); ``巴西众议长`` is the 巴西众议院. A presiding post
(议长, 国会主席, 议会主席 ...) of a known country whose body is not in the gazetteer falls back to
``National Assembly of <Country>`` (国会, 国民议会) or ``Parliament of <Country>``. Bare body
names are never read without the country: 联邦委员会 is also Switzerland's executive.
"""

from __future__ import annotations

import re

from liaison.extract.zh.countries import COUNTRIES, english_name, find_countries
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import OrgRef

# <body><presiding post> at the end of a segment: 国民议会议长, 国家杜马副主席, 众议长
_PRESIDING = re.compile(
    r"(?P<body>[\u4e00-\u9fff]*?)(?:临时|代|常务)?(?P<post>参议长|众议长|副议长|议长|副主席|主席|委员长)$"
)
# bodies that are surely legislative (委员会, 会议 are looked up but never guessed)
_BODY_WORDS = re.compile(r"议会|国会|杜马|议院|上院|下院|联邦院|代表院|人民院|国民院|呼拉尔")
_LOOKUP_WORDS = re.compile(r"委员会|大会|会议|一院|二院")
# a regional assembly (俄勒冈州参议长) or a party post is no national legislature
_NOT_NATIONAL = re.compile(r"州|省|市|党")
# bodies whose generic English name is "National Assembly of <Country>"
_NATIONAL_ASSEMBLY = re.compile(r"国会|国民议会|国民大会")
_SHORT_POST_BODY = {"参议长": "参议院", "众议长": "众议院"}
_SPLIT = re.compile(r"[、，,]|兼")


def _forms_of(iso: str) -> list[str]:
    return [form for form, (code, _en) in COUNTRIES.items() if code == iso]


def _candidates(body: str, post: str) -> list[str]:
    """Body names to look up (without the country), most specific first."""
    if post in _SHORT_POST_BODY:
        return [body + _SHORT_POST_BODY[post], _SHORT_POST_BODY[post]] if body else [_SHORT_POST_BODY[post]]
    if body:
        return [body]
    return ["议会", "国会"] if post.endswith("议长") else []


def legislature_of(title: str | None, side: str | None, gazetteer: Gazetteer) -> OrgRef | None:
    """The legislature a foreign chain's presiding post belongs to (None for other posts)."""
    if not title or not side or side == "CN":
        return None
    for seg in _SPLIT.split(title):
        # drop the country that opens the segment (韩国国会议长 -> 国会议长)
        for start, end, iso in find_countries(seg):
            if start == 0 and iso == side:
                seg = seg[end:]
                break
        m = _PRESIDING.search(seg)
        if m is None:
            continue
        body, post = m.group("body"), m.group("post")
        legislative = post.endswith("议长") or bool(_BODY_WORDS.search(body))
        if _NOT_NATIONAL.search(body) or not (legislative or _LOOKUP_WORDS.search(body)):
            continue
        for cand in _candidates(body, post):
            for form in _forms_of(side):
                entry = gazetteer.lookup_org(form + cand)
                if entry is not None and entry.kind == "legislature":
                    return entry.ref()
        name = english_name(side)
        if name is None or not legislative:
            continue
        if post == "参议长" or "参议院" in body:
            return OrgRef(key=None, name=f"Senate of {name}", kind="legislature", country=side)
        kind = "National Assembly" if _NATIONAL_ASSEMBLY.search(body) else "Parliament"
        return OrgRef(key=None, name=f"{kind} of {name}", kind="legislature", country=side)
    return None
