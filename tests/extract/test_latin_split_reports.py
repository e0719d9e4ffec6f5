"""Reports of several exchanges split as the gold splits them (issue 13, split11): a visit's meetings told in the
passive ("Earlier meetings were held with A, B and C"), a visitor met again by another host while the visitor's own
country goes unnamed, senders of three countries writing one message each, and a meeting told in an opening frame
whose counterpart stands in apposition ("Já no encontro com o líder indiano, Narendra Modi, Lula falou"). Real
pages of quality/real-dev (ids below 150, the development half) and short texts in the same constructions."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events, sentence_events


def _leads(events: tuple) -> list[set[str]]:  # type: ignore[type-arg]
    return [{p.person.native for p in e.participants if p.lead} for e in events]


def test_meetings_held_with_a_list_are_the_visitors_one_each() -> None:
    # "A Communist Party USA delegation headed by national chair Sam Webb arrived ..." ... "Earlier meetings were
    # held with Zhu Bin, ..., Zhang Shiping, ..., and Minister Wang Jiarui of the CPC's International Department."
    leads = _leads(page_events("web-en-013"))
    for host in ("Zhu Bin", "Zhang Shiping", "Wang Jiarui"):
        assert {"Sam Webb", host} in leads


def test_meetings_held_with_in_a_short_text() -> None:
    events = sentence_events(
        "A delegation of the Communist Party of Vietnam headed by Le Hoai Trung arrived in Havana on Monday. Cuban "
        "President Miguel Diaz-Canel received the delegation. Earlier meetings were held with Foreign Minister Bruno "
        "Rodriguez, Vice President Salvador Valdes Mesa and Speaker Esteban Lazo.", "2024-05-06", "en")
    leads = _leads(events)
    for host in ("Bruno Rodriguez", "Salvador Valdes Mesa", "Esteban Lazo"):
        assert {"Le Hoai Trung", host} in leads


def test_meetings_held_with_in_french_and_portuguese() -> None:
    fr = sentence_events(
        "Une délégation du Parti communiste du Vietnam conduite par Le Hoai Trung est arrivée à Dakar lundi. "
        "Auparavant, des rencontres ont eu lieu avec le ministre Ismaïla Madior Fall, le Premier ministre Amadou Ba "
        "et le président de l'Assemblée Amadou Mame Diop.", "2024-05-06", "fr")
    leads = _leads(fr)
    for host in ("Ismaïla Madior Fall", "Amadou Ba", "Amadou Mame Diop"):
        assert {"Le Hoai Trung", host} in leads
    pt = sentence_events(
        "Uma delegação do Partido Comunista do Vietname, chefiada por Le Hoai Trung, iniciou uma visita a Angola na "
        "segunda-feira. O presidente angolano João Lourenço recebeu Le Hoai Trung no Palácio. Antes foram realizadas "
        "reuniões com o ministro angolano das Relações Exteriores, Téte António, e com a vice-presidente angolana, "
        "Esperança da Costa.", "2024-05-06", "pt")
    assert _leads(pt) == [{"João Lourenço", "Le Hoai Trung"}, {"Le Hoai Trung", "Téte António"},
                          {"Le Hoai Trung", "Esperança da Costa"}]


def test_a_single_entretien_avec_is_talks() -> None:
    # "Le Hoai Trung a en outre un entretien avec Thongsavanh Phomvihane." (the "eu" left out by the page)
    events = page_events("web-fr-067")
    assert any(e.kind == "talks" and {"Le Hoai Trung", "Thongsavanh Phomvihane"} <= set(leads)
               for e, leads in zip(events, _leads(events), strict=True))


def test_a_visitor_of_no_named_country_met_again_by_another_host() -> None:
    # "Este sábado la comitiva sostuvo conversaciones oficiales, presididas por ... Carlos Rafael Miranda Martínez
    # ... y por ... Khambay Dalmath" ... "También durante esta jornada, ... Xaysomphone Phomvihane, recibió a la
    # delegación de los CDR, encabezada por su Coordinador Nacional, Carlos Rafael Miranda Martínez."
    leads = _leads(page_events("web-es-034"))
    assert {"Carlos Rafael Miranda Martínez", "Khambay Dalmath"} in leads
    assert {"Carlos Rafael Miranda Martínez", "Xaysomphone Phomvihane"} in leads


def test_senders_of_three_countries_write_one_message_each() -> None:
    # "Le président du PKR et Premier ministre malaisien, Anwar Ibrahim, le chef de la PML-N et Premier ministre
    # pakistanais, Shehbaz Sharif, et la présidente du Pheu Thai ..., Paetongtarn Shinawatra, ont adressé ..."
    messages = [e for e in page_events("web-fr-076") if e.kind == "message"]
    senders = [lead for leads in _leads(tuple(messages)) for lead in leads]
    for sender in ("Anwar Ibrahim", "Shehbaz Sharif", "Paetongtarn Shinawatra"):
        assert senders.count(sender) == 1
    assert len(messages) == 3


def test_two_heads_exchanging_messages_stay_one_exchange() -> None:
    events = sentence_events(
        "Le président de l'Assemblée nationale du Vietnam Vuong Dinh Hue et le président du Comité permanent de "
        "l'Assemblée populaire nationale de Chine Zhao Leji ont échangé des messages de félicitations.",
        "2023-12-12", "fr")
    assert len(events) == 1


def test_an_opening_frame_with_its_counterpart_in_apposition() -> None:
    # "Já no encontro com o líder indiano, Narendra Modi, Lula falou sobre o comércio": Lula and Modi, not Macron
    events = page_events("web-pt-065")
    modi = [leads for leads in _leads(events) if "Narendra Modi" in leads]
    assert modi == [{"Luiz Inácio Lula da Silva", "Narendra Modi"}]


def test_members_of_a_delegation_named_by_its_size_are_the_visitors() -> None:
    # "The four-person delegation includes Jarvis Tyner, the party's executive vice chair, ..." (in Beijing): the
    # US visitors' side at each meeting of the visit, not the host's
    for event in page_events("web-en-013"):
        sides = {p.person.native: p.side for p in event.participants}
        assert sides["Jarvis Tyner"] == "US"
