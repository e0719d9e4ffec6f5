"""Non-principal participants of found events (issue 13, attend33): a principal's spouse named beside them elsewhere
in the story attends their exchanges met in person (``latin/spouses.spouses_joined``). Sentences are written in the
style of the pages (restated, names and titles kept)."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import seats, sentence_events


@pytest.mark.parametrize(
    ("language", "text", "principal", "spouse"),
    [
        # Correio do Povo (pt): the visitor arrives at the palace with his wife, a sentence after the meeting
        ("pt", "O presidente Luiz Inácio Lula da Silva recebeu o presidente da Venezuela, Nicolás Maduro, nesta "
               "segunda-feira em Brasília, para uma reunião bilateral. Pouco antes das 11h, Maduro entrou no Palácio "
               "do Planalto com a esposa, Cilia Flores.", "Nicolás Maduro", "Cilia Flores"),
        # Rádio Renascença (pt): the guest and the first lady welcomed at Belém, told after the meeting
        ("pt", "O Presidente da China, Xi Jinping, reuniu-se esta terça-feira em Lisboa com o Presidente Marcelo "
               "Rebelo de Sousa. Ao chegarem a Belém, Xi e a primeira-dama chinesa, Peng Liyuan, ouviram os hinos "
               "dos dois países.", "Xi Jinping", "Peng Liyuan"),
    ],
)
def test_a_spouse_named_beside_the_principal_attends_the_meeting(
    language: str, text: str, principal: str, spouse: str
) -> None:
    (event,) = sentence_events(text, "2024-06-04", language)
    people = seats(event)
    assert people[spouse] == (people[principal][0], False)  # present, on the principal's side, not a lead


def test_a_spouse_named_apart_from_a_phone_call_is_not_on_it() -> None:
    (event,) = sentence_events(
        "O Presidente da China, Xi Jinping, conversou por telefone esta terça-feira com o Presidente Marcelo Rebelo "
        "de Sousa. Na véspera, Xi e a primeira-dama chinesa, Peng Liyuan, visitaram uma escola em Pequim.",
        "2024-06-04", "pt")
    assert "Peng Liyuan" not in seats(event)


def test_an_escort_of_every_call_told_before_attends_each() -> None:
    # Ministry of Commerce (zh): "陪同参加了以上活动", 以上 as 上述: the ambassador at both calls
    found = sentence_events(
        "2009年1月12日，商务部副部长傅自应率领中国政府经贸代表团，在瓦首都维拉港分别拜访了瓦总理纳塔佩、副总理兼司法部长利尼"
        "以及外交部长卡尔通加。驻瓦努阿图大使程树平陪同参加了以上活动。", "2009-01-13")
    assert len(found) >= 2
    assert all(seats(e).get("程树平") == ("CN", False) for e in found)


def test_an_escort_named_by_you_pei_tong_attends_the_meeting_told_before() -> None:
    # Sin Chew (zh): the visitor says he met the minister "由…特使A陪同"
    (event,) = sentence_events(
        "（吉隆坡24日讯）人民公正党实权领袖安华今天在北京钓鱼台国宾馆与中国外交部长王毅会面。"
        "安华在推特发文说，他由首相对华特使陈国伟陪同，与王毅会晤。", "2024-05-24")
    people = seats(event)
    assert people["陈国伟"][1] is False and people["安华"][1] is True


@pytest.mark.parametrize(
    ("language", "text", "present"),
    [
        # Cameroon News Agency (en): the escort told first, the verb inverted
        ("en", "Chinese Vice Minister of Foreign Affairs Zhang Ming held talks in Yaounde on Wednesday with "
               "Cameroonian President Paul Biya. Accompanying the Chinese official was the Chinese Ambassador to "
               "Cameroon, Wei Wenshua.", {"Wei Wenshua"}),
        # Presidencia (es): a private meeting "con la participación de los cancilleres A y B"
        ("es", "El presidente Andrés Manuel López Obrador recibió este lunes en Palacio Nacional a su homólogo de "
               "Costa Rica, Carlos Alvarado Quesada. Tras la ceremonia de bienvenida sostuvieron una reunión privada "
               "con la participación de los cancilleres Marcelo Ebrard y Manuel Ventura.",
         {"Marcelo Ebrard", "Manuel Ventura"}),
        # Tatoli (pt): the delegation named first, its member after "fazia parte"
        ("pt", "O Presidente da República, José Ramos-Horta, foi recebido em audiência, esta sexta-feira, pelo Papa "
               "Leão XIV, no Vaticano. Da delegação presidencial fazia parte Sofia dos Santos, vendedora num mercado "
               "de Díli.",
         {"Sofia dos Santos"}),
    ],
)
def test_those_told_present_by_a_participation_or_an_inverted_escort_attend(
    language: str, text: str, present: set[str]
) -> None:
    (event,) = sentence_events(text, "2024-06-04", language)
    people = seats(event)
    assert all(people.get(name, (None, True))[1] is False for name in present), people


def test_a_district_head_listed_among_escorts_attends() -> None:
    # Chinese embassy (zh): the district's party and government leaders escort the ambassador, 区长 among their posts
    (event,) = sentence_events(
        "2025年5月28日，驻坦桑尼亚大使陈明健到访坦桑尼亚革命党多多马省孔戈瓦区党部，会见了区党主席阿布迪。"
        "区党主席阿布迪、前国民议会议长恩杜加伊、区长马耶卡以及区议会主席怀特等党政领导全程陪同。", "2025-05-29")
    people = seats(event)
    assert people["马耶卡"] == ("TZ", False) and people["怀特"] == ("TZ", False)


def test_a_spouse_in_a_group_photo_is_at_none_of_several_meetings_told_apart() -> None:
    # China Daily (en): the host met two leaders at a forum; the couple told only posing for a photo, sentences away
    found = sentence_events(
        "President Xi Jinping and his wife, Peng Liyuan, stand for a group picture together with visiting leaders and "
        "their spouses before the Boao Forum for Asia opened in Hainan Province on Tuesday. The annual conference "
        "opened with a keynote speech on reform. Thousands of delegates attended the opening ceremony. On Monday, "
        "President Xi Jinping met with Dutch Prime Minister Mark Rutte in Boao. Xi also held talks with Singaporean "
        "Prime Minister Lee Hsien Loong in Boao on Monday.", "2018-04-10", "en")
    met = [e for e in found if {"Mark Rutte", "Lee Hsien Loong"} & set(seats(e))]
    assert len(met) == 2
    assert all("Peng Liyuan" not in seats(e) for e in met)
