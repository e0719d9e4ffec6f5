"""A stay told by its length ("During her five-day visit", "su visita oficial de cinco días") dates the meetings
it tells to its month when no day of theirs is given (``dates.span``), not to the dateline's day (issue 13).
Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.es.lexicon import SPANISH
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


def test_meetings_of_a_stay_told_by_its_length_take_its_month() -> None:
    # VNA: "Hanoi, July 13 (VNA) – ... returned to Hanoi on the evening of July 12 ... During her five-day visit,
    # Chairwoman Nguyen Thi Kim Ngan met with ... Xi Jinping; held talks with ... Li Zhanshu; and met with ... Wang
    # Yang."
    found = page_events("web-en-208")
    dated = {p.person.native: e.date.iso for e in found if e.date for p in e.participants}
    assert dated["Xi Jinping"] == dated["Wang Yang"] == "2019-07"


def test_a_day_told_beside_the_stay_is_kept() -> None:
    # VNA (web-en-177): "... was received by ... Thongloun Sisoulith in Vientiane on November 22 within the
    # framework of his two-day working visit starting November 21."
    text = ("Vientiane (VNA) - Chief of Office of the Party Central Committee Le Minh Hung was received by Lao Party "
            "General Secretary and President of Laos Thongloun Sisoulith in Vientiane on November 22 within the "
            "framework of his two-day working visit starting November 21.")
    (received,) = events(text, "en", "2022-11-23")
    assert received.date is not None and received.date.iso == "2022-11-22"


def test_stays_told_by_length() -> None:
    en = ENGLISH.compiled(ENGLISH.date_span_cue)
    assert en.search("During her five-day visit, she met") and en.search("a weeklong trip to China")
    assert not en.search("a one-day visit") and not en.search("the 70-year friendship")
    es = SPANISH.compiled(SPANISH.date_span_cue)
    assert es.search("durante su visita oficial de cinco días") and not es.search("hace cinco días")


def test_a_dated_stay_whose_meetings_are_told_is_no_event_of_its_own() -> None:
    # Xinhua (web-es-128): "Una delegación del PCCh, encabezada por Ma Hui, ..., realizó una visita a Perú de domingo a
    # martes. Durante la visita, Ma se reunió con el presidente del Congreso de Perú, Eduardo Salhuana, ..."
    found = page_events("web-es-128")
    assert [e.kind for e in found] == ["meeting"]
    assert "Eduardo Salhuana" in {p.person.native for p in found[0].participants}
