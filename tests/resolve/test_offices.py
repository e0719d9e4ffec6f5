"""A bare foreign name in Chinese (扎帕罗夫) is shared by relatives and namesakes: offices tell them apart."""

from __future__ import annotations

import pytest
from resolve_factory import doc, frame, names_only, org, part, person

from liaison.model.types import DocumentEvents, PersonMention
from liaison.resolve import resolve
from liaison.resolve.events import merge_events
from liaison.resolve.offices import office_of


def _li_qiang() -> PersonMention:
    return person("Li Qiang", native="李强", title="国务院总理", organization="cpc", country="CN")


def _kg(title: str | None) -> PersonMention:
    return person("Sadyr Japarov", native="扎帕罗夫", title=title, country="KG")


def _meets(doc_id: str, date: str, p: PersonMention, location: str | None = None) -> DocumentEvents:
    return doc(doc_id, frame(date, part(_li_qiang()), part(p), location=location), language="zh")


def _pid(res_map: dict[tuple[str, int, int], str], doc_id: str, p: PersonMention) -> str:
    return res_map[(doc_id, *p.span)]


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("吉尔吉斯斯坦总统", "head_of_state"),
        ("吉尔吉斯斯坦总理", "head_of_government"),
        ("尼泊尔副总理兼财政部长", "deputy_head_of_government"),
        ("阿联酋副总统兼总理", "head_of_government"),
        ("沙特王储兼首相", "head_of_government"),
        ("沙特王储", "crown_prince"),
        ("科威特新任埃米尔", "head_of_state"),
        ("越共中央总书记、国家主席", "head_of_state"),
        ("前总统", None),
        ("当选总统", None),
        ("总统府秘书长", None),
        ("柬埔寨人民党主席", None),
        ("Prime Minister of Hungary", "head_of_government"),
        ("Deputy Prime Minister", "deputy_head_of_government"),
        ("former Prime Minister", None),
        ("President of the Republic", "head_of_state"),
        ("Vice President of the Republic", "deputy_head_of_state"),
        ("President of the PSUV", None),
        ("土库曼斯坦民族领袖、人民委员会主席", "head_of_legislature"),
        ("俄罗斯国家杜马主席", "head_of_legislature"),
        ("斐济议长", "head_of_legislature"),
        ("国会副议长", None),
        ("越共中央政治局委员、建国阵线中央委员会主席", None),
        ("President of the National Assembly of the Republic", "head_of_legislature"),
        ("Vice President of the National Assembly", None),
        ("Speaker of Parliament", "head_of_legislature"),
    ],
)
def test_office_read_from_title(title: str, office: str | None) -> None:
    assert office_of(person("X", title=title)) == office


def test_english_president_is_head_of_state_only_for_a_state_body() -> None:
    assert office_of(person("X", title="Venezuelan President", organization="ve_gov")) == "head_of_state"
    assert office_of(person("X", title="President", organization="psuv")) is None


def test_a_bare_president_states_no_office() -> None:
    """A readout's bare "President" or "Vice President" takes its holder's government from the side
    (``affiliation.post_organisation``); the title names no state, so it is no exclusive office: a vice
    president who became president stays one person."""
    assert office_of(person("X", title="President", organization="ve_gov")) is None
    assert office_of(person("X", title="Vice President", organization="ve_gov")) is None
    assert office_of(person("X", title="vicepresidente", organization="ve_gov")) is None
    assert office_of(person("X", title="First Vice President", organization="ve_gov")) is None


def test_president_and_prime_minister_under_one_bare_name_in_one_period_are_two_people() -> None:
    dates = ("2023-05-18", "2024-06-01", "2025-09-03")
    presidents = [(f"p{i}", d, _kg("吉尔吉斯斯坦总统")) for i, d in enumerate(dates)]
    premiers = [(f"m{i}", d, _kg("吉尔吉斯斯坦总理")) for i, d in enumerate(("2023-10-25", "2024-10-15"))]
    docs = [_meets(d, date, p) for d, date, p in presidents + premiers]
    res = resolve(docs, gazetteer=names_only())
    president_ids = {_pid(res.mention_person, d, p) for d, _, p in presidents}
    premier_ids = {_pid(res.mention_person, d, p) for d, _, p in premiers}
    assert len(president_ids) == 1 and len(premier_ids) == 1
    assert president_ids != premier_ids
    blocked = [d for d in res.decisions if "veto_incompatible_offices" in d.features]
    assert blocked and not any(d.merged for d in blocked)


def test_the_kb_romanisation_does_not_override_the_office_evidence() -> None:
    """The knowledge base romanises 扎帕罗夫 as Sadyr Japarov for both: the offices still split them."""
    a, b, c = _kg("吉尔吉斯斯坦总统"), _kg("吉尔吉斯斯坦总理"), _kg("吉尔吉斯斯坦总统")
    docs = [_meets("a", "2023-05-18", a), _meets("b", "2023-10-25", b), _meets("c", "2024-06-01", c)]
    res = resolve(docs)
    assert _pid(res.mention_person, "a", a) == _pid(res.mention_person, "c", c)
    assert _pid(res.mention_person, "a", a) != _pid(res.mention_person, "b", b)


def test_father_and_son_president_and_people_s_council_chairman_in_one_period_are_two_people() -> None:
    def berdimuhamedow(title: str) -> PersonMention:
        return person("Serdar Berdimuhamedow", native="别尔德穆哈梅多夫", title=title, country="TM")

    sons = [berdimuhamedow("土库曼斯坦总统") for _ in range(2)]
    fathers = [berdimuhamedow("土库曼斯坦民族领袖、人民委员会主席") for _ in range(2)]
    dates = ("2023-05-18", "2025-09-03", "2023-10-19", "2026-03-18")
    docs = [_meets(f"d{i}", d, p) for i, (d, p) in enumerate(zip(dates, sons + fathers, strict=True))]
    res = resolve(docs)
    son_ids = {_pid(res.mention_person, f"d{i}", p) for i, p in enumerate(sons)}
    father_ids = {_pid(res.mention_person, f"d{i + 2}", p) for i, p in enumerate(fathers)}
    assert len(son_ids) == len(father_ids) == 1 and son_ids != father_ids


def test_offices_held_one_after_the_other_are_a_career_not_two_people() -> None:
    deputy = [person("Huang Xuncai", native="黄循财", title="新加坡副总理兼财政部长", country="SG") for _ in range(2)]
    premier = [person("Huang Xuncai", native="黄循财", title="新加坡总理", country="SG") for _ in range(2)]
    dates = ("2022-11-01", "2023-12-07", "2024-10-11", "2026-03-26")
    docs = [_meets(f"d{i}", d, p) for i, (d, p) in enumerate(zip(dates, deputy + premier, strict=True))]
    res = resolve(docs, gazetteer=names_only())
    assert len({_pid(res.mention_person, f"d{i}", p) for i, p in enumerate(deputy + premier)}) == 1


def test_crown_prince_then_emir_is_one_person_but_king_then_crown_prince_is_two() -> None:
    heir = person("Mishal", native="米沙勒", title="科威特王储", country="KW")
    emir = person("Mishal", native="米沙勒", title="科威特新任埃米尔", country="KW")
    king = person("Salman", native="萨勒曼", title="沙特国王", country="SA")
    prince = person("Salman", native="萨勒曼", title="沙特王储", country="SA")
    docs = [
        _meets("a", "2022-12-08", heir),
        _meets("b", "2023-12-17", emir),
        _meets("c", "2022-12-08", king),
        _meets("d", "2023-04-21", prince),
    ]
    res = resolve(docs, gazetteer=names_only())
    assert _pid(res.mention_person, "a", heir) == _pid(res.mention_person, "b", emir)
    assert _pid(res.mention_person, "c", king) != _pid(res.mention_person, "d", prince)


def test_one_article_naming_two_offices_under_one_bare_name_names_two_people() -> None:
    president = person("Muhammad", native="穆罕默德", title="阿联酋总统", country="AE")
    premier = person("Muhammad", native="穆罕默德", title="阿联酋副总统兼总理", country="AE")
    xi = person("Xi Jinping", native="习近平", title="国家主席", country="CN")
    d = doc(
        "greetings",
        frame("2024-11-01", part(xi), part(president), kind="message"),
        frame("2024-11-01", part(_li_qiang()), part(premier), kind="message"),
        language="zh",
    )
    later = person("Muhammad", native="穆罕默德", title="阿联酋总统", country="AE")
    res = resolve([d, _meets("later", "2024-11-30", later)], gazetteer=names_only())
    assert _pid(res.mention_person, "greetings", president) != _pid(res.mention_person, "greetings", premier)
    assert _pid(res.mention_person, "greetings", president) == _pid(res.mention_person, "later", later)


def test_untitled_bare_name_while_two_people_bore_it_joins_neither() -> None:
    pres = [_kg("吉尔吉斯斯坦总统") for _ in range(2)]
    prem = _kg("吉尔吉斯斯坦总理")
    untitled, untitled_later = _kg(None), _kg(None)
    docs = [
        _meets("p0", "2023-05-18", pres[0]),
        _meets("p1", "2025-09-03", pres[1]),
        _meets("m0", "2023-10-25", prem),
        _meets("u0", "2024-01-10", untitled),
        _meets("u1", "2026-03-01", untitled_later),
    ]
    res = resolve(docs, gazetteer=names_only())
    ids = {d: _pid(res.mention_person, d, p) for d, p in (("p0", pres[0]), ("m0", prem), ("u0", untitled))}
    assert len(set(ids.values())) == 3
    assert any("veto_unattributable_bare_name" in d.features and not d.merged for d in res.decisions)
    # later, too, the bare name alone cannot say which of the two it is
    assert _pid(res.mention_person, "u1", untitled_later) not in set(ids.values())
    assert _pid(res.mention_person, "p0", pres[0]) == _pid(res.mention_person, "p1", pres[1])


def test_full_names_and_chinese_officials_are_not_bare_names() -> None:
    pres = person("Ilham Aliyev", native="伊利哈姆·阿利耶夫", title="阿塞拜疆总统", country="AZ")
    prem = person("Ilham Aliyev", native="伊利哈姆·阿利耶夫", title="阿塞拜疆总理", country="AZ")
    res = resolve(
        [_meets("a", "2023-05-25", pres), _meets("b", "2023-06-25", prem), _meets("c", "2023-07-25", pres)],
        gazetteer=names_only(),
    )
    assert _pid(res.mention_person, "a", pres) == _pid(res.mention_person, "b", prem)


def test_two_meetings_with_a_president_and_a_premier_stay_two_events_even_if_taken_for_one_person() -> None:
    premier, president = _kg("吉尔吉斯斯坦总理"), _kg("吉尔吉斯斯坦总统")
    li_a, li_b = _li_qiang(), _li_qiang()
    docs = [
        doc("talks", frame("2023-10-25", part(li_a), part(premier), kind="talks", location="Bishkek")),
        doc("meets", frame("2023-10-25", part(li_b), part(president), location="Bishkek")),
    ]
    one_person = {("talks", *li_a.span): "li", ("meets", *li_b.span): "li"}
    one_person |= {("talks", *premier.span): "kg", ("meets", *president.span): "kg"}
    assert len(merge_events(docs, one_person)) == 2
    # the same two reports with one office stated twice are one event
    again = _kg("吉尔吉斯斯坦总统")
    docs[0] = doc("talks", frame("2023-10-25", part(li_a), part(again), kind="talks", location="Bishkek"))
    one_person[("talks", *again.span)] = "kg"
    assert len(merge_events(docs, one_person)) == 1


def test_organisation_helper_still_resolves() -> None:
    assert org("cpc").key == "cpc"
