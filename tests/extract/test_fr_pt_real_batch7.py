"""Constructions of the seventh French/Portuguese batch (issue 13), on real text: a chronicle telling another
meeting of people already met on a date of its own, and words that are never part of a personal name
(plural title heads before a name, "Conselho de Ministros Ricardo Cabrisas"; capitalised portfolios and
places, "Negócios Estrangeiros", "Praça do Império"). Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.pt.lexicon import PORTUGUESE
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import page_events as _page


def test_a_chronicle_tells_another_meeting_of_people_met_before_on_a_date_of_its_own() -> None:
    # "Du 2 au 16 juillet, He Guoqiang ... il a rencontré le président français Nicolas Sarkozy ..."
    # "Le 25 août, le président chinois Hu Jintao a rencontré son homologue français Nicolas Sarkozy ..."
    # "Le 24 septembre, Dai Bingguo ... a rencontré à Paris le président français Nicolas Sarkozy"
    found = _page("web-fr-036")
    hu_sarkozy = [e for e in found if {"Hu Jintao", "Nicolas Sarkozy"} <= _names(e)]
    assert "2011-08-25" in {e.date.iso for e in hu_sarkozy if e.date is not None}
    assert any({"Dai Bingguo", "Nicolas Sarkozy"} <= _names(e) for e in found)
    assert len(hu_sarkozy) == 1  # once, not again for each later sentence naming them


def test_the_same_meeting_told_again_on_its_own_date_stays_one_event() -> None:
    # "a reçu en audience, le jeudi 7 mars 2019 à Ouagadougou, une délégation ... conduite par ..., Yezhou Guo."
    # "... a, l'après-midi du jeudi 7 mars 2019, rendu visite au Président de l'Assemblée nationale"
    (event,) = _page("web-fr-050")
    assert {"Alassane Bala Sakandé", "Yezhou Guo"} <= _names(event)


def test_plural_title_heads_are_never_part_of_a_name() -> None:
    assert {"ministros", "deputados", "embaixadores"} <= PORTUGUESE.stopwords
    assert {"ministres", "députés"} <= FRENCH.stopwords
    assert {"ministers", "deputies", "secretaries"} <= ENGLISH.stopwords
    assert "ministro" in PORTUGUESE.stopwords and "santos" not in PORTUGUESE.stopwords


def test_a_second_reception_by_a_council_of_ministers_post_is_its_own_meeting() -> None:
    # "O mandatário angolano foi recebido ontem pelo primeiro vice-presidente cubano, Miguel Díaz-Canel."
    # "Vicente foi recebido pelo vice-presidente do Conselho de Ministros Ricardo Cabrisas, ..."
    found = _page("web-pt-047")
    assert frozenset({"Manuel Domingos Vicente", "Miguel Díaz-Canel"}) in {frozenset(_names(e)) for e in found}
    cabrisas = [e for e in found if "Ricardo Cabrisas" in _names(e)]
    assert cabrisas and "Miguel Díaz-Canel" not in _names(cabrisas[0])
    assert not any(n.startswith("Ministros") for e in found for n in _names(e))


def test_capitalised_portfolios_and_places_are_no_people() -> None:
    # "acompanhado nesta visita pelos ministros dos Negócios Estrangeiros e Cooperação, Oldemiro Balói, ...
    # das Obras Públicas, Habitação e Recursos Hídricos, Carlos Bonete Martinho"
    (visit,) = _page("web-pt-049")
    assert {"Filipe Nyusi", "Oldemiro Balói", "Carlos Bonete Martinho"} <= _names(visit)
    assert not _names(visit) & {"Negócios Estrangeiros", "Obras Públicas", "Recursos Hídricos"}
    # "... recebeu-o em Belém na Praça do Império, em Lisboa, numa cerimónia com honras militares"
    for doc in ("web-pt-023", "web-pt-024"):
        assert not any("Praça do Império" in _names(e) for e in _page(doc))
