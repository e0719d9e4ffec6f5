"""Roundups of the messages foreign parties and leaders send China (issue 13, furtherzh): one message per sender,
whatever the shape the sender is told in. Real CCTV items of ``../shared`` (none held out), and the opening and
senders of a real-dev page (web-zh-063, 新华网 2011) reworded."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.conftest import SHARED
from tests.extract.real_dev_pages import corpus_events, names_in, sentence_events


def _senders(found: tuple[EventFrame, ...], recipient: str | None = None) -> set[str]:
    """The senders of the messages found, each message naming one sender (and ``recipient`` when given)."""
    out: set[str] = set()
    for e in found:
        if e.kind != "message" or not e.participants:
            continue
        names = names_in(e) - ({recipient} if recipient else set())
        assert len(names) == 1, names
        out |= names
    return out


def test_senders_listed_one_a_line_before_the_line_that_says_they_also_wrote() -> None:
    # "…白俄罗斯总统卢卡申科\n尼日尔总统伊素福\n…\n柬埔寨人民党中央 等政要政党也发来贺电贺函。"
    found = corpus_events(SHARED, "xwlb-2012-2022", "xwlb-20171018-10")["xwlb-20171018-10"]
    assert {"马古富力", "巴希尔", "武契奇", "卢卡申科", "伊素福", "武亚诺维奇"} <= _senders(found)


def test_a_foreign_partys_organ_writing_is_a_party_message_naming_nobody() -> None:
    # "越南共产党中央委员会的贺函说：…" / "朝鲜劳动党中央委员会的贺电说：…"
    found = corpus_events(SHARED, "xwlb-2012-2022", "xwlb-20171018-10")["xwlb-20171018-10"]
    organs = [e for e in found if e.kind == "message" and not e.participants]
    # "柬埔寨人民党中央 等政要政党也发来贺电贺函": an organ listed with the closing line
    assert {o.country for e in organs for o in e.parties} >= {"CN", "VN", "LA", "CU", "KP", "KH"}
    assert all(len(e.parties) == 2 for e in organs)


def test_a_list_of_senders_that_also_wrote_sends_one_message_each() -> None:
    # "冈比亚总统巴罗、克罗地亚总统基塔罗维奇、尼泊尔大会党主席、政府总理德乌帕等也发来贺电贺函。"
    found = corpus_events(SHARED, "xwlb-2012-2022", "xwlb-20171020-11")["xwlb-20171020-11"]
    assert {"巴罗", "基塔罗维奇", "德乌帕", "埃尔多安", "马杜罗"} <= _senders(found)


def test_messages_exchanged_name_no_sender_glued_to_the_verb() -> None:
    # "国务院总理李强同老挝政府总理宋赛互致贺电": 互致 is the verb, 宋赛 the name
    found = corpus_events(SHARED, "xwlb-2022-2026", "xwlb-20260425-00")["xwlb-20260425-00"]
    assert not any("宋赛互" in names_in(e) for e in found)


_OPENING = (
    "新华网北京6月30日电 在中国共产党建党90周年之际，一些外国领导人、政党和政治组织近日纷纷致电胡锦涛总书记"
    "表示热烈祝贺。\n"
)
_NO_RECIPIENT = _OPENING.replace("致电胡锦涛总书记", "致电或致函")
_SENDERS = (
    "蒙古国人民党主席、总理苏·巴特包勒德的贺函说，中国共产党为国家发展建立了历史功勋。\n"
    "肯尼亚民族团结党领袖、总统齐贝吉在贺电中说：“90年来，中国实现了民族独立和人民解放。”\n"
)


def test_every_sender_writes_to_the_chinese_leader_the_opening_names() -> None:
    found = sentence_events(_OPENING + _SENDERS, "2011-06-30")
    assert _senders(found, "胡锦涛") == {"苏·巴特包勒德", "齐贝吉"}
    assert all("胡锦涛" in names_in(e) for e in found if e.kind == "message")


def test_the_opening_may_follow_a_web_pages_header_lines() -> None:
    header = "当前位置: 首页>>国际>>正文\n来源: 新华网 日期: 2011-06-30\n"
    found = sentence_events(header + _OPENING.replace("，", ",") + _SENDERS.replace("，", ","), "2011-06-30")
    assert _senders(found, "胡锦涛") == {"苏·巴特包勒德", "齐贝吉"}


def test_a_sender_told_writing_to_a_leader_writes_to_him() -> None:
    text = _NO_RECIPIENT + "肯尼亚民族团结党领袖、总统齐贝吉在给胡锦涛总书记的贺电中说：“90年来，中国实现了独立。”\n"
    (message,) = [e for e in sentence_events(text, "2011-06-30") if e.kind == "message"]
    assert names_in(message) == {"齐贝吉", "胡锦涛"}


def test_state_senders_to_no_one_named_need_a_sentence_telling_a_message() -> None:
    told = _NO_RECIPIENT + "肯尼亚总统齐贝吉在贺电中说，中国实现了民族独立。\n"
    said = _NO_RECIPIENT + "肯尼亚总统齐贝吉说，中国实现了民族独立。\n"
    assert _senders(sentence_events(told, "2011-06-30")) == {"齐贝吉"}
    assert _senders(sentence_events(said, "2011-06-30")) == set()


def test_a_former_head_of_government_listed_as_writing_sends_a_message() -> None:
    # "发来贺电或贺函的还有：…南非前总统姆贝基 / 秘鲁阿普拉党主席、前总统加西亚 / 英国前首相布莱尔 …"
    found = corpus_events(SHARED, "xwlb-2012-2022", "xwlb-20121110-08")["xwlb-20121110-08"]
    assert {"姆贝基", "布莱尔"} <= _senders(found)
