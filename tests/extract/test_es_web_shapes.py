"""Spanish web-page shapes of real-dev-14 (issue 13, esweb; restated from its pages, reworded): Korean names
whose syllable is also a possessive ("Kang Sok Su", "Ri Su Yong", "Ri Su-Yong"), and a principal's retinue told
with a causative ("se hizo acompañar del vicepresidente A"), and a further act opening on the same day ("En la
misma jornada, A se reunió con B"), acts told in the future ("será recibido por", "encabezará un encuentro", "será el
encuentro con", "una reunión que tendrá con"), senders listed after "A las felicitaciones se unieron", and an official
named before as the subject ("El funcionario se reunió con")."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events

_CUBA = "La Habana, 27 jun (PL) El presidente cubano, Raúl Castro, "


def test_korean_name_ending_on_a_possessive_syllable() -> None:
    text = _CUBA + ("se reunió este sábado con Kang Sok Su, secretario de Relaciones Internacionales del Partido "
                    "coreano del Trabajo, invitado a Cuba por el Partido Comunista de Cuba.")
    (event,) = events(text, "es", "2015-06-27")
    assert set(by_name(event)) == {"Raúl Castro", "Kang Sok Su"}


def test_korean_name_with_a_possessive_middle_syllable() -> None:
    text = ("El Presidente Miguel Díaz-Canel Bermúdez recibió este jueves por la tarde al compañero Ri Su Yong, "
            "vicepresidente del CC del Partido del Trabajo de Corea, que realiza una visita de trabajo a Cuba.")
    (event,) = events(text, "es", "2019-05-10")
    assert set(by_name(event)) == {"Miguel Díaz-Canel Bermúdez", "Ri Su Yong"}


def test_hyphenated_korean_name_with_a_possessive_syllable() -> None:
    text = _CUBA + "recibió hoy al canciller norcoreano, Ri Su-Yong, que visitaba Cuba para repasar los lazos."
    (event,) = events(text, "es", "2015-03-10")
    assert set(by_name(event)) == {"Raúl Castro", "Ri Su-Yong"}


def test_possessive_after_a_name_stays_out_of_it() -> None:
    text = ("La Habana, 27 jun (PL) El presidente cubano, Miguel Díaz-Canel, recibió hoy a Luis Arce. Su "
            "homólogo agradeció la acogida.")
    (event,) = events(text, "es", "2025-06-27")
    assert set(by_name(event)) == {"Miguel Díaz-Canel", "Luis Arce"}


def test_retinue_told_with_a_causative() -> None:
    text = _CUBA + ("se reunió este sábado con Kang Sok Su, integrante del Buró Político del Partido coreano del "
                    "Trabajo. En el encuentro con el dirigente de Corea, el mandatario cubano, primer secretario del "
                    "PCC, se hizo acompañar asimismo del vicepresidente José Ramón Machado Ventura.")
    (event,) = events(text, "es", "2015-06-27")
    people = by_name(event)
    assert set(people) == {"Raúl Castro", "Kang Sok Su", "José Ramón Machado Ventura"}
    assert not people["José Ramón Machado Ventura"].lead


def test_same_day_opening_tells_a_further_meeting() -> None:
    text = ("Hanoi, 14 mar (VNA) Nguyen Phu Trong, secretario general del Partido Comunista de Vietnam, recibió hoy "
            "a Víctor Gaute López, secretario del CC del Partido Comunista de Cuba, que visita el país. "
            "En la misma jornada, el visitante Víctor Gaute López se reunió además con Nguyen Thi Kim Ngan, "
            "vicepresidenta de la Asamblea Nacional.")
    first, second = events(text, "es", "2016-03-14")
    assert set(by_name(first)) == {"Nguyen Phu Trong", "Víctor Gaute López"}
    assert set(by_name(second)) == {"Víctor Gaute López", "Nguyen Thi Kim Ngan"}


def test_passive_in_the_future_is_no_meeting() -> None:
    text = ("Lisboa, 10 may (NA) El presidente Alberto Fernández mantenía este lunes en Lisboa un encuentro con el "
            "primer ministro portugués, António Costa. El miércoles por la mañana, en París, Fernández encabezará un "
            "encuentro con empresarios en la sede diplomática argentina; después será recibido por el presidente "
            "Emmanuel Macron en el Palacio del Eliseo, antes de viajar a Italia.")
    (event,) = events(text, "es", "2021-05-10")
    assert set(by_name(event)) == {"Alberto Fernández", "António Costa"}


def test_agenda_told_in_the_future_is_no_exchange() -> None:
    text = ("Uno de los puntos centrales de la agenda será el encuentro bilateral con el presidente Xi Jinping, "
            "según la cancillería colombiana.")
    assert events(text, "es", "2025-05-11") == ()


def test_senders_joining_the_congratulations_each_send_one() -> None:
    text = ("La Habana, 2 ene (PL) Partidos y gobiernos de todo el mundo enviaron felicitaciones con ocasión del "
            "aniversario 63 del triunfo de la Revolución.\nEl presidente ruso, Vladímir Putin, también hizo llegar "
            "sus felicitaciones al General de Ejército Raúl Castro.\nA las felicitaciones se unieron el "
            "secretario general del Partido del Trabajo coreano, Kim Jong Un, y los presidentes de Namibia y "
            "Azerbaiyán, Hage Geingob e Ilham Aliyev, respectivamente.")
    found = events(text, "es", "2022-01-02")
    assert {e.kind for e in found} == {"message"}
    senders = {name for e in found for name in by_name(e)}
    assert {"Vladímir Putin", "Kim Jong Un", "Ilham Aliyev", "Hage Geingob"} <= senders
    assert len(found) == 4


def test_official_named_before_is_the_subject_and_a_meeting_still_to_come_is_none() -> None:
    text = ("El secretario de Relaciones Exteriores, Marcelo Ebrard, comenzó ayer una visita de trabajo a China, "
            "informó la cancillería.\n\nEl funcionario se reunió con el vicepresidente chino Wang Qishan, ante "
            "quien reiteró el interés de México en una agenda de cooperación.\n\nLa visita concluye esta madrugada "
            "con una reunión que tendrá con el canciller Wang Yi, su homólogo, y también con el ministro de Comercio, "
            "Zhong Shan.")
    (event,) = events(text, "es", "2019-07-02")
    assert set(by_name(event)) == {"Marcelo Ebrard", "Wang Qishan"}


def test_a_programme_title_in_quotes_names_no_one() -> None:
    text = ("Nesta terça-feira (30) realizou-se, por videoconferência desde Pequim, o 3º Fórum do Partido "
            "Comunista Chinês com partidos políticos latino-americanos. Walter Sorrentino, vice-presidente do PCdoB "
            "(Partido Comunista do Brasil), falou ao programa “Hora de Falar”, da CGTN, emissora chinesa.")
    people = {name for e in events(text, "pt", "2021-12-01") for name in by_name(e)}
    assert "Hora de Falar" not in people and "Walter Sorrentino" in people
