"""Chinese extractor: locations are cities, foreign presiding officers get their legislature.

Short sentences written for the tests.
"""

from __future__ import annotations

import pytest

from liaison.extract.zh import extract_events
from liaison.extract.zh.capacity import organisation
from liaison.extract.zh.legislatures import legislature_of
from liaison.extract.zh.places import find_place, resolve_place
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str) -> tuple[EventFrame, ...]:
    doc = normalise(Article("t", text, "h", "test", None, "2024-05-20", language="zh"))
    return extract_events(doc, default_gazetteer())


@pytest.mark.parametrize(
    ("phrase", "city"),
    [
        ("越共中央驻地", "Hanoi"),
        ("越南国会大厦", "Hanoi"),
        ("主席府", "Hanoi"),
        ("越南国会", "Hanoi"),
        ("老挝主席府", "Vientiane"),
        ("老挝国会", "Vientiane"),
        ("白宫", "Washington"),
        ("白宫椭圆形办公室", "Washington"),
        ("马来西亚国家王宫", "Kuala Lumpur"),
        ("白俄罗斯独立宫", "Minsk"),
        ("克里姆林宫", "Moscow"),
        ("爱丽舍宫", "Paris"),
        ("青瓦台", "Seoul"),
        ("龙山总统府", "Seoul"),
        ("首相官邸", "Tokyo"),
        ("新加坡", "Singapore"),
        ("人民大会堂", "Beijing"),
        ("广西南宁", "Nanning"),
    ],
)
def test_venues_resolve_to_their_city(phrase: str, city: str) -> None:
    assert resolve_place(phrase) == city


@pytest.mark.parametrize("phrase", ["与到访的法国总统马克龙", "结束", "巴西", "北约峰会期间", "总理府"])
def test_phrases_naming_no_city_give_no_location(phrase: str) -> None:
    assert resolve_place(phrase) is None


def test_body_and_city_state_names_are_no_place_outside_a_place_phrase() -> None:
    assert find_place("习近平会见越南国会主席") is None
    assert find_place("李强会见新加坡总理") is None
    assert find_place("在越南国会会见") == ("Hanoi", (1, 5))


def test_event_at_a_foreign_seat_of_party_is_located_in_its_city() -> None:
    evs = _events("央视网消息（新闻联播）：中共中央政治局常委王沪宁5月20日在越共中央驻地会见越共中央总书记苏林。")
    assert [e.location for e in evs] == ["Hanoi"]


def test_clause_read_after_zai_is_no_location() -> None:
    evs = _events("央视网消息（新闻联播）：国家主席习近平5月20日在与到访的法国总统马克龙会谈时指出，双方要加强合作。")
    assert evs and all(e.location is None for e in evs)


@pytest.mark.parametrize(
    ("title", "side", "name"),
    [
        ("俄罗斯国家杜马主席", "RU", "State Duma"),
        ("俄罗斯联邦委员会主席", "RU", "Federation Council of Russia"),
        ("联邦委员会主席", "RU", "Federation Council of Russia"),
        ("伊朗伊斯兰议会议长", "IR", "Islamic Consultative Assembly"),
        ("越南国会主席", "VN", "National Assembly of Vietnam"),
        ("老挝国会副主席", "LA", "National Assembly of Laos"),
        ("朝鲜最高人民会议议长", "KP", "Supreme People's Assembly of the DPRK"),
        ("古巴全国人民政权代表大会主席", "CU", "National Assembly of People's Power"),
        ("韩国国会议长", "KR", "National Assembly of South Korea"),
        ("日本国会众议院议长", "JP", "House of Representatives of Japan"),
        ("美国国会参议院多数党领袖", "US", "United States Senate"),
        ("英国议会下院议长", "GB", "House of Commons"),
        ("巴西众议长", "BR", "Chamber of Deputies of Brazil"),
        ("国民议会议长", "PK", "National Assembly of Pakistan"),
    ],
)
def test_foreign_legislators_get_their_legislature(title: str, side: str, name: str) -> None:
    org = organisation(title, side, default_gazetteer())
    assert org is not None
    assert (org.name, org.kind, org.country) == (name, "legislature", side)


@pytest.mark.parametrize(
    ("title", "side", "name"),
    [
        ("芬兰议长", "FI", "Parliament of Finland"),
        ("卢森堡国民议会议长", "LU", "National Assembly of Luxembourg"),
        ("马达加斯加参议长", "MG", "Senate of Madagascar"),
    ],
)
def test_presiding_officer_of_an_unlisted_legislature_falls_back_to_the_country(
    title: str, side: str, name: str
) -> None:
    org = legislature_of(title, side, default_gazetteer())
    assert org is not None
    assert (org.key, org.name, org.kind, org.country) == (None, name, "legislature", side)


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("联邦委员会主席", "CH"),  # Switzerland's Federal Council is its government
        ("美国俄勒冈州参议长", "US"),  # a state senate
        ("国家安全委员会主席", "RU"),
        ("全国人大常委会委员长", "CN"),
        ("总统", "FR"),
        ("议长", None),
    ],
)
def test_no_legislature_is_guessed_for_other_posts(title: str, side: str | None) -> None:
    assert legislature_of(title, side, default_gazetteer()) is None


def test_guest_speaker_in_a_meeting_carries_the_legislature() -> None:
    evs = _events("央视网消息（新闻联播）：全国人大常委会委员长赵乐际5月20日在人民大会堂会见俄罗斯国家杜马主席沃洛金。")
    assert len(evs) == 1
    guest = next(p.person for p in evs[0].participants if p.person.native == "沃洛金")
    assert guest.organization is not None
    assert (guest.organization.key, guest.organization.kind) == ("ru_state_duma", "legislature")
    assert evs[0].location == "Beijing"
