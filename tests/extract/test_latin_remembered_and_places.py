"""Participants on matched events (issue 13): places, body names and the dead read as people, and names
with a particle not read. Short reports restated from real-dev lines (Spanish, Portuguese, English)."""

from __future__ import annotations

from liaison.kb.gazetteer import default_gazetteer
from tests.extract.latin_helpers import events as extract


def _everyone(text: str, language: str, published: str | None) -> set[str]:
    return {p.person.native for e in extract(text, language, published) for p in e.participants}


def test_a_country_or_state_in_any_language_is_no_person() -> None:
    text = (
        "Canciller de Venezuela se reúne con su par chino\n\n"
        "CARACAS (Sputnik) — La ministra para Relaciones Exteriores venezolana, Delcy Rodríguez, se reunió este "
        "martes en Nueva York con el ministro de Relaciones Exteriores de la República Popular China, Wang Yi.\n"
        "Ambos cancilleres repasaron la agenda de la cumbre, a la que acuden Egipto, Irán, Arabia Saudita, "
        "Emiratos Árabes Unidos y Etiopía.\n"
    )
    names = _everyone(text, "es", "2016-09-21")
    assert {"Delcy Rodríguez", "Wang Yi"} <= names
    assert not names & {"Nueva York", "Arabia Saudita", "Emiratos Árabes"}


def test_the_dead_honoured_in_a_visit_are_only_remembered() -> None:
    text = (
        "Morales Ojeda y Cabello dialogan en Caracas\n\n"
        "Caracas, 18 sep (Prensa Latina) El miembro del Buró Político y secretario de Organización del Partido "
        "Comunista de Cuba, Roberto Morales Ojeda, sostuvo este jueves un encuentro con Diosdado Cabello Rondón, "
        "secretario general del Partido Socialista Unido de Venezuela, durante una visita a Caracas que abarcó "
        "homenajes a Simón Bolívar y Hugo Chávez.\n"
        "Ambos subrayaron que esos vínculos son una herencia perdurable de los líderes Fidel Castro Ruz y "
        "Hugo Chávez.\n"
    )
    names = _everyone(text, "es", "2025-09-18")
    assert {"Roberto Morales Ojeda", "Diosdado Cabello Rondón"} <= names
    assert not names & {"Simón Bolívar", "Hugo Chávez", "Fidel Castro Ruz"}


def test_the_dead_take_part_in_what_happened_before_they_died() -> None:
    hugo = default_gazetteer().person("Hugo Chávez")
    assert hugo is not None and hugo.dead_by("2025-09-18")
    assert not hugo.dead_by("2012-06-30") and not hugo.dead_by("2013-03")  # a month that may hold the day: kept


def test_a_name_with_a_particle_is_read_whole_in_portuguese_and_spanish() -> None:
    pt = (
        "Lula teve encontros bilaterais às margens do G20\n\n"
        "O presidente Luiz Inácio Lula da Silva fez reuniões bilaterais durante a cúpula de líderes do G20, "
        "realizada em Nova Délhi, na Índia.\n"
        "Veja os nomes das autoridades com quem Lula se reuniu durante a cúpula do G20:\n"
        "- Ursula von der Leyen, presidente da Comissão Europeia;\n"
        "- Mohammed bin Salman, príncipe herdeiro e primeiro-ministro da Arábia Saudita;\n"
        "- Narendra Modi, primeiro-ministro da Índia.\n"
    )
    names = _everyone(pt, "pt", "2023-09-10")
    assert {"Ursula von der Leyen", "Mohammed bin Salman"} <= names
    es = (
        "Liu Jianchao visita Chile\n\n"
        "El jefe del Departamento Internacional del Partido Comunista de China (PCCh), Liu Jianchao, sostuvo "
        "este jueves conversaciones con el ministro de Relaciones Exteriores chileno, Alberto van Klaveren.\n"
    )
    assert "Alberto van Klaveren" in _everyone(es, "es", "2024-08-10")


def test_words_of_a_body_or_a_building_make_no_name() -> None:
    text = (
        "Díaz-Canel llega a China\n\n"
        "Pekín, 2 sep (Prensa Latina) Miguel Díaz-Canel, presidente de la República de Cuba, arribó hoy a Pekín y "
        "fue recibido por Guan Zhiou, ministro de Recursos Naturales de China.\n"
        "Más tarde, la presidenta Cristina Fernández de Kirchner lo recibió en la Casa Rosada.\n"
    )
    names = _everyone(text, "es", "2025-09-02")
    assert "Guan Zhiou" in names
    assert not names & {"Recursos Naturales", "Casa Rosada"}


def test_a_readouts_companions_take_part_in_each_meeting_of_the_trip() -> None:
    text = (
        "Readout of Principal Deputy National Security Advisor Jon Finer's Trip to Africa\n\n"
        "Earlier this week, Principal Deputy National Security Advisor Jon Finer traveled to Nigeria and "
        "Mauritania. He was joined by National Security Council Senior Director for Africa Dana Banks and Deputy "
        "Assistant Secretary for African Affairs Michael Gonzales. The trip underscored our commitment to Africa.\n"
        "In Nigeria, Mr. Finer met with Vice President Yemi Osinbajo and discussed regional security.\n"
        "In Mauritania, Mr. Finer met with President Mohamed Ould Ghazouani to discuss maritime security.\n"
    )
    found = extract(text, "en", "2021-10-21")
    assert len(found) == 2
    for event in found:
        names = {p.person.native: p.lead for p in event.participants}
        assert names.get("Dana Banks") is False and names.get("Michael Gonzales") is False
        assert {p.side for p in event.participants if p.person.native == "Michael Gonzales"} == {"US"}


def test_two_surnames_written_alone_are_the_person_named_in_full() -> None:
    text = (
        "Díaz-Canel recibe a Centella\n\n"
        "La Habana, 9 feb (Prensa Latina) El Primer Secretario del Partido Comunista de Cuba, Miguel Díaz-Canel "
        "Bermúdez, recibió este miércoles al presidente del Partido Comunista de España, José Luis Centella Gómez.\n"
        "Durante su estancia en Cuba, Centella Gómez fue recibido por el miembro del Buró Político Roberto Morales "
        "Ojeda.\n"
    )
    found = extract(text, "es", "2022-02-10")
    assert len(found) == 2
    for event in found:
        names = {p.person.native for p in event.participants}
        assert "José Luis Centella Gómez" in names and "Centella Gómez" not in names


def test_the_sender_named_after_an_envoys_title_takes_no_part() -> None:
    en = (
        "Chinese envoy visits Laos\n\n"
        "VIENTIANE, Jan. 13 (Xinhua) -- Liu Haixing, special envoy of General Secretary of the Communist Party of "
        "China (CPC) Central Committee Xi Jinping, met with Thongloun Sisoulith, general secretary of the Lao "
        "People's Revolutionary Party Central Committee, on Tuesday.\n"
    )
    names = _everyone(en, "en", "2026-01-14")
    assert {"Liu Haixing", "Thongloun Sisoulith"} <= names and "Xi Jinping" not in names
    pt = (
        "Enviado chinês visita o Vietnã\n\n"
        "Liu Haixing, enviado especial do secretário-geral do Comitê Central do Partido Comunista da China (PCCh), "
        "Xi Jinping, reuniu-se com o secretário-geral do Partido Comunista do Vietnã, To Lam, em Hanói.\n"
    )
    names = _everyone(pt, "pt", "2026-02-02")
    assert {"Liu Haixing", "To Lam"} <= names and "Xi Jinping" not in names


def test_those_who_greet_or_see_off_a_delegation_at_the_airport_take_part() -> None:
    text = (
        "Russian delegation arrives\n\n"
        "Pyongyang, July 23 (KCNA) -- A delegation of the Supreme Prosecutor's Office of the Russian Federation "
        "headed by Director Igor Krasnov arrived here on Monday.\n"
        "The delegation was greeted at Pyongyang International Airport by Yun Kwang Won, vice-director of the "
        "Central Public Prosecutors Office of the DPRK, officials concerned, Alexandr Matsegora, Russian ambassador "
        "to the DPRK, and members of the Russian embassy here. -0-\n"
    )
    found = extract(text, "en", "2024-07-23")
    assert len(found) == 1
    names = {p.person.native: p.lead for p in found[0].participants}
    assert names == {"Igor Krasnov": True, "Yun Kwang Won": False, "Alexandr Matsegora": False}


def test_a_rank_a_territory_or_a_newspaper_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Readout of the National Security Advisor's Meetings\n\n"
        "On Monday, National Security Advisor Jake Sullivan met with Senior Humanitarian and Reconstruction "
        "Coordinator for Gaza Sigrid Kaag to discuss aid deliveries.\n"
        "Later, Mr. Sullivan met with President-elect Luiz Inácio Lula da Silva of Brazil; he was joined by Admiral "
        "Flávio Rocha.\n"
    )
    names = _everyone(text, "en", "2024-01-11")
    assert "Sigrid Kaag" in names and not any(n.startswith(("Gaza", "Admiral")) for n in names)
    text = (
        "Vietnamese press delegation in Beijing\n\n"
        "BEIJING, April 23 -- Le Quoc Minh, Editor-in-Chief of Nhan Dan newspaper, held talks with the President of "
        "the People's Daily Tuo Zhen in Beijing on Tuesday.\n"
    )
    assert "Tuo Zhen" in _everyone(text, "en", "2024-04-23")
