"""Two of a state's top offices met in one sentence are two meetings (issue 13): "held a courtesy meeting with
President A and Acting Prime Minister B" — each office receives a visitor apart (``titles.top_offices``); a
deputy, a former holder or a body's president is no such office, and a readout's leaders named with their
country ("President A and Foreign Minister B of Switzerland") met together. Pages are the restatements in
``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.es.lexicon import SPANISH
from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def _with(found: tuple[EventFrame, ...], *names: str) -> list[EventFrame]:
    return [e for e in found if set(names) <= _names(e)]


def test_a_president_and_a_prime_minister_met_in_one_sentence_are_two_meetings() -> None:
    # Ratopati: "The Chinese Communist Party team held a courtesy meeting with President Ramchandra Paudel and
    # Acting Prime Minister Purna Bahadur Khadka."
    found = page_events("web-en-216")
    (paudel,) = _with(found, "Ramchandra Paudel")
    (khadka,) = _with(found, "Purna Bahadur Khadka")
    assert paudel is not khadka and "Yuan Jiajun" in _names(paudel) & _names(khadka)


def test_one_act_of_several_splits_by_office() -> None:
    # VNA: "NA Chairman Hue had a meeting with Secretary of the Lao People's Revolutionary Party (LPRP) and
    # President of Laos Thongloun Sisoulith and Lao Prime Minister Sonexay Siphandone, and held talks with his
    # Lao counterpart Xaysomphone Phomvihane."
    found = page_events("web-en-233")
    assert len(_with(found, "Hue", "Thongloun Sisoulith")) == 1
    assert len(_with(found, "Hue", "Sonexay Siphandone")) == 1
    assert not _with(found, "Thongloun Sisoulith", "Sonexay Siphandone")


def test_a_president_and_a_vice_president_stay_one_meeting() -> None:
    # "held talks with Tanzanian president Jakaya Kikwete and vice president Mohamed Gharib Bilal, at which the
    # two Tanzanian leaders said ..."
    assert _with(page_events("web-en-195"), "Jakaya Kikwete", "Mohamed Gharib Bilal")


def test_leaders_named_with_their_country_met_together() -> None:
    text = (
        "President Joseph R. Biden, Jr. met today with President Guy Parmelin and Foreign Minister Ignazio Cassis "
        "of Switzerland. The leaders discussed the strong U.S.-Switzerland commercial relationship."
    )
    assert _with(events(text, "en", "2021-06-15"), "Guy Parmelin", "Ignazio Cassis")


def test_top_offices_are_not_deputies_nor_bodies() -> None:
    en = ENGLISH.compiled(ENGLISH.top_office_title)
    assert en.search("Acting Prime Minister") and en.search("President of Laos")
    assert not en.search("vice president") and not en.search("President of the Commission for Propaganda")
    es = SPANISH.compiled(SPANISH.top_office_title)
    assert es.search("presidente de Venezuela") and es.search("canciller")
    assert not es.search("presidente de la Asamblea Nacional") and not es.search("vicepresidente")


def test_letters_of_credence_are_presented_one_ambassador_at_a_time() -> None:
    # Trabajadores (web-es-156): "Recibe Díaz-Canel cartas credenciales de nuevos embajadores en Cuba"
    text = ("La Habana, 3 jun (PL) El presidente Miguel Díaz-Canel recibió este lunes las cartas credenciales de los "
            "nuevos embajadores de Vietnam, Le Quang, y de El Salvador, Elizabeth Rivas.")
    met = [_names(e) for e in events(text, "es", "2024-06-04")]
    assert {"Miguel Díaz-Canel", "Le Quang"} in met and {"Miguel Díaz-Canel", "Elizabeth Rivas"} in met


def test_sendos_is_one_each() -> None:
    separate = SPANISH.compiled(SPANISH.separate_cue)
    assert separate.search("los visitantes mantuvieron sendos encuentros con sus homólogos anfitriones")
    assert not separate.search("mantuvieron un encuentro con sus homólogos")


def test_talks_between_two_named_are_their_talks() -> None:
    # VietnamPlus (web-en-227): "During talks between Vuong and his Cuban counterpart Jose Ramon Balaguer, the two
    # sides praised the theory seminar ..."
    found = page_events("web-en-227")
    assert any({"Tran Quoc Vuong", "Jose Ramon Balaguer"} <= _names(e) for e in found)


def test_an_act_joined_to_one_still_to_come_is_still_to_come() -> None:
    # Vietmaz (VNA, web-en-232): "During his visit, Thongloun Sisoulith will meet with Vietnamese high-ranking
    # leaders, and hold a dialogue at the Ho Chi Minh National Academy of Politics (HCMA)"
    assert page_events("web-en-232") == ()
    future = ENGLISH.compiled(ENGLISH.future_coordinated_cue)
    assert not future.search("The delegation will visit Hanoi next week. He met A and held ")


def test_english_credentials_and_views_exchanged() -> None:
    text = ("HAVANA, June 3 (PL) President Miguel Diaz-Canel received the credentials of the new ambassadors of Viet "
            "Nam, Le Quang, and of Spain, Javier Hergueta.")
    met = [_names(e) for e in events(text, "en", "2024-06-04")]
    assert {"Miguel Diaz-Canel", "Le Quang"} in met and {"Miguel Diaz-Canel", "Javier Hergueta"} in met
    text = ("HANOI, June 3 (VNA) Party General Secretary To Lam and Lao leader Thongloun Sisoulith exchanged views on "
            "regional issues on June 2.")
    assert [_names(e) for e in events(text, "en", "2024-06-04")] == [{"To Lam", "Thongloun Sisoulith"}]
