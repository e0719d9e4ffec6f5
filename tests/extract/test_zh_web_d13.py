"""Chinese web pages of real-dev-13 (issue 13, branch zhweb), restated further: shapes that recur on web pages of
many outlets.

* A Taiwanese delegation introduced with its leader ("陈明振副主委率政党交流团到吉林市参观访问", "由中国国民党主席吴伯雄
  带领的国民党大陆访问团") and met again by its head noun alone ("会见了交流团一行", "会见了访问团一行") is Taiwan's
  side, its leader the counterpart, as a foreign delegation's already was (``frames.met_before``, ``attach``).
* "两个月前，王君正在拉萨会见…普拉昌达一行" is dated that month before the page's, and the page's undated meeting of the
  same two is no restatement of it (``dates``, ``restated``).
* A party's central committee is a side ("国民党中央…收到…习近平发来的贺电"), in a page read as a roundup too
  (``sides``, ``frames``); "回覆電文致謝" is a reply.
* Bare leaders listed as the subject ("习近平、李克强、张德江、张高丽先后向新加坡领导人发去唁电") each send their own
  message, the unknown ones of the known ones' side (``sides``, ``clauses``).
* Stays told "率省代表团在印度尼西亚、泰国访问" or "对上述三国进行了友好访问" (the countries named before) are one-sided
  visits, "11月18—27日" dated by its first day (``stays``, ``dates``).
* 马华 is MCA, 总秘书 a post, and 率领 no part of a name (``orgs_zh.toml``, ``titles``, ``names``).
"""

from __future__ import annotations

from tests.extract.real_dev_pages import seats, sentence_events


def _meetings(text: str, published: str) -> list[dict[str, tuple[str | None, bool]]]:
    return [seats(ev) for ev in sentence_events(text, published, blind=True) if ev.kind == "meeting"]


def test_a_taiwanese_exchange_delegation_met_by_its_head_noun_keeps_the_meeting() -> None:
    # 台灣網 (web-zh-d13-17, restated): the KMT city committee's party exchange delegation, met that evening
    text = (
        "臺灣網4月2日吉林訊 3月25日，應中共吉林市委之邀，國民黨臺中市委員會的陳明振副主委率領政黨交流團一行"
        "赴吉林市參觀訪問。當晚，市委書記趙靜波在西關賓館會見了交流團一行。"
    )
    # (the leader, named before his post as Taiwanese papers write it, is not read: the host's meeting is kept)
    (met,) = _meetings(text, "2015-04-02")
    assert met["趙靜波"] == ("CN", True)


def test_a_kmt_delegation_led_before_and_met_by_its_head_noun_is_its_leaders() -> None:
    # 中新网 (web-zh-d13-08, restated): the KMT chairman's delegation, met by the CPPCC chairman in Beijing
    text = (
        "由中国国民党主席吴伯雄带领的国民党大陆访问团今日赴重庆。前两天在北京期间，全国政协主席贾庆林亲切会见了"
        "访问团一行，并设宴为其洗尘。"
    )
    meetings = _meetings(text, "2009-05-27")
    assert {"吴伯雄": ("TW", True), "贾庆林": ("CN", True)} in meetings


def test_a_chinese_delegation_met_by_its_head_noun_is_not_made_taiwanese() -> None:
    # the delegation met is a Chinese one: no Taiwanese side is made up for it
    text = "中共中央对外联络部副部长李军率中共代表团访问越南。越共中央书记处常务书记会见了代表团一行。"
    assert all("TW" not in {side for side, _lead in met.values()} for met in _meetings(text, "2017-12-19"))


def test_a_meeting_told_as_months_ago_is_dated_that_month_and_kept_apart() -> None:
    # 中新网 (web-zh-d13-13, restated): a party secretary's tour, and his meeting with the same premier two months
    # before
    text = (
        "中新网北京11月25日电 在尼泊尔期间，王君正分别拜会尼泊尔总统鲍德尔、总理普拉昌达。"
        "两个月前，王君正在拉萨会见了尼泊尔总理普拉昌达一行，双方就推进合作达成了共识。"
    )
    events = [ev for ev in sentence_events(text, "2024-11-27", blind=True) if "普拉昌达" in seats(ev)]
    dates = sorted(ev.date.iso for ev in events if ev.date is not None)
    assert dates == ["2024-09", "2024-11-25"] or dates == ["2024-09", "2024-11"]


def test_months_ago_resolves_against_the_page_month() -> None:
    from liaison.extract.zh.dates import find_date
    from liaison.model.types import FuzzyDate

    found = find_date("三个月前，两党领导人在河内会晤", FuzzyDate.parse("2024-02-10"))
    assert found is not None and found[0].iso == "2023-11" and found[0].precision == "month"


def test_a_party_centre_receiving_a_cable_is_a_side_even_under_subheads() -> None:
    # 自由時報 (web-zh-d13-21, restated): a party centre receiving Xi's cable (a party's central committee as the
    # subject, the recipient side), then a subhead set on two lines (read as a roundup's headings)
    text = (
        "前立委鄭麗文贏得國民黨主席選舉，國民黨中央昨天中午收到了中共總書記習近平發來的賀電，期盼推進國家統一。\n"
        "鄭：兩岸皆是炎黃子孫\n"
        "要為民族復興開創前程\n"
        "鄭麗文參選期間曾公開說「我是中國人」，所以習近平的賀電格外受到矚目。"
    )
    messages = [seats(ev) for ev in sentence_events(text, "2025-10-20", blind=True) if ev.kind == "message"]
    assert messages and messages[0]["習近平"] == ("CN", True)


def test_leaders_listed_bare_each_send_their_own_message() -> None:
    # a commentary (web-zh-d13-12, restated): four leaders named bare, two of them unknown to the people table,
    # "先后" condole one after another: one message each, of China's side
    text = (
        "中国怎样悼念逝世的外国老朋友\n"
        "3月27日，外交部宣布李源潮将赴新加坡出席葬礼。李光耀3月23日逝世后，习近平、李克强、张德江、张高丽先后"
        "向新加坡领导人发去唁电，对李光耀逝世表示深切悼念。"
    )
    senders = sorted(
        n for ev in sentence_events(text, "2015-03-28") if ev.kind == "message" for n, (_s, lead) in seats(ev).items()
        if lead
    )
    assert senders == sorted(["习近平", "李克强", "张德江", "张高丽"])
    assert all(
        side == "CN" for ev in sentence_events(text, "2015-03-28") for side, _lead in seats(ev).values()
    )



def test_a_delegation_touring_abroad_told_as_visiting_in_countries_is_a_visit() -> None:
    # 中新网 (web-zh-d13-13, restated): a provincial party secretary's delegation "在印度尼西亚、泰国访问", no host
    # named
    text = (
        "据《浙江日报》报道，11月12日至18日，浙江省委书记、省人大常委会主任易炼红率代表团在印度尼西亚、泰国访问。"
        "在尼泊尔期间，王君正拜会了尼泊尔总统鲍德尔。"
    )
    visits = [ev for ev in sentence_events(text, "2024-11-27", blind=True) if ev.kind == "visit"]
    assert [seats(ev) for ev in visits] == [{"易炼红": ("CN", True)}]
    assert visits[0].date is not None and visits[0].date.iso.startswith("2024-11")
    # one already on a visit ("正在…访问的"), or the time of another act ("访问期间"), is no visit of its own
    text = "正在越南访问的浙江省委书记易炼红会见了越南国会主席。浙江省委书记易炼红在泰国访问期间会见了泰国总理。"
    assert not [ev for ev in sentence_events(text, "2024-11-27", blind=True) if ev.kind == "visit"]


def test_a_visit_to_the_countries_named_above_is_a_visit_dated_by_its_first_day() -> None:
    # 当代世界 (web-zh-d13-10, restated): "应A、B、C邀请，…率中共代表团于11月18—27日对上述三国进行了友好访问"
    text = (
        "應新加坡政府、印尼民主黨、馬來西亞巫統之邀，中共中央政治局委員、天津市委書記孫春蘭率領中共代表團於"
        "11月18—27日對上述三國進行了友好訪問。中聯部副部長周力隨團陪同。"
    )
    (visit,) = [ev for ev in sentence_events(text, "2014-01-14", blind=True) if ev.kind == "visit"]
    assert seats(visit)["孫春蘭"] == ("CN", True)
    assert visit.date is not None and visit.date.iso == "2013-11-18"


def test_a_malaysian_party_delegation_meeting_reads_its_leader_and_not_the_verb() -> None:
    # a Malaysian page (web-zh-d13-18, restated): MCA's 总秘书 leads its delegation to a meeting with the IDCPC head;
    # 马华 is the party's short name, 总秘书 a post, and 率领 never part of a name
    text = "由马华总秘书黄家泉率领的马华代表团出席了与中共中央对外联络部部长王家瑞的会面，双方签署了合作交流备忘录。"
    (met,) = [seats(ev) for ev in sentence_events(text, "2014-05-01", blind=True) if ev.kind == "meeting"]
    assert met == {"黄家泉": ("MY", True), "王家瑞": ("CN", True)}


def test_members_listed_after_the_delegation_arrived_attend_its_banquet() -> None:
    # 自由時報 (web-zh-d13-14, restated): the vice-chairman's delegation feted by the TAO head, its members listed in
    # the next sentence, after its arrival ("訪團一行昨抵達北京，成員包括A、B，以及C等…")
    text = (
        "國民黨副主席蕭旭岑昨天率團訪中，受到中國國台辦主任宋濤設宴款待。"
        "蕭旭岑訪團一行昨抵達北京，成員包括國民黨考紀會主委暨大陸事務部主任張雅屏、國民黨政策會副執行長楊永明，"
        "以及多位專家學者。"
    )
    (met,) = [seats(ev) for ev in sentence_events(text, "2026-02-03", blind=True) if ev.kind == "meeting"]
    assert met["蕭旭岑"] == ("TW", True) and met["宋濤"] == ("CN", True)
    assert met["張雅屏"] == ("TW", False) and met["楊永明"] == ("TW", False)
