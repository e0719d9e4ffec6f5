"""Latin-script extractor: which parties are sides of a party exchange (issue 14). Each article is written
for the test in the shape of real reports (Xinhua English, VNA, KPL, ACN, Prensa Latina): a party named
for a delegation whose leader the text gives no country, a party post among state posts, the side's own
"Party" of a party-state, the one party of a country an article names."""

from __future__ import annotations

from tests.extract.latin_helpers import events


def _parties(ev: object) -> set[str]:
    return {p.name for p in ev.parties}  # type: ignore[attr-defined]


def test_the_party_of_a_delegation_led_by_its_general_secretary_is_a_side() -> None:
    # Xinhua: "met with a delegation from the SACP led by its General Secretary Blade Nzimande"
    text = (
        "BEIJING, May 9 (Xinhua) -- Huang Kunming, member of the Political Bureau of the Communist Party of China "
        "(CPC) Central Committee, met with a delegation from the South African Communist Party (SACP) led by its "
        "General Secretary Blade Nzimande on Wednesday.\n\n"
        "Nzimande said the SACP is ready to broaden cooperation with the CPC.\n"
    )
    (ev,) = events(text, "en", published="2018-05-09")
    assert "party" in ev.channel
    assert _parties(ev) == {"Communist Party of China", "South African Communist Party"}


def test_a_party_of_another_country_named_in_passing_is_no_side() -> None:
    # both sides placed and holding their parties: a third party in the sentence stays out
    text = (
        "HANOI, Sept. 8 (VNA) -- Le Hoai Trung, head of the Commission for External Relations of the Communist "
        "Party of Vietnam (CPV) Central Committee, met with Blade Nzimande, General Secretary of the South African "
        "Communist Party (SACP), who attended a conference of solidarity with the Communist Party of Cuba.\n"
    )
    (ev,) = events(text, "en", published="2024-09-08")
    assert _parties(ev) == {"Communist Party of Vietnam", "South African Communist Party"}


def test_a_party_post_among_state_posts_makes_that_party_a_side() -> None:
    # Prensa Latina: the Chinese premier styled first as a member of the Political Bureau's Standing Committee
    text = (
        "Beijing, Apr 23 (Prensa Latina) Roberto Morales Ojeda, secretary of organization of the Central Committee "
        "of the Communist Party of Cuba (PCC), met on Sunday with Li Qiang, member of the Standing Committee of the "
        "Political Bureau of the Communist Party of China and Prime Minister.\n"
    )
    (ev,) = events(text, "en", published="2023-04-23")
    assert "party" in ev.channel
    assert _parties(ev) == {"Communist Party of Cuba", "Communist Party of China"}


def test_the_party_general_secretary_of_a_party_state_holds_a_post_of_its_ruling_party() -> None:
    # KPL / VNA style: "Lao Party General Secretary and State President"
    text = (
        "VIENTIANE, June 8 (KPL) -- Lao Party General Secretary and State President Thongloun Sisoulith received "
        "Le Hoai Trung, head of the Commission for External Relations of the Communist Party of Vietnam Central "
        "Committee, in Vientiane on Tuesday.\n"
    )
    (ev,) = events(text, "en", published="2021-06-08")
    assert {"party", "state"} <= set(ev.channel)
    assert _parties(ev) == {"Lao People's Revolutionary Party", "Communist Party of Vietnam"}


def test_el_secretario_general_del_partido_names_the_ruling_party_of_its_country() -> None:
    text = (
        "La Habana, 5 mar (ACN) El Primer Secretario del Partido y presidente de la República de Cuba, Miguel "
        "Díaz-Canel, recibió este martes a Le Hoai Trung, jefe de la Comisión de Relaciones Exteriores del Comité "
        "Central del Partido Comunista de Vietnam.\n"
    )
    (ev,) = events(text, "es", published="2024-03-05")
    assert "party" in ev.channel
    assert _parties(ev) == {"Communist Party of Cuba", "Communist Party of Vietnam"}


def test_a_state_principal_in_a_party_exchange_does_not_bring_the_party_the_table_knows_him_in() -> None:
    # Xinhua: the IDCPC's vice-minister received by Nicaragua's co-president (an FSLN leader, not said)
    text = (
        "MANAGUA, June 3 (Xinhua) -- Rosario Murillo, Co-President of the Republic of Nicaragua, met here on "
        "Tuesday with Ma Hui, Vice-minister of the International Department of the CPC Central Committee.\n"
    )
    (ev,) = events(text, "en", published="2025-06-03")
    assert _parties(ev) == {"Communist Party of China"}


def test_a_state_exchange_gets_no_party_from_a_known_leader() -> None:
    text = (
        "BEIJING, Oct. 27 (Xinhua) -- Chinese President Xi Jinping held talks with Italian President Sergio "
        "Mattarella in Beijing on Thursday.\n"
    )
    (ev,) = events(text, "en", published="2017-10-27")
    assert "party" not in ev.channel and not ev.parties


def test_a_side_named_only_as_the_organisation_takes_the_one_party_of_its_country_the_article_names() -> None:
    # Radio Habana Cuba: "... de la organización vietnamita" for the CPV named in the headline
    text = (
        "Vietnam: Líder del Partido Comunista recibió a delegación cubana\n\n"
        "La Habana, 24 may (RHC) Nguyen Phu Trong, secretario general del Partido Comunista de Vietnam, recibió en "
        "Hanoi a José Ramón Balaguer, jefe del Departamento de Relaciones Internacionales del Comité Central del "
        "Partido Comunista de Cuba.\n\n"
        "Más tarde Balaguer se reunió con Hoang Binh Quan, presidente de la Comisión de Relaciones Exteriores de la "
        "organización vietnamita.\n"
    )
    evs = events(text, "es", published="2017-05-24")
    quan = [ev for ev in evs if any(p.person.name == "Hoang Binh Quan" for p in ev.participants)]
    assert quan and "party" in quan[0].channel
    assert _parties(quan[0]) == {"Communist Party of Cuba", "Communist Party of Vietnam"}


def test_a_country_with_two_parties_named_gets_neither_from_the_article() -> None:
    text = (
        "HANOI, Sept. 8 (VNA) -- Le Hoai Trung, head of the Commission for External Relations of the Communist "
        "Party of Vietnam (CPV) Central Committee, met with Jeremy Nkosi, a senior official, on Monday.\n\n"
        "Nkosi spoke of the ties of the African National Congress and the South African Communist Party with Vietnam.\n"
    )
    (ev,) = events(text, "en", published="2024-09-08")
    assert _parties(ev) <= {"Communist Party of Vietnam"}


def test_a_bare_seat_on_the_politburo_of_a_party_state_is_a_post_of_its_ruling_party() -> None:
    text = (
        "La Habana, 5 feb (PL) Bruno Rodríguez Parrilla, miembro del Buró Político y ministro de Relaciones "
        "Exteriores de Cuba, se reunió este jueves con Liu Haixing, jefe del Departamento de Enlace Internacional "
        "del Comité Central del Partido Comunista de China.\n"
    )
    (ev,) = events(text, "es", published="2026-02-05")
    assert "party" in ev.channel
    assert _parties(ev) == {"Communist Party of Cuba", "Communist Party of China"}


def test_a_head_of_state_keeps_no_party_the_article_names_elsewhere() -> None:
    text = (
        "MANAGUA, June 3 (Xinhua) -- Rosario Murillo, Co-President of the Republic of Nicaragua, met here on "
        "Tuesday with Ma Hui, Vice-minister of the International Department of the CPC Central Committee.\n\n"
        "Ma said the CPC is willing to deepen exchanges with the Sandinista National Liberation Front.\n"
    )
    (ev,) = events(text, "en", published="2025-06-03")
    assert _parties(ev) == {"Communist Party of China"}


def test_a_party_post_added_after_a_state_title_makes_both_parties_sides() -> None:
    # Granma / ACN style: each principal styled by a state post, then ", y" a party post
    text = (
        "La Habana, 22 jul (ACN) El General de Ejército Raúl Castro Ruz, Presidente de los Consejos de Estado y de "
        "Ministros, y Primer Secretario del Comité Central del Partido Comunista de Cuba, recibió este martes al "
        "compañero Xi Jinping, Presidente de la República Popular China, y Secretario General del Partido "
        "Comunista de China, quien realiza una visita de Estado.\n"
    )
    (ev,) = events(text, "es", published="2014-07-22")
    assert {"party", "state"} <= set(ev.channel)
    assert _parties(ev) == {"Communist Party of Cuba", "Communist Party of China"}


def test_a_party_post_stated_at_a_later_mention_counts_when_the_counterpart_holds_one() -> None:
    # Xinhua style: the guest styled by a state post, his party post given where the text names him again
    text = (
        "BEIJING, June 4 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC Central "
        "Committee, met on Tuesday with South African Deputy President Paul Mashatile.\n\n"
        "Mashatile, deputy president of the African National Congress (ANC), said the two parties should deepen "
        "exchanges of governance experience.\n"
    )
    (ev,) = events(text, "en", published="2024-06-04")
    assert "party" in ev.channel
    assert _parties(ev) == {"Communist Party of China", "African National Congress"}


def test_a_party_post_on_one_side_only_outside_the_titles_adds_no_party() -> None:
    # the counterpart is a government minister: the format's party channel needs party capacity on both sides
    text = (
        "HAVANA, March 3 (ACN) -- Cuban Foreign Minister Bruno Rodriguez met on Monday with Chen Xiaodong, "
        "director of the China International Development Cooperation Agency.\n\n"
        "Rodriguez, a member of the Political Bureau of the Communist Party of Cuba, thanked China for its aid.\n"
    )
    (ev,) = events(text, "en", published="2025-03-03")
    assert "party" not in ev.channel
    assert _parties(ev) == set()


def test_the_party_of_a_side_whose_people_are_no_leads_is_a_side() -> None:
    # VNA French style: the hosts named after the guest's arrival, none of them read as a lead
    text = (
        "Hanoi, 12 décembre (VNA) - Xi Jinping, secrétaire général du Comité central du Parti communiste chinois "
        "(PCC) et président de la République populaire de Chine, est arrivé mardi à Hanoi pour une visite d'État. "
        "Il a été accueilli par Nguyen Phu Trong, secrétaire général du Comité central du Parti communiste du "
        "Vietnam (PCV).\n"
    )
    evs = events(text, "fr", published="2023-12-12")
    assert any(_parties(ev) == {"Communist Party of China", "Communist Party of Vietnam"} for ev in evs)


def test_a_party_name_written_without_its_accents_is_the_known_party() -> None:
    # KCNA's Spanish service drops accents: "Federacion"
    text = (
        "Pyongyang, 15 de mayo (ACNC) -- Kim Song Nam, director del Departamento Internacional del Comité Central "
        "del Partido del Trabajo de Corea, se entrevistó el día 14 con Vladimir Kashin, vicepresidente del CC del "
        "Partido Comunista de la Federacion Rusa.\n"
    )
    (ev,) = events(text, "es", published="2024-05-15")
    assert "Communist Party of the Russian Federation" in _parties(ev)
    assert not any(p.key and p.key.startswith("auto:") for p in ev.parties)


def test_a_lead_in_an_unowned_party_body_takes_the_one_foreign_party_the_article_names() -> None:
    # Avante! style: the delegation's members styled by their party's bodies, the party named once
    text = (
        "Uma delegação do PCP visitou a China entre 3 e 10 de Maio, a convite do Partido Comunista da China.\n\n"
        "Em Pequim, Paulo Raimundo, do Secretariado do Comité Central, encontrou-se com Huang Kunming, membro do "
        "Bureau Político do Comité Central do PCC.\n"
    )
    evs = events(text, "pt", published="2019-05-12")
    assert any(_parties(ev) == {"Communist Party of China", "Portuguese Communist Party"} for ev in evs)


# -- a party named as a delegation's, anywhere in the article (real-dev pages, several outlets) --------------
def _page_parties(doc_id: str) -> list[set[str]]:
    from tests.extract.real_dev_pages import page_events

    return [{p.abbr or p.name for p in ev.parties} for ev in page_events(doc_id)]


def test_the_party_of_a_delegation_is_the_unnamed_other_side_of_a_one_country_report() -> None:
    # Dunya News: "Imran Khan convened a meeting with a delegation of Chinese communist party"; The Nation:
    # "a delegation of Communist Party of China Saturday visited the Central Secretariat of PTI" and later
    # "Secretary General PTI Arshad Dad welcomed the delegation"
    assert _page_parties("web-en-105") == [{"PTI", "CPC"}]
    assert _page_parties("web-en-102") == [{"PTI", "CPC"}]


def test_the_party_of_a_delegation_is_the_side_of_its_country() -> None:
    # VNA: "A delegation from the Communist Party of the US (CPUSA) led by Arturo Cambron, a member of the
    # National Committee": a state-styled visit keeps its channel and gains the CPUSA as a side
    (visit,) = [p for p in _page_parties("web-en-004")]
    assert "CPUSA" in visit
    # Xinhua: Li Xi "meets with a Communist Party of Cuba (PCC) delegation led by Gladys Martinez Verdecia"
    assert any({"CPC", "PCC"} <= parties for parties in _page_parties("web-en-022"))


def test_two_delegations_parties_of_one_country_give_neither() -> None:
    # which of the two met the host is not said: the unnamed side gets no party
    text = (
        "BEIJING, May 9 (Xinhua) -- Liu Jianchao, head of the International Department of the Communist Party of "
        "China (CPC) Central Committee, met with a delegation of the Communist Party of India (Marxist) and a "
        "delegation of the Communist Party of India on Wednesday.\n"
    )
    parties = set().union(*(_parties(ev) for ev in events(text, "en", published="2018-05-09")))
    assert "Communist Party of China" in parties
    assert not parties & {"Communist Party of India (Marxist)", "Communist Party of India"}


def _kcna_events(shared: object, doc_id: str) -> list[set[str]]:
    import gzip
    import json
    from pathlib import Path

    import pytest

    from liaison.extract import extract
    from liaison.ingest.records import parse_record
    from liaison.normalise import normalise

    path = Path(str(shared)) / "corpus" / "kcna-en-2023-2024.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not found")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if f'"{doc_id}"' in line[:60]:
                raw = json.loads(line)
                events = extract(normalise(parse_record(raw, doc_id, str(path)))).events
                return [{p.abbr or p.name for p in ev.parties} for ev in events]
    pytest.skip(f"{doc_id} not in {path}")


def test_a_party_message_to_a_party_state_goes_to_its_ruling_party(shared: object) -> None:
    # KCNA: "Kim Jong Un, general secretary of the Workers' Party of Korea, sent a message of condolence to the
    # Central Committee of the Communist Party of Vietnam": no person addressed, Vietnam the one other country
    assert _kcna_events(shared, "kcna-00103") == [{"WPK", "CPV"}]
    # RHC: Díaz-Canel, First Secretary of the PCC, "felicitó al Partido Comunista de China en el centenario"
    (message,) = _page_parties("web-es-008")
    assert message == {"PCC", "CPC"}


def test_a_visit_to_a_party_state_gets_no_party_from_the_country_named() -> None:
    # Prensa Latina: Díaz-Canel's arrival "a Vientiane ... en visita oficial": only a message's addressee is
    # read from the country named; the visit keeps the parties its people hold
    parties = _page_parties("web-es-131")
    assert parties and all("LPRP" not in p for p in parties)


def test_a_party_post_stated_at_another_mention_of_one_lead_makes_a_party_exchange() -> None:
    # Prensa Latina, restated: the host styled by a state post in the trigger, his party post told later
    text = (
        "La Habana, 12 mar (Prensa Latina) El presidente cubano, Raúl Castro, recibió este lunes a Eduardo "
        "Lorier, secretario general del Partido Comunista de Uruguay.\n\n"
        "Castro, primer secretario del Comité Central del Partido Comunista de Cuba, conversó con el visitante "
        "sobre los vínculos entre ambas organizaciones.\n"
    )
    (ev,) = events(text, "es", published="2018-03-12")
    assert {"party", "state"} <= set(ev.channel)
    assert _parties(ev) == {"Communist Party of Cuba", "Communist Party of Uruguay"}


def test_a_post_listed_after_and_before_another_name_is_that_persons() -> None:
    # Trend (Astana), restated: "met with A, and the Head of ... of the Communist Party of China, B": the
    # party post is Li Shulei's, so the meeting with Wang Huning (a CPPCC post) is no party exchange
    text = (
        "ASTANA, November 26. A delegation from Kazakhstan, led by State Advisor Yerlan Karin, held meetings in "
        "the People's Republic of China.\n\n"
        "Yerlan Karin met with the Chairman of the Standing Committee of the Chinese People's Political "
        "Consultative Conference (CPPCC), Wang Huning, and the Head of the Propaganda Department of the Central "
        "Committee of the Communist Party of China, Li Shulei.\n\n"
        "During the meetings, the sides presented their main areas of work to each other.\n"
    )
    by_lead = {p.person.name: ev for ev in events(text, "en", published="2024-11-26")
               for p in ev.participants if p.side == "CN"}
    assert "party" not in by_lead["Wang Huning"].channel
    assert not _parties(by_lead["Wang Huning"])


def test_a_party_the_knowledge_base_learnt_from_real_pages_is_a_side() -> None:
    # Vietnam News, restated: the MIU of the Dominican Republic, a party the record did not hold
    text = (
        "HÀ NỘI — Le Hoai Trung, Chairman of the Communist Party of Vietnam (CPV) Central Committee's Commission "
        "for External Relations, hosted a reception in Hà Nội on Friday for a delegation of the United Left "
        "Movement (MIU) Party of the Dominican Republic, led by Marthe Pevez, Secretary of the MIU Party's "
        "Central Committee.\n"
    )
    (ev,) = events(text, "en", published="2023-06-09")
    assert _parties(ev) == {"Communist Party of Vietnam", "United Left Movement"}


_MADURO = (
    "Caracas, {day} (VTV) The president of Venezuela, Nicolás Maduro, held a meeting with a delegation of the "
    "Central Committee of the Communist Party of China (CPC), led by the vice minister of the International "
    "Department of the party, Chen Zhou.\n\n"
    "In the meeting the Venezuelan leader said he intends to keep strengthening the joint work of the CPC and "
    "{party}.\n"
)


def test_a_leader_styled_by_a_state_post_stands_for_the_party_he_led_that_day() -> None:
    # the record's party_leader terms: Maduro has led the PSUV since July 2014, and the article names it
    text = _MADURO.format(day="May 8", party="the United Socialist Party of Venezuela (PSUV)")
    (ev,) = events(text, "en", published="2024-05-08")
    assert _parties(ev) == {"Communist Party of China", "United Socialist Party of Venezuela"}


def test_a_leaders_party_needs_his_term_and_the_article_naming_it() -> None:
    before_his_term = _MADURO.format(day="May 8", party="the United Socialist Party of Venezuela (PSUV)")
    (ev,) = events(before_his_term, "en", published="2013-05-08")
    assert _parties(ev) == {"Communist Party of China"}
    unnamed = _MADURO.format(day="May 8", party="the Venezuelan people")
    (ev,) = events(unnamed, "en", published="2024-05-08")
    assert _parties(ev) == {"Communist Party of China"}


def test_a_post_of_the_sides_party_named_generically_takes_the_party_the_article_names() -> None:
    # La Jornada, restated: "la secretaria general del partido mexicano" is Morena's, the one Mexican party named
    text = (
        "Morena y el Partido Comunista de Cuba (PCC) firmaron en La Habana un acuerdo de colaboración, dio a "
        "conocer la secretaria general del partido mexicano, Carolina Rangel, quien sostuvo una reunión con el "
        "presidente cubano, Miguel Díaz-Canel.\n"
    )
    (ev,) = events(text, "es", published="2025-05-02")
    assert {"party", "state"} <= set(ev.channel)
    assert _parties(ev) == {"National Regeneration Movement", "Communist Party of Cuba"}  # Morena


def test_the_idcpc_as_the_press_writes_it_is_a_party_body() -> None:
    # Reuters, restated: "head of the international department of China's Communist Party"
    text = (
        "BEIJING, May 20 (Reuters) - Liu Haixing, head of the international department of China's Communist "
        "Party, met U.S. ambassador to China David Perdue on Tuesday.\n"
    )
    (ev,) = events(text, "en", published="2025-05-20")
    assert {"party", "state"} <= set(ev.channel)
    assert "Communist Party of China" in _parties(ev)


def test_a_party_state_met_by_a_named_party_delegation_takes_its_ruling_party() -> None:
    # VOV, restated: the hosts' party named only as the delegation the guests met earlier; the Cuban side is
    # led by a state post: the channel is party (the CPV's delegation), Cuba's side its ruling party
    text = (
        "Party, government leaders receive Cuba's Party delegation\n\n"
        "(VOVworld) - Party leader Nguyen Phu Trong and State president Truong Tan Sang received Friday in Hanoi "
        "Cuba's Party delegation led by Vice Chairman of Cuba's State Council Salvador Valdes Mesa.\n\n"
        "Mr. Mesa reaffirmed Cuba's resolve to advance the friendship and solidarity of the two countries. "
        "Earlier, the Cuban delegation held talks with a delegation of the Communist Party of Vietnam led by "
        "Politburo member Le Hong Anh.\n"
    )
    meeting = next(ev for ev in events(text, "en", published="2013-05-10") if ev.kind == "meeting")
    assert _parties(meeting) == {"Communist Party of Vietnam", "Communist Party of Cuba"}


def test_no_party_is_read_from_a_word_cut_after_a_title() -> None:
    # VNA, restated: the look-ahead after "President" once ended inside "India": "Communist Party of I"
    text = (
        "NEW DELHI, March 5 (VNA) - While in India, the delegation laid flowers at the President Ho Chi Minh "
        "Monument and met with General Secretary of the Communist Party of India Doraisamy Raja.\n"
    )
    names = {p.name for ev in events(text, "en", published="2023-03-05") for p in ev.parties}
    assert not any(n.endswith(" of I") for n in names)


def test_a_lead_in_a_state_post_takes_no_party_the_article_names_for_his_country() -> None:
    # Xinhua French, restated: the CPC's envoy meets Mauritania's president; the ruling PNDD named as the host
    # of the visit is no side of the meeting with the head of state
    text = (
        "NOUAKCHOTT, 21 avril (Xinhua) -- Li Changchun, membre permanent du Bureau politique du Comité central du "
        "Parti communiste chinois (PCC), a entamé mardi une visite officielle en Mauritanie, sur invitation du "
        "Pacte national pour la Démocratie et le Développement (PNDD, au pouvoir).\n\n"
        "Mercredi, Li Changchun a rencontré le président mauritanien Sidi Ould Cheikh Abdallahi.\n"
    )
    evs = [ev for ev in events(text, "fr", published="2009-04-21")
           if any(p.person.name == "Sidi Ould Cheikh Abdallahi" for p in ev.participants)]
    assert evs
    assert all("National Pact for Democracy and Development" not in _parties(ev) for ev in evs)
