"""French roundups of messages listing their senders (issue 13, frroundup; restated from real-dev-12 pages, reworded,
names, titles and constructions kept): items "du TITRE, NOM, du TITRE, NOM" (a title is never the name's before it),
a lede telling the addressee receiving many messages, a plural post of two countries by their adjectives, monarchs."""

from __future__ import annotations

from tests.extract.real_dev_pages import sentence_events

_LEDE = (
    "Le Président de la République, Abdelaziz Bouteflika, a reçu des messages de vœux de plusieurs souverains et "
    "chefs d'Etat pour le 63e anniversaire de la Révolution. "
)


def _senders(events) -> dict[str, tuple[str | None, frozenset[str]]]:
    """Each sender -> (side, the others of their message)."""
    out = {}
    for e in events:
        if e.kind != "message":
            continue
        names = frozenset(p.person.native for p in e.participants)
        for p in e.participants:
            out[p.person.native] = (p.side, names - {p.person.native})
    return out


def test_each_item_of_a_list_of_senders_is_a_message_with_its_own_country() -> None:
    text = _LEDE + (
        "Des messages de vœux ont été adressés au Président de la République de la part du président iranien, "
        "Hassen Rouhani, du souverain du Maroc, le roi Mohamed VI, du président palestinien, Mohamed Abbas et du "
        "président tunisien, Béji Caid Essebssi."
    )
    events = sentence_events(text, "2017-11-01", "fr", blind=True)
    senders = _senders(events)
    assert senders["Mohamed VI"] == ("MA", frozenset({"Abdelaziz Bouteflika"}))  # not "du président tunisien"
    assert senders["Béji Caid Essebssi"] == ("TN", frozenset({"Abdelaziz Bouteflika"}))
    assert senders["Hassen Rouhani"] == ("IR", frozenset({"Abdelaziz Bouteflika"}))
    assert sum(e.kind == "message" for e in events) == 4


def test_wishes_received_from_a_list_go_to_the_roundups_addressee() -> None:
    text = _LEDE + (
        "Le Chef de l'Etat a en outre reçu les vœux de la reine du Royaume-Uni de Grande-Bretagne et d'Irlande du "
        "Nord, Elisabeth II, du Souverain saoudien, le roi Abdallah Ben Abdelaziz Al Saoud et du chef de l'Etat des "
        "Emirats Arabes Unis, Khalifa ben Zayed Al-Nahyane."
    )
    senders = _senders(sentence_events(text, "2017-11-01", "fr", blind=True))
    assert senders["Abdallah Ben Abdelaziz Al Saoud"] == ("SA", frozenset({"Abdelaziz Bouteflika"}))
    assert senders["Khalifa ben Zayed Al-Nahyane"] == ("AE", frozenset({"Abdelaziz Bouteflika"}))
    assert senders["Elisabeth II"] == ("GB", frozenset({"Abdelaziz Bouteflika"}))


def test_first_sender_after_wishes_received_takes_part() -> None:
    # "les vœux du NOM" received is that person's message (the wishes conveyed for someone are only a mention)
    text = _LEDE + (
        "Le Chef de l'Etat a de même reçu les vœux du Premier ministre du Royaume de Thaïlande, Prayut Chan-ocha, "
        "et du prince héritier, ministre de la Défense du Royaume d'Arabie saoudite, Mohammed Ben Salmane Al Saoud."
    )
    senders = _senders(sentence_events(text, "2017-11-01", "fr", blind=True))
    assert senders["Prayut Chan-ocha"] == ("TH", frozenset({"Abdelaziz Bouteflika"}))
    assert senders["Mohammed Ben Salmane Al Saoud"] == ("SA", frozenset({"Abdelaziz Bouteflika"}))


def test_plural_post_of_two_countries_by_their_adjectives() -> None:
    text = _LEDE + (
        "Des messages de vœux des présidents français et tchèque, MM. Emmanuel Macron et Milos Zeman, ont également "
        "été reçus par le Président de la République."
    )
    senders = _senders(sentence_events(text, "2017-11-01", "fr", blind=True))
    assert senders["Emmanuel Macron"] == ("FR", frozenset({"Abdelaziz Bouteflika"}))
    assert senders["Milos Zeman"] == ("CZ", frozenset({"Abdelaziz Bouteflika"}))


def test_the_lede_of_messages_received_is_no_message_of_its_own() -> None:
    text = _LEDE + (
        "Le Chef de l'Etat a aussi reçu les vœux du président du Pérou, Pedro Pablo Kuczynski, du président du Gabon, "
        "Ali Bongo Ondimba et du président du Congo, Denis Sassou-Nguesso."
    )
    events = sentence_events(text, "2017-11-01", "fr", blind=True)
    assert sum(e.kind == "message" for e in events) == 3
    assert all(len(e.participants) == 2 for e in events)  # not "A a reçu des messages de vœux" alone



def test_a_title_after_a_name_opened_by_a_conjunction_is_the_next_items() -> None:
    text = (
        "Le souverain du Maroc, le roi Mohamed VI, et le président tunisien, Béji Caid Essebssi, ont adressé des "
        "messages de vœux au Président de la République, Abdelaziz Bouteflika, pour le 63e anniversaire de la "
        "Révolution."
    )
    senders = _senders(sentence_events(text, "2017-11-01", "fr", blind=True))
    assert senders["Mohamed VI"][0] == "MA"  # not "président tunisien"
    assert senders["Béji Caid Essebssi"][0] == "TN"
