"""Roundups of the messages foreign parties send the CPC (issue 14); every text is written for the tests
in the shape CCTV uses (opening, one paragraph per sender, closing lists)."""

from __future__ import annotations

from liaison.extract.party_names import zh_party_names
from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, title: str = "外国政党领导人积极评价中方发展成就") -> tuple[EventFrame, ...]:
    doc = normalise(Article("t", text, title, "test", None, "2025-04-15", language="zh"))
    return extract_events(doc, default_gazetteer())


def _senders(events: tuple[EventFrame, ...]) -> dict[str, set[str]]:
    """Sender native name -> names of the parties of their event."""
    out: dict[str, set[str]] = {}
    for ev in events:
        for p in ev.participants:
            if p.side != "CN":
                out[p.person.native] = {o.name for o in ev.parties}
    return out


_ROUNDUP = (
    "央视网消息（新闻联播）：近日，一些国家政党领导人致电致函中共中央对外联络部，积极评价中方发展成就。\n"
    "赞比亚新希望党总书记姆旺巴表示，中国共产党带领人民取得了巨大成就，我们愿同中方加强交流。\n"
    "南非非洲人国民大会总书记马库拉表示，非国大愿同中国共产党深化合作。\n"
    "法国前总理德维耶表示，中国的发展为世界带来机遇。\n"
    "此外，冰岛共产党主席约恩松、乌干达全国抵抗运动总书记卢加巴也在来电来函中表示愿与中国共产党加强合作。"
)


def test_each_party_sender_of_a_roundup_is_a_party_message_to_the_cpc() -> None:
    events = _events(_ROUNDUP)
    senders = _senders(events)
    assert senders["姆旺巴"] == {"Communist Party of China", "赞比亚新希望党"}
    assert senders["马库拉"] == {"Communist Party of China", "African National Congress"}
    assert senders["约恩松"] == {"Communist Party of China", "冰岛共产党"}
    assert senders["卢加巴"] == {"Communist Party of China", "National Resistance Movement"}
    for ev in events:
        assert ev.kind == "message" and ev.remote and "party" in ev.channel
        # "近日，一些国家政党领导人致电致函…": sent on days not told, the month (not the broadcast's day)
        assert ev.date is not None and ev.date.iso == "2025-04" and ev.date_source == "text"
        assert ev.evidence and "表示" in _ROUNDUP[ev.evidence[0][0] : ev.evidence[0][1]]


def test_a_sender_with_only_a_former_state_post_is_no_party_side() -> None:
    assert "德维耶" not in _senders(_events(_ROUNDUP))


def test_roundup_without_an_opening_about_party_messages_adds_nothing() -> None:
    text = "央视网消息（新闻联播）：国际社会关注气候变化。\n赞比亚新希望党总书记姆旺巴表示，应加强合作。"
    assert _events(text, "国际观察") == ()


def test_congratulation_list_split_by_spaces_keeps_each_chain_with_its_name() -> None:
    text = (
        "央视网消息（新闻联播）：一些国家和政党领导人致电或致函习近平，热烈祝贺他当选中共中央总书记。\n"
        "发来贺电或贺函的还有： 塞内加尔争取共和联盟主席 总统 萨尔巴 冰岛共产党总书记约恩松 挪威某某银行行长汉森 "
        "等数十位外国政要、政党及组织。"
    )
    events = _events(text, "一些国家和政党领导人致电或致函热烈祝贺习近平当选中共中央总书记")
    senders = _senders(events)
    assert set(senders) == {"萨尔巴", "约恩松"}
    assert senders["萨尔巴"] == {"Communist Party of China", "Alliance for the Republic (Senegal)"}
    sarba = next(p for ev in events for p in ev.participants if p.person.native == "萨尔巴")
    assert sarba.person.title == "塞内加尔争取共和联盟主席、总统" and sarba.side == "SN"
    # the opening names the recipient: Xi Jinping is the other principal
    assert all(any(p.person.native == "习近平" and p.side == "CN" for p in ev.participants) for ev in events)
    salba_event = next(ev for ev in events if any(p.person.native == "萨尔巴" for p in ev.participants))
    assert set(salba_event.channel) == {"party", "state"}


def test_a_known_name_inside_a_longer_foreign_one_does_not_give_the_wrong_country() -> None:
    # 国民力量党 alone is Korea's People Power Party; a Fijian party of that name is another one
    text = (
        "央视网消息（新闻联播）：近日，一些国家政党领导人致电致函中共中央对外联络部，积极评价中方发展成就。\n"
        "斐济国民力量党领导人拉图卡表示，愿同中国共产党加强交流。\n"
        "泰国国民力量党领导人素帕表示，愿同中国共产党加强交流。"
    )
    fiji, thai = _events(text)
    assert [(o.name, o.country) for o in fiji.parties if o.country != "CN"] == [("斐济国民力量党", "FJ")]
    assert [(o.name, o.country) for o in thai.parties if o.country != "CN"] == [("Palang Pracharath Party", "TH")]


def test_fronts_movements_and_unions_are_parties_only_before_a_party_post() -> None:
    def names(text: str) -> list[str]:
        return [n for _s, n, _c in zh_party_names(text)]

    assert names("乌干达全国抵抗运动总书记卢加巴") == ["乌干达全国抵抗运动"]
    assert names("塞内加尔争取共和联盟主席萨尔巴") == ["塞内加尔争取共和联盟"]
    assert names("也门全国人民大会副总书记巴尔卡") == ["也门全国人民大会"]
    assert names("缅甸全国民主联盟主席") == ["缅甸全国民主联盟"]
    # not parties: a mass front, a parliamentary friendship group, a movement named without a party post
    assert names("越南祖国阵线中央委员会主席") == []
    assert names("日本日中友好议员联盟会长") == []
    assert names("法国黄背心运动持续") == []
    assert names("社会党国际主席、希腊前总理帕潘") == []


# real-dev-7 (和讯, 人民日报): a sender writing on behalf of his government or party, "A代表B向习近平总书记致以…祝贺"
_ON_BEHALF = (
    "新华社北京6月26日电 中国共产党百年华诞将至,多国政党政要和友好人士致电致函习近平总书记和中共中央,"
    "称赞中国共产党百年成就。\n"
    "加蓬总统邦戈代表加蓬政府和人民向习近平总书记致以热烈祝贺,说加方把中国看作优先合作伙伴。\n"
    "爱尔兰总理马丁表示,中国在中国共产党领导下发生了巨变。\n"
    "汤加人民党主席、首相图伊奥内托阿代表汤加人民党向习近平总书记和中国共产党致以诚挚的祝贺,"
    "相信中国共产党会带领中国走向更美好的未来。"
)


def test_a_sender_on_behalf_of_his_government_or_party_is_a_sender() -> None:
    senders = _senders(_events(_ON_BEHALF, "多国政党政要和友好人士祝贺中国共产党百年华诞"))
    assert {"邦戈", "马丁", "图伊奥内托阿"} <= set(senders)
    assert not any("代表" in name for name in senders)
    assert "Communist Party of China" in senders["图伊奥内托阿"]
