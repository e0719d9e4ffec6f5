"""Name shape: words that are no people never become participants, names are cut where the clause
goes on, and posts written around names (公主, 参议长, 王子) stay out of them.

Sentences written for the tests in the shape of CCTV items (no corpus text is copied)."""

from __future__ import annotations

import pytest

from liaison.extract.zh import extract_events
from liaison.extract.zh.names import plausible_name, trim_name
from liaison.extract.zh.titles import parse_people, postposed_person
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, title: str | None = None) -> tuple[EventFrame, ...]:
    doc = normalise(Article("t", text, "h", "test", title, "2018-05-20", language="zh"))
    return extract_events(doc, default_gazetteer())


def _natives(events: tuple[EventFrame, ...]) -> list[str]:
    return [p.person.native for ev in events for p in ev.participants]


@pytest.mark.parametrize(
    "word",
    ["全部", "时在座", "能源发展战略", "气候变化", "国家安全", "身份", "一行", "美国艾奥瓦", "俄罗斯东", "第二十"],
)
def test_words_that_are_no_people_even_with_a_title(word: str) -> None:
    assert not plausible_name(word, titled=True, gazetteer=default_gazetteer())


@pytest.mark.parametrize("name", ["马里奥·德拉吉", "加纳斯", "金在寅", "宗冈正二", "阮氏秋荷"])
def test_names_starting_like_a_country_or_with_rare_characters_stay_names(name: str) -> None:
    assert plausible_name(name, titled=True, gazetteer=default_gazetteer())


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("普京则", "普京"),  # a known person, then the clause
        ("默克尔深入", "默克尔"),
        ("普京延续", "普京"),
        ("特朗普如约", "特朗普"),
        ("费尔南德斯互", "费尔南德斯"),  # a transliteration, then a character none uses
        ("卡尔切夫斯基参", "卡尔切夫斯基"),  # 参议长 split from its head
        ("安倍晋三当", "安倍晋三"),
        ("阿卜杜勒-马赫迪", "阿卜杜勒-马赫迪"),  # unchanged: all of it is the name
        ("阮氏秋荷", "阮氏秋荷"),
        ("天安门广场国旗哨兵", "天安门广场国旗哨兵"),  # a long tail is no clause after a name
    ],
)
def test_a_name_is_cut_where_its_clause_goes_on(written: str, name: str) -> None:
    assert trim_name(written, default_gazetteer()) == name


@pytest.mark.parametrize(
    ("chain", "name", "title"),
    [
        ("泰国公主诗琳通", "诗琳通", "泰国公主"),
        ("英国王子威廉", "威廉", "英国王子"),
        ("英国王后卡米拉", "卡米拉", "英国王后"),
        ("泰国国王哇集拉隆功", "哇集拉隆功", "泰国国王"),
        ("波兰参议长卡尔切夫斯基", "卡尔切夫斯基", "波兰参议长"),
        ("阿曼国苏丹卡布斯", "卡布斯", "阿曼国苏丹"),
        ("日本新天皇德仁", "德仁", "日本新天皇"),
    ],
)
def test_royal_and_chamber_posts_are_titles_not_names(chain: str, name: str, title: str) -> None:
    (person,) = parse_people(chain)
    assert (person.native, person.title) == (name, title)


def test_a_post_after_a_name_with_a_sequence_word_before_it() -> None:
    person = postposed_person("随后李克强总理")
    assert person is not None
    assert (person.native, person.span, person.title, person.title_span) == ("李克强", (2, 5), "总理", (5, 7))


def test_subject_running_on_into_its_clause_keeps_the_event() -> None:
    evs = _events("央视网消息：国家主席习近平当地26日在纽约会见联合国秘书长古特雷斯。")
    assert _natives(evs)[:2] == ["习近平", "古特雷斯"]
    evs = _events("央视网消息：随后李克强总理同吕特首相举行会谈。")
    assert _natives(evs)[:2] == ["李克强", "吕特"]
    evs = _events("央视网消息：尼加拉瓜总统奥尔特加和副总统穆里略联名致电习近平，祝贺中华人民共和国成立。")
    assert "穆里略" in _natives(evs) and "穆里略联名" not in _natives(evs)


_WELCOME = (
    "央视网消息：1月5日，中共中央总书记、国家主席习近平在河内同越共中央总书记阮富仲举行会谈。\n"
    "阮富仲为习近平举行隆重欢迎仪式。\n"
    "习近平和夫人彭丽媛乘车抵达时，阮富仲夫妇在下车处热情迎接。\n"
    "当晚，阮富仲夫妇为习近平和彭丽媛举行欢迎宴会。越方高层领导人全部陪同出席。"
)


def test_a_spouse_phrase_running_on_is_cut_to_the_name() -> None:
    natives = _natives(_events(_WELCOME))
    assert "习近平" in natives and "阮富仲" in natives
    assert not any("抵达" in n or "乘车" in n for n in natives)
    assert "全部" not in natives


def test_non_people_give_no_participants() -> None:
    # a body named after a post (总统…委员会秘书长): its words are no person
    evs = _events("央视网消息：国务院副总理张高丽12日在北京会见俄罗斯总统能源发展战略和生态安全委员会秘书长谢钦。")
    assert "能源发展战略" not in _natives(evs)
    assert "谢钦" in _natives(evs)


@pytest.mark.parametrize(
    ("chain", "title"),
    [
        (
            "率中国党政代表团对朝鲜进行正式友好访问的中共中央政治局常委、全国政协主席",
            "中共中央政治局常委、全国政协主席",
        ),
        ("正在伊拉克访问的伊朗外长", "伊朗外长"),
        ("刚刚抵达柏林的国家主席", "国家主席"),
        ("古巴新当选的国家主席", "古巴新当选的国家主席"),  # the clause holds the country: kept
        ("当地时间27号下午国务院总理", "国务院总理"),
        ("新华社比勒陀利亚11月6日电 中共中央政治局常委、中央纪委书记", "中共中央政治局常委、中央纪委书记"),
        ("（记者王某）中共中央政治局委员、外交部长", "中共中央政治局委员、外交部长"),
        ("党的总书记", "党的总书记"),
    ],
)
def test_title_chains_lose_clauses_datelines_and_times(chain: str, title: str) -> None:
    (person,) = parse_people(chain + "张三")
    assert person.title == title
    assert person.title_span is not None
    assert (chain + "张三")[person.title_span[0] : person.title_span[1]] == title
