"""An English exchange told as having come before ("He has already met A, B and C"), with no day in its own
sentence, keeps the month: it is not dated by the day the lead gives the story ("Today, he met with D")
(real-dev web-en-126, RSS via Nepal's press on the IDCPC head's round of meetings in Kathmandu)."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events


def test_meetings_told_as_already_held_keep_the_month() -> None:
    dates = {
        p.person.native: e.date.iso if e.date is not None else None
        for e in page_events("web-en-126")
        for p in e.participants
        if p.person.native != "Liu Jianchao"
    }
    assert dates["KP Oli"] == "2022-07-12"  # "Today, he met with CPN-UML Chairman KP Oli"
    for met_before in ("Sher Bahadur Deuba", "Narayan Khadka", "Pushpa Kamal Dahal"):
        assert dates[met_before] == "2022-07"
