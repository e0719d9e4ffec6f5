"""Real readouts and French/Portuguese pages (issue 13): a readout whose counterparts are at home is no
exchange; a chronology's year heading dates the days under it and each paragraph's acts are its own
subject's; "ont échangé des félicitations" is a message; a visitor's later act is with the hosts.
Readouts are read by id from ``../shared``; pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from pathlib import Path

from liaison.kb.countries import country_of_host
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import readout_events as _readouts


def test_readouts_with_only_home_counterparts_give_no_event(shared: Path) -> None:
    # a call with a state governor; a forum of the administration with one state's officials
    found = _readouts(shared, "whb-00033", "whb-00592", "whb-00686", "whb-00968")
    assert set(found) == {"whb-00033", "whb-00592", "whb-00686", "whb-00968"}
    assert all(events == () for events in found.values()), found


def test_readouts_with_a_foreign_counterpart_keep_their_event(shared: Path) -> None:
    # a call with a Brazilian adviser; a meeting with Japanese and Korean advisers; a G20 sidelines talk
    found = _readouts(shared, "whb-00883", "whb-00530", "whb-00901")
    assert {p.person.native for p in found["whb-00883"][0].participants} >= {"Jake Sullivan", "Celso Amorim"}
    assert {p.side for e in found["whb-00530"] for p in e.participants} >= {"US", "JP"}
    (engaged,) = found["whb-00901"]
    assert {p.person.native for p in engaged.participants} == {"Biden", "Joko Widodo"}


def test_an_outlet_address_tells_its_country_unless_generic() -> None:
    assert country_of_host("https://www.whitehouse.gov/briefing-room/x") == "US"
    assert country_of_host("https://radiohc.cu/noticias/x") == "CU"
    assert country_of_host("http://french.people.com.cn/Chine/x.html") == "CN"
    assert country_of_host("https://gabonactu.com/?p=1") is None
    assert country_of_host("https://example.co/x") is None
    assert country_of_host(None) is None


def test_a_chronology_year_heading_dates_the_days_under_it() -> None:
    events = _page("web-fr-036")  # "2011" heading, published 2012: "Le 28 avril, ... Hu Jintao a rencontré ..."
    dates = {e.date.iso for e in events if e.date is not None}
    assert "2011-04-28" in dates and "2011-09-24" in dates
    assert not any(d.startswith("2012") for d in dates)


def test_exchanged_congratulations_are_a_message_between_both_named() -> None:
    events = _page("web-fr-035")
    pairs = [{p.person.native for p in e.participants} for e in events if e.kind == "message"]
    assert {"Pham Minh Chinh", "Li Qiang"} in pairs
    assert {"Vuong Dinh Huê", "Zhao Leji"} in pairs


def test_a_chronology_paragraph_acts_are_its_own_subjects() -> None:
    # "He Guoqiang ... a effectué une visite ... Lors de l'étape française, il a rencontré ... Nicolas Sarkozy"
    events = _page("web-fr-036")
    met = [{p.person.native for p in e.participants} for e in events if e.kind == "meeting"]
    assert any({"He Guoqiang", "Nicolas Sarkozy"} <= people for people in met)
    assert not any({"Hu Jintao", "Bernard Accoyer", "Nicolas Sarkozy"} <= people for people in met)


def test_a_visitors_later_act_with_a_titled_counterpart_of_no_side_is_with_the_hosts() -> None:
    # Xi meets Costa; next day "foram recebidos ... pelo presidente do Parlamento, Ferro Rodrigues"
    events = _page("web-pt-024")
    pairs = {frozenset(p.person.native for p in e.participants if p.lead): e for e in events}
    received = pairs.get(frozenset({"Xi Jinping", "Ferro Rodrigues"}))
    assert received is not None, list(pairs)
    assert {p.person.native: p.side for p in received.participants}["Ferro Rodrigues"] == "PT"
