"""A surname alone takes a person of the people table only when what the text says of its holder
agrees: the country, and the party of a party post (issue 14: 德索萨, 科罗马).

Sentences are written for the tests in the shape of CCTV items (no corpus text is copied).
"""

from __future__ import annotations

import pytest

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame, OrgRef
from liaison.normalise import normalise


def _names(text: str) -> dict[str, str]:
    doc = normalise(Article("t", text, "h", "test", None, "2020-02-14", language="zh"))
    events: tuple[EventFrame, ...] = extract_events(doc, default_gazetteer())
    return {p.person.native: p.person.name for ev in events for p in ev.participants}


@pytest.mark.parametrize(
    ("text", "native", "name"),
    [
        ("中联部部长宋涛2月13日在北京会见葡萄牙共产党总书记德索萨。", "德索萨", "Jerónimo de Sousa"),
        ("国家主席习近平4月29日在人民大会堂同葡萄牙总统德索萨举行会谈。", "德索萨", "Marcelo Rebelo de Sousa"),
        ("中联部部长宋涛2月13日在北京会见塞拉利昂人民党总书记科罗马。", "科罗马", "Umaru Napoleon Koroma"),
        ("国家主席习近平6月26日在人民大会堂同塞拉利昂总统科罗马举行会谈。", "科罗马", "Ernest Bai Koroma"),
    ],
)
def test_a_party_post_picks_the_person_of_that_party(text: str, native: str, name: str) -> None:
    assert _names(text)[native] == name


@pytest.mark.parametrize(
    ("text", "native", "wrong"),
    [
        ("国务委员兼外长王毅2月13日在北京会见哥伦比亚外长穆里略。", "穆里略", "Rosario Murillo"),
        ("国家副主席王岐山2月13日在北京会见佛得角国民议会议长席尔瓦。", "席尔瓦", "Aníbal Cavaco Silva"),
    ],
)
def test_a_surname_said_of_another_country_names_someone_else(text: str, native: str, wrong: str) -> None:
    assert _names(text)[native] != wrong


def test_the_shared_surname_is_read_as_its_latin_form() -> None:
    assert _names("国家副主席王岐山2月13日在北京会见佛得角总理席尔瓦。")["席尔瓦"] == "Silva"


def test_a_person_known_in_one_party_is_not_named_by_another_partys_post() -> None:
    gaz = default_gazetteer()
    apc = OrgRef(key="auto:SL:x", name="塞拉利昂全国人民大会党", kind="party", country="SL")
    slpp = OrgRef(key="slpp_sl", name="Sierra Leone People's Party", kind="party", country="SL")
    assert gaz.person("科罗马", "SL", apc).name == "Ernest Bai Koroma"  # type: ignore[union-attr]
    assert gaz.person("科罗马", "SL", slpp).name == "Umaru Napoleon Koroma"  # type: ignore[union-attr]
    assert gaz.person("德索萨", "PT").name == "Marcelo Rebelo de Sousa"  # type: ignore[union-attr]
    other = OrgRef(key="auto:VN:x", name="越南某党", kind="party", country="VN")
    assert gaz.person("苏林", "VN", other) is None  # To Lam is known in the CPV only
    assert gaz.person("苏林", "VN").name == "To Lam"  # type: ignore[union-attr]


def test_a_misread_post_of_another_countrys_party_does_not_unname_a_person() -> None:
    # 老挝人革党中央政治局委员、中联部部长: the Lao party's department, read as the CPC's
    idcpc = OrgRef(key="idcpc", name="International Department", kind="party_body", country="CN")
    assert default_gazetteer().person("通伦", "LA", idcpc).name == "Thongloun Sisoulith"  # type: ignore[union-attr]


def test_a_title_naming_the_persons_own_country_keeps_them_whatever_the_side() -> None:
    gaz = default_gazetteer()
    # a chain running two people together (缅甸国务资政昂山素季、匈牙利总理欧尔班) gave Orbán Myanmar's side
    assert gaz.person("欧尔班", "MM", None, "缅甸国务资政昂山素季、匈牙利总理").name == "Viktor Orbán"  # type: ignore[union-attr]
    assert gaz.person("欧尔班", "MM", None, "缅甸国务资政") is None
