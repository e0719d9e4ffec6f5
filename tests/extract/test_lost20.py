"""An exchange whose only named person is the counterpart of a subject the story does not name (issue 13, lostlat):
"el jefe de Estado envió un abrazo a su par chino y secretario general de la organización política, Xi Jinping"
(Prensa Latina, web-es-301) is a message from abroad, not a domestic one: the counterpart's word and a demonym of
the named person's side (``cues.side_counterpart``) tell that the subject is of another side; "secretario general de
la organización política" is the post of his side's party. The real page, and short restatements in the same
construction in French and Portuguese, positive and negative (no demonym; a domestic message)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


def _named(found: tuple[EventFrame, ...]) -> list[tuple[str, set[str]]]:
    return [(e.kind, {p.person.native for p in e.participants}) for e in found]


def test_a_message_to_the_named_counterpart_of_an_unnamed_head_of_state() -> None:
    found = page_events("web-es-301")
    assert _named(found) == [("message", {"Xi Jinping"})]
    # "secretario general de la organización política": the party's post (``organisations.own_party_posts``)
    assert [p.person.organization.key for p in found[0].participants if p.person.organization] == ["cpc"]


def test_the_same_construction_in_short_texts() -> None:
    fr = events("Depuis son compte sur X, le chef de l'Etat a adressé ses félicitations à son homologue chinois et "
                "secrétaire général du Parti communiste chinois, Xi Jinping, pour l'anniversaire de la fondation du "
                "Parti.", "fr", "2023-07-01")
    assert _named(fr) == [("message", {"Xi Jinping"})]
    pt = events("Na sua conta no X, o chefe de Estado enviou uma mensagem de felicitações ao seu homólogo chinês e "
                "secretário-geral do Partido Comunista da China, Xi Jinping, pelo aniversário da fundação do "
                "Partido.", "pt", "2023-07-01")
    assert _named(pt) == [("message", {"Xi Jinping"})]


def test_no_demonym_or_a_domestic_message_is_none() -> None:
    comrade = events("Na sua conta no X, o chefe de Estado enviou uma mensagem de felicitações ao seu camarada e "
                     "secretário-geral do Partido Comunista da China, Xi Jinping, pelo aniversário da fundação do "
                     "Partido.", "pt", "2023-07-01")
    assert not comrade
    home = events("Le président chinois Xi Jinping a adressé un message aux membres du Parti communiste chinois pour "
                  "l'anniversaire de la fondation du Parti.", "fr", "2023-07-01")
    assert not home
