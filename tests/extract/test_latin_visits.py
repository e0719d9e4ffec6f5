"""Long visit stories on short sentences written for these tests: counterparts met separately and
named later, second events introduced by "the next day", delegation member lists, short forms of
leads, Portuguese cues, and names inside institutions."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events as extract


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def _leads(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants if p.lead}


def test_separate_meetings_with_counterparts_named_later_es() -> None:
    text = (
        "Titular\n\nLa Habana, 12 jun (Prensa Latina) El jefe del Departamento de Relaciones Internacionales del "
        "Partido Comunista de Cuba, Mario Ruiz Soto, sostuvo hoy encuentros por separado con dirigentes de "
        "partidos de Uruguay y Brasil.\n"
        "Con el presidente del Frente Amplio, Pedro Gómez Lara, el funcionario cubano repasó la cooperación.\n"
        "Más tarde, Ruiz conversó con el secretario de Relaciones Internacionales del PT, Joao Alves Neto.\n"
    )
    events = extract(text, "es")
    assert [_leads(e) for e in events] == [
        {"Mario Ruiz Soto", "Pedro Gómez Lara"}, {"Mario Ruiz Soto", "Joao Alves Neto"}
    ]


def test_second_event_the_next_day_with_delegation_members() -> None:
    text = (
        "Head\n\nHAVANA, June 12 (VNA) -- A delegation of the Communist Party of Vietnam led by Tran Van Binh, "
        "Secretary of the CPV Central Committee, ended a visit to Cuba on Thursday.\n"
        "On June 9, Binh held talks with Jorge Pena Diaz, member of the Political Bureau of the Communist Party "
        "of Cuba.\n"
        "The next day, the Vietnamese delegation was received by Luis Mora Vidal, President of Cuba.\n"
        "The delegation included Nguyen Thi Lan, Vice Chairwoman of the CPV Commission for External Relations.\n"
    )
    first, second = extract(text, "en")
    assert _leads(first) == {"Tran Van Binh", "Jorge Pena Diaz"}
    assert _leads(second) == {"Tran Van Binh", "Luis Mora Vidal"}
    assert "Nguyen Thi Lan" in _names(first) and "Nguyen Thi Lan" in _names(second)
    assert (first.date.iso, second.date.iso) == ("2025-06-09", "2025-06-10")  # type: ignore[union-attr]


def test_portuguese_meeting_between_and_this_weekday() -> None:
    text = (
        "Titulo\n\nO anúncio foi feito após a reunião desta terça-feira, em Brasília, entre o presidente "
        "nacional do PT, Carlos Mota Silva, e a delegação chinesa chefiada por Wang Deming, vice-ministro do "
        "Departamento Internacional do Comitê Central do PCCh.\n"
        "Participaram também do encontro o secretário de Relações Internacionais do PT, Paulo Reis Costa.\n"
    )
    (event,) = extract(text, "pt", published="2025-06-12")
    assert _leads(event) == {"Carlos Mota Silva", "Wang Deming"}
    assert "Paulo Reis Costa" in _names(event)  # "Paulo": a saint's city name is also a given name
    assert event.date is not None and event.date.iso == "2025-06-10"


def test_relative_clause_after_attendance_names_nobody_present() -> None:
    text = (
        "Titular\n\nFirmaron el acuerdo el jefe del Departamento de Relaciones Internacionales del PCC, Mario "
        "Ruiz Soto, y el embajador de Vietnam en Cuba, Le Van Hoa.\n"
        "Asistió a la firma el secretario de Organización, Jorge Pena Diaz, quien recordó que la amistad fue "
        "sembrada por Fidel y Ho Van Minh.\n"
    )
    (event,) = extract(text, "es")
    assert "Jorge Pena Diaz" in _names(event)
    assert "Ho Van Minh" not in _names(event)


def test_name_of_an_academy_is_no_person() -> None:
    text = (
        "Head\n\nA training seminar for Lao officials opened on Monday at the Kaysone Phomvihane National "
        "Academy of Politics in Vientiane.\n"
        "Chinese Ambassador to Laos Jiang Ming attended the seminar and addressed the opening.\n"
    )
    for event in extract(text, "en"):
        assert "Kaysone Phomvihane" not in _names(event)
