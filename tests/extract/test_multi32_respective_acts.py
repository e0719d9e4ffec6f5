"""A second act of one sentence whose verbs are paired "respectively" with the people listed after it meets each of
them apart: one event per person, not one event with them all (issue 13, multi32: ``folded:seated`` further events
of the retired judges' fit halves). Sentences restated from a dev page (real-dev-25 web-es-d25-04)."""

from __future__ import annotations

from latin_helpers import events

from liaison.model.types import EventFrame


def _people(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


_TBILISI = (
    "TIFLIS, 17 abr (Xinhua) -- Invitada por la formación que gobierna Georgia, una comitiva del PCCh estuvo en el "
    "país del 14 al 17 de abril.\n\n"
    "La comitiva, a cuyo frente estaba Chen Zhou, número dos del Departamento Internacional del PCCh, se entrevistó "
    "con el jefe del Gobierno georgiano, Irakli Kobakhidze, y luego se reunió y conversó, respectivamente, con "
    "Irakli Garibashvili, líder del Partido Sueño Georgiano; Shalva Papuashvili, titular del Parlamento; y el "
    "canciller, Ilia Darchiashvili."
)


def test_acts_paired_respectively_with_a_list_meet_each_person_apart() -> None:
    found = events(_TBILISI, "es", "2024-04-17")
    for name in ("Irakli Kobakhidze", "Irakli Garibashvili", "Shalva Papuashvili", "Ilia Darchiashvili"):
        met = [e for e in found if name in _people(e)]
        assert len(met) == 1, name
        assert _people(met[0]) == {"Chen Zhou", name}


_ONE_MEETING = (
    "SAN SALVADOR, 3 may -- El canciller visitante se reunió ayer con Ana Velásquez y Guillermo Gallegos, "
    "presidenta y primer vicepresidente, respectivamente, de la Asamblea Legislativa."
)


def test_posts_paired_respectively_with_names_stay_one_meeting() -> None:
    found = events(_ONE_MEETING, "es", "2024-05-03")
    assert not any(len(_people(e) & {"Ana Velásquez", "Guillermo Gallegos"}) == 1 for e in found)
