"""The story's actor named only by a title and a lone family name ("M. Bensalah") is the principal of the later acts
told of them, not the counterpart met first (issue 13, further33: ``latin/titled_actor.py``). Restated from a
real-dev-multi-3 page (an Algerian senate president's talks on a summit's margins)."""

from __future__ import annotations

from tests.extract.latin_helpers import lead_pairs

_BENSALAH = (
    "M. Bensalah s'est entretenu mercredi, en marge du Sommet, avec des dirigeants de plusieurs pays. "
    "M. Bensalah a eu des entretiens avec le président tunisien, Beji Caïd Essebssi, sur les relations entre les "
    "deux pays. M. Bensalah a par ailleurs eu un entretien avec le Premier ministre libanais, Saad Hariri, pour "
    "passer en revue les liens bilatéraux. Le président du Conseil de la nation s'est aussi entretenu avec le "
    "commissaire européen chargé de l'élargissement, Johannes Hahn."
)


def test_a_later_act_of_the_actor_named_by_title_is_theirs() -> None:
    pairs = lead_pairs(_BENSALAH, "fr", "2019-02-26")
    assert frozenset({"Bensalah", "Saad Hariri"}) in pairs
    assert frozenset({"Beji Caïd Essebssi", "Saad Hariri"}) not in pairs


def test_a_later_act_told_by_the_actors_post_is_theirs_too() -> None:
    # the subject a post: the lead it borrowed from the act before is the actor's counterpart, not the actor
    assert frozenset({"Bensalah", "Johannes Hahn"}) in lead_pairs(_BENSALAH, "fr", "2019-02-26")


def test_the_actors_first_exchange_is_kept() -> None:
    assert frozenset({"Bensalah", "Beji Caïd Essebssi"}) in lead_pairs(_BENSALAH, "fr", "2019-02-26")


def test_a_pronoun_subject_keeps_the_principal_met_before() -> None:
    # no lone family name after a title opens the later act: the subject is the one named in full before
    pairs = lead_pairs(
        "Le ministre algérien des Affaires étrangères, Ramtane Lamamra, a rencontré mercredi le président tunisien, "
        "Beji Caïd Essebssi. Il a par ailleurs eu un entretien avec le Premier ministre libanais, Saad Hariri.",
        "fr", "2019-02-26")
    assert frozenset({"Ramtane Lamamra", "Saad Hariri"}) in pairs
