"""Chinese exchanges told from the guest's side (issue 13, zhpassive34): the guest received by the host in the
passive ("A在…受到B的亲切会见"), and an envoy or minister who, visiting, conveys a leader's greetings or hands over
their letter to a foreign leader in person ("X访问老挝，向本扬转达了习近平的问候"): a meeting of the two. A request
to pass greetings on ("洪森请王毅向中国领导人转达问候") seats no one. Sentences restated in the pages' constructions."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import seats, sentence_events


def _events(text: str, published: str = "2016-05-04", blind: bool = False) -> tuple[EventFrame, ...]:
    return sentence_events(text, published, blind=blind)


def test_a_minister_visiting_who_conveys_greetings_meets_the_one_greeted() -> None:
    text = ("5月3日，习近平同来访的老挝人民革命党中央总书记、国家主席本扬举行会谈。"
            "4月23日，本扬当选国家主席后不久，中国外交部长王毅出访老挝，向本扬转达了习近平的良好祝愿。")
    for blind in (False, True):
        assert {"王毅": ("CN", True), "本扬": ("LA", True)} in [seats(ev) for ev in _events(text, blind=blind)]


def test_an_envoy_handing_over_a_letter_meets_the_one_it_is_for() -> None:
    text = ("1月22日，习近平向老挝人民革命党中央总书记本扬致贺电，祝贺他当选。"
            "几天以后，习近平总书记特使、中联部部长宋涛专程前往老挝访问，向本扬转交了习近平总书记的亲笔贺信。")
    assert {"宋涛": ("CN", True), "本扬": ("LA", True)} in [seats(ev) for ev in _events(text)]


def test_a_request_to_pass_greetings_on_seats_no_one() -> None:
    text = "柬埔寨首相洪森亲王请王毅代他向中国领导人转达亲切问候。"
    assert not any("洪森" in seats(ev) and "王毅" in seats(ev) for ev in _events(text))
    assert _events("柬埔寨首相洪森请中国外交部长王毅向习近平主席转达问候。") == ()


def test_the_guest_received_in_the_passive_meets_the_host() -> None:
    text = "3月5日，越南国会主席王廷惠在北京人民大会堂受到中共中央总书记、国家主席习近平的亲切会见。"
    assert [seats(ev) for ev in _events(text, "2024-03-06")] == [
        {"王廷惠": ("VN", True), "习近平": ("CN", True)}
    ]


def test_congratulations_offered_at_a_ceremony_attended_are_an_exchange_with_those_congratulated() -> None:
    text = ("7月28日，中国驻瓦努阿图大使李名刚于当日拜会瓦努阿图总统武罗巴拉武，祝贺瓦独立纪念日。"
            "7月30日，李大使应邀出席了瓦独立日庆祝活动，并向瓦总理卡尔萨考、副总理兼外交部长纳帕特致以节日祝贺。")
    evs = _events(text, "2023-07-31")
    congratulated = [ev for ev in evs if "卡尔萨考" in seats(ev)]
    assert len(congratulated) == 1 and congratulated[0].kind == "other"
    assert set(seats(congratulated[0])) == {"李名刚", "卡尔萨考", "纳帕特"}


def test_congratulations_in_a_message_are_no_exchange_in_person() -> None:
    text = ("埃塞俄比亚政府总理、繁荣党主席阿比向习近平总书记及中国人民致以热烈的祝贺，"
            "表示中国共产党领导中国人民走出了自己的道路。")
    assert all(ev.kind != "other" for ev in _events(text, "2022-10-24"))
