"""The shared frame-assembly layer: the rules every script's drafts go through, and the declared
order of the Chinese passes."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable

from liaison.extract.assembly import EventDraft, Found, PersonDraft, assemble
from liaison.extract.assembly.channel import ordered_channel, party_channel
from liaison.extract.assembly.fallbacks import event_date, first_found
from liaison.extract.assembly.filters import domestic, foreign_pair
from liaison.extract.assembly.parties import unique_parties
from liaison.extract.latin.passes import SEAT_PASSES
from liaison.extract.zh import extract_events
from liaison.extract.zh.frames import PASSES
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document, FuzzyDate, OrgRef, PersonMention
from liaison.normalise import normalise

PUBLISHED = FuzzyDate.of(2024, 5, 20)


def _person(native: str, name: str, start: int, country: str, lead: bool) -> PersonDraft:
    mention = PersonMention(name=name, native=native, span=(start, start + len(native)), country=country)
    return PersonDraft(person=mention, lead=lead, side=country)


def test_participants_come_leads_first_and_once() -> None:
    """习近平和夫人彭丽媛为…举行欢迎宴会: a spouse drafted as an attendee before a principal is listed
    after the principals; a principal drafted twice (host, then attendee list) is one participant."""
    draft = EventDraft(
        kind="meeting",
        remote=False,
        evidence=((0, 40),),
        people=[
            _person("彭丽媛", "Peng Liyuan", 5, "CN", lead=False),
            _person("习近平", "Xi Jinping", 0, "CN", lead=True),
            _person("苏林", "To Lam", 20, "VN", lead=True),
            _person("习近平", "Xi Jinping", 0, "CN", lead=False),
        ],
    )
    frame = assemble(draft, PUBLISHED)
    assert [(p.person.native, p.lead) for p in frame.participants] == [
        ("习近平", True), ("苏林", True), ("彭丽媛", False)
    ]


def test_a_date_from_the_text_wins_over_publication() -> None:
    said = Found(FuzzyDate.of(2024, 5, 18), (3, 8))
    assert event_date(said, PUBLISHED) == (said.value, (3, 8), "text")
    assert event_date(None, PUBLISHED) == (PUBLISHED, None, "published")
    assert event_date(None, None) == (None, None, "none")


def test_first_found_stops_at_the_first_finding() -> None:
    """Trigger sentence, then the dateline: a later reader runs only when the earlier found nothing."""
    ran: list[str] = []

    def reader(name: str, found: Found[str] | None) -> Callable[[], Found[str] | None]:
        def read() -> Found[str] | None:
            ran.append(name)
            return found
        return read

    hit = first_found(reader("trigger", None), reader("venue", Found("Caracas", (10, 17))), reader("dateline", None))
    assert hit == Found("Caracas", (10, 17))
    assert ran == ["trigger", "venue"]


def test_channel_order_fallback_and_other() -> None:
    assert ordered_channel({"state", "party"}) == ("party", "state")
    assert ordered_channel(set(), {"legislature"}) == ("legislature",)  # 欢迎仪式后…: the headline's posts
    assert ordered_channel(set()) == ("other",)


def test_party_channel_needs_both_sides() -> None:
    """越共中央总书记 met by 中联部部长: both act as parties; a party delegation met by a premier is not
    party-to-party unless the premier is a known party leader."""
    assert party_channel(guest_acts=True, host_acts=True, guest_party_delegation=False, host_known_leader=False,
                         guest_known_leader=False)
    assert not party_channel(guest_acts=True, host_acts=False, guest_party_delegation=False, host_known_leader=False,
                             guest_known_leader=False)
    assert party_channel(guest_acts=True, host_acts=False, guest_party_delegation=False, host_known_leader=True,
                         guest_known_leader=False)
    assert party_channel(guest_acts=False, host_acts=True, guest_party_delegation=False, host_known_leader=False,
                         guest_known_leader=True)


def test_parties_are_listed_once() -> None:
    cpc = OrgRef(key="cpc", name="Communist Party of China", kind="party", country="CN")
    cpv = OrgRef(key="cpv", name="Communist Party of Vietnam", kind="party", country="VN")
    new = OrgRef(key=None, name="Partido Nuevo", kind="party", country="VE")
    assert unique_parties([cpc, cpv, cpc, new, new]) == (cpc, cpv, new)


def test_foreign_pair_rules() -> None:
    """A territory's side is no foreign counterpart; a side met by itself is none either."""
    assert foreign_pair("CN", "VN", False, ["苏林"])
    assert not foreign_pair("CN", "HK", False, ["李家超"])
    assert not foreign_pair("CN", "CN", False, ["王毅"])
    assert not foreign_pair("CN", None, False, ["某人"])
    assert foreign_pair("CN", None, True, ["某人"])  # an untitled counterpart in object position
    assert not foreign_pair("CN", "VN", False, [])  # nobody named


def test_domestic_is_one_side_with_nothing_foreign_named() -> None:
    draft = EventDraft(kind="message", remote=True, evidence=((0, 30),),
                       people=[_person("金正恩", "Kim Jong Un", 0, "KP", lead=True)])
    frame = assemble(draft, PUBLISHED)
    assert domestic(frame, lambda side: False)
    assert not domestic(frame, lambda side: True)


def test_chinese_passes_are_declared_in_order_with_examples() -> None:
    names = [name for name, _run in PASSES]
    assert names == [
        "clauses",
        "briefings",
        "headline",
        "unnamed_groups",
        "leaders_named_before",
        "delegation_subjects",
        "speakers",
        "separate_evidence",
        "separate_meetings",
        "counted_counterparts",
        "forums",
        "mission_seminars",
        "briefers",
        "arrivals",
        "welcomes",
        "invited_talks",
        "receptions",
        "attended_together",
        "banquets_attended",
        "attendees",
        "companions",
        "signings",
        "restated",
        "titles_named_before",
        "posts_named_before",
        "recall",
        "greetings_conveyed",
        "conveyed",
        "last_resort",
        "one_sided_visits",
        "stay_companions",
        "tier_attendees",
        "foreign_entourage",
        "undated_in_stay",
        "that_day",
        "file_photos",
        "recalled",
        "dateline_place",
    ]
    for name, run in PASSES:
        doc = inspect.getdoc(run) or ""
        assert re.search(r"[\u4e00-\u9fff]", doc), f"pass {name!r} has no real example in its docstring"


def _zh(text: str, title: str = "") -> Document:
    article = Article(doc_id="t", text=text, content_hash="h", origin="test", title=title, language="zh")
    return normalise(article)


def test_a_briefing_for_diplomats_is_a_state_exchange_without_a_counterpart_country() -> None:
    """中联部…举行宣介会，…驻华使节参加: the audience (diplomats) gives the channel; the guest side has
    no country of its own (typed, not a sentinel)."""
    doc = _zh("5月20日，中联部在北京举行中国式现代化专题宣介会，来自40多个国家的驻华使节和外交官参加。")
    frames = extract_events(doc, default_gazetteer())
    assert [f.kind for f in frames] == ["seminar"]
    assert frames[0].channel == ("state",)
    assert all(p.side != "??" for p in frames[0].participants)


def test_a_briefing_for_foreign_parties_is_a_party_exchange_of_the_cpc() -> None:
    doc = _zh("5月20日，中联部以视频方式举行中国共产党的故事专题宣介会，来自30多个国家的政党领导人参加。")
    frames = extract_events(doc, default_gazetteer())
    assert [f.kind for f in frames] == ["seminar"]
    assert frames[0].channel == ("party",)
    assert frames[0].remote
    assert [p.key for p in frames[0].parties] == ["cpc"]


def test_latin_seat_passes_are_declared_in_order_with_examples() -> None:
    names = [name for name, _run in SEAT_PASSES]
    assert names == [
        "own_sides", "delegation_heads", "list_other_side", "colleague_bodies", "side_leads", "attendees_principal",
        "escorts", "companions", "delegation_members", "hosts", "story_country",
    ]
    for name, run in SEAT_PASSES:
        assert '"' in (inspect.getdoc(run) or ""), f"seat pass {name!r} has no quoted example in its docstring"
