"""Capitalised words of bodies, agencies and programmes are no part of a person's name (issue 13): "la Comisión
Mixta Intergubernamental", "Agencia Informativa Latinoamericana Prensa Latina", "Jefe Supremo del Zulia", "the
President Ho Chi Minh Monument" (``[words] not_in_names``). Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


def _natives(doc: str) -> set[str]:
    return {p.person.native for e in page_events(doc) for p in e.participants}


def test_a_joint_commission_is_no_person() -> None:
    # Infobae (EFE): "se reunieron con la representante de la Comisión Mixta Intergubernamental Rusia/Nicaragua,
    # Veronika Skvortsova"
    natives = _natives("web-es-200")
    assert "Veronika Skvortsova" in natives and not any("Mixta" in n for n in natives)


def test_a_news_agency_is_no_person() -> None:
    # CNC TV Granma: "recibió hoy al presidente de la Agencia Informativa Latinoamericana Prensa Latina, Jorge Legañoa"
    natives = _natives("web-es-197")
    assert {"Pham Minh Chinh", "Jorge Legañoa"} <= natives and not any("Informativa" in n for n in natives)


def test_a_title_of_office_in_capitals_is_no_person() -> None:
    # Diario El Regional del Zulia: "Cabello, a quien ... Maduro nombró hace poco Jefe Supremo del Zulia"
    assert not any("Supremo" in n for n in _natives("web-es-195"))


def test_a_monument_is_no_person() -> None:
    # VNA: "the delegation laid flowers at the President Ho Chi Minh Monument and met with ..."
    assert not any("Monument" in n for n in _natives("web-en-200"))


def test_dotted_initials_after_a_title_open_a_name() -> None:
    # VNA (web-en-200): "met with ... All India Congress Committee General Secretary K.C Venugopal, and ..."
    assert "K.C Venugopal" in _natives("web-en-200")
    text = ("KATHMANDU, June 6 - Chinese Ambassador Hou Yanqi met Prime Minister K.P. Sharma Oli on Thursday. "
            "Han Zheng also met John Thornton of the U.S. Brookings Institution in Washington D.C. on Friday.")
    natives = {p.person.native for e in events(text, "en", "2020-06-06") for p in e.participants}
    assert "K.P. Sharma Oli" in natives and not any("U.S" in n or "D.C" in n for n in natives)
