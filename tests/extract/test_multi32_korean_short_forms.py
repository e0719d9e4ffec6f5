"""A Korean name is written family name first, and a later mention uses the family name alone ("Kim" for Kim
Song-nam): the later meetings told with it are his, one event each, not the people he met joined into one event
(issue 13, multi32: further events lost when the visitor's short form was read as no one). Sentences restated
from a dev page (real-dev web-en-1514)."""

from __future__ import annotations

from latin_helpers import events

from liaison.model.types import EventFrame


def _people(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


_TOUR = (
    "SEOUL, May 28 -- A delegation of North Korea's ruling party has ended a tour of three countries, state media "
    "said on Tuesday.\n\n"
    "The delegation, headed by Kim Song-nam, international department director of North Korea's ruling Workers' "
    "Party, left Vientiane by air on Sunday.\n\n"
    "While in China, Kim held a meeting with Wang Huning, who sits on the Politburo Standing Committee of the "
    "Chinese Communist Party.\n\n"
    "In Vietnam, Kim then met with Le Hoai Trung, who heads the foreign affairs commission of Vietnam's Communist "
    "Party."
)


def test_a_korean_family_name_alone_names_the_visitor_of_each_later_meeting() -> None:
    found = events(_TOUR, "en", "2024-05-28")
    for name in ("Wang Huning", "Le Hoai Trung"):
        met = [e for e in found if name in _people(e)]
        assert len(met) == 1, name
        assert _people(met[0]) >= {"Kim Song-nam", name}


def test_a_two_word_western_name_keeps_its_last_word_as_family_name() -> None:
    text = (
        "LONDON, May 3 -- British Foreign Secretary David Lammy met with Chinese Foreign Minister Wang Yi in "
        "London on Friday.\n\nLater, Lammy held talks with French Foreign Minister Jean-Noel Barrot."
    )
    found = events(text, "en", "2024-05-03")
    assert any(_people(e) >= {"David Lammy", "Jean-Noel Barrot"} for e in found)


_TWO_KIMS = (
    "Top DPRK leader Kim Jong Un stressed on Monday that ties between the two Koreas must thaw, the Korean Central "
    "News Agency reported on Tuesday.\n\n"
    "\"The warm mood of dialogue must grow,\" Kim said when he met the high-level delegation of the DPRK back from "
    "South Korea on Sunday night.\n\n"
    "Present at the meeting was the delegation, among them Kim Yong Nam, who presides over the Supreme People's "
    "Assembly's Presidium, and Kim Yo Jong, a first vice department director of the ruling party's Central Committee."
)


def test_a_family_name_two_people_named_bear_names_neither_alone() -> None:
    found = events(_TWO_KIMS, "en", "2018-02-13")
    assert not any({"Kim Jong Un", "Kim Yo Jong"} <= _people(e) for e in found)
