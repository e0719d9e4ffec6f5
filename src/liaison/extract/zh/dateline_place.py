"""The dateline's place for an exchange held in person whose own sentence names none.

A wire report is filed where its story happens: "新华社堪培拉11月17日电…国家主席习近平17日在堪培拉会见…。
…习近平还会见了…" (the later meetings in Canberra too), "新华社渥太华一九七三年六月十八日电 加拿大总理特鲁多…接见了…
中国新闻代表团。…议长…接见了…" (in Ottawa). Mirrors the Latin extractors' use of the dateline's place. Not for
remote exchanges and messages, which have no place; the dateline's city, written between the agency and the
date, must be one the place table knows ("澳门月刊新闻通讯社6月11日电" names an agency, not a place), and the
exchange must be of the day the report was filed (a visit's meetings of earlier days, "新华社旧金山1月13日电…1月8日
至13日…分别同…会见", or a report filed days later, "中央社記者…河內6日專電…王毅1至2日訪問越南", may be elsewhere).
"""

from __future__ import annotations

import re

from liaison.extract.zh.datelines import DATELINE, dateline_date
from liaison.extract.zh.draft import Draft, Reading
from liaison.extract.zh.kinds import is_remote
from liaison.extract.zh.places import CITIES, city_in
from liaison.kb.countries import city_country
from liaison.model.types import Span

_PLACELESS = ("message", "phone_call", "video_conference")
# the place between the agency and the date: 新华社渥太华一九七三年…, 中新网台北7月27日电
_AGENCY_PLACE = re.compile(
    r"(?:社|网|报|台|社記者[^\s\d]{1,4}?)(?P<place>[^\s\d（()【】/，。]{2,6}?)(?:北京时间|当地时间)?"
    r"(?=\d|[一二三四五六七八九十〇○])"
)


def dateline_place(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """Each in-person draft without a place takes the city of the item's opening dateline, if any (新华社渥太华…电:
    Ottawa). With no draft, the dateline is not read."""
    if not drafts:
        return drafts
    where = _dateline_city(r)
    filed = dateline_date(r.doc.text, r.doc.published)
    if where is None or filed is None or filed.precision != "day":
        return drafts
    for d in drafts:
        if d.date != filed:
            continue
        remote = d.remote if d.remote is not None else is_remote(d.kind, d.clause[:200])
        if d.kind == "visit" and city_country(where[0]) in (d.guest.country, None):
            continue  # "韩联社首尔9月18日电 …代表团…对中国进行…访问": no one visits home from the dateline's city
        if d.location is None and d.kind not in _PLACELESS and not remote:
            d.location, d.location_span = where
    return drafts


def _dateline_city(r: Reading) -> tuple[str, Span] | None:
    """The city (with its span) an opening dateline files its report from: 新华社渥太华…电 -> Ottawa."""
    text = r.doc.text
    for start, end in r.sentences[:3]:
        m = DATELINE.match(text[start:end])
        if m is None or not m.end():
            continue
        at = _AGENCY_PLACE.search(m.group())
        found = city_in(at.group("place")) if at is not None else None
        if found is not None and at is not None:
            city, (a, b) = found
            return CITIES[city], (start + at.start("place") + a, start + at.start("place") + b)
    return None


__all__ = ["dateline_place"]
