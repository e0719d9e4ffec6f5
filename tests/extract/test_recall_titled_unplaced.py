"""A recall-tier exchange whose principals of no known side are all titled is kept (issue 13, further30): the
page's people the tables may not know, their posts read ("the delegation also called on RSS General Secretary A",
restated in ``quality/real-dev/web-en.articles.jsonl``)."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events


def test_a_further_call_on_a_titled_host_of_no_known_side_is_an_event() -> None:
    events = page_events("web-en-231")
    met = [e for e in events if e.kind == "meeting"
           and {"Sun Haiyan", "Dattatreya Hosabale"} <= {p.person.native for p in e.participants if p.lead}]
    assert met, "the call on the RSS's second-in-command is lost"
    (event,) = met
    assert {p.person.native: p.side for p in event.participants}["Sun Haiyan"] == "CN"

