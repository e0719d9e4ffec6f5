"""Chinese text in the one form the Chinese extractor reads, character for character.

The extractor, its gazetteer and its name tables are written in simplified characters with
full-width punctuation; Hong Kong, Taiwan and overseas outlets write 習近平會見…, and many web pages
use ASCII commas and brackets (``新华社明斯克9月23日电(记者…)``). OpenCC's ``t2s`` conversion maps the
characters (one by one where a phrase rule would change the length); ASCII punctuation next to a
Chinese character becomes its full-width form. Offsets never move. Most texts are simplified already:
OpenCC reads only a text holding a character some ``t2s`` rule changes (``data/t2s_changes.txt``, written
by ``scripts/opencc_changes.py``: 國, 會, and for the phrase 深沈 -> 深沉 its 沈), any other is as it was.

Mirror pages scrape a pinyin gloss after some characters (``中國國(guó)民黨``, ``人民大會(huì)堂``), and
bilingual pages put the Latin form after a name (``刘建超(Liu Jianchao)``, ``越南共产党(CPV)``, one space
before the bracket at most); both cut
names, titles and clauses apart. A gloss leaves its place and as many spaces end its sentence (before
``。！？`` or the line end): the text keeps its length and every sentence its offsets; inside the
sentence, the characters after a gloss sit that many places earlier (the article's own text keeps it).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.metadata import version
from pathlib import Path

import opencc

_FULL_WIDTH = {",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"}
# ASCII punctuation touching a Chinese character, or one space away (read mark by mark: ``_full_width_marks``)
_HALF = re.compile(r"(?<=[\u4e00-\u9fff])\s?[,():;?!]|[,():;?!](?=\s?[\u4e00-\u9fff])")
# a pinyin gloss right after a character: (guó), (huì), (lián), (qū), its bracket closed after a space: (huì )
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zàáǎèéěìíǐòóǒùúǔüǖǘǚǜāēīōū]{1,6} ?[）)]")
# a name or acronym in Latin letters after the Chinese one: 刘建超(Liu Jianchao), 越南共产党(CPV)
_LATIN = re.compile(r"(?<=[\u4e00-\u9fff]) ?[（(](?=[A-Z])[A-Za-z][A-Za-z0-9 .,'’&·\-]{0,80}[）)]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_GLOSS = re.compile(f"{_PINYIN.pattern}|{_LATIN.pattern}")
_TONE_MARK = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
_ASCII_MARK = re.compile("[,():;?!]")  # the mark every match of ``_HALF`` ends with
_BRACKETED_LETTER = re.compile("[（(][A-Za-zàáǎèéěìíǐòóǒùúǔüǖǘǚǜāēīōū]")  # opens every match of ``_GLOSS``
# a comma a scraped page doubled before another mark: 當日,,國家主席習近平,、全國人大常委會委員長張德江
_DOUBLED = re.compile("，(?=[，、。；！？])")
_MOVED = {"gloss": _GLOSS, "latin": _LATIN, "doubled": _DOUBLED}


@cache
def _moved(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """What leaves its place for the sentence end: the patterns of ``kinds`` as one."""
    return re.compile("|".join(_MOVED[k].pattern for k in kinds))


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def _may_change() -> re.Pattern[str]:
    """A character without which ``t2s`` leaves a text as it is: one of every key a rule changes (any
    character outside the Basic Multilingual Plane too, the few such keys among them); with another OpenCC
    version than the list was made with, any character."""
    stamp, chars = (Path(__file__).parent / "data" / "t2s_changes.txt").read_text(encoding="utf-8").split("\n")[:2]
    if stamp != f"opencc {version('opencc')}":
        return re.compile(".", re.DOTALL)
    return re.compile("[" + re.escape("".join(c for c in chars if c <= "\uffff")) + "\U00010000-\U0010ffff]")


def same_characters(text: str) -> bool:
    """True when ``to_simplified`` changes no Chinese character of ``text`` and moves none: no character a
    ``t2s`` rule changes, no bracket a gloss opens with. It then only makes ASCII marks full-width and drops a
    comma doubled before another mark (the Chinese characters after it move one place, each still after the
    characters it followed, or after a mark)."""
    return not _may_change().search(text) and not _BRACKETED_LETTER.search(text)


# the hyphenation point Macao's and Taiwan's press join a foreign name's parts with (曼努埃爾‧皮尼奧): the name dot
_HYPHENATION_POINT = re.compile("(?<=[\u4e00-\u9fff])\u2027(?=[\u4e00-\u9fff])")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters with full-width punctuation, the same length as ``text``."""
    if "\u2027" in text:
        text = _HYPHENATION_POINT.sub("·", text)
    if not _may_change().search(text):
        return _glosses_last(_full_width_marks(text))
    converted = _converter().convert(text)
    if len(converted) != len(text):
        convert = _converter().convert
        converted = "".join(c if len(s := convert(c)) != 1 else s for c in text)
    return _glosses_last(_full_width_marks(converted))


def _full_width_marks(text: str) -> str:
    """``text`` with each ASCII mark touching a Chinese character made full-width: what
    ``_HALF.sub(...)`` gives (the mark after a character, or after one space after one: "中 ,"; the mark
    before one, or before one space before one), read at each mark rather than tried at every place
    (the substitution's lookbehind costs a step per character of every Chinese text)."""
    pieces: list[str] = []
    pos = 0
    for m in _ASCII_MARK.finditer(text):
        i = m.start()
        if _touches_chinese(text, i):
            pieces += (text[pos:i], _FULL_WIDTH[text[i]])
            pos = i + 1
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _touches_chinese(text: str, i: int) -> bool:
    """The mark at ``i`` has a Chinese character right before or after it, or one space away."""
    before = text[i - 1] if i else ""
    if _is_chinese(before) or (before.isspace() and i >= 2 and _is_chinese(text[i - 2])):
        return True
    after = text[i + 1 : i + 2]
    return _is_chinese(after) or (after.isspace() and _is_chinese(text[i + 2 : i + 3]))


def _is_chinese(ch: str) -> bool:
    return ch != "" and "\u4e00" <= ch <= "\u9fff"


def _glosses_last(text: str) -> str:
    """Pinyin glosses and Latin names in brackets taken out, and a comma the page doubled before another mark
    ("習近平,、張德江", "有關,,前后"), as many spaces ending their sentence (same length, same sentence ends)."""
    kinds: list[str] = []
    if _BRACKETED_LETTER.search(text):  # what every gloss opens with, looked for first
        toned = _TONE_MARK.search(text) is not None  # a page that glosses shows tone marks
        kinds.append("gloss" if toned else "latin")
    if "，" in text and _DOUBLED.search(text):
        kinds.append("doubled")
    if not kinds:
        return text
    gloss = _moved(tuple(kinds))
    if not gloss.search(text):
        return text
    out: list[str] = []
    pos = 0
    while (m := gloss.search(text, pos)) is not None:
        end = _SENTENCE_END.search(text, m.start())
        stop = end.start() if end is not None else len(text)
        # (the mark that ends the sentence seen, not taken: the comma doubled before it)
        glosses = [g for g in gloss.finditer(text, m.start(), stop + 1) if g.end() <= stop]
        for g in glosses:
            out.append(text[pos : g.start()])
            pos = g.end()
        out.append(text[pos:stop] + " " * sum(len(g.group()) for g in glosses))
        pos = stop
    out.append(text[pos:])
    return "".join(out)
