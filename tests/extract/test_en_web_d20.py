"""Constructions of the fresh real-dev-20 sample (English pages of African, Syrian, Mongolian, Nepali and Ghanaian
outlets and Chinese embassies), restated further: the one a delegation "called on" told by a pronoun after the cue
("... called on him at the party secretariat"), the speaker named in the sentence before, and the speaker who "was
speaking when he received" a delegation; a subject who "discussed in Beijing with" a counterpart (a meeting); "the
meeting between A and B", and "a meeting between" as the occasion of remarks; the other side's speaker "On the
occasion,"; an official who "told reporters" what was discussed; a party's own message to another party after an
agency's dateline between slashes; and posts before names ("the Special Aide to the NDC's Flagbearer A", "Brigadier
General A")."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events


def test_the_one_called_on_told_by_a_pronoun_is_the_speaker_named_before() -> None:
    text = """Patriotic Front Secretary General Davies Mwila says his party will go on working with \
China's ruling party.
He was speaking when Chinese party official Dong Weihua called on him at the party secretariat in Lusaka.
"""
    evs = events(text, "en", published="2017-09-11")
    assert len(evs) == 1 and evs[0].kind == "meeting"
    assert {"Davies Mwila", "Dong Weihua"} <= set(by_name(evs[0]))


def test_a_pronoun_called_on_with_no_one_named_before_seats_no_one() -> None:
    text = """Chinese party official Dong Weihua called on him at the party secretariat in Lusaka on Monday.
"""
    assert not any("Davies Mwila" in by_name(e) for e in events(text, "en", published="2017-09-11"))


def test_discussed_in_a_city_with_a_counterpart_is_a_meeting() -> None:
    text = """Hilal Al-Hilal, Assistant Secretary-General of the Baath Arab Socialist Party, and the delegation with \
him discussed in Beijing with Song Tao, head of the International Department of the CPC Central Committee, how the \
two parties could deepen their ties.
"""
    evs = events(text, "en", published="2019-05-05")
    assert len(evs) == 1 and evs[0].kind == "meeting" and evs[0].location == "Beijing"
    assert {"Hilal Al-Hilal", "Song Tao"} <= set(by_name(evs[0]))


def test_an_aide_to_a_partys_flagbearer_is_a_post_before_the_aides_name() -> None:
    text = """Former President John Dramani Mahama, the National Democratic Congress (NDC) Flagbearer, met the Chinese \
Ambassador to Ghana, Shi Ting Wang, in Accra on Tuesday.
Present at the meeting were the NDC Chairman, Samuel Ofosu Ampofo, and the Special Aide to the NDC's Flagbearer \
Joyce Bawah Mogtari.
"""
    evs = events(text, "en", published="2019-08-16")
    assert len(evs) == 1
    seated = by_name(evs[0])
    assert "Joyce Bawah Mogtari" in seated and not seated["Joyce Bawah Mogtari"].lead
    assert not any(name.startswith(("Special", "Flagbearer")) for name in seated)


def test_remarks_made_during_a_meeting_between_two_sides_seat_the_speaker() -> None:
    text = """BEIJING – Wang Heming, a Director General at the International Department of the CPC, calls Zambia \
central to China's ties with Africa.
He made these remarks during a meeting between the CPC's International Department and a UPND delegation headed by \
party Treasurer General Watson Lumba in Beijing today.
"""
    evs = events(text, "en", published="2023-10-18")
    assert len(evs) == 1 and evs[0].kind == "meeting"
    seated = by_name(evs[0])
    assert {"Wang Heming", "Watson Lumba"} <= set(seated) and seated["Watson Lumba"].side == "ZM"


def test_the_meeting_between_two_named_sides_is_a_meeting() -> None:
    text = """At the meeting between Wang Heming, a Director General at the International Department of the CPC, and \
UPND Treasurer General Watson Lumba in Beijing today, the two reviewed relations between their parties.
"""
    evs = events(text, "en", published="2023-10-18")
    assert len(evs) == 1 and evs[0].kind == "meeting"
    assert {"Wang Heming", "Watson Lumba"} <= set(by_name(evs[0]))


def test_the_other_side_speaking_on_the_occasion_joins_a_meeting_told_by_one_side() -> None:
    text = """A Communist Party of Nepal (Maoist Center) delegation visiting Chongqing, China, has met leading CPC \
officials there.
Maoist Center Secretary Dinanath Sharma and central member Ramdwip Acharya took part in the meeting held on Thursday \
evening at the Chongqing Party School Department.
Secretary Sharma spoke of deep ties between the two parties and the two peoples.
On the occasion, Liu Xiaoyou, director of the party school of Chongqing, said China values its relations with Nepal.
"""
    evs = events(text, "en", published="2025-04-13")
    assert len(evs) == 1
    seated = by_name(evs[0])
    assert {"Dinanath Sharma", "Liu Xiaoyou"} <= set(seated) and seated["Liu Xiaoyou"].side == "CN"
    assert seated["Dinanath Sharma"].side == "NP"
    assert evs[0].date is not None and evs[0].date.iso == "2025-04-10"


def test_a_party_official_who_told_reporters_what_they_discussed_attended_and_a_district_is_no_one() -> None:
    text = """A Communist Party of China (CPC) delegation led by IDCPC Vice Minister Guo Yezhou is visiting Rwanda at \
the invitation of the Rwanda Patriotic Front (RPF).
The delegation called on Francois Ngarambe, the RPF Secretary General, at the party's head office in Rusororo, \
Gasabo District, on Friday.
Oda Gasinzigwa, RPF's Commissioner in Charge of International Relations, told reporters that the two parties had \
talked about the economy and good governance.
"""
    evs = events(text, "en", published="2019-10-18")
    assert len(evs) == 1
    seated = by_name(evs[0])
    assert {"Guo Yezhou", "Francois Ngarambe", "Oda Gasinzigwa"} <= set(seated)
    assert not seated["Oda Gasinzigwa"].lead and seated["Oda Gasinzigwa"].side == "RW"
    assert not any("District" in name for name in seated)


def test_a_partys_own_message_to_another_party_after_an_agency_dateline_between_slashes() -> None:
    text = """Addis Ababa, May 3/2023/ENA/ China's Communist Party has sent a congratulatory letter to the Prosperity \
Party of Ethiopia for its first Congress.
The CPC said in the letter that it values its friendship with the Prosperity Party.
"""
    evs = events(text, "en", published="2023-05-03")
    assert len(evs) == 1 and evs[0].kind == "message" and evs[0].remote
    assert evs[0].date is not None and evs[0].date.iso == "2023-05-03"
    assert {p.name for p in evs[0].parties} == {"Communist Party of China", "Prosperity Party"}


def test_a_party_quoted_from_its_message_sends_none() -> None:
    text = """The Communist Party of China (CPC) said in a message to the congress that it values its ties with the \
Prosperity Party.
"""
    assert not events(text, "en", published="2022-03-12")


def test_a_city_before_its_agency_between_slashes_places_the_meeting() -> None:
    text = """Ulaanbaatar /MONTSAME/ On September 17, Chairman of the State Great Khural G.Zandanshatar received \
Chinese Ambassador Chai Wenrui at the State Palace.
"""
    evs = events(text, "en", published="2021-09-18")
    assert len(evs) == 1 and evs[0].location == "Ulaanbaatar"


def test_a_brigadier_general_is_a_post_before_a_party_officials_name() -> None:
    text = """A CPC delegation headed by Wang Linhu is in Zambia.
On arrival in Lusaka the visitors were welcomed by UPND National Management Committee Member Brigadier General \
Gershom Chungu, who praised China's support.
"""
    evs = events(text, "en", published="2025-09-24")
    seated = {n: p for e in evs for n, p in by_name(e).items()}
    assert "Gershom Chungu" in seated and seated["Gershom Chungu"].side == "ZM"


def test_the_speaker_who_was_speaking_when_he_received_a_delegation_received_it() -> None:
    text = """Patriotic Front Secretary General Davies Mwila says his party and the Communist Party of China will \
keep cooperating.
He was speaking when he received a CPC delegation headed by Dong Weihua at the party's offices in Lusaka.
"""
    evs = events(text, "en", published="2017-09-11")
    assert len(evs) == 1 and {"Davies Mwila", "Dong Weihua"} <= set(by_name(evs[0]))
