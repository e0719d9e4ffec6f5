"""Chinese web pages of the thirteenth batch (web-zh-1501…1514) and what breaks when the people table does not
know the people a page names (``--unknown-people``, the blind pages' case): a provincial paper's posts written
without their province ("省委副书记李殿勋"); a party's short form (印共); a county post (县长); a native form read
behind a moved pinyin gloss; a courtesy title after a name ("维文医生"), 之 of 之后 after a foreign name, a
transliteration's last sounds the character table lacks ("阿玛尔巴伊斯格楞", "伊素福·卡当贝"); delegations listed
with their leaders after 分别会见 ("由A率领的代表团、由B率领的代表团"); a Vietnamese woman's name standing bare
("与阮氏金银举行会谈"); 同志 after a name before 与 ("张氏梅同志与…蔡奇同志举行会谈") and "同一天" the day of the
exchange told before; a counterpart named bare keeps the side of their titled mention, not the headline's country;
the trip after a subject's name ("刘建超过境新加坡") is not part of it. Real pages of ``quality/real-dev``
(restated) and lines of them."""

from __future__ import annotations

from liaison.extract import extract
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame, FuzzyDate
from liaison.normalise import normalise
from liaison.normalise.script import to_simplified
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats as _people


def _unknown(text: str, published: str) -> tuple[EventFrame, ...]:
    """The events of ``text`` read with a people table that knows none of the people it names."""
    article = Article("t", text, "h", "test", None, published, language="zh")
    return extract(normalise(article), forget_people(default_gazetteer(), [text])).events


def _leads(ev: EventFrame) -> set[str]:
    return {to_simplified(n) for n, (_s, lead) in _people(ev).items() if lead}


def test_a_provincial_post_without_its_province_is_chinese_and_a_party_short_form_names_its_country() -> None:
    # 湖南日报: "昨天下午，省委副书记李殿勋在长沙会见印度共产党干部考察团一行。…印共中央书记处书记拉玛·潘达介绍了…"
    (ev,) = _page("web-zh-1503")
    assert _people(ev) == {"李殿勋": ("CN", True), "拉玛·潘达": ("IN", True)}
    # "29日上午，省政协副主席肖百灵在长沙会见了…泰国会上议院…主席西萨瓦·翁素万一行"
    (ev,) = _page("web-zh-1505")
    assert _people(ev)["肖百灵"] == ("CN", True)
    # not a Vietnamese province's post named with its province
    (ev,) = _unknown("2月26日，越南广宁省委书记阮文读在下龙会见中国广西壮族自治区党委书记鹿心社。", "2019-02-27")
    assert _people(ev)["阮文读"][0] == "VN"


def test_a_county_post_and_a_native_form_behind_a_moved_gloss() -> None:
    # "省委副書記梅克保在長沙會見了率團來湘出席…活動的臺灣苗栗縣縣長劉政鴻一行"
    (ev,) = _page("web-zh-1506")
    assert _people(ev) == {"梅克保": ("CN", True), "劉政鴻": ("TW", True)}
    # a glossed mirror: "省委書(shū)記、省人大常委會(huì)主任唐登杰在長治會見(jiàn)了…老撾國會副主席坎貝·丹臘一行": the
    # name as the page writes it, not as read (坎贝·丹腊) where the glosses before it moved the sentence's characters
    (ev,) = _page("web-zh-1507")
    assert _people(ev) == {"唐登杰": ("CN", True), "坎貝·丹臘": ("LA", True)}


def test_unknown_foreign_names_end_where_the_name_ends() -> None:
    # web-zh-159: "出席这次工作午餐的有新加坡外交部长维文医生、…" — a courtesy title after the name
    (ev,) = _unknown(
        "6月11日，新加坡总理李显龙在总统府会见美国总统特朗普。新加坡外交部长维文医生参加会见。", "2018-06-12"
    )
    assert "维文" in _people(ev) and "维文医生" not in _people(ev)
    # web-zh-028: "在會見俄國駐北京大使莫爾古洛夫之後，他會見的第二位大使是…"
    events = _unknown(
        "中共中聯部部長劉海星剛上任，在會見俄國駐北京大使莫爾古洛夫之後，他會見的第二位大使是北韓駐北京大使李龍男。",
        "2025-10-17",
    )
    assert {n for ev in events for n in _people(ev)} == {"劉海星", "莫爾古洛夫", "李龍男"}
    # web-zh-026: a transliteration ending on a sound the character table lacks (楞)
    (first, *_rest) = _unknown(
        "11月22日，中共中央政治局常委、中央书记处书记蔡奇在北京会见由蒙古人民党总书记阿玛尔巴伊斯格楞率领的代表团。",
        "2023-11-23",
    )
    assert _leads(first) == {"蔡奇", "阿玛尔巴伊斯格楞"}
    # web-zh-107: "塔雷亞副總書記伊素福·卡當貝率該黨干部考察團訪華" — 当 inside the name, not a word after it
    (ev,) = _unknown(
        "4月6日至15日，应中共中央对外联络部的邀请，尼日尔争取民主和社会主义党——塔雷亚副总书记伊素福·卡当贝率该党干部考察团访华。",
        "2013-04-20",
    )
    assert _people(ev) == {"伊素福·卡当贝": ("NE", True)}


def test_delegations_listed_with_their_leaders_after_separately_met() -> None:
    # web-zh-026 (人民日报): "蔡奇在北京分别会见由蒙古人民党总书记阿玛尔巴伊斯格楞率领的代表团、由日本公明党党首
    # 山口那津男率领的代表团" — with neither leader known, one meeting each
    events = _unknown(
        "新华社北京11月22日电 11月22日，中共中央政治局常委、中央书记处书记蔡奇在北京分别会见由蒙古人民党总书记"
        "阿玛尔巴伊斯格楞率领的代表团、由日本公明党党首山口那津男率领的代表团。",
        "2023-11-23",
    )
    assert sorted(map(sorted, map(_leads, events))) == [["山口那津男", "蔡奇"], ["蔡奇", "阿玛尔巴伊斯格楞"]]
    assert {_people(ev)["山口那津男"][0] for ev in events if "山口那津男" in _people(ev)} == {"JP"}


def test_a_vietnamese_name_standing_bare_and_comrade_after_a_name() -> None:
    # web-zh-092 (新闻联播): the inviter, titled in the invitation, is the one talks are held with
    events = _unknown(
        "应越南共产党中央政治局委员、国会主席阮氏金银邀请，中共中央政治局常委、全国人大常委会委员长张德江8日至11日率"
        "中国党政代表团对越南进行正式友好访问，分别会见越共中央总书记阮富仲、国家主席陈大光、总理阮春福，与阮氏金银"
        "举行会谈，会见祖国阵线主席阮善仁。",
        "2016-11-12",
    )
    talks = [ev for ev in events if ev.kind == "talks"]
    assert len(events) == 5 and [_leads(ev) for ev in talks] == [{"张德江", "阮氏金银"}]
    # web-zh-071 (越通社): "张氏梅同志与…蔡奇同志举行会谈" — 同志, not 同 ("with")
    (ev,) = _unknown(
        "同一天，越共中央政治局委员张氏梅同志与中共中央政治局常委、中央办公室主任蔡奇同志举行会谈。", "2023-04-29"
    )
    assert ev.kind == "talks" and _people(ev) == {"张氏梅": ("VN", True), "蔡奇": ("CN", True)}
    title = next(p for p in ev.participants if p.person.native == "蔡奇").person.title
    assert title == "中共中央政治局常委、中央办公室主任"
    # the page itself: the subject bare ("张氏梅同志与…"), told "同一天" after the day of the first meeting
    talks = [ev for ev in _page("web-zh-071") if ev.kind == "talks"]
    assert [_leads(ev) for ev in talks] == [{"张氏梅", "蔡奇"}]
    assert talks[0].date == FuzzyDate.parse("2023-04-26")


def test_a_counterpart_named_bare_keeps_the_side_of_their_titled_mention_not_the_headlines() -> None:
    # web-zh-085 (VOV): headline "中国和老挝加强双边合作" (Laos); "应老挝外交部部长沙伦赛·贡玛希…邀请，中国外长
    # 王毅…对老挝进行正式访问" … "16日，沙伦赛在万象会见了王毅。" — 王毅 is of China, not of the headline's Laos
    text = (
        "中国和老挝加强双边合作\n(VOVWORLD) - 据老挝《人民报》17日消息，应老挝外交部部长沙伦赛·贡玛希邀请，中国外长王毅"
        "16日至17日对老挝进行正式访问。\n16日，沙伦赛在万象会见了王毅。双方在会见中商定，继续督促相关部门加快合作。"
    )
    article = Article("t", text, "h", "test", "中国和老挝加强双边合作", "2018-12-17", language="zh")
    (ev,) = extract(normalise(article), forget_people(default_gazetteer(), [text])).events
    assert _people(ev) == {"沙伦赛": ("LA", True), "王毅": ("CN", True)}
    # web-zh-203 (中联部): "中共中央对外联络部部长刘建超过境新加坡会见…" — the trip after the name is not part of it
    (ev,) = _unknown(
        "7月14日上午，中共中央对外联络部部长刘建超过境新加坡会见新加坡总理公署部长兼教育部、外交部第二部长孟理齐。",
        "2023-07-15",
    )
    assert _leads(ev) == {"刘建超", "孟理齐"}


def test_hong_and_park_are_family_names() -> None:
    # web-zh-015 (a KMT chair's arrival): "中國國民黨主席洪秀柱率…大陸訪問團抵達北京首都機場…中共中央臺辦、
    # 國臺辦主任張志軍在機場迎接" — 洪秀柱 read as a name where the people table does not know her
    (ev,) = _unknown(
        "昨天16時46分，中國國民黨主席洪秀柱率中國國民黨大陸訪問團抵達北京首都機場，繼續在大陸的訪問行程。"
        "中共中央臺辦、國臺辦主任張志軍在機場迎接。",
        "2016-11-01",
    )
    assert ev.kind == "visit" and _people(ev) == {"洪秀柱": ("TW", True), "張志軍": ("CN", True)}
    # web-zh-104: "朝鮮勞動黨中央政治局常委、內閣總理朴泰成率黨和政府高級官員到機場迎接" — 朴 (Park) too
    events = _unknown(
        "國務院總理李強9日抵達平壤順安國際機場，對朝鮮進行正式友好訪問。朝鮮勞動黨中央政治局常委、內閣總理朴泰成到機場迎接。",
        "2025-10-10",
    )
    assert [_people(ev) for ev in events] == [{"李強": ("CN", True), "朴泰成": ("KP", True)}]
