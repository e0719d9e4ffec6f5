"""Chinese extractor: the party channel from known party leaders (sentences written for the tests)."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.extract.zh.capacity import known_party
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document, EventFrame
from liaison.normalise import normalise


def _doc(text: str) -> Document:
    return normalise(Article("t", text, "h", "test", None, "2025-04-15", language="zh"))


def _events(text: str) -> tuple[EventFrame, ...]:
    return extract_events(_doc(text), default_gazetteer())


def _abbrs(ev: EventFrame) -> set[str | None]:
    return {p.abbr for p in ev.parties}


def test_party_title_host_meets_party_state_president() -> None:
    (ev,) = _events("中共中央总书记、国家主席习近平15日在河内会见越南国家主席梁强。")
    assert "party" in ev.channel and "state" in ev.channel
    assert _abbrs(ev) == {"CPC", "CPV"}


def test_party_title_host_meets_known_party_leader_styled_as_premier() -> None:
    (ev,) = _events("中共中央政治局常委、中央书记处书记蔡奇在北京会见柬埔寨首相洪玛奈。")
    assert "party" in ev.channel
    assert _abbrs(ev) == {"CPC", "CPP"}


def test_state_titles_on_both_sides_stay_state() -> None:
    (ev,) = _events("国务院总理李强在北京会见越南政府总理范明政。")
    assert ev.channel == ("state",)
    assert ev.parties == ()


def test_party_title_host_meets_non_party_state_leader_stays_state() -> None:
    (ev,) = _events("中共中央总书记、国家主席习近平在北京会见法国总统马克龙。")
    assert "party" not in ev.channel
    assert ev.parties == ()


def test_known_party_needs_a_top_post_that_ends_the_segment() -> None:
    gaz = default_gazetteer()
    assert known_party("某某", "老挝国家主席", "LA", gaz) is not None
    assert known_party("某某", "古巴国家主席特使、外交部长", "CU", gaz) is None
    assert known_party("某某", "越南国家副主席", "VN", gaz) is None
    assert known_party("某某", "法国总理", "FR", gaz) is None
    entry = known_party("赵乐际", "全国人大常委会委员长", "CN", gaz)
    assert entry is not None and entry.abbr == "CPC"


# --- parties from posts (issue 14): sentences written for these tests ---


def test_state_host_meets_foreign_party_chief_makes_both_parties_sides() -> None:
    (ev,) = _events("国务院总理李克强在人民大会堂会见越共中央总书记阮富仲。李克强表示，愿推动两党两国关系发展。")
    assert "party" in ev.channel
    assert _abbrs(ev) == {"CPC", "CPV"}


def test_state_host_meets_foreign_party_chief_without_party_relations_stays_state() -> None:
    # GOLD_FORMAT: the Chinese principal states no party post and nobody speaks of party relations
    (ev,) = _events("国务院总理李克强在京会见古共中央第一书记、古巴国家主席迪亚斯-卡内尔。李克强表示，愿深化中古合作。")
    assert "party" not in ev.channel
    assert ev.parties == ()


def test_great_hural_chair_is_a_legislature_post() -> None:
    (ev,) = _events("中共中央政治局常委蔡奇在京会见蒙古人民党主席、国家大呼拉尔主席某某某。")
    assert set(ev.channel) == {"party", "legislature"}


def test_legislature_host_meets_party_and_state_leader_keeps_all_capacities() -> None:
    (ev,) = _events(
        "全国人大常委会委员长栗战书在人民大会堂会见古共中央第一书记、古巴国家主席迪亚斯-卡内尔。栗战书表示，愿推动两党两国关系深入发展。"
    )
    assert set(ev.channel) == {"party", "state", "legislature"}
    assert _abbrs(ev) == {"CPC", "PCC"}


def test_abbreviated_party_central_committee_member_is_a_party_post() -> None:
    (ev,) = _events("中共中央政治局常委、全国政协主席王沪宁在京会见越共中央委员、越南祖国阵线中央副主席阮氏秋荷。")
    assert "party" in ev.channel
    assert _abbrs(ev) == {"CPC", "CPV"}


def test_party_post_during_state_visit_adds_party_channel() -> None:
    (ev,) = _events(
        "中共中央总书记、国家主席习近平在人民大会堂同来华进行国事访问的老挝人革党中央总书记、国家主席通伦举行会谈。"
    )
    assert "party" in ev.channel and "state" in ev.channel
    assert _abbrs(ev) == {"CPC", "LPRP"}


# --- a party post's party, by the holder's country (issue 14): sentences written for these tests ---


def test_bare_party_name_of_another_countrys_party_is_the_holders_own() -> None:
    # 社民党 alone is Japan's SDP in the knowledge base; a Czech holder's 社民党 is the Czech party
    (ev,) = _events("中共中央政治局常委、全国人大常委会委员长张德江在人民大会堂会见捷克众议长、社民党副主席哈马切克。")
    foreign = [(p.name, p.country) for p in ev.parties if p.country != "CN"]
    assert foreign == [("Czech Social Democratic Party", "CZ")]


def test_short_party_name_opening_a_foreign_chain() -> None:
    (ev,) = _events("中共中央政治局常委、中央书记处书记刘云山在京会见爱尔兰副总理兼外交贸易部长、工党领袖吉尔摩。")
    assert [(p.name, p.country) for p in ev.parties if p.country != "CN"] == [("Labour Party (Ireland)", "IE")]
    (ev,) = _events("中共中央政治局常委、中央书记处书记刘云山在京会见芬兰中间党主席西比莱。")
    assert [(p.name, p.country) for p in ev.parties if p.country != "CN"] == [("Centre Party (Finland)", "FI")]


def test_general_secretary_of_a_party_state_makes_the_party_a_side_of_a_party_meeting() -> None:
    (ev,) = _events("中共中央政治局常委、中央书记处书记蔡奇在北京会见越共中央书记处常务书记陈锦秀。")
    assert "party" in ev.channel
    assert _abbrs(ev) == {"CPC", "CPV"}


def test_exchange_of_messages_on_an_anniversary_keeps_the_counterpart_and_both_parties() -> None:
    (ev,) = _events("1月18日，中共中央总书记、国家主席习近平同越共中央总书记、国家主席阮富仲就中越建交70周年互致贺电。")
    assert ev.kind == "message"
    assert {p.person.native for p in ev.participants} == {"习近平", "阮富仲"}
    assert _abbrs(ev) == {"CPC", "CPV"}


def test_message_on_an_election_and_a_telegram_followed_by_its_purpose() -> None:
    (ev,) = _events("10月23日，中共中央总书记、国家主席习近平向越共中央总书记阮富仲当选国家主席致贺电。")
    assert {p.person.native for p in ev.participants} == {"习近平", "阮富仲"}
    assert _abbrs(ev) == {"CPC", "CPV"}
    (ev,) = _events("中共中央总书记习近平9日致电朝鲜劳动党第一书记金正恩，祝贺朝鲜劳动党成立70周年。")
    assert {p.person.native for p in ev.participants} == {"习近平", "金正恩"}
    (ev,) = _events("中共中央总书记习近平9日致电朝鲜劳动党第一书记金正恩祝贺朝鲜劳动党成立70周年。")
    assert {p.person.native for p in ev.participants} == {"习近平", "金正恩"}
    assert _abbrs(ev) == {"CPC", "WPK"}


def test_commander_in_chief_is_a_post_not_part_of_the_name() -> None:
    (ev,) = _events(
        "7月11日，中共中央总书记、国家主席习近平同朝鲜劳动党总书记、国务委员长、朝鲜武装力量最高司令官金正恩互致贺电。"
    )
    assert {p.person.native for p in ev.participants} == {"习近平", "金正恩"}


def test_taiwan_parties_meeting_the_cpc_are_sides() -> None:
    (ev,) = _events("中共中央总书记习近平7日上午在人民大会堂会见亲民党主席宋楚瑜一行。")
    assert "party" in ev.channel
    expected = {("Communist Party of China", "CN"), ("People First Party", "TW")}
    assert {(p.name, p.country) for p in ev.parties} == expected


def test_chinese_top_post_host_not_in_the_table_leads_the_cpc_when_party_relations_are_spoken_of() -> None:
    # 贾庆林 has no table entry: as 全国政协主席 he is a CPC leader, so a foreign party chief met while
    # the text speaks of party relations makes the exchange party-to-party
    (ev,) = _events(
        "全国政协主席贾庆林在人民大会堂会见越共中央书记处常务书记黎鸿英。贾庆林表示，愿推动两党两国关系不断发展。"
    )
    assert "party" in ev.channel
    assert _abbrs(ev) == {"CPC", "CPV"}


def test_chinese_top_post_host_without_party_relations_stays_as_it_was() -> None:
    (ev,) = _events("全国政协主席贾庆林在人民大会堂会见越共中央书记处常务书记黎鸿英。贾庆林表示，愿深化中越合作。")
    assert "party" not in ev.channel
    assert ev.parties == ()


def test_the_international_department_meets_foreigners_as_the_cpc() -> None:
    # web reports: 中联部部长刘海星会见朝鲜驻华大使李龙男 (the department deals with foreigners for the party)
    (ev,) = _events("中联部部长刘海星12日在北京会见朝鲜驻华大使李龙男。")
    assert "party" in ev.channel
    assert _abbrs(ev) == {"CPC"}


def test_a_politburo_member_in_a_state_post_meeting_a_premier_stays_state() -> None:
    # CCTV gold: a Chinese host of party and state posts meeting a head of government is a state exchange
    (ev,) = _events("中共中央政治局常委、国务院副总理丁薛祥在北京会见莫桑比克总理马莱阿内。")
    assert "party" not in ev.channel
    assert ev.parties == ()


def test_a_mainland_party_secretary_visiting_the_kmt_brings_the_cpc() -> None:
    # Taiwan press: the KMT chair receives a provincial party secretary's delegation in Taipei
    (ev,) = _events("国民党主席朱立伦25日在台北会见宁夏回族自治区党委书记李建华率领的参访团。")
    assert "party" in ev.channel
    assert _abbrs(ev) == {"CPC", "KMT"}


# -- real CCTV items (../shared/corpus, skipped when missing) -------------------------------------------------
def _cctv_events(doc_id: str) -> tuple[EventFrame, ...]:
    import gzip
    import json

    import pytest

    from tests.conftest import SHARED

    for name in ("xwlb-2012-2022.jsonl.gz", "xwlb-2022-2026.jsonl.gz"):
        path = SHARED / "corpus" / name
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if f'"{doc_id}"' in line[:80]:
                    item = json.loads(line)
                    article = Article(doc_id, item["text"], "h", "cctv", item.get("title"), item.get("published"),
                                      language="zh")
                    return extract_events(normalise(article), default_gazetteer())
    pytest.skip(f"{doc_id} not found in {SHARED / 'corpus'}")


def test_lao_party_central_committee_is_the_lprp_not_the_cpc() -> None:
    # 老挝党中央政治局委员 (the Lao party's Political Bureau) is the LPRP's post, not the CPC Central Committee's:
    # Xi Jinping met at Vientiane airport by 潘坎 and 宋赛, both 老挝党中央政治局委员
    (visit,) = [ev for ev in _cctv_events("xwlb-20171113-06") if ev.kind == "visit"]
    lao = [p for p in visit.participants if p.person.country == "LA"]
    assert lao and all(p.person.organization is not None for p in lao)
    assert {p.person.organization.key for p in lao if p.person.organization} == {"lprp"}
    assert _abbrs(visit) == {"CPC", "LPRP"}


def test_a_cpc_delegation_met_by_state_leaders_makes_the_cpc_a_side() -> None:
    # 李希率中共代表团 visits Belarus and South Africa, received by their presidents: the CPC is a side of each
    # such meeting, the delegation acting for its party beside the presidents' state posts (issue 14)
    for doc_id, president in (("xwlb-20250924-08", "卢卡申科"), ("xwlb-20241109-06", "拉马福萨")):
        (meeting,) = [ev for ev in _cctv_events(doc_id) if any(p.person.native == president for p in ev.participants)]
        assert meeting.channel == ("party", "state") and _abbrs(meeting) == {"CPC"}, doc_id


def test_an_unnamed_cpc_delegation_touring_countries_visits_each_with_the_cpc_as_its_side() -> None:
    # "中共代表团近日先后访问柬埔寨、越南和老挝，会见当地政要、政党领导人": nobody named on either side, so each
    # country visited is a visit of the CPC with no participants, party and state (政要) channels (issue 14)
    visits = _cctv_events("xwlb-20230910-12")
    assert [ev.kind for ev in visits] == ["visit"] * 3
    assert all(ev.participants == () and _abbrs(ev) == {"CPC"} and ev.channel == ("party", "state") for ev in visits)
    assert {ev.date.iso if ev.date else None for ev in visits} == {"2023-09"}  # "近日": the month, no day
    # "近一段时间以来，中共代表团相继访问了黎巴嫩、塞尔维亚…": no date in the text, the broadcast's month
    undated = _cctv_events("xwlb-20230119-12")
    assert len(undated) == 5
    assert {(ev.date.iso if ev.date else None, ev.date_source) for ev in undated} == {("2023-01", "published")}
    # a tour of India, Thailand and the Philippines in 2018 meeting party leaders only: the party channel
    old = _cctv_events("xwlb-20180112-12")
    assert len(old) == 3 and all(ev.channel == ("party",) for ev in old)


def test_a_party_of_the_visited_country_named_in_the_tour_sentence_is_a_side() -> None:
    # "9月22日至25日，中共代表团访问德国，出席中国共产党同德国社民党首届战略对话": the SPD is the other side
    (visit,) = _cctv_events("xwlb-20240928-12")
    assert visit.kind == "visit" and visit.date is not None and visit.date.iso == "2024-09"
    assert [p.name for p in visit.parties] == ["Communist Party of China", "Social Democratic Party of Germany"]


def test_a_delegation_whose_leader_is_named_is_no_unnamed_tour() -> None:
    # 李希率中共代表团 met presidents: the meetings are the item's exchanges, no participant-less visit is added
    assert all(ev.participants for ev in _cctv_events("xwlb-20250924-08"))


def test_a_party_is_known_under_every_chinese_name_of_its_country() -> None:
    # Taiwan and Hong Kong pages write 寮國 for Laos: 寮國黨中央總書記 is the LPRP's post, not the CPC's
    from liaison.extract.zh.party_forms import country_variants

    variants = country_variants(default_gazetteer())
    assert variants["寮国党"] == variants["寮国人民革命党"] == "lprp"
    (ev,) = _events("中共中央總書記、國家主席習近平15日在北京會見寮國黨中央總書記、國家主席通倫。")
    lao = [p for p in ev.participants if p.person.country == "LA"]
    assert _abbrs(ev) == {"CPC", "LPRP"} and lao and lao[0].person.organization is not None
    assert lao[0].person.organization.key == "lprp"


def test_greeters_of_the_lao_party_on_a_taiwan_mirror_belong_to_the_lprp() -> None:
    # real-dev web-zh-074 (a mirror in traditional characters): Xi met at Vientiane airport by 寮國黨 leaders
    import json

    from tests.conftest import REPO

    path = REPO / "quality" / "real-dev" / "web-zh.articles.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
    item = next((i for i in items if i["id"] == "web-zh-074"), None)
    if item is None:
        import pytest

        pytest.skip("web-zh-074 not in quality/real-dev")
    article = Article(item["id"], item["text"], "h", "web", item.get("title"), item.get("published"), language="zh")
    events = extract_events(normalise(article), default_gazetteer())
    lao = [p for ev in events for p in ev.participants if p.person.country == "LA" and p.person.organization]
    assert lao and {p.person.organization.key for p in lao if p.person.organization} == {"lprp"}
    assert any(_abbrs(ev) >= {"CPC", "LPRP"} for ev in events)
