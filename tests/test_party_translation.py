"""Derived English and Spanish names for parties known only by their Chinese name (issue 14)."""

from __future__ import annotations

import pytest

from liaison.kb.gazetteer import OrgEntry, default_gazetteer
from liaison.kb.party_translation import MARK, marked_names, translate_party, unmarked
from liaison.kb.partyfacts import PartyFactsParty, link_parties
from liaison.model.types import OrgRef
from liaison.store.resolved_rows import org_row


@pytest.mark.parametrize(
    ("name", "country", "english"),
    [
        ("阿尔巴尼亚民主党", "AL", "Democratic Party of Albania"),
        ("挪威共产党", "NO", "Communist Party of Norway"),
        ("亚美尼亚共和国共和党", "AM", "Republican Party of Armenia"),
        ("尼泊尔共产党（马列）", "NP", "Communist Party of Nepal (Marxist–Leninist)"),
        ("布基纳法索争取进步人民运动", "BF", "People's Movement for Progress of Burkina Faso"),
        ("毛里塔尼亚争取共和联盟", "MR", "Union for the Republic of Mauritania"),
        ("斯里兰卡人民解放阵线党", "LK", "People's Liberation Front of Sri Lanka"),  # 阵线党: the Front
        ("塞舌尔联合塞舌尔党", "SC", "United Seychelles Party"),  # the name says its country
    ],
)
def test_party_name_grammar_gives_an_english_name(name: str, country: str, english: str) -> None:
    found = translate_party(name, country)
    assert found is not None and found.en == english


def test_spanish_where_natural() -> None:
    found = translate_party("哥斯达黎加广泛阵线", "CR")
    assert found is not None and found.es == "Frente Amplio de Costa Rica"
    left = translate_party("多米尼加左派团结运动", "DO")
    assert left is not None and left.es is not None and left.es.startswith("Movimiento de Unidad de Izquierda")
    assert translate_party("挪威共产党", "NO").es is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("黎巴嫩阿迈勒运动", "LB"),  # 阿迈勒 (Amal) is a name, not a word of the grammar
        ("挪威共产党", "SE"),  # does not open with its country
        ("Partido Comunista", "ES"),  # not a Chinese name
    ],
)
def test_no_translation_without_every_word_known(name: str, country: str) -> None:
    assert translate_party(name, country) is None


def test_a_derived_name_is_recorded_marked_and_keeps_the_chinese_name() -> None:
    ref = OrgRef(key="auto:NO:挪威共产党", name="挪威共产党", kind="party", country="NO")
    row = org_row(ref.key or "", ref, default_gazetteer())
    assert row[1] == "Communist Party of Norway" + MARK
    assert "挪威共产党" in row[5]
    assert marked_names("黎巴嫩阿迈勒运动", "LB") is None


def test_a_derived_name_links_to_party_facts_when_it_matches() -> None:
    name, aliases = marked_names("挪威共产党", "NO")  # type: ignore[misc]
    entry = OrgEntry(id="auto:NO:挪威共产党", name=name, kind="party", country="NO", aliases=aliases)
    nkp = PartyFactsParty(1, "NOR", "NKP", "Norges Kommunistiske Parti", "Communist Party of Norway")
    links = link_parties(default_gazetteer(), [nkp], [entry])
    assert links[entry.id] == (1, "name")
    assert unmarked(name) == "Communist Party of Norway"


def test_two_chinese_forms_of_one_grammar_found_party_are_one_entity() -> None:
    # both pairs were two parties in the 2012-2026 CCTV archive build (scripts/party_coverage.py)
    from liaison.extract.party_names import party_key, zh_party_names

    assert party_key("孟加拉国共产党（马列）", "BD") == party_key("孟加拉国共产党（马克思列宁主义）", "BD")
    assert party_key("亚美尼亚共和党", "AM") == party_key("亚美尼亚共和国共和党", "AM")
    assert party_key("亚美尼亚共和党", "AM") != party_key("亚美尼亚共产党", "AM")
    (_span, name, iso), = zh_party_names("孟加拉共产党（马列）总书记")
    assert party_key(name, iso) == party_key("孟加拉国共产党（马列）", "BD")
    assert party_key("阿迈勒运动", "LB") == "auto:LB:阿迈勒运动"  # a word the grammar does not know: the Chinese name
