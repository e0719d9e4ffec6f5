"""Party names recognised by their form (issue 14); every text here is written for the tests."""

from __future__ import annotations

from liaison.extract.party_names import latin_party_names, party_key, zh_party_names
from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise


def _names_zh(text: str, country: str | None = None) -> list[str]:
    return [name for _s, name, _c in zh_party_names(text, country)]


def test_zh_country_prefixed_party_names() -> None:
    assert _names_zh("赞比亚新希望党主席") == ["赞比亚新希望党"]
    assert zh_party_names("赞比亚新希望党主席")[0][2] == "ZM"
    assert _names_zh("尼泊尔统一进步党（联合）总书记") == ["尼泊尔统一进步党（联合）"]
    assert _names_zh("冰岛共产党总书记", "IS") == ["冰岛共产党"]  # the country is not written twice
    assert _names_zh("冰岛党中央", "IS") == []


def test_zh_party_opening_a_chain_of_a_known_country() -> None:
    assert _names_zh("民族复兴党主席、议员", "ES") == ["西班牙民族复兴党"]
    assert _names_zh("民族复兴党主席", None) == []


def test_zh_generic_phrases_are_no_party_names() -> None:
    for text in ("日本执政党", "韩国最大在野党", "美国国会参议院多数党", "韩国各政党", "越南新一届党", "老挝同为共产党",
                 "英国第十届中英政党", "希腊主要工会组织和反对党", "越南党"):
        assert _names_zh(text) == [], text


def test_latin_party_names() -> None:
    text = ("Ana Pérez, general secretary of the Green Renewal Party, met Juan Ruiz of the Partido de la "
            "Esperanza Nueva and the leader of the Mouvement pour la Renaissance.")
    assert [n for _s, n in latin_party_names(text)] == [
        "Green Renewal Party", "Partido de la Esperanza Nueva", "Mouvement pour la Renaissance"]


def test_latin_generic_parties_are_no_names() -> None:
    assert latin_party_names("the ruling party and the opposition Party met") == []


def test_party_key_is_stable_across_spacing_and_case() -> None:
    assert party_key("Green  Renewal Party", "ZM") == party_key("green renewal party", "ZM")


def test_unknown_party_becomes_a_side_of_the_event() -> None:
    doc = normalise(Article("t", "中联部部长刘建超在京会见赞比亚新希望党主席姆旺巴。", "h", "test", None, "2025-04-15",
                            language="zh"))
    (ev,) = extract_events(doc, default_gazetteer())
    assert "party" in ev.channel
    names = {p.name for p in ev.parties}
    assert "Communist Party of China" in names and "赞比亚新希望党" in names
    auto = next(p for p in ev.parties if p.name == "赞比亚新希望党")
    assert auto.key == party_key("赞比亚新希望党", "ZM") and auto.country == "ZM"


def test_latin_unknown_party_of_a_lead_is_a_side() -> None:
    from liaison.extract.en import extract_events as extract_en

    text = ("Caracas, 9 June 2025. Diosdado Cabello, Secretary General of the PSUV, met Ana Pérez, "
            "President of the Green Renewal Party of Zambia, to discuss cadre training.")
    doc = normalise(Article("t", text, "h", "test", None, "2025-06-09", language="en"))
    events = extract_en(doc, default_gazetteer())
    names = {p.name for ev in events for p in ev.parties}
    assert "Green Renewal Party of Zambia" in names
