"""Constructions of the second fresh English web set real-dev-en-2 (session 32, fit half; sentences restated): a
person met at a venue named after someone ("met A at Zardari House", "at State House": the venue's words after "at"
are no part of A's name), a courtesy call received (a visit in person, never a telephone call), messages exchanged by
two leaders named together as the subject ("A and B exchanged congratulatory messages"), and a hotel's name (no
person)."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events


def test_a_person_met_at_a_house_named_after_someone_takes_part() -> None:
    text = """ISLAMABAD: China's envoy to Pakistan Jiang Zaidong called on Pakistan Peoples Party Chairman Bilawal \
Bhutto Zardari at Zardari House on Tuesday evening.
The two talked about trade and cultural ties.
"""
    evs = events(text, "en", published="2024-12-03")
    assert len(evs) == 1
    assert {"Jiang Zaidong", "Bilawal Bhutto Zardari"} <= set(by_name(evs[0]))


def test_a_leader_met_at_state_house_takes_part() -> None:
    text = """NAIROBI: President Uhuru Kenyatta on Thursday hosted Wang Xiaohui, a senior official of the Communist \
Party of China, at State House.
They spoke about cooperation between the ruling parties.
"""
    evs = events(text, "en", published="2018-01-25")
    assert len(evs) == 1
    assert {"Uhuru Kenyatta", "Wang Xiaohui"} <= set(by_name(evs[0]))


def test_a_name_before_its_own_institution_word_is_still_no_person() -> None:
    text = """HANOI: Le Hoai Trung received a delegation of students of the Kaysone Phomvihane National Academy \
of Politics on Monday.
"""
    evs = events(text, "en", published="2022-08-22")
    assert not any("Kaysone Phomvihane" in by_name(e) for e in evs)


def test_a_courtesy_call_received_is_a_meeting_not_a_phone_call() -> None:
    text = """Gaborone - President Mokgweetsi Masisi on Thursday received a courtesy call from Prince Phohlaphi \
Dlamini, a special envoy of the King of Eswatini.
The two discussed regional matters.
"""
    evs = events(text, "en", published="2023-07-13")
    assert len(evs) == 1 and evs[0].kind == "meeting" and not evs[0].remote
    assert {"Mokgweetsi Masisi", "Phohlaphi Dlamini"} <= set(by_name(evs[0]))


def test_messages_exchanged_by_two_leaders_named_together_are_a_message() -> None:
    text = """Beijing marks ties with Maseru
On the 30th anniversary of diplomatic relations, Premier Li Qiang of China and Prime Minister Sam Matekane of \
Lesotho exchanged congratulatory messages on Friday.
Li said the relations kept good momentum.
"""
    evs = events(text, "en", published="2024-01-12")
    assert len(evs) == 1 and evs[0].kind == "message"
    assert {"Li Qiang", "Sam Matekane"} <= set(by_name(evs[0]))


def test_exchanging_views_is_still_no_message() -> None:
    text = """Premier Li Qiang of China and Prime Minister Sam Matekane of Lesotho met in Beijing on Friday and \
exchanged views on trade.
"""
    evs = events(text, "en", published="2024-01-12")
    assert evs and all(e.kind != "message" for e in evs)


def test_a_hotel_is_no_person() -> None:
    text = """KATHMANDU: On Sunday Foreign Minister Wang Yi of China met Chairman Pushpa Kamal Dahal of the CPN \
(Maoist Center) at Hotel Marriott in Naxal.
"""
    evs = events(text, "en", published="2022-03-27")
    assert len(evs) == 1
    assert {"Wang Yi", "Pushpa Kamal Dahal"} <= set(by_name(evs[0]))
    assert not any("Marriott" in n for n in by_name(evs[0]))


def test_the_monarch_who_sent_an_envoy_takes_no_part() -> None:
    text = """Gaborone - President Mokgweetsi Masisi received a courtesy call on Thursday from Prince Phohlaphi \
Dlamini, who came as special envoy of the eSwatini monarch, King Mswati III.
"""
    evs = events(text, "en", published="2023-07-13")
    assert len(evs) == 1 and "Phohlaphi Dlamini" in by_name(evs[0])
    assert not any("Mswati" in n for n in by_name(evs[0]))
    assert next(p for p in evs[0].participants if p.person.name == "Phohlaphi Dlamini").side == "SZ"


def test_a_title_cased_city_before_a_dash_is_the_dateline() -> None:
    text = """Botswana and Lesotho ties
Gaborone — President Mokgweetsi Masisi received Lesotho Prime Minister Sam Matekane on Thursday.
"""
    evs = events(text, "en", published="2023-07-13")
    assert len(evs) == 1 and evs[0].location == "Gaborone"


def test_fm_before_a_surname_is_the_foreign_minister_named_before() -> None:
    text = """ISLAMABAD: Nong Rong, China's ambassador, paid a call on Thursday on Foreign Minister Shah Mehmood \
Qureshi.
Speaking with the envoy, FM Qureshi congratulated Nong Rong on his new post.
"""
    evs = events(text, "en", published="2020-11-05")
    assert len(evs) == 1
    assert {"Nong Rong", "Shah Mehmood Qureshi"} == set(by_name(evs[0]))


def test_two_sides_named_as_the_subject_of_what_they_discussed_in_a_meeting() -> None:
    text = """LILONGWE - Chinese envoy Long Zhou and former Malawian President Joyce Banda talked about closer \
ties in a meeting this week.
Banda praised China's development.
"""
    evs = events(text, "en", published="2023-01-11")
    assert len(evs) == 1 and evs[0].kind == "meeting"
    assert {"Long Zhou", "Joyce Banda"} <= set(by_name(evs[0]))


def test_a_pronoun_after_an_opening_phrase_without_a_comma_is_the_visitor() -> None:
    text = """YAOUNDE, Dec. 1 (Xinhua) -- Zhang Qingwei, a vice chairman of China's top legislature, headed a \
delegation to Cameroon from Thursday to Sunday.
In the course of the visit he met with Prime Minister Joseph Dion Ngute of Cameroon and held talks with Speaker \
Cavaye Yeguie Djibril.
"""
    evs = events(text, "en", published="2024-12-01")
    with_pm = [e for e in evs if "Joseph Dion Ngute" in by_name(e)]
    with_speaker = [e for e in evs if "Cavaye Yeguie Djibril" in by_name(e)]
    assert with_pm and with_speaker
    assert all("Zhang Qingwei" in by_name(e) for e in with_pm + with_speaker)


def test_the_maldivian_honorific_uz_is_no_part_of_the_name() -> None:
    text = """MALE - Chinese State Councillor Shen Yiqin called on Vice President Uz Hussain Mohamed Latheef at the \
President's Office on Saturday.
"""
    evs = events(text, "en", published="2023-11-19")
    assert len(evs) == 1
    assert {"Shen Yiqin", "Hussain Mohamed Latheef"} <= set(by_name(evs[0]))
