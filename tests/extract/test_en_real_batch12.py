"""Constructions of the twelfth English batch (issue 13, web-en-234…250: Xinhua copies on People's Daily, ECNS,
IDCPC, VNS/VNA, Interfax, News24, EFE, KCNA reprints), on real text: "traded views" as "exchanged views", a meeting of
the two named; a meeting a delegation "was expected to meet" is still to come; a file photo's caption (credit "EPA-EFE
FILE/...") dated years before the story tells no exchange of it; two senders who "each sent a congratulatory
letter" to a meeting write one message each; "X has visited <a person>" is a meeting, a delegation that
"visited Colombia ... and met leaders" unnamed a visit. Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.latin.kinds import find_kind
from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events as _page


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def _with(found: tuple[EventFrame, ...], *names: str) -> list[EventFrame]:
    return [e for e in found if set(names) <= _names(e)]


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
