"""Chinese web reports: agency datelines and bylines, dates against a reprint's or a month-only
publication date, titles as written in traditional script, provincial posts on the Chinese side,
courtesy calls (拜会) and video exchanges. Short sentences in the style of Xinhua copies on the web."""

from __future__ import annotations

from liaison.extract import extract
from liaison.extract.zh import extract_events
from liaison.extract.zh.datelines import dateline_date, strip_dateline
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame, FuzzyDate
from liaison.normalise import normalise


def _doc(text: str, published: str | None):  # type: ignore[no-untyped-def]
    return normalise(Article("t", text, "h", "test", None, published, language="zh"))


def _events(text: str, published: str | None = "2024-10-25") -> tuple[EventFrame, ...]:
    return extract_events(_doc(text, published), default_gazetteer())


def _lead(ev: EventFrame, native: str):  # type: ignore[no-untyped-def]
    return next(p for p in ev.participants if p.person.native == native)


def test_agency_datelines_and_bylines_are_not_part_of_the_first_clause() -> None:
    for head, rest in [
        ("新华社北京10月25日电 ", "国家主席"),
        ("新华社北京3月22日电（记者郑明达）", "中共中央"),
        ("本报北京11月25日电 （记者王远）", "中共中央"),
        ("中评社北京6月8日电/", "中联办"),
        ("【新唐人北京时间2021年11月16日讯】", "北京时间"),
        ("【财新网】（记者 徐和谦）", "中共中央"),
        ("据新华社电 ", "外交部"),
    ]:
        assert strip_dateline(head + rest) == len(head), head
    # a congratulatory message is no dateline; a sentence without one keeps its start
    assert strip_dateline("国家主席习近平10月25日电贺新当选的总统") == 0
    assert strip_dateline("中国国民党7月26日举行党主席选举") == 0


def test_dateline_date_takes_the_year_of_the_publication() -> None:
    text = "新华社旧金山1月13日电 （记者吴晓凌）1月8日至13日，代表团访问美国。"
    assert dateline_date(text, FuzzyDate.parse("2024-01-15")) == FuzzyDate.parse("2024-01-13")
    assert dateline_date(text, FuzzyDate.parse("2024-01")) == FuzzyDate.parse("2024-01-13")
    assert dateline_date(text, None) is None
    dated = "【新唐人北京时间2021年11月16日讯】北京时间11月16日上午，两国元首举行视频会晤。"
    assert dateline_date(dated, None) == FuzzyDate.parse("2021-11-16")


def test_a_xinhua_dateline_gives_neither_title_nor_date_to_the_call() -> None:
    (ev,) = _events("新华社北京10月25日电 国家主席习近平25日应约同美国总统特朗普通电话。", "2017-10-26")
    assert ev.kind == "phone_call"
    assert ev.date == FuzzyDate.parse("2017-10-25")
    assert _lead(ev, "习近平").person.title == "国家主席"


def test_a_month_only_publication_still_dates_the_days_it_names() -> None:
    (ev,) = _events("新华社北京4月2日电 4月2日晚，国家主席习近平应约同美国总统拜登通电话。", "2024-04")
    assert ev.date == FuzzyDate.parse("2024-04-02")
    (ev,) = _events("2月4日下午，越共中央政治局委员、外交部长黎怀忠在北京会见了中共中央总书记习近平。", "2026-02")
    assert ev.date == FuzzyDate.parse("2026-02-04")


def test_a_reprint_published_later_is_dated_by_its_dateline() -> None:
    text = (
        "新华社科伦坡11月29日电（记者车宏亮）斯里兰卡自由党总书记西里塞纳在科伦坡会见了"
        "全国政协常委李君如率领的中共友好代表团。"
    )
    (ev,) = _events(text, "2012-12-05")
    assert ev.date == FuzzyDate.parse("2012-11-29")
    assert ev.location == "Colombo"


def test_a_provincial_post_is_on_the_chinese_side() -> None:
    text = "中评社北京6月8日电/中联办主任王志民在办内会见福建省政协副主席洪捷序一行。"
    assert _events(text, "2017-06-08") == ()
    assert _events("宁夏回族自治区党委书记李建华在北京会见浙江省委常委冯飞。") == ()


def test_titles_are_given_as_the_article_wrote_them() -> None:
    text = "中共中央總書記、國家主席習近平27日在北京會見了古巴共產黨中央政治局委員薩爾瓦多·巴爾德斯·梅薩。"
    article = Article("t", text, "h", "test", None, "2016-06-27", language="zh")
    (ev,) = extract(normalise(article), default_gazetteer()).events
    xi = _lead(ev, "習近平")
    assert xi.person.title == "中共中央總書記、國家主席"
    assert _lead(ev, "薩爾瓦多·巴爾德斯·梅薩").person.title == "古巴共產黨中央政治局委員"


def test_a_courtesy_call_and_a_video_exchange_are_exchanges() -> None:
    (ev,) = _events("3日下午，中共中央对外联络部副部长郭业洲拜会奉辛比克党主席诺罗敦阿伦列斯梅。")
    assert ev.kind == "meeting"
    assert {p.person.native for p in ev.participants} == {"郭业洲", "诺罗敦阿伦列斯梅"}
    (ev,) = _events("9月28日，中共中央对外联络部副部长郭业洲同马耳他工党副领袖米克勒夫进行视频交流。")
    assert (ev.kind, ev.remote) == ("video_conference", True)
    assert _lead(ev, "米克勒夫").side == "MT"


def test_a_call_with_leaders_of_two_countries_is_one_call_each() -> None:
    text = "1月22日，习近平主席在应约与法国总统马克龙、德国总理默克尔通电话时，就谈到了新冠肺炎疫情。"
    evs = _events(text, "2020-03-19")
    assert [{p.person.native for p in e.participants} for e in evs] == [{"习近平", "马克龙"}, {"习近平", "默克尔"}]
    assert all(e.kind == "phone_call" for e in evs)


def test_two_hosts_who_separately_met_one_delegation_give_two_meetings() -> None:
    text = (
        "新华社科伦坡11月29日电 斯里兰卡自由党总书记西里塞纳和斯里兰卡统一国民党领袖维克勒马辛哈29日在科伦坡分别会见了"
        "全国政协常委、中央党校原副校长李君如率领的中共友好代表团。"
    )
    evs = _events(text, "2012-11-30")
    pairs = [{p.person.native for p in e.participants} for e in evs]
    assert pairs == [{"西里塞纳", "李君如"}, {"维克勒马辛哈", "李君如"}]
