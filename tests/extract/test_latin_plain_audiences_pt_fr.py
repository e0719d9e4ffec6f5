"""Plain single-exchange pages in Portuguese and French (issue 13, eleventh batch, web-pt-071…078 and
web-fr-101…108): an audience told as a noun ("numa audiência que concedeu ao embaixador"), credentials, a
surname printed in capitals ("Le chef de l'État Patrice TALON est arrivé", "Deng LI,", "Olushegun ADJADI
BAKARI,"), a place's word as a middle name ("João Salvador dos Santos Neto"), a two-word name written in the
other order ("Atallah Béatrice"), a signing told as a sequel of a visit, the guest thanking for the welcome,
and the city of an audience told again. Real pages of quality/real-dev, and short texts in their shape."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events as extract
from tests.extract.real_dev_pages import page_events


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def _leads(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants if p.lead}


def test_an_audience_granted_is_a_meeting() -> None:
    # "O Presidente da República, João Lourenço, tratou, esta terça-feira, em Luanda, da cooperação com a China,
    # numa audiência que concedeu ao embaixador daquele país em Angola, Gong Tao."
    events = page_events("web-pt-071")
    assert len(events) == 1 and events[0].kind == "meeting"
    assert _leads(events[0]) == {"João Lourenço", "Gong Tao"}
    assert events[0].date is not None and events[0].date.iso == "2020-05-05"


def test_an_ambassador_accredited_is_met_and_named_in_full() -> None:
    # "Xi Jinping, que falava pouco depois de ter acreditado o novo embaixador de Angola na China, João Salvador
    # dos Santos Neto, ..."
    events = page_events("web-pt-073")
    assert len(events) == 1 and events[0].kind == "meeting"
    assert {"Xi Jinping", "João Salvador dos Santos Neto"} <= _names(events[0])


def test_credentials_presented_in_french_are_a_meeting() -> None:
    text = (
        "Titre\n\nLe nouvel ambassadeur de Chine au Togo, Chao Weidong, a présenté mardi ses lettres de créance "
        "au président de la République, Faure Gnassingbé, à Lomé.\n"
    )
    events = extract(text, "fr", "2018-03-14")
    assert events and events[0].kind == "meeting"
    assert _names(events[0]) == {"Chao Weidong", "Faure Gnassingbé"}


def test_a_surname_in_capitals_before_a_verb_or_of_two_words_or_two_letters() -> None:
    # "Le chef de l'État Patrice TALON est arrivé ...", "accueilli ... par Deng LI, vice-ministre ...",
    # "Olushegun ADJADI BAKARI, ministre des affaires étrangères"
    names = {p.person.native for e in page_events("web-fr-105") for p in e.participants}
    assert {"Patrice TALON", "Deng LI"} <= names
    text = (
        "Titre\n\nLe ministre des affaires étrangères Olushegun ADJADI BAKARI a rencontré lundi à Cotonou "
        "Wang Yi, ministre chinois des Affaires étrangères.\n"
    )
    events = extract(text, "fr", "2024-01-15")
    assert events and "Olushegun ADJADI BAKARI" in _names(events[0])


def test_an_acronym_after_a_capitalised_word_is_no_surname() -> None:
    text = (
        "Head\n\nPyongyang, May 3 (KCNA) -- Kim Song Nam, director of the International Department of the WPK "
        "Central Committee, met with a delegation of the Communist Party of China led by Liu Jianchao.\n"
        "Another KCNA reporter said the talks were friendly.\n"
    )
    names = {p.person.native for e in extract(text, "en", "2024-05-03") for p in e.participants}
    assert not any("KCNA" in n for n in names)


def test_a_signing_right_after_a_visits_reception_is_an_agreement_of_its_own() -> None:
    # "Le ministre Wang Yi ... a été reçu ... par le président Hery Rajaonarimampianina ... Juste après, les
    # ministres Wang Yi et Atallah Béatrice ont signé un mémorandum d'entente." ("Béatrice Atallah" before)
    events = page_events("web-fr-103")
    agreements = [e for e in events if e.kind == "agreement"]
    assert len(agreements) == 1 and _leads(agreements[0]) == {"Wang Yi", "Béatrice Atallah"}
    assert not any("Atallah Béatrice" in _names(e) for e in events)


def test_the_guest_thanking_for_the_reception_leads_the_delegation_received() -> None:
    # "Filipe Nyusi recebeu em audiência de cortesia uma delegação da Assembleia Popular Nacional ..." then "Por
    # seu turno, o vice-presidente ..., Losang Gyaltsen, agradeceu a recepção e transmitiu cumprimentos do
    # presidente chinês, Xi Jinping." (Xi only sends greetings)
    events = page_events("web-pt-077")
    assert len(events) == 1
    assert _leads(events[0]) == {"Filipe Nyusi", "Losang Gyaltsen"}
    assert "Xi Jinping" not in _names(events[0])


def test_an_audience_told_again_gives_its_city() -> None:
    # "... a reçu en audience, le mardi 6 septembre 2022 à la Primature, l'ambassadeur ..., Shan Lu." then
    # "... a reçu en audience, le mardi 6 septembre 2022 à Ouagadougou, l'ambassadeur ..., Shan Lu."
    events = page_events("web-fr-107")
    assert len(events) == 1 and events[0].location == "Ouagadougou"


def test_met_with_no_pronoun_and_a_lone_surname_after_an_honorific() -> None:
    # "No dia 13 de agosto, o Sr. Wang Hejun, Embaixador da China em Moçambique encontrou com o Sr. Pantie,
    # Presidente do Grupo de Amizade Moçambique-China ..."
    events = page_events("web-pt-078")
    assert len(events) == 1 and _leads(events[0]) == {"Wang Hejun", "Pantie"}
    assert events[0].date is not None and events[0].date.iso == "2024-08-13"


def test_people_met_named_as_some_of_the_authorities_met_are_met_one_by_one() -> None:
    # "La délégation conduite par Liu Jianchao a rencontré différentes autorités politiques, hier, dont Andry
    # Rajoelina, président de la République, et Christine Razanamahasoa, présidente de l'Assemblée nationale."
    pairs = [_leads(e) for e in page_events("web-fr-104")]
    assert {"Liu Jianchao", "Andry Rajoelina"} in pairs
    assert {"Liu Jianchao", "Christine Razanamahasoa"} in pairs


def test_receiving_told_inside_a_quote_is_no_cue() -> None:
    # "De l'avis du président burundais, Pierre Nkurunziza, « en recevant cette délégation chinoise ...": the
    # talks are told before; the quote opens no exchange with a leader only mentioned
    assert not any("Xi Jinping" in _names(e) for e in page_events("web-fr-057"))


def test_the_presidency_receiving_its_own_countrys_party_is_no_exchange() -> None:
    # presidencia.pt: "Em audiência no Palácio de Belém, o Presidente da República recebeu uma delegação do Partido
    # Comunista Português (PCP). Participaram no encontro Paulo Raimundo, Secretário-Geral do PCP, ..."; and
    # "Participaram na audiência Jerónimo de Sousa, ...; João Oliveira, Líder do Grupo Parlamentar do PCP; ..."
    assert page_events("web-pt-018") == ()
    assert page_events("web-pt-067") == ()


def test_a_delegation_of_a_foreign_party_stays_foreign() -> None:
    text = (
        "Título\n\nO Presidente da República recebeu uma delegação do Partido Comunista da China (PCC). "
        "Participaram no encontro Paulo Raimundo, Secretário-Geral do PCP, e Li Xi, membro do Comité Permanente "
        "do Bureau Político do PCC.\n"
    )
    events = extract(text, "pt", "2024-05-03")
    assert events and "Li Xi" in _names(events[0])
