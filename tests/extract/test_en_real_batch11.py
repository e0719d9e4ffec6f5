"""Constructions of the eleventh English batch (issue 13), on real text: a meeting told as the occasion of what
was said ("The CCP said so when the delegation led by A met with B"); a trigger whose subject is unnamed,
named by the next sentence that tells the exchange again ("A high-level Chinese delegation had talks with A."
then "The delegation led by B ... met A in Colombo"); a meeting noun whose predicate is still to come ("The
... meeting of the team with A is set to take place today"); "the ... team" as the visitor; "A and B held
discussions"; an unspaced double hyphen closing a dateline ("July 17th--Xu Lyuping"); "Chief Organizer" and
"Regional Committee" read as words of titles, not of names. Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.en.lexicon import ENGLISH
from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import page_events as _page


def test_a_meeting_told_as_the_occasion_of_what_was_said_is_an_exchange() -> None:
    # Colombo Gazette: "The CCP said so when the delegation led by Song Tao met with President Maithripala
    # Sirisena at the President's official residence, today."
    (sirisena,) = _with(_page("web-en-213"), "Maithripala Sirisena")
    assert "Song Tao" in _names(sirisena)


def test_only_a_when_right_after_the_speech_verb_tells_the_occasion() -> None:
    occasion = ENGLISH.compiled(ENGLISH.speech_occasion_cue)
    assert occasion.match(" so when the delegation led by Song Tao met with")
    assert not occasion.match(" that relations had grown since the two leaders met when")


def test_an_unnamed_subject_named_in_the_next_sentence_completes_the_trigger() -> None:
    # "A high-level Chinese delegation had talks today with former President Mahinda Rajapaksa ..." then "The
    # delegation led by Song Tao, Minister of the International Department ..., met Rajapaksa in Colombo"
    (rajapaksa,) = _with(_page("web-en-213"), "Mahinda Rajapaksa")
    assert "Song Tao" in _names(rajapaksa) and rajapaksa.kind == "talks"


def test_a_meeting_whose_predicate_is_still_to_come_is_no_event() -> None:
    # Ratopati: "The high-level political meeting of the Chinese Communist Party team with Nepalese leader Sher
    # Bahadur Deuwa is set to take place today."
    found = _page("web-en-216")
    assert not _with(found, "Sher Bahadur Deuwa")


def test_the_team_is_the_visitor_led_by_the_head_named_before() -> None:
    # "A team led by Yuan Jiajun ... reached Nepal on Sunday." ... "The political team also held a virtual
    # meeting with Prime Minister Pushpa Kamal Dahal 'Prachanda'"
    (dahal,) = _with(_page("web-en-216"), "Pushpa Kamal Dahal")
    assert "Yuan Jiajun" in _names(dahal) and dahal.kind == "video_conference"


def test_two_people_holding_discussions_meet() -> None:
    # Liberia Wire (ENA): "... Head, Adisu Arega and Secretary of the Communist Party of China Ningxia Regional
    # Committee, Liang Yanshun held discussions on Tuesday."
    (found,) = _page("web-en-214")
    assert _names(found) == {"Adisu Arega", "Liang Yanshun"}


def test_an_unspaced_double_hyphen_closes_a_dateline() -> None:
    # IDCPC: "Dar es Salaam, July 17th--Xu Lyuping, Vice-minister of the International Department of the CPC
    # Central Committee, met here today with Raphael Tuju"
    (found,) = _page("web-en-217")
    assert _names(found) == {"Xu Lyuping", "Raphael Tuju"}
    assert found.location == "Dar es Salaam"


def test_chief_organizer_is_a_title() -> None:
    # The Nation: "... held a detailed meeting with PTI Chief Organizer Saifullah Khan Nyazee at the secretariat."
    (found,) = _page("web-en-218")
    assert "Saifullah Khan Nyazee" in _names(found)


def test_a_principal_named_by_a_bare_title_keeps_the_side_of_the_first_exchange() -> None:
    # Colombo Gazette: "..., a delegation led by the Speaker of the Sri Lanka Parliament Mahinda Yapa Abeywardana"
    # ... "Speaker Yapa Abeywardana also had bilateral meetings with the Vice President of India Jagdeep Dhankhar
    # and Minister of External Affairs of India Dr. Subrahmanyam Jaishankar."
    found = _page("web-en-210")
    (dhankhar,) = _with(found, "Jagdeep Dhankhar")
    (jaishankar,) = _with(found, "Subrahmanyam Jaishankar")
    assert dhankhar is not jaishankar
    assert {p.side for p in dhankhar.participants} == {"LK", "IN"}


def test_a_one_sided_lede_lends_no_side() -> None:
    # Actu Cameroun: "Le Premier ministre camerounais, A a échangé avec le vice-président ..." (one side named)
    # then "..., Zhang Qingwei, a été reçu par le Premier ministre A": the lede's own event stays the only one
    found = _page("web-fr-085")
    assert len(found) == 1


def test_a_kind_noun_the_sentence_talks_about_is_not_its_act() -> None:
    # Kathmandu Post: "Unfazed by the criticism of her meetings with leaders of the ruling Nepal Communist Party
    # (NCP) ..., China's Ambassador to Nepal Hou Yanqi on Thursday met NCP Co-chair Pushpa Kamal Dahal"
    (dahal,) = _with(_page("web-en-152"), "Pushpa Kamal Dahal")
    assert "Hou Yanqi" in _names(dahal)


def test_separate_conversations_of_a_delegation_are_with_its_head() -> None:
    # Guacamaya: "A Chinese Communist Party (CCP) delegation landed in Caracas ..." "The delegation is headed by
    # Wu Hansheng" ... "Their multiple meetings also included separate conversations with foreign affairs minister
    # Yván Gil, and interior minister and party secretary Diosdado Cabello."
    found = _page("web-en-207")
    (gil,) = _with(found, "Yván Gil")
    (cabello,) = _with(found, "Diosdado Cabello")
    assert gil is not cabello
    assert "Wu Hansheng" in _names(gil) and "Nicolás Maduro" not in _names(gil)


def test_senders_listed_in_a_roundup_write_one_message_each() -> None:
    # CPV congress site: "Among the senders of congratulatory messages were President of the Republic of Korea
    # Moon Jae-in, Chairman of the People's Action Party of Singapore Gan Kim Yong, ..." and "Messages also came
    # from the Workers Party of Bangladesh's Chairman Rashed Khan Menon and its Secretary-General Fazle Hossain
    # Badsha, as well as Chairperson of the Communist Party of Sweden Povel Johansson, ...", to the subject of
    # the page, "Party General Secretary and State President Nguyen Phu Trong" (its photo caption)
    found = _page("web-en-118")
    assert all(e.kind == "message" and "Nguyen Phu Trong" in _names(e) for e in found)
    (moon,) = _with(found, "Moon Jae-in")
    (menon,) = _with(found, "Rashed Khan Menon")
    assert "Fazle Hossain Badsha" in _names(menon) and moon is not menon
    assert len(found) == 10


def test_a_season_word_is_no_part_of_a_name() -> None:
    # Global Times: "... shared will around the PyeongChang Winter Olympics, livelier still," Kim said when
    # he met the DPRK high-level delegation on its return": "PyeongChang Winter" is no one, and Kim meeting his
    # own delegation is no exchange
    assert _page("web-en-078") == ()
