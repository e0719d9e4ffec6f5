"""Roundups of calls and messages in Latin-script text (issue 13, latround): the addressee told once, the callers or
senders listed after the cue ("received phone calls from A, B and C", "recibió llamadas de", "a reçu des appels de",
"recebeu telefonemas de"), after the verb ("Among the leaders who called X were A and B", "Also sending messages were"),
or one a sentence after a lede of many ("C, prime minister of ..., congratulated Xi on his historic election"; "US
President A said ..." after "received congratulatory phone calls from world leaders"): one call or message each,
between the caller or sender and the addressee. Sentences restated from real reporting of a president-elect's calls
and of a Xinhua roundup of messages to Xi Jinping (real-dev-multi-2, fit half)."""

from __future__ import annotations

import pytest

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events

LULA = "Luiz Inácio Lula da Silva"


def _pairs(found: tuple[EventFrame, ...], kind: str) -> set[frozenset[str]]:
    return {frozenset(p.person.name for p in e.participants) for e in found if e.kind == kind}


@pytest.mark.parametrize(
    ("language", "text", "callers"),
    [
        ("en", "BRASILIA, Oct. 31 -- Brazilian President-elect Luiz Inacio Lula da Silva received phone calls from "
               "US President Joe Biden, French President Emmanuel Macron and Argentine President Alberto Fernandez "
               "on Monday.", {"Joe Biden", "Emmanuel Macron", "Alberto Fernández"}),
        ("es", "El presidente electo de Brasil, Luiz Inácio Lula da Silva, habló por teléfono con el presidente de "
               "Estados Unidos, Joe Biden. También recibió llamadas del presidente de Argentina, Alberto Fernández, "
               "y del presidente de Chile, Gabriel Boric.", {"Joe Biden", "Alberto Fernández", "Gabriel Boric"}),
        ("fr", "Le président élu brésilien Luiz Inácio Lula da Silva s'est entretenu par téléphone avec le président "
               "américain Joe Biden. Il a également reçu des appels du président français Emmanuel Macron et du "
               "chancelier allemand Olaf Scholz.", {"Joe Biden", "Emmanuel Macron", "Olaf Scholz"}),
        ("pt", "O presidente eleito Luiz Inácio Lula da Silva recebeu telefonemas do presidente dos Estados Unidos, "
               "Joe Biden, do presidente da França, Emmanuel Macron, e do presidente da Argentina, Alberto "
               "Fernández.", {"Joe Biden", "Emmanuel Macron", "Alberto Fernández"}),
    ],
)
def test_calls_received_from_leaders_of_several_countries_are_one_call_each(
    language: str, text: str, callers: set[str]
) -> None:
    found = events(text, language, published="2022-10-31")
    assert _pairs(found, "phone_call") >= {frozenset({LULA, c}) for c in callers}
    assert all(e.remote for e in found if e.kind == "phone_call")


def test_a_callers_own_paragraph_is_a_call_to_the_roundups_addressee() -> None:
    # the dateline's city is the addressee's, not a host's: "In his call, D said" is D's call to Lula
    found = events(
        "BRASILIA, Oct. 31 -- Brazilian President-elect Luiz Inacio Lula da Silva received phone calls from US "
        "President Joe Biden and French President Emmanuel Macron on Monday.\n\nIn his call, German Chancellor Olaf "
        "Scholz said Germany was ready to work closely with Brazil.", "en", published="2022-10-31",
    )
    assert frozenset({LULA, "Olaf Scholz"}) in _pairs(found, "phone_call")


def test_leaders_listed_after_the_verb_of_calling_or_sending_each_call_or_write() -> None:
    found = events(
        "BEIJING, Nov. 21 (Xinhua) -- World leaders kept sending congratulations to Xi Jinping on his election as "
        "general secretary of the Communist Party of China (CPC) Central Committee.\n\nAlso sending messages were "
        "Cambodian Prime Minister Hun Sen and Lao President Thongloun Sisoulith.\n\nAmong the leaders who called Xi "
        "were Russian President Vladimir Putin and South African President Cyril Ramaphosa.", "en",
        published="2012-11-21",
    )
    xi = "Xi Jinping"
    assert _pairs(found, "message") >= {frozenset({xi, "Hun Sen"}), frozenset({xi, "Thongloun Sisoulith"})}
    assert _pairs(found, "phone_call") >= {frozenset({xi, "Vladimir Putin"}), frozenset({xi, "Cyril Ramaphosa"})}


def test_a_sender_congratulating_the_addressee_by_a_short_form_writes_to_them() -> None:
    # a Xinhua roundup (real-dev-multi-2, fit half): the lede's addressee, then one sender a paragraph
    found = events(
        "BEIJING, Nov. 21 (Xinhua) -- Countries, political parties and friendship organizations across the world "
        "kept sending congratulations to Xi Jinping on his election as general secretary of the Communist Party of "
        "China (CPC) Central Committee.\n\nHenry Puna, prime minister of the Cook Islands, congratulated Xi on his "
        "historic election as new CPC chief.\n\nAlso sending messages were Cambodian Prime Minister Hun Sen and Lao "
        "President Thongloun Sisoulith.", "en", published="2012-11-21",
    )
    assert frozenset({"Xi Jinping", "Henry Puna"}) in _pairs(found, "message")


def test_a_call_with_two_people_of_one_country_stays_one_call() -> None:
    found = events(
        "Chinese President Xi Jinping held a phone conversation with Vietnamese General Secretary To Lam and "
        "Vietnamese Prime Minister Pham Minh Chinh on Tuesday.", "en", published="2025-06-10",
    )
    assert len([e for e in found if e.kind == "phone_call"]) == 1


@pytest.mark.parametrize("text", ["Leaders who called for a ceasefire met in Cairo.", "The meeting called for ties."])
def test_calling_for_something_is_no_call(text: str) -> None:
    assert not any(e.kind == "phone_call" for e in events(text, "en"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El presidente electo de Brasil, Luiz Inácio Lula da Silva, recibió el lunes las felicitaciones de "
               "varios mandatarios tras su victoria. Entre los líderes que llamaron a Lula figuran el presidente de "
               "Estados Unidos, Joe Biden, y el presidente de Francia, Emmanuel Macron."),
        ("fr", "Le président élu Luiz Inácio Lula da Silva a reçu lundi les félicitations de nombreux dirigeants "
               "étrangers. Parmi les dirigeants qui l'ont appelé figurent le président américain Joe Biden et le "
               "président français Emmanuel Macron."),
        ("pt", "O presidente eleito Luiz Inácio Lula da Silva recebeu nesta segunda-feira felicitações de vários "
               "líderes. Entre os líderes que telefonaram para Lula estão o presidente dos Estados Unidos, Joe "
               "Biden, e o presidente da França, Emmanuel Macron."),
    ],
)
def test_callers_listed_after_a_relative_clause_of_calling_each_call_the_subject(language: str, text: str) -> None:
    found = events(text, language, published="2022-10-31")
    assert _pairs(found, "phone_call") == {frozenset({LULA, "Joe Biden"}), frozenset({LULA, "Emmanuel Macron"})}
    # the lede telling the congratulations of many is told one by one: no event of Lula alone
    assert all(len(e.participants) == 2 for e in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "BRASILIA, Oct. 31 -- Brazilian President-elect Luiz Inacio Lula da Silva received congratulatory "
               "phone calls from world leaders on Monday.\n\nUS President Joe Biden said he looked forward to "
               "working with Lula.\n\nFrench President Emmanuel Macron said France and Brazil would open a new "
               "chapter."),
        ("pt", "O presidente eleito Luiz Inácio Lula da Silva recebeu nesta segunda-feira telefonemas de vários "
               "líderes estrangeiros. O presidente dos Estados Unidos, Joe Biden, desejou sucesso ao novo governo. "
               "O presidente da França, Emmanuel Macron, afirmou que os dois países vão abrir um novo capítulo."),
    ],
)
def test_a_lede_of_calls_received_makes_each_titled_speaker_after_it_a_caller(language: str, text: str) -> None:
    found = events(text, language, published="2022-10-31")
    assert _pairs(found, "phone_call") == {frozenset({LULA, "Joe Biden"}), frozenset({LULA, "Emmanuel Macron"})}


def test_a_roundup_of_messages_sent_to_a_country_by_phone_and_letter_stays_messages() -> None:
    # "enviaram congratulações para a China por telefonema e carta" (Diário do Povo, real-dev): messages, not calls
    messages = [e for e in page_events("web-pt-302") if e.kind == "message"]
    senders = [{p.person.native for p in e.participants} for e in messages]
    assert {"Felipe Uscátegui"} in senders and {"Manolo Pichardo"} in senders


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "O presidente Luiz Inácio Lula da Silva conversou por telefone nesta terça-feira com o presidente da "
               "França, Emmanuel Macron. Em seguida, Lula falou com o primeiro-ministro do Canadá, Justin Trudeau. "
               "Lula também conversou com o chanceler da Alemanha, Olaf Scholz."),
        ("es", "El presidente de Brasil, Luiz Inácio Lula da Silva, conversó por teléfono este martes con el "
               "presidente de Francia, Emmanuel Macron. Luego, Lula habló con el primer ministro de Canadá, Justin "
               "Trudeau. Lula también conversó con el canciller de Alemania, Olaf Scholz."),
    ],
)
def test_a_conversation_told_right_after_a_call_is_the_next_call(language: str, text: str) -> None:
    found = events(text, language, published="2023-03-14")
    assert _pairs(found, "phone_call") == {frozenset({LULA, c}) for c in ("Emmanuel Macron", "Justin Trudeau",
                                                                           "Olaf Scholz")}
    assert not [e for e in found if e.kind == "meeting"]


def test_a_conversation_after_a_meeting_stays_what_it_was() -> None:
    found = events(
        "El presidente de Brasil, Luiz Inácio Lula da Silva, se reunió este martes en Brasilia con el presidente de "
        "Francia, Emmanuel Macron. Lula también conversó con el canciller de Alemania, Olaf Scholz.", "es",
        published="2023-03-14",
    )
    assert not [e for e in found if e.kind == "phone_call"]
