"""Triage: every dev article with gold events passes; plainly domestic items do not."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

import liaison.extract as extract_pkg
from liaison.extract.triage import may_hold_exchange, turned_away_as_written
from liaison.ingest import content_hash
from liaison.model.types import Article, Document
from liaison.normalise import normalise


def _doc(text: str, title: str | None = None, language: str = "zh") -> Document:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test",
                      title=title, language=language)
    return normalise(article)


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_recall_is_complete_on_french_portuguese_and_spanish_real_dev_gold() -> None:
    real_dev = Path(__file__).resolve().parents[2] / "quality" / "real-dev"
    for part in ("web-fr", "web-pt", "web-es"):
        articles = {str(a["id"]): a for a in _jsonl(real_dev / f"{part}.articles.jsonl")}
        gold = _jsonl(real_dev / f"{part}.gold.jsonl")
        missed = [
            str(g["doc"]) for g in gold if g["events"]
            and not may_hold_exchange(_doc(str(articles[str(g["doc"])]["text"]), None, part[-2:]))
        ]
        assert len(gold) >= 10 and missed == []


def test_recall_is_complete_on_the_italian_gold() -> None:
    """The Italian stems of ``kb/lang/it.toml`` let every Italian article with an event through."""
    folder = Path(__file__).resolve().parents[2] / "quality" / "synthetic-it"
    articles = {str(a["id"]): a for a in _jsonl(folder / "articles.jsonl")}
    gold = _jsonl(folder / "gold.jsonl")
    missed = [
        str(g["doc"]) for g in gold
        if g["events"] and not may_hold_exchange(_doc(str(articles[str(g["doc"])]["text"]), None, "it"))
    ]
    assert len(gold) >= 6 and missed == []


def test_recall_is_complete_on_dev_gold(shared: Path) -> None:
    articles = {str(a["id"]): a for a in _jsonl(shared / "eval" / "dev.jsonl")}
    gold = _jsonl(shared / "eval" / "dev-gold.jsonl")
    with_events = [str(g["doc"]) for g in gold if g["events"]]
    assert len(with_events) >= 40
    missed = []
    for doc_id in with_events:
        a = articles[doc_id]
        doc = _doc(str(a["text"]), a.get("title"), str(a.get("language") or ""))  # type: ignore[arg-type]
        if not may_hold_exchange(doc):
            missed.append(doc_id)
    assert missed == []


@pytest.mark.parametrize(
    ("text", "title", "language"),
    [
        ("蔡奇在北京会见由越共中央政治局委员阮春胜率领的越南共产党代表团。", None, "zh"),
        ("国务院总理李强16日同荷兰首相吕特通电话。", None, "zh"),
        ("中联部以视频方式举办中共二十大精神对非专场宣介会。", None, "zh"),
        ("习近平致电祝贺。", None, "zh"),
        ("", "习近平同坦桑尼亚总统举行会谈", "zh"),  # text lost, headline kept
        ("This Monday, the general secretary of the PSUV held a meeting with Wu Hansheng.", None, "en"),
        ("Li Jun Attends Online Video Conference on COVID-19 Response", None, "en"),
        ("El secretario general del PSUV sostuvo una reunión con una delegación del PCCh.", None, "es"),
        ("Diosdado Cabello recibió a Wu Hansheng en Caracas.", None, "es"),
        ("Li Xi s'est entretenu mardi avec Fabien Roussel.", None, "fr"),
        ("Le président a reçu en audience l'ambassadeur de Chine.", None, "fr"),
        ("Xi Jinping a adressé un message de félicitations à Tô Lâm.", None, "fr"),
        ("Les deux dirigeants ont tenu une visioconférence.", None, "fr"),
        ("A secretária-geral foi recebida em audiência pelo vice-ministro.", None, "pt"),
        ("Cai Qi reuniu-se com a delegação do PAICV.", None, "pt"),
    ],
)
def test_exchange_cues_pass(text: str, title: str | None, language: str) -> None:
    assert may_hold_exchange(_doc(text, title, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("长江是中华民族的母亲河，也是中华民族发展的重要支撑。十年来，沿江省市共抓大保护。", "zh"),
        ("今年我国夏粮总产量再创新高，农民收入持续增长。", "zh"),
        ("Heavy rain is expected in the south of the country this weekend.", "en"),
        ("La inflación bajó al 3 por ciento en el último trimestre.", "es"),
        ("La récolte de blé a progressé de 4 % cette année dans le nord du pays.", "fr"),
    ],
)
def test_domestic_items_fail(text: str, language: str) -> None:
    assert not may_hold_exchange(_doc(text, None, language))


def test_extract_runs_the_language_extractor_only_after_triage(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def fake_extract_events(doc: Document, gazetteer: object) -> tuple[()]:
        calls.append(doc.text)
        return ()

    monkeypatch.setattr(extract_pkg, "import_module", lambda name: SimpleNamespace(extract_events=fake_extract_events))
    domestic = _doc("今年我国夏粮总产量再创新高，农民收入持续增长。")
    exchange = _doc("国务院总理李强16日同荷兰首相吕特通电话。")
    assert extract_pkg.extract(domestic).events == ()
    extract_pkg.extract(exchange)
    assert calls == [exchange.text]


def test_a_spanish_reception_told_in_the_present_or_by_its_noun_passes() -> None:
    """A caption's "recibe a" and "En una recepción ofrecida ... para" (VietnamPlus, real-dev web-es-1605)."""
    caption = ("El miembro del Buró Político, Tran Quoc Vuong, recibe a Jesús Germán Faría Tortosa, "
               "vicepresidente de Economía Productiva del Partido Socialista Unido de Venezuela")
    reception = "En una recepción ofrecida en esta capital para Jesús Germán Faría Tortosa, Quoc Vuong dio las gracias."
    assert may_hold_exchange(_doc(caption, language="es"))
    assert may_hold_exchange(_doc(reception, language="es"))


@pytest.mark.parametrize(
    ("text", "title", "away"),
    [
        ("国务院常务会议研究部署防汛抗旱工作。", None, True),
        ("国务院常务会议研究部署防汛抗旱工作。", "习近平会见外宾", False),  # the title's cue
        ("国家主席习近平在人民大会堂会见越南国家主席。", None, False),
        ("在人民大会堂举行仪式,欢迎越南国家主席。", None, False),  # an ASCII comma made full-width: 仪式，欢迎
        ("在人民大会堂举行仪式，，欢迎越南国家主席。", None, False),  # a doubled comma dropped: 仪式，欢迎
        ("習近平在人民大會堂會見越南國家主席。", None, False),  # characters t2s changes: decided once normalised
        ("人民大会(huì)堂举行活动。", None, False),  # a gloss moves characters: decided once normalised
    ],
)
def test_turned_away_as_written(text: str, title: str | None, away: bool) -> None:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", title=title,
                      language="zh")
    assert turned_away_as_written(article, "zh") is away
    if away:
        assert not may_hold_exchange(normalise(article))


def test_turned_away_as_written_only_decides_chinese() -> None:
    text = "The cabinet discussed flood prevention."
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", language="en")
    assert turned_away_as_written(article, "en") is False


def test_turned_away_as_written_agrees_with_the_triage_on_real_cctv_items(shared: Path) -> None:
    """Every real item decided as written is one the triage turns away once it is normalised."""
    import gzip
    from itertools import islice

    decided = 0
    with gzip.open(shared / "corpus" / "xwlb-2012-2022.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in islice(fh, 4000):
            record = json.loads(line)
            text = record.get("text") or ""
            if not text.strip():
                continue
            article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test",
                              title=record.get("title"), language="zh")
            if turned_away_as_written(article, "zh"):
                decided += 1
                assert not may_hold_exchange(normalise(article, sentences=False)), text[:60]
    assert decided >= 1000


def test_the_answer_kept_is_for_the_same_article_text_and_language_only() -> None:
    """``extract`` asks again of the document a worker triaged (its sentences added: the same article and text); any
    other document, or the same article read in another language, is triaged afresh."""
    from dataclasses import replace

    from liaison.normalise import with_sentences

    met = normalise(Article(doc_id="a", text="习近平会见越南国家主席。", content_hash="h", origin="t", language="zh"),
                    sentences=False)
    assert may_hold_exchange(met) and may_hold_exchange(with_sentences(met))
    domestic = _doc("今天北京天气晴。")
    assert not may_hold_exchange(domestic)
    latin = _doc("The president met the delegation.", language="en")
    assert may_hold_exchange(latin) and not may_hold_exchange(replace(latin, language="zh"))
