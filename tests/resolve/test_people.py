"""People across articles, spellings and scripts: what must merge, what must stay apart, and why."""

from __future__ import annotations

import pytest
from resolve_factory import doc, frame, names_only, part, person

from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.model.types import DocumentEvents, PersonMention
from liaison.resolve import resolve
from liaison.resolve.names import pinyin_key

KB = pytest.mark.parametrize("gaz", [default_gazetteer(), names_only()], ids=["kb", "names-only"])


def _pid(res_map: dict[tuple[str, int, int], str], doc_id: str, p: PersonMention) -> str:
    return res_map[(doc_id, *p.span)]


def _meeting(doc_id: str, date: str, p: PersonMention, other: PersonMention | None = None) -> DocumentEvents:
    other = other or person("Nguyen Van An", country="VN", organization="cpv")
    return doc(doc_id, frame(date, part(p), part(other)))


@KB
def test_cabello_with_and_without_second_surname_is_one_person_with_reasons(gaz: Gazetteer) -> None:
    a = person("Diosdado Cabello Rondón", title="Secretary General of the PSUV", organization="psuv", country="VE")
    b = person("Diosdado Cabello", title="First Vice President of the PSUV", organization="psuv", country="VE")
    docs = [_meeting("a", "2025-06-09", a), _meeting("b", "2020-11-10", b)]
    res = resolve(docs, gazetteer=gaz)
    assert _pid(res.mention_person, "a", a) == _pid(res.mention_person, "b", b)
    person_ = next(p for p in res.people if p.person_id == _pid(res.mention_person, "a", a))
    assert person_.name == "Diosdado Cabello"
    assert "Diosdado Cabello Rondón" in (person_.native, *person_.aliases)
    merge = next(d for d in res.decisions if d.merged and {"name_extension", "name_known_person"} & d.features.keys())
    assert merge.score >= 0.75
    assert {"same_side", "same_org"} <= merge.features.keys()


def test_canonical_name_from_the_extractor_merges_within_and_across_articles() -> None:
    a = person("Diosdado Cabello", native="Diosdado Cabello Rondón", organization="psuv", country="VE")
    b = person("Diosdado Cabello", country="VE")
    res = resolve([_meeting("a", "2025-06-09", a), _meeting("b", "2024-01-02", b)])
    assert _pid(res.mention_person, "a", a) == _pid(res.mention_person, "b", b)


@KB
def test_maduro_father_and_son_stay_apart(gaz: Gazetteer) -> None:
    father = person("Nicolás Maduro", title="President of the Republic", organization="ve_gov", country="VE")
    son = person("Nicolás Maduro Guerra", title="deputy to the National Assembly", organization="ve_an", country="VE")
    middle = person("Nicolás Ernesto Maduro", title="deputy", organization="ve_an", country="VE")
    docs = [_meeting("a", "2024-03-01", father), _meeting("b", "2024-05-01", son), _meeting("c", "2024-06-01", middle)]
    res = resolve(docs, gazetteer=gaz)
    father_id = _pid(res.mention_person, "a", father)
    assert father_id not in {_pid(res.mention_person, "b", son), _pid(res.mention_person, "c", middle)}


def test_short_form_with_two_different_extensions_is_not_merged_by_extension() -> None:
    father = person("Nicolás Maduro Moros", organization="psuv", country="VE")
    son = person("Nicolás Maduro Guerra", organization="psuv", country="VE")
    short = person("Nicolás Maduro", organization="psuv", country="VE")
    docs = [_meeting("a", "2024-03-01", father), _meeting("b", "2024-05-01", son), _meeting("c", "2024-06-01", short)]
    res = resolve(docs, gazetteer=names_only())
    ids = {_pid(res.mention_person, d, p) for d, p in (("a", father), ("b", son), ("c", short))}
    assert len(ids) == 3
    vetoed = [d for d in res.decisions if "veto_ambiguous_extension" in d.features]
    assert vetoed and not any(d.merged for d in vetoed)


@KB
def test_xi_jinping_spellings_and_script_are_one_person(gaz: Gazetteer) -> None:
    es = person("Xi Jing Ping", title="presidente de China", country="CN")
    en = person("Xi Jinping", title="General Secretary of the CPC Central Committee", organization="cpc", country="CN")
    zh = person("Xi Jinping", native="习近平", title="中共中央总书记", organization="cpc", country="CN")
    docs = [_meeting("es1", "2024-01-10", es), _meeting("en1", "2024-02-10", en), _meeting("zh1", "2024-03-10", zh)]
    res = resolve(docs, gazetteer=gaz)
    ids = {_pid(res.mention_person, d, p) for d, p in (("es1", es), ("en1", en), ("zh1", zh))}
    assert len(ids) == 1
    xi = next(p for p in res.people if p.person_id in ids)
    assert (xi.name, xi.native) == ("Xi Jinping", "习近平")
    reasons = {"name_pinyin_variant", "name_known_person"}
    assert any(reasons & d.features.keys() and d.merged for d in res.decisions)


def test_cai_qi_from_chinese_and_english_extractors_merge() -> None:
    zh = person("Cai Qi", native="蔡奇", title="中共中央政治局常委、中央书记处书记", organization="cpc", country="CN")
    en = person("Cai Qi", title="member of the Standing Committee of the Political Bureau", country="CN")
    res = resolve([_meeting("zh", "2024-05-01", zh), _meeting("en", "2024-06-01", en)])
    assert _pid(res.mention_person, "zh", zh) == _pid(res.mention_person, "en", en)


def test_native_only_chinese_name_merges_with_its_romanisation_when_context_agrees() -> None:
    zh = person("蔡奇", native="蔡奇", organization="cpc", country="CN")
    en = person("Cai Qi", organization="cpc", country="CN")
    res = resolve([_meeting("zh", "2024-05-01", zh), _meeting("en", "2024-06-01", en)])
    assert _pid(res.mention_person, "zh", zh) == _pid(res.mention_person, "en", en)


@KB
def test_li_jun_and_liu_jun_stay_apart(gaz: Gazetteer) -> None:
    li = person("Li Jun", organization="idcpc", country="CN")
    liu = person("Liu Jun", organization="idcpc", country="CN")
    res = resolve([_meeting("a", "2024-05-01", li), _meeting("b", "2024-05-02", liu)], gazetteer=gaz)
    assert _pid(res.mention_person, "a", li) != _pid(res.mention_person, "b", liu)
    assert pinyin_key("Li Jun") != pinyin_key("Liu Jun")


@KB
def test_two_wang_yong_with_different_organisations_years_apart_stay_apart(gaz: Gazetteer) -> None:
    w1 = person("Wang Yong", native="王勇", title="国务委员", organization="cn_state_council", country="CN")
    w2 = person("Wang Yong", native="王勇", title="党委书记", organization="Hunan Provincial Committee", country="CN")
    w3 = person("Wang Yong", native="王勇", title="ambassador", organization="Embassy of Singapore", country="SG")
    docs = [_meeting("a", "2013-05-01", w1), _meeting("b", "2024-05-02", w2), _meeting("c", "2024-06-02", w3)]
    res = resolve(docs, gazetteer=gaz)
    ids = [_pid(res.mention_person, d, p) for d, p in (("a", w1), ("b", w2), ("c", w3))]
    assert len(set(ids)) == 3
    reasons = {k for d in res.decisions if not d.merged for k in d.features if k.startswith("veto_")}
    assert {"veto_org_and_era_differ", "veto_side_conflict"} <= reasons


def test_same_common_name_stays_one_person_across_job_changes_within_a_few_years() -> None:
    a = person("Wang Yi", native="王毅", organization="cpc", country="CN")
    b = person("Wang Yi", native="王毅", organization="cn_gov", country="CN")
    res = resolve([_meeting("a", "2022-05-01", a), _meeting("b", "2025-05-02", b)])
    assert _pid(res.mention_person, "a", a) == _pid(res.mention_person, "b", b)


def test_veto_holds_for_the_whole_cluster_not_only_the_pair() -> None:
    """A 2013 and a 2024 Wang Yong must not be chained together through an undated-org mention."""
    w1 = person("Wang Yong", native="王勇", organization="cn_state_council", country="CN")
    w_mid = person("Wang Yong", native="王勇", country="CN")
    w2 = person("Wang Yong", native="王勇", organization="Hunan Provincial Committee", country="CN")
    docs = [_meeting("a", "2013-05-01", w1), _meeting("b", "2018-05-02", w_mid), _meeting("c", "2024-05-02", w2)]
    res = resolve(docs)
    assert _pid(res.mention_person, "a", w1) != _pid(res.mention_person, "c", w2)


def test_person_ids_are_stable_across_order_and_new_documents() -> None:
    a = person("Cai Qi", native="蔡奇", organization="cpc", country="CN")
    b = person("Cai Qi", organization="cpc", country="CN")
    docs = [_meeting("a", "2024-05-01", a), _meeting("b", "2024-06-01", b)]
    first = resolve(docs)
    again = resolve(list(reversed(docs)))
    assert first.mention_person == again.mention_person
    c = person("Lars Klingbeil", organization="spd", country="DE")
    more = resolve([*docs, _meeting("0-new", "2023-01-01", c, person("Cai Qi", country="CN"))])
    assert more.mention_person[("a", *a.span)] == first.mention_person[("a", *a.span)]


def test_foreign_name_rendered_two_ways_in_chinese_merges_with_same_party() -> None:
    a = person("Ke Lin Bai Er", native="克林拜尔", organization="spd", country="DE")
    b = person("Ke Lin Bei Er", native="克林贝尔", organization="spd", country="DE")
    res = resolve([_meeting("a", "2024-05-01", a), _meeting("b", "2024-06-01", b)])
    assert _pid(res.mention_person, "a", a) == _pid(res.mention_person, "b", b)
    # but two Chinese names one character apart are two people
    c = person("Wang Dongfeng", native="王东峰", organization="cpc", country="CN")
    d = person("Wang Dongfeng", native="王东锋", organization="cpc", country="CN")
    res2 = resolve([_meeting("c", "2024-05-01", c), _meeting("d", "2024-06-01", d)])
    assert res2.mention_person[("c", *c.span)] == res2.mention_person[("d", *d.span)]  # same romanisation
    e = person("王东峰", native="王东峰", organization="cpc", country="CN")
    f = person("王东锋", native="王东锋", organization="cpc", country="CN")
    res3 = resolve([_meeting("e", "2024-05-01", e), _meeting("f", "2024-06-01", f)])
    assert res3.mention_person[("e", *e.span)] != res3.mention_person[("f", *f.span)]


def test_feminine_form_of_a_foreign_name_is_another_person() -> None:
    he = person("Ilham Aliyev", native="阿利耶夫", organization="New Azerbaijan Party", country="AZ")
    she = person("A Li Ye Wa", native="阿利耶娃", organization="New Azerbaijan Party", country="AZ")
    res = resolve([_meeting("a", "2024-05-01", he), _meeting("b", "2024-06-01", she)], gazetteer=names_only())
    assert _pid(res.mention_person, "a", he) != _pid(res.mention_person, "b", she)


def test_chinese_only_name_is_not_treated_as_common_and_party_state_moves_are_no_conflict() -> None:
    a = person("习近平", native="习近平", organization="cpc", country="CN")
    b = person("Xi Jinping", organization="cn_gov", country="CN")
    c = person("Wang Yi", native="王毅", organization="cpc", country="CN")
    d = person("Wang Yi", native="王毅", organization="cn_gov", country="CN")
    docs = [_meeting("a", "2022-01-01", a), _meeting("b", "2026-12-01", b)]
    docs += [_meeting("c", "2018-01-01", c), _meeting("d", "2026-12-01", d)]
    res = resolve(docs, gazetteer=names_only())
    assert _pid(res.mention_person, "a", a) == _pid(res.mention_person, "b", b)
    assert _pid(res.mention_person, "c", c) == _pid(res.mention_person, "d", d)


def test_foreign_surname_alone_in_chinese_needs_a_known_side_on_both() -> None:
    a = person("Ke Si Ta", native="科斯塔", country="BR")
    b = person("Ke Si Ta", native="科斯塔")
    res = resolve([_meeting("a", "2024-05-01", a), _meeting("b", "2024-06-01", b)], gazetteer=names_only())
    assert _pid(res.mention_person, "a", a) != _pid(res.mention_person, "b", b)
    c = person("Ke Si Ta", native="科斯塔", country="BR")
    res = resolve([_meeting("a", "2024-05-01", a), _meeting("c", "2024-06-01", c)], gazetteer=names_only())
    assert _pid(res.mention_person, "a", a) == _pid(res.mention_person, "c", c)


def test_derived_latin_forms_never_match_by_themselves() -> None:
    """A name part (穆罕默德 -> Mohammed) or pinyin of a foreign name says no more than the characters:
    two different Chinese forms that read alike stay apart, an English "Mohammed" is not joined."""
    from dataclasses import replace

    a = replace(person("Mohammed", native="穆罕默德", country="AE"), name_source="table-part")
    b = replace(person("Mohammed", native="穆罕穆德", country="AE"), name_source="table-part")
    c = person("Mohammed", country="AE")
    docs = [_meeting("a", "2024-01-05", a), _meeting("b", "2024-01-06", b), _meeting("c", "2024-01-07", c)]
    res = resolve(docs, gazetteer=names_only())
    ids = {_pid(res.mention_person, d, p) for d, p in (("a", a), ("b", b), ("c", c))}
    assert len(ids) == 3


def test_main_name_prefers_a_real_spelling_to_a_pinyin_fallback() -> None:
    from dataclasses import replace

    zh = replace(person("Mokeer", native="默克尔", country="DE"), name_source="pinyin-fallback")
    zh2 = replace(person("Mokeer", native="默克尔", country="DE"), name_source="pinyin-fallback")
    en = replace(person("Angela Merkel", country="DE", aliases=("默克尔",)), name_source="as-written")
    docs = [_meeting("a", "2019-01-05", zh), _meeting("b", "2019-02-06", zh2), _meeting("c", "2019-03-07", en)]
    res = resolve(docs, gazetteer=default_gazetteer())
    pid = _pid(res.mention_person, "a", zh)
    assert _pid(res.mention_person, "c", en) == pid
    merkel = next(p for p in res.people if p.person_id == pid)
    assert (merkel.name, merkel.name_source) == ("Angela Merkel", "as-written")
