"""Participants' organisations in the Latin-script engine, on real text: an ambassador with no host
named stands for the sender's government; a post naming no body sits in the body its country's record
knows ("National Security Advisor" of the US side: the National Security Council), never another
country's; a title read before its holder's side was known is read again with that side."""

from __future__ import annotations

from pathlib import Path

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.es.lexicon import SPANISH
from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.affiliation import counterpart_organisation, post_organisation
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.pt.lexicon import PORTUGUESE
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, readout_events


def _orgs(events: tuple[EventFrame, ...]) -> dict[str, str | None]:
    """Each participant's native form -> organisation name (the last event naming them)."""
    return {
        p.person.native: p.person.organization.name if p.person.organization else None
        for e in events for p in e.participants
    }


def _org(title: str, side: str | None, lex: Lexicon = ENGLISH) -> str | None:
    org = post_organisation(title, lex, default_gazetteer(), side)
    return org.name if org else None


def test_a_bare_president_of_a_known_side_is_of_its_government() -> None:
    """Readouts and wires name heads of state by a bare "President" ("President Biden", "the Vice
    President"); the gold gives them their side's government (``resolve.offices`` reads no office from
    a bare head, see tests/resolve/test_offices.py)."""
    assert _org("President", "NP") == "Government of Nepal"
    assert _org("Vice President", "NG") == "Government of Nigeria"
    assert _org("Vice-President", "TZ") == "Government of Tanzania"
    assert _org("vicepresidenta", "VE", SPANISH) == "Government of Venezuela"
    assert _org("President", "EU") is None  # a union has no government
    # with a name of the holder's own country the language file does not list
    assert _org("presidente de Liberia", "LR", SPANISH) == "Government of Liberia"
    assert _org("presidente da Turquia", "TR", PORTUGUESE) == "Government of Turkey"
    assert _org("US President", "US") == "Government of the United States"
    # a country the file lists names the government whatever side the holder was given, and so does one the country
    # source reads where the file lists none (recall17, ``places.country_word``)
    assert _org("presidente de Kiribati", "CN", SPANISH) == "Government of Kiribati"
    assert _org("President", None) is None
    assert _org("presidente del PSUV", "VE", SPANISH) == "United Socialist Party of Venezuela"


def test_a_readouts_bare_presidents_are_of_their_governments(shared: Path) -> None:
    """whb-00202, a summit readout: "President Biden ... President Fernández of Argentina"."""
    (events,) = readout_events(shared, "whb-00202").values()
    orgs = _orgs(events)
    assert orgs["Biden"] == "Government of the United States"
    assert orgs["Alberto Fernandez"] == "Government of Argentina"
    assert orgs["Joko Widodo"] == "Government of Indonesia"


def test_a_foreign_ministers_post_sits_in_the_foreign_ministry() -> None:
    """Foreign ministers and their deputies are of the foreign ministry, not the government (the gold's
    "Ministry of Foreign Affairs of Cuba"); a party's commission for external relations is no ministry,
    nor is a German chancellor ("canciller federal alemán")."""
    assert _org("Cuban Foreign Minister", None) == "Ministry of Foreign Affairs of Cuba"
    assert _org("Vice Foreign Minister", "CN") == "Ministry of Foreign Affairs of China"
    assert _org("foreign minister of the People's Republic of China", None) == "Ministry of Foreign Affairs of China"
    assert _org("canciller de China", None, SPANISH) == "Ministry of Foreign Affairs of China"
    assert _org("viceministro de Relaciones Exteriores de Cuba", None, SPANISH) == "Ministry of Foreign Affairs of Cuba"
    assert _org("ministre cubain des relations extérieures", None, FRENCH) == "Ministry of Foreign Affairs of Cuba"
    assert _org("ministro das Relações Exteriores", "BR", PORTUGUESE) == "Ministry of Foreign Affairs of Brazil"
    assert _org("ministro del Poder Popular para Relaciones Exteriores", "VE", SPANISH) == (
        "Ministry of Foreign Affairs of Venezuela"
    )
    assert _org("canciller federal alemán", None, SPANISH) != "Ministry of Foreign Affairs of Germany"
    assert _org("chef de la Commission des relations extérieures du CC du PCV", "VN", FRENCH) != (
        "Ministry of Foreign Affairs of Vietnam"
    )


def test_ministers_of_a_cuban_page_are_of_their_bodies() -> None:
    """web-es-090: "Raúl Castro, Presidente de los Consejos de Estado y de Ministros" heads the Cuban
    government; "el canciller, Bruno Rodríguez Parrilla" and "el ministro de Relaciones Exteriores, Wang
    Yi" are of their foreign ministries."""
    orgs = _orgs(page_events("web-es-090"))
    assert orgs["Raúl Castro Ruz"] == "Government of Cuba"
    assert orgs["Bruno Rodríguez Parrilla"] == "Ministry of Foreign Affairs of Cuba"
    assert orgs["Wang Yi"] == "Ministry of Foreign Affairs of China"


def test_an_ambassador_with_no_host_named_is_of_the_senders_government() -> None:
    assert _org("Chinese Ambassador", None) == "Government of China"
    assert _org("embajador chino", None, SPANISH) == "Government of China"
    assert _org("Chinese Ambassador to Venezuela", None) == "Embassy of the People's Republic of China in Venezuela"
    assert _org("Ambassador", "EU") is None  # a union has no government
    assert _org("Ambassador-at-Large", "US") is None


def test_national_security_advisors_sit_in_their_own_countrys_council(shared: Path) -> None:
    found = readout_events(shared, "whb-00085", "whb-00096", "whb-00104")
    assert set(found) == {"whb-00085", "whb-00096", "whb-00104"}
    for doc in found.values():
        assert _orgs(doc)["Jake Sullivan"] == "National Security Council"
    # the Israeli and British advisors are not members of the US council
    assert _orgs(found["whb-00085"]).get("Meir Ben-Shabbat") != "National Security Council"
    assert _orgs(found["whb-00096"]).get("Stephen Lovegrove") != "National Security Council"
    assert _orgs(found["whb-00104"]).get("Benjamin “Benny” Gantz") in (None, "Government of Israel")


def test_a_title_read_before_its_side_was_known_takes_that_sides_government(shared: Path) -> None:
    """A readout of an advisor's tour: Mauritania's ministers, seated on the side of the earlier meeting
    with its President, belong to the Government of Mauritania (its foreign minister to the foreign ministry)."""
    (events,) = readout_events(shared, "whb-00235").values()
    orgs = _orgs(events)
    assert orgs["Ismael Ould Cheikh Ahmed"] == "Ministry of Foreign Affairs of Mauritania"
    assert orgs["Hanana Sidi"] == "Government of Mauritania"


def test_an_ambassador_of_a_page_is_of_the_senders_government() -> None:
    """A Nepali page: "Chinese Ambassador Hou Yanqi" met party leaders."""
    assert _orgs(page_events("web-en-150"))["Hou Yanqi"] == "Government of China"


def test_party_departments_named_by_short_and_possessive_forms_are_those_departments() -> None:
    """"CPV Central Committee's Commission for External Relations" (VNA, People's Daily, Laos News Wire) and
    "CPC International Department" (People's World) are the departments, not the parties."""
    assert _org("chairman of the CPV Central Committee’s Commission for External Relations", "VN") == (
        "Commission for External Relations of the CPV Central Committee"
    )
    assert _org("CPC International Department Vice Minister", "CN") == (
        "International Department of the CPC Central Committee"
    )
    assert _orgs(page_events("web-en-013"))["Ma Wenpu"] == "International Department of the CPC Central Committee"


def test_a_partys_department_for_foreign_relations_named_by_its_function_is_that_department() -> None:
    """Pages name the IDCPC and the CPV's commission in many forms; a post in one (or in a bureau of it)
    is of the department, not of the party; a seat on the central committee stays the party's."""
    idcpc = "International Department of the CPC Central Committee"
    assert _org("Deputy Minister of the Department of International Affairs of the Communist Party of China",
                "CN") == idcpc
    assert _org("Chinese Communist Party Central Committee International Relations Minister", "CN") == idcpc
    assert _org("jefe del Departamento de Enlace Internacional del Partido Comunista de China", "CN", SPANISH) == idcpc
    assert _org("Director General del Buró de América Latina y el Caribe del Departamento Internacional del Comité "
                "del PCCh", "CN", SPANISH) == idcpc
    assert _org("directeur général adjoint du département de liaisons internationales du comité central du Parti "
                "communiste chinois (PCC)", "CN", FRENCH) == idcpc
    assert _org("vice-président de la Commission des Relations extérieures du CC du PCV", "VN", FRENCH) == (
        "Commission for External Relations of the CPV Central Committee"
    )
    assert _org("member of the Communist Party of Vietnam (CPV) Central Committee and Chairman of its Commission "
                "for External Relations", "VN") == "Commission for External Relations of the CPV Central Committee"
    assert _org("member of the Political Bureau of the CPC Central Committee", "CN") == "Communist Party of China"
    assert _org("presidente de la Comisión de Relaciones Exteriores de la Asamblea Nacional", "VE", SPANISH) != idcpc


def test_kcnas_foreign_ministry_is_the_dprks() -> None:
    """KCNA names the DPRK's bodies "of the DPRK" (the record's country name is "North Korea")."""
    assert _org("Vice Foreign Minister", "KP") == "Ministry of Foreign Affairs of the DPRK"
    assert _org("DPRK Foreign Minister", None) == "Ministry of Foreign Affairs of the DPRK"


def test_a_counterpart_holds_the_same_post_on_their_side() -> None:
    """"Xi Jinping ... s'est entretenu avec son homologue guinéen Alpha Condé" (web-fr-079): the counterpart of
    a government's head is of their own government; a counterpart of a party body is left unread."""
    assert _orgs(page_events("web-fr-079"))["Alpha Condé"] == "Government of Guinea"
    gazetteer = default_gazetteer()
    gov_cn = gazetteer.government("CN")
    mfa_cn = gazetteer.lookup_org("Ministry of Foreign Affairs of China")
    assert gov_cn is not None and mfa_cn is not None
    read = counterpart_organisation
    french = read("homologue français", FRENCH, gazetteer, "FR", gov_cn.ref())
    cuban = read("Cuban counterpart", ENGLISH, gazetteer, "CU", mfa_cn.ref())
    assert french is not None and french.name == "Government of France"
    assert cuban is not None and cuban.name == "Ministry of Foreign Affairs of Cuba"
    cpc = gazetteer.org("cpc")
    assert cpc is not None
    assert read("Lao counterpart", ENGLISH, gazetteer, "LA", cpc.ref()) is None
    assert read("Vice President", ENGLISH, gazetteer, "FR", gov_cn.ref()) is None


def test_a_bare_general_secretary_of_a_one_party_side_is_of_that_party() -> None:
    """Readouts' "General Secretary To Lam" (whb-01333): the Vietnamese side's one party; a side the record
    knows several parties of (or none) gets none."""
    assert _org("General Secretary", "VN") == "Communist Party of Vietnam"
    assert _org("secretário-geral", "VN", PORTUGUESE) == "Communist Party of Vietnam"
    assert _org("secrétaire général", "LA", FRENCH) == "Lao People's Revolutionary Party"
    assert _org("General Secretary", "US") is None
    assert _org("secretario general", "VE", SPANISH) is None
    assert _org("Deputy General Secretary of the ASEAN", "VN") != "Communist Party of Vietnam"
