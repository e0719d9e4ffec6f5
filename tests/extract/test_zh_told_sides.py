"""People the table does not know take the side the item's own posts give them (``zh.told_sides``): a blind page
introduces a foreign leader once with a country's post and then names them bare.

Sentences restate real-dev pages (web-zh-094, web-zh-145, web-zh-1813), reworded.
"""

from __future__ import annotations

import pytest

from liaison.extract.zh.party_forms import with_country_forms
from liaison.extract.zh.told_sides import article_told, told_side
from liaison.kb.gazetteer import default_gazetteer, forget_people
from tests.extract.real_dev_pages import page_events, seats, sentence_events

_SUMMIT = (
    "峰会期间，中国国家主席习近平同多位外国领导人会面。美国总统奥巴马任期将满，这将是他最后一次以总统身份来华。"
    "9月3日，习近平会见奥巴马，两人就中美关系交换意见。而同俄罗斯总统普京这位老朋友，习近平更是相谈甚欢。"
    "9月4日，习近平与普京举行会晤。"
)


def _told(text: str, native: str) -> str | None:
    gaz = with_country_forms(forget_people(default_gazetteer(), [text]))
    with article_told(text):
        return told_side(native, gaz)


def test_a_bare_counterpart_takes_the_side_of_its_introduction() -> None:
    events = sentence_events(_SUMMIT, "2016-09-05", blind=True)
    sides = {n: s for ev in events for n, (s, _lead) in seats(ev).items()}
    assert sides.get("奥巴马") == "US"
    assert sides.get("普京") == "RU"


@pytest.mark.parametrize(
    ("text", "native", "side"),
    [
        (_SUMMIT, "奥巴马", "US"),
        ("自民党干事长二阶俊博和公明党干事长井上义久决定下月访华。"
         "二阶俊博上周在东京同中国驻日大使会谈。", "二阶俊博", "JP"),
        # the post before the name is the subject's, across the verb: not China's; his own post, a foreign city's
        # written with 市 (岘港市委书记), tells Vietnam (issue 13, visitset)
        ("正在越南访问的中共中央总书记、中国国家主席胡锦涛会见了岘港市委书记阮伯清。"
         "阮伯清欢迎胡锦涛到访。", "阮伯清", "VN"),
        # a bare post names no country
        ("老挝人民革命党召开全国代表大会，国家主席通伦再次当选党中央总书记。多国领导人致电祝贺通伦。", "通伦", None),
        # two countries' posts: no one side
        ("美国总统约翰会见法国总理。法国总统约翰随后发表讲话。", "约翰", None),
    ],
)
def test_the_side_the_item_tells(text: str, native: str, side: str | None) -> None:
    assert _told(text, native) == side


def test_a_summit_page_read_blind_keeps_its_leaders_sides() -> None:
    events = page_events("web-zh-094", blind=True)
    sides = {n: s for ev in events for n, (s, _lead) in seats(ev).items()}
    assert sides.get("奥巴马") == "US"
    assert sides.get("普京") == "RU"
