"""Further exchanges of a programme after the first one (issue 13, under-splitting): a delegation received
by one host and then by a second host of the same country; a 先后会见 list set off by commas whose posts
name no country; a byline after the dateline (本报…电 记者X报道：); a delegation named by its head
(以X为团长、Y为副团长的…代表团) met again unnamed; a later meeting told in a sentence of its own is not folded
into the first. Real pages of ``quality/real-dev`` (restated) and short sentences in their style."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats as _people
from tests.extract.real_dev_pages import sentence_events


def _events(text: str, published: str = "1994-05-06") -> tuple[EventFrame, ...]:
    return sentence_events(text, published)


def _pairs(events: tuple[EventFrame, ...]) -> set[frozenset[str]]:
    return {frozenset(_people(ev)) for ev in events}


def test_a_comma_list_met_one_after_another_gives_one_meeting_each_of_the_hosts_country() -> None:
    # 人民日报 1994: "田纪云今天还先后会见了…总经理法利,反对党外交事务发言人皮考克,…,
    # 外交部长埃文斯和初级产品部长科林斯等"
    events = _page("web-zh-155")
    met = {n: side for ev in events for n, (side, _lead) in _people(ev).items() if n != "田纪云"}
    assert met == {n: "AU" for n in ("比尔·海登", "法利", "皮考克", "费希尔", "琼斯", "埃文斯", "科林斯", "基廷")}
    assert len(events) == 8 and all(_people(ev)["田纪云"] == ("CN", True) for ev in events)
    assert {ev.date.iso for ev in events if ev.date} == {"1994-05-05"}  # 本报堪培拉五月五日电 … 今天
    # a post naming China keeps its own side
    (ev,) = _events("李希今天还先后会见了巴布亚新几内亚总理奥尼尔，中国驻巴布亚新几内亚大使薛冰等。")
    assert _people(ev)["奥尼尔"][0] == "PG" and "薛冰" not in {n for n, (s, _l) in _people(ev).items() if s == "PG"}


def test_a_byline_after_the_dateline_is_not_the_subject() -> None:
    (ev,) = _events("本报堪培拉五月五日电记者史宗星报道:澳大利亚总督比尔·海登今天上午在总督府会见了正在这里访问的"
                    "中国全国人大常委会副委员长田纪云。")
    assert _people(ev) == {"比尔·海登": ("AU", True), "田纪云": ("CN", True)}
    assert ev.confidence > 0.5  # read by the clause patterns, not the recall tier


def test_a_delegation_named_by_its_head_and_deputies_is_met_again_by_other_hosts() -> None:
    # 新华社 1973: "特鲁多…接见了以朱穆之为团长、王珍和李伯悌为副团长的中国新闻代表团。…参议院议长
    # 穆里尔·弗格森女士同一天下午在参议院接见了中国新闻代表团。…米切尔·夏普和…杰勒德·佩尔蒂埃十八日也分别
    # 接见了中国新闻代表团。"
    events = _page("web-zh-157")
    pairs = _pairs(events)
    for host in ("特鲁多", "穆里尔·弗格森", "米切尔·夏普", "杰勒德·佩尔蒂埃"):
        assert any(frozenset({host, "朱穆之"}) <= pair for pair in pairs)
    # the deputies named with the head attend the meeting that names them, on the delegation's side
    (first,) = [ev for ev in events if "特鲁多" in _people(ev)]
    assert _people(first)["王珍"] == ("CN", False) and _people(first)["李伯悌"] == ("CN", False)
    assert all(_people(ev).get("朱穆之", ("CN", True))[0] == "CN" for ev in events)
    assert not any("姚广" in _people(ev) for ev in events)  # the ambassador's reception is the Chinese side's own


def test_a_later_meeting_of_the_same_host_in_its_own_sentence_is_its_own_event() -> None:
    events = _events("本报堪培拉五月五日电 澳大利亚总督海登今天上午会见了中国全国人大常委会副委员长田纪云。"
                     "双方就两国关系交换了意见。田纪云今天还会见了澳大利亚外交部长埃文斯。")
    assert _pairs(events) == {frozenset({"海登", "田纪云"}), frozenset({"田纪云", "埃文斯"})}
