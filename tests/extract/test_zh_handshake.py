"""The people of the met group a principal shakes hands with one by one at the meeting just told attend it on the
guests' side (real-dev-7, 中評社: 王滬寧依次與新黨主席吳成典、…等台灣各界人士代表親切握手)."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise

_TEXT = (
    "中評社北京9月5日電 中共中央政治局常委、全國政協主席王滬寧9月4日下午在北京人民大會堂會見中國國民黨前主席洪秀柱等"
    "前來參加紀念活動的台灣各界人士代表。\n"
    "接著,王滬寧依次與新黨主席吳成典、統一聯盟黨首任主席紀欣等台灣各界人士代表親切握手,現場氣氛融洽。"
)


def test_the_people_shaken_hands_with_attend_on_the_guests_side() -> None:
    title = "王滬寧會見洪秀柱等台灣各界人士代表"
    doc = normalise(Article("t", _TEXT, title, "test", None, "2025-09-05", language="zh"))
    (event,) = extract_events(doc, default_gazetteer())
    sides = {p.person.native: (p.side, p.lead) for p in event.participants}
    # (natives read in simplified characters: 吳成典 -> 吴成典)
    assert sides["吴成典"] == ("TW", False) and sides["纪欣"] == ("TW", False)
    assert sides["洪秀柱"] == ("TW", True)
