"""A delegation's stay told by the visitor's own outlet (issue 13, onesided34): "以A为首的…省代表团一行前往老挝…省参观
访问" with no word of a meeting is read by the stay passes (``kinds.STAY_TOLD_RE``), and a head whose posts name no
country (a province's "省委委员") is of the country the outlet's address names (``stays._outlet_country``; restated
from baonghean.vn's Chinese page web-zh-1802); a Chinese outlet's visit to China by such a head is none."""

from __future__ import annotations

from tests.extract.real_dev_pages import seats, sentence_events

_PROVINCE_TRIP = (
    "乂安省代表团赴老挝华潘省共迎新年\n"
    "4月2日，以省委委员、省人民议会副主席阮如魁为首的乂安省代表团前往老挝华潘省进行参观访问，两省共迎传统新年。\n"
    "代表团成员还有省军事指挥部及外事部门负责人。\n"
)


def test_a_provincial_delegation_abroad_told_by_its_own_outlet_is_a_visit_of_its_head() -> None:
    events = sentence_events(_PROVINCE_TRIP, "2025-04-02", url="https://baonghean.vn/cn/doan-cong-tac-10294311.html")
    (visit,) = [ev for ev in events if ev.kind == "visit"]
    assert seats(visit) == {"阮如魁": ("VN", True)}
    assert visit.date is not None and visit.date.iso == "2025-04-02"


def test_no_outlet_country_or_the_visited_country_gives_no_side() -> None:
    assert not sentence_events(_PROVINCE_TRIP, "2025-04-02")
    home = _PROVINCE_TRIP.replace("前往老挝华潘省", "前往越南河静省")
    assert not sentence_events(home, "2025-04-02", url="https://baonghean.vn/cn/doan-cong-tac-10294311.html")
