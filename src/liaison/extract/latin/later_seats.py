"""People later sentences seat at the events told: counterparts of a one-sided trigger, speakers, attendance
lists and bullet lines, delegations' heads and members, counterparts named after "separate meetings"."""

from __future__ import annotations

import re

from liaison.extract.latin.affiliation import countries_named
from liaison.extract.latin.attendance import is_attendance
from liaison.extract.latin.context import Group, Seat, _Doc, _principals, _referenced, country_guess, is_source
from liaison.extract.latin.kinds import KindCue, is_future, is_remote
from liaison.extract.latin.mentions import Mention, Person
from liaison.extract.latin.met_lists import _distinct_countries, _people_met, _series_listed, _some_of_a_group
from liaison.extract.latin.roundups import REMOTE_ONE_EACH
from liaison.extract.latin.sequels import _dated_apart
from liaison.extract.latin.trigger_groups import _principal_group
from liaison.extract.latin.visitors import object_is_visitor


def _attended(ctx: _Doc, groups: list[Group], i: int) -> Group:
    """The event an attendance sentence ``i`` tells those present at: the last one told before it, not built by the
    recall tier, when dated to another day than the first ("On Monday, A met B. Also present was C. On Tuesday, A
    held talks with D. Also present at the talks was E": E at the talks), else the first."""
    told = [g for g in groups if g.trigger < i and not g.recall]
    if told and told[-1] is not groups[0] and _dated_apart(ctx, told[-1].trigger, groups[0]):
        return told[-1]
    return groups[0]


def _met_before_speaking(ctx: _Doc, i: int, cue: KindCue | None, new: list[Person]) -> bool:
    """Whether the new people of a sentence with a speaking verb (``cues.speaker``) are all named between a kind cue
    and that verb ("He also went to Istanbul, where he met with Turkish Prime Minister A and spoke at a business
    forum"): the cue's counterparts, met, not co-speakers of the first event. So are people all named after the cue when
    the speaking words open on an article right before one of their names (a post: "le chef de la délégation
    européenne, C")."""
    if cue is None or not new:
        return False
    a, _ = ctx.doc.sentences[i]
    speech = ctx.lex.compiled(ctx.lex.speaker_cue).search(ctx.sentence(i), cue.end)
    if speech is None:
        return False
    mentions = [m for p in new if (m := p.mention_in(i)) is not None]
    starts = [m.head_start - a for m in mentions]
    if len(starts) != len(new) or not all(cue.end <= s for s in starts):
        return False
    if all(s < speech.start() for s in starts):
        return True
    # the speaking words are a post of someone met, right before their name ("a reçu A, B, ainsi que le chef de la
    # délégation européenne, C": fold28), not what someone said
    sentence = ctx.sentence(i)
    before = sentence[: speech.start()].split()  # a post opens on an article ("le chef de la délégation"), a verb not
    if not before or before[-1].lower() not in ctx.lex.articles:  # ("en la que intervinieron también A")
        return False
    names = [m.hit.start - a for m in mentions]
    return any(0 <= s - speech.end() <= _POST_REACH and sentence[speech.end() : s].count(",") <= 1 for s in names)


_POST_REACH = 60  # characters from a post's speaking words ("chef de la délégation") to the name it is the post of


def _list_continued(ctx: _Doc, i: int, present: list[Person], new: list[Person], groups: list[Group]) -> Group | None:
    """The event whose sentence right before goes on in sentence ``i``: a sentence with no cue that opens on an
    additive word (``cues.further``) and names only people no event holds, the first with a title, none speaking
    ("Together with the president, they received the Vice Minister ..., Li Mingxiang" then "In addition, the Deputy
    Director General of the Latin America Bureau, Jin Xiaopeng; the Head of the Integral Section ..., Chen Wenxue";
    "Además del vicepresidente de Economía Productiva del PSUV, Jesús Faría; y el presidente del Grupo de Amistad
    ..., Saúl Ortega"): more of the people present at it. None when the sentence tells what someone said."""
    lex = ctx.lex
    if not lex.further_cue or not new or len(new) != len(present) or new[0].title is None:
        return None
    sentence = ctx.sentence(i)
    opening = lex.compiled(lex.further_cue).search(sentence)
    if opening is None or sentence[: opening.start()].strip(" \t\n\"'“”‘’-–—"):
        return None
    if lex.speech_cue and lex.compiled(lex.speech_cue).search(sentence):
        return None
    return next((g for g in reversed(groups) if i - 1 in g.sentences), None)


def _welcomed(ctx: _Doc, group: Group, new: list[Person], sentence: str) -> bool:
    """A welcome abroad on arrival (``cues.arrival``): its greeters, one at least of another country than the
    guest's, met the guest as one, even when listed ("Il a été accueilli à sa descente d'avion par A, vice-ministre
    ..., B, ambassadeur ... et C"), not one by one. (Greeters all of the guest's own country welcome them home.)"""
    lex = ctx.lex
    if not lex.arrival_cue or lex.compiled(lex.arrival_cue).search(sentence) is None:
        return False
    own = {country_guess(ctx, p) for p in _principals(group)} - {None}
    return bool(own) and any(country_guess(ctx, p) not in (None, *own) for p in new)


def _companions(ctx: _Doc, sentence: str) -> bool:
    """A sentence naming a traveller's companions (``cues.companions``: "He was joined by National Security
    Council Senior Director for Africa Dana Banks and Deputy Assistant Secretary ... Michael Gonzales"): they
    take part in each meeting of the trip, even when told before the first one."""
    lex = ctx.lex
    return bool(lex.companion_cue) and bool(lex.compiled(lex.companion_cue).search(sentence)) \
        and is_attendance(sentence, lex)


def _unnamed_met(ctx: _Doc, i: int, cue: KindCue) -> bool:
    """Whether the cue sentence tells those met as a group it does not name ("a rencontré dans le cadre de cette
    visite de hauts responsables de la République populaire de Chine"), not as still to come."""
    lex = ctx.lex
    if not lex.unnamed_met_cue or is_future(ctx.sentence(i), cue.start, lex):
        return False
    return lex.compiled(lex.unnamed_met_cue).search(ctx.sentence(i), cue.end) is not None


def _unnamed_named(
    ctx: _Doc, j: int, cue: KindCue, i: int, new: list[Person], groups: list[Group]
) -> list[Group]:
    """The group met unnamed in sentence ``j`` named in the sentence after it ("Il s'agit du Premier ministre
    chinois, M. A, et du président du Comité permanent ..., M. B"): one event each with the principal of the
    events told before who is of the other side (the visitor). Leaders called or written to as a number ("spoke by
    phone with five foreign leaders. Among them were A, B and C") may be of several countries, one of them at least
    known: a call or a message goes to one counterpart."""
    sides = {country_guess(ctx, p) for p in new}
    one_each = cue.kind in REMOTE_ONE_EACH and len(new) >= 2 and sides != {None}
    if not new or (not one_each and (len(sides) != 1 or None in sides)):
        return []
    subject = next((p for g in groups for p in _principals(g) if country_guess(ctx, p) not in sides | {None}), None)
    if subject is None:
        return []
    return [_pair(cue, subject, j, p, i) for p in new]


def _opens_met_list(
    ctx: _Doc, i: int, cue: KindCue | None, present: list[Person]
) -> tuple[int, KindCue, Person] | None:
    """A sentence of one person's meetings or talks that ends on a colon ("Veja os nomes das autoridades com quem
    Lula se reuniu durante a cúpula do G20:"): the bullet lines after it name the people met, one each."""
    if cue is None or cue.kind not in ("meeting", "talks") or len(present) != 1:
        return None
    if not ctx.sentence(i).rstrip().endswith(":") or is_remote(ctx.sentence(i), ctx.lex):
        return None
    return i, cue, present[0]


def _listed_met(
    met_list: tuple[int, KindCue, Person], i: int, present: list[Person], groups: list[Group]
) -> list[Group]:
    """The events of one bullet line of people met: one with each person the line names, unless the subject's
    meeting with them is told already."""
    at, cue, subject = met_list
    return [
        _pair(cue, subject, at, p, i) for p in present
        if p is not subject and not any(p in _principals(g) and subject in _principals(g) for g in groups)
    ]


def _pair(cue: KindCue, subject: Person, at: int, met: Person, i: int) -> Group:
    """An exchange of ``subject``, told in sentence ``at``, with ``met``, named in sentence ``i``."""
    g = Group(at, cue, sentences=[at, i])
    g.seats.extend([Seat(subject, "principal", at, lead=True), Seat(met, "principal", i, lead=True)])
    return g


def _plural_visits(ctx: _Doc, sentence: str) -> bool:
    """"The delegation paid courtesy visits to A and B": the calls are told one per person named."""
    lex = ctx.lex
    return bool(lex.plural_visits_cue) and bool(lex.compiled(lex.plural_visits_cue).search(sentence))


def _delegation_heads(ctx: _Doc, i: int, new: list[Person]) -> list[Person]:
    """People a sentence without a cue names as a delegation's head, right after "led by" or "Head of
    the delegation" ("The Chinese delegation is led by A, member of ..."; "Head of the delegation B, who
    is ..."; "The delegation, led by National Security Office head C, was later invited ...")."""
    if not ctx.lex.delegation_head_cue:
        return []
    a, _ = ctx.doc.sentences[i]
    cue = ctx.lex.compiled(ctx.lex.delegation_head_cue)
    heads = []
    for p in new:
        m = p.mention_in(i)
        if m is not None and (cue.search(ctx.text[a : m.head_start]) or cue.search(ctx.text[a : m.hit.start])):
            heads.append(p)
    return heads


def _one_sided(ctx: _Doc, group: Group, new: list[Person], i: int, cue: KindCue) -> bool:
    """Whether the trigger names only one side ("A arrived in Caracas on Wednesday") and a later cue
    sentence names who met them ("At the airport he was received by B"): its counterparts."""
    principals = _principals(group)
    mine = {country_guess(ctx, p) for p in principals}
    if not principals or len(mine) > 1:
        return False
    a, _ = ctx.doc.sentences[i]
    lex = ctx.lex
    if _met_others(ctx, group, new, mine):
        return False  # "met with representatives of parties of A and B" then "met with those of C including X"
    if object_is_visitor(ctx, i, cue):
        return True  # "B received the Cuban president at the foot of the steps": the guest named before, met by B
        # ("A and B welcomed the delegation at ... Airport": the cue's own object)
    if _subject_told_next(ctx, group, new, i, cue):
        return True  # "A Chinese delegation had talks with A." then "The delegation led by B ... met A"
    if lex.host_agent_cue and cue.kind == group.cue.kind and any(
        lex.compiled(lex.host_agent_cue).search(ctx.text[a : m.head_start])
        for p in new if (m := p.mention_in(i)) is not None and m.head_start < a + cue.start
    ):
        return True  # "At the reception, organised by the Australian High Commissioner B, the envoys met ...": B
        # hosted the act told
    if any(m.head_start < a + cue.start for p in new if (m := p.mention_in(i)) is not None):
        return False  # "B met here today with A's delegation": a sentence with its own subject
    if lex.visitor_cue and lex.compiled(lex.visitor_cue).search(ctx.text[a : a + cue.start]):
        return True  # "The delegation was received at the airport by B": the visitor named before, met by B
    known = mine - {None}
    if known and any(country_guess(ctx, p) not in (None, *known) for p in new):
        return True
    # the principal named again ("La Havane, 6 sept. A a reçu B"), or the counterpart right after the cue
    # ("At the airport he was received by the deputy B"), when B's country is not known
    if any(_referenced(p, ctx.doc.sentences[i]) for p in principals):
        return True
    starts = [m.head_start - a for p in new if (m := p.mention_in(i)) is not None]
    return bool(starts) and 0 <= min(starts) - cue.end <= 40


_PARTIES_REACH = 40  # characters after the cue where the parties' people met begin ("met here today with ...")
_PARTIES_COUNTRIES = 80  # characters after them where their countries are named


def _met_others(ctx: _Doc, group: Group, new: list[Person], mine: set[str | None]) -> bool:
    """Whether the trigger told its unnamed counterparts by their countries ("met here today with representatives of
    political parties of Laos and Cambodia") and the people named later are all of a known country other than
    those and the principals' own: the people of another meeting (multi25), not the counterparts of this one."""
    lex = ctx.lex
    if group.cue.start < 0 or not lex.parties_met_cue:
        return False
    after = ctx.sentence(group.trigger)[group.cue.end :]
    met = lex.compiled(lex.parties_met_cue).search(after)
    if met is None or met.start() > _PARTIES_REACH:
        return False
    told = countries_named(after[met.end() : met.end() + _PARTIES_COUNTRIES], lex) - mine
    if not told or not new:
        return False
    theirs = {country_guess(ctx, p) for p in new}
    return None not in theirs and not theirs & (told | mine)


def _counterpart_speaking(ctx: _Doc, group: Group, new: list[Person], i: int) -> Person | None:
    """The other side of an exchange whose trigger named its own side only, the side met left unnamed ("Zhao Leji
    ... met with officials of the Russian Communist Party in Beijing"): the first titled person of one other known
    side who opens a later sentence and speaks in it ("Mironov, chairman of the Russian ... party, praised the
    strong bilateral relations", ``cues.speech``; "For his part, the general secretary of the Communist Party of the
    People of Spain, Julio Diaz, ratified that ...", ``cues.turn``; a transcript's speaker line, "President of Russia
    Vladimir Putin: Mr Li Zhanshu, friends, ..."), nobody of the trigger's side named before them there; a title
    written before the name may open it with its article ("le général Assimi Goïta a accordé une audience à
    l'ambassadeur de la République Populaire de Chine" then "L'ambassadeur Chen Zhihong a remercié le chef de
    l'État")."""
    lex = ctx.lex
    principals = _principals(group)
    mine = {country_guess(ctx, p) for p in principals}
    if not principals or len(mine) != 1 or None in mine or not new or not lex.speech_cue \
            or group.cue.kind not in ("meeting", "talks", "visit"):
        return None  # a roundup of messages tells each sender's words on their own
    _, b = ctx.doc.sentences[i]
    if (opener := _titled_opener(ctx, new, i)) is None or country_guess(ctx, opener[0]) in (None, *mine):
        return None
    first, m = opener
    if not _speaker_opens(ctx, i, m.head_start) \
            or any((q := p.mention_in(i)) is not None and q.head_start < m.head_start for p in principals):
        return None  # "Zhao said that ... Mironov ...": not the sentence's opening person ("For his part," may
        # open it: the word handed to the other side, ``cues.turn``; so may an article before a title written first:
        # "L’ambassadeur Chen Zhihong a remercié le chef de l’État")
    said = lex.compiled(lex.speech_cue).search(ctx.text, m.hit.end, b)
    spoken = _TRANSCRIPT_SPEAKER.match(ctx.text, m.hit.end, b)  # "President of Russia Vladimir Putin: Mr Li, ..."
    return first if said is not None or spoken is not None else None


def _titled_opener(ctx: _Doc, new: list[Person], i: int) -> tuple[Person, Mention] | None:
    """The person of ``new`` named first in sentence ``i``, with that mention, when they are titled: a later
    sentence's speaker, if anyone."""
    _, b = ctx.doc.sentences[i]
    first = min(new, key=lambda p: m.head_start if (m := p.mention_in(i)) is not None else b)
    m = first.mention_in(i)
    return None if m is None or first.title is None else (first, m)


# a transcript's speaker line: "President of Russia Vladimir Putin: ...", "Li Zhanshu (retranslated): ..."
_TRANSCRIPT_SPEAKER = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*:\s")


_SPEAKER_REACH = 6  # sentences after an exchange's last one where the speaker of its unnamed side may be told
_SPOKEN_KINDS = ("meeting", "talks", "visit", "seminar", "agreement")  # exchanges whose sides speak at them


def _unnamed_side_speaking(ctx: _Doc, groups: list[Group], new: list[Person], i: int) -> tuple[Group, Person] | None:
    """The speaker of an exchange's side its sentences name only as a party, delegation or country, told a few
    sentences later (issue 13, speaker26): "A CPC delegation led by A reached Lome ... links between the CPC and the
    ruling Unir" then "Unir's executive secretary, B, noted that ..."; "the delegation held a working session with
    the MPP's leadership" then "In his opening words, the MPP's head, C, outlined the party". The first person no
    event holds, titled, opens the sentence after an article (before a title written first) or an opening of
    ``cues.turn`` ("En las reuniones,", "Por su parte,") and speaks (``cues.speech``). Their side is not that of
    the exchange's principals (of one known side, besides people of none), and the exchange's sentences, the one
    after its trigger or the article's lede name it: by its country, or by a word of the speaker's title naming
    their organisation (a party of no country the lexicon knows). Untitled people are left out (a judge set lost
    more than the fit half gained with them). The latest such exchange told within ``_SPEAKER_REACH`` sentences
    before takes them as a lead. Not a spokesman reporting it."""
    lex = ctx.lex
    if not new or not lex.speech_cue:
        return None
    _, b = ctx.doc.sentences[i]
    if (opener := _titled_opener(ctx, new, i)) is None or opener[1].mention_only or is_source(ctx, opener[0]):
        return None
    first, m = opener
    side = country_guess(ctx, first)
    if not ctx.text[ctx.doc.sentences[i][0] : m.head_start].strip(" \"'“”‘’"):
        return None  # a bare opening: ``_counterpart_speaking``'s (the judges lost with it here)
    if not _speaker_opens(ctx, i, m.head_start) or lex.compiled(lex.speech_cue).search(ctx.text, m.hit.end, b) is None:
        return None
    title = first.title.text if first.title else ""
    for g in reversed(groups):
        if g.recall or g.cue.kind not in _SPOKEN_KINDS or i - max(g.sentences) > _SPEAKER_REACH:
            continue
        principals = _principals(g)
        if any((q := p.mention_in(i)) is not None and q.head_start < m.head_start for p in principals):
            continue  # "With A, B said": not the sentence's opening person
        own, phrase = _own_side(ctx, g)
        if len(own) > 1 or side in own or (side is not None and side in {p.known_country for p in principals}):
            continue
        theirs = phrase + " " + " ".join(p.title.text for p in principals if p.title is not None)
        if _side_named(ctx, g, side, title, theirs):
            return g, first
    return None


_OWN_PHRASE = 70  # characters before a principal's mention in the trigger telling their own side ("A delegation of
# the CPC led by A")


def _own_side(ctx: _Doc, group: Group) -> tuple[set[str], str]:
    """The side of an exchange's principals (people of no known side beside those of one are of it: "talks with A of
    Venezuela, B and C"), else the countries the trigger names right before the first of them ("A delegation of the
    Chinese Communist Party led by A"), and that stretch of the trigger."""
    principals = _principals(group)
    mine = {c for p in principals if (c := country_guess(ctx, p)) is not None}
    m = next((q for p in principals if (q := p.mention_in(group.trigger)) is not None), None)
    if m is None:
        return mine, ""
    a, _ = ctx.doc.sentences[group.trigger]
    phrase = ctx.text[max(a, m.head_start - _OWN_PHRASE) : m.hit.end]
    return mine or countries_named(phrase, ctx.lex), phrase


def _speaker_opens(ctx: _Doc, i: int, start: int) -> bool:
    """Whether the person whose mention begins at ``start`` opens sentence ``i``: nothing before them but quotes,
    an article, or an opening of ``cues.turn`` ("For his part, the", "Dans ses propos introductifs, le")."""
    lex = ctx.lex
    a, _ = ctx.doc.sentences[i]
    opening = ctx.text[a:start]
    bare = opening.strip(" \"'“”‘’")
    return not bare or opening.strip(" \"“”").lower() in lex.articles \
        or bool(lex.turn_cue and lex.compiled(lex.turn_cue).match(opening.lstrip(" \"“”‘’") + " "))


_WORD = re.compile(r"\w[\w-]*")


def _side_named(ctx: _Doc, group: Group, side: str | None, title: str, theirs: str) -> bool:
    """Whether an exchange's sentences, the one after its trigger or the article's first sentence name the
    speaker's side: its country, when known, else a capitalised word of the speaker's title that is no title word and
    no word of the principals' titles (the party of "Unir's executive secretary", of no country the lexicon
    knows)."""
    told = sorted({0, group.trigger, group.trigger + 1, *group.sentences} & set(range(len(ctx.doc.sentences))))
    text = " ".join(ctx.sentence(k) for k in told)
    if side is not None:  # a country the article never names there is a misreading ("MPP" another country's party)
        return side in countries_named(text, ctx.lex)
    words = {w for w in _WORD.findall(title)  # "MPP", "PDCI-RDA", "Unir"
             if len(w) >= 3 and w[0].isupper() and w.lower() not in ctx.lex.title_words and w not in theirs}
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


_SEMINAR_POSTS = 4  # comma-parted posts of a seminar speaker's title between their name and their speech verb


def _attendee_speaking(ctx: _Doc, group: Group, new: list[Person], i: int) -> Person | None:
    """A titled person named for the first time who opens a later sentence without a cue and speaks in it
    (``cues.speech``), when the article tells one event: present at it, on a side it already has ("Liu Jianchao
    welcomed Prime Minister Oli's visit ... Sun Haiyan, Deputy Head of the CPC's International Department, restated
    China's commitment"), or at a seminar of many ("Evariste Ndayishimiye, secretary general of CNDD-FDD of Burundi,
    said his country hopes to learn"; a seminar's speaker may take the word after an opening of ``cues.turn``, "Por
    su parte, el vicepresidente ... del PSUV, A, señaló que": issue 13, kinds33). Not a source ("spokesman"), nor
    someone of no known side."""
    lex = ctx.lex
    if not new or not lex.speech_cue or group.cue.kind not in ("meeting", "talks", "visit", "seminar"):
        return None
    a, b = ctx.doc.sentences[i]
    if (opener := _titled_opener(ctx, new, i)) is None or opener[1].mention_only or is_source(ctx, opener[0]):
        return None
    first, m = opener
    seminar = group.cue.kind == "seminar"  # its speakers take the word in turn: "Por su parte, el ... del PSUV, A,"
    if ctx.text[a : m.head_start].strip(" \"'“”‘’") and not (seminar and _speaker_opens(ctx, i, m.head_start)):
        return None  # "Zhao said that ... Mironov ...": not the sentence's opening person
    side = country_guess(ctx, first)
    sides = {country_guess(ctx, p) for p in _principals(group)} - {None}
    if side is None or (side not in sides and group.cue.kind != "seminar"):
        return None
    # a seminar's speaker may be given a title of several posts ("A, miembro del Secretariado ..., jefe de su
    # Departamento ... y jefe de la delegación anfitriona, consideró"), or none ("A, señaló")
    after = r"\s*(?:,[^,.;:]{2,160},\s*)?" if not seminar else rf"\s*(?:,[^,.;:]{{2,160}}){{0,{_SEMINAR_POSTS}}},?\s*"
    said = lex.compiled(after + "(?:" + lex.speech_cue + ")").match(ctx.text, m.hit.end, b)
    return first if said is not None else None


def _subject_told_next(ctx: _Doc, group: Group, new: list[Person], i: int, cue: KindCue) -> bool:
    """Whether the trigger names only its object, its subject unnamed ("A high-level Chinese delegation had
    talks today with former President A"), and the next sentence names the subject before its cue and the
    trigger's principals again after it ("The delegation led by B, Minister of ..., met A in Colombo"): the
    same exchange told again, B its other side (of another country than A)."""
    if i != group.trigger + 1:
        return False
    principals = _principals(group)
    start = ctx.doc.sentences[group.trigger][0] + group.cue.start
    if any(m.head_start < start for p in principals if (m := p.mention_in(group.trigger)) is not None):
        return False
    a, b = ctx.doc.sentences[i]
    if not all(_referenced(p, (a + cue.end, b)) for p in principals):
        return False
    mine = {country_guess(ctx, p) for p in principals} - {None}
    return bool(mine) and all(country_guess(ctx, p) not in (None, *mine) for p in new)


def _complete(ctx: _Doc, group: Group, cue: KindCue, new: list[Person], i: int) -> None:
    """The counterparts of a one-sided trigger; a visit during which a meeting is told is that meeting. One
    of the trigger's own country among them ("received at the airport by B, C and the Cuban ambassador D")
    escorts the guest: not a lead."""
    own = {country_guess(ctx, p) for p in _principals(group)} - {None}
    for p in new:
        mine = country_guess(ctx, p) in own and any(country_guess(ctx, q) not in (None, *own) for q in new)
        group.seats.append(Seat(p, "list", i) if mine else Seat(p, "principal", i, lead=True))
    if i not in group.sentences:
        group.sentences.append(i)
    if group.cue.kind == "visit" and cue.kind in ("meeting", "talks"):
        group.cue = KindCue(cue.kind, group.cue.start, group.cue.end)


_BULLETS = frozenset("-*•·‣◦▪")


def _list_item(sentence: str, semicolons: bool) -> bool | None:
    """Whether a line goes on with a list opened by a header ending on a colon (``listing``), and whether the list
    goes on after it: a bulleted line ("- Prime Minister A, Country"), or a line closed by a semicolon ("Monsieur
    Heming WANG, Directeur général du Bureau des Affaires africaines ... ;"), the list ending at the first line
    closed by a full stop after such lines (``semicolons``: "Monsieur Bowei WANG, Attaché de l'Ambassade ....").
    None: no item."""
    line = sentence.strip()
    if line[:1] in _BULLETS or line.endswith(";"):
        return True
    return False if semicolons and line.endswith(".") and ";" not in line else None


def _opens_delegation_list(ctx: _Doc, i: int) -> bool:
    """A list header before any exchange is told ("En faisaient partie :", "The delegation comprised:") opens the
    list of a visiting delegation's members when the line after it is an item closed by a semicolon or a bullet
    (the members then attend each event of the visit, as companions do)."""
    if i + 1 >= len(ctx.doc.sentences):
        return False
    return _list_item(ctx.sentence(i + 1), False) is True


def _awaits_counterparts(ctx: _Doc, group: Group, sentence: str) -> bool:
    """"X held separate meetings with leaders of A and B": a separate cue and nobody met named yet."""
    if not ctx.lex.compiled(ctx.lex.separate_cue).search(sentence):
        return False
    cue_at = ctx.doc.sentences[group.trigger][0] + group.cue.start
    for seat in group.seats:
        m = seat.person.mention_in(group.trigger)
        if seat.lead and m is not None and m.hit.start >= cue_at:
            return False
    return True


def _names_counterparts(ctx: _Doc, sentence: str) -> bool:
    """Whether a sentence after "meetings with the highest authorities" names who was met ("With A, he
    reviewed ..."): a "with" not told as still to come ("el domingo ... se reunirá con el primer ministro, A":
    an announced programme names no one met yet)."""
    lex = ctx.lex
    if not lex.with_cue:
        return False
    return any(not is_future(sentence, m.start(), lex) for m in lex.compiled(lex.with_cue).finditer(sentence))


def _add_counterparts(ctx: _Doc, groups: list[Group], apart: Group, new: list[Person], i: int) -> None:
    """"With A, he reviewed ... Later, he talked with B": each later sentence names one more counterpart; a sentence
    listing several, each of a known country of their own ("dialogó además con sus homólogos de Ecuador, A; de Irán,
    B; de Croacia, C"), names one counterpart each (issue 13, furtherlat)."""
    if len(new) >= 2 and _distinct_countries(ctx, new, [s.person for s in apart.seats if s.lead]):
        for p in new:
            _add_counterparts(ctx, groups, apart, [p], i)
        return
    hosts = [s for s in apart.seats if s.lead and s.sentence == apart.trigger]
    if any(s.sentence != apart.trigger for s in apart.seats if s.lead):
        target = Group(apart.trigger, apart.cue, sentences=[apart.trigger])
        for s in hosts:
            target.seats.append(Seat(s.person, "principal", s.sentence, lead=True))
        groups.append(target)
    else:
        target = apart
    for p in new:
        target.seats.append(Seat(p, "principal", i, lead=True))
    if i not in target.sentences:
        target.sentences.append(i)


def _attending(ctx: _Doc, i: int, people: list[Person]) -> list[Person]:
    """People of an attendance sentence, without those named in a relative clause after the list
    ("Attending was A, who recalled that B ...")."""
    lex = ctx.lex
    if not lex.relative_cue:
        return people
    a, b = ctx.doc.sentences[i]
    att = lex.compiled(lex.attendance_cue).search(ctx.text, a, b)
    rel = lex.compiled(lex.relative_cue).search(ctx.text, att.end() if att else a, b)
    if rel is None:
        return people
    kept = []
    for p in people:
        m = p.mention_in(i)
        if m is None or m.head_start < rel.start():
            kept.append(p)
    return kept


def _met_in_turn(ctx: _Doc, i: int, cue: KindCue, visit: Group, new: list[Person]) -> bool:
    """After a visit told with its visitor alone, a list the visitor held talks with ("During the four-day trip,
    Cai held talks with Vice President A, Speaker B, and Chairperson C") or that names some of a group met
    ("met representatives from a number of parties, including A, B and C"): one event each (not a list of
    greeters: "was received at the airport by A, B and C" stays one welcome)."""
    if cue.kind != "talks" and not _some_of_a_group(ctx, i, cue, new):
        return False
    return bool(_people_met(ctx, i, cue, _principals(visit)[:1], new, talks=True))


def _series_met(ctx: _Doc, i: int, present: list[Person], new: list[Person], groups: list[Group]) -> list[Group]:
    """A sentence with no kind cue naming only people no event holds, each of a known country of their own, after a
    first exchange told as separate meetings with people it leaves unnamed or names in part ("teve na Cidade Alta
    encontros de cortesia separados com vários chefes de Estado" then "Entre os líderes recebidos contaram-se os
    Presidentes do Congo Brazzaville, A, de Portugal, B, e da Guiné Equatorial, C"): the series goes on, one exchange
    each with that exchange's principal of a known country (``_series_listed``; recall tier, issue 13, furtherlat).
    Not what someone said, nor who attended."""
    first = groups[0] if groups else None
    if first is None or first.recall or len(new) < 2 or len(new) != len(present):
        return []
    lex = ctx.lex
    sentence = ctx.sentence(i)
    if not lex.compiled(lex.separate_cue).search(ctx.sentence(first.trigger)) or is_attendance(sentence, lex) \
            or (lex.speech_cue and lex.compiled(lex.speech_cue).search(sentence)):
        return []
    subjects = [p for p in _principals(first) if country_guess(ctx, p) is not None]
    if len({country_guess(ctx, p) for p in subjects}) != 1 or not _series_listed(ctx, i, new, subjects):
        return []
    cue = KindCue(first.cue.kind, -1, -1)
    out = []
    for p in new:
        g = _principal_group(i, cue, [subjects[0], p], [])
        g.recall = True
        out.append(g)
    return out

