"""Chinese web pages, session 34 (issue 13, zh34): a foreign delegation's meetings in a Chinese province told as a
summary with the hosts unnamed ("…率领的…代表团先后与…省委领导分别会见"), then one by one, the later ones by the
delegation as subject ("当天，…代表团又会见了…"); and what one of them said "在会见时", no meeting of its own. A meeting
whose subject leads a delegation ("X率领的…代表团在广州会见了…") is, like a visit told, what the delegation's later
meetings ("随后，代表团还拜会了…", "该代表团又与…举行会谈") belong to.
Sentences restated in the pages' constructions."""

from __future__ import annotations

from liaison.extract import extract
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise
from tests.extract.real_dev_pages import seats, sentence_events

_VISIT = (
    "5月22日下午，河内市委副书记阮文峰率领的越南河内市代表团先后与广东省委领导分别会见。"
    "阮文峰同广东省委常委、政法委书记袁古洁举行了会见。"
    "袁古洁在会见时说，双方交流合作近年来持续深化。"
    "河内市代表团当天又会见了广东省委常委、广州市委书记郭永航。"
)


def _events(text: str, published: str = "2024-05-23", blind: bool = False) -> tuple[EventFrame, ...]:
    return sentence_events(text, published, blind=blind)


def test_hosts_met_unnamed_then_one_by_one_make_no_event_of_the_summary() -> None:
    evs = _events(_VISIT)
    assert all(len(seats(ev)) == 2 for ev in evs)
    assert sorted(n for ev in evs for n in seats(ev) if n != "阮文峰") == ["袁古洁", "郭永航"]


def test_the_delegation_meeting_again_as_subject_is_its_leaders_meeting() -> None:
    for blind in (False, True):
        evs = _events(_VISIT, blind=blind)
        assert {"阮文峰": ("VN", True), "郭永航": ("CN", True)} in [seats(ev) for ev in evs]


def test_what_a_host_said_at_the_meeting_is_no_meeting_of_its_own() -> None:
    text = ("河内市委副书记阮文峰同广东省委常委、政法委书记袁古洁举行了会见。"
            "袁古洁在会见时说，中共中央总书记、国家主席习近平去年访问越南以来，两地合作取得新进展。")
    article = Article("t", text, "h", "test", "越南河内市代表团访问中国广东省", None, language="zh")
    evs = extract(normalise(article), default_gazetteer()).events
    assert [seats(ev) for ev in evs] == [{"阮文峰": ("VN", True), "袁古洁": ("CN", True)}]



_LED_MEETING = "5月22日，越共中央委员、河内市委副书记阮文峰率领的越南河内市高级代表团在广州会见了广东省委书记黄坤明。"


def test_the_delegation_its_leader_led_into_a_meeting_meets_again_as_the_leader() -> None:
    evs = _events(_LED_MEETING + "随后，代表团还拜会了广东省委常委、广州市委书记郭永航。", blind=True)
    assert [seats(ev) for ev in evs] == [
        {"阮文峰": ("VN", True), "黄坤明": ("CN", True)},
        {"阮文峰": ("VN", True), "郭永航": ("CN", True)},
    ]


def test_that_delegation_named_gai_holds_talks_as_its_leader() -> None:
    evs = _events(_LED_MEETING + "23日，该代表团又与广东省委常委、广州市委书记郭永航举行会谈。")
    assert [(ev.kind, seats(ev)) for ev in evs][1] == ("talks", {"阮文峰": ("VN", True), "郭永航": ("CN", True)})
    assert evs[1].date is not None and evs[1].date.iso == "2024-05-23"


def test_the_next_act_told_after_the_subject_is_no_part_of_its_name() -> None:
    for adverb in ("随即", "随后", "接着"):
        (ev,) = _events(f"立法院长苏嘉全{adverb}前往总统府晋见吉里巴斯总统马茂。", "2019-07-12", blind=True)
        assert set(seats(ev)) == {"苏嘉全", "马茂"}


def test_a_call_told_after_a_comma_by_going_to_its_place_is_a_meeting_of_its_own() -> None:
    evs = _events("立法院长苏嘉全11日会见了吉里巴斯国会议长万伊，随后前往总统府晋见吉里巴斯总统马茂。", "2019-07-12",
                  blind=True)
    assert [set(seats(ev)) for ev in evs] == [{"苏嘉全", "万伊"}, {"苏嘉全", "马茂"}]


def test_a_banquet_hosts_guest_keeps_no_hosting_verb_in_their_title() -> None:
    (ev,) = _events("立法院长苏嘉全设宴款待吉里巴斯国会议长万伊。", "2019-07-12", blind=True)
    assert {p.person.native: p.person.title for p in ev.participants}["万伊"] == "吉里巴斯国会议长"
