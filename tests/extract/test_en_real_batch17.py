"""Constructions of the seventeenth English batch (issue 13, web-en-1701…1716: The News, Business Recorder, Mingoda,
Kremlin transcripts, ACN, The Nation, The New Nation, APP, Nepal News Gazette (RSS), The Annapurna Express, PRIU,
Bangladesh Chronicle, The Daily Star), on real text: the other side speaking after "For his part," is the
counterpart; a delegation's members named in a sentence of their own ("The delegation is composed of", "Its members
are") are of the delegation's side; a meeting told as its host "welcoming the delegation, which was led by" its head;
greeters who "welcomed the delegation at ... Airport" receive the visitor, a visit. Pages are the restatements in
``quality/real-dev``."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article
from liaison.normalise import normalise
from tests.extract.latin_helpers import by_name, events
from tests.extract.real_dev_pages import _pages
from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import page_events as _page


def test_the_other_side_speaking_after_for_his_part_is_the_counterpart() -> None:
    # ACN: "Arzuaga Reyes welcomed Monday the Spanish delegation ..." then "For his part, the general secretary of the
    # Communist Party of the People of Spain, Julio Diaz, affirmed that ..."
    (meeting,) = _page("web-en-1707")
    people = by_name(meeting)
    assert people["Julio Diaz"].lead and people["Julio Diaz"].person.country == "ES"
    found = events(
        "HAVANA, Cuba, Mar 14 (ACN) Angel Arzuaga Reyes, deputy head of the international relations department of "
        "the Central Committee of the Communist Party of Cuba, welcomed Monday the Spanish delegation. For his part, "
        "the general secretary of the Communist Party of the People of Spain, Julio Diaz, ratified that the Cuban "
        "revolutionaries are an example.",
        "en",
        "2022-03-14",
    )
    assert _with(found, "Angel Arzuaga Reyes", "Julio Diaz")


def test_a_delegations_members_named_apart_are_of_its_side() -> None:
    # ACN: "The delegation is composed of Julio Diaz, general secretary of the PCPE, Tatiana Delgado, head of the
    # feminist secretariat, and Victor M. Lucas, head of the international secretariat."
    (meeting,) = _page("web-en-1707")
    people = by_name(meeting)
    assert {"Tatiana Delgado", "Victor M. Lucas"} <= set(people)
    assert all(people[n].person.country == "ES" and not people[n].lead for n in ("Tatiana Delgado", "Victor M. Lucas"))
    # ACN, dated in Havana: "Its members are Joel Queipo Ruiz, ...; Roberto Perez Jimenez, ...; and Aylin Alvarez
    # Garcia, ..." after "A Cuban delegation, headed by ..., Roberto Morales Ojeda": the Cuban side's, at the meeting
    # in Ho Chi Minh City too
    meeting = next(e for e in _page("web-en-160") if "Nguyen Van Nen" in _names(e))
    people = by_name(meeting)
    assert people["Joel Queipo Ruiz"].person.country == "CU" and people["Aylin Alvarez Garcia"].person.country == "CU"


def test_a_meeting_told_by_its_host_welcoming_the_delegation_led_by_its_head() -> None:
    # The Daily Star: "The meeting opened with CPC Politburo member Li Hongzhong welcoming the BNP delegation, which
    # was led by BNP Secretary General Mirza Fakhrul Islam Alamgir." then "The delegation included ...": no visit of
    # the members alone, no visit recalled from February
    (meeting,) = _page("web-en-1716")
    assert meeting.kind == "meeting"
    people = by_name(meeting)
    assert people["Li Hongzhong"].lead and people["Mirza Fakhrul Islam Alamgir"].lead
    assert people["Mirza Abbas"].person.country == "BD" and not people["Mirza Abbas"].lead


def test_greeters_welcoming_the_delegation_at_the_airport_receive_the_visitor() -> None:
    # The New Nation: "A 16-members high level delegation headed by Yan Junqi ... arrived in the city ... Deputy
    # Speaker ... and Whip Shahiduzzaman Sarker welcomed the delegation at Hazrat Shahjalal International Airport"
    (visit,) = _page("web-en-1709")
    assert visit.kind == "visit" and {"Yan Junqi", "Shahiduzzaman Sarker"} <= _names(visit)
    # The News: "He was received at the Islamabad International Airport by Additional Foreign Secretary ..."
    (visit,) = _page("web-en-1701")
    assert visit.kind == "visit" and {"Liu Jianchao", "Imran Ahmed Siddiqui"} <= _names(visit)
    # a reception at a palace is no arrival
    found = events(
        "BEIJING, June 12 (Xinhua) -- Chinese President Xi Jinping received Lao President Thongloun Sisoulith at the "
        "Great Hall of the People on Thursday.",
        "en",
    )
    assert [e.kind for e in found] == ["meeting"]


def test_a_transcripts_speaker_line_names_the_counterpart() -> None:
    # Kremlin transcript: "Meeting with Director of the General Office ... Li Zhanshu." then "President of Russia
    # Vladimir Putin: Mr Li Zhanshu, friends, allow me to welcome you in Moscow."; Xi, whose "best wishes of your good
    # friend President Xi Jinping" Li brings, takes no part; read as a blind page is (nobody known)
    (meeting,) = _page("web-en-1704")
    assert _names(meeting) == {"Li Zhanshu", "Vladimir Putin"}
    text = _pages("web-en")["web-en-1704"]["text"]
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=None,
                      language="en", title="Putin meeting with Director of Chinese Communist Party")
    (meeting,) = extract(normalise(article), forget_people(default_gazetteer(), [text])).events
    assert _names(meeting) == {"Li Zhanshu", "Vladimir Putin"}


def test_a_team_led_by_its_head() -> None:
    # TELO: "The touring team was led by the department’s vice minister Sun Haiyan."
    (meeting,) = _page("web-en-159")
    assert "Sun Haiyan" in _names(meeting)


def test_a_titled_person_of_the_events_side_speaking_later_was_present() -> None:
    # "Liu Jianchao welcomed Prime Minister Oli's visit ... Sun Haiyan, Deputy Head of the CPC's International
    # Department, restated China's commitment to backing Nepal's development."
    (meeting,) = _page("web-en-193")
    people = by_name(meeting)
    assert "Sun Haiyan" in people and not people["Sun Haiyan"].lead
    # at a seminar of many parties, a speaker of another country too
    (seminar,) = _page("web-en-1609")
    assert "Évariste Ndayishimiye" in _names(seminar) or "Evariste Ndayishimiye" in _names(seminar)


def test_the_source_of_a_report_and_a_delegations_other_members() -> None:
    # Bangladesh Chronicle: "..., according to BNP Media Cell member Sayrul Kabir Khan." is no participant; "The other
    # eight members of the BNP delegation are ... Mirza Abbas, ..." attend both meetings, on the BNP's side
    found = _page("web-en-1715")
    assert all("Sayrul Kabir Khan" not in _names(e) for e in found)
    for name in ("Sun Weidong", "Li Hongzhong"):
        (meeting,) = [e for e in found if name in _names(e)]
        assert by_name(meeting)["Mirza Abbas"].person.country == "BD"
