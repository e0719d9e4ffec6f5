"""Further exchanges of multi-event pages read by constructions common across sets (session 24, further24).

- Spanish plural meetings in the compound perfect ("ha celebrado reuniones bilaterales con A, con B y con C") are a
  kind cue, and a summit's peers each brought in by a country are met one by one.
- A subject written as a post and a demonym ("el mandatario peruano", "le président turc", "o presidente angolano",
  ``cues.visitor_post``), after a lead-in with or without a comma, is the visitor of that country named before, not
  a principal of another country.
- Spanish "cambiaron impresiones" is a conversation.

Restatements of real-dev-multi-3 pages (EFE, a Turkish G20 roundup) and of VNA French items."""

from __future__ import annotations

from liaison.extract.latin.kinds import find_kind
from liaison.extract.lexicon_file import lexicon_for
from tests.extract.latin_helpers import events, lead_pairs

_APEC = (
    "Honolulu (EE.UU.), nov (EFE).- Ollanta Humala, presidente de Perú, y Barack Obama, mandatario de EE.UU., "
    "conversaron hoy en privado unos minutos en un receso del plenario del APEC. "
    "{lead} el mandatario peruano ha celebrado reuniones bilaterales con el jefe de Gobierno de Canadá, Stephen "
    "Harper, con el de Japón, Yoshihiko Noda, y con los mandatarios de Vietnam, Truong Tan Sang, y de China, Hu Jintao."
)


def test_plural_meetings_in_the_compound_perfect_are_one_each_with_the_visitor_told_by_post() -> None:
    for lead in ("Durante el foro,", "A lo largo de esta cumbre"):
        pairs = lead_pairs(_APEC.format(lead=lead), "es", "2011-11-12")
        assert frozenset({"Barack Obama", "Ollanta Humala"}) in pairs
        for peer in ("Stephen Harper", "Yoshihiko Noda", "Hu Jintao", "Truong Tan Sang"):
            assert frozenset({"Ollanta Humala", peer}) in pairs, (lead, peer)
        assert not any("Barack Obama" in p and len(p) == 2 and "Ollanta Humala" not in p for p in pairs)


def test_the_compound_perfect_cue_needs_the_meetings_noun() -> None:
    lex = lexicon_for("es", "")
    sentence = "En la cumbre el mandatario ha mantenido reuniones bilaterales con los presidentes de Chile y Perú"
    cue = find_kind(sentence, lex)
    assert cue is not None and cue.kind == "meeting"
    assert find_kind("El gobierno ha mantenido su postura sobre el comercio con Perú", lex) is None


def test_the_visitor_post_cues_name_a_country() -> None:
    for language, yes, no in (
        ("es", "Durante su visita a Chile, la canciller mexicana se ", "El presidente de Perú, Ollanta Humala, "),
        ("fr", "Le président turc ", "Le président de la République "),
        ("pt", "Em Luanda, o chefe de Estado português também ", "O presidente "),
    ):
        lex = lexicon_for(language, "")
        post = lex.compiled(lex.visitor_post_cue)
        assert post.search(yes) is not None
        assert post.search(no) is None


def test_views_exchanged_are_a_conversation() -> None:
    lex = lexicon_for("es", "")
    cue = find_kind("El canciller y su par alemán, Sigmar Gabriel, cambiaron impresiones sobre la región.", lex)
    assert cue is not None


def test_calls_told_ao_telefone_are_one_each() -> None:
    text = (
        "Lisboa, 31 out (Lusa) - Lula da Silva, eleito para a Presidência do Brasil, falou na segunda-feira ao "
        "telefone com vários dirigentes estrangeiros, como o chanceler alemão, Olaf Scholz, o chefe de Estado de "
        "Cuba, Miguel Díaz-Canel, e o líder da França, Emmanuel Macron."
    )
    found = events(text, "pt", "2022-10-31")
    assert {e.kind for e in found} == {"phone_call"}
    pairs = [frozenset(p.person.native for p in e.participants) for e in found]
    for peer in ("Emmanuel Macron", "Miguel Díaz-Canel", "Olaf Scholz"):
        assert frozenset({"Lula da Silva", peer}) in pairs


def test_being_with_a_titled_person_is_a_meeting_in_portuguese() -> None:
    text = (
        "Nova Déli, 9 set - O presidente Luiz Inácio Lula da Silva reuniu-se neste sábado com o primeiro-ministro da "
        "Índia, Narendra Modi, à margem da cúpula do G20. Mais tarde, Lula esteve com o chefe do governo malaio, "
        "Anwar Ibrahim. O brasileiro também esteve com o líder angolano João Lourenço para falar de agricultura."
    )
    pairs = [frozenset(p.person.native for p in e.participants) for e in events(text, "pt", "2023-09-09")]
    for peer in ("Narendra Modi", "Anwar Ibrahim", "João Lourenço"):
        assert frozenset({"Luiz Inácio Lula da Silva", peer}) in pairs
    lex = lexicon_for("pt", "")
    assert find_kind("O presidente esteve com a família no fim de semana.", lex) is None


def test_talks_with_two_top_offices_of_one_state_are_two_events() -> None:
    text = (
        "Hanoi, 10 nov (VNA) - Le président du Sénat français Gérard Larcher a été accueilli mardi par la présidente "
        "de l'Assemblée nationale du Vietnam, Nguyen Thi Kim Ngan. Par ailleurs, il s'est entretenu avec le Premier "
        "ministre Nguyen Xuan Phuc et le président vietnamien Tran Dai Quang."
    )
    pairs = lead_pairs(text, "fr", "2016-11-10")
    assert frozenset({"Gérard Larcher", "Tran Dai Quang"}) in pairs
    assert frozenset({"Gérard Larcher", "Nguyen Xuan Phuc"}) in pairs


def test_talks_with_the_party_general_secretary_and_the_state_offices_are_one_each() -> None:
    text = (
        "Hanoi, 10 nov (VNA) - Le président du Sénat français Gérard Larcher a été accueilli mardi par la présidente "
        "de l'Assemblée nationale du Vietnam, Nguyen Thi Kim Ngan. Ensuite, il s'est également entretenu avec le "
        "Secrétaire général du PCV, Nguyen Phu Trong ; le Premier ministre Nguyen Xuan Phuc ; et le président "
        "vietnamien Tran Dai Quang."
    )
    pairs = lead_pairs(text, "fr", "2016-11-10")
    for peer in ("Nguyen Phu Trong", "Tran Dai Quang", "Nguyen Xuan Phuc"):
        assert frozenset({"Gérard Larcher", peer}) in pairs


def test_interacting_with_a_titled_leader_is_a_further_meeting() -> None:
    text = (
        "Vientiane [Laos], October 11 : India's Prime Minister Narendra Modi and his Lao counterpart Sonexay "
        "Siphandone held bilateral talks in Vientiane on Friday.\n"
        "On Thursday, once his summit speech was over, Modi met Anthony Albanese, the Prime Minister of Australia.\n"
        "The Indian leader also interacted with Malaysian Prime Minister Anwar Ibrahim, calling their talks a joy.\n"
    )
    pairs = lead_pairs(text, "en", "2024-10-11")
    for peer in ("Sonexay Siphandone", "Anthony Albanese", "Anwar Ibrahim"):
        assert frozenset({"Narendra Modi", peer}) in pairs
    lex = lexicon_for("en", "")
    assert find_kind("He later interacted with the Indian diaspora outside the hotel.", lex) is not None
    # a cue, but no event without a person named on the other side
    alone = events("Modi interacted with the Indian diaspora outside the hotel.", "en")
    assert not [e for e in alone if e.participants]


def test_a_country_closing_a_post_before_the_name_is_no_part_of_the_name() -> None:
    text = (
        "BAMAKO, May 3 (Xinhua) -- President of the National Transition Council of Mali Malick Diaw met Chinese "
        "Foreign Minister Wang Yi on Wednesday."
    )
    (event,) = events(text, "en", "2024-05-03")
    names = {p.person.native: p.side for p in event.participants}
    assert names.get("Malick Diaw") == "ML"
    assert "Mali Malick Diaw" not in names
