"""Cheap triage: can this document hold an international exchange at all?

Runs before the language extractors, so the bulk of a news archive (domestic politics, economy,
weather) costs one regular-expression search instead of a full parse. It is tuned for recall:
any word that names a meeting, a remote call, a message, a visit, a delegation, a signing or a
briefing lets the document through; the extractors decide the rest. The title is searched too
(a broadcast item may carry its whole story in the headline).
"""

from __future__ import annotations

import re

from liaison.kb.languages import words_of
from liaison.model.types import Article, Document
from liaison.normalise.script import same_characters

__all__ = ["CHINESE_CUES", "LATIN_CUES", "may_hold_exchange", "turned_away_as_written"]

# Chinese: meeting and talks verbs, remote calls, messages and letters, visits and delegations,
# signings and briefings. A superset of the Chinese extractor's own early-exit triggers.
_CHINESE_CUE_WORDS = (
    "会见|会谈|会晤|会面|见面|接见|通电话|通了电话|通话|通了话|电话交谈|视频|连线|致电|致函|致信|复信|回信|贺电|贺信|贺函|唁电|慰问电|慰问信|互致|共同出席"
    "|宣介|宣讲|吹风会|签署|访华|来华|访问|代表团|考察团|党际|政党|磋商|拜会|晋见|谒见|拜访|拜訪|复电|来函|发函|回函|迎接|接机|设宴|宴请|接风|论坛|研讨会"
    "|座谈|口信|共商会议|研修班|对话会|抵达|飞抵|抵京|欢迎仪式|仪式，欢迎|宴会，欢迎|宴会欢迎|晤"
    "|抵澳|抵港|抵沪|抵穗|着陆|著陆|降落"  # an arrival as Hong Kong's, Macao's and Malaysia's press write it
    "|举行的欢迎|举行的宴会|举行的晚宴|举行的午宴|举行的国宴|举行的招待会|举行的小范围|招待会|饯行"
    "|等出席|出席了大会|出席大会|出席并致辞|出席并讲话|出席并发言"  # officials attending together (zh ``ceremonies``)
    "|纷纷祝贺|表示祝贺"  # a roundup of congratulations posted or told ("美国盟友纷纷祝贺拜登赢得大选")
    # …, its lead with no 纷纷: "多国领导人祝贺拜登当选" (the comma escaped: ``_WRITTEN_CUES`` widens a literal one)
    "|祝贺[^\\uff0c。；]{1,12}?(?:当选|胜选|连任|赢得)"
).split("|")
CHINESE_CUES = re.compile("|".join(_CHINESE_CUE_WORDS))
# The same cues as a text may be written before ``normalise.script`` (a comma in ASCII, or doubled: "仪式,欢迎",
# "仪式，，欢迎"), for a text whose Chinese characters normalising neither changes nor moves
_WRITTEN_CUES = re.compile("|".join(w.replace("，", "[，,]+") for w in _CHINESE_CUE_WORDS))

# Latin-script cues: the [triage] stems of every language file, matched case-insensitively from the
# start of a word.
LATIN_CUES = re.compile(
    r"\b(?:" + "|".join(dict.fromkeys(w for words in words_of("triage", "cues").values() for w in words)) + ")",
    re.IGNORECASE,
)


def may_hold_exchange(doc: Document) -> bool:
    """False only when neither the title nor the text has any cue of an exchange.

    Chinese cues are looked for in every document; Latin-script cues (a slower, case-insensitive
    search) only in documents not in Chinese. (The answer for the last article, text and language asked is kept:
    a worker triages a document, then ``extract`` asks again of it with its sentences added.)"""
    global _last
    article, text, language, answer = _last
    if article is doc.article and text is doc.text and language == doc.language:
        return answer
    texts = (doc.article.title or "", doc.text)
    answer = any(CHINESE_CUES.search(t) for t in texts) or (
        not doc.language.startswith("zh") and any(LATIN_CUES.search(t) for t in texts))
    _last = (doc.article, doc.text, doc.language, answer)
    return answer


# the last article, text and language triaged (held, so that no other can take their identity) and the answer
_last: tuple[Article | None, str, str, bool] = (None, "", "", False)


def turned_away_as_written(article: Article, language: str) -> bool:
    """True when ``may_hold_exchange`` is certain to turn away the article in ``language`` once normalised,
    decided on its text as written, without normalising it (most items of a Chinese archive are domestic).

    Only for a Chinese text whose characters normalising neither changes nor moves (``script.same_characters``):
    it then turns whitespace into spaces, ASCII marks touching a character into full-width ones, and drops a
    comma doubled before another mark, none of which joins two characters into a cue (only a comma of one:
    "仪式,欢迎" becomes "仪式，欢迎", looked for as written, ``_WRITTEN_CUES``). False means nothing: the
    document is normalised and triaged as usual."""
    if language != "zh" or not same_characters(article.text):
        return False
    return not CHINESE_CUES.search(article.title or "") and not _WRITTEN_CUES.search(article.text)
