"""The restated web pages of real-dev still carry what their gold says, and the audit script measures
closeness to a source the way it claims (scripts/audit_restatements.py)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from eval_helpers import script

REPO = Path(__file__).resolve().parents[2]
REAL_DEV = REPO / "quality" / "real-dev"


def _audit() -> ModuleType:
    return script("audit_restatements")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


SLICES = sorted(p.name.removesuffix(".articles.jsonl") for p in REAL_DEV.glob("web-*.articles.jsonl"))


@pytest.mark.parametrize("slice_name", SLICES)
def test_every_gold_name_and_title_is_in_its_restated_article(slice_name: str) -> None:
    audit = _audit()
    articles = {str(a["id"]): a for a in _jsonl(REAL_DEV / f"{slice_name}.articles.jsonl")}
    gaps = [
        f"{gap.doc} {gap.field}: {gap.value}"
        for gold in _jsonl(REAL_DEV / f"{slice_name}.gold.jsonl")
        for gap in audit.gold_gaps(articles[str(gold["doc"])]["text"], gold)
    ]
    assert gaps == []


def test_gold_gap_found_when_a_restatement_changes_a_name_or_a_title() -> None:
    audit = _audit()
    gold = {
        "doc": "x",
        "events": [
            {
                "participants": [
                    {"native": "Henrique Fontana", "title": "general secretary of PT (Workers' Party)"},
                    {"native": "刘建超", "title": "中联部部长"},
                ]
            }
        ],
    }
    faithful = (
        "BEIJING, June 13 (Xinhua) -- 中联部部长刘建超 met a delegation led by Henrique Fontana, "
        "general secretary of PT."
    )
    assert audit.gold_gaps(faithful, gold) == []
    changed = faithful.replace("Henrique Fontana", "Henrique Fontanna").replace("general secretary", "leader")
    assert [(g.field, g.value) for g in audit.gold_gaps(changed, gold)] == [
        ("native", "Henrique Fontana"),
        ("title", "general secretary of PT (Workers' Party)"),
    ]


def test_pinyin_glosses_scraped_into_a_chinese_page_do_not_hide_a_name() -> None:
    gold = {"doc": "x", "events": [{"participants": [{"native": "西田實仁", "title": None}]}]}
    assert _audit().gold_gaps("公明黨干事長西田實(shí)仁率領的代表團", gold) == []


SOURCE = (
    "BEIJING, June 13 (Xinhua) -- Liu Jianchao, head of the International Department of the Communist Party "
    "of China (CPC) Central Committee, met with a delegation of senior cadres of the Workers' Party of Brazil "
    "(PT) in Beijing on Tuesday. The two sides said that they will implement the important consensus reached "
    "by the two heads of state, strengthen inter-party exchanges and cooperation, promote strategic mutual "
    "trust and international coordination, and push forward the development of China-Brazil relations."
)


def test_a_verbatim_copy_is_flagged_and_a_restatement_is_not() -> None:
    audit = _audit()
    copy = audit.closeness("x", SOURCE, SOURCE)
    assert copy.shingle_share == 1.0 and {"shingles", "run"} <= set(copy.reasons())
    restated = (
        "BEIJING, June 13 (Xinhua) -- Liu Jianchao, head of the International Department of the Communist Party "
        "of China (CPC) Central Committee, met with a delegation of senior cadres of the Workers' Party of Brazil "
        "(PT) in Beijing on Tuesday. Both sides stated they would put into practice the key common understanding "
        "of their two presidents, deepen exchanges and collaboration between the parties, build strategic trust "
        "and coordinate internationally, and move relations between China and Brazil ahead."
    )
    result = audit.closeness("x", restated, SOURCE, ["Liu Jianchao", "head of the International Department"])
    assert result.reasons() == [] and result.sentence_diff == 0


def test_a_dropped_weekday_or_a_changed_date_is_reported_missing() -> None:
    audit = _audit()
    restated = SOURCE.replace("on Tuesday", "this week").replace("June 13", "June 14")
    assert {"Tuesday", "13"} <= set(audit.closeness("x", restated, SOURCE).missing)
