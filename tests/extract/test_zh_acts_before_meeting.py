"""Chinese web shapes (zhseq31), on invented sentences: a meeting listed after a first act that is no exchange
("X出席了…；会见了Y"), and a visitor's entourage ("同他一起访问的有A、B", "A、B随行") as non-lead participants of the
visitor's side in the visit's meetings."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, published: str = "2024-09-18") -> list[EventFrame]:
    doc = normalise(Article("t", text, "访问", "test", None, published, language="zh"))
    return list(extract_events(doc, default_gazetteer()))


def _people(text: str, published: str = "2024-09-18") -> list[set[str]]:
    return [{p.person.native for p in ev.participants} for ev in _events(text, published)]


def test_a_meeting_after_an_attendance_and_a_semicolon_keeps_the_subject() -> None:
    people = _people("越南国家主席苏林昨天在河内出席了经济论坛开幕式；会见了老挝政府总理宋赛。")
    assert {"苏林", "宋赛"} in people


def test_a_meeting_after_two_acts_listed_with_semicolons() -> None:
    text = "访问期间，泰国总理赛塔参观了工业园区；出席了国宴；会见了柬埔寨首相洪玛奈；并在商会午宴上致辞。"
    assert {"赛塔", "洪玛奈"} in _people(text)


def test_an_act_alone_before_a_semicolon_is_no_meeting() -> None:
    # the second clause has its own subject: no meeting of the first one
    text = "泰国总理赛塔昨天出席了经济论坛开幕式；柬埔寨首相洪玛奈也在场。"
    assert _people(text) == []


def test_the_visit_s_span_with_no_comma_before_the_subject() -> None:
    text = "泰国总理赛塔昨天结束对柬埔寨的访问。访问期间赛塔出席了开幕仪式和国宴；会见了柬埔寨首相洪玛奈。"
    assert {"赛塔", "洪玛奈"} in _people(text)


def _attendees(ev: EventFrame) -> dict[str, str | None]:
    return {p.person.native: p.person.country for p in ev.participants if not p.lead}


def test_those_visiting_with_him_join_the_visitor_s_meeting() -> None:
    text = (
        "葡萄牙总统德索萨昨天抵达北京，开始国事访问。同他一起访问的有外交部长兰热尔、经济部长席尔瓦。"
        "国家主席习近平今天在人民大会堂会见了德索萨。"
    )
    meetings = [ev for ev in _events(text) if ev.kind == "meeting"]
    assert meetings and _attendees(meetings[0]) == {"兰热尔": "PT", "席尔瓦": "PT"}


def test_a_minister_going_with_the_arriving_visitor() -> None:
    text = (
        "马来西亚首相安华乘坐的专机今天降落在南宁机场，贸易部长扎夫鲁随行。"
        "首相在机场受到中国驻马来西亚大使欧阳玉靖的迎接。"
    )
    visits = [ev for ev in _events(text) if ev.kind == "visit"]
    assert visits and _attendees(visits[0]).get("扎夫鲁") == "MY"


def test_those_going_with_the_visitor_named_by_surname_and_post() -> None:
    text = (
        "访问期间，泰国总理赛塔出席了开幕仪式；会见了柬埔寨首相洪玛奈。"
        "随同赛总理出访的有外交部长班比以及商业部长普密蓬。"
    )
    meetings = [ev for ev in _events(text) if ev.kind == "meeting"]
    assert meetings and _attendees(meetings[0]) == {"班比": "TH", "普密蓬": "TH"}


def test_an_entourage_written_with_hyphenation_points_and_latin_glosses() -> None:
    # Macao's press joins a foreign name's parts with ‧ and glosses it in Latin letters after a space (the names as
    # the extractor reads them: simplified, with the name dot)
    text = (
        "葡萄牙總理蘇格拉底今晚抵澳，開始兩天的訪問。蘇格拉底一行乘專機抵澳，澳門行政法務司司長陳麗敏等到機場迎接。"
        "同他一起訪澳的有財政部長費爾南多‧多斯桑托斯 (Fernando dos Santos)；經濟部長曼努埃爾‧皮尼奧 (Manuel Pinho)等。"
    )
    visits = [ev for ev in _events(text) if ev.kind == "visit"]
    assert visits and _attendees(visits[0]) == {"费尔南多·多斯桑托斯": "PT", "曼努埃尔·皮尼奥": "PT"}
