"""The story's day on Spanish pages: an exchange no sentence of its own dates takes the day the lead
gives the story, whether the lead tells it before the exchange or just after it (restated from
real-dev web-es pages: CiberCuba on Díaz-Canel in Beijing, La Prensa on the FSLN-CPC memorandum)."""

from __future__ import annotations

from liaison.extract.es import extract_events
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str) -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", language="es")
    return extract_events(normalise(article), default_gazetteer())


def _iso(event: EventFrame) -> str | None:
    return event.date.iso if event.date is not None else None


XI_RECEIVES = """Xi Jinping recibe a Díaz-Canel y a Lis Cuesta en el Gran Palacio del Pueblo
Publicado: 25/11/2022

El presidente de China Xi Jinping recibió al mandatario cubano Miguel Díaz-Canel y a su esposa Lis Cuesta, en \
el Gran Palacio del Pueblo.
Este viernes, tras la ceremonia de bienvenida, ambos mandatarios sostuvieron conversaciones oficiales sobre \
diversos temas.
El mandatario chino recordó que Cuba fue el primer país del hemisferio occidental en establecer relaciones \
diplomáticas con la nueva China.
"""


def test_an_exchange_told_in_the_lead_takes_the_day_told_just_after_it() -> None:
    events = _events(XI_RECEIVES)
    assert events and all(_iso(e) == "2022-11-25" for e in events)  # "Este viernes", published Friday 25/11


MEMORANDUM = """Ortega y el Partido Comunista de China estrechan relaciones en Nicaragua
Publicado: 03/12/2023

A pocos días de cumplirse dos años de la ruptura de Nicaragua con Taiwán, el gobierno de Daniel Ortega sigue \
estrechando los lazos políticos con el gigante asiático mediante su hijo, Laureano Ortega Murillo, cada vez \
más presente en actos del partido y del gobierno. Esta vez con el Partido Comunista Chino.
Este sábado 2 de diciembre, el hijo del mandatario actuó como representante especial del secretario general \
del Frente Sandinista de Liberación Nacional (FSLN) para firmar un memorándum de intercambio y cooperación \
entre el partido sandinista y el Partido Comunista Chino.
El FSLN es el partido de gobierno de Nicaragua, dirigido por Ortega y su esposa, Rosario Murillo.
Del lado de China, el memorándum fue firmado por el viceministro del Departamento Internacional del Comité Central \
del Partido Comunista Chino, Li Mingxiang, que encabezó una numerosa delegación de visita en Nicaragua.
"""


def test_an_exchange_after_the_lead_takes_the_day_of_its_third_sentence() -> None:
    events = _events(MEMORANDUM)
    li = [e for e in events if any(p.person.native == "Li Mingxiang" for p in e.participants)]
    assert li and all(_iso(e) == "2023-12-02" for e in li)


LATER_WRITTEN_DATE = """Presidente Maduro se reunió con el canciller de Colombia Álvaro Leyva
Publicado: 04/2023

El presidente de Venezuela, Nicolás Maduro, se reunió con el ministro de Relaciones Exteriores de Colombia, \
Álvaro Leyva Durán, en el Palacio de Miraflores, en Caracas.
La anterior reunión del jefe de Estado con Leyva fue el 8 de marzo de este año, cuando el mandatario destacó \
que el diálogo servía a la unidad de los pueblos.
"""


def test_an_earlier_meeting_told_after_the_lead_does_not_date_it() -> None:
    events = _events(LATER_WRITTEN_DATE)
    assert events and all(_iso(e) != "2023-03-08" for e in events)


WANG_YI_TOUR = """Kremlin anuncia que Wang Yi llegará hoy a Rusia
Publicado: 21/02/2023

El lunes, Wang Yi estuvo en Budapest, donde se reunió con el ministro de Asuntos Exteriores de Hungría, \
Peter Szijjarto.
Antes, el dirigente del partido gobernante chino participó en la Conferencia de Seguridad de Múnich, donde \
expuso la postura de Beijing y mantuvo un encuentro con el secretario de Estado estadounidense, Antony Blinken.
"""


def test_an_exchange_told_as_coming_before_the_last_keeps_only_the_month() -> None:
    events = _events(WANG_YI_TOUR)
    by_guest = {p.person.native: e for e in events for p in e.participants if p.person.native != "Wang Yi"}
    assert _iso(by_guest["Peter Szijjarto"]) == "2023-02-20"  # "El lunes", published Tuesday 21/02
    assert _iso(by_guest["Antony Blinken"]) == "2023-02"  # "Antes, ...": not Monday


BOLIVIAN_MINISTER = """Evo Morales visitará China en 2018, anuncia su canciller
Publicado: 15/08/2017

El canciller de Bolivia, Fernando Huanacuni, anunció este martes que el presidente Evo Morales viajará a China \
el próximo año.
El ministro boliviano se encuentra en China para una visita de trabajo, dentro de la cual se reunió con su \
homólogo del país asiático, Wang Yi, en Pekín.
"""


def test_an_exchange_told_as_a_step_of_a_visit_keeps_only_the_month() -> None:
    events = _events(BOLIVIAN_MINISTER)
    wang = [e for e in events if any(p.person.native == "Wang Yi" for p in e.participants)]
    assert wang and all(_iso(e) == "2017-08" for e in wang)  # not the day of the announcement


KING_IN_LA_PAZ = """Felipe VI se reúne con el presidente electo de Bolivia
Publicado: 08/11/2020

El rey Felipe VI llegó este sábado a La Paz para asistir a la toma de posesión de las nuevas autoridades.
El jefe de Estado abrió su agenda en Bolivia con una reunión con el presidente electo, Luis Arce, y el \
vicepresidente electo, David Choquehuanca, a cuya investidura asistirá este domingo en la capital boliviana.
"""


def test_a_day_after_a_verb_in_the_future_is_not_the_meetings_day() -> None:
    events = _events(KING_IN_LA_PAZ)
    arce = [e for e in events if any(p.person.native == "Luis Arce" for p in e.participants)]
    assert arce and all(_iso(e) == "2020-11-07" for e in arce)  # "este sábado", not the inauguration's Sunday
