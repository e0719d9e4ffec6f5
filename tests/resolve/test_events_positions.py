"""One meeting reported in two languages is one event; separate meetings stay separate; titles over time."""

from __future__ import annotations

from resolve_factory import doc, frame, part, person

from liaison.resolve import resolve


def test_english_and_chinese_reports_of_one_meeting_become_one_event_citing_both() -> None:
    zh_cai = person(
        "Cai Qi", native="蔡奇", title="中共中央政治局常委、中央书记处书记", organization="cpc", country="CN"
    )
    zh_vn = person("Nguyen Van An", native="阮文安", organization="cpv", country="VN")
    en_cai = person("Cai Qi", title="member of the Standing Committee of the Political Bureau", country="CN")
    en_vn = person("Nguyen Van An", title="member of the Central Committee", organization="cpv", country="VN")
    docs = [
        doc(
            "zh-1",
            frame("2024-04-22", part(zh_cai), part(zh_vn), location="Beijing", parties=("cpc", "cpv")),
            language="zh",
        ),
        doc("en-1", frame("2024-04-22", part(en_cai), part(en_vn), kind="talks", parties=("cpc",))),
    ]
    res = resolve(docs)
    assert len(res.events) == 1
    ev = res.events[0]
    assert sorted(r.doc_id for r in ev.reports) == ["en-1", "zh-1"]
    assert len({rp.person_id for rp in ev.participants}) == 2
    assert {p.key for p in ev.parties} == {"cpc", "cpv"}
    # both reports' titles become evidence for Cai Qi's positions
    cai = res.mention_person[("zh-1", *zh_cai.span)]
    assert {p.title for p in res.positions if p.person_id == cai} == {
        "中共中央政治局常委、中央书记处书记",
        "member of the Standing Committee of the Political Bureau",
    }


def test_two_meetings_of_one_leader_on_one_day_stay_separate() -> None:
    wang_a = person("Wang Huning", native="王沪宁", country="CN")
    wang_b = person("Wang Huning", country="CN")
    lao = person("Thongloun Sisoulith", country="LA")
    cuban = person("Roberto Morales Ojeda", country="CU")
    docs = [
        doc("a", frame("2024-05-10", part(wang_a), part(lao))),
        doc("b", frame("2024-05-10", part(wang_b), part(cuban))),
    ]
    res = resolve(docs)
    assert len(res.events) == 2
    assert len({e.event_id for e in res.events}) == 2


def test_one_article_reporting_two_meetings_keeps_two_events() -> None:
    wang = person("Wang Huning", country="CN")
    docs = [
        doc(
            "a",
            frame("2024-05-10", part(wang), part(person("A Lao", country="LA"))),
            frame("2024-05-10", part(wang), part(person("A Cuban", country="CU"))),
        )
    ]
    assert len(resolve(docs).events) == 2


def test_same_day_but_different_place_or_kind_class_stays_separate() -> None:
    w1, w2 = person("Wang Yi", country="CN"), person("Wang Yi", country="CN")
    v1, v2 = person("Mauro Vieira", country="BR"), person("Mauro Vieira", country="BR")
    docs = [
        doc("a", frame("2024-05-10", part(w1), part(v1), location="Beijing")),
        doc("b", frame("2024-05-10", part(w2), part(v2), kind="phone_call")),
    ]
    assert len(resolve(docs).events) == 2


def test_cabello_positions_timeline() -> None:
    a = person(
        "Diosdado Cabello",
        native="Diosdado Cabello Rondón",
        title="Secretary General of the PSUV",
        organization="psuv",
        country="VE",
    )
    b = person("Diosdado Cabello", title="First Vice President of the PSUV", organization="psuv", country="VE")
    c = person("Diosdado Cabello", title="first vice president of the PSUV", organization="psuv", country="VE")
    docs = [
        doc("a", frame("2025-06-09", part(a), part(person("Wu Hansheng", country="CN")))),
        doc("b", frame("2020-05-29", part(b), part(person("Li Jun", country="CN")))),
        doc("c", frame("2021-03-01", part(c), part(person("Song Tao", country="CN")))),
    ]
    res = resolve(docs)
    pid = res.mention_person[("a", *a.span)]
    timeline = [(p.first_seen, p.last_seen, p.title) for p in res.positions if p.person_id == pid]
    assert timeline == [
        ("2020-05-29", "2021-03-01", "First Vice President of the PSUV"),
        ("2025-06-09", "2025-06-09", "Secretary General of the PSUV"),
    ]
    first = next(p for p in res.positions if p.person_id == pid and p.first_seen == "2020-05-29")
    assert [d for d, _ in first.evidence] == ["b", "c"]


def test_same_day_meetings_with_different_counterparts_of_unknown_side_stay_separate() -> None:
    xi_a, xi_b = (
        person("Xi Jinping", native="习近平", country="CN"),
        person("Xi Jinping", native="习近平", country="CN"),
    )
    docs = [
        doc("a", frame("2026-07-17", part(xi_a), part(person("Anutin Charnvirakul")))),
        doc("b", frame("2026-07-17", part(xi_b), part(person("António Guterres")))),
    ]
    assert len(resolve(docs).events) == 2
