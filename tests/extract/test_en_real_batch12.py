"""Constructions of the twelfth English batch (issue 13, web-en-234…250: Xinhua copies on People's Daily, ECNS,
IDCPC, VNS/VNA, Interfax, News24, EFE, KCNA reprints), on real text: "traded views" as "exchanged views", a meeting
of the two named; a meeting a delegation "was expected to meet" is still to come; a file photo's caption (credit
"EPA-EFE FILE/...") dated years before the story tells no exchange of it; two senders who "each sent a
congratulatory letter" to a meeting write one message each; "X has visited <a person>" is a meeting; "He made the
remarks during a meeting ... with B" is a meeting of the one who said them; "at a reception ... for B" is a
meeting; "On December 5, the VNA delegation had talks with the KPL representatives", on a
day of its own with its hosts unnamed, is an event of the delegation's head alone; "A talked with B", and a host's
meeting "with the First Cuban Vice President" (the trip's one Cuban principal), are meetings of each host of a trip;
people met "A on Sunday and B on Tuesday" are met one by one. Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.latin.kinds import find_kind
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import page_events as _page


def test_two_named_who_traded_views_during_a_meeting_met() -> None:
    # Islam Times: "Dmitry Medvedev and Xi Jinping have exchanged views ... during a meeting in Beijing"
    assert find_kind("The two leaders traded views on bilateral ties", ENGLISH) is not None
    (meeting,) = _with(_page("web-en-248"), "Xi Jinping")
    assert "Medvedev" in " ".join(_names(meeting)) and meeting.kind == "meeting"


def test_a_meeting_a_delegation_was_expected_to_hold_is_still_to_come() -> None:
    # News24: "It was expected to meet Chinese President Hu Jintao, who is also general secretary ..."
    future = ENGLISH.compiled(ENGLISH.future_cue)
    assert future.search("It was expected to ") and future.search("the delegation was due to ")
    found = _page("web-en-245")
    assert not _with(found, "Hu Jintao")
    (visit,) = _with(found, "Gwede Mantashe")
    assert visit.kind == "visit"


def test_a_file_photo_caption_dated_years_before_tells_no_exchange() -> None:
    # EFE: "North Korea's Ri Su-yong looks on during a meeting with the Thai minister ... Aug. 10, 2015.
    # EPA-EFE FILE/NARONG SANGNAK" on a page of July 2018
    assert not _page("web-en-246")


def test_two_senders_each_writing_to_a_meeting_send_one_message_each() -> None:
    # People's Daily: "Chinese President Xi Jinping ... and Russian President Vladimir Putin, on Monday each sent
    # a congratulatory letter to the 10th meeting of the dialogue mechanism"
    found = _page("web-en-244")
    assert sorted(len(e.participants) for e in found) == [1, 1]
    assert {n for e in found for n in _names(e)} == {"Xi Jinping", "Vladimir Putin"}
    assert all(e.kind == "message" for e in found)


def test_visiting_a_person_is_meeting_them() -> None:
    # ECNS: "Chinese Ambassador to Laos Wang Wentian has visited Lao former President Khamtay Siphandone"
    (meeting,) = _page("web-en-240")
    assert _names(meeting) == {"Wang Wentian", "Khamtay Siphandone"} and meeting.kind == "meeting"


def test_he_who_made_the_remarks_during_a_meeting_is_the_one_who_said_them() -> None:
    # People's Daily: "Laos wants to widen its cooperation with China, ... said the Lao President Khamtay
    # Siphandone ... He made the remarks during a meeting on Friday morning at his party's headquarters with Huang Ju"
    (meeting,) = _page("web-en-239")
    assert _names(meeting) == {"Khamtay Siphandone", "Huang Ju"} and meeting.kind == "meeting"


def test_the_delegation_s_talks_on_a_day_of_their_own_with_hosts_unnamed_are_an_event() -> None:
    # VietnamPlus: "Lao Prime Minister Thongloun Sisoulith (R) receives VNA General Director Nguyen Duc Loi." ...
    # "at a reception on December 6 for a VNA delegation led by General Director Nguyen Duc Loi" ... "On December
    # 5, the VNA delegation had talks with the KPL representatives."
    found = _page("web-en-249")
    (reception,) = _with(found, "Thongloun Sisoulith")
    assert reception.kind == "meeting" and reception.date is not None and reception.date.iso == "2017-12-06"
    (talks,) = [e for e in found if _names(e) == {"Nguyen Duc Loi"}]
    assert talks.kind == "talks" and talks.date is not None and talks.date.iso == "2017-12-05"


def test_each_host_of_a_trip_met_the_visitor_talked_with_or_named_by_title() -> None:
    # Prensa Latina (English): "Valdés Mesa talked with the leader of VCP, Nguyen Phu Trong, about ..."; "During his
    # meeting with president Tran Dai Quang, the leader of the Caribbean country ..."; "The Vietnamese Prime
    # Minister, Nguyen Xuan Phuc, meanwhile, during the meeting with the First Cuban Vice President, spoke of ..."
    found = _page("web-en-191")
    for host in ("Nguyen Phu Trong", "Tran Dai Quang", "Nguyen Xuan Phuc", "Nguyen Thi Kim Ngan"):
        (meeting,) = _with(found, host)
        assert "Salvador Valdés Mesa" in _names(meeting)


def test_people_met_each_on_a_day_of_their_own_are_met_one_by_one() -> None:
    # web-en-152 (The Kathmandu Post) tells "She had met Nepal on Sunday and Khanal on Tuesday" of "China's
    # Ambassador to Nepal Hou Yanqi" and the NCP's "Madhav Kumar Nepal and Jhalanath Khanal"; told in one sentence:
    assert ENGLISH.compiled(ENGLISH.in_turn_cue).search(" on Sunday and ")
    found = events(
        "China's Ambassador to Nepal Hou Yanqi met Madhav Kumar Nepal on Sunday and Jhalanath Khanal on Tuesday.",
        "en",
    )
    assert sorted(sorted(_names(e) - {"Hou Yanqi"}) for e in found) == [["Jhalanath Khanal"], ["Madhav Kumar Nepal"]]
