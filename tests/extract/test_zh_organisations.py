"""Chinese posts of the Chinese side and the body they belong to, on real pages of different outlets:
"中华人民共和国主席", "主席" after the name (Xinhua, CCTV client copies) is the state's post; a provincial committee's
posts ("省委常委、省纪委书记", "自治区党委书记") are the Party's."""

from __future__ import annotations

from liaison.extract.zh.capacity import organisation
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events


def _orgs(events: tuple[EventFrame, ...]) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for e in events:
        for p in e.participants:
            out.setdefault(p.person.name, set()).add(p.person.organization.name if p.person.organization else None)
    return out


def test_president_of_the_peoples_republic_is_the_government() -> None:
    """A Xinhua copy ("中华人民共和国主席习近平") and a CCTV client copy ("习近平主席") of other outlets."""
    assert _orgs(page_events("web-zh-149"))["Xi Jinping"] == {"Government of China"}
    assert _orgs(page_events("web-zh-016"))["Xi Jinping"] == {"Government of China"}


def test_provincial_party_committee_posts_are_the_partys() -> None:
    assert _orgs(page_events("web-zh-110"))["Huang Xianyao"] == {"Communist Party of China"}
    assert "Communist Party of China" in _orgs(page_events("web-zh-029"))["Li Jianhua"]


def test_chinese_side_posts_by_pattern() -> None:
    gaz = default_gazetteer()

    def name(title: str) -> str | None:
        org = organisation(title, "CN", gaz)
        return org.name if org else None

    assert name("中华人民共和国主席") == "Government of China"
    assert name("主席") == "Government of China"
    assert name("省委常委、省纪委书记") == "Communist Party of China"
    assert name("中央纪委副书记") == "Central Commission for Discipline Inspection of the CPC"
    assert name("全国人大常委会副委员长") != "Communist Party of China"
    assert name("外交部党委书记") != "Communist Party of China"  # the ministry named first in its segment


def test_a_foreign_ministers_bare_post_is_not_chinas_ministry() -> None:
    """A bare post, "外交部部长黎怀忠" among 苏林's entourage (web-zh-402), "新加坡外交部长维文" (web-zh-159): a foreign
    side's 外交部 is not China's Ministry of Foreign Affairs."""
    assert "Ministry of Foreign Affairs of China" not in _orgs(page_events("web-zh-402"))["Le Hoai Trung"]
    assert _orgs(page_events("web-zh-159"))["Vivian Balakrishnan"] == {"Government of Singapore"}
    gaz = default_gazetteer()

    def name(title: str, side: str) -> str | None:
        org = organisation(title, side, gaz)
        return org.name if org else None

    assert name("外交部部长", "LA") == "Government of Laos"  # web-zh-113
    assert name("外交部长", "SG") == "Government of Singapore"
    # negatives: China's ministry on the Chinese side, or named as China's on any side
    assert name("外交部长", "CN") == "Ministry of Foreign Affairs of China"
    assert name("中国外交部部长", "VN") == "Ministry of Foreign Affairs of China"


def test_a_foreign_party_body_named_in_the_post() -> None:
    """A body of the party named in the post, "越共中央对外部部长" (web-zh-059, web-zh-138): the CPV's
    External Relations Commission, not the party; a post of the party itself stays the party's."""
    gaz = default_gazetteer()

    def name(title: str, side: str) -> str | None:
        org = organisation(title, side, gaz)
        return org.name if org else None

    assert name("越共中央对外部部长", "VN") == "Commission for External Relations of the CPV Central Committee"
    assert name("老挝人民革命党中央对外部部长", "LA") == "External Relations Commission of the LPRP Central Committee"
    assert name("越共中央总书记", "VN") == "Communist Party of Vietnam"


def test_a_vietnamese_entourages_own_bodies() -> None:
    """苏林's entourage (web-zh-402): "中央宣教部部长", "中央办公厅主任" of the CPV, "国防部长" of Vietnam;
    with a secretariat seat the party's (web-zh-071 "…中央书记处常务书记、中央组织部部长")."""
    orgs = _orgs(page_events("web-zh-402"))
    assert orgs["Trinh Van Quyet"] == {"Commission for Information and Education of the CPV Central Committee"}
    assert orgs["Pham Gia Tuc"] == {"Office of the CPV Central Committee"}
    assert orgs["Phan Van Giang"] == {"Ministry of National Defence of Vietnam"}
    assert orgs["Le Hoai Trung"] == {"Ministry of Foreign Affairs of Vietnam"}
    gaz = default_gazetteer()

    def name(title: str, side: str) -> str | None:
        org = organisation(title, side, gaz)
        return org.name if org else None

    assert name("越共中央政治局委员、中央书记处常务书记、中央组织部部长", "VN") == "Communist Party of Vietnam"
    assert name("越南外交部长", "VN") == "Government of Vietnam"  # named with its country (web-zh-136)
    assert name("中央办公厅主任", "CN") != "Office of the CPV Central Committee"


def _sides(events: tuple[EventFrame, ...]) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for e in events:
        for p in e.participants:
            out.setdefault(p.person.native, set()).add(p.side)
    return out


def test_a_foreign_hosts_greeters_are_of_its_side() -> None:
    """Lao greeters of 苏林 (web-zh-113) listed after 维莱·拉坎丰: "外交部部长通沙万·丰威汉" and
    "中央对外联络部部长本勒·潘达努冯" are Lao, not Chinese, with Laos's government; a Chinese exchange keeps
    its Chinese attendees (web-zh-402's 越南驻老挝大使 stays Vietnamese, web-zh-149's 习近平 Chinese)."""
    sides = _sides(page_events("web-zh-113"))
    for native in ("通沙万·丰威汉", "本勒·潘达努冯", "玻空·南马冯", "萨亚·普拉塞"):
        assert sides[native] == {"LA"}, native
    orgs = {p.person.native: p.person.organization for e in page_events("web-zh-113") for p in e.participants}
    assert orgs["通沙万·丰威汉"] is not None and orgs["通沙万·丰威汉"].name == "Government of Laos"
    assert _sides(page_events("web-zh-402"))["阮明心"] == {"VN"}
    assert _sides(page_events("web-zh-149"))["习近平"] == {"CN"}


def test_a_secretary_of_state_sits_in_the_state_department() -> None:
    """"美国国务卿布林肯" at the San Francisco talks (web-zh-2014): the post's body is the Department of State, with
    or without the country named in the post; a president's is the government, a former holder's none."""
    assert _orgs(page_events("web-zh-2014"))["Antony Blinken"] == {"Department of State"}
    gaz = default_gazetteer()

    def name(title: str, side: str) -> str | None:
        org = organisation(title, side, gaz)
        return org.name if org else None

    assert name("美国国务卿", "US") == name("国务卿", "US") == "Department of State"
    assert name("美国总统", "US") == "Government of the United States"
    assert name("美国前国务卿", "US") is None
    assert name("中国外交部部长", "VN") == "Ministry of Foreign Affairs of China"
