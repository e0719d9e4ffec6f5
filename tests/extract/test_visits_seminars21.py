"""Visits and seminars of a fresh sample (issue 13, visitset; quality/real-dev-visit): a forum whose attendees a
list opened by "出席会议的有" names, a foreign city's post ("胡志明市市委副书记": of Vietnam), held by video as the next
sentence tells; a seminar attended by the two delegations' heads, each "为越方（中方）代表团团长". Short texts restating
the pages' constructions (names, posts kept), positive and negative."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import seats, sentence_events


def test_a_forum_attended_by_a_list_opened_by_its_attendees() -> None:
    # web-zh-vis-06 (VietnamPlus 中文): the forum opens, is held by video, and its attendees are listed after
    found = sentence_events(
        "越通社胡志明市——越中党政关系高端论坛于6月25日上午开幕。会议以视频形式举行，两国各设主会场。"
        "出席会议的有胡志明市市委副书记阮湖海、中国广西壮族自治区党委副书记刘小明，以及两国学者等。", "2021-06-26")
    assert [e.kind for e in found] == ["seminar"]
    got = seats(found[0])
    assert got["阮湖海"][0] == "VN" and got["刘小明"][0] == "CN"
    assert found[0].remote and found[0].location is None
    (hai,) = [p for p in found[0].participants if p.person.native == "阮湖海"]
    assert hai.person.title == "胡志明市市委副书记"  # the list's opener is no part of the post


def test_a_forum_of_chinese_officials_alone_is_no_exchange() -> None:
    found = sentence_events(
        "广西党政关系论坛于6月25日上午开幕。出席会议的有广西壮族自治区党委副书记刘小明、南宁市委书记王小东等。",
        "2021-06-26")
    assert found == ()


def test_a_seminar_attended_by_the_heads_of_both_delegations() -> None:
    # web-zh-vis-05 (VNA 中文): "X为越方代表团团长；Y为中方代表团团长出席研讨会"
    found = sentence_events(
        "越共中央政治局委员、中央理论委员会主席、胡志明国家政治学院院长阮春胜为越方代表团团长，"
        "中共中央政治局委员、中央书记处书记、中央宣传部部长李书磊为中方代表团团长，出席研讨会。", "2025-11-12")
    assert [e.kind for e in found] == ["seminar"]
    got = seats(found[0])
    assert got["阮春胜"] == ("VN", True) and got["李书磊"] == ("CN", True)


def test_a_seminar_attended_by_one_side_alone_stays_unread() -> None:
    found = sentence_events(
        "中共中央政治局委员、中央宣传部部长李书磊，中央党校副校长谢春涛出席研讨会。", "2025-11-12")
    assert found == ()


def _natives(found: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.native for p in e.participants} for e in found]


def test_a_conversation_held_with_a_named_host_is_a_meeting() -> None:
    # web-es-vis-05 (VietnamPlus español): a working visit, then "En la conversación sostenida con la directora de
    # la Escuela Superior del Partido Comunista de Cuba Ñico López, Rosario Pentón, el jefe de la delegación ..."
    found = events(
        "Una delegación de la Academia de Política y Administración Nacional Ho Chi Minh, encabezada por el director "
        "del Instituto de Construcción del Partido, Tran Khac Viet, realizó una visita de trabajo a Cuba del 15 al 21 "
        "de este mes. En la "
        "conversación sostenida con la directora de la Escuela Superior del Partido Comunista de Cuba Ñico López, "
        "Rosario Pentón, el jefe de la delegación vietnamita presentó la Academia.", "es", None)  # undated, as the page
    assert [e.kind for e in found] == ["meeting"]
    assert _natives(found) == [{"Tran Khac Viet", "Rosario Pentón"}]  # no school's namesake
    phone = events(
        "El presidente cubano, Miguel Díaz-Canel, sostuvo una conversación telefónica con el presidente de Vietnam, "
        "To Lam.", "es", "2024-06-22")
    assert [e.kind for e in phone] == ["phone_call"]


def test_a_namesake_after_an_institutions_full_name_takes_no_part() -> None:
    # web-es-vis-03: "Nguyen Xuan Thang, ... director de la Academia Política Nacional Ho Chi Minh, y Huang Kunming"
    found = events(
        "Hanoi (VNA) - El Partido Comunista de Vietnam y el Partido Comunista de China efectuaron hoy su seminario "
        "teórico, copresidido por Nguyen Xuan Thang, presidente del Consejo Teórico Central y director de la "
        "Academia Política Nacional Ho Chi Minh, y Huang Kunming, jefe del Departamento de Publicidad del PCCh.",
        "es", None)  # undated: the people table's dates of death say nothing
    assert _natives(found) == [{"Nguyen Xuan Thang", "Huang Kunming"}]
    # a party's name before its leader's, no comma between: the leader still takes part
    led = events(
        "El secretario general del Partido Comunista de Vietnam Nguyen Phu Trong recibió hoy en Hanoi al presidente "
        "cubano, Miguel Díaz-Canel.", "es", "2015-06-01")
    assert _natives(led) == [{"Nguyen Phu Trong", "Miguel Díaz-Canel"}]
