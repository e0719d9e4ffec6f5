"""Further exchanges of multi-event pages read by constructions common across sets (session 25, further25).

- A later meeting whose new counterpart shares a family name with a principal of the first event ("Nguyen" of
  Nguyen Thi Kim Ngan and of Nguyen Phu Trong) does not name that principal again: it is another meeting, not the
  first one told again (``sequels._restated``).
- A remit after a post ("alto comisionado de Derechos Humanos de la ONU") names no one, so "conversaciones con A,
  <post>, y con B" keeps its repeated "con" and is one meeting each; Spanish "repasó con" a counterpart is a
  conversation.
- A call told with a number of leaders and no one named, then a sentence opening "Entre eles" / "Among them" that
  names some of them, is one call each with the subject (a call goes to one counterpart), even two of one country or
  one of no country (``later_seats._unnamed_named``, ``cues.unnamed_met``).

Restatements of real-dev pages (a VNA item and a Cuban foreign ministry item in Spanish, a Brazilian roundup
of calls)."""

from __future__ import annotations

from liaison.extract.latin.kinds import find_kind
from liaison.extract.lexicon_file import lexicon_for
from tests.extract.latin_helpers import events, lead_pairs

_SHARED_FAMILY_NAME = (
    "Nguyen Phu Trong, secretario general del Partido Comunista de Vietnam, recibió el lunes en Hanói a Víctor Gaute "
    "López, secretario del PCC, que se encuentra de gira por el país. "
    "Nguyen Phu Trong calificó la gira de la delegación cubana como una prueba de la amistad entre ambos partidos. "
    "Víctor Gaute López destacó a su vez la reciente visita del dirigente vietnamita a la isla. "
    "Ese mismo día, Víctor Gaute López sostuvo un encuentro con la vicepresidenta de la Asamblea Nacional, Nguyen "
    "Thi Kim Ngan."
)


def test_a_shared_family_name_does_not_retell_the_first_meeting() -> None:
    pairs = lead_pairs(_SHARED_FAMILY_NAME, "es", "2016-05-16")
    assert frozenset({"Nguyen Phu Trong", "Víctor Gaute López"}) in pairs
    assert frozenset({"Víctor Gaute López", "Nguyen Thi Kim Ngan"}) in pairs


_UN_TALKS = (
    "El miércoles Bruno Rodríguez, jefe de la diplomacia cubana, repasó con su par de Rusia, Serguéi Lavrov, los "
    "vínculos y la cooperación, pues ambos asisten a la Asamblea General de la ONU. "
    "Su agenda incluyó también encuentros con Volker Türk, alto comisionado para los Derechos Humanos de Naciones "
    "Unidas, y con el enviado para la Alianza de Civilizaciones, Miguel Ángel Moratinos."
)


def test_reviewed_with_a_counterpart_is_a_conversation() -> None:
    lex = lexicon_for("es", "")
    cue = find_kind(_UN_TALKS.split(". ")[0], lex)
    assert cue is not None and cue.kind == "meeting"
    assert frozenset({"Bruno Rodríguez", "Serguéi Lavrov"}) in lead_pairs(_UN_TALKS, "es", "2024-09-26")


def test_a_remit_after_a_post_names_no_one_and_each_con_is_a_meeting() -> None:
    pairs = lead_pairs(_UN_TALKS, "es", "2024-09-26")
    assert not any("Derechos Humanos" in p for p in pairs)
    assert any(p >= {"Volker Türk"} and "Miguel Ángel Moratinos" not in p for p in pairs)
    assert any(p >= {"Miguel Ángel Moratinos"} and "Volker Türk" not in p for p in pairs)


_CALLS = {
    "pt": (
        "Luiz Inácio Lula da Silva, eleito presidente do Brasil, conversou por telefone com cinco líderes "
        "estrangeiros após a vitória. Entre eles, o secretário-geral da ONU, António Guterres, o chefe de Estado "
        "francês, Emmanuel Macron, o primeiro-ministro português, António Costa, e o presidente português, Marcelo "
        "Rebelo de Sousa."
    ),
    "en": (
        "Brazil's president-elect Luiz Inácio Lula da Silva spoke by phone with five foreign leaders after his win. "
        "Among them were French President Emmanuel Macron, UN Secretary-General António Guterres, Portuguese Prime "
        "Minister António Costa and Portuguese President Marcelo Rebelo de Sousa."
    ),
}


def test_a_call_with_some_of_a_counted_group_named_next_is_one_call_each() -> None:
    for language, text in _CALLS.items():
        found = events(text, language, "2022-11-01")
        pairs = [frozenset(p.person.native for p in e.participants if p.lead) for e in found]
        for other in ("Emmanuel Macron", "António Guterres", "António Costa", "Marcelo Rebelo de Sousa"):
            assert frozenset({"Luiz Inácio Lula da Silva", other}) in pairs, (language, other, pairs)
        assert all(e.kind == "phone_call" for e in found), language


def test_a_meeting_with_a_group_named_next_stays_one_meeting() -> None:
    text = (
        "The Speaker met with a delegation of five Japanese lawmakers in Hanoi on Monday. Among them were Taro Aso "
        "and Yoshihide Suga."
    )
    found = events(text, "en", "2022-11-01")
    assert len(found) <= 1

