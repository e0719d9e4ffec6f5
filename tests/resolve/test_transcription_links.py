"""A Chinese form the people table does not know joins the Latin name another report gives the same
person (``scoring.transcription_context``): the characters must transcribe the Latin name, and the two
reports must tell of one moment (one event, or one post held at the same time) on one side. Built
from real items: CCTV's 姆巴卢拉 (xwlb-20241109-06) and a report in English of the ANC's secretary
general, Fikile Mbalula (real-dev web-en-015), read as if the table did not know him."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

from resolve_factory import doc, frame, names_only, part, person

from liaison.extract import extract
from liaison.extract.zh.readings import pinyin_fallback
from liaison.ingest.records import parse_record
from liaison.model.types import DocumentEvents, EventFrame, MatchDecision, PersonMention
from liaison.normalise import normalise
from liaison.resolve import resolve
from liaison.resolve.names import tokens
from liaison.resolve.scoring import transcribes

REAL_DEV = Path(__file__).resolve().parents[2] / "quality" / "real-dev"


def _events(path: Path, item_id: str) -> DocumentEvents:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        raw = next(json.loads(line) for line in fh if f'"id": "{item_id}"' in line)
    d = normalise(parse_record(raw, item_id, str(path)))
    return DocumentEvents(d.doc_id, d.published, d.language, extract(d).events)


def _unknown_to_the_table(d: DocumentEvents, native: str) -> DocumentEvents:
    """The document as the extractor gives it when the people table lacks ``native``: written so, a
    pinyin fallback; written in Latin script, without the table's Chinese form as an alias."""

    def forget(p: PersonMention) -> PersonMention:
        if p.native == native:
            return replace(p, name=pinyin_fallback(native), aliases=(), name_source="pinyin-fallback")
        return replace(p, aliases=tuple(a for a in p.aliases if a != native))

    def strip(ev: EventFrame) -> EventFrame:
        return replace(ev, participants=tuple(replace(p, person=forget(p.person)) for p in ev.participants))

    return replace(d, events=tuple(strip(ev) for ev in d.events))


def _pid(res_map: dict[tuple[str, int, int], str], d: DocumentEvents, native: str) -> str:
    (pid,) = {
        res_map[(d.doc_id, *p.person.span)] for ev in d.events for p in ev.participants if p.person.native == native
    }
    return pid


def _fallback(name: str, native: str, title: str, country: str) -> PersonMention:
    return replace(person(name, native=native, title=title, country=country), name_source="pinyin-fallback")


def _merged(decisions: list[MatchDecision] | tuple[MatchDecision, ...], relation: str) -> list[MatchDecision]:
    return [d for d in decisions if d.merged and f"name_{relation}" in d.features]


def _mbalula_reports(shared: Path) -> tuple[DocumentEvents, DocumentEvents]:
    zh = _events(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "xwlb-20241109-06")
    en = _events(REAL_DEV / "web-en.articles.jsonl", "web-en-015")
    return _unknown_to_the_table(zh, "姆巴卢拉"), _unknown_to_the_table(en, "姆巴卢拉")


def test_the_characters_transcribe_the_latin_name_part_by_part() -> None:
    assert transcribes("姆巴卢拉", tokens("Fikile Mbalula"))
    assert transcribes("菲基莱·姆巴卢拉", tokens("Fikile Mbalula"))
    assert transcribes("马沙蒂莱", tokens("Paul Mashatile"))
    assert not transcribes("拉马福萨", tokens("Fikile Mbalula"))
    assert not transcribes("米歇尔·奥巴马", tokens("Barack Obama"))  # the given name is not Barack's
    assert not transcribes("姆巴卢拉·菲基莱", tokens("Fikile Mbalula"))  # parts out of order


def test_the_transcription_tells_apart_the_people_of_one_side_at_one_moment() -> None:
    """Pairs of the CCTV archive with one side and one event or office: the consonants of a form
    written alone must be close to the surname's (0.75), a given name must agree exactly and be
    long enough. 阿坦姆巴耶夫 is Almazbek Atambayev, 辛普森 Portia Simpson-Miller, 普那 Henry Puna,
    巴沙尔 Bashar al-Assad; 拉希米 (Iran's first vice-president) is not Ali Larijani, 西苏鲁 not Cyril
    Ramaphosa, 帕乌诺维奇 not Ana Brnabić, 吴南达觉佐 not Khin Aung Myint, 穆罕默德 names no one alone."""
    same = [("阿坦姆巴耶夫", "Almazbek Atambayev"), ("辛普森", "Portia Simpson-Miller"), ("普那", "Henry Puna"),
            ("巴沙尔", "Bashar al-Assad")]
    other = [("拉希米", "Ali Larijani"), ("西苏鲁", "Cyril Ramaphosa"), ("帕乌诺维奇", "Ana Brnabić"),
             ("吴南达觉佐", "Khin Aung Myint"), ("穆罕默德", "Mohammed bin Zayed"), ("谢里夫", "Khalid Shameem Wynne")]
    assert all(transcribes(zh, tokens(latin)) for zh, latin in same)
    assert not any(transcribes(zh, tokens(latin)) for zh, latin in other)


def test_a_pinyin_fallback_joins_the_english_name_of_the_same_post_days_apart(shared: Path) -> None:
    """CCTV (9 November 2024) and the English report (6 November) both give the ANC's secretary
    general: the post within a month and the transcription join them, the reasons kept."""
    zh, en = _mbalula_reports(shared)
    assert {p.person.name_source for ev in zh.events for p in ev.participants if p.person.native == "姆巴卢拉"} == {
        "pinyin-fallback"
    }
    res = resolve([zh, en], gazetteer=names_only())
    assert _pid(res.mention_person, zh, "姆巴卢拉") == _pid(res.mention_person, en, "Fikile Mbalula")
    (why,) = _merged(res.decisions, "transcription")
    assert why.score >= 0.75 and why.features["same_office_reported"] > 0 and why.features["same_side"] > 0
    person_ = next(p for p in res.people if p.person_id == _pid(res.mention_person, en, "Fikile Mbalula"))
    assert (person_.name, person_.native, person_.name_source) == ("Fikile Mbalula", "姆巴卢拉", "as-written")


def test_the_president_met_the_same_day_is_not_joined_to_the_secretary_general(shared: Path) -> None:
    """拉马福萨 (the ANC's president, met by Li Xi in the same CCTV item) read as a pinyin fallback does
    not transcribe "Fikile Mbalula": he stays another person."""
    zh, en = _mbalula_reports(shared)
    zh, en = _unknown_to_the_table(zh, "拉马福萨"), _unknown_to_the_table(en, "拉马福萨")
    res = resolve([zh, en], gazetteer=names_only())
    assert _pid(res.mention_person, zh, "拉马福萨") != _pid(res.mention_person, en, "Fikile Mbalula")
    assert _pid(res.mention_person, zh, "姆巴卢拉") == _pid(res.mention_person, en, "Fikile Mbalula")


def test_no_join_when_the_reports_are_months_apart_or_of_another_side() -> None:
    zh = _fallback("Mubalula", "姆巴卢拉", "非国大总书记", "ZA")
    en = person("Fikile Mbalula", title="secretary general", country="ZA")
    en_ls = person("Fikile Mbalula", title="secretary general", country="LS")
    li = person("Li Xi", native="李希", country="CN")
    cctv = doc("cctv", frame("2024-11-09", part(li), part(zh)), language="zh")
    far = [cctv, doc("en", frame("2024-06-01", part(en)))]
    res = resolve(far, gazetteer=names_only())
    assert res.mention_person[("cctv", *zh.span)] != res.mention_person[("en", *en.span)]
    other = [cctv, doc("en", frame("2024-11-09", part(en_ls)))]
    res = resolve(other, gazetteer=names_only())
    assert res.mention_person[("cctv", *zh.span)] != res.mention_person[("en", *en_ls.span)]


def test_a_bare_given_name_never_joins_but_the_full_form_does_at_one_event() -> None:
    """穆罕默德 written alone names many men: neither an English "Mohammed" nor "Mohammed bin Zayed"
    at the same event (a co-participant in common, the day after) is joined to it; the full form
    穆罕默德·本·扎耶德 transcribes "Mohammed bin Zayed" part by part and is."""
    zh = replace(person("Mohammed", native="穆罕默德", title="阿联酋总统", country="AE"), name_source="table-part")
    full_zh = replace(zh, native="穆罕默德·本·扎耶德", name="Muhanmode Ben Zhayede", name_source="pinyin-fallback")
    bare = person("Mohammed", title="President", country="AE")
    full = person("Mohammed bin Zayed", title="President", country="AE")
    ding_zh = person("Ding Xuexiang", native="丁薛祥", country="CN")
    ding_en = person("Ding Xuexiang", country="CN")
    cctv = doc("cctv", frame("2023-12-02", part(ding_zh), part(zh)), language="zh")
    for latin in (bare, full):
        res = resolve([cctv, doc("en", frame("2023-12-03", part(ding_en), part(latin)))], gazetteer=names_only())
        assert res.mention_person[("cctv", *zh.span)] != res.mention_person[("en", *latin.span)]
    cctv = doc("cctv", frame("2023-12-02", part(ding_zh), part(full_zh)), language="zh")
    res = resolve([cctv, doc("en", frame("2023-12-03", part(ding_en), part(full)))], gazetteer=names_only())
    assert res.mention_person[("cctv", *full_zh.span)] == res.mention_person[("en", *full.span)]
    (why,) = _merged(res.decisions, "transcription")
    assert why.features["same_event_reported"] > 0 and why.features["shared_coparticipants"] > 0


def test_a_name_written_alone_joins_the_full_name_holding_the_same_party_post() -> None:
    """The party post (总书记, not a state office) stated by both within a year joins 姆巴卢拉 to
    菲基莱·姆巴卢拉; the same bare form as another party's post in another country does not."""
    full = person("Fikile Mbalula", native="菲基莱·姆巴卢拉", title="非国大总书记", country="ZA")
    bare = _fallback("Mubalula", "姆巴卢拉", "非国大总书记", "ZA")
    host = person("Li Xi", native="李希", country="CN")
    docs = [
        doc("a", frame("2023-05-10", part(host), part(full)), language="zh"),
        doc("b", frame("2024-02-01", part(host), part(bare)), language="zh"),
    ]
    res = resolve(docs, gazetteer=names_only())
    assert res.mention_person[("a", *full.span)] == res.mention_person[("b", *bare.span)]
    assert _merged(res.decisions, "partial_name")
    elsewhere = _fallback("Mubalula", "姆巴卢拉", "总书记", "LS")
    docs[1] = doc("b", frame("2024-02-01", part(host), part(elsewhere)), language="zh")
    res = resolve(docs, gazetteer=names_only())
    assert res.mention_person[("a", *full.span)] != res.mention_person[("b", *elsewhere.span)]


def test_bashar_written_alone_joins_bashar_al_assad_in_the_same_office(shared: Path) -> None:
    """Real CCTV items, read as if the table knew neither form: 叙利亚总统巴沙尔·阿萨德 meets Iraq's
    prime minister on 16 July 2023 (xwlb-20230717-15), Xi Jinping meets 叙利亚总统巴沙尔 on 22
    September 2023 (xwlb-20230922-01). The bare form is a part of the full one, the office the same
    within a year: one person, the reason kept."""
    cctv = shared / "corpus" / "xwlb-2022-2026.jsonl.gz"
    full = _unknown_to_the_table(_events(cctv, "xwlb-20230717-15"), "巴沙尔·阿萨德")
    bare = _unknown_to_the_table(_events(cctv, "xwlb-20230922-01"), "巴沙尔")
    res = resolve([full, bare], gazetteer=names_only())
    assert _pid(res.mention_person, full, "巴沙尔·阿萨德") == _pid(res.mention_person, bare, "巴沙尔")
    (why,) = _merged(res.decisions, "partial_name")
    assert why.score >= 0.75 and why.features["same_side"] > 0
