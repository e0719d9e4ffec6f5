"""Chinese web text read in the extractor's form (simplified, full-width), offsets unchanged."""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from liaison.extract import extract
from liaison.model.types import Article
from liaison.normalise import normalise, script
from liaison.normalise.script import to_simplified

REPO = Path(__file__).resolve().parents[2]

# Shaped as a Xinhua web dateline with ASCII punctuation, and as a Hong Kong outlet's traditional text.
DATELINE = "新华社明斯克9月23日电(记者甲 乙)中共中央政治局常委、中央纪委书记李希在明斯克会见白俄罗斯总统卢卡申科。"
TRADITIONAL = "3月17日,國家主席習近平在北京會見巴基斯坦總統阿爾維。"


def test_simplified_with_full_width_punctuation_and_same_length() -> None:
    out = to_simplified(DATELINE)
    assert len(out) == len(DATELINE)
    assert out.startswith("新华社明斯克9月23日电（记者甲 乙）中共")
    assert to_simplified(TRADITIONAL).startswith("3月17日，国家主席习近平在北京会见")
    assert to_simplified("Hello, world (x)") == "Hello, world (x)"


def test_web_dateline_and_traditional_text_give_events_with_natives_as_written() -> None:
    doc = normalise(Article("zh-web", DATELINE, "h", "test", language="zh", published="2025-09-24"))
    (event,) = extract(doc).events
    assert {p.person.name for p in event.participants} >= {"Li Xi"}
    doc = normalise(Article("zh-hk", TRADITIONAL, "h", "test", language="zh-TW", published="2020-03-18"))
    (event,) = extract(doc).events
    xi = next(p.person for p in event.participants if p.person.name == "Xi Jinping")
    assert xi.native == "習近平" and "习近平" in xi.aliases


# mirror pages scrape a pinyin gloss after some characters (中國國(guó)民黨, 人民大會(huì)堂)
GLOSSED = (
    "5月28日下午，中共中央總書記胡錦濤在北京人民大會(huì)堂會見中國國(guó)民黨主席吳伯雄一行。"
    " 中新社發(fā) 廖文靜 攝\n下一句。"
)


def test_pinyin_glosses_leave_spaces_at_the_end_of_their_sentence() -> None:
    out = to_simplified(GLOSSED)
    assert len(out) == len(GLOSSED)
    first, rest = out.split("。", 1)
    assert "人民大会堂会见中国国民党主席吴伯雄一行" in first
    assert first.endswith("一行" + " " * len("(huì)(guó)"))  # spaces before the full stop: sentences keep their offsets
    assert out.index("。") == GLOSSED.index("。")
    assert "中新社发 廖文静 摄" in rest and "fā" not in rest
    assert rest.endswith("\n下一句。")


def test_parentheses_that_are_no_gloss_stay() -> None:
    assert to_simplified("新华社北京5月9日电(记者 李明)").endswith("（记者 李明）")
    assert to_simplified("会见(de)朋友。") == "会见（de）朋友。"  # no tone mark on the page: no pinyin glosses
    assert to_simplified("中共中央对外联络部（中联部）部长") == "中共中央对外联络部（中联部）部长"


def test_latin_names_in_brackets_leave_spaces_at_the_end_of_their_sentence() -> None:
    text = "国家主席习近平(Xi Jinping)9日在人民大会堂会见越南国家主席武文赏(Vo Van Thuong)。"
    out = to_simplified(text)
    assert len(out) == len(text)
    assert out.startswith("国家主席习近平9日在人民大会堂会见越南国家主席武文赏   ")
    assert out.endswith(" " * len("(Xi Jinping)(Vo Van Thuong)") + "。")


def test_marks_made_full_width_as_the_substitution_makes_them() -> None:
    """Read mark by mark (``_full_width_marks``): what ``_HALF.sub`` gives, on random strings of marks,
    spaces and Chinese characters, and where each rule applies ("中,", "中 ,", ", 中", ",中"; "a, b" stays)."""
    def substituted(text: str) -> str:
        return script._HALF.sub(lambda m: m.group(0)[:-1] + script._FULL_WIDTH[m.group(0)[-1]], text)

    rng = random.Random(3)
    alphabet = ["中", "国", " ", "\u3000", "\n", ",", "(", ")", ":", ";", "?", "!", "a", "1", "，", "\u00a0"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert script._full_width_marks(text) == substituted(text), repr(text)
    text = "新华社明斯克9月23日电(记者 李) a, b. 中 ,x x, 中"
    assert to_simplified(text) == "新华社明斯克9月23日电（记者 李） a, b. 中 ，x x， 中"


def test_a_gloss_closed_after_a_space_is_a_gloss() -> None:
    # 中新網 on a mirror: "胡錦濤…在人民大會(huì )堂北大廳舉行儀式" (the page spaces the gloss before its bracket)
    text = "胡錦濤17日上午在人民大會(huì )堂北大廳舉行儀式,歡迎奧巴馬對中國進(jìn)行國事訪(fǎng)問(wèn)。"
    out = to_simplified(text)
    assert len(out) == len(text)
    assert "在人民大会堂北大厅举行仪式" in out and "huì" not in out


def test_a_comma_doubled_before_another_mark_leaves_for_the_sentence_end() -> None:
    # 政知見 on a mirror: "當日,,國家主席習近平,、全國人大常委會委員長張德江,、中央紀委書記王岐山先后會見了李顯龍。"
    text = "當日,,國家主席習近平,、全國人大常委會委員長張德江,、中央紀委書記王岐山先后會見了李顯龍,。\n下一句。"
    out = to_simplified(text)
    assert len(out) == len(text) and out.index("\n") == text.index("\n")
    first = out.split("\n")[0]
    assert first.startswith("当日，国家主席习近平、全国人大常委会委员长张德江、中央纪委书记王岐山先后会见了李显龙")
    assert first.endswith("李显龙" + " " * 4 + "。")
    assert to_simplified("会见了A，、B。") == "会见了A、B 。"


def _changes_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("opencc_changes", REPO / "scripts" / "opencc_changes.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_t2s_rule_that_changes_a_key_holds_a_listed_character() -> None:
    """The list ``to_simplified`` tests before it calls OpenCC covers every dictionary entry of the installed
    ``t2s`` (read with OpenCC's ``opencc_dict``): a text without a listed character has no key that changes."""
    changes = _changes_script()
    try:
        entries = changes.t2s_entries()
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"OpenCC's opencc_dict cannot be run here: {exc}")
    changing = [key for key, value in entries if key != value]
    assert len(changing) > 4000  # TSCharacters alone holds some 4,000
    may_change = script._may_change()
    assert [key for key in changing if not may_change.search(key)] == []


def test_simplified_text_is_left_to_itself_and_phrase_rules_still_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    # real-dev web-zh: simplified text, a 沈 that is a surname, a traditional phrase (深沈 -> 深沉) and 回覆
    path = REPO / "quality" / "real-dev" / "web-zh.articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    opencc = script._converter()
    simplified = [r["text"] for r in rows if opencc.convert(r["text"]) == r["text"]]
    assert len(simplified) > 100
    assert [t for t in simplified if to_simplified(t) != script._glosses_last(script._full_width_marks(t))] == []
    assert to_simplified("他性格深沈，回覆了来信。") == "他性格深沉，回复了来信。"
    assert to_simplified(TRADITIONAL).startswith("3月17日，国家主席习近平")

    class NoOpenCC:
        def convert(self, text: str) -> str:
            raise AssertionError("OpenCC called on simplified text")

    monkeypatch.setattr(script, "_converter", NoOpenCC)
    assert to_simplified("辽宁省委书记会见了越南代表团。") == "辽宁省委书记会见了越南代表团。"
    unchanged = sum(script._may_change().search(t) is None for t in simplified)
    assert unchanged > 0.5 * len(simplified)


def test_a_hyphenation_point_is_the_name_dot_and_a_spaced_latin_gloss_leaves() -> None:
    text = "經濟部長曼努埃爾‧皮尼奧 (Manuel Pinho)等。"
    out = to_simplified(text)
    assert len(out) == len(text)
    assert out.startswith("经济部长曼努埃尔·皮尼奥等 ") and out.endswith(" 。")
