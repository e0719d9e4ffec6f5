"""Latin-script exchanges whose other side is a group nobody names (session 25, multi25): a host meeting the
representatives of the parties of a region ("leaders of several political parties of Latin America", "representantes
de partidos políticos de Asia"), an event of the one side's named people as GOLD_FORMAT codes it. Short texts in the
genre's constructions (written for these tests)."""

from __future__ import annotations

import pytest

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import seats, sentence_events


def _leads(events: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in events]


@pytest.mark.parametrize(("language", "text", "host"), [
    ("en", "HANOI, July 3 (VNA) - Politburo member Le Hoai Trung on Wednesday met leaders of several political "
           "parties of Latin America who are attending the forum.", "Le Hoai Trung"),
    ("en", "BEIJING, July 3 (Xinhua) -- Vice Minister Sun Haiyan on Wednesday received a group of representatives "
           "of political parties from Central Asia.", "Sun Haiyan"),
    ("es", "Caracas, 3 jul (PSUV) El primer vicepresidente del PSUV, Diosdado Cabello, sostuvo este martes un "
           "encuentro con representantes de partidos políticos de Asia que participan en el congreso.",
     "Diosdado Cabello"),
    ("pt", "Brasília, 3 de julho — A presidente do PT, Gleisi Hoffmann, recebeu nesta terça-feira dirigentes de "
           "partidos políticos da América Latina.", "Gleisi Hoffmann"),
    ("fr", "Abidjan, 3 juillet - Le secrétaire exécutif du RHDP, Cissé Bacongo, a reçu mardi des représentants de "
           "partis politiques d'Afrique de l'Ouest.", "Cissé Bacongo"),
])
def test_a_host_meeting_the_parties_of_a_region(language: str, text: str, host: str) -> None:
    events = sentence_events(text, "2024-07-03", language)
    assert _leads(events) == [{host}]
    assert events[0].kind == "meeting"
    assert events[0].date is not None and events[0].date.iso.startswith("2024-07-0")


def test_a_host_meeting_the_parties_of_the_own_country_is_none() -> None:
    text = ("KATHMANDU, July 3 -- Prime Minister Pushpa Kamal Dahal on Wednesday met leaders of several political "
            "parties of Nepal at his residence.")
    assert not sentence_events(text, "2024-07-03", "en")


def test_a_seat_for_the_host_only() -> None:
    text = ("HANOI, July 3 (VNA) - Politburo member Le Hoai Trung on Wednesday met leaders of several political "
            "parties of Latin America who are attending the forum.")
    (ev,) = sentence_events(text, "2024-07-03", "en")
    assert seats(ev) == {"Le Hoai Trung": ("VN", True)}


def test_a_second_meeting_with_the_parties_of_another_country_is_its_own() -> None:
    # the first meeting names its counterparts only by their countries' parties; the second, the same day and host,
    # names the parties of another country and one of their people: two meetings, not one (web-en-1510's shape)
    text = ("Kunming, May 6th—Ma Hui, Assistant Minister of the International Department of the CPC Central "
            "Committee, met here today with representatives of political parties of Laos and Cambodia, who came "
            "for the regional forum.\n"
            "Ma said the parties should deepen exchanges.\n"
            "Kunming, May 6th—Ma Hui, Assistant Minister of the International Department of the CPC Central "
            "Committee, met here today with representatives of political parties of Vietnam including Nguyen Van "
            "Hung, Deputy Head of the Commission for External Relations, who came for the regional forum.\n"
            "Ma welcomed the guests.")
    events = sentence_events(text, "2024-05-07", "en")
    assert sorted(map(sorted, _leads(events))) == [["Ma Hui"], ["Ma Hui", "Nguyen Van Hung"]]


def test_a_later_sentence_naming_the_counterpart_of_a_one_sided_trigger_still_completes_it() -> None:
    text = ("Hanoi, May 6 (VNA) - Politburo member Le Hoai Trung received a delegation of the Communist Party of "
            "Cuba on Monday. The Cuban delegation was headed by Roberto Morales Ojeda, member of the Political "
            "Bureau of the Communist Party of Cuba.")
    events = sentence_events(text, "2024-05-07", "en")
    assert _leads(events) == [{"Le Hoai Trung", "Roberto Morales Ojeda"}]


def test_the_idcpc_page_of_two_meetings_with_forum_guests() -> None:
    from tests.extract.real_dev_pages import page_events

    chen = [e for e in page_events("web-en-1510") if "Chen Zhou" in {p.person.native for p in e.participants}]
    assert sorted(len(e.participants) for e in chen) == [1, 2]


def test_the_delegations_talks_told_earlier_with_an_unnamed_side_are_their_own() -> None:
    # "Earlier, the X delegation held talks with a delegation from ..." after the delegation's reception by a host: the
    # talks are an exchange of the delegation's head alone (web-en-149's shape)
    text = ("Hanoi, May 6 (VOV) - Politburo member Le Hoai Trung on Monday received a visiting delegation of the "
            "Lao People's Revolutionary Party led by Thongsavanh Phomvihane, head of its External Relations "
            "Commission.\n"
            "Trung said the two parties' ties had grown stronger.\n"
            "Earlier, the visitors held talks with a delegation from the CPV's Commission for External "
            "Relations.")
    events = sentence_events(text, "2024-05-07", "en")
    assert sorted(map(sorted, _leads(events))) == [["Le Hoai Trung", "Thongsavanh Phomvihane"],
                                                   ["Thongsavanh Phomvihane"]]
    talks = next(e for e in events if len(e.participants) == 1)
    assert talks.kind == "talks"


def test_the_delegations_talks_told_without_a_sequel_word_stay_the_reception() -> None:
    text = ("Hanoi, May 6 (VOV) - Politburo member Le Hoai Trung on Monday received a visiting delegation of the "
            "Lao People's Revolutionary Party led by Thongsavanh Phomvihane, head of its External Relations "
            "Commission.\n"
            "At the meeting, the Lao delegation held talks with the Vietnamese side on cooperation.")
    events = sentence_events(text, "2024-05-07", "en")
    assert _leads(events) == [{"Le Hoai Trung", "Thongsavanh Phomvihane"}]


def test_the_vov_page_of_a_reception_and_earlier_talks() -> None:
    from tests.extract.real_dev_pages import page_events

    events = page_events("web-en-149")
    assert sorted(e.kind for e in events) == ["meeting", "talks"]
    talks = next(e for e in events if e.kind == "talks")
    assert {p.person.native for p in talks.participants} == {"Sous Yara"}


def test_a_later_act_with_a_group_that_is_no_foreign_delegation_is_none() -> None:
    # a visitor's later meeting with local business people, unnamed, is no party or state exchange of its own
    text = ("Ciudad de México, 5 nov (EFE) Ayer, el presidente electo Alberto Fernández se reunió con el presidente "
            "mexicano Andrés Manuel López Obrador en el Palacio Nacional. Luego el mandatario electo ofreció una "
            "rueda de prensa y se reunió con empresarios.")
    events = sentence_events(text, "2019-11-05", "es")
    assert _leads(events) == [{"Alberto Fernández", "Andrés Manuel López Obrador"}]
