"""Shapes of titles and attendance the Latin-script extractors read, on short sentences written for
these tests: bracketed and honorific-laden prefix titles, "also" appositions, lists of fields before
a name, abbreviations that do not end a sentence, African parties' English names, Spanish "su"
departments."""

from __future__ import annotations

from liaison.normalise.sentences import split_sentences
from tests.extract.latin_helpers import by_name, events, org


def test_abbreviated_honorifics_do_not_end_a_sentence() -> None:
    text = "Assoc. Prof. Dr Kham Vong spoke. Hon. Mary Banda and Cde. Tom Moyo met. Lic. Ana Ruiz y Sra. Eva Gil."
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == ["Assoc. Prof. Dr Kham Vong spoke.", "Hon. Mary Banda and Cde. Tom Moyo met.",
                         "Lic. Ana Ruiz y Sra. Eva Gil."]


def test_bracketed_qualifier_and_honorific_in_a_prefix_title_and_a_courtesy_call() -> None:
    text = (
        "Head\n\nDODOMA: CCM Secretary General Dr Asha Juma yesterday received a CPC delegation led by Mr Li Gang, "
        "a vice minister of the International Department of the CPC Central Committee.\n\n"
        "Later in the day, the delegation paid a courtesy call on CCM Vice Chairman (Zanzibar) Mr Omari Said.\n"
    )
    first, second = events(text, "en")
    assert set(by_name(first)) == {"Asha Juma", "Li Gang"}
    omari = by_name(second)["Omari Said"]
    assert omari.person.title == "CCM Vice Chairman (Zanzibar)"
    assert org(omari) == "Chama Cha Mapinduzi"


def test_field_list_title_before_an_honorific_and_flanked_by() -> None:
    text = (
        "Head\n\nDODOMA: CCM Secretary General Dr Asha Juma yesterday received a CPC delegation led by Li Gang, "
        "a vice minister of the International Department of the CPC Central Committee.\n\n"
        "She was flanked by the CCM Secretary for Organisation, Publicity and Training, Ms Rose Mushi.\n"
    )
    (event,) = events(text, "en")
    rose = by_name(event)["Rose Mushi"]
    assert rose.person.title == "CCM Secretary for Organisation, Publicity and Training"


def test_also_apposition_after_a_prefix_title_keeps_the_first_post() -> None:
    text = (
        "Head\n\nPHNOM PENH, June 12 (Xinhua) -- Wang Qiang, assistant minister of the International Department "
        "of the CPC Central Committee, signed a cooperation plan with Men Sokha, vice president of the CPP.\n\n"
        "Earlier in the day, Cambodian Prime Minister Hun Dara, also a vice president of the CPP, received Wang.\n"
    )
    first, second = events(text, "en")
    hun = by_name(second)["Hun Dara"]
    assert hun.person.title == "Cambodian Prime Minister, also a vice president of the CPP"
    assert org(hun) == "Government of Cambodia"
    assert "Hun Dara" not in by_name(first)


def test_presenters_and_late_joiners_are_listed() -> None:
    text = (
        "Head\n\nThe ANC and the CPC on Thursday held a joint seminar in Johannesburg, opened by ANC "
        "Secretary-General Sipho Dube and Li Gang, vice minister of the International Department of the CPC "
        "Central Committee.\n\nPresentations were made by Professor Zhang Wei and Thandi Nkosi.\n\n"
        "Also taking part were Mary Banda and Chen Hua.\n"
    )
    (event,) = events(text, "en")
    assert {"Zhang Wei", "Thandi Nkosi", "Mary Banda", "Chen Hua"} <= set(by_name(event))


def test_african_parties_take_their_english_names() -> None:
    text = (
        "Head\n\nBEIJING, June 12 (Xinhua) -- Li Gang, vice minister of the International Department of the CPC "
        "Central Committee, met with Ana Tembe, a member of the Political Committee of FRELIMO, and with "
        "Joao Neto, secretary of the MPLA Political Bureau, on Thursday.\n"
    )
    found = events(text, "en")  # "met with A, and with B": one meeting each
    assert len(found) == 2
    names = {p.name for e in found for p in e.parties}
    assert "Mozambique Liberation Front" in names
    assert "People's Movement for the Liberation of Angola" in names


def test_spanish_department_after_su_is_the_known_cpc_body() -> None:
    text = (
        "Titular\n\nLa Habana, 12 jun (PL) El miembro del Buró Político del Comité Central del Partido Comunista "
        "Chino y jefe de su Departamento de Organización, Shi Feng, se reunió este jueves con Pedro Ruiz Soto, "
        "secretario de Organización del Comité Central del Partido Comunista de Cuba.\n"
    )
    (event,) = events(text, "es")
    shi = by_name(event)["Shi Feng"]
    assert org(shi) == "Organization Department of the CPC Central Committee"


def test_a_name_listed_before_a_side_cue_is_of_the_other_side() -> None:
    text = (
        "Head\n\nThe PSUV and United Russia on Tuesday held a video conference between Rander Peña Ramírez, vice "
        "president of the PSUV, and Andrey Klimov, head of the International Commission of United Russia.\n\n"
        "Also taking part were the deputy Ilenia Medina and, on the Russian side, Natalia Popova.\n"
    )
    (event,) = events(text, "en")
    by = by_name(event)
    assert by["Ilenia Medina"].person.country == "VE"
    assert org(by["Ilenia Medina"]) == "National Assembly of Venezuela"
    assert by["Natalia Popova"].person.country == "RU"


def test_academic_rank_and_possessive_owner_of_a_title() -> None:
    text = (
        "Head\n\nThe PSUV and the CPC on Thursday held a joint seminar in Caracas, opened by Rander Peña Ramírez, "
        "vice president of the PSUV.\n\n"
        "Presentations were made by Professor Zhang Wei of the Party School of the CPC Central Committee "
        "(National Academy of Governance) and by the PSUV's head of political education, Carmen Ruiz.\n"
    )
    (event,) = events(text, "en")
    by = by_name(event)
    assert by["Zhang Wei"].person.title == (
        "Professor of the Party School of the CPC Central Committee (National Academy of Governance)"
    )
    assert by["Carmen Ruiz"].person.title == "the PSUV's head of political education"
