"""Constructions of the fresh real-dev-15 sample (English pages of Pakistani, Cuban, African and Asian outlets,
restated further): senators who "also attended the online meeting" a delegation "led by" their chairman took part
in, attendees of the event told and of their head's side, not calls of their own; a party's people listed by their
posts after "PTI leaders, including"; a kind noun set in quotation marks ('a "breakfast meeting"'); a meeting with
"the diplomatic corps", whose other side is foreign though unnamed; and the host who "arranged" the meeting a later
sentence tells again ("At the meeting, arranged by B, the leaders met ...")."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events

ONLINE = """ISLAMABAD: On Wednesday Chairman Senate Muhammad Sadiq Sanjrani and Chairman of the CPPCC National \
Committee, Wang Yang, held talks through a video link.
Both sides went over bilateral ties and the new role of parliaments since the corona outbreak.
A Senate delegation led by Chairman Senate Sadiq Sanjrani, Senators Manzoor Kakar, Sajjad Hussain Turi and \
Dilawar Khan also attended the online meeting, and Secretary Senate Muhammad Qasim Samad Khan, too, was present.
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


BREAKFAST = """Leaders of Pakistan Tehreek-e-Insaf (PTI), including Secretary General Asad Umar and Vice Chairman \
Shah Mehmood Qureshi, had a "breakfast meeting" on Tuesday with the diplomatic corps in Islamabad.
At that meeting, arranged by Australian High Commissioner to Pakistan Neil Hawkins, PTI's leaders met the envoys \
of European and Muslim countries posted in Pakistan.
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
    text = """Leaders of Pakistan Tehreek-e-Insaf (PTI), including Secretary General Asad Umar and Vice Chairman \
Shah Mehmood Qureshi, held a breakfast meeting on Tuesday with the diplomatic corps in Islamabad.
"""
    evs = events(text, "en", published="2023-01-25")
    assert len(evs) == 1 and {"Shah Mehmood Qureshi", "Asad Umar"} <= set(by_name(evs[0]))


def test_a_meeting_of_a_partys_own_leaders_stays_domestic() -> None:
    text = """Leaders of Pakistan Tehreek-e-Insaf (PTI), including Secretary General Asad Umar and Vice Chairman \
Shah Mehmood Qureshi, had a breakfast meeting with party workers in Islamabad on Tuesday.
"""
    assert not events(text, "en", published="2023-01-25")


def test_taking_part_in_a_meeting_with_someone_is_an_act_of_its_own() -> None:
    text = """ISLAMABAD: Chairman Senate Muhammad Sadiq Sanjrani met Chinese Ambassador Nong Rong on Monday.
Senator Mushahid Hussain Syed also took part in a meeting of party representatives with Wang Huning, Chairman of the \
CPPCC National Committee.
"""
    evs = events(text, "en", published="2023-10-24")
    assert any("Wang Huning" in by_name(e) and by_name(e)["Wang Huning"].lead for e in evs)


DELEGATION = """BEIJING, April 15 (APP): China and Pakistan remain all-weather partners, Chairman of the CPPCC \
National Committee Wang Yang said on Monday.
He made these remarks at a meeting with Deputy Chairman Senate Saleem Mandviwala, then on a three-day visit to \
China together with a three-member delegation comprising Senators Liaquat Khan Tarakai, Sassi Palejo and Abdul \
Qayyum. Masood Khalid, Pakistan Ambassador to China, was also present.
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
    text = """WINDHOEK - Before leaving for South Africa, Chinese President Hu Jintao wound up his tour of Namibia by \
meeting the President of the Swapo Party, Sam Nujoma, and thanked him for strengthening the ties of the two countries.
"""
    evs = events(text, "en", published="2007-02-08")
    assert len(evs) == 1 and {"Hu Jintao", "Sam Nujoma"} <= set(by_name(evs[0]))


def test_she_made_the_remarks_after_meeting_a_delegation() -> None:
    text = """Ms Kasule Lumumba, the NRM Secretary General, has said a Chinese province is to build an industrial \
park in northern Uganda.
She made these remarks in Kampala on Monday after meeting a delegation of eight from the Communist Party of China \
led by Mr Buyin Chaola, Jilin Province's party secretary.
"""
    evs = events(text, "en", published="2019-04-03")
    assert len(evs) == 1 and {"Kasule Lumumba", "Buyin Chaola"} <= set(by_name(evs[0]))
    assert evs[0].date is not None and evs[0].date.iso == "2019-04-01"
