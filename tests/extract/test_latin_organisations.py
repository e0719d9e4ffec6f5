"""Participants' organisations in the Latin-script engine, on real text: an ambassador with no host
named stands for the sender's government; a post naming no body sits in the body its country's record
knows ("National Security Advisor" of the US side: the National Security Council), never another
country's; a title read before its holder's side was known is read again with that side."""

from __future__ import annotations

from pathlib import Path

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.es.lexicon import SPANISH
from liaison.extract.latin.affiliation import post_organisation
from liaison.extract.latin.lexicon import Lexicon
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


def test_a_bare_president_stays_without_an_organisation() -> None:
    """As a state post a bare "President" would be an exclusive office to the resolver, which would keep
    apart a vice president who became president: it is left unread."""
    assert _org("President", "NP") is None
    assert _org("presidente del PSUV", "VE", SPANISH) == "United Socialist Party of Venezuela"


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
    with its President, belong to the Government of Mauritania."""
    (events,) = readout_events(shared, "whb-00235").values()
    orgs = _orgs(events)
    assert orgs["Ismael Ould Cheikh Ahmed"] == "Government of Mauritania"
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
