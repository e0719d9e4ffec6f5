"""Spanish constructions of real agency copy that gave no event before (issue 13): calls told by an
adverb, welcomes, dialogues, present-tense headlines, plural signings, congratulations and condolences,
and a later sentence that names the first meeting's principals again with their entourage."""

from __future__ import annotations

import pytest

from tests.extract.latin_helpers import by_name, events

CASES = [
    ("La Habana, 12 mar (Prensa Latina) El presidente cubano, Miguel Díaz-Canel, conversó hoy telefónicamente "
     "con su homólogo de Vietnam, Luong Cuong.", "phone_call", {"Miguel Díaz-Canel", "Luong Cuong"}),
    ("Caracas, 9 jun (Prensa Latina) El presidente venezolano, Nicolás Maduro, dio la bienvenida este lunes al "
     "vicepresidente chino, Han Zheng, en el Palacio de Miraflores.", "meeting", {"Nicolás Maduro", "Han Zheng"}),
    ("Managua, 3 abr (El 19 Digital) El copresidente Daniel Ortega sostuvo un diálogo con el embajador de China, "
     "Chen Xi, en la Casa de los Pueblos.", "meeting", {"Daniel Ortega", "Chen Xi"}),
    ("El canciller venezolano, Yván Gil, y su homólogo chino, Wang Yi, conversaron este martes en Beijing sobre "
     "la cooperación bilateral.", "meeting", {"Yván Gil", "Wang Yi"}),
    ("Moscú, 9 may (RHC) El presidente cubano Miguel Díaz-Canel intercambió este jueves con el mandatario "
     "ruso Vladimir Putin en el Kremlin.", "meeting", {"Miguel Díaz-Canel", "Vladimir Putin"}),
    ("La Paz, 6 oct (ABI) El presidente Evo Morales y el canciller chino Wang Yi firmaron este jueves cuatro "
     "acuerdos de cooperación.", "agreement", {"Evo Morales", "Wang Yi"}),
    ("Xi Jinping felicita a Claudia Sheinbaum por su elección\nBeijing, 4 jun (Xinhua) -- El presidente chino, "
     "Xi Jinping, felicitó hoy a Claudia Sheinbaum por su elección como presidenta de México.", "message",
     {"Xi Jinping", "Claudia Sheinbaum"}),
    ("Díaz-Canel expresa condolencias a Xi Jinping\nLa Habana, 1 dic (ACN) El presidente Miguel Díaz-Canel "
     "expresó sus condolencias al presidente chino Xi Jinping por el fallecimiento de Jiang Zemin.", "message",
     {"Miguel Díaz-Canel", "Xi Jinping"}),
    ("Hanoi (VNA)- Tras 21 salvas de cañón, los dos dirigentes pasaron revista a la guardia de honor. A "
     "continuación, el secretario general Nguyen Phu Trong y el presidente Xi Jinping iniciaron conversaciones "
     "de alto nivel.", "talks", {"Nguyen Phu Trong", "Xi Jinping"}),
    ("El encuentro entre el presidente de Venezuela, Nicolás Maduro, y el enviado especial de China, Qiu "
     "Xiaoqi, se realizó en el Palacio de Miraflores.", "meeting", {"Nicolás Maduro", "Qiu Xiaoqi"}),
    ("Caracas, 4 may (VTV) El presidente de la República, Nicolás Maduro, sostuvo un intercambio con una "
     "delegación del Partido Comunista de China encabezada por Wu Hansheng.", "meeting",
     {"Nicolás Maduro", "Wu Hansheng"}),
    ("PEKÍN, China.- Los presidentes de China y Estados Unidos, Xi Jinping y Barack Obama, iniciaron este "
     "martes una segunda jornada de conversaciones en el Gran Palacio del Pueblo.", "talks",
     {"Xi Jinping", "Barack Obama"}),
    ("“Como parte de mi visita a China en calidad de Enviado Especial del Partido y el Gobierno de Cuba, me "
     "reuní con Chen Xiaodong, Director de CIDCA”, escribió el canciller Bruno Rodríguez Parrilla.", "meeting",
     {"Chen Xiaodong", "Bruno Rodríguez Parrilla"}),
]


@pytest.mark.parametrize(("text", "kind", "people"), CASES, ids=[c[1] + str(i) for i, c in enumerate(CASES)])
def test_construction_gives_its_event(text: str, kind: str, people: set[str]) -> None:
    (event,) = events(text, "es")
    assert event.kind == kind
    assert set(by_name(event)) == people  # the dead of a condolence message are mentioned, not present


def test_an_impersonal_signing_does_not_take_over_the_seminar() -> None:
    text = ("Beijing, 27 abril (RHC) El lunes el dirigente cubano Roberto Morales Ojeda inauguró el quinto "
            "Seminario Teórico entre el PCCh y el PCC, y a continuación se firmaron dos acuerdos de cinco años.")
    (event,) = events(text, "es", published="2023-04-27")
    assert event.kind == "seminar"


def test_a_welcome_to_a_visit_is_not_a_meeting_with_the_people_greeted() -> None:
    text = ("El 8 de noviembre de 2018, el Presidente Xi Jinping sostuvo conversaciones en el Gran Salón del "
            "Pueblo con Miguel Diaz-Canel, Presidente del Consejo de Estado de Cuba.\n\nXi Jinping dio la "
            "bienvenida a la primera visita de Estado de Diaz-Canel a China y le rogó que trasladara sus saludos "
            "al Primer Secretario Raúl Castro.")
    (event,) = events(text, "es", published="2018-11-08")
    assert event.kind == "talks"
    assert "Raúl Castro" not in by_name(event)


def test_the_meeting_told_again_with_the_entourage_stays_one_event() -> None:
    text = ("Pekín, 18 jun.- El presidente chino, Xi Jinping, recibió hoy al vicepresidente cubano, Miguel "
            "Díaz-Canel, en el primer encuentro de alto nivel entre los dos países.\n\nEn una breve ceremonia en "
            "el Gran Palacio del Pueblo, Xi dio la bienvenida a Díaz-Canel y a la comitiva de políticos cubanos "
            "que lo acompañaba, entre ellos Leonardo Andollo, segundo jefe de la Comisión Permanente.")
    (event,) = events(text, "es", published="2013-06-18")
    people = by_name(event)
    assert {"Xi Jinping", "Miguel Díaz-Canel", "Leonardo Andollo"} <= set(people)
    assert not people["Leonardo Andollo"].lead


def test_a_korean_name_ending_in_an_article_word_keeps_it() -> None:
    text = ("Pyongyang, 10 oct (ACNC) -- El secretario general del Partido del Trabajo de Corea, Kim Jong Un, "
            "recibió el día 9 a la delegación del Partido Comunista de China encabezada por Li Qiang, primer "
            "ministro del Consejo de Estado.")
    (event,) = events(text, "es", published="2025-10-10")
    assert set(by_name(event)) == {"Kim Jong Un", "Li Qiang"}


def test_people_named_after_a_nameless_cue_sentence_give_one_event_of_both_sides() -> None:
    """The exchange is told without names ("dialogaron sobre ..."); the visitor's escort and the host's
    side are listed in later sentences: the article-level fallback reads on until both sides are named,
    and the leaders of a recalled legacy are not taken for participants."""
    text = ("Presidente cubano recibió a alto dirigente del Partido Comunista de Vietnam\n\n"
            "En un ambiente de amistad, dialogaron sobre las relaciones entre ambos países y destacaron que esos "
            "nexos son un legado imperecedero de los líderes Fidel Castro Ruz y Ho Chi Minh.\n\n"
            "El compañero Hoang Trung Hai estuvo acompañado por Nguyen Trung Thanh, embajador de la República "
            "Socialista de Vietnam en La Habana.\n\n"
            "Por la parte cubana participaron el miembro del Buró Político y ministro de Relaciones Exteriores, "
            "Bruno Rodríguez Parrilla, y el vicejefe del Departamento de Relaciones Internacionales, Ángel "
            "Arzuaga Reyes.")
    (event,) = events(text, "es")
    people = by_name(event)
    assert {"Hoang Trung Hai", "Bruno Rodríguez Parrilla"} <= set(people)
    assert "Fidel Castro Ruz" not in people and "Ho Chi Minh" not in people
    assert {p.side for p in event.participants} >= {"VN", "CU"}


def test_a_host_transcript_welcoming_a_delegation_gives_the_meeting() -> None:
    """A host's speech transcript (El 19 Digital): "hoy tenemos el honor de recibir a una Delegación ...",
    the delegation listed in the next sentence ("Preside la Delegación ... el Hermano Luo Zhaohui")."""
    text = ("Encuentro del Presidente de Nicaragua con el Compañero Luo Zhaohui\n15 de Abril del 2023\n"
            "Palabras de Daniel\n"
            "Hoy tenemos el honor de recibir a una Delegación de la Hermana República Popular China, que viene "
            "de la Agencia China de Cooperación.\n"
            "Preside la Delegación el Presidente de esta Agencia, el Hermano Luo Zhaohui; el Director General del "
            "Departamento II, Liu Junfeng, y nuestro querido Embajador de la República Popular China en "
            "Nicaragua, Chen Xi.")
    (event,) = events(text, "es", published="2023-04-15")
    assert event.kind == "meeting"
    assert set(by_name(event)) == {"Luo Zhaohui", "Liu Junfeng", "Chen Xi"}  # no "Delegación de la Hermana"


def test_a_domestic_delegation_with_no_other_country_gives_nothing() -> None:
    text = ("El presidente chino Xi Jinping, al frente de una delegación central, llegó el miércoles a Lhasa "
            "para participar en las celebraciones del aniversario de la región.\n\n"
            "Xi Jinping está acompañado de Wang Huning, presidente del Comité Nacional de la CCPPCh, y de Cai Qi, "
            "director de la Oficina General del Comité Central del PCCh.")
    assert events(text, "es", published="2025-08-21") == ()


def test_a_name_printed_again_with_a_space_lost_is_the_same_person() -> None:
    """VietnamPlus pages repeat the lede from a wrapped copy whose line breaks ate spaces."""
    text = ("Recibe Nguyen Phu Trong a delegación del Partido Comunista de Cuba\n\n"
            "El secretario general del Partido Comunista de Vietnam, Nguyen Phu Trong, recibió este lunes a "
            "Víctor Gaute López, secretario del Partido Comunista de Cuba (PCC), de visita en el país.\n"
            "El secretario general del Partido Comunista de Vietnam, Nguyen PhuTrong, recibió este lunes a "
            "Víctor Gaute López, secretario del PartidoComunista de Cuba (PCC), de visita en el país.")
    (event,) = events(text, "es", published="2025-06-09")
    assert set(by_name(event)) == {"Nguyen Phu Trong", "Víctor Gaute López"}
