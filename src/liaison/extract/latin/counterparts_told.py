"""A one-sided exchange whose counterpart the sentence right after names beside its principal (issue 13).

"Le Premier ministre camerounais, Joseph Dion Ngute a échangé avec le vice-président du comité permanent de
l'Assemblée nationale populaire de Chine." then "En visite officielle au Cameroun, le vice-président ..., Zhang
Qingwei, a été reçu par le Premier ministre Joseph Dion Ngute.": the trigger names one side only (its counterpart by
a title), the next cue sentence names the principal again beside the counterpart. The recall tier reads that
sentence as an exchange of its own, which it drops when it names one known side only (the counterpart's country
unknown, as on a blind article); its new people are the first exchange's counterparts. Also "o chefe de Estado
português, Marcelo Rebelo de Sousa, recebeu-o em Belém" then "... Xi Jinping ... se reuniu com Marcelo Rebelo de
Sousa" (the one-sided reception completed by the visitor).

Narrow on purpose: only an article whose kept exchanges are all that one frame (several exchanges told, a further
act is as likely), an in-person frame whose participants are all of one known side, and one dropped recall frame,
told within two sentences after it, that holds one of its principals and brings people of no known side or of
another side, presented by a post or a country or beside the principal named again; none when two such frames
compete (two later meetings of the visitor are two events). Not the story's end ("El encuentro ratificó ... los
pueblos del Sur Global", the principal carried over), not "En la reunión se pactó ... en el marco del Convenio
Integral" (no one presented, no principal named): a word read as a name is no counterpart.
"""

from __future__ import annotations

from dataclasses import replace

from liaison.extract.assembly.confidence import sides
from liaison.model.kinds import of_class
from liaison.model.types import EventFrame, PersonMention, Span

_IN_PERSON = of_class("in_person")
_NEAR = 2  # sentences after the trigger's within which the counterpart is told (the lede, then its detail)


def completed_by_retelling(
    kept: list[EventFrame], dropped: list[EventFrame], sentences: tuple[Span, ...]
) -> list[EventFrame]:
    """``kept`` with its one one-sided frame completed by the new people of the one dropped recall-tier frame that
    names one of its principals again (module docstring); ``kept`` unchanged otherwise."""
    if len(kept) != 1:
        return kept
    frame = kept[0]
    own = sides(frame)
    if frame.kind not in _IN_PERSON or len(own) != 1 or any(p.side is None for p in frame.participants):
        return kept
    leads = {p.person.name for p in frame.participants if p.lead}
    held = {p.person.name for p in frame.participants}
    retold = [
        d for d in dropped
        if d.kind in _IN_PERSON and any(p.lead and p.person.name in leads for p in d.participants)
        and any(p.person.name not in held for p in d.participants)
    ]
    if len(retold) != 1:
        return kept
    new = tuple(p for p in retold[0].participants if p.person.name not in held)
    if any(p.side in own for p in new):
        return kept  # the principal's own people: companions, not the counterpart
    if not frame.evidence or not retold[0].evidence \
            or not 0 < _index(sentences, retold[0].evidence[0]) - _index(sentences, frame.evidence[0]) <= _NEAR:
        return kept  # told at the story's end ("El encuentro ratificó ... los pueblos del Sur Global"): no retelling
    trigger = retold[0].evidence[0]
    if not all(p.person.title or p.side for p in new) \
            and not any(p.person.name in leads and _named_in(p.person, trigger) for p in retold[0].participants):
        return kept  # neither the principal named again nor a counterpart presented by a post or a country ("En la
        # reunión se pactó ... en el marco del Convenio Integral": no one)
    evidence = frame.evidence + tuple(s for s in retold[0].evidence if s not in frame.evidence)
    return [replace(frame, participants=frame.participants + new, evidence=evidence)]


def _index(sentences: tuple[Span, ...], span: Span) -> int:
    """The index of the sentence ``span`` opens in (-1: none)."""
    return next((i for i, (a, b) in enumerate(sentences) if a <= span[0] < b), -1)


def _named_in(person: PersonMention, span: Span) -> bool:
    """Whether a mention of ``person`` lies in ``span``."""
    a, b = span
    return any(a <= start < b for start, _ in (person.span, *person.extra_spans))
