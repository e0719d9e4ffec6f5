"""Web shapes of real-dev-zh (zh30): words for a group of officials (政府高层, 党政官员) are nobody's name
(an arrival the party and government leadership greets has no greeter named); a roundup sender greeting
with 向…表示祝贺."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise


def test_the_leadership_greeting_an_arrival_is_no_person() -> None:
    text = (
        "朝鲜领导人金正恩9日与来访的老挝总书记通伦举行会谈。\n"
        "朝鲜劳动党10日庆祝建党周年，多国代表团已先后抵达平壤。\n"
        "中国外交部发表声明称，应邀访问朝鲜的李强已在9日飞抵平壤，朝鲜劳动党和政府高层到机场迎接。"
    )
    doc = normalise(Article("t", text, "多国代表团抵达平壤", "test", None, "2025-10-09", language="zh"))
    natives = {p.person.native for ev in extract_events(doc, default_gazetteer()) for p in ev.participants}
    assert "政府高层" not in natives and "朝鲜劳动党和政府高层" not in natives
    assert {"金正恩", "通伦"} <= natives


def test_a_sender_greeting_the_cpc_with_biaoshi_zhuhe_in_a_roundup() -> None:
    # a roundup of messages: "X向习近平总书记和中国共产党表示热烈祝贺" is a sender's message as 致以…祝贺 is
    text = (
        "新华社北京7月2日电　值中国共产党成立周年之际，多国政要纷纷向习近平总书记和中共中央致电致函表示祝贺。\n"
        "柬埔寨人民党主席洪森向习近平总书记和中国共产党表示热烈祝贺，说中国取得的发展成就举世瞩目。\n"
        "老挝人民革命党中央总书记通伦向习近平总书记致以诚挚的祝贺，说两党友谊牢不可破。"
    )
    doc = normalise(Article("t", text, "多国政要祝贺中国共产党成立周年", "test", None, "2021-07-02", language="zh"))
    senders = [{p.person.native for p in ev.participants} for ev in extract_events(doc, default_gazetteer())]
    assert {"洪森", "习近平"} in senders and {"通伦", "习近平"} in senders


def _people(text: str, published: str = "2025-11-15") -> list[set[str]]:
    doc = normalise(Article("t", text, "國共會面", "test", None, published, language="zh"))
    return [{p.person.native for p in ev.participants} for ev in extract_events(doc, default_gazetteer())]


def test_last_night_after_a_name_is_no_part_of_it() -> None:
    # Taiwan's and Hong Kong's press: "<name>昨晚在…與…會面", "<name>今晨在…會見"
    assert {"张荣华", "宋涛"} in _people("國民黨副主席張榮華昨晚在上海興國賓館與國台辦主任宋濤會面，雙方交換意見。")
    assert {"张荣华", "陈吉宁"} in _people("國民黨副主席張榮華今晨在上海會見上海市委書記陳吉寧。")


def test_a_venue_named_peace_is_no_conjunction() -> None:
    people = _people("國民黨副主席張榮華昨晚在上海和平飯店與國台辦主任宋濤會面。")
    assert {"张荣华", "宋涛"} in people


def test_a_delegation_named_by_its_titled_leader_alone() -> None:
    # "会见<title><name>代表团一行": the leader is the counterpart, as with "<name>率领的代表团"
    text = "5月8日，省委书记王刚在南宁会见越南谅山省委书记黄文山代表团一行，双方就边境合作交换意见。"
    assert {"王刚", "黄文山"} in _people(text, "2024-05-09")


def test_a_party_coordinator_is_a_post() -> None:
    # "协调人" (a movement's coordinator, coordenador) closes a title chain as 主席 does
    text = "5月8日，中联部局长王刚会见了民独党副主席达尔科斯，“团结运动”党协调人莫拉斯等。"
    people = _people(text, "2024-05-09")
    assert any({"王刚", "莫拉斯"} <= ev for ev in people)
