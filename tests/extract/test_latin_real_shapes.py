"""Shapes seen in real English reporting outside CCTV (KCNA, readouts, Xinhua and VNA web pages).

Each article is ours, written in the shape of the real ones: the constructions, datelines and
layout are what the extractor must read; names and titles are those of real public officials.
"""

from __future__ import annotations

from latin_helpers import by_name, events

from liaison.extract import extract
from liaison.extract.assembly.confidence import RECALL_CONFIDENCE
from liaison.model.types import Article
from liaison.normalise import normalise


def test_kcna_reply_message_is_a_remote_message_between_leaders() -> None:
    text = (
        "Pyongyang, August 4 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, sent a "
        "congratulatory message to To Lam, general secretary of the Central Committee of the Communist Party "
        "of Vietnam on August 3.\nHe wished the Vietnamese party greater success in socialist construction."
    )
    (event,) = events(text, "en", "2024-08-04")
    assert event.kind == "message" and event.remote
    assert set(by_name(event)) == {"Kim Jong Un", "To Lam"}
    assert event.date is not None and event.date.iso == "2024-08-03"


def test_kcna_received_a_message_of_greeting_is_a_message_not_a_meeting() -> None:
    text = (
        "Pyongyang, January 12 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, received "
        "a message of greeting from Thongloun Sisoulith, general secretary of the Lao People's Revolutionary "
        "Party, on December 30."
    )
    (event,) = events(text, "en", "2024-01-12")
    assert event.kind == "message"


def test_arrival_report_is_a_visit() -> None:
    text = (
        "Pyongyang, July 23 (KCNA) -- A delegation of the Communist Party of Vietnam headed by Le Hoai Trung, "
        "chairman of the Commission for External Relations of the CPV Central Committee, arrived here on Monday.\n"
        "It was greeted at the airport by Kim Song Nam, director of the International Department of the WPK "
        "Central Committee."
    )
    (event,) = events(text, "en", "2024-07-23")
    assert event.kind == "visit"
    assert "Le Hoai Trung" in by_name(event)


def test_wrapped_readout_call_with_middle_initial() -> None:
    text = (
        "Today, President Donald J. Trump held a call with President Nayib Bukele\n"
        "of the Republic of El Salvador. The two leaders discussed working\n"
        "together to stop illegal immigration and crack down on transnational\n"
        "gangs in the region."
    )
    (event,) = events(text, "en", "2025-01-23")
    assert event.kind == "phone_call" and event.remote
    assert set(by_name(event)) == {"Donald J. Trump", "Nayib Bukele"}


def test_readout_headline_makes_spoke_with_a_call() -> None:
    text = (
        "President Joseph R. Biden, Jr. spoke today with General Secretary Nguyen Phu Trong of\n"
        "Vietnam. President Biden reinforced the commitment of the United States to a strong\n"
        "and independent Vietnam, and the two leaders discussed the bilateral relationship."
    )
    article = Article("wh", text, "h", "test", title="Readout of President Biden's Call with General Secretary "
                      "Trong of Vietnam", published="2023-03-29", language="en")
    (event,) = extract(normalise(article)).events
    assert event.kind == "phone_call"


def test_meetings_with_a_list_are_one_meeting_each_from_the_recall_tier() -> None:
    text = (
        "HANOI, Oct. 22 (Xinhua) -- Qu Qingshan, a member of the Communist Party of China (CPC) Central Committee, "
        "led a CPC delegation on a visit to Vietnam from Saturday to Tuesday.\n"
        "Qu explained the decisions of the plenary session during meetings with Nguyen Xuan Thang, a member of the "
        "Politburo of the Communist Party of Vietnam (CPV) Central Committee, and Le Hoai Trung, secretary of the "
        "Secretariat of the CPV Central Committee."
    )
    visit, *meetings = events(text, "en", "2024-10-22")
    assert visit.kind == "visit"
    assert [sorted(by_name(m)) for m in meetings] == [["Nguyen Xuan Thang", "Qu Qingshan"],
                                                      ["Le Hoai Trung", "Qu Qingshan"]]
    assert all(m.confidence == RECALL_CONFIDENCE for m in meetings)


def test_reported_speech_and_coordinated_mentions_give_no_event() -> None:
    text = (
        "LUANDA, Sept. 24 (Xinhua) -- Angolan President Joao Lourenco met on Tuesday in Luanda with a delegation of "
        "the Communist Party of China (CPC) led by Ma Xingrui, a member of the Political Bureau of the CPC Central "
        "Committee.\n"
        "Lourenco said that his talks in Beijing with Chinese President Xi Jinping had opened new prospects.\n"
        "Ma said both sides would implement the consensus reached by President Xi Jinping and President Joao "
        "Lourenco at their meeting."
    )
    (event,) = events(text, "en", "2024-09-24")
    assert "Xi Jinping" not in by_name(event)
    assert event.confidence > RECALL_CONFIDENCE


def test_domestic_letter_to_the_leader_is_no_exchange() -> None:
    text = (
        "Pyongyang, November 6 (KCNA) -- Officials and workers of the Manpho Smeltery sent a letter to Kim Jong Un, "
        "general secretary of the Workers' Party of Korea, on November 5.\n"
        "The letter was read out by Pak Song Chol, manager of the smeltery, at a meeting of its workers."
    )
    assert events(text, "en", "2024-11-06") == ()


def test_hosted_a_reception_for_a_delegation_with_an_honorific_dropped() -> None:
    text = (
        "HANOI - Chairman of the Commission for External Relations of the CPV Central Committee Le Hoai Trung "
        "hosted a reception in Hanoi on Friday for a delegation of the South African Communist Party led by its "
        "General Secretary Cde Solly Mapaila."
    )
    (event,) = events(text, "en", "2024-07-27")
    assert event.kind == "meeting"
    assert set(by_name(event)) == {"Le Hoai Trung", "Solly Mapaila"}


def test_readout_summit_is_talks() -> None:
    text = (
        "President Joseph R. Biden, Jr. today held a Summit with President Xi Jinping\n"
        "of the People's Republic of China in Woodside, California. The two leaders\n"
        "held a candid discussion on a range of bilateral and global issues."
    )
    (event,) = events(text, "en", "2023-11-15")
    assert event.kind == "talks"


def test_spanish_se_entrevisto_con_is_a_meeting() -> None:
    text = (
        "Beijing, 27 jun (RHC) El presidente chino, Xi Jinping, se entrevistó este lunes con Salvador Valdés Mesa, "
        "enviado especial del presidente cubano, en el Gran Palacio del Pueblo."
    )
    (event,) = events(text, "es", "2016-06-27")
    assert event.kind == "meeting"
    assert {"Xi Jinping", "Salvador Valdés Mesa"} <= set(by_name(event))
