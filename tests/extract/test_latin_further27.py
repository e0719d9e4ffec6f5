"""Further exchanges of multi-event pages (session 27, further27).

- A speaking word (``cues.speaker``) that stands only inside the title of a person the cue sentence names ("le chef de
  la délégation de l'Union européenne, A") makes nobody a co-speaker of the exchange told before
  (``later_seats._met_before_speaking``).
- A further act whose subject is named only by a short form of a person named before ("M. Hariri a d'autre part
  reçu A, B et C", "Hariri also received A and B") is another event, one per person received, not more counterparts
  of the exchange told before (``sequels._further``: the subject before the cue may be a later short form).

Restatements of a real-dev page (a Beirut daily's day of a prime minister's audiences) and an English rendering
of the same construction."""

from __future__ import annotations

from tests.extract.latin_helpers import lead_pairs

_AUDIENCES_FR = (
    "Le Premier ministre, Rafic Hariri, a consacré sa journée de lundi aux rencontres diplomatiques, discutant "
    "surtout de questions locales avec le ministre des Affaires étrangères, Jean Obeid.\n\n"
    "M. Hariri a aussi reçu en visite protocolaire Nikolaos Vanvounakis, nouvel ambassadeur de Grèce au Liban.\n\n"
    "M. Hariri a d'autre part reçu la représentante de la Belgique, Françoise Gustin, l'envoyé bulgare, Nikolaï "
    "Andreev, ainsi que le chef de la délégation de l'Union européenne, Patrick Renauld."
)

# the same day without the additive word: the title "chef de la délégation" of a person received is no speaker
_AUDIENCES_TITLE = _AUDIENCES_FR.replace("a d'autre part reçu", "a reçu")

_AUDIENCES_EN = (
    "BEIRUT, Feb. 18 -- Prime Minister Rafic Hariri on Monday received Nikolaos Vanvounakis, the new ambassador of "
    "Greece to Lebanon, on a protocol visit.\n\n"
    "Hariri also received the Belgian ambassador, Francoise Gustin, and the Bulgarian envoy, Nikolai Andreev."
)


def test_a_further_act_of_a_subject_named_by_surname_is_one_event_per_person_received() -> None:
    pairs = lead_pairs(_AUDIENCES_FR, "fr", "2004-02-19")
    assert frozenset({"Rafic Hariri", "Nikolaos Vanvounakis"}) in pairs
    assert frozenset({"Rafic Hariri", "Françoise Gustin"}) in pairs
    assert frozenset({"Rafic Hariri", "Nikolaï Andreev"}) in pairs
    assert not any("Françoise Gustin" in p and "Nikolaos Vanvounakis" in p for p in pairs)


def test_an_english_further_act_of_a_surname_subject_is_its_own_event() -> None:
    pairs = lead_pairs(_AUDIENCES_EN, "en", "2004-02-19")
    assert frozenset({"Rafic Hariri", "Nikolaos Vanvounakis"}) in pairs
    assert not any("Francoise Gustin" in p and "Nikolaos Vanvounakis" in p for p in pairs)


def test_a_delegation_head_title_of_a_person_received_seats_no_one_in_the_first_audience() -> None:
    pairs = lead_pairs(_AUDIENCES_TITLE, "fr", "2004-02-19")
    assert frozenset({"Rafic Hariri", "Nikolaos Vanvounakis"}) in pairs
    assert not any("Nikolaos Vanvounakis" in p and ("Françoise Gustin" in p or "Patrick Renauld" in p) for p in pairs)
