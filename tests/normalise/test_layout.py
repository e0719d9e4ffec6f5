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


# Shaped as archived readouts are: wrapped at ~72 columns, with a Markdown link that runs far past the column
# and a list of attendees, one a line (a readout with either was left unwrapped: names cut at the wrap).
LINKED = (
    "Today, President Joseph R. Biden, Jr. spoke with Prime Minister Andrew\n"
    "Holness of Jamaica about the recovery from the storm and the aid the\n"
    "United States will send. The President pointed to the funds his\n"
    "[Administration announced](https://example.gov/briefing-room/2024/07/05/statement-on-the-storm-recovery-aid/)\n"
    "for the islands of the region, and the two leaders agreed to keep in\n"
    "touch in the coming weeks.\n"
    "\n"
    "Also on the call were the following officials:\n"
    "\n"
    "-   Secretary of State Antony Blinken\n"
    "-   National Security Advisor Jake Sullivan\n"
    "-   Ambassador to Jamaica Nick Perry\n"
    "\n"
    "The leaders spoke about security cooperation in the Caribbean and\n"
    "about the summit the two governments will hold later this year."
)


def test_a_wrapped_readout_with_a_long_link_line_and_a_list_is_still_joined() -> None:
    joined = unwrap_lines(LINKED)
    assert len(joined) == len(LINKED)
    assert "Prime Minister Andrew Holness of Jamaica" in joined
    assert "/) for the islands" in joined and "keep in touch" in joined
    assert "Caribbean and about the summit" in joined


def test_list_items_keep_their_lines_in_a_wrapped_text() -> None:
    joined = unwrap_lines(LINKED)
    assert "following officials:\n\n-   Secretary" in joined
    assert "Blinken\n-   National" in joined and "Sullivan\n-   Ambassador" in joined


def test_a_document_reads_the_name_cut_at_the_wrap_in_one_sentence() -> None:
    doc = normalise(Article("wh", LINKED, "h", "test", language="en"))
    first = doc.text[doc.sentences[0][0] : doc.sentences[0][1]]
    assert "Andrew Holness of Jamaica" in first


# Shaped as KCNA items are (one paragraph a line), with the leader's name set on a line of its own, a letter's
# salutation, and a subtitle ending on a comma before its sentence.
BROKEN = (
    "Pyongyang, May 3 (KCNA) -- A test-fire of the new tactical weapon system was held on Thursday under the "
    "guidance of the party and personally watched by\n"
    "Kim Jong Un, who set forth the tasks for its further development and its deployment in the units.\n"
    "On the occasion of the anniversary of the founding of the republic, on the eve of the great national "
    "holiday,\n"
    "the respected leader received congratulatory messages from the heads of state of many countries.\n"
    "Your Excellency,\n"
    "On behalf of the government and people of my country, I extend warm greetings to you and through you to "
    "your people."
)


def test_a_line_ending_on_a_preposition_or_followed_in_lower_case_goes_on() -> None:
    joined = unwrap_lines(BROKEN)
    assert len(joined) == len(BROKEN)
    assert "watched by Kim Jong Un, who" in joined
    assert "holiday, the respected leader" in joined


def test_sentence_ends_salutations_and_short_captions_keep_their_lines() -> None:
    joined = unwrap_lines(BROKEN)
    assert "units.\nOn the occasion" in joined and "countries.\nYour" in joined
    assert "Your Excellency,\nOn behalf" in joined
    caption = "Partido completa 40 anos de laços com a China\nPublicado em\nUma delegação do partido chegou."
    assert unwrap_lines(caption) == caption


def test_a_pinyin_gloss_is_not_joined_to_its_chinese_line() -> None:
    # a scraped page glosses a heading in pinyin on a line of its own, between paragraphs of a line each
    para = "中共中央对外联络部部长在北京会见来访的代表团，双方就加强两党交流合作深入交换意见，" * 3
    text = f"{para}\nhuì jiàn dài biǎo tuán e\n{para}\n{para}"
    assert unwrap_lines(text) == text


def test_menu_bullets_of_a_page_keep_their_lines() -> None:
    page = ("  • Inicio\n  • Política\n  • facebook\nEl presidente recibió este\nmartes a la delegación del Partido "
            "Comunista que llegó al país para una visita de trabajo de varios días, y con la que\n"
            "conversó sobre los lazos entre ambas organizaciones.")
    joined = unwrap_lines(page)
    assert "  • Inicio\n  • Política\n  • facebook\n" in joined
    assert "recibió este martes a la delegación" in joined and "con la que conversó" in joined


def test_a_page_line_in_lower_case_after_a_headline_keeps_its_line() -> None:
    # a page's dateline printed in lower case, or its font buttons, under the headline: no sentence goes on
    page = ("El rey se reúne con el presidente electo de Bolivia y con el de Argentina\nmadrid\n"
            "El rey recibió este lunes en el palacio al presidente electo.\nfontLarger fontSmaller\nOtra línea.")
    assert unwrap_lines(page) == page
