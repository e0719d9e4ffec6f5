"""Constructions of the sixteenth English batch (issue 13, web-en-1601…1615: VNA, Nhan Dan, China Diplomacy,
ACN, Devdiscourse, SCIO, IANS, UPI, Orinoco Tribune and Ukrainska Pravda copies), on real text: a person named in
what is commemorated ("laid flowers at the Monument of President Ho Chi Minh", "the 130th birth anniversary of
President Ho Chi Minh") takes no part; "At the working session with A, B voiced" and "Working with the Vietnamese
delegation, C stated" each tell an exchange of their own; a photographer's credit ("[Photo by Wang Ye/Xinhua]",
"(Xinhua/Liu Weibing)") names no participant. Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import all_names as _all_names
from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import page_events as _page


def test_a_person_commemorated_by_a_monument_or_anniversary_takes_no_part() -> None:
    # Nhan Dan: "... discussed coordination measures on the occasion of the 150th birth anniversary of Lenin, the
    # 130th birth anniversary of President Ho Chi Minh"; VNA: "laid flowers at the Monument of President Ho Chi Minh"
    assert "Ho Chi Minh" not in _all_names(_page("web-en-1602"))
    assert "Ho Chi Minh" not in _all_names(_page("web-en-200"))
    found = events(
        "Hanoi (VNA) - Party official Le Hoai Trung on June 3 laid a wreath at the statue of President Ho Chi Minh "
        "in Vientiane and then met with Thongloun Sisoulith, General Secretary of the Lao People's Revolutionary "
        "Party.",
        "en",
    )
    assert "Ho Chi Minh" not in _all_names(found) and _with(found, "Thongloun Sisoulith")


def test_a_working_session_told_as_a_frame_is_an_exchange_of_its_own() -> None:
    # VNA: "At the working session with KRPF Vice Chairman Leonid Kalashnikov, The voiced ..." then "Working with
    # the Vietnamese delegation, Andrey Klimov, member of the Presidium of the UR's General Council ..., stated"
    found = _page("web-en-1601")
    assert _with(found, "Nguyen Van The", "Leonid Kalashnikov")
    assert _with(found, "Nguyen Van The", "Andrey Klimov")
    assert not _with(found, "Leonid Kalashnikov", "Andrey Klimov")


def test_a_photographers_credit_names_no_participant() -> None:
    # China Diplomacy: "... in Beijing, capital of China, July 17, 2023. [Photo by Wang Ye/Xinhua]"; People's Daily:
    # "... Jan. 19, 2025. (Xinhua/Liu Weibing)"
    assert "Wang Ye" not in _all_names(_page("web-en-1603"))
    assert "Liu Weibing" not in _all_names(_page("web-en-130"))
    (meeting,) = _page("web-en-1603")
    assert {"Zhao Leji", "Sergei Mironov"} <= _names(meeting)


def test_a_one_sided_visit_to_a_country_no_other_exchange_touches_is_an_event() -> None:
    # Ukrainska Pravda: "Vladimir Putin, ruler of Russia, has arrived in Vietnam on a state visit" (his meetings there
    # still to come) beside "On 18 June, ... Putin landed in North Korea for talks with ... Kim Jong Un"
    found = _page("web-en-1614")
    visits = [e for e in found if _names(e) == {"Vladimir Putin"}]
    assert len(visits) == 1 and visits[0].kind == "visit"
    assert _with(found, "Vladimir Putin", "Kim Jong Un")
    # the trip told with its meeting in the country visited stays one event
    told = events(
        "HANOI, June 20 (Xinhua) -- Russian President Vladimir Putin arrived in Hanoi on Thursday for a state visit "
        "to Vietnam. Putin held talks with Vietnamese President To Lam on Thursday.",
        "en",
        "2024-06-20",
    )
    assert len(told) == 1 and {"Vladimir Putin", "To Lam"} <= _names(told[0])


def test_the_unnamed_side_met_is_the_titled_foreigner_who_speaks_next() -> None:
    # Breaking Latest News: "Zhao Leji ... met with officials of the Russian Communist Party in Beijing on July 17th."
    # then "Mironov, chairman of the Russian "Just Russia-Patriot-For-Truth" party, praised the strong bilateral
    # relations": a lone family name set off by a comma before its post, the counterpart
    (meeting,) = _page("web-en-1604")
    assert {"Zhao Leji", "Mironov"} <= _names(meeting)
    # a roundup of messages: each sender's words are their own message, not a counterpart of the first
    found = _page("web-en-302")
    assert all(len(e.participants) == 2 for e in found)


def test_a_room_named_after_someone_is_no_participant() -> None:
    # UPI caption: "... hold an expanded bilateral meeting ... in the Roosevelt Room at the White House February 14"
    (meeting,) = [e for e in _page("web-en-1612") if "Joe Biden" in _names(e)]
    assert "Roosevelt Room" not in _names(meeting) and "Xi Jinping" in _names(meeting)


def test_a_dateline_naming_the_city_and_its_country_dates_the_weekday() -> None:
    # ACN: "HAVANA, Cuba, Feb 10 (ACN) Cuban President Miguel Díaz-Canel Bermúdez received on Wednesday, at the
    # Palace of the Revolution, the president of the Communist Party of Spain": Wednesday before Thursday the 10th
    (meeting,) = _with(_page("web-en-1605"), "Miguel Díaz-Canel Bermúdez")
    assert meeting.date is not None and meeting.date.iso == "2022-02-09"
    assert meeting.location == "Havana"

