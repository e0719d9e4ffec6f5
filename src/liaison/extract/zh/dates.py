"""Chinese date expressions in news items, resolved against the broadcast (publication) date.

``7月10日`` and ``2024年7月10日`` are full dates; a bare ``24日`` or ``当地时间17日下午`` belongs to
the broadcast month (or the month before when it would lie in the future), also when only the
month of publication is known; ``今天``/``当天`` is the broadcast day; ``昨天`` (``昨於``, ``昨赴``) the day before;
``日前``/``近日`` only give the month; the day in brackets after them, as Taiwan's and Hong Kong's press
write it, wins (``昨天(13日)``, ``今（4）日``, ``昨（3）日``, and after a weekday: ``周一（21日）``,
``週一（11/24）``, as Hong Kong's, Singapore's and Taiwan's press date a day); a weekday (``星期日``,
``週一``) is the last such day on or before the broadcast day (a report tells what happened:
朱立倫星期日在上海會見了… in an item of Monday 4 May is 3 May).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from liaison.extract.prefilter import first_char_guarded
from liaison.model.types import FuzzyDate, Span
from liaison.normalise.dates import day_of_month, month_day, to_date

_PART_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|傍晚|晚|早上|早晨|凌晨|夜间)"
# a day or month in Chinese numerals, as 中新社 writes them (九月二十二日, 杨洁篪二十二日)
CN_DAY = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
# 星期日 / 礼拜天 / 週一 (周 only before what follows a time in a clause, never a name's 周一鸣)
WEEKDAY = (
    r"(?:星期|禮拜|礼拜)[一二三四五六日天]"
    r"|[周週][一二三四五六日](?=[在上下中晚早凌，,同与與和会會抵出举舉到赴访訪接拜致通表说說（(]|$)"
)
# the day in brackets after a weekday: 周一（21日）, 週一（11/24）
BRACKET_DAY = r"[（(](?:\d{1,2}[/月])?\d{1,2}日?[）)]"
_WEEKDAY_NUMBER = {c: i for i, c in enumerate("一二三四五六", 0)} | {"日": 6, "天": 6}


def numeral(text: str) -> int:
    """The number a day or month is written with: ``22``, ``二十二``, ``十``, ``三十一``."""
    if text.isdigit():
        return int(text)
    tens, _ten, units = text.rpartition("十")
    if not _ten:
        return _DIGITS.get(text, 0)
    return (_DIGITS.get(tens, 0) if tens else 1) * 10 + _DIGITS.get(units, 0)


# 11月27日至30日 / 8日和9日: several days, so only the month is certain for each meeting
_RANGE = r"(?P<range>(?:至|到|和|、|—|－|-)(?:(?P<m2>\d{1,2})月)?\d{1,2}日)?"
DATE_RE = first_char_guarded(re.compile(
    r"(?:当地时间)?(?:"
    # (the first day's 日 left out before a range: "11月18—27日")
    rf"(?:(?P<y>\d{{4}})年)?(?P<m>\d{{1,2}}|{CN_MONTH})月(?P<d>\d{{1,2}}|{CN_DAY})(?:日|(?=[至到—－-]\d{{1,2}}日))"
    + _RANGE
    + rf"|(?P<dd>\d{{1,2}}|(?<![第每逐前后两几]){CN_DAY})日(?![内前后起])"
    + _RANGE.replace("range", "range2").replace("m2", "m3")
    + r"|(?P<ago>\d{1,2}|[一两二三四五六七八九十]{1,2})个多?月前"  # 两个月前: the month that many before the page's
    + r"|(?P<rel>今天|今日|今晚|当天|当日|当晚|同日(?!本|内瓦)|同一天|昨天|昨日|昨晚|昨夜|前天|日前|近日"
    r"|昨(?=[于在赴与同和]))"
    r"(?:[（(](?:(?P<pm>\d{1,2})月)?(?P<pd>\d{1,2})日[）)])?"
    r"|(?:今|昨|前)[（(](?P<twd>\d{1,2})[）)]日"
    rf"|(?P<wd>{WEEKDAY})(?:[（(](?:(?P<wm>\d{{1,2}})[/月])?(?P<wdd>\d{{1,2}})日?[）)])?"
    r")" + _PART_OF_DAY + "?"
))


def resolve(m: re.Match[str], published: FuzzyDate | None) -> FuzzyDate | None:
    """The date one ``DATE_RE`` match names, given the broadcast date (None when unresolvable)."""
    day = _first_day(m, published)
    if day is not None and (m.group("range") or m.group("range2")):
        year, month = int(day.iso[:4]), int(day.iso[5:7])
        end = m.group("m2") or m.group("m3")
        if end and int(end) != month:  # over two months: the end month (and year) is the visit's
            return FuzzyDate.of(year + (int(end) < month), int(end))
        return FuzzyDate.of(year, month)
    if day is not None or m.group("m") or m.group("dd") or m.group("twd"):
        return day
    if m.group("ago"):
        return _months_ago(m.group("ago"), published)
    return _resolve_relative(m, _reference(published))


def _months_ago(count: str, published: FuzzyDate | None) -> FuzzyDate | None:
    """The month ``count`` months before the page's ("两个月前" in an item of 27 November 2024: 2024-09), None
    without a page month."""
    if published is None or published.precision not in ("day", "month"):
        return None
    n = numeral(count.replace("两", "二"))
    if not 0 < n < 24:
        return None
    months = int(published.iso[:4]) * 12 + int(published.iso[5:7]) - 1 - n
    return FuzzyDate.of(months // 12, months % 12 + 1)


def _reference(published: FuzzyDate | None) -> date | None:
    return to_date(published) if published and published.precision == "day" else None


def _first_day(m: re.Match[str], published: FuzzyDate | None) -> FuzzyDate | None:
    """The day a ``DATE_RE`` match starts on (a range's first day), None when it names no day."""
    return _resolve_day(m, _reference(published) or _month_end(published))


def _month_end(published: FuzzyDate | None) -> date | None:
    """The last day of a month-precision publication date: ``2月4日`` in an item of February 2026
    (whose day is unknown) is 2026-02-04, ``24日`` that month's 24th."""
    if published is None or published.precision != "month" or (first := to_date(published)) is None:
        return None
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _resolve_day(m: re.Match[str], ref: date | None) -> FuzzyDate | None:
    if m.group("m"):
        month, day = numeral(m.group("m")), numeral(m.group("d"))
        if m.group("y"):
            return _fd(int(m.group("y")), month, day)
        if ref is None:
            return None
        d = month_day(ref, month, day)
        return FuzzyDate.of(d.year, d.month, d.day) if d else None
    if m.group("dd") or m.group("twd"):
        if ref is None:
            return None
        d = day_of_month(ref, numeral(m.group("dd") or m.group("twd")))
        return FuzzyDate.of(d.year, d.month, d.day) if d else None
    return None


def _resolve_relative(m: re.Match[str], ref: date | None) -> FuzzyDate | None:
    rel = m.group("rel")
    if (m.group("pd") or m.group("wdd")) and ref is not None:
        pm, pd = m.group("pm") or m.group("wm"), int(m.group("pd") or m.group("wdd"))
        d = month_day(ref, int(pm), pd) if pm else day_of_month(ref, pd)
        return FuzzyDate.of(d.year, d.month, d.day) if d else None
    if ref is None:
        return None
    if m.group("wd"):
        back = (ref.weekday() - _WEEKDAY_NUMBER[m.group("wd")[-1]]) % 7
        d = ref - timedelta(days=back)
        return FuzzyDate.of(d.year, d.month, d.day)
    if rel in ("今天", "今日", "今晚", "当天", "当日", "当晚", "同日", "同一天"):
        return FuzzyDate.of(ref.year, ref.month, ref.day)
    if rel in ("昨天", "昨日", "昨晚", "昨夜", "前天", "昨"):
        d = ref - timedelta(days=1 if rel != "前天" else 2)
        return FuzzyDate.of(d.year, d.month, d.day)
    return FuzzyDate.of(ref.year, ref.month)  # 日前 / 近日: the month only


def _fd(y: int, m: int, d: int) -> FuzzyDate | None:
    try:
        return FuzzyDate.parse(f"{y:04d}-{m:02d}-{d:02d}") if 1 <= m <= 12 and 1 <= d <= 31 else None
    except ValueError:
        return None


def find_date(
    text: str, published: FuzzyDate | None, offset: int = 0, first_day: bool = False
) -> tuple[FuzzyDate, Span] | None:
    """The first resolvable date expression in ``text`` with its (``offset``-shifted) span; ``first_day``: a
    stay of several days by its first day ("11月29日至12月1日对中国进行国事访问": the visit began on 29
    November), for the visit itself, not the meetings held during it (whose day the range does not give)."""
    for m in DATE_RE.finditer(text):
        fd = resolve(m, published)
        if fd is not None:
            if first_day and (m.group("range") or m.group("range2")):
                fd = _first_day(m, published) or fd
            return fd, (offset + m.start(), offset + m.end())
    return None


def day_told_before(text: str, before: int, published: FuzzyDate | None) -> tuple[FuzzyDate, Span] | None:
    """The day (with its span) the last date expression before offset ``before`` names, when it names one
    day written out ("昨晚（9月20日晚）", "4月26日"): what a later "当日" / "当天" refers to. None when it is a
    stay, a vague time, a relative day or a month."""
    last: re.Match[str] | None = None
    for m in DATE_RE.finditer(text, 0, before):
        if resolve(m, published) is not None:
            last = m
    if last is None or last.group("range") or last.group("range2"):
        return None
    if not (last.group("d") or last.group("dd") or last.group("pd") or last.group("twd") or last.group("wdd")):
        return None
    fd = resolve(last, published)
    if fd is None or fd.precision != "day":
        return None
    return fd, last.span()


_RANGE_END = re.compile(r"(?:至|到|—|－|-)(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日")


def day_in_stay(text: str, day_span: Span, published: FuzzyDate | None) -> FuzzyDate | None:
    """A bare day ("25日下午") told after a stay of several days in a month written out ("2016年9月25日至27日…访问"),
    the day within it: that day of the stay's month, not of the page's (None otherwise)."""
    m = DATE_RE.match(text, day_span[0])
    if m is None or not m.group("dd") or m.group("range2"):
        return None
    day = numeral(m.group("dd"))
    last: re.Match[str] | None = None
    for told in DATE_RE.finditer(text, 0, day_span[0]):
        if resolve(told, published) is not None:
            last = told
    if last is None or not last.group("m") or not last.group("range") or last.group("m2"):
        return None  # (a stay over two months: which month the day is of, unknown)
    end = _RANGE_END.match(last.group("range"))
    first = _first_day(last, published)
    if end is None or first is None or not numeral(last.group("d")) <= day <= int(end.group("d")):
        return None
    return _fd(int(first.iso[:4]), int(first.iso[5:7]), day)


def stay_or_vague(text: str, before: int, published: FuzzyDate | None) -> tuple[FuzzyDate, Span] | None:
    """The month (with its span) of the last date expression written before offset ``before`` when that
    is a stay of several days ("5月12日至21日") or a vague time ("近日", "日前"); None when it is a day or
    there is none."""
    last: re.Match[str] | None = None
    for m in DATE_RE.finditer(text, 0, before):
        if resolve(m, published) is not None:
            last = m
    if last is None or not (last.group("range") or last.group("range2") or last.group("rel") in ("日前", "近日")):
        return None
    fd = resolve(last, published)
    if fd is None:
        return None
    return fd.month(), last.span()

