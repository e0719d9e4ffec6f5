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
