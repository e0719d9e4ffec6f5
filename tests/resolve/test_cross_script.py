"""One person across scripts: a Chinese form joins a Latin one by what two reports of one event say
(the one head of state of a country on a day, the one holder of a role on a side at one meeting),
a name written alone joins the full name when office and country agree in time; a bare common
name never merges across countries or offices. Every merge keeps its score and reasons."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

from resolve_factory import doc, frame, names_only, part, person

from liaison.extract import extract
from liaison.ingest.records import parse_record
from liaison.model.types import DocumentEvents, MatchDecision, PersonMention
from liaison.normalise import normalise
from liaison.resolve import resolve
from liaison.resolve.people import cluster_people
from liaison.resolve.positions import derive_positions
from liaison.resolve.roles import role_key


def _pid(res_map: dict[tuple[str, int, int], str], doc_id: str, p: PersonMention) -> str:
    return res_map[(doc_id, *p.span)]


def _fallback(name: str, native: str, **kw: str) -> PersonMention:
    return replace(person(name, native=native, **kw), name_source="pinyin-fallback")


def _item(path: Path, item_id: str) -> DocumentEvents:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = next(json.loads(line) for line in fh if f'"id": "{item_id}"' in line)
    d = normalise(parse_record(raw, item_id, str(path)))
    return DocumentEvents(d.doc_id, d.published, d.language, extract(d).events)


def _merge_reasons(decisions: list[MatchDecision], relation: str) -> list[MatchDecision]:
    return [d for d in decisions if d.merged and f"name_{relation}" in d.features]


def test_cctv_and_kcna_report_of_one_day_join_putin_across_scripts(shared: Path) -> None:
    """CCTV (xwlb-20240814-10) writes 普京, KCNA (kcna-00409) "V. Putin": both the president of
    Russia on 13 August 2024; the names share no form, the office on that day joins them."""
    zh = _item(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "xwlb-20240814-10")
    en = _item(shared / "corpus" / "kcna-en-2023-2024.jsonl.gz", "kcna-00409")
    mentions = {
        (d.doc_id, p.person.native): (d.doc_id, *p.person.span)
        for d in (zh, en)
        for ev in d.events
        for p in ev.participants
    }
    result = cluster_people([zh, en])
    putin_zh = result.mention_person[mentions[(zh.doc_id, "普京")]]
    putin_en = result.mention_person[mentions[(en.doc_id, "V. Putin")]]
    assert putin_zh == putin_en
    (why,) = _merge_reasons(result.decisions, "office_same_day")
    assert why.score >= 0.75 and why.features["same_side"] == 0.1
    putin = next(p for p in result.people if p.person_id == putin_zh)
    assert putin.name == "Vladimir Putin"


def test_a_pinyin_fallback_joins_the_english_name_of_the_one_role_holder_at_the_meeting() -> None:
    """The ANC's secretary general meets Li Xi on 6 November 2024 (real-dev web-en-015): a Chinese
    report writes 姆巴卢拉 (no table entry: a pinyin fallback), the English one Fikile Mbalula."""
    zh_lixi = person("Li Xi", native="李希", title="中共中央政治局常委、中央纪委书记", country="CN")
    zh = _fallback("Mubalula", "姆巴卢拉", title="南非非洲人国民大会总书记", organization="ANC", country="ZA")
    en_lixi = person("Li Xi", title="member of the standing committee of the Political Bureau", country="CN")
    en = person("Fikile Mbalula", title="secretary general", organization="ANC", country="ZA")
    docs = [
        doc("cctv", frame("2024-11-06", part(zh_lixi), part(zh)), language="zh"),
        doc("web", frame("2024-11-06", part(en), part(en_lixi))),
    ]
    res = resolve(docs, gazetteer=names_only())
    assert _pid(res.mention_person, "cctv", zh) == _pid(res.mention_person, "web", en)
    (why,) = [d for d in res.decisions if d.merged and "name_transcription" in d.features]
    assert why.features["shared_coparticipants"] > 0 and why.features["same_event_reported"] > 0
    mbalula = next(p for p in res.people if p.person_id == _pid(res.mention_person, "web", en))
    assert (mbalula.name, mbalula.native) == ("Fikile Mbalula", "姆巴卢拉")


def test_the_role_must_be_the_one_holder_on_its_side_and_the_event_shared() -> None:
    """Two vice-chairs of one party at one meeting, or the role on another day: the role joins no
    one (only a name that transcribes the English one does)."""
    zh_lixi = person("Li Xi", native="李希", country="CN")
    a = _fallback("Mubalula", "姆巴卢拉", title="南非非国大副主席", country="ZA")
    b = _fallback("Mashatile", "马沙蒂莱", title="南非非国大副主席", country="ZA")
    en = person("Paul Mashatile", title="deputy president", country="ZA")
    en_lixi = person("Li Xi", country="CN")
    docs = [
        doc("cctv", frame("2024-11-06", part(zh_lixi), part(a), part(b)), language="zh"),
        doc("web", frame("2024-11-06", part(en), part(en_lixi))),
    ]
    res = resolve(docs, gazetteer=names_only())
    # the role names neither; the name 马沙蒂莱 transcribes "Mashatile", 姆巴卢拉 does not
    assert _pid(res.mention_person, "web", en) != _pid(res.mention_person, "cctv", a)
    assert _pid(res.mention_person, "web", en) == _pid(res.mention_person, "cctv", b)
    assert not [d for d in res.decisions if d.merged and "name_same_event_role" in d.features]
    later = person("Fikile Mbalula", title="secretary general", country="ZA")
    zh = _fallback("Mubalula", "姆巴卢拉", title="南非非国大总书记", country="ZA")
    docs = [
        doc("cctv", frame("2024-11-06", part(zh_lixi), part(zh)), language="zh"),
        doc("web", frame("2024-11-09", part(later), part(en_lixi))),
    ]
    res = resolve(docs, gazetteer=names_only())
    # three days apart, the role alone joins no one; the post and the name's transcription do
    assert _pid(res.mention_person, "cctv", zh) == _pid(res.mention_person, "web", later)
    assert not [d for d in res.decisions if d.merged and "name_same_event_role" in d.features]
    other = person("Gwede Mantashe", title="secretary general", country="ZA")
    docs[1] = doc("web", frame("2024-11-09", part(other), part(en_lixi)))
    res = resolve(docs, gazetteer=names_only())
    assert _pid(res.mention_person, "cctv", zh) != _pid(res.mention_person, "web", other)


def test_head_of_state_and_head_of_government_on_one_day_stay_two_people() -> None:
    zh = _fallback("Kasimu", "卡西姆", title="哈萨克斯坦总统", country="KZ")
    en = person("Olzhas Bektenov", title="Prime Minister of Kazakhstan", organization="kz_government", country="KZ")
    docs = [
        doc("cctv", frame("2024-07-03", part(person("Xi Jinping", native="习近平", country="CN")), part(zh))),
        doc("web", frame("2024-07-03", part(en), part(person("Xi Jinping", country="CN")))),
    ]
    res = resolve(docs, gazetteer=names_only())
    assert _pid(res.mention_person, "cctv", zh) != _pid(res.mention_person, "web", en)


def test_a_name_written_alone_joins_the_full_name_when_office_and_country_agree() -> None:
    full = person("Nawaz Sharif", native="纳瓦兹·谢里夫", title="巴基斯坦总理", country="PK")
    bare = replace(person("Sharif", native="谢里夫", title="巴基斯坦总理", country="PK"), name_source="table-part")
    docs = [_zh_meeting("a", "2014-02-19", full), _zh_meeting("b", "2014-11-08", bare)]
    res = resolve(docs, gazetteer=names_only())
    assert _pid(res.mention_person, "a", full) == _pid(res.mention_person, "b", bare)
    (why,) = [d for d in res.decisions if d.merged and "name_partial_name" in d.features]
    assert why.score >= 0.75


def test_a_name_written_alone_for_two_men_in_one_office_years_apart_joins_neither() -> None:
    """谢里夫, prime minister of Pakistan in 2014 (Nawaz) and in 2023 (Shehbaz): the bare form's
    time in office runs past the full name's, so it stays apart (with the reason recorded)."""
    full = person("Nawaz Sharif", native="纳瓦兹·谢里夫", title="巴基斯坦总理", country="PK")
    bare14 = replace(person("Sharif", native="谢里夫", title="巴基斯坦总理", country="PK"), name_source="table-part")
    bare23 = replace(person("Sharif", native="谢里夫", title="巴基斯坦总理", country="PK"), name_source="table-part")
    docs = [_zh_meeting("a", "2014-02-19", full), _zh_meeting("b", "2014-11-08", bare14)]
    docs.append(_zh_meeting("c", "2023-11-08", bare23))
    res = resolve(docs, gazetteer=names_only())
    assert _pid(res.mention_person, "a", full) != _pid(res.mention_person, "c", bare23)
    assert any("veto_office_era_differs" in d.features for d in res.decisions)


def test_a_bare_common_name_never_merges_across_countries_or_offices() -> None:
    uae = person("Mohammed", native="穆罕默德", title="阿联酋总统", country="AE")
    saudi = person("Mohammed bin Salman", native="穆罕默德·本·萨勒曼", title="沙特王储", country="SA")
    uae_pm = person("Mohammed bin Rashid", native="穆罕默德·本·拉希德", title="阿联酋副总统兼总理", country="AE")
    docs = [
        _zh_meeting("a", "2024-05-01", uae),
        _zh_meeting("b", "2024-05-02", saudi),
        _zh_meeting("c", "2024-05-03", uae_pm),
    ]
    res = resolve(docs, gazetteer=names_only())
    ids = {_pid(res.mention_person, d, p) for d, p in (("a", uae), ("b", saudi), ("c", uae_pm))}
    assert len(ids) == 3


def test_positions_merge_across_languages_for_one_party() -> None:
    """"General Secretary" and "secretario general" of one party, and 总书记, are one position."""
    en = person("Nicolás Maduro", title="General Secretary", organization="psuv", country="VE")
    es = person("Nicolás Maduro", title="secretario general", organization="psuv", country="VE")
    other = person("Nicolás Maduro", title="President", organization="psuv", country="VE")
    docs = [
        doc("en", frame("2024-05-01", part(en), part(person("Li Xi", country="CN")))),
        doc("es", frame("2024-06-01", part(es), part(person("Li Xi", country="CN"))), language="es"),
        doc("en2", frame("2024-07-01", part(other), part(person("Li Xi", country="CN")))),
    ]
    result = cluster_people(docs)
    positions = [p for p in derive_positions(docs, result.mention_person) if p.person_id != _li(result, docs)]
    assert sorted((p.title, p.first_seen, p.last_seen) for p in positions) == [
        ("General Secretary", "2024-05-01", "2024-06-01"),
        ("President", "2024-07-01", "2024-07-01"),
    ]
    assert role_key("总书记") == role_key("secretario general") == role_key("General Secretary")
    assert role_key("中共中央政治局常委、中央书记处书记") is None  # posts we cannot name stay as written


def _li(result: object, docs: list[DocumentEvents]) -> str:
    mention = next(p.person for d in docs for ev in d.events for p in ev.participants if p.person.name == "Li Xi")
    return result.mention_person[(docs[0].doc_id, *mention.span)]  # type: ignore[attr-defined]


def _zh_meeting(doc_id: str, date: str, p: PersonMention) -> DocumentEvents:
    host = person("Xi Jinping", native="习近平", title="国家主席", country="CN")
    return doc(doc_id, frame(date, part(host), part(p)), language="zh")


def test_posts_without_an_organisation_are_not_merged_by_role() -> None:
    """国家主席 and 中央军委主席 both name a "president": without a known organisation they stay two rows."""
    a = person("Xi Jinping", native="习近平", title="国家主席", country="CN")
    b = person("Xi Jinping", native="习近平", title="中央军委主席", country="CN")
    guest = person("Nguyen Van An", country="VN")
    docs = [
        doc("a", frame("2024-05-01", part(a), part(guest)), language="zh"),
        doc("b", frame("2024-06-01", part(b), part(guest)), language="zh"),
    ]
    result = cluster_people(docs)
    xi = result.mention_person[("a", *a.span)]
    titles = sorted(p.title for p in derive_positions(docs, result.mention_person) if p.person_id == xi)
    assert titles == ["中央军委主席", "国家主席"]


def test_one_leaders_party_and_state_posts_of_one_country_are_one_person(shared: Path) -> None:
    """KCNA calls Kim Jong Un "president of the State Affairs" (kcna-00097, a body the gazetteer does
    not know) and "general secretary of the WPK" (kcna-00103); a 2015 report (real-dev web-en-045)
    calls him "first secretary of the WPK". Party and state posts of one country are one leader's,
    so nine years between the reports do not make two men."""
    repo = Path(__file__).resolve().parents[2]
    kcna = shared / "corpus" / "kcna-en-2023-2024.jsonl.gz"
    docs = [_item(kcna, "kcna-00097"), _item(kcna, "kcna-00103")]
    docs.append(_item_from(repo / "quality" / "real-dev" / "web-en.articles.jsonl", "web-en-045"))
    result = cluster_people(docs)
    kims = {
        pid
        for d in docs
        for ev in d.events
        for p in ev.participants
        if p.person.name == "Kim Jong Un" and (pid := result.mention_person[(d.doc_id, *p.person.span)])
    }
    titles = {
        p.person.title for d in docs for ev in d.events for p in ev.participants if p.person.name == "Kim Jong Un"
    }
    assert any("State Affairs" in (t or "") for t in titles) and any("first secretary" in (t or "") for t in titles)
    assert len(kims) == 1


def _item_from(path: Path, item_id: str) -> DocumentEvents:
    with path.open(encoding="utf-8") as fh:
        raw = next(json.loads(line) for line in fh if f'"id": "{item_id}"' in line)
    d = normalise(parse_record(raw, item_id, str(path)))
    return DocumentEvents(d.doc_id, d.published, d.language, extract(d).events)
