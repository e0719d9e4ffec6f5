"""Datelines and bylines at the head of a news item, read as document metadata: place, date, agency.

Wire copy opens with where and when it was filed, and often who filed it, before the first clause:
``Pyongyang, April 14 (KCNA) --``, ``BEIJING, May 3 (Xinhua) --``, ``HAVANA, June 9 (Prensa Latina)``,
``La Habana, 19 may (RHC)``, ``Vientiane, 15 March 2024 (KPL) –``, ``Beijing, April 22nd—``,
``Hanoi (VNA) –``, ``HÀ NỘI —``, ``新华社北京5月3日电``. None of it belongs to a clause: the extractors
skip its span and use its place and date where the story gives none ("met here today").
"""

from __future__ import annotations

import re
from datetime import date

from liaison.kb.countries import country_of_place, short_name
from liaison.kb.languages import language_codes, language_data
from liaison.model.types import Dateline, FuzzyDate
from liaison.normalise.dates import month_day

_HEAD = 1500  # a dateline opens the body, which follows at most a headline, a caption and a date line
_HEAD_BARE = 400  # a place alone in capitals ("HÀ NỘI —") counts only this near the top ("PUEDES VER:" is a link)


def _month_table() -> dict[str, int]:
    """Month names and abbreviations of every language file ("april", "abr", "sept", "juil") -> number."""
    table: dict[str, int] = {}
    for code in language_codes():
        calendar = language_data(code).get("calendar", {})
        for i, name in enumerate(calendar.get("months", []), start=1):
            table.setdefault(name, i)
            table.setdefault(name[:3], i)
            table.setdefault(name[:4], i)  # "sept", "juil"
        for abbrev, number in calendar.get("month_abbreviations", {}).items():
            table.setdefault(abbrev, number)
    return table


_MONTHS = _month_table()
_MONTH = "(?i:" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + ")"
_CAP = "A-ZÀ-ÖØ-Þ"
# A place: one to four capitalised words ("Dar es Salaam", "SAN FRANCISCO", "HÀ NỘI"), or any words in capitals
_PLACE = rf"(?P<place>[{_CAP}][\w'’.-]*(?:[ \t]+(?:(?:de|del|da|do|es|la|el)[ \t]+)?[{_CAP}][\w'’.-]*){{0,3}})"
_DATE = (
    rf"(?:(?P<month>{_MONTH})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?[ \t]+(?P<year>\d{{4}}))?"
    rf"|(?:le[ \t]+)?(?P<day2>\d{{1,2}})(?:er|º)?[ \t]+(?:de[ \t]+)?(?P<month2>{_MONTH})\.?"
    rf"(?:,?[ \t]+(?:de[ \t]+)?(?P<year2>\d{{4}}))?)"
)
_AGENCY = r"[ \t]*[(（](?P<agency>[^()（）\n]{1,30})[)）]"
_END = r"[ \t]*(?:\.?(?:--|[—–-])|:|\.(?=[ \t]))"  # "--", "—", ".-" (EFE), ":", "."
_LATIN = re.compile(
    rf"^[ \t]*{_PLACE},[ \t]+{_DATE}(?:{_AGENCY})?(?:{_END}|(?<=[)）])(?=[ \t]*[{_CAP}\"“]))"  # place, date (agency) --
    rf"|^[ \t]*{_PLACE.replace('place', 'place2')}{_AGENCY.replace('agency', 'agency2')}{_END}"  # Hanoi (VNA) –
    r"|^[ \t]*(?P<place3>[^\W\d_][\w'’.-]+(?:[ \t]+[^\W\d_][\w'’.-]+){0,3})"  # HÀ NỘI —, NEW DELHI:
    r"(?:[ \t]+(?:--|[—–]|-(?=[ \t]))|:(?=[ \t]))",
    re.MULTILINE,
)
_LATIN_MARK = re.compile(r"[,:.\-—–]")  # every match of ``_LATIN`` holds one: the comma after its place, or its end
_CJK = re.compile(
    r"(?P<agency>新华社|中新社|人民网|央视网|国际在线|中国新闻网)(?P<place>[\u4e00-\u9fff]{2,8}?)"
    r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日电"
)


def find_dateline(text: str, published: FuzzyDate | None) -> Dateline | None:
    """The dateline opening the body of ``text``, its date resolved against the publication date
    (a dateline gives month and day; the year is the publication's, or the one before)."""
    head = text[:_HEAD]
    m = _CJK.search(head) if "日电" in head else None  # (what every Chinese dateline ends with, looked for first)
    if m is not None and m.start() < 200:
        return Dateline(m.group("place"), _resolve(m, published, "month", "day", "year"), m.group("agency"), m.span())
    if not _LATIN_MARK.search(head):
        return None  # most Chinese items: no mark a Latin dateline needs
    for m in _LATIN.finditer(head):
        if m.group("place") is not None:
            if not _is_place(m.group("place")):
                continue
            d = _resolve(m, published, "month", "day", "year") or _resolve(m, published, "month2", "day2", "year2")
            return Dateline(_place(m.group("place")), d, _agency(m.group("agency")), m.span())
        if m.group("place2") is not None:
            if not _is_place(m.group("place2")) or not _agency(m.group("agency2")):
                continue
            return Dateline(_place(m.group("place2")), None, _agency(m.group("agency2")), m.span())
        place = m.group("place3")
        if m.start() < _HEAD_BARE and len(place) >= 4 and _is_place(place) and (
            place.isupper() or (_DASHED.match(head, m.end("place3")) is not None and _titled_city(place))
        ):
            return Dateline(_place(place), None, None, m.span())
    return None


_DASHED = re.compile(r"[ \t]+(?:--|[—–])")  # a title-cased place's dateline ends on a dash ("Gaborone —")


def _titled_city(raw: str) -> bool:
    """A city in title case before a dash ("Gaborone —", AllAfrica's and BOPA's datelines): one the country source
    places, every word capitalised ("Photo —" is none), and no country's name in any language file ("Vietnam –
    Cuba", "Chine — Afrique" open headlines)."""
    words = raw.split()
    if not all(w[:1].isupper() for w in words) or raw.lower() in _COUNTRY_WORDS:
        return False
    code = country_of_place(raw)
    return code is not None and (short_name(code) or "").lower() != raw.lower()


def _country_word_table() -> frozenset[str]:
    """Country names and demonyms of every language file (lower case)."""
    words: set[str] = set()
    for code in language_codes():
        data = language_data(code)
        words.update(str(w).lower() for w in data.get("countries", {}))
        words.update(str(w).lower() for w in data.get("demonyms", {}))
    return frozenset(words)


_COUNTRY_WORDS = _country_word_table()


def _is_place(raw: str) -> bool:
    """Not a sentence opening that happens to have a comma after it ("Meanwhile, ..."), nor the weekday
    of a page's date line ("Lunes, Mayo 13, 2013 - 09:35", "Segunda-feira, 13 de maio de 2013 -")."""
    first = raw.split()[0].lower()
    return first not in _NOT_PLACES and first not in _WEEKDAYS and not any(c.isdigit() for c in raw)


def _weekday_table() -> frozenset[str]:
    """Weekday names of every language file, with and without accents ("lunes", "miercoles", "segunda-feira")."""
    names: set[str] = set()
    for code in language_codes():
        calendar = language_data(code).get("calendar", {})
        names.update(calendar.get("weekdays", []))
        names.update(calendar.get("weekday_aliases", {}))
    return frozenset(name.lower() for name in names)


_WEEKDAYS = _weekday_table()


_NOT_PLACES = frozenset(
    """meanwhile however also earlier later today yesterday moreover in on at the a an this during after before
    since while when for with by from as and but photo source editor see read also ver lea leia lire voir""".split()
)


def _place(raw: str) -> str:
    """A place as records write it: "BEIJING" -> "Beijing", "HÀ NỘI" -> "Hà Nội", "La Habana" as it is."""
    words = raw.strip().rstrip(".")
    if words.isupper():
        words = " ".join(w.capitalize() if len(w) > 2 else w.lower() for w in words.split())
        words = words[0].upper() + words[1:]
    return words


def _agency(raw: str | None) -> str | None:
    """The agency of a byline: "(Xinhua)" -> "Xinhua"; a photo credit or a weekday is not one."""
    if raw is None:
        return None
    agency = raw.strip()
    if not agency or "/" in agency or agency[0].isdigit() or agency.lower() in _MONTHS:
        return None
    return agency


def _resolve(m: re.Match[str], published: FuzzyDate | None, mk: str, dk: str, yk: str) -> FuzzyDate | None:
    raw_month, raw_day = m.group(mk), m.group(dk)
    if raw_month is None or raw_day is None:
        return None
    month = int(raw_month) if raw_month.isdigit() else _MONTHS.get(raw_month.lower().rstrip("."))
    day = int(raw_day)
    if month is None:
        return None
    year = m.group(yk)
    when: date | None = None
    if year:
        try:
            when = date(int(year), month, day)
        except ValueError:
            return None
    elif published is not None:
        ref = date.fromisoformat(published.iso + "-01" * (2 - published.iso.count("-")))
        when = month_day(ref, month, day)
    return FuzzyDate.of(when.year, when.month, when.day) if when else None
