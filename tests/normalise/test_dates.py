"""Normalise: publication dates with precision, ambiguous day/month resolved by evidence."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.ingest import iter_inputs
from liaison.model.types import Article, FuzzyDate
from liaison.normalise import normalise
from liaison.normalise.dates import day_of_month, last_weekday, month_day, published_date
from tests.conftest import SEEDS


def _doc(text: str, published: str | None = None, language: str | None = None) -> Article:
    return Article(doc_id="t", text=text, content_hash="h", origin="t", published=published, language=language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\nPublished at: 09/06/2025 11:00 AM\nThis Monday, X met Y.", "2025-06-09"),
        ("Headline\nPublished at: 09/06/2025 11:00 AM\nThis Saturday, X met Y.", "2025-09-06"),
        ("Headline\nPublished at: 25/12/2024\nX met Y.", "2024-12-25"),
        ("Headline\n ( 2020.05.29 )\nOn the morning of May 29th ...", "2020-05-29"),
        ("2023-07-10 Beijing. X met Y.", "2023-07-10"),
        ("BEIJING, Dec. 12, 2023 (Xinhua) -- X met Y", "2023-12-12"),
        ("2024年3月21日 新闻", "2024-03-21"),
    ],
)
def test_published_from_text_head(text: str, expected: str) -> None:
    fd, span = published_date(None, text)
    assert fd == FuzzyDate(expected, "day")
    assert span is not None and text[span[0] : span[1]].strip()


def test_metadata_wins_and_keeps_precision() -> None:
    assert published_date("2023-07", "Published at: 09/06/2025")[0] == FuzzyDate("2023-07", "month")
    assert published_date("2019", "x")[0] == FuzzyDate("2019", "year")
    assert published_date("2022-12-21T19:00:00+08:00", "x")[0] == FuzzyDate("2022-12-21", "day")


def test_no_date_stays_unknown() -> None:
    assert published_date(None, "Li Jun met Wang June in Beijing.") == (None, None)


def test_seed_documents(shared: object) -> None:
    docs = {a.doc_id: normalise(a) for a in iter_inputs([SEEDS]) if isinstance(a, Article)}
    assert docs["000_60bced7b8f3769a1"].published == FuzzyDate("2025-06-09", "day")
    assert docs["004_7043981c94149c74"].published == FuzzyDate("2020-05-29", "day")
    assert all(d.language == "en" for d in docs.values())


def test_relative_date_helpers() -> None:
    monday = date(2025, 6, 9)
    assert last_weekday(monday, 0) == monday
    assert last_weekday(monday, 0, strictly_before=True) == date(2025, 6, 2)
    assert last_weekday(date(2023, 12, 12), 3) == date(2023, 12, 7)
    assert month_day(date(2024, 1, 3), 12, 28) == date(2023, 12, 28)
    assert month_day(date(2020, 5, 29), 5, 29) == date(2020, 5, 29)
    assert day_of_month(date(2023, 4, 24), 24) == date(2023, 4, 24)
    assert day_of_month(date(2023, 5, 2), 29) == date(2023, 4, 29)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("中共中央政治局常委、中央书记处书记蔡奇在北京会见越南共产党代表团。", "zh"),
        ("El secretario general del PSUV sostuvo este lunes un encuentro con la delegación de la parte china.",
         "es"),
        ("The general secretary of the PSUV held a meeting with the minister of the department.", "en"),
        ("O secretário-geral do partido participou da reunião com a delegação chinesa, que não foi anunciada.",
         "pt"),
        ("Le secrétaire général du parti a rencontré mardi la délégation chinoise, qui est arrivée lundi.", "fr"),
        ("Liu Jianchao s'est entretenu avec une délégation du Parti communiste français dans la capitale.", "fr"),
        ("A delegação do PCP foi recebida pelos dirigentes do Departamento Internacional, não se sabe onde.",
         "pt"),
        ("Una delegazione del PCC è stata ricevuta martedì a Roma dal segretario del partito.", "it"),
        ("Il capo del Dipartimento Internazionale ha incontrato una delegazione del Partito Democratico.", "it"),
        ("La delegación del PCCh fue recibida el martes en Roma por el secretario del partido.", "es"),
        ("Лю Цзяньчао во вторник в Пекине встретился с делегацией партии «Единая Россия».", "ru"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert normalise(_doc(text)).language == lang


def test_italian_sentences_keep_honorifics() -> None:
    from liaison.normalise.sentences import split_sentences

    text = "Erano presenti il Sen. Rossi e il Dott. Bianchi. La delegazione è poi partita."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Erano presenti il Sen. Rossi e il Dott. Bianchi.",
        "La delegazione è poi partita.",
    ]


def test_cyrillic_sentences_split_before_a_capital() -> None:
    from liaison.normalise.sentences import split_sentences

    text = "Стороны провели переговоры. Делегацию возглавил Андрей Климов."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Стороны провели переговоры.",
        "Делегацию возглавил Андрей Климов.",
    ]


def test_given_language_is_kept() -> None:
    assert normalise(_doc("Hola", language="es-VE")).language == "es"


def test_french_sentences_keep_honorifics_and_split_before_accented_capitals() -> None:
    from liaison.normalise.sentences import split_sentences

    text = (
        "Il a rencontré M. Huang et Mme Li. À l'issue de la rencontre, MM. Roussel et Li ont parlé. "
        "« Merci », a-t-il dit."
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Il a rencontré M. Huang et Mme Li.",
        "À l'issue de la rencontre, MM. Roussel et Li ont parlé.",
        "« Merci », a-t-il dit.",
    ]


def test_weekday_evidence_in_french_and_portuguese() -> None:
    from liaison.normalise.dates import weekday_evidence

    assert weekday_evidence("Ce lundi, il a reçu ; nesta terça-feira, reuniu-se") == {0, 1}
