"""Who else is present (issue 13, seated): the non-lead participants of an exchange in two forms the Latin-script
outlets use. A side's attendee told in the imperfect with no "presente" ("Por la delegación china estaba también el
embajador ..., A", web-es-078 restated; "Do lado chinês estava também o embaixador B"); a delegation met named by its
members right after a make-up word ("recebeu uma delegação do PCdoB composta por A, por B e por C", the people and
posts of web-pt-019 restated in that construction): one exchange, its first member the head, the others present at
it, not one meeting each. Read blind too, the people table knowing none of them."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import seats, sentence_events

_IMPERFECT = [
    ("es", "El presidente de Venezuela, Nicolás Maduro, recibió en Caracas a Qiu Xiaqi, enviado especial de su "
           "homólogo chino. Por la delegación china estaba también el embajador del gigante asiático en Venezuela, "
           "Lan Hu.",
     "2025-12-10", "Lan Hu", ("Nicolás Maduro", "Qiu Xiaqi")),
    ("pt", "O vice-presidente chinês, Wang Qishan, foi recebido nesta segunda-feira em Brasília pelo vice-presidente "
           "Hamilton Mourão. Do lado chinês estava também o embaixador Yang Wanming.",
     "2019-05-20", "Yang Wanming", ("Wang Qishan", "Hamilton Mourão")),
]


@pytest.mark.parametrize("blind", [False, True])
@pytest.mark.parametrize(("language", "text", "published", "present", "leads"), _IMPERFECT)
def test_an_ambassador_told_with_the_imperfect_is_present(
    language: str, text: str, published: str, present: str, leads: tuple[str, str], blind: bool
) -> None:
    (event,) = sentence_events(text, published, language, blind=blind)
    got = seats(event)
    assert got[present] == ("CN", False)
    assert all(got[lead][1] for lead in leads)


def test_a_state_of_the_country_is_no_presence() -> None:
    (event,) = sentence_events(
        "El presidente de Venezuela, Nicolás Maduro, recibió en Caracas a Qiu Xiaqi, enviado especial de su homólogo "
        "chino. El país estaba también en plena campaña electoral, dijo el ministro Yván Gil.",
        "2025-12-10", "es")
    assert "Yván Gil" not in seats(event)


_MADE_OF = {
    "pt": "O membro do Birô Político do PC da China, Wang Lequan, recebeu em Pequim uma delegação do PCdoB composta "
          "por Júlio Velloso, membro da Comissão Política Nacional, pelo membro do Comitê Central Dilermando "
          "Toni e pela secretária de Juventude Lúcia Stumpf.",
    "es": "El miembro del Buró Político del PC de China, Wang Lequan, recibió en Pekín a una delegación del PCdoB "
          "integrada por Ricardo Alemão Abreu, secretario de Relaciones Internacionales, el miembro del Comité Central "
          "Dilermando Toni y la secretaria de Juventud Lúcia Stumpf.",
    "en": "Wang Lequan, a member of the Political Bureau of the Communist Party of China, met in Beijing with a "
          "PCdoB delegation comprising Ricardo Alemão Abreu, secretary for international relations, Central "
          "Committee member Dilermando Toni and youth secretary Lúcia Stumpf.",
    "fr": "Wang Lequan, membre du Bureau politique du Parti communiste chinois, a reçu à Pékin une délégation du "
          "PCdoB composée de Ricardo Alemão Abreu, secrétaire aux relations internationales, du membre du Comité "
          "central Dilermando Toni et de la secrétaire à la jeunesse Lúcia Stumpf.",
}


@pytest.mark.parametrize("language", sorted(_MADE_OF))
@pytest.mark.parametrize("blind", [False, True])
def test_a_delegation_met_named_by_its_members_is_one_meeting(language: str, blind: bool) -> None:
    (event,) = sentence_events(_MADE_OF[language], "2008-06-18", language, blind=blind)
    got = seats(event)
    head = "Júlio Velloso" if language == "pt" else "Ricardo Alemão Abreu"  # ("Alemão", a demonym in Portuguese)
    assert got["Wang Lequan"][1] and got[head][1]
    assert got["Dilermando Toni"][1] is False and got["Lúcia Stumpf"][1] is False


def test_members_after_a_head_the_delegation_was_led_by_stay_as_they_were() -> None:
    (event,) = sentence_events(
        "Wang Lequan, a member of the Political Bureau of the Communist Party of China, met in Beijing with a PCdoB "
        "delegation led by Ricardo Alemão Abreu, secretary for international relations, and including Central "
        "Committee member Dilermando Toni.",
        "2008-06-18", "en")
    got = seats(event)
    assert got["Ricardo Alemão Abreu"][1] and got["Dilermando Toni"][1] is False


@pytest.mark.parametrize("blind", [False, True])
def test_those_accompanying_the_visitor_attend(blind: bool) -> None:
    (event,) = sentence_events(
        "Roberto Morales Ojeda, Politburo member and organizing secretary of the Central Committee of the Communist "
        "Party of Cuba, met in Paris on Monday with Fabien Roussel, national secretary of the French Communist Party. "
        "Among those accompanying him were Joel Queipo Ruiz, member of the Secretariat of the Central Committee of "
        "the PCC, and Emilio Lozada Garcia, head of its International Relations Department.",
        "2023-06-12", "en", blind=blind)
    got = seats(event)
    assert got["Joel Queipo Ruiz"][1] is False and got["Emilio Lozada Garcia"][1] is False
    assert got["Roberto Morales Ojeda"][1] and got["Fabien Roussel"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_a_delegations_members_named_as_its_subject_attend_its_later_meetings(blind: bool) -> None:
    """web-pt-012's construction ("a delegação do PCP, constituída por A, B, C, D e E, encontrou-se com Liu Yunshan. Em
    Pequim, a delegação manteve ainda encontros políticos com Wang Jiarui") told of a delegation of a known side: the
    members beside the head at the second meeting too, of the head's side."""
    found = sentence_events(
        "During the stay, the delegation of the Communist Party of Vietnam, made up of Politburo member Le Hoai Trung, "
        "Vice Minister Nguyen Minh Hang and Ambassador Pham Thanh Binh, met in Beijing with Wang Huning, chairman of "
        "the CPPCC. In Shanghai, the delegation also held talks with Chen Jining, Party chief of Shanghai.",
        "2025-06-10", "en", blind=blind)
    second = next(e for e in found if "Chen Jining" in seats(e))
    got = seats(second)
    assert got["Le Hoai Trung"][1] and got["Chen Jining"][1]
    assert got["Nguyen Minh Hang"] == ("VN", False) and got["Pham Thanh Binh"] == ("VN", False)


def test_two_sides_named_as_the_subject_are_no_delegation() -> None:
    found = sentence_events(
        "Vietnamese Party General Secretary To Lam and Lao leader Thongloun Sisoulith held talks in Vientiane on "
        "Monday. Later, the delegation met with Lao Prime Minister Sonexay Siphandone.",
        "2025-06-10", "en")
    for event in found:
        if "Sonexay Siphandone" in seats(event):
            assert not ({"To Lam", "Thongloun Sisoulith"} <= set(seats(event)))


@pytest.mark.parametrize("blind", [False, True])
def test_members_in_a_relative_clause_after_the_delegation_attend(blind: bool) -> None:
    """web-en-1716's "the BNP delegation, which was led by A", told with its members: "which included B and C"."""
    (event,) = sentence_events(
        "CPC Politburo member Li Hongzhong met in Beijing on Monday with a BNP delegation led by BNP Secretary General "
        "Mirza Fakhrul Islam Alamgir. The delegation, which included senior BNP leaders Mirza Abbas and Selima Rahman, "
        "arrived on Sunday.",
        "2024-06-24", "en", blind=blind)
    got = seats(event)
    assert got["Mirza Abbas"][1] is False and got["Selima Rahman"][1] is False
    assert got["Li Hongzhong"][1] and got["Mirza Fakhrul Islam Alamgir"][1]
