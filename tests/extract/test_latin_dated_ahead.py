"""An exchange the text dates after its page's day is still to come (issue 13, fr15), whatever tense its cue was read
in: "BDF en visite d'Etat en Chine les 3 et 4 septembre 2024" over "Le président Bassirou Diomaye Faye se rendra en
effet en Chine ... à compter du 3 septembre 2024" on a page of 14 August 2024 (Dakaractu) tells no event. A day apart
is a time zone, not an announcement: a White House readout posted in Washington on 8 December tells a meeting held in
Asia "On Saturday, December 9". Real pages read from quality/real-dev and ../shared."""

from __future__ import annotations

from pathlib import Path

from tests.extract.real_dev_pages import page_events, readout_events


def test_a_visit_dated_weeks_after_the_page_is_announced_not_held() -> None:
    assert page_events("web-fr-1502") == ()


def test_a_meeting_a_day_after_the_page_s_date_is_kept(shared: Path) -> None:
    found = readout_events(shared, "whb-01039")["whb-01039"]
    assert [e.date.iso for e in found if e.date is not None] == ["2023-12-09"]
