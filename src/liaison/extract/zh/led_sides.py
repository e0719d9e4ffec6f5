"""The side of a foreign delegation's leader whose post names no country (zhlost31).

Chinese reports name the leader of a visiting party delegation by the posts they hold in their own party, without
its country: "以中央委员、中央宣教委员会副主席A为团长的柬埔寨人民党考察团". Read alone, such a post (中央委员,
中央…副主席) looks Chinese, and the visitor's meetings with Chinese hosts look domestic. The delegation the leader
heads says whose they are: the first party (else country) its name gives, when that is not China's and the post
itself names no country at all.
"""

from __future__ import annotations

import re

from liaison.extract.zh.capacity import parties_in
from liaison.extract.zh.countries import find_countries, title_short_country
from liaison.extract.zh.titles import ChainPerson
from liaison.kb.gazetteer import Gazetteer

# right after the leader's name: (、B为副团长) 为团长 / 为首 的 <delegation>
_HEADS = re.compile(
    r"(?:、[^，。；]{0,40}?为副团长)?(?:为团长|为首)的(?P<deleg>[^，。；的]{2,40}?"
    r"(?:代表团|考察团|访问团|参观团|友好团|工作团|研修团|交流团|参访团))"
)
# a post tied to China by its own words: the leader is Chinese whatever the delegation
_CHINESE_POST = re.compile(r"中国|中共|中华|我国|全国人大|全国政协|国务院")


def led_delegation_side(p: ChainPerson, text: str, at: int, gaz: Gazetteer) -> str | None:
    """The foreign side of the delegation ``p`` heads when ``text[at:]`` (right after the name) tells it and
    ``p``'s post names no country ("…盖本兴为团长的柬埔寨人民党考察团": KH); None otherwise."""
    m = _HEADS.match(text, at)
    title = p.title or ""
    if m is None or _CHINESE_POST.search(title) or find_countries(title) or title_short_country(title):
        return None
    deleg = m.group("deleg")
    parties = parties_in(deleg, gaz)
    country = parties[0].country if parties else next((iso for _s, _e, iso in find_countries(deleg)), None)
    return country if country not in (None, "CN") else None
