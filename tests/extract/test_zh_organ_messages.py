"""Party-only messages in Chinese (issue 14) and the message shapes around them (issue 13); texts are
written for the tests in the shapes Xinhua, VNA and the Taiwan desk use."""

from __future__ import annotations

from liaison.extract import extract
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, published: str = "2016-04-19", title: str = "") -> tuple[EventFrame, ...]:
    doc = normalise(Article("t", text, "h", "test", title=title, published=published, language="zh"))
    return extract(doc).events


_ZHENG = "央视网消息（新闻联播）：中共中央总书记习近平19日致电郑丽文，祝贺其当选中国国民党主席。"


def _parties(ev: EventFrame) -> list[str]:
    return [p.name for p in ev.parties]


def test_a_central_committee_wiring_another_partys_congress_is_a_party_message() -> None:
    (ev,) = _events(
        "新华社北京4月18日电 4月18日，中国共产党中央委员会致电古巴共产党第七次全国代表大会，热烈祝贺大会胜利召开。"
        "电文说，中古两党是兄弟之交。"
    )
    assert ev.kind == "message" and not ev.remote and ev.channel == ("party",)
    assert _parties(ev) == ["Communist Party of China", "Communist Party of Cuba"]
    assert ev.participants == () and ev.date is not None and ev.date.iso == "2016-04-18"


def test_a_reply_and_a_message_sent_through_向_are_messages_from_the_sender() -> None:
    reply = _events(
        "11月10日，中国共产党中央委员会致电中国国民党中央委员会。"
        "今天下午，中国国民党中央委员会复电中国共产党中央委员会表示感谢。",
        "2013-11-10",
    )
    assert [_parties(e) for e in reply] == [
        ["Communist Party of China", "Kuomintang"],
        ["Kuomintang", "Communist Party of China"],
    ]
    (ev,) = _events("越通社河内——值此之际，越南共产党中央委员会向中国共产党中央委员会致贺电。", "2021-07-01")
    assert _parties(ev) == ["Communist Party of Vietnam", "Communist Party of China"]


def test_a_message_recalled_or_sent_by_a_person_is_no_organ_message() -> None:
    recalled = _events("苏林感谢中共中央致电祝贺越共十四大胜利召开。", "2026-01-26")
    assert not any(ev.kind == "message" and not ev.participants for ev in recalled)
    (ev,) = _events(_ZHENG, "2025-10-19")
    assert {p.person.native for p in ev.participants} == {"习近平", "郑丽文"}


def test_the_post_congratulated_is_the_bare_recipients_title_and_party() -> None:
    (ev,) = _events(_ZHENG, "2025-10-19")
    zheng = next(p for p in ev.participants if p.person.native == "郑丽文")
    assert zheng.person.title == "中国国民党主席"
    assert ev.channel == ("party",) and "Kuomintang" in _parties(ev)
    events = _events(
        "同日，中共中央总书记习近平分别致电连战、吴伯雄，对他们续任中国国民党荣誉主席表示祝贺。", "2013-11-10"
    )
    assert sorted(p.person.native for ev in events for p in ev.participants if p.side == "TW") == ["吴伯雄", "连战"]


def test_a_pinyin_glossed_mirror_page_reads_as_the_plain_text() -> None:
    (ev,) = _events(
        "中新網(wǎng)5月28日電 中共中央總書記胡錦濤28日下午同應(yīng)邀來訪的"
        "中國國(guó)民黨主席吳伯雄在人民大會(huì)堂舉行會談。",
        "2008-05-28",
    )
    assert ev.kind == "talks" and ev.location == "Beijing"
    # names after a moved gloss keep their read (simplified) form
    assert {p.person.name for p in ev.participants} == {"Hu Jintao", "Wu Poh-hsiung"}


def test_a_taiwan_delegation_is_the_other_side_of_a_cross_strait_meeting() -> None:
    (ev,) = _events(
        "推荐标签：两会领导人商谈 | 经贸文化论坛\n您的位置：台湾网  >   新闻中心  >   两岸  >   正文\n\n"
        "陈云林：推动两岸交流\n\n2011年08月26日 08:03 来源：新华网 字号：\n\n"
        "  海峡两岸关系协会会长陈云林25日在北京会见了台湾民意代表交流参访团一行。",
        "2011-08-26",
    )
    assert ev.kind == "meeting" and ev.date is not None and ev.date.iso == "2011-08-25"
    assert [p.person.native for p in ev.participants] == ["陈云林"]


def test_an_idcpc_briefing_told_again_later_is_one_seminar_with_its_place() -> None:
    events = _events(
        "新华社北京2月4日电 中共中央对外联络部4日在北京举办背景吹风会，23个国家驻华使馆的近60名使节出席。"
        "外交官们对中联部及时举办背景吹风会给予高度评价。",
        "2010-02-05",
    )
    (ev,) = events
    assert ev.kind == "seminar" and ev.location == "Beijing"


def test_the_guest_of_会见并宴请_is_the_one_met() -> None:
    events = _events(
        "2008年3月25日晚，中国驻哥伦比亚大使李长华在官邸会见并宴请安第斯议会主席伊沃内·巴基。", "2008-03-26"
    )
    baki = next(p for ev in events for p in ev.participants if p.person.native == "伊沃内·巴基")
    assert baki.person.title == "安第斯议会主席"


def test_triage_lets_through_every_word_the_chinese_extractor_triggers_on() -> None:
    from liaison.extract.triage import CHINESE_CUES
    from liaison.extract.zh.kinds import TRIGGER_RE

    for word in TRIGGER_RE.pattern.split("|"):
        assert CHINESE_CUES.search(word), word


def test_recipients_said_to_reply_answer_the_message_they_received() -> None:
    events = _events(
        "同日，中共中央总书记习近平分别致电连战、吴伯雄，对他们续任中国国民党荣誉主席表示祝贺。连战、吴伯雄分别复电表示感谢。",
        "2013-11-10",
    )
    senders = sorted(ev.participants[0].person.native for ev in events)
    assert senders == sorted(["习近平", "习近平", "连战", "吴伯雄"])
    replies = [ev for ev in events if ev.participants[0].side == "TW"]
    assert all(_parties(ev) == ["Kuomintang", "Communist Party of China"] for ev in replies)


def test_an_organ_message_stays_beside_the_leaders_messages_of_the_same_parties() -> None:
    events = _events(
        "中国共产党中央委员会10日致电中国国民党中央委员会，祝贺中国国民党第十九次代表大会召开。"
        "同日，中共中央总书记习近平分别致电连战、吴伯雄，对他们续任中国国民党荣誉主席表示祝贺。",
        "2013-11-10",
    )
    assert sum(1 for ev in events if not ev.participants) == 1
    assert sum(1 for ev in events if ev.participants) == 2
