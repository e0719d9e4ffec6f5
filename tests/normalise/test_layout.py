"""Hard-wrapped lines are joined offset for offset; paragraph layouts are left alone."""

from __future__ import annotations

from liaison.model.types import Article
from liaison.normalise import normalise
from liaison.normalise.layout import unwrap_lines

# Shaped as White House readouts are: wrapped at ~72 columns, paragraphs apart by a blank line.
WRAPPED = (
    "Today, President Donald J. Trump held a call with President Nayib Bukele\n"
    "of the Republic of El Salvador. The two leaders discussed working\n"
    "together to stop illegal immigration and crack down on transnational\n"
    "gangs in the region.\n"
    "\n"
    "The leaders agreed to stay in close contact on security cooperation\n"
    "and on trade between the two countries."
)
# Shaped as KCNA and CCTV items are: one paragraph a line.
PARAGRAPHS = (
    "Pyongyang, August 4 (KCNA) -- Kim Jong Un sent a congratulatory message to To Lam on August 3.\n"
    "He in the message extended congratulations to To Lam upon his election.\n"
    "He wished the party greater progress."
)


def test_wrapped_paragraphs_are_joined_offset_for_offset() -> None:
    joined = unwrap_lines(WRAPPED)
    assert len(joined) == len(WRAPPED)
    assert "Bukele of the Republic" in joined
    assert "region.\n\nThe leaders" in joined
    assert "cooperation and on trade" in joined


def test_paragraph_per_line_text_is_unchanged() -> None:
    assert unwrap_lines(PARAGRAPHS) == PARAGRAPHS
    assert unwrap_lines("one line only") == "one line only"


def test_document_sentences_cross_the_wrap_and_spans_index_the_stored_text() -> None:
    doc = normalise(Article("wh", WRAPPED, "h", "test", language="en"))
    first = doc.sentences[0]
    assert doc.text[first[0] : first[1]].endswith("Republic of El Salvador.")
    assert doc.article.text[first[0] : first[1]].replace("\n", " ") == doc.text[first[0] : first[1]]


# Shaped as a blog copy of a radio page is: wrapped where the editor's box ended, at no fixed column.
SOFT = (
    "The first vice-president of the party, X, made\n"
    "on Thursday a visit to the centre in the old quarter of the capital city, where he laid a wreath.\n"
    "He was accompanied by\n"
    "a deputy of the assembly, Y, and a delegation.\n"
    "The visitors were received by Z."
)


def test_lines_wrapped_at_no_fixed_column_are_joined_where_a_sentence_goes_on() -> None:
    joined = unwrap_lines(SOFT)
    assert len(joined) == len(SOFT)
    assert "made on Thursday" in joined and "by a deputy" in joined
    assert "laid a wreath.\nHe was" in joined  # a line ending its sentence still ends it


def test_one_paragraph_a_line_is_not_soft_wrapped() -> None:
    assert unwrap_lines(PARAGRAPHS) == PARAGRAPHS


def test_chinese_paragraphs_that_end_on_a_full_stop_are_not_joined() -> None:
    # TVBS (中央社): paragraphs of 76 to 93 characters, each closed by 。, are no hard-wrapped text
    opening = "新加坡總理李顯龍今天上午在北京中南海與中共中紀委書記王岐山會見。"
    text = "\n".join([opening + "星媒報導說，" * (6 + i % 3) + "見面。" for i in range(6)])
    assert unwrap_lines(text) == text
