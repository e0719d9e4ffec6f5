"""Non-principal participants of found events (issue 13, nonlead34): a presence told as still to come seats no one
("Felipe VI estará acompañado por A"); a delegation's make-up told in the past after the delegation ("la delegación
china la formaron A y B"), an escort told first with the principal named ("Accompanying Le Hoai Trung were A and B"),
and a member named after an abbreviated title ("Rep. A") attend the exchange. Sentences are written in the style of the
pages (restated, names and titles kept)."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import seats, sentence_events


@pytest.mark.parametrize("verb", ["formaron", "conformaron"])
def test_a_delegation_made_up_in_the_past_after_it_attends(verb: str) -> None:
    # El Universal / SRE (es): the foreign minister meets the ambassador; each side's officials named after
    (event,) = sentence_events(
        "El canciller mexicano Juan Ramón de la Fuente sostuvo el viernes una reunión en la cancillería con el "
        "embajador chino en México, Chen Daojiang, para repasar la agenda bilateral. La delegación china la "
        f"{verb} Chen Xiang, director de la Sección Política de la Embajada de China, y Zhu Jian, ministro consejero.",
        "2025-09-13", "es", blind=True)
    people = seats(event)
    assert people["Zhu Jian"] == ("CN", False) and people["Chen Xiang"] == ("CN", False)


def test_a_delegation_named_as_the_subject_of_another_act_is_no_make_up() -> None:
    (event,) = sentence_events(
        "El canciller mexicano Juan Ramón de la Fuente sostuvo el viernes una reunión en la cancillería con el "
        "embajador chino en México, Chen Daojiang. La delegación china la formaron para preparar la cumbre.",
        "2025-09-13", "es", blind=True)
    assert set(seats(event)) == {"Juan Ramón de la Fuente", "Chen Daojiang"}


def test_those_accompanying_a_principal_named_attend() -> None:
    # Vietnam News (en): the escort told first with the guest's name, the verb inverted
    (event,) = sentence_events(
        "Chinese Vice President Han Zheng met in Beijing on Tuesday with Le Hoai Trung, the head of the Commission "
        "for External Relations of the Communist Party of Vietnam. Accompanying Le Hoai Trung were Nguyen Van Hung, "
        "deputy head of the commission, and Ambassador Pham Sao Mai.", "2024-06-04", "en", blind=True)
    people = seats(event)
    assert people["Nguyen Van Hung"] == ("VN", False) and people["Pham Sao Mai"] == ("VN", False)
    assert not any(name.startswith("Accompanying") for name in people)


def test_a_member_named_after_rep_is_in_the_list() -> None:
    # Korea Herald (en): the party delegation's make-up, its last member a lawmaker written "Rep."
    (event,) = sentence_events(
        "Chinese Vice President Han Zheng met in Beijing on Tuesday with a delegation of the Democratic Labor Party "
        "of South Korea. Led by DLP chairwoman Kim Hye-kyung, the delegation also included current floor leader "
        "Cheon Young-se, former party leader Kwon Young-ghil, and Rep. Shim Sang-jeong.", "2024-06-04", "en",
        blind=True)
    people = seats(event)
    assert people["Shim Sang-jeong"][1] is False and people["Kwon Young-ghil"][1] is False


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # EFE (es): the king's foreign minister is to join the state visit later
        ("es", "El rey Felipe VI se reunió el miércoles en Pekín con el presidente chino, Xi Jinping, al inicio de su "
               "visita de Estado. El monarca estará también acompañado por el ministro de Asuntos Exteriores, José "
               "Manuel Albares, quien llegará a la capital china el jueves.", {"José Manuel Albares"}),
        # Jornal de Angola (pt): the head of state's retinue told in the future
        ("pt", "O Presidente da República, Filipe Nyusi, reuniu-se ontem em Pequim com o Presidente chinês, Xi "
               "Jinping. O Presidente moçambicano será também acompanhado pelos ministros dos Transportes, Carlos "
               "Mesquita, e dos Negócios Estrangeiros, José Pacheco.", {"José Pacheco", "Carlos Mesquita"}),
        # (en, written): the escort told as still to come
        ("en", "Chinese President Xi Jinping met with Namibian President Hage Geingob in Beijing on Monday. Geingob "
               "will be accompanied by Foreign Minister Netumbo Nandi-Ndaitwah on the rest of the trip.",
         {"Netumbo Nandi-Ndaitwah"}),
    ],
)
def test_a_presence_still_to_come_attends_nothing_told(language: str, text: str, absent: set[str]) -> None:
    (event,) = sentence_events(text, "2024-06-04", language, blind=True)
    assert not absent & set(seats(event))


def test_a_presence_told_as_past_still_attends() -> None:
    (event,) = sentence_events(
        "Chinese President Xi Jinping met with Namibian President Hage Geingob in Beijing on Monday. Geingob was "
        "accompanied by Foreign Minister Netumbo Nandi-Ndaitwah.", "2024-06-04", "en", blind=True)
    assert seats(event)["Netumbo Nandi-Ndaitwah"][1] is False
