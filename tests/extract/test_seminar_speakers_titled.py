"""A seminar's speaker whose title holds several comma-parted posts (issue 13, seminar34): after "concluyó ... el IV
Seminario Teórico-Práctico entre los Partidos Comunistas de Vietnam y de Cuba" and its closing speaker, "José Ramón
Balaguer Cabrera, miembro del Secretariado ..., jefe de su Departamento de Relaciones Internacionales y jefe de la
delegación anfitriona, consideró ..." (real-dev-5 web-es-d5-09) seats the host's head at the seminar (GOLD_FORMAT:
a seminar's speakers are its participants). Restated in the page's construction in Spanish and English; a meeting's
later speaker so titled is left to the rules that seat a meeting's sides."""

from __future__ import annotations

from tests.extract.latin_helpers import events

_SEMINAR = {
    "es": ("La Habana (VNA) Tras dos días de debate, terminó en esta capital el IV Seminario Teórico-Práctico entre "
           "los Partidos Comunistas de Vietnam y de Cuba.\n\nLas ponencias del encuentro abordan el liderazgo del "
           "Partido y la formación de los jóvenes.\n\nAl clausurar el evento, Nguyen Xuan Thang, miembro del "
           "Secretariado del Comité Central del Partido Comunista de Vietnam (PCV) y jefe de la delegación, resaltó "
           "la franqueza de ese intercambio.\n\nJosé Ramón Balaguer Cabrera, miembro del Secretariado del Comité "
           "Central del Partido Comunista de Cuba, jefe de su Departamento de Relaciones Internacionales y jefe de "
           "la delegación anfitriona, consideró muy útiles los aportes del encuentro."),
    "en": ("Havana (VNA) After two days of debate, the 4th Theoretical Seminar between the Communist Parties of "
           "Vietnam and Cuba ended in the capital.\n\nThe papers of the gathering dealt with the Party's leadership "
           "and the training of young people.\n\nClosing the event, Nguyen Xuan Thang, member of the Secretariat of "
           "the Communist Party of Vietnam (CPV) Central Committee and head of the delegation, stressed the candour "
           "of the exchange.\n\nJosé Ramón Balaguer Cabrera, member of the Secretariat of the Central Committee of "
           "the Communist Party of Cuba, head of its International Relations Department and head of the host "
           "delegation, said the contributions of the gathering were very useful."),
}


def test_a_seminar_speaker_of_several_posts_is_seated() -> None:
    for language, text in _SEMINAR.items():
        found = events(text, language, None)
        assert [e.kind for e in found] == ["seminar"], language
        people = {p.person.native for p in found[0].participants}
        assert {"Nguyen Xuan Thang", "José Ramón Balaguer Cabrera"} <= people, language


def test_a_meetings_later_speaker_of_several_posts_is_not_seated_so() -> None:
    text = ("La Habana (VNA) Nguyen Xuan Thang, miembro del Secretariado del Comité Central del Partido Comunista de "
            "Vietnam (PCV), se reunió con el embajador de Vietnam en Cuba, Le Thanh Tung.\n\nJosé Ramón Balaguer "
            "Cabrera, miembro del Secretariado del Comité Central del Partido Comunista de Cuba, jefe de su "
            "Departamento de Relaciones Internacionales y jefe de la delegación anfitriona, consideró muy útiles "
            "los aportes del seminario.")
    people = {p.person.native for e in events(text, "es", None) for p in e.participants}
    assert "José Ramón Balaguer Cabrera" not in people


_SESSION = ("WINDHOEK, June 20 — The South West Africa People's Organization (SWAPO)'s Secretary-General Sophia "
            "Shaningwa said on Saturday that the ruling party can learn much from the Communist Party of China (CPC) "
            "about fighting rural poverty.\n\nShe spoke at a session for sharing experience organised by SWAPO's Party "
            "Youth League and CPC youth members ahead of the CPC's centenary.\n\nShe added that SWAPO, as a sister "
            "party, wished to keep drawing on cooperation between the two parties.\n\n{speaker}\n\nChinese Ambassador "
            "to Namibia Zhang Yiming underlined that the CPC and SWAPO must keep cooperating.")


def test_a_seminar_speaker_calling_for_something_again_is_seated() -> None:
    # real-dev web-en-115 restated: "Secretary of SWAPO's Party Youth League Ephraim Nekongo again called for ..."
    for speaker in ("Secretary of SWAPO's Party Youth League Ephraim Nekongo again called for programs centred on "
                    "the young to fight joblessness.",
                    "Secretary of SWAPO's Party Youth League Ephraim Nekongo called for programs centred on the young "
                    "to fight joblessness."):
        found = events(_SESSION.format(speaker=speaker), "en", "2021-06-20")
        assert [e.kind for e in found] == ["seminar"], speaker
        seats = {p.person.native: p.lead for p in found[0].participants}
        assert seats.get("Ephraim Nekongo") is False, speaker


def test_a_seminar_speaker_whose_words_name_the_gathering_is_seated() -> None:
    # real-dev-5 web-es-d5-09 restated: the host's words name the gathering "between the two Parties"
    text = _SEMINAR["es"].replace("consideró muy útiles los aportes del encuentro.",
                                  "consideró muy útiles los aportes de este encuentro científico para el entendimiento "
                                  "entre los dos Partidos y las dos naciones.")
    found = events(text, "es", None)
    assert [e.kind for e in found] == ["seminar"]
    assert "José Ramón Balaguer Cabrera" in {p.person.native for p in found[0].participants}
