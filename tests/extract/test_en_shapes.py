"""English extractor on short IDCPC / Xinhua-style items written for these tests."""

from __future__ import annotations

from liaison.extract.en import extract_events
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document, EventFrame
from liaison.normalise import normalise


def _doc(text: str, published: str | None = None) -> Document:
    article = Article(
        doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published, language="en"
    )
    return normalise(article)


def _events(text: str, published: str | None = None) -> tuple[EventFrame, ...]:
    return extract_events(_doc(text, published), default_gazetteer())


def _leads(event: EventFrame) -> list[str]:
    return [p.person.name for p in event.participants if p.lead]


IDCPC = """Liu Jianchao Meets Delegation of the Communist Party of Vietnam
( 2023.04.22 )

Beijing, April 22nd—Liu Jianchao, Minister of the International Department of the CPC Central Committee, \
met here today with a delegation of the Communist Party of Vietnam led by Nguyen Van Long, member of the \
Central Committee of the CPV and Deputy Head of the Commission for External Relations.
Liu said the CPC is ready to implement the consensus reached by General Secretary Xi Jinping and \
General Secretary Nguyen Phu Trong.
Nguyen said the CPV attaches great importance to exchanges with the CPC.
Vice-minister Sun Haiyan was present.
"""


def test_idcpc_here_today_takes_dateline_place_and_date() -> None:
    (event,) = _events(IDCPC)
    assert event.kind == "meeting"
    assert event.date is not None and event.date.iso == "2023-04-22"
    assert event.location == "Beijing"
    assert event.remote is False
    assert event.channel == ("party",)
    assert {p.abbr for p in event.parties} == {"CPC", "CPV"}
    assert _leads(event) == ["Liu Jianchao", "Nguyen Van Long"]
    by = {p.person.name: p for p in event.participants}
    assert by["Nguyen Van Long"].side == "VN"
    assert by["Liu Jianchao"].person.organization is not None
    assert by["Liu Jianchao"].person.organization.key == "idcpc"
    assert by["Sun Haiyan"].lead is False and by["Sun Haiyan"].side == "CN"
    assert "Xi Jinping" not in by and "Nguyen Phu Trong" not in by
    assert len(by["Nguyen Van Long"].person.extra_spans) == 1  # "Nguyen said"


XINHUA = """Senior CPC official meets Cuban party delegation

BEIJING, Dec. 12 (Xinhua) -- Cai Qi, a member of the Standing Committee of the Political Bureau of the \
Communist Party of China Central Committee, met with Roberto Morales Ojeda, a member of the Political Bureau \
of the Communist Party of Cuba, in Beijing on Thursday.
Cai said the CPC is willing to deepen exchanges with the PCC.
"""


def test_xinhua_weekday_is_relative_to_the_dateline_not_the_web_stamp() -> None:
    # web timestamp a day later than the dateline (Friday 13 Dec 2024); the meeting was Thursday 12th
    (event,) = _events(XINHUA, published="2024-12-13")
    assert event.date is not None and event.date.iso == "2024-12-12"
    assert event.location == "Beijing"
    assert _leads(event) == ["Cai Qi", "Roberto Morales Ojeda"]
    cai = event.participants[0].person
    assert cai.title is not None and cai.title.startswith("member of the Standing Committee")
    assert {p.abbr for p in event.parties} == {"CPC", "PCC"}
    assert event.participants[1].side == "CU"


SEPARATELY = """Chinese official holds talks with Latin American party leaders

BEIJING, March 3 (Xinhua) -- Li Mingxiang, Vice-minister of the International Department of the CPC Central \
Committee, {verb} Carlos Fonseca Terán, international secretary of the Sandinista National Liberation Front, \
and Gabriela Montaño, a leader of the Movement for Socialism, in Beijing on Tuesday.
Li said the CPC values its ties with both parties.
"""


def test_separately_met_makes_one_event_per_counterpart() -> None:
    events = _events(SEPARATELY.format(verb="separately met"), published="2025-03-03")
    assert len(events) == 2
    assert [_leads(e) for e in events] == [
        ["Li Mingxiang", "Carlos Fonseca Terán"],
        ["Li Mingxiang", "Gabriela Montaño"],
    ]
    assert [[p.abbr for p in e.parties] for e in events] == [["CPC", "FSLN"], ["CPC", "MAS"]]
    assert all(e.date is not None and e.date.iso == "2025-02-25" for e in events)


def test_met_a_and_b_is_one_event() -> None:
    (event,) = _events(SEPARATELY.format(verb="met"), published="2025-03-03")
    assert _leads(event) == ["Li Mingxiang", "Carlos Fonseca Terán", "Gabriela Montaño"]


def test_names_that_look_like_months_are_not_dates() -> None:
    text = (
        "Senior official meets visiting party chief\n\n"
        "Li Jun, Vice-minister of the International Department of the CPC Central Committee, met with "
        "Wang June, chairman of the Singapore Chinese Chamber of Commerce, last Tuesday.\n"
    )
    (event,) = _events(text, published="2021-07-09")
    assert {p.person.name for p in event.participants} == {"Li Jun", "Wang June"}
    assert event.date is not None and event.date.iso == "2021-07-06"
    assert event.date_span is not None


def test_phone_call_is_remote_without_location() -> None:
    text = (
        "Party leaders speak by phone\n\n"
        "On Monday, Liu Jianchao, Minister of the International Department of the CPC Central Committee, held a "
        "phone call with Fidel Ernesto Vargas, secretary for international relations of the Communist Party of "
        "Cuba, in Beijing.\n"
    )
    (event,) = _events(text, published="2024-05-08")
    assert event.kind == "phone_call"
    assert event.remote is True and event.location is None
    assert event.date is not None and event.date.iso == "2024-05-06"


def test_no_person_no_event() -> None:
    text = "Delegations meet\n\nThe two parties held a meeting in Beijing on Monday to discuss cooperation.\n"
    assert _events(text, published="2024-05-08") == ()


def test_possessive_mention_is_not_a_participant() -> None:
    text = (
        "PSUV leader receives ambassador\n\n"
        "This Monday, the general secretary of the PSUV, Diosdado Cabello Rondón, held a meeting with Lan Hu, "
        "Chinese Ambassador to Venezuela, to advance Hugo Chávez's proposal of a strategic partnership.\n"
    )
    (event,) = _events(text, published="2025-03-12")
    assert [p.person.name for p in event.participants] == ["Diosdado Cabello", "Lan Hu"]
    assert event.date is not None and event.date.iso == "2025-03-10"
    assert event.channel == ("party", "state")
    lan = event.participants[1].person
    assert lan.organization is not None and lan.organization.key == "cn_embassy_ve"
