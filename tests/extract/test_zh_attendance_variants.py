"""Chinese attendees in the forms the attendee lists left out (issue 13, attend24): a list after a semicolon closing the
meeting's own sentence and the written register's "亦有参加会见" ("…会见了梁强；蔡奇、王毅亦有参加会见"), also in a
sentence opened by a wire's dateline (whose exchange starts after the dateline); those who came on the visitor's plane
listed after the verb ("与李鹏同机抵达的陪同人员还有：A，B") and those who met the visitor on arrival, listed after the
verb ("到机场迎接…的还有A、B等") or before it with the place named ("A前往机场迎接"); a spouse named before a
visit word ("和夫人朱琳来访"); a list after an opening source clause ("据越通社消息，").
Texts restate real-dev pages (web-zh-2016, web-zh-035, web-zh-103) and real-dev-4's web-zh-d4-03, names and
constructions kept; read blind too."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import seats, sentence_events


def _one(text: str, published: str, blind: bool) -> dict[str, tuple[str | None, bool]]:
    found = sentence_events(text, published, "zh", blind=blind)
    assert len(found) == 1, [seats(e) for e in found]
    return seats(found[0])


@pytest.mark.parametrize("blind", [False, True])
def test_attendees_after_a_semicolon_in_the_written_register(blind: bool) -> None:
    got = _one("新华社北京10月11日电 中共中央总书记习近平11日在人民大会堂会见了越共中央常务书记梁强；"
               "蔡奇、王毅亦有参加会见。", "2024-10-11", blind)
    assert got["蔡奇"] == ("CN", False) and got["王毅"] == ("CN", False)
    assert got["习近平"][1] and got["梁强"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_companions_on_the_plane_and_greeters_listed_after_the_verb(blind: bool) -> None:
    # web-zh-2016: told after the welcome ceremony, they attend it, as does the spouse it names
    got = _one(
        "新华社河内9月7日电 应越南国会常务委员会邀请，全国人大常委会委员长李鹏7日抵达河内，对越南进行正式友好访问。"
        "越南国会主席阮文安下午在主席府举行欢迎仪式，欢迎李鹏和夫人朱琳来访。"
        "到机场迎接中国客人的还有中国驻越南大使齐建国等。"
        "与李鹏同机抵达的陪同人员还有：全国人大常委会委员贾志杰，外交部副部长王毅。",
        "2001-09-08", blind)
    for name in ("齐建国", "贾志杰", "王毅"):
        assert got[name] == ("CN", False)
    assert got["朱琳"] == ("CN", False)
    assert got["李鹏"][1] and got["阮文安"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_greeters_named_before_the_verb_with_the_place(blind: bool) -> None:
    got = _one(
        "新华社北京5月15日电 中联部部长宋涛15日在北京会见了朴泰成率领的朝鲜劳动党友好参观团。"
        "朝鲜大使池在龙前往机场迎接。",
        "2018-05-15", blind)
    assert got["池在龙"][1] is False
    assert got["宋涛"][1] and got["朴泰成"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_greeters_after_an_opening_source_clause(blind: bool) -> None:
    # web-zh-035: the source clause is no greeter, the ambassador listed after the host attends
    got = _one("越共中央总书记阮富仲30日抵达北京，开始对中国进行正式访问。"
               "据越通社消息，中联部部长刘建超、越南驻华大使范星梅等到首都机场迎接阮富仲总书记一行。",
               "2022-10-31", blind)
    assert set(got) == {"刘建超", "阮富仲", "范星梅"}
    assert got["范星梅"] == ("VN", False)
