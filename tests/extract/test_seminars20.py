"""Seminars, briefings and forums as events (issue 13, seminar20): the seminar nouns of the field's outlets in
every language (a round table in Spanish and Portuguese, a webinar, a session for sharing information, a course
of training; not a plan's courses in the plural), a seminar spoken at by the lede's speaker unnamed ("A said ...
She spoke at a session for sharing information organised by ... CPC youth members"), a Chinese briefing held
abroad by a delegation's leader and its audience told by
出席 (attending), and each side of a seminar led by its first person named
when none of its people leads it ("The seminar was attended by A ... and B ..."). Real pages of quality/real-dev
(the Namibian press, Angop) and short texts restating the same constructions, positive and negative (a domestic
seminar spoken at, a standing forum's name)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events, seats, sentence_events


def _seminars(found: tuple[EventFrame, ...]) -> list[EventFrame]:
    return [e for e in found if e.kind == "seminar"]


def test_the_lede_speaker_at_a_session_for_sharing_information() -> None:
    # web-en-115: "SWAPO's Secretary-General Sophia Shaningwa, said on Saturday that ... She spoke at a session for
    # sharing information organised by the SWAPO's Party Youth League and CPC youth members ... Chinese Ambassador to
    # Namibia Zhang Yiming underlined ...": one seminar of both, read as blind (the people table knowing neither)
    (seminar,) = _seminars(page_events("web-en-115", blind=True))
    got = seats(seminar)
    assert got["Sophia Shaningwa"][1] and got["Zhang Yiming"][0] == "CN"
    assert seminar.date is not None and seminar.date.iso == "2021-06-19"  # "said on Saturday": the lede's day


def test_the_same_construction_in_short_texts() -> None:
    en = events("WINDHOEK, June 20 -- The ruling party's Secretary-General Sophia Shaningwa said on Saturday that "
                "Namibia can learn from the Communist Party of China. She spoke at an experience-sharing session "
                "organised by the party's youth league and CPC youth members.", "en", "2021-06-20")
    assert [e.kind for e in en] == ["seminar"] and seats(en[0])["Sophia Shaningwa"][1]
    pt = events("Luanda – O Secretário-geral do MPLA, Paulo Pombolo, sublinhou esta terça-feira, em Luanda, as "
                "relações de amizade com o Partido Comunista da China. O secretário-geral do MPLA falou à margem de "
                "um seminário entre os dois partidos sobre as decisões do XX Congresso do PCC.", "pt", "2022-11-23")
    assert [e.kind for e in pt] == ["seminar"] and "Paulo Pombolo" in seats(pt[0])
    # a Chinese official speaking at a seminar at home, no other side named: no exchange
    home = events("BEIJING, May 3 (Xinhua) -- Li Shulei, head of the Publicity Department of the CPC Central "
                  "Committee, said on Friday that the study of the Party's theory must go deeper. He made the remarks "
                  "at a symposium in Beijing.", "en", "2024-05-04")
    assert _seminars(home) == []


def test_seminar_nouns_of_every_language() -> None:
    es = events("Caracas, 20 oct - Más de 50 cuadros del PSUV culminaron el curso de formación impartido por el "
                "Partido Comunista de China. La clausura contó con la presencia del vicepresidente de Asuntos "
                "Internacionales del PSUV, Rander Peña, y del embajador de China en Venezuela, Lan Hu.", "es",
                "2025-10-21")
    assert [e.kind for e in es] == ["seminar"]
    table = events("Caracas, 20 oct - El PSUV y el Partido Comunista de China celebraron una mesa redonda sobre "
                   "gobernanza. En la mesa redonda participaron Rander Peña, vicepresidente de Asuntos Internacionales "
                   "del PSUV, y Lan Hu, embajador de China en Venezuela.", "es", "2025-10-21")
    assert [e.kind for e in table] == ["seminar"]
    assert seats(table[0]) == {"Rander Peña": ("VE", True), "Lan Hu": ("CN", True)}  # each side led by its first
    pt = events("Luanda – O MPLA e o Partido Comunista da China realizaram esta terça-feira, em Luanda, uma "
                "mesa-redonda sobre a governação, com a presença do secretário-geral do MPLA, Paulo Pombolo, e do "
                "embaixador da China, Gong Tao.", "pt", "2025-10-21")
    assert [e.kind for e in pt] == ["seminar"]
    fr = events("Abidjan, 20 octobre – Le RHDP et le Parti communiste chinois ont tenu lundi un webinaire sur la "
                "gouvernance. Sun Haiyan, vice-ministre du Département international du Comité central du PCC, et "
                "Kobenan Kouassi Adjoumani, porte-parole du RHDP, y ont pris la parole.", "fr", "2025-10-21")
    assert [e.kind for e in fr] == ["seminar"]
    en = events("BEIJING, Oct. 20 (Xinhua) -- The International Department of the CPC Central Committee held a "
                "session for sharing experience with political parties of African countries on Monday. Liu "
                "Jianchao, head of the department, delivered a keynote speech. Fikile Mbalula, secretary general "
                "of the African National Congress, said his party is keen to learn from the CPC.", "en", "2025-10-21")
    assert [e.kind for e in en] == ["seminar"] and "Liu Jianchao" in seats(en[0])


def test_a_standing_forum_named_is_no_seminar() -> None:
    # web-pt-057, restated: a visit whose hosts work "no quadro do fórum China – África" holds no seminar
    pt = events("Cidade da Praia, 16 Ago (Inforpress) – A vice-presidente da Associação do Povo Chinês para a Amizade "
                "com os Países Estrangeiros, Lin Yi, começa hoje uma visita de dois dias a Cabo Verde. Para o "
                "presidente da Associação de Amizade Cabo Verde – China, José Correia, esta visita é um bom sinal "
                "no quadro do fórum China – África das organizações da sociedade civil.", "pt", "2018-08-16")
    assert "seminar" not in [e.kind for e in pt]


def test_a_seminar_attended_by_both_sides_is_led_by_each() -> None:
    en = events("HANOI, Oct. 20 (Xinhua) -- The Communist Party of Vietnam and the Communist Party of China held a "
                "theoretical seminar in Hanoi on Monday. The seminar was attended by Nguyen Xuan Thang, director of "
                "the Ho Chi Minh National Academy of Politics, and Li Shulei, head of the Publicity Department of the "
                "CPC Central Committee.", "en", "2025-10-21")
    assert [e.kind for e in en] == ["seminar"]
    assert seats(en[0]) == {"Nguyen Xuan Thang": ("VN", True), "Li Shulei": ("CN", True)}


def test_a_briefings_presenters_told_by_what_they_introduced() -> None:
    # web-zh-062, restated: a background briefing for diplomats whose presenters "介绍了" what they briefed on; the
    # IDCPC's own official hosts it ahead of the invited expert
    found = sentence_events("新华社北京2月4日电 中共中央对外联络部4日在北京举办有关"
                            "“中国的政党制度”背景吹风会，23个国家驻华使馆的近60名使节和外交官出席。"
                            "中央政策研究室副主任方立应邀扼要介绍了中国共产党领导的多党合作制度。"
                            "中联部副部长李进军介绍了中国共产党对外交往的情况，并分别回答了提问。", "2010-02-05")
    (seminar,) = _seminars(found)
    assert seats(seminar) == {"李进军": ("CN", True), "方立": ("CN", False)}
    # a press briefing (媒体吹风会) stays no exchange, whoever introduced what
    press = sentence_events("中共中央对外联络部4日在北京举办媒体吹风会。"
                            "中联部副部长李进军介绍了有关情况。", "2010-02-05")
    assert _seminars(press) == []


# a CPC delegation's briefing abroad, in the words of Xinhua's Chinese wire (restating the IDCPC briefings of
# quality/real-dev: web-zh-1613's 宣介会, web-zh-014's attendees told by 出席)
_ABROAD = ("新华社万象10月21日电 10月20日，中联部副部长孙海燕率中共代表团在万象"
           "举行中共二十届三中全会精神专题宣介会")
_LAO = "老挝人民革命党中央书记处书记、中央对外关系委员会主任通沙万·丰威汉"


def test_a_delegation_leader_holding_a_briefing_abroad_and_its_audience() -> None:
    told = sentence_events(_ABROAD + "，" + _LAO + "出席。", "2024-10-21")
    (seminar,) = _seminars(told)
    assert seats(seminar) == {"孙海燕": ("CN", True), "通沙万·丰威汉": ("LA", False)}  # its audience attends
    assert seminar.date is not None and seminar.date.iso == "2024-10-20"  # the story's day, not the dateline's
    listed = sentence_events(_ABROAD + "。出席宣介会的有" + _LAO + "等100多人。", "2024-10-21")
    (seminar,) = _seminars(listed)
    assert set(seats(seminar)) == {"孙海燕", "通沙万·丰威汉"}
    # one who spoke at it is a speaker, read as before: "出席并致辞" is no bare attendance
    spoke = sentence_events("新华社北京11月10日电 11月9日，中共中央对外联络部为外国驻华使节"
                            "举办十九届五中全会精神宣介会，100多个国家的高级外交官出席。"
                            "中联部部长宋涛出席并作宣介。", "2020-11-10")
    (seminar,) = _seminars(spoke)
    assert seats(seminar) == {"宋涛": ("CN", True)}


def test_planned_courses_in_the_plural_are_no_seminar() -> None:
    # quality/synthetic-2 sy2-es-09's construction: a press conference telling a year's plan
    es = events("Este lunes, el secretario general del PSUV, Diosdado Cabello, ofreció su rueda de prensa. "
                "Cabello informó que la Dirección Nacional evaluó el plan de trabajo para 2026, que incluye "
                "nuevos cursos de formación con el Partido Comunista de China.", "es", "2025-11-24")
    assert _seminars(es) == []
