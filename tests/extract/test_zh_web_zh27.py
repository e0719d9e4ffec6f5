"""Chinese web pages across the dev sets (session 27, issue 13): a provincial leader's tour told with no host named
and reported ended in its own sentence ("…率江西省代表团，结束了对A、B的访问。") is a visit, one ended before another
act ("结束对巴西的访问后，…") is not; a roundup of congratulations whose recipient the people table does not know is
placed by the post the item says was won; an office's head named before the post ("黎怀忠部长"); a delegation going
to a country to visit it ("率…代表团前往X参观访问"); a delegation's head named before 为首. Sentences restated in the
style of the dev pages (real-dev-12, real-dev-13) and the region's press."""

from __future__ import annotations

from tests.extract.real_dev_pages import seats, sentence_events


def _visits(text: str, published: str = "2024-11-25") -> list[dict[str, tuple[str | None, bool]]]:
    return [seats(ev) for ev in sentence_events(text, published) if ev.kind == "visit"]


def test_a_tour_reported_ended_in_its_own_sentence_is_a_visit() -> None:
    text = "书记出访\n据报道，江西省委书记尹弘日前率省代表团，结束了对巴西、秘鲁的访问。"
    assert _visits(text) == [{"尹弘": ("CN", True)}]
    # ended before the next stop: the stop is the story, the ended visit no stay of its own
    later = "书记出访\n据报道，江西省委书记尹弘率省代表团结束对巴西的访问后，将前往秘鲁。"
    assert not _visits(later)


def test_a_roundup_recipient_the_people_table_does_not_know_is_placed_by_the_post_won() -> None:
    # a portal's roundup (real-dev-12, restated): the headline names the winner with no post, the senders' lines
    # later say "当选美国总统"; read as a blind page's, the people table knowing none of them
    text = (
        "盟友陆续祝贺拜登胜选\n"
        "法国总统马克龙说，美国人作出了选择，祝贺乔·拜登和贺锦丽。\n"
        "英国首相约翰逊在推特上发表声明，祝贺乔·拜登当选美国总统。\n"
        "奥地利总理库尔茨写道，祝贺拜登，期待合作。\n"
    )
    events = sentence_events(text, "2020-11-08", blind=True)
    pairs = sorted(tuple(sorted(seats(ev).items())) for ev in events if ev.kind == "message")
    assert len(pairs) == 3
    assert all(dict(p)["拜登"] == ("US", True) for p in pairs)
    assert {c for p in pairs for n, (c, _lead) in p if n != "拜登"} == {"FR", "GB", "AT"}
    # nothing tells the winner's country: no message
    unplaced = "盟友陆续祝贺拜登胜选\n法国总统马克龙说，祝贺拜登。\n奥地利总理库尔茨写道，祝贺拜登。\n"
    assert not sentence_events(unplaced, "2020-11-08", blind=True)


def test_an_office_head_named_before_the_post() -> None:
    # the region's papers name an office's head before the post ("黎怀忠部长", "顺通主任") as they do a leader
    (ev,) = sentence_events("黎怀忠部长5月18日在河内会见了中联部部长刘建超。", "2024-05-20")
    assert seats(ev) == {"黎怀忠": ("VN", True), "刘建超": ("CN", True)}
    (ev,) = sentence_events("5月18日，中联部部长刘建超在北京会见了黎怀忠部长一行。", "2024-05-20")
    assert seats(ev) == {"刘建超": ("CN", True), "黎怀忠": ("VN", True)}
    # a ministry's post is no name before a post
    assert not sentence_events("5月18日，外交部长在北京会见了客人。", "2024-05-20")


def test_a_delegation_going_to_a_country_to_visit_is_the_visit() -> None:
    # 率…代表团前往X参观访问: going there is the visit's own verb, no departure of a visit still to come
    text = "代表团出访\n4月2日，云南省委副书记石玉钢率云南省代表团前往老挝琅勃拉邦省参观访问。"
    assert _visits(text, "2024-04-05") == [{"石玉钢": ("CN", True)}]
    # going to the airport to see a delegation off is no visit
    seen_off = "代表团出访\n4月2日，云南省委副书记石玉钢前往机场为老挝琅勃拉邦省代表团送行。"
    assert not _visits(seen_off, "2024-04-05")


def test_a_delegation_head_named_before_weishou() -> None:
    # "以X为首的…代表团": 为首 ends the name, as 为团长 does
    text = "4月2日，以越共中央委员、老街省委书记邓春峰为首的老街省代表团一行在昆明会见了云南省委书记王宁。"
    (ev,) = sentence_events(text, "2024-04-05")
    assert seats(ev) == {"邓春峰": ("VN", True), "王宁": ("CN", True)}
