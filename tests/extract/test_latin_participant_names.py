"""Who counts as a participant, on short English reports written for these tests in the shape of
Cambodian, Nepali and White House pages: honorific chains before a name, "H.E." and "D.C." initials,
event and place names that are no people, and joint calls with leaders of several countries."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events as extract


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def _everyone(events: tuple[EventFrame, ...]) -> set[str]:
    return {name for e in events for name in _names(e)}


def test_khmer_honorific_chain_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Head\n\nPhnom Penh, May 3 (AKP) -- Cambodian Prime Minister Samdech Moha Borvor Thipadei Hun Manet "
        "received Wang Dongming, Vice Chairman of the Standing Committee of the National People's Congress of "
        "China, at the Peace Palace yesterday.\n"
        "Senate President Samdech Akka Moha Sena Padei Techo Hun Sen also met with the Chinese guest.\n"
    )
    names = _everyone(extract(text, "en", "2024-05-03"))
    assert "Hun Sen" in names
    assert not any(n.startswith("Samdech") for n in names)


def test_initials_never_end_a_name() -> None:
    text = (
        "Head\n\nBEIJING, March 2 (Xinhua) -- Visiting H.E. Tran Quoc Vuong, Standing Member of the Secretariat "
        "of the Communist Party of Vietnam Central Committee, met with Zhao Leji in Beijing on Friday.\n"
        "Zhao recalled his talks in Washington D.C. last year.\n"
    )
    events = extract(text, "en", "2018-03-02")
    assert events and _names(events[0]) == {"Tran Quoc Vuong", "Zhao Leji"}
    assert not any(n.endswith((" H", " D")) for n in _everyone(events))


def test_event_names_are_no_people() -> None:
    text = (
        "Head\n\nLONDON, Oct. 27 (Xinhua) -- A delegation of the Communist Party of China led by Luo Dongchuan, "
        "deputy secretary of the CPC Fujian Provincial Committee, held talks with Peter Mandelson on Tuesday.\n"
        "The delegation and the British side attended the Silk Road Launching Ceremony and the Youth Dialogue "
        "Summit on Wednesday.\n"
    )
    names = _everyone(extract(text, "en", "2023-10-27"))
    assert {"Luo Dongchuan", "Peter Mandelson"} <= names
    assert not names & {"Silk Road Launching Ceremony", "Youth Dialogue Summit", "Silk Road"}


def test_chancellor_is_a_title_and_a_joint_call_with_several_countries_stays_one() -> None:
    text = (
        "Readout\n\nPresident Joseph R. Biden, Jr. spoke today with President Emmanuel Macron of France, "
        "Chancellor Olaf Scholz of Germany, Prime Minister Mario Draghi of Italy, and Prime Minister Boris "
        "Johnson of the United Kingdom.\n"
        "The leaders discussed their support for Ukraine.\n"
    )
    events = extract(text, "en", "2022-03-21")
    assert len(events) == 1
    assert {"Emmanuel Macron", "Olaf Scholz", "Mario Draghi", "Boris Johnson"} <= _names(events[0])


def test_a_tour_of_one_host_country_still_gives_one_meeting_per_official() -> None:
    text = (
        "Head\n\nHAVANA, June 12 (Xinhua) -- During the visit, Li Ming met with Cuban President Luis Mora Vidal, "
        "Foreign Minister Pedro Soto Lara and Havana Governor Ana Ruiz Pena.\n"
    )
    events = extract(text, "en", "2025-06-12")
    assert len(events) == 3


def test_a_person_after_a_party_name_is_named_with_the_party_title() -> None:
    text = (
        "Head\n\nOn April 22, 2024, Vice Foreign Minister Chen Xiaodong met with General Secretary of the South "
        "African Communist Party Solly Mapaila.\n"
        "Chen said the two parties are friends.\n"
    )
    events = extract(text, "en", "2024-04-23")
    assert events and _names(events[0]) == {"Chen Xiaodong", "Solly Mapaila"}


def test_the_head_of_a_delegation_named_in_a_later_sentence_is_the_other_lead() -> None:
    text = (
        "Head\n\nTop officials of the African National Congress, led by secretary general Fikile Mbalula, have "
        "held bilateral exchanges with a high-level delegation of the Communist Party of China.\n"
        "The Chinese delegation is led by Li Xi, member of the standing committee of the Political Bureau of the "
        "CPC Central Committee.\n"
    )
    events = extract(text, "en", "2024-11-06")
    assert len(events) == 1
    leads = {p.person.native for p in events[0].participants if p.lead}
    assert leads == {"Fikile Mbalula", "Li Xi"}


def test_a_leader_heading_a_government_is_only_mentioned() -> None:
    text = (
        "Head\n\nPhnom Penh, August 29th -- Song Tao, Minister of the International Department of the CPC Central "
        "Committee, met here today with Say Chhum, Vice President of the Cambodian People's Party.\n"
        "Song praised what the Cambodian government headed by Prime Minister Hun Sen has achieved.\n"
    )
    events = extract(text, "en", "2018-08-29")
    assert len(events) == 1 and "Hun Sen" not in _names(events[0])


def test_members_listed_with_a_delegation_take_part_on_its_side() -> None:
    text = (
        "Head\n\nBEIJING, April 26 (ACN) -- Cai Qi, member of the Standing Committee of the Political Bureau of the "
        "CPC Central Committee, met in Beijing on Monday with Roberto Morales Ojeda, member of the Political Bureau "
        "of the Communist Party of Cuba.\n"
        "The Cuban delegation also included Joel Queipo, member of the Communist Party's Secretariat, and Emilio "
        "Lozada, head of the International Relations Department.\n"
    )
    events = extract(text, "en", "2023-04-26")
    assert len(events) == 1
    members = {p.person.native: p for p in events[0].participants if not p.lead}
    assert set(members) == {"Joel Queipo", "Emilio Lozada"}
    assert {p.side for p in members.values()} == {"CU"}


def test_people_assisting_a_host_take_part() -> None:
    text = (
        "Head\n\nISLAMABAD, JAN 15 /DNA/: Sun Haiyan, Vice Minister of the International Department of the CPC "
        "Central Committee, called on the Prime Minister at the Prime Minister House today. The Prime Minister was "
        "assisted by Special Assistant Tariq Fatemi and Foreign Secretary Amna Baloch.\n"
    )
    events = extract(text, "en", "2026-01-15")
    assert events and {"Tariq Fatemi", "Amna Baloch"} <= _names(events[0])


def test_a_roundup_of_messages_gives_one_message_per_sender_line() -> None:
    text = (
        "Highlights of congratulatory messages\n\nBEIJING, Oct. 26 (Xinhua) -- Congratulations are flowing in from "
        "around the world on Chinese President Xi Jinping's re-election as general secretary.\n\n"
        "Below is a summary of some of the messages.\n\n"
        "Lao President Bounnhang Vorachith, general secretary of the Lao People's Revolutionary Party:\n\n"
        "Under the leadership of Xi Jinping Thought, China will reach new heights.\n\n"
        "Nestor Ruiz Diaz, president of the Workers' Party of Paraguay:\n\n"
        "We wish the Chinese people every success.\n"
    )
    events = extract(text, "en", "2017-10-26")
    assert [e.kind for e in events] == ["message", "message"]
    assert [_names(e) for e in events] == [
        {"Bounnhang Vorachith", "Xi Jinping"}, {"Nestor Ruiz Diaz", "Xi Jinping"}
    ]


def test_one_quoted_line_is_no_roundup() -> None:
    text = (
        "Head\n\nBEIJING, Oct. 26 (Xinhua) -- Congratulations are flowing in on Chinese President Xi Jinping's "
        "re-election.\n\nNestor Ruiz Diaz, president of the Workers' Party of Paraguay:\n\nWe wish you success.\n"
    )
    assert not any(e.kind == "message" and "Nestor Ruiz Diaz" in _names(e) for e in extract(text, "en", "2017-10-26"))


def test_indian_courtesy_words_around_a_name_are_no_part_of_it() -> None:
    # restated from real-dev web-en-231 (an X post quoted by an Indian daily)
    text = (
        "Head\n\nNEW DELHI, Jan 13 -- A delegation of the Communist Party of China under the leadership of Sun "
        "Haiyan, Vice Minister of the IDCPC, visited the BJP headquarters today. During the talks, a BJP delegation "
        "headed by Shri Arun Singh Ji discussed at length the means to advance inter-party communication.\n"
    )
    names = _everyone(extract(text, "en", "2026-01-13"))
    assert "Arun Singh" in names
    assert not any(n.startswith("Shri") or n.endswith(" Ji") for n in names)


def test_a_name_ending_in_ji_without_an_indian_honorific_keeps_it() -> None:
    text = (
        "Head\n\nBEIJING, May 3 (Xinhua) -- Zhang Ji, vice minister of the International Department of the CPC "
        "Central Committee, met with a delegation of the Communist Party of Nepal led by Madhav Kumar on Friday.\n"
    )
    assert "Zhang Ji" in _everyone(extract(text, "en", "2024-05-03"))


def test_a_country_named_in_full_before_a_name_is_no_part_of_it() -> None:
    # restated from real-dev web-en-303 (a roundup of leaders' words, each line "Post of Country Name:")
    from liaison.extract.en.lexicon import ENGLISH
    from liaison.extract.latin.names import find_names, name_stopwords
    from liaison.kb.gazetteer import default_gazetteer

    line = "President of the Democratic Republic of the Congo Joseph Kabila: You have made great efforts."
    stop = name_stopwords(ENGLISH, default_gazetteer())
    assert [h.text for h in find_names(line, 0, len(line), ENGLISH, stop)] == ["Joseph Kabila"]
    assert ENGLISH.country_of("Democratic Republic of the Congo") == "CD"
    assert ENGLISH.country_of("Congo") == "CG"


def test_a_hyphen_set_off_by_a_stray_space_stays_inside_the_name() -> None:
    # restated from real-dev web-fr-1510 (a Moroccan party's page: "Al -Labar", "Abdul -Jabbar Al -Rashidi")
    text = (
        "Titre\n\nRabat, 3 mai -- Le secrétaire général du parti a reçu une délégation du Parti communiste chinois "
        "conduite par Li Mingxiang. Ont assisté à la réunion plusieurs membres du comité exécutif du parti, dont "
        "Abdul -Jabbar Al -Rashidi, président du Conseil national, et Abdel Salam Al -Labar, président du groupe.\n"
    )
    names = _everyone(extract(text, "fr", "2024-05-03"))
    assert {"Abdul -Jabbar Al -Rashidi", "Abdel Salam Al -Labar"} <= names
    assert "Abdel Salam Al" not in names
