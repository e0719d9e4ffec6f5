"""Constructions of the seventh English batch (issue 13), on real text: name boundaries (initials after a title,
"Ambassador to Dhaka" before the name, "H.E" without its last dot, "First Lady", a known name whose last or first
word is a country word), an undated meeting dated by the sentence telling it again ("The meeting ... took place
... on Monday"), the same people met again on another occasion ("Earlier on 21 August last year, ..."), a
"webinar discussion" as a video conference, region words that name no one, people met one by one when the next
sentence speaks of "the meetings". Pages are the restatements in
``quality/real-dev``; readouts are read by id from ``../shared``."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.latin.names import find_names, org_vocabulary
from liaison.kb.gazetteer import default_gazetteer
from tests.extract.real_dev_pages import all_names as _all_names
from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import page_events as _page


def test_initials_after_a_title_open_the_name() -> None:
    # "Prime Minister KP Sharma Oli" (Republica), "CPN-UML Chairman KP Oli" (Khabarhub), "Prime Minister KP Sharma
    # Oli" (Setopati)
    assert "KP Sharma Oli" in _all_names(_page("web-en-151"))
    assert "KP Oli" in _all_names(_page("web-en-126"))
    assert "Sharma Oli" not in _all_names(_page("web-en-151"))


def test_city_of_a_post_and_an_abbreviation_letter_are_no_part_of_the_name() -> None:
    # "Chinese Ambassador to Dhaka Yao Wen met BNP Secretary General ..."; "H.E Wang Xuekun, on Tuesday paid a
    # courtesy call to ..."
    assert "Yao Wen" in _all_names(_page("web-en-153")) and "Dhaka Yao Wen" not in _all_names(_page("web-en-153"))
    (call,) = _page("web-en-155")
    assert _names(call) == {"Wang Xuekun", "Francois Ngarambe"}
    (wang,) = [p for p in call.participants if p.person.native == "Wang Xuekun"]
    assert wang.side == "CN"


def test_first_lady_is_a_title_not_a_given_name(shared: Path) -> None:
    # web-en-166: "accompanied by First Lady Cilia Flores"; whb-01344: "for warmly welcoming First Lady Jill Biden"
    assert "Cilia Flores" in _all_names(_page("web-en-166"))
    path = shared / "corpus" / "wh-readouts-2021-2025.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not found")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        text = next(json.loads(line)["text"] for line in fh if '"whb-01344"' in line)
    stop = ENGLISH.stopwords | org_vocabulary(default_gazetteer())
    found = {h.text for h in find_names(text, 0, len(text), ENGLISH, stop)}
    assert "Jill Biden" in found and not any(n.startswith("Lady") for n in found)


def test_known_name_holding_a_country_word_is_read_whole() -> None:
    # "met Madhav Kumar Nepal" (Republica, Setopati); "led by Vice Chairman of Cuba's State Council Salvador
    # Valdes Mesa" (VOV)
    assert "Madhav Kumar Nepal" in _all_names(_page("web-en-151"))
    assert "Madhav Kumar Nepal" in _all_names(_page("web-en-150"))
    found = _page("web-en-161")
    assert "Salvador Valdes Mesa" in _all_names(found) and "Valdes Mesa" not in _all_names(found)
    (guest,) = {p for e in found for p in e.participants if p.person.native == "Salvador Valdes Mesa"}
    assert guest.side == "CU" and guest.person.title is not None and not guest.person.title.endswith("Salvador")


def test_meeting_dated_by_the_sentence_telling_it_again() -> None:
    # "... met BNP Secretary General ... The meeting, which lasted an hour, took place at ... on Monday." (page of
    # 2025-01-14); "The meeting took place at the Miraflores Palace in Caracas on Wednesday, May 17."
    first = _with(_page("web-en-153"), "Yao Wen", "Mirza Fakhrul Islam Alamgir")
    assert any(e.date is not None and e.date.iso == "2025-01-13" for e in first)
    maduro = _with(_page("web-en-165"), "Nicolás Maduro")
    assert maduro[0].date is not None and maduro[0].date.iso == "2023-05-17"


def test_same_people_on_an_earlier_occasion_are_another_event() -> None:
    # "Earlier on 21 August last year, the Chinese ambassador met a BNP delegation, led by Mirza Fakhrul ..."
    met = _with(_page("web-en-153"), "Yao Wen", "Mirza Fakhrul Islam Alamgir")
    assert {e.date.iso for e in met if e.date is not None} == {"2025-01-13", "2024-08-21"}


def test_webinar_discussion_is_a_video_conference() -> None:
    # "Vice President of the Prosperity Party, Adem Farah and ... Minister, Liu Jianchao held a webinar discussion."
    (event,) = _page("web-en-162")
    assert event.kind == "video_conference" and event.remote
    assert {"Adem Farah", "Liu Jianchao"} <= _names(event)  # the page also spells him "Adam Farah"


def test_region_words_name_no_one() -> None:
    # "The main theme is The Far East: ..." (TASS); "the vice minister for Asia, the Middle East, and Oceania" (Orinoco)
    assert not any("East" in n for n in _all_names(_page("web-en-156")) | _all_names(_page("web-en-166")))


def test_people_met_are_met_one_by_one_when_the_next_sentence_speaks_of_the_meetings() -> None:
    # "Yerlan Karin met with the Chairman ... Wang Huning, and the Head of the Propaganda Department ..., Li Shulei."
    # "During the meetings, the sides presented ..."
    found = _page("web-en-158")
    assert _with(found, "Yerlan Karin", "Wang Huning") and _with(found, "Yerlan Karin", "Li Shulei")
    assert not _with(found, "Wang Huning", "Li Shulei")


def test_a_party_name_before_a_name_is_no_part_of_it() -> None:
    # "Assistant Secretary General of Bangladesh Jamaat-e-Islami Muhammad Shahjahan"
    names = _all_names(_page("web-en-154"))
    assert "Muhammad Shahjahan" in names and not any("Jamaat" in n for n in names)


def test_delegation_led_by_the_titled_head_is_led_and_meets_later_as_the_delegation() -> None:
    # "The CPC delegation was led by the vice minister of the International Department ..., Lin Mingxiang."
    # "Subsequently, the delegation met with Venezuelan Foreign Affairs Minister Yván Gil."
    found = _page("web-en-165")
    (maduro,) = _with(found, "Nicolás Maduro")
    assert {p.person.native for p in maduro.participants if p.lead} == {"Nicolás Maduro", "Lin Mingxiang"}
    (gil,) = _with(found, "Yván Gil")
    assert _names(gil) == {"Lin Mingxiang", "Yván Gil"}


def test_dated_stay_is_covered_by_the_meetings_told_during_it() -> None:
    # "Liu Jianchao ... led a CPC delegation on a visit to Vietnam from Monday to Wednesday. During the visit, Liu
    # met with ... Nguyen Phu Trong, and held talks with Le Hoai Trung"; "Chen Wenqing ... visited South Africa from
    # June 20 to June 24. During the visit, Chen met with ... Fikile Mbalula and ... Kgalema Motlanthe."
    for doc in ("web-en-072", "web-en-017"):
        found = _page(doc)
        assert found and all(e.kind != "visit" for e in found), doc
        assert all(len({p.side for p in e.participants}) >= 2 for e in found), doc
