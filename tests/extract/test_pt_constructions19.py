"""Portuguese constructions missed on real-dev web-pt (issue 13, pt19), on lines restated from its pages."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events


def test_an_exchange_held_is_a_meeting_and_a_long_lusophone_name_is_one_name() -> None:
    text = (
        "O Embaixador da República de Cuba em Angola, Oscar León González, manteve um proveitoso intercâmbio com a "
        "vice-presidente do Movimento Popular para a Libertação de Angola (MPLA), Mara Regina da Silva Baptista "
        "Domingos Quiosa.\n"
    )
    (event,) = events(text, "pt")
    people = by_name(event)
    assert event.kind == "meeting"
    assert people["Oscar León González"].side == "CU"
    assert people["Mara Regina da Silva Baptista Domingos Quiosa"].side == "AO"


def test_an_exchange_of_cadres_is_no_meeting() -> None:
    text = (
        "O Partido dos Trabalhadores e o Partido Comunista da China decidiram ampliar o programa de intercâmbio "
        "de quadros e de jovens dirigentes a partir de 2026.\n"
    )
    assert events(text, "pt") == ()


def test_a_place_word_as_the_given_name_of_a_posts_holder() -> None:
    text = (
        "O primeiro vice-presidente cubano José Ramon Machado Ventura recebeu o vice-presidente e ministro da "
        "Educação de El Salvador, Salvador Sanchez, que se encontra de visita ao país caribenho.\n"
    )
    (event,) = events(text, "pt")
    people = by_name(event)
    assert people["José Ramon Machado Ventura"].side == "CU"
    assert people["Salvador Sanchez"].side == "SV" and people["Salvador Sanchez"].lead


def test_an_audience_told_as_the_occasion_of_a_statement_but_not_one_on_the_agenda() -> None:
    text = (
        "Maputo, 12 jun (Lusa) - O ministro da Defesa Nacional da China, Chang Wanquan, está em Maputo. O "
        "governante chinês disse querer dinamizar o intercâmbio militar entre os dois países, afirmou durante "
        "numa audiência com o homólogo moçambicano, Atanásio M'Tumuke, segundo um comunicado. Da agenda da "
        "visita faz ainda parte uma audiência com o Presidente moçambicano, Filipe Nyusi.\n"
    )
    found = events(text, "pt")
    named = {p.person.native for e in found for p in e.participants}
    assert "Atanásio M'Tumuke" in named
    assert "Filipe Nyusi" not in named


def test_a_one_word_name_the_people_table_holds_is_read_untitled() -> None:
    text = (
        "Antes de se reunir com Xi, Lula conversou com o primeiro-ministro Li Qiang, o líder parlamentar Zhao Leji "
        "e o presidente da empresa estatal de eletricidade, Zhang Zhigang.\n"
    )
    (event,) = events(text, "pt")
    people = by_name(event)
    assert people["Lula"].side == "BR" and people["Lula"].lead
    assert people["Li Qiang"].side == "CN"


def test_a_one_word_name_qualifying_a_noun_is_no_participant() -> None:
    text = (
        "O primeiro-ministro Li Qiang conversou com o ministro brasileiro Mauro Vieira sobre uma proposta de Lula "
        "para a paz.\n"
    )
    named = {p.person.native for e in events(text, "pt") for p in e.participants}
    assert "Lula" not in named and "Mauro Vieira" in named
