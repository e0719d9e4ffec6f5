"""A roundup told in one sentence with no subject before its cue (further29, issue 13): the callers or senders listed
after the cue, each named there first, of three or more countries, are one call or message each, to the one of the
list named before ("conversaram com Lula pelo telefone A; B; C", after a lede of calls to him), else to the article's
subject ("Messages of congratulation came by cable from A, B and C", after a lede of cables to him). Sentences
restated from a Brazilian daily's page on a president-elect's calls (real-dev-multi-2) and a Vietnamese agency's
roundup of cables (real-dev-11)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events

LULA = "Luiz Inácio Lula da Silva"
TRONG = "Nguyen Phu Trong"


def _pairs(found: tuple[EventFrame, ...], kind: str) -> set[frozenset[str]]:
    return {frozenset(p.person.name for p in e.participants) for e in found if e.kind == kind}


def test_callers_listed_as_the_inverted_subject_after_a_lede_of_calls_each_call() -> None:
    found = events(
        "Lula recebe ligações de Macron e de outros líderes\n\nDesde domingo, o presidente eleito Luiz Inácio Lula da "
        "Silva recebeu telefonemas de 13 líderes mundiais.\n\nJá conversaram com Lula por telefone o presidente da "
        "Colômbia, Gustavo Petro; o chanceler da Alemanha, Olaf Scholz; o presidente da França, Emmanuel Macron; o "
        "presidente do Chile, Gabriel Boric; o premiê e o presidente de Portugal, António Costa e Marcelo Rebelo de "
        "Sousa.", "pt", published="2022-10-31",
    )
    callers = {"Olaf Scholz", "Gabriel Boric", "Gustavo Petro", "Emmanuel Macron", "António Costa"}
    assert _pairs(found, "phone_call") >= {frozenset({LULA, c}) for c in callers}
    assert not any(len(e.participants) > 2 for e in found if e.kind == "phone_call")


def test_senders_listed_after_messages_came_from_write_to_the_article_subject() -> None:
    found = events(
        "Hanoi (VNA) - Leaders of parties and states abroad have cabled warm congratulations to Party General "
        "Secretary and State President Nguyen Phu Trong, re-elected to lead the party.\nMessages of congratulation "
        "arrived via cable from Indian President Ram Nath Kovind, Palestinian President Mahmoud Abbas, Russian "
        "President Vladimir Putin and Cuban President Miguel Díaz-Canel.", "en", published="2021-02-03",
    )
    senders = {"Miguel Díaz-Canel", "Vladimir Putin", "Ram Nath Kovind", "Mahmoud Abbas"}
    assert _pairs(found, "message") >= {frozenset({TRONG, s}) for s in senders}


def test_a_meeting_with_people_of_several_countries_stays_one_meeting() -> None:
    # not a call nor a message: a leaders' meeting with three foreign heads is one event
    found = events(
        "O presidente Luiz Inácio Lula da Silva chegou a Paris na segunda-feira.\n\nNa terça-feira, reuniram-se com "
        "Lula o presidente da França, Emmanuel Macron, o chanceler da Alemanha, Olaf Scholz, e o presidente do "
        "Chile, Gabriel Boric.", "pt", published="2023-06-20",
    )
    assert not _pairs(found, "phone_call") and not _pairs(found, "message")



def test_a_leader_receiving_congratulations_from_leaders_of_several_countries_gets_one_message_each() -> None:
    # "went on receiving congratulations from": messages, not a reception (real-dev-multi-3, check half)
    found = events(
        "Hanoi (VNA) - State President Nguyen Xuan Phuc kept on receiving congratulations from Indonesian President "
        "Joko Widodo, Sri Lankan President Gotabaya Rajapaksa and Kyrgyzstan President Sadyr Japarov.", "en",
        published="2021-04-10",
    )
    senders = {"Joko Widodo", "Gotabaya Rajapaksa", "Sadyr Japarov"}
    assert _pairs(found, "message") == {frozenset({"Nguyen Xuan Phuc", s}) for s in senders}


def test_pm_is_a_prime_ministers_title_that_tells_the_country() -> None:
    found = events(
        "Hanoi (VNA) - Prime Minister Pham Minh Chinh in turn received letters of congratulations from Azerbaijani PM "
        "Ali Asadov and Bhutanese PM Lotay Tshering.", "en", published="2021-04-10",
    )
    sides = {p.person.name: p.side for e in found for p in e.participants}
    assert sides.get("Lotay Tshering") == "BT" and sides.get("Ali Asadov") == "AZ"
    assert _pairs(found, "message") == {frozenset({"Pham Minh Chinh", s}) for s in ("Lotay Tshering", "Ali Asadov")}


def test_a_list_with_no_cue_after_a_roundups_messages_goes_on_one_message_each() -> None:
    found = events(
        "Hanoi (VNA) - Leaders of parties and states abroad have sent cables congratulating Party General Secretary "
        "and State President Nguyen Phu Trong on his re-election.\nCongratulatory messages came by cable from Cuban "
        "President Miguel Díaz-Canel, Russian President Vladimir Putin and Indian President Ram Nath Kovind.\nAlso on "
        "the list are the National Secretary of the French Communist Party Fabien Roussel, the General Secretary of "
        "the Portuguese Communist Party Jerónimo de Sousa and the Chairman of the Hungarian Workers' Party Gyula "
        "Thürmer.", "en", published="2021-02-03",
    )
    senders = {"Fabien Roussel", "Jerónimo de Sousa", "Gyula Thürmer"}
    assert _pairs(found, "message") >= {frozenset({TRONG, s}) for s in senders}


def test_a_list_of_attendees_after_a_message_is_no_roundup() -> None:
    found = events(
        "Hanoi (VNA) - Cuban President Miguel Díaz-Canel sent a message to Party General Secretary Nguyen Phu Trong "
        "on his re-election.\nThe ceremony was attended by French ambassador Nicolas Warnery, Russian ambassador "
        "Gennady Bezdetko and Indian ambassador Pranay Verma.", "en", published="2021-02-03",
    )
    assert not any(len(e.participants) == 2 and "Nicolas Warnery" in {p.person.name for p in e.participants}
                   and e.kind == "message" for e in found)
