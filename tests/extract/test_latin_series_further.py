"""Further exchanges of a story told as a series (issue 13, furtherlat): a leader's bilaterals on a summit's margins,
a host's courtesy meetings with arriving guests, a minister's meetings with his counterparts, ambassadors' credentials
received one after the other, a roundup of messages to one recipient. Restatements of the multi-event pages of
quality/real-dev-multi (fit half) in their constructions, and a real-dev page the mechanism must leave alone."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, sentence_events


def _pairs(events: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in events]


def test_a_later_list_of_a_series_story_is_one_meeting_each() -> None:
    # The Tribune (PTI): "held a string of bilateral meetings with world leaders, among them ..." then "On the margins
    # of the G20 Summit, he met South Korean President A, Turkiye President B and African Union President C"
    en = sentence_events(
        "On Sunday Prime Minister Narendra Modi held a series of bilateral meetings with world leaders, among them "
        "French President Emmanuel Macron and German Chancellor Olaf Scholz. On the sidelines of the G20 Summit, he "
        "met South Korean President Yoon Suk Yeol, Turkiye President Recep Tayyip Erdogan and African Union President "
        "Azali Assoumani.", "2023-09-10", "en")
    pairs = _pairs(en)
    for other in ("Yoon Suk Yeol", "Recep Tayyip Erdogan", "Azali Assoumani"):
        assert {"Narendra Modi", other} in pairs
    assert len(en) == 5


def test_without_a_series_the_list_stays_one_meeting() -> None:
    en = sentence_events(
        "On the sidelines of the G20 Summit, Prime Minister Narendra Modi met South Korean President Yoon Suk Yeol, "
        "Turkiye President Recep Tayyip Erdogan and African Union President Azali Assoumani.", "2023-09-10", "en")
    assert len(en) == 1


def test_guests_received_after_separate_courtesy_meetings_are_met_one_by_one() -> None:
    # Forbes África Lusófona: "teve na Cidade Alta encontros de cortesia separados com vários chefes de Estado" ...
    # "Ainda no Palácio Presidencial, João Lourenço recebeu o vice-ministro ... do Japão, A, o ministro ... de Omã, B,
    # e o presidente do Conselho da Nação da Argélia, C"
    pt = sentence_events(
        "Nesta terça-feira, o Presidente de Angola, João Lourenço, teve encontros de cortesia separados com vários "
        "chefes de Estado presentes em Luanda para o cinquentenário da independência. Ainda no Palácio Presidencial, "
        "João Lourenço recebeu o vice-ministro dos Negócios Estrangeiros do Japão, Onishi Yohei, o ministro dos "
        "Negócios Estrangeiros de Omã, Sayyd Albussati, e o presidente do Conselho da Nação da Argélia, Azouz Nasri.",
        "2025-11-11", "pt")
    pairs = _pairs(pt)
    for other in ("Onishi Yohei", "Sayyd Albussati", "Azouz Nasri"):
        assert {"João Lourenço", other} in pairs


def test_counterparts_each_brought_in_by_a_country_after_a_semicolon() -> None:
    # Radio Reloj: "sostiene conversaciones bilaterales con dirigentes de varias naciones" ... "Díaz-Canel dialogó
    # además con sus homólogos de Ecuador, A; de Irán, B; de Croacia, C; entre otros"
    es = sentence_events(
        "El presidente cubano, Miguel Díaz-Canel, continúa sus actividades en Naciones Unidas, donde sostiene "
        "conversaciones bilaterales con dirigentes de varias naciones. Díaz-Canel dialogó además con sus homólogos "
        "de Ecuador, Lenin Moreno; de Irán, Hasan Rohani; de Croacia, Kolinda Grabar-Kitarovic; entre otros.",
        "2018-09-25", "es")
    pairs = _pairs(es)
    for other in ("Lenin Moreno", "Hasan Rohani", "Kolinda Grabar-Kitarovic"):
        assert {"Miguel Díaz-Canel", other} in pairs


def test_bilateral_meetings_of_a_minister_named_by_his_post() -> None:
    # Cubaminrex: "O Ministro das Relações Exteriores de Cuba, A, esteve à frente da delegação ..." then "No quadro da
    # reunião, o Ministro teve encontros bilaterais com os seus homólogos ... da China, B; da Federação Russa, C"
    pt = sentence_events(
        "O Ministro das Relações Exteriores de Cuba, Bruno Rodríguez Parrilla, chefiou a delegação cubana na reunião "
        "de chanceleres do BRICS no Rio de Janeiro. No quadro da reunião, o Ministro teve encontros bilaterais com os "
        "seus homólogos da República Popular da China, Wang Yi; da Federação Russa, Sergey Lavrov; e do Brasil, "
        "Mauro Vieira.", "2025-04-29", "pt")
    assert _pairs(pt) == [
        {"Bruno Rodríguez Parrilla", "Wang Yi"}, {"Bruno Rodríguez Parrilla", "Sergey Lavrov"},
        {"Bruno Rodríguez Parrilla", "Mauro Vieira"},
    ]


def test_credentials_received_from_several_ambassadors_are_meetings_each() -> None:
    # L'Union: "Ali Bongo Ondimba a en effet reçu les lettres de créance de quatre nouveaux ambassadeurs ... : A (Cuba),
    # B (Angola), C (Corée) et D (Turquie)"
    fr = sentence_events(
        "Hier, Ali Bongo Ondimba a reçu les lettres de créance de trois nouveaux ambassadeurs accrédités au Gabon : "
        "les ambassadeurs Llusif Sadin Tassé, Ryu Chang Soo et Nilufer Erdem Kaygisiz.", "2020-02-14", "fr")
    assert len(fr) == 3
    assert {e.kind for e in fr} == {"meeting"} and not any(e.remote for e in fr)


def test_a_roundup_lede_that_tells_who_was_congratulated() -> None:
    # Xinhua: "Leaders of foreign political parties and government officials around the world have congratulated the
    # Central Committee of the CPC and General Secretary Xi Jinping ..." then one sender a paragraph
    en = sentence_events(
        "Highlights of foreign congratulatory messages on 20th CPC National Congress\n\n"
        "BEIJING, Oct. 20 (Xinhua) -- Leaders of foreign political parties and government officials around the world "
        "have congratulated the Central Committee of the Communist Party of China and General Secretary Xi Jinping on "
        "the opening of the 20th CPC National Congress.\n\n"
        "The CPC will surely march toward a more successful future, said General Secretary of the Communist Party of "
        "India D. Raja.\n\n"
        "Damian Gjiknuri, general secretary of the Socialist Party of Albania, said he expects the congress to bring "
        "more benefits to the Chinese people.", "2022-10-21", "en")
    assert {"D. Raja", "Xi Jinping"} in _pairs(en)
    assert {"Damian Gjiknuri", "Xi Jinping"} in _pairs(en)


def test_a_programme_that_included_talks_is_a_meeting_of_the_principal() -> None:
    # Escambray: "Su programa incluyó además conversaciones con Volker Türk, alto comisionado ..."
    es = sentence_events(
        "El canciller de Cuba, Bruno Rodríguez, se reunió este miércoles en Nueva York con su par de Sudáfrica, Ronald "
        "Lamola. Su programa incluyó además conversaciones con el canciller de Mali, Abdoulaye Diop.",
        "2024-09-26", "es")
    assert {"Bruno Rodríguez", "Abdoulaye Diop"} in _pairs(es)


def test_a_companion_of_the_subjects_own_side_is_no_further_meeting() -> None:
    # "Así, Redondo y Smith, presidente y secretaria del Legislativo, respectivamente, ..." then "sostuvieron una
    # importante reunión, junto al presidente Luis Redondo, con el presidente de El Salvador, Nayib Bukele": one meeting
    assert len(page_events("web-es-1504")) == 1


def test_a_list_with_no_cue_after_separate_courtesy_meetings_goes_on_with_the_series() -> None:
    # Forbes África Lusófona: "teve ... encontros de cortesia separados com vários chefes de Estado ..." then "Entre os
    # líderes recebidos contaram-se os Presidentes do Congo Brazzaville, A, de Portugal, B, e da Guiné Equatorial, C"
    pt = sentence_events(
        "Nesta terça-feira, o Presidente de Angola, João Lourenço, teve encontros de cortesia separados com vários "
        "chefes de Estado que estão em Luanda para o cinquentenário da independência. Entre os líderes recebidos "
        "contaram-se os Presidentes do Congo Brazzaville, Denis Sassou Nguesso, de Portugal, Marcelo Rebelo de Sousa, "
        "e da Guiné Equatorial, Teodoro Obiang Nguema Mbasogo.", "2025-11-11", "pt")
    pairs = _pairs(pt)
    for other in ("Denis Sassou Nguesso", "Marcelo Rebelo de Sousa", "Teodoro Obiang Nguema Mbasogo"):
        assert {"João Lourenço", other} in pairs


def test_those_attending_after_separate_meetings_are_no_series() -> None:
    pt = sentence_events(
        "Nesta terça-feira, o Presidente de Angola, João Lourenço, teve encontros de cortesia separados com vários "
        "chefes de Estado que estão em Luanda para o cinquentenário da independência. Participaram na cerimónia os "
        "Presidentes do Congo Brazzaville, Denis Sassou Nguesso, de Portugal, Marcelo Rebelo de Sousa, e da Guiné "
        "Equatorial, Teodoro Obiang Nguema Mbasogo.", "2025-11-11", "pt")
    assert len(pt) <= 1
