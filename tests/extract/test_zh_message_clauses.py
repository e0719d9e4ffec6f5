"""Messages told in a clause of their own (issue 13, msgset: real-dev-msg zh-01, zh-03, zh-05).

"中共中央总书记胡锦涛二十七日致电,祝贺马英九当选中国国民党下任主席;马英九同日回电": the one congratulated after
a comma is the recipient and the post taken his title; a reply told after a semicolon, or by a titled person after
"同日，" with whom it thanks ("向習近平表示感謝"), is its own message the other way on the day of the message answered.
Sentences restated from the pages of real-dev-msg (reworded, names, posts and constructions kept)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import sentence_events


def _messages(events: tuple[EventFrame, ...]) -> list[tuple[str, str, str]]:
    return [
        (e.participants[0].person.native, e.participants[1].person.native, e.date.iso if e.date else "")
        for e in events if e.kind == "message" and len(e.participants) == 2
    ]


def test_the_one_congratulated_after_a_comma_is_the_recipient() -> None:
    events = sentence_events(
        "中新社台北七月二十七日电 中共中央总书记胡锦涛二十七日致电,祝贺马英九当选中国国民党下任主席。"
        "国民党发言人李建荣当天下午宣读了贺电。", "2009-07-28")
    message = next(e for e in events if e.kind == "message")
    natives = {p.person.native: p.person.title for p in message.participants}
    assert natives == {"胡锦涛": "中共中央总书记", "马英九": "中国国民党下任主席"}
    assert message.date is not None and message.date.iso == "2009-07-27"


def test_a_warm_congratulation_after_a_comma() -> None:
    events = sentence_events("中共中央总书记习近平当晚致电，热烈祝贺朱立伦当选中国国民党主席。", "2015-01-18")
    assert ("习近平", "朱立伦", "2015-01-18") in _messages(events)


def test_a_reply_after_a_semicolon_is_a_message_the_other_way() -> None:
    events = sentence_events(
        "中共中央总书记胡锦涛二十七日致电,祝贺马英九当选中国国民党下任主席;马英九同日回电。", "2009-07-28")
    assert ("马英九", "胡锦涛", "2009-07-27") in _messages(events)


def test_a_titled_replier_thanking_the_sender_the_same_day() -> None:
    events = sentence_events(
        "1月17日,朱立倫當選中國國民黨主席。當晚,中共中央總書記習近平向中國國民黨主席朱立倫發出賀電。同日,中國國民黨主席"
        "朱立倫復電,向習近平表示感謝。", "2015-01-18")
    found = _messages(events)
    assert ("習近平", "朱立倫", "2015-01-17") in found
    assert ("朱立倫", "習近平", "2015-01-17") in found


def test_thanks_for_a_gift_is_no_reply() -> None:
    events = sentence_events("习近平给北京大学留学生回信，勉励他们。", "2021-06-22")
    assert not _messages(events)


def test_two_senders_sharing_a_post_write_separately_to_two_leaders_who_each_reply() -> None:
    events = sentence_events(
        "中国国民党主席马英九15日分别致电胡锦涛、习近平,称胡锦涛为改善两岸关系作出重大贡献,祝贺习近平当选中共中央总书记。"
        "胡锦涛、习近平分别复电致谢。同日,中国国民党荣誉主席连战、吴伯雄也分别致电胡锦涛、习近平,胡锦涛、习近平分别复电"
        "致谢。", "2012-11-16")
    found = _messages(events)
    pairs = [(a, b) for a in ("马英九", "连战", "吴伯雄") for b in ("胡锦涛", "习近平")]
    for a, b in pairs:
        assert (a, b, "2012-11-15") in found, (a, b)
        assert (b, a, "2012-11-15") in found, (b, a)
    assert len(found) == 12
    lien = next(e for e in events if e.participants[0].person.native == "吴伯雄")
    assert lien.participants[0].person.title == "中国国民党荣誉主席"


def test_a_bare_name_of_another_side_does_not_share_the_post() -> None:
    events = sentence_events("越共中央总书记阮富仲、连战分别致电胡锦涛。", "2020-01-01")
    titles = {p.person.native: p.person.title for e in events for p in e.participants}
    assert titles.get("连战") != "越共中央总书记"


def test_a_congratulation_naming_no_one_goes_to_the_one_told_taking_a_post() -> None:
    # real-dev-msg zh-05 (中评社): the letter names no recipient; the new chairman is told taking office just before
    events = sentence_events(
        "中评社台北2月26日电(记者 张嘉文)新党新任主席吴成典于21日正式就任。大陆中共中央台湾工作办公室主任刘结一17日发函"
        "表示祝贺，吴成典也回函致谢。", "2020-02-26")
    found = _messages(events)
    assert ("刘结一", "吴成典", "2020-02-17") in found
    assert any(m[:2] == ("吴成典", "刘结一") for m in found)
    liu = next(e for e in events if e.participants[0].person.native == "刘结一")
    assert [p.person.title for p in liu.participants] == ["中共中央台湾工作办公室主任", "新党新任主席"]


def test_a_congratulation_of_ones_own_side_is_no_exchange() -> None:
    events = sentence_events(
        "刘结一当选中华全国台湾同胞联谊会会长。国务院台湾事务办公室主任张志军当天致电祝贺。", "2020-02-26")
    assert not _messages(events)
