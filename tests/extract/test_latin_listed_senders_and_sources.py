"""Senders listed after a lede that names no recipient, spokesmen who only report an exchange, and a party's
generic name qualified by another country (issue 13, en15 batch). Real pages of quality/real-dev: China Daily on
gov.cn (presidents' messages to the CPC congress), Reuters on MarketScreener (a CPC delegation in Nepal), KBS World
(the WPK's Kim Song-nam in Vientiane)."""

from __future__ import annotations

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.latin.affiliation import affiliation
from liaison.kb.gazetteer import default_gazetteer
from tests.extract.real_dev_pages import page_events


def _names(doc_id: str) -> list[set[str]]:
    return [{p.person.native for p in e.participants} for e in page_events(doc_id)]


def test_each_listed_sender_sends_a_message_of_their_own_to_no_one_named() -> None:
    # "Political parties ... have sent congratulatory messages to the Communist Party of China ... Foreign Ministry
    # spokesman Lu Kang confirmed the messages ... Leaders who sent congratulatory messages included Kazakh President
    # Nursultan Nazarbayev, Tanzanian President John Pombe Magufuli, and Serbian President Aleksandar Vucic."
    messages = [e for e in page_events("web-en-1515") if e.kind == "message"]
    senders = [{p.person.native for p in e.participants} for e in messages]
    assert sorted(senders, key=sorted) == [{"Aleksandar Vucic"}, {"John Pombe Magufuli"}, {"Nursultan Nazarbayev"}]


def test_a_spokesman_reporting_messages_is_neither_sender_nor_recipient() -> None:
    # "Foreign Ministry spokesman Lu Kang confirmed the messages"; "... the CPC Central Committee with Xi Jinping
    # as its core" (the CPC's formula names its leader only)
    named = set().union(*_names("web-en-1515"))
    assert "Lu Kang" not in named
    assert "Xi Jinping" not in named


def test_a_spokesman_telling_a_meeting_is_no_party_to_it() -> None:
    # "A Chinese delegation visiting Nepal met with the leaders of the ruling party as well as of the opposition,
    # said Wang Wenbin, spokesman of China's foreign ministry, on Thursday."
    names = _names("web-en-138")
    assert names and not any("Wang Wenbin" in n for n in names)
    assert any("Guo Yezhou" in n for n in names)


def test_a_generic_party_name_qualified_by_a_country_is_that_countrys_party() -> None:
    # KBS World: "conveyed the North Korean Workers' Party's position"; Brazil's party keeps the bare name
    gaz = default_gazetteer()
    korean = affiliation("the North Korean Workers' Party", ENGLISH, gaz, None)
    assert korean.country == "KP"
    assert korean.organization is not None and korean.organization.abbr == "WPK"
    assert affiliation("the Brazilian Workers' Party", ENGLISH, gaz, None).country == "BR"
    parties = {pa.abbr for e in page_events("web-en-1516") for pa in e.parties}
    assert "WPK" in parties
