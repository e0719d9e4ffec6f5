"""Constructions of the fresh real-dev-15 sample (English pages of Pakistani, Cuban, African and Asian outlets,
restated further): senators who "also attended the online meeting" a delegation "led by" their chairman took part
in, attendees of the event told and of their head's side, not calls of their own; a party's people listed by their
posts after "PTI leaders, including"; a kind noun set in quotation marks ('a "breakfast meeting"'); a meeting with
"the diplomatic corps", whose other side is foreign though unnamed; and the host who "arranged" the meeting a later
sentence tells again ("At the meeting, arranged by B, the leaders met ...")."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events

ONLINE = """ISLAMABAD: Chairman Senate Muhammad Sadiq Sanjrani and Chairman of the Chinese People's Political \
Consultative Conference, Wang Yang, held talks through a video link on Wednesday.
Both sides went over bilateral ties and the new role of parliaments since the corona outbreak.
A delegation of senators led by Chairman Senate Sadiq Sanjrani, Senators Sajjad Hussain Turi, Dilawar Khan and \
Manzoor Kakar also attended the online meeting, while Secretary Senate Muhammad Qasim Samad Khan was present too.
"""


def test_senators_attending_the_online_meeting_are_of_their_heads_side() -> None:
    evs = events(ONLINE, "en", published="2020-12-17")
    assert len(evs) == 1 and evs[0].kind == "video_conference"
    seated = by_name(evs[0])
    for name in ("Sajjad Hussain Turi", "Dilawar Khan", "Manzoor Kakar", "Muhammad Qasim Samad Khan"):
        assert name in seated and not seated[name].lead
    assert all(seated[n].side == "PK" for n in ("Sajjad Hussain Turi", "Dilawar Khan", "Manzoor Kakar"))


def test_attending_another_kind_of_act_is_still_an_act_of_its_own() -> None:
    text = """ISLAMABAD: Chairman Senate Muhammad Sadiq Sanjrani met Chinese Ambassador Nong Rong on Monday.
Later, Senator Mushahid Hussain Syed attended a seminar with Chinese scholar Wang Jisi in Beijing.
"""
    evs = events(text, "en", published="2020-12-17")
    assert any("Wang Jisi" in by_name(e) for e in evs)


BREAKFAST = """Pakistan Tehreek-e-Insaf (PTI) leaders, including Vice Chairman Shah Mehmood Qureshi and Secretary \
General Asad Umar, on Tuesday had a "breakfast meeting" with the diplomatic corps in Islamabad.
At the meeting, arranged by the Australian High Commissioner to Pakistan Neil Hawkins, the PTI leaders met envoys \
of European and Muslim countries serving in Pakistan.
"""


def test_a_partys_leaders_listed_by_post_a_quoted_meeting_and_the_host_who_arranged_it() -> None:
    evs = events(BREAKFAST, "en", published="2023-01-25")
    assert len(evs) == 1 and evs[0].kind == "meeting"
    seated = by_name(evs[0])
    assert {"Shah Mehmood Qureshi", "Asad Umar", "Neil Hawkins"} <= set(seated)
    assert seated["Shah Mehmood Qureshi"].side == "PK" and seated["Neil Hawkins"].side == "AU"
    assert seated["Asad Umar"].person.organization is not None
    assert seated["Asad Umar"].person.organization.name == "Pakistan Tehreek-e-Insaf"


def test_a_meeting_with_the_diplomatic_corps_is_no_domestic_one() -> None:
    text = """Pakistan Tehreek-e-Insaf (PTI) leaders, including Vice Chairman Shah Mehmood Qureshi and Secretary \
General Asad Umar, had a breakfast meeting with the diplomatic corps in Islamabad on Tuesday.
"""
    evs = events(text, "en", published="2023-01-25")
    assert len(evs) == 1 and {"Shah Mehmood Qureshi", "Asad Umar"} <= set(by_name(evs[0]))


def test_a_meeting_of_a_partys_own_leaders_stays_domestic() -> None:
    text = """Pakistan Tehreek-e-Insaf (PTI) leaders, including Vice Chairman Shah Mehmood Qureshi and Secretary \
General Asad Umar, had a breakfast meeting with party workers in Islamabad on Tuesday.
"""
    assert not events(text, "en", published="2023-01-25")


def test_taking_part_in_a_meeting_with_someone_is_an_act_of_its_own() -> None:
    text = """ISLAMABAD: Chairman Senate Muhammad Sadiq Sanjrani met Chinese Ambassador Nong Rong on Monday.
Senator Mushahid Hussain Syed also took part in a meeting of party representatives with Wang Huning, Chairman of the \
CPPCC National Committee.
"""
    evs = events(text, "en", published="2023-10-24")
    assert any("Wang Huning" in by_name(e) and by_name(e)["Wang Huning"].lead for e in evs)


DELEGATION = """BEIJING, April 15 (APP): Chairman of the Chinese People's Political Consultative Conference (CPPCC) \
Wang Yang said Monday that China and Pakistan remain all-weather partners.
He made these remarks in his meeting with Deputy Chairman Senate Saleem Mandviwala who was on a three-day trip \
to China along with a three-member delegation comprising Senators Sassi Palejo, Liaquat Khan Tarakai, and Abdul \
Qayyum. Pakistan Ambassador to China, Masood Khalid was also present.
"""


def test_a_guests_delegation_named_after_him_and_his_countrys_ambassador_attend_on_his_side() -> None:
    evs = events(DELEGATION, "en", published="2019-04-15")
    assert len(evs) == 1 and evs[0].kind == "meeting"
    seated = by_name(evs[0])
    assert seated["Wang Yang"].lead and seated["Saleem Mandviwala"].lead
    assert seated["Saleem Mandviwala"].side == "PK"
    for name in ("Sassi Palejo", "Liaquat Khan Tarakai", "Abdul Qayyum", "Masood Khalid"):
        assert not seated[name].lead and seated[name].side == "PK"


def test_a_meeting_told_by_the_gerund_after_a_preposition() -> None:
    text = """WINDHOEK - Before leaving for South Africa, Chinese President Hu Jintao ended his Namibian tour by \
meeting the President of Swapo Party, Sam Nujoma, whom he thanked for strengthening the ties of the two countries.
"""
    evs = events(text, "en", published="2007-02-08")
    assert len(evs) == 1 and {"Hu Jintao", "Sam Nujoma"} <= set(by_name(evs[0]))


def test_she_made_the_remarks_after_meeting_a_delegation() -> None:
    text = """The NRM Secretary General, Ms Kasule Lumumba, has said that a Chinese province will build an \
industrial park in northern Uganda.
She made the remarks in Kampala on Monday after meeting an eight-man delegation from the Communist Party of China \
(CPC) led by Mr Buyin Chaola, the party secretary from Jilin Province.
"""
    evs = events(text, "en", published="2019-04-03")
    assert len(evs) == 1 and {"Kasule Lumumba", "Buyin Chaola"} <= set(by_name(evs[0]))
    assert evs[0].date is not None and evs[0].date.iso == "2019-04-01"
