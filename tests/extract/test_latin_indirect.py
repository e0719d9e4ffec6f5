"""Facts the text states only indirectly, on short sentences written for these tests: a side from a
city, a place from a later sentence or a dateline without a date, a title after "on his re-election
as", a title with a list of fields, and domestic events that are no exchange."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events, org


def test_attendee_without_side_takes_the_host_country_and_its_legislature() -> None:
    text = (
        "Head\n\nMarisa Bravo Luna, general secretary of the United Socialist Party of Venezuela (PSUV), "
        "received on Monday in Caracas Wang Hai, vice minister of the International Department of the CPC "
        "Central Committee.\nThe meeting was also attended by the deputy Rosa Quintero Páez.\n"
    )
    (event,) = events(text, "en")
    rosa = by_name(event)["Rosa Quintero Páez"]
    assert rosa.side == "VE"
    assert org(rosa) == "National Assembly of Venezuela"


def test_from_a_city_gives_the_side_of_a_remote_participant() -> None:
    text = (
        "Head\n\nMarisa Bravo Luna, general secretary of the United Socialist Party of Venezuela (PSUV), held a "
        "videoconference on Monday with Wang Hai, vice minister of the International Department of the CPC "
        "Central Committee.\nFrom Caracas, the deputy Rosa Quintero Páez participated in the meeting.\n"
    )
    (event,) = events(text, "en")
    assert by_name(event)["Rosa Quintero Páez"].side == "VE"


def test_place_from_a_later_venue_sentence() -> None:
    text = (
        "Cabecera\n\nLa secretaria general del Partido Socialista Unido de Venezuela (PSUV), Marisa Bravo Luna, "
        "sostuvo este lunes un encuentro con Wang Hai, viceministro del Departamento Internacional del "
        "Comité Central del PCCh.\nLa reunión se realizó en la sede del partido, en Caracas, y duró dos horas.\n"
    )
    (event,) = events(text, "es")
    assert event.location == "Caracas"


def test_dateline_without_a_date_gives_the_place() -> None:
    text = (
        "Head\nParty News | June 13, 2025\n\nDar es Salaam. The Chama Cha Mapinduzi (CCM) Secretary General "
        "Juma Mwinyi yesterday received Zhou Ming, Secretary of the Hunan Provincial Party Committee.\n"
    )
    (event,) = events(text, "en")
    assert event.location == "Dar es Salaam"


def test_title_after_on_his_re_election_as() -> None:
    text = (
        "Head\n\nBEIJING, June 12 (Xinhua) -- Xi Jinping, general secretary of the CPC Central Committee, on "
        "Thursday sent a congratulatory message to Souk Vongsa on his re-election as general secretary of "
        "the Lao People's Revolutionary Party (LPRP) Central Committee.\n"
    )
    (event,) = events(text, "en")
    souk = by_name(event)["Souk Vongsa"]
    assert souk.person.title == "general secretary of the Lao People's Revolutionary Party (LPRP) Central Committee"
    assert org(souk) == "Lao People's Revolutionary Party"
    assert souk.side == "LA"


def test_prefix_title_with_a_list_of_fields() -> None:
    text = (
        "Head\n\nDar es Salaam, June 12 -- Juma Mwinyi, Secretary General of Chama Cha Mapinduzi (CCM), received "
        "Zhou Ming, Secretary of the Hunan Provincial Party Committee, on Thursday.\nThe meeting was also "
        "attended by CCM Secretary for Organisation, Finance and Training Asha Salim.\n"
    )
    (event,) = events(text, "en")
    asha = by_name(event)["Asha Salim"]
    assert asha.person.title == "CCM Secretary for Organisation, Finance and Training"
    assert org(asha) == "Chama Cha Mapinduzi"


def test_domestic_symposium_is_no_exchange() -> None:
    text = (
        "Head\n\nBeijing, June 12th—Wang Hai, vice minister of the International Department of the CPC Central "
        "Committee, attended a symposium here today with officials from provincial Party committees.\n"
    )
    assert events(text, "en") == ()


def test_symposium_with_a_foreign_delegation_is_kept() -> None:
    text = (
        "Head\n\nBeijing, June 12th—Wang Hai, vice minister of the International Department of the CPC Central "
        "Committee, attended a symposium here today with a delegation of young Vietnamese cadres.\n"
    )
    (event,) = events(text, "en")
    assert event.kind == "seminar"


def test_title_after_the_name_with_a_list_of_fields() -> None:
    text = (
        "Head\n\nDar es Salaam, June 12 -- Juma Mwinyi, Secretary General of Chama Cha Mapinduzi (CCM), received "
        "Zhou Ming, Secretary of the Hunan Provincial Party Committee, on Thursday.\nAsha Salim, CCM Secretary "
        "for Organisation, Finance and Training, also attended the meeting.\n"
    )
    (event,) = events(text, "en")
    asha = by_name(event)["Asha Salim"]
    assert asha.person.title == "CCM Secretary for Organisation, Finance and Training"


def test_people_who_accompany_a_lead_are_of_the_lead_side() -> None:
    text = (
        "Cabecera\n\nLa secretaria general del Partido Socialista Unido de Venezuela (PSUV), Marisa Bravo Luna, "
        "sostuvo este lunes una videoconferencia con Wang Hai, viceministro del Departamento Internacional del "
        "Comité Central del PCCh.\nAcompañaron a la secretaria general el diputado Pedro Ruiz Soto y la "
        "dirigente Ana Rey.\n"
    )
    (event,) = events(text, "es")
    by = by_name(event)
    assert by["Pedro Ruiz Soto"].side == "VE"
    assert by["Ana Rey"].side == "VE"
