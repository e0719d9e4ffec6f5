"""Further exchanges of Chinese reports of several meetings (issue 13, the eighth Chinese batch): heads of
state writing to Xi in a roundup, a session two chairs held together (共同主持), a 与-list of counterparts set
off by commas before 分别进行会谈, a visit told "在老挝进行友好访问"; and the people of those exchanges: an
honorific written after a name (洪森亲王), "X和Y参加会见" (attendees, not a meeting), a French "让·" name,
a consul general. Real pages of ``quality/real-dev`` (restated) and CCTV items of ``../shared`` (skipped
when missing)."""

from __future__ import annotations

import pytest

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise
from tests.conftest import SHARED
from tests.extract.real_dev_pages import cctv_items, page_events, seats

_IDS = frozenset(
    {
        "xwlb-20121118-09", "xwlb-20171026-08", "xwlb-20231120-02", "xwlb-20250421-05", "xwlb-20160822-03",
        "xwlb-20141107-06", "xwlb-20170406-00",
    }
)



def _cctv(doc_id: str) -> tuple[EventFrame, ...]:
    item = cctv_items(_IDS).get(doc_id)
    if item is None:
        pytest.skip(f"{doc_id} not found in {SHARED / 'corpus'}")
    article = Article(doc_id, item["text"], item.get("url") or "", "cctv", item.get("title"),
                      item.get("published") or item.get("date"), language="zh")
    return extract_events(normalise(article), default_gazetteer())


def _pairs(events: tuple[EventFrame, ...]) -> set[frozenset[str]]:
    return {frozenset(p.person.native for p in ev.participants if p.lead) for ev in events}


def test_heads_of_state_writing_to_xi_in_a_roundup_each_send_a_state_message() -> None:
    # 新华社 (copy on a mirror site): "一些国家领导人…陆续致电致函习近平" after the page's headline and date lines
    events = page_events("web-zh-149")
    assert _pairs(events) == {
        frozenset({"习近平", n}) for n in ("特梅尔", "马克里", "莫雷诺", "邦戈", "孔戴", "科罗马", "埃尔多安")
    }
    for ev in events:
        assert ev.kind == "message" and ev.channel == ("state",) and not ev.parties
        assert seats(ev)["习近平"] == ("CN", True)
        # 陆续致电致函: sent on days not told, the month; Xi titled with the post he was elected to
        assert ev.date is not None and ev.date.iso == "2018-03"
        assert {p.person.title for p in ev.participants if p.person.native == "习近平"} == {"中华人民共和国主席"}
    assert {seats(ev).get("埃尔多安") for ev in events} >= {("TR", True)}


def test_a_cctv_roundup_keeps_its_party_senders_and_adds_the_heads_of_state() -> None:
    # "一些国家和政党领导人近日纷纷致电或致函，热烈祝贺习近平当选…总书记。…法国总统奥朗德在贺函中说"
    events = _cctv("xwlb-20121118-09")
    assert frozenset({"习近平", "奥朗德"}) in _pairs(events)
    party = [ev for ev in events if ev.parties]
    assert {p.person.native for ev in party for p in ev.participants} >= {"塔拉巴尼", "卡拉特"}
    later = _cctv("xwlb-20171026-08")
    assert {frozenset({"习近平", "普京"}), frozenset({"习近平", "默克尔"})} <= _pairs(later)
    # a former post sends no state message
    assert all("前" not in (p.person.title or "") for ev in later for p in ev.participants if not ev.parties)


def test_an_honorific_after_a_name_is_no_part_of_it() -> None:
    # 柬华日报 "柬埔寨参议院主席洪森亲王在金边会见…王毅"; 金边晚报 "…国会主席韩桑林亲王昨日下午在国会会客厅会见…"
    (meeting,) = [ev for ev in page_events("web-zh-142") if "洪森" in seats(ev)]
    assert seats(meeting)["洪森"] == ("KH", True) and seats(meeting)["王毅"] == ("CN", True)
    assert meeting.confidence > 0.5  # read by the clause patterns, not the recall tier
    (met,) = [ev for ev in page_events("web-zh-141") if ev.kind == "meeting"]  # (beside the MoU signed: an agreement)
    assert set(seats(met)) == {"韩桑林", "贺国强"}


def test_two_people_attending_a_meeting_hold_none_of_their_own() -> None:
    # 天津日报: "市人大常委会秘书长杨福刚和市有关方面负责同志参加会见。"
    (ev,) = page_events("web-zh-143")
    assert seats(ev)["杨福刚"] == ("CN", False) and seats(ev)["阮文成"] == ("VN", True)
    # 新闻联播: "习近平夫人彭丽媛和尼尼斯托夫人豪吉欧参加会见" joins the presidents' meeting
    (state,) = _cctv("xwlb-20170406-00")
    assert seats(state)["彭丽媛"][1] is False and seats(state)["尼尼斯托"] == ("FI", True)


def test_a_delegation_leader_named_jean_and_a_consul_general_are_read() -> None:
    # 越通社: "由…前中央书记处常务书记让•查尔斯•内格雷(Jean Charles Nefgre)率领的法国共产党高级代表团"
    events = page_events("web-zh-138")
    assert len(events) == 2 and all(seats(ev).get("让•查尔斯•内格雷") == ("FR", True) for ev in events)
    # 宁波日报: "副市长王剑侯…会见越南新任驻上海总领事阮青梅一行"
    (ev,) = page_events("web-zh-146")
    assert seats(ev)["阮青梅"] == ("VN", True)


def test_talks_with_a_list_of_counterparts_set_off_by_commas_are_one_each() -> None:
    # gov.cn (traditional): "袁純清率中共代表團在老撾進行友好訪問,與…本揚,…坎平·賽宋平,…順通·賽雅佳等分別進行會談"
    events = page_events("web-zh-139")
    assert _pairs(events) == {frozenset({"袁純清", n}) for n in ("本揚", "坎平·賽宋平", "順通·賽雅佳")}
    assert all(ev.date is not None and ev.date.iso == "2012-02" for ev in events)


def test_a_session_two_chairs_held_together_is_their_meeting() -> None:
    (ev,) = [e for e in _cctv("xwlb-20231120-02") if "别洛乌索夫" in seats(e)]
    assert ev.kind == "meeting" and seats(ev)["丁薛祥"] == ("CN", True) and seats(ev)["别洛乌索夫"] == ("RU", True)
    (video,) = [e for e in _cctv("xwlb-20250421-05") if "曼苏尔" in seats(e)]
    assert video.kind == "video_conference" and video.remote
    # announced (将同…共同主持), or two Chinese ministers chairing together: no exchange
    assert _cctv("xwlb-20160822-03") == ()
    assert not any("高虎城" in seats(e) for e in _cctv("xwlb-20141107-06"))
