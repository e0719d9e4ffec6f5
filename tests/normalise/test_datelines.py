"""Datelines and bylines become document metadata (place, date, agency) in the styles of real wire copy."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from liaison.model.types import Article, FuzzyDate
from liaison.normalise import datelines, language, normalise
from liaison.normalise.datelines import find_dateline
from liaison.normalise.language import detect_language

REPO = Path(__file__).resolve().parents[2]


def _doc(text: str, published: str | None = "2024-04-15", language: str = "en"):  # type: ignore[no-untyped-def]
    return normalise(Article("d1", text, "h", "test", published=published, language=language))


@pytest.mark.parametrize(
    ("text", "published", "place", "date", "agency"),
    [
        ("Pyongyang, April 14 (KCNA) -- Kim Tok Hun met a delegation led by Roman Chekushov.",
         "2024-04-15", "Pyongyang", "2024-04-14", "KCNA"),
        ("Pyongyang, August 8 (KCNA) --Kim Jong Un, general secretary of the Workers' Party of Korea, received it.",
         "2024-08-08", "Pyongyang", "2024-08-08", "KCNA"),
        ("BEIJING, May 3 (Xinhua) -- Li Xi met with a delegation of the Workers' Party of Brazil.",
         "2024-05-04", "Beijing", "2024-05-03", "Xinhua"),
        ("HAVANA, June 9 (Prensa Latina) The first secretary received the visiting delegation.",
         "2024-06-10", "Havana", "2024-06-09", "Prensa Latina"),
        ("La Habana, 19 may (RHC) El primer secretario recibió a la delegación del Partido.",
         "2024-05-20", "La Habana", "2024-05-19", "RHC"),
        ("Caracas, 9 jun (Prensa Latina) El secretario general del PSUV sostuvo un encuentro.",
         "2024-06-10", "Caracas", "2024-06-09", "Prensa Latina"),
        ("Vientiane, 15 March 2024 (KPL) – The General Secretary received the delegation.",
         None, "Vientiane", "2024-03-15", "KPL"),
        ("Beijing, April 22nd—Liu Jianchao, Minister of the International Department, met here today with them.",
         "2025-04-23", "Beijing", "2025-04-22", None),
        ("BEIJING, Dec. 12 (Xinhua) -- Wang met with the delegation in Beijing on Thursday.",
         "2024-01-03", "Beijing", "2023-12-12", "Xinhua"),
        ("Hanoi (VNA) – Politburo member Nguyen Xuan Thang hosted a reception in Hanoi on August 25.",
         "2023-08-25", "Hanoi", None, "VNA"),
        ("HÀ NỘI — President Võ Văn Thưởng hosted a reception in Hanoi on December 18.",
         "2023-12-19", "Hà Nội", None, None),
    ],
)
def test_dateline_parts(text: str, published: str | None, place: str, date: str | None, agency: str | None) -> None:
    line = _doc(text, published).dateline
    assert line is not None
    assert (line.place, line.date.iso if line.date else None, line.agency) == (place, date, agency)
    assert line.span[0] == 0 and text[line.span[1] :].lstrip()[:1].isupper()  # the first clause follows it


def test_dateline_after_headline_and_caption() -> None:
    text = (
        "CPC delegation visits U.S.\n\nLiu Jianchao meets with Antony Blinken in Washington, Jan. 12, 2024. "
        "(Xinhua/Liu Jie)\n\nSAN FRANCISCO, Jan. 13 (Xinhua) -- Liu Jianchao led a CPC delegation on a visit."
    )
    line = _doc(text, "2024-01-15").dateline
    assert line is not None and (line.place, line.agency) == ("San Francisco", "Xinhua")
    assert line.date == FuzzyDate("2024-01-13", "day")
    assert text[line.span[0] :].startswith("SAN FRANCISCO")


def test_chinese_agency_dateline() -> None:
    text = "新华社北京5月3日电 中共中央政治局常委蔡奇3日在北京会见代表团。"
    line = find_dateline(text, FuzzyDate("2024-05-04", "day"))
    assert line is not None and (line.place, line.agency) == ("北京", "新华社")
    assert line.date == FuzzyDate("2024-05-03", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, April 14 marks the anniversary of the founding of the party.",
        "President Joseph R. Biden, Jr. met today with Prime Minister Al-Kadhimi\nof Iraq.",
        "Liu Jianchao, head of the International Department, met with a delegation (photo) in Beijing.",
        "The delegation (VNA) – arrived on Monday.",
        # a page's date line, weekday first (AméricaEconomía): the weekday is no place
        "Vicepresidente chino inicia visita oficial a Venezuela\nLunes, Mayo 13, 2013 - 09:35\n"
        "Li Yuanchao se dirigió después a la sede.",
        "Segunda-feira, 13 de maio de 2013 - O vice-presidente chegou.",
    ],
)
def test_no_dateline_in_plain_sentences(text: str) -> None:
    assert _doc(text).dateline is None


def test_unresolvable_date_is_left_unknown() -> None:
    line = _doc("HAVANA, June 9 (Prensa Latina) The delegation arrived.", None).dateline
    assert line is not None and line.place == "Havana" and line.date is None


def test_a_head_without_the_marks_a_latin_dateline_needs_holds_none() -> None:
    """``find_dateline`` reads no Latin dateline where the head holds none of ``,:.-—–`` (most Chinese items):
    every match of ``_LATIN`` holds one, on real-dev heads and on random strings of its parts."""
    paths = sorted((REPO / "quality" / "real-dev").glob("*.articles.jsonl"))
    heads = [json.loads(line)["text"][:1500] for path in paths for line in path.open(encoding="utf-8") if line.strip()]
    assert len(heads) > 500
    rng = random.Random(5)
    alphabet = ["HANOI", "Beijing", "La Habana", " ", "\t", "\n", "(VNA)", "（新华社）", "May", "3", "2024", "--", "—",
                "–", "-", ":", ".", ",", "中国", "会见"]
    heads += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(20_000)]
    matched = [h for h in heads if datelines._LATIN.search(h)]
    assert len(matched) > 500
    assert [h for h in matched if not datelines._LATIN_MARK.search(h)] == []
    assert find_dateline("新华社北京5月3日电 中共中央政治局常委蔡奇会见越南代表团。", None) is not None
    assert find_dateline("HANOI — Vietnam's party chief met a delegation.", None) is not None


def test_ten_chinese_characters_found_as_counting_them_finds_them() -> None:
    rng = random.Random(7)
    alphabet = ["中", "国", "a", " ", "\n", "，", "1", "é", "Д"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert (language._TEN_CJK.match(text) is not None) == (len(language._CJK.findall(text)) >= 10), repr(text)
    assert detect_language("国家主席习近平在北京会见越南共产党中央委员会总书记") == "zh"
    assert detect_language("Le président chinois a reçu une délégation du parti communiste.") == "fr"
