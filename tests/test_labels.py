"""How people and countries are named for readers (``liaison.kb.labels``)."""

from __future__ import annotations

import pytest

from liaison.kb.labels import country_code, country_label, country_name, display_name


@pytest.mark.parametrize(("name", "native", "shown"), [
    ("Cai Qi", "蔡奇", "Cai Qi (蔡奇)"),
    ("Diosdado Cabello", "Diosdado Cabello Rondón", "Diosdado Cabello"),  # a Latin variant is not a native form
    ("Nguyen Phu Trong", "Nguyễn Phú Trọng", "Nguyen Phu Trong"),
    ("基罗", "基罗", "基罗"),  # not romanised: shown once
    ("阿拉格希", "阿拉格齐", "阿拉格希"),  # not romanised: another written form is not shown beside it
    ("To Lam", None, "To Lam"),
])
def test_one_display_name(name: str, native: str | None, shown: str) -> None:
    assert display_name(name, native) == shown


def test_country_names_and_codes() -> None:
    assert country_name("VE") == "Venezuela" and country_name("QQ") == "QQ" and country_name(None) == "?"
    assert country_label("KP") == "North Korea (KP)" and country_label(None) == "unknown side"
    assert [country_code(t) for t in ("vn", "Vietnam", "中国", "Narnia")] == ["VN", "VN", "CN", None]
