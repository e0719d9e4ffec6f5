"""The gazetteer's hierarchy methods: the party of a body, a country's government and legislature."""

from __future__ import annotations

from liaison.kb.gazetteer import Gazetteer, OrgEntry, default_gazetteer
from liaison.model.types import OrgRef


def _gazetteer(*entries: OrgEntry) -> Gazetteer:
    gaz = Gazetteer()
    for entry in entries:
        gaz.add_org(entry)
    return gaz


def test_party_of_follows_parents() -> None:
    gaz = default_gazetteer()
    assert [e.id for e in gaz.chain("idcpc")] == ["idcpc", "cpc_cc", "cpc"]
    party = gaz.party_of("idcpc")
    assert party is not None and party.id == "cpc"
    assert gaz.party_of(gaz.org("cpc")) == party
    assert gaz.party_of("cn_gov") is None and gaz.party_of("nowhere") is None and gaz.party_of(None) is None


def test_party_of_a_reference() -> None:
    gaz = default_gazetteer()
    idcpc = gaz.org("idcpc")
    assert idcpc is not None
    unknown_body = OrgRef(key=None, name="Organization Department", kind="party_body", country="CN", parent="cpc_cc")
    assert gaz.party_of(idcpc.ref()) == gaz.party_of(unknown_body) == gaz.org("cpc")
    # a key outside the gazetteer is not followed through its parent
    stray = OrgRef(key="x:stray", name="Stray", kind="party_body", country="CN", parent="cpc")
    assert gaz.party_of(stray) is None


def test_chain_stops_at_a_cycle_or_an_unknown_parent() -> None:
    gaz = _gazetteer(
        OrgEntry("a", "A", "party_body", "XX", parent="b"),
        OrgEntry("b", "B", "party_body", "XX", parent="a"),
        OrgEntry("c", "C", "party_body", "XX", parent="gone"),
    )
    assert [e.id for e in gaz.chain("a")] == ["a", "b"]
    assert [e.id for e in gaz.chain("c")] == ["c"]
    assert gaz.party_of("a") is None and gaz.party_of("c") is None


def test_children_in_gazetteer_order() -> None:
    assert [c.id for c in default_gazetteer().children("cpc")][:1] == ["cpc_cc"]


def test_government_and_legislature() -> None:
    gaz = default_gazetteer()
    gov, leg = gaz.government("VE"), gaz.legislature("VE")
    assert gov is not None and gov.kind == "state" and gov.country == "VE"
    assert leg is not None and leg.kind == "legislature" and leg.name == "National Assembly of Venezuela"
    assert gaz.government("XX") is None and gaz.legislature("XX") is None


def test_government_prefers_a_top_body_and_skips_embassies() -> None:
    gaz = _gazetteer(
        OrgEntry("zz_embassy_cn", "Government Embassy of Zed in China", "state", "ZZ"),
        OrgEntry("zz_office", "Office of the Government of Zed", "state", "ZZ", parent="zz_gov"),
        OrgEntry("zz_gov", "Government of the Republic of Zed", "state", "ZZ"),
        OrgEntry("zz_senate", "Senate of Zed", "legislature", "ZZ", parent="zz_congress"),
        OrgEntry("zz_congress", "Congress of the Republic of Zed", "legislature", "ZZ"),
    )
    gov, leg = gaz.government("ZZ"), gaz.legislature("ZZ")
    assert gov is not None and gov.id == "zz_gov"
    assert leg is not None and leg.id == "zz_congress"


def test_a_view_reads_an_abbreviation_otherwise_and_is_cached() -> None:
    gaz = default_gazetteer()
    assert gaz.lookup_org("PCC").id == "pcc_cu"  # type: ignore[union-attr]
    view = gaz.with_forms({"PCC": "cpc", "PDG": "pdg_ga", "XYZ": "no_such_id"})
    assert view.lookup_org("PCC").id == "cpc"  # type: ignore[union-attr]
    assert [(e.id) for _, e in view.find_orgs("le PDG et le PCC")] == ["pdg_ga", "cpc"]  # a new form is found
    assert view is gaz.with_forms({"PCC": "cpc", "PDG": "pdg_ga"})
    assert gaz.with_forms({}) is gaz and gaz.lookup_org("PCC").id == "pcc_cu"  # type: ignore[union-attr]


def test_a_bare_surname_names_its_person_only_in_their_own_country() -> None:
    gaz = default_gazetteer()
    # 葡萄牙总统席尔瓦 (2014) is Cavaco Silva; 佛得角总理内韦斯's minister 席尔瓦 is not.
    assert gaz.person("席尔瓦", "PT").name == "Aníbal Cavaco Silva"  # type: ignore[union-attr]
    assert gaz.person("席尔瓦", "CV") is None
    # 哥伦比亚外长穆里略 (Luis Gilberto Murillo) is not Nicaragua's vice-president.
    assert gaz.person("穆里略", "CO") is None
    assert gaz.person("穆里略", "NI").name == "Rosario Murillo"  # type: ignore[union-attr]
    assert gaz.person("穆里略") is not None  # side unknown: the table's person


def test_full_forms_and_international_officials_are_not_held_to_the_side() -> None:
    gaz = default_gazetteer()
    assert gaz.person("马塞洛·德索萨", "CV").name == "Marcelo Rebelo de Sousa"  # type: ignore[union-attr]
    assert gaz.person("古特雷斯", "US").name == "António Guterres"  # type: ignore[union-attr]
    assert gaz.person("图斯克", "EU").name == "Donald Tusk"  # type: ignore[union-attr]  # EU is no country


def test_a_foreign_surname_said_of_a_chinese_side_keeps_its_person() -> None:
    # 国务卿克里 with no country in the chain is placed on the Chinese side by default
    assert default_gazetteer().person("克里", "CN").name == "John Kerry"  # type: ignore[union-attr]


def test_an_organisation_side_is_no_country() -> None:
    # 非洲联盟轮值主席、乍得总统代比: the side is the African Union ("au"), not Australia ("AU")
    assert default_gazetteer().person("代比", "au").name == "Idriss Déby"  # type: ignore[union-attr]


def test_a_party_told_apart_by_its_country_keeps_its_usual_name_as_an_alias_not_a_form() -> None:
    gaz = default_gazetteer()
    malta = gaz.lookup_org("Partit Laburista")
    assert malta is not None and malta.name == "Labour Party (Malta)"
    assert "Labour Party" in malta.ref().aliases  # records and exports carry the usual name
    assert gaz.lookup_org("Labour Party") is not malta  # but the text form stays ambiguous
    league = gaz.lookup_org("PML-N")
    assert league is not None and "Pakistan Muslim League" not in league.ref().aliases  # "(N)" is no country


def test_party_leaders_name_the_party_led_on_a_day() -> None:
    gaz = default_gazetteer()
    assert gaz.party_led(["Nicolás Maduro"], "2024-05-08").id == "psuv"  # type: ignore[union-attr]
    assert gaz.party_led(["Nicolas Maduro"], "2024-05").id == "psuv"  # type: ignore[union-attr]
    assert gaz.party_led(["Nicolás Maduro"], "2013-05-08") is None  # before the PSUV's third congress
    assert gaz.party_led(["Nicolás Maduro"], None) is None
    # two terms, a merged party between them
    assert gaz.party_led(["Pushpa Kamal Dahal"], "2020-12-28").id == "ncp_np"  # type: ignore[union-attr]
    assert gaz.party_led(["Pushpa Kamal Dahal"], "2023").id == "cpn_mc"  # type: ignore[union-attr]


def test_every_party_leader_term_names_a_known_party_of_the_persons_country() -> None:
    gaz = default_gazetteer()
    terms = [t for ts in gaz.party_leaders.values() for t in ts]
    assert terms
    for term in terms:
        party = gaz.org(term.party)
        assert party is not None and party.kind == "party", term
        assert term.end is None or term.start < term.end, term
        person = gaz.person(term.person)
        assert person is None or person.country in (None, party.country), term
