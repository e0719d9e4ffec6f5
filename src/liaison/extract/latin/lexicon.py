"""The language-specific word lists the shared Latin-script grammar is parameterised by.

Each language package (``en``, ``es``, ``pt``, ``fr``) builds one ``Lexicon``; the grammar in this
package names no word of any language itself (a test scans it). Word sets hold lower-case forms;
patterns are regex sources compiled case-insensitively unless stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Lexicon:
    """Words and phrase patterns of one language (or one family of close languages)."""

    code: str
    articles: frozenset[str]  # "the", "a" / "el", "la"
    conjunctions: frozenset[str]  # "and" / "y", "e"
    name_particles: frozenset[str]  # "de", "del", "da" inside personal names
    function_words: frozenset[str]  # capitalised at sentence start, never a name
    title_heads: frozenset[str]  # a title needs one: "secretary", "minister", "ambassador"
    title_modifiers: frozenset[str]  # may open a title: "general", "deputy", "first", "youth"
    weak_heads: frozenset[str]  # "member": the org of another component wins
    government_heads: frozenset[str]  # "minister": organisation = government of the side
    legislature_heads: frozenset[str]  # "deputy" (alone), "lawmaker"
    ambassador_heads: frozenset[str]  # "ambassador": organisation = embassy of sender in host
    verbs: frozenset[str]  # clause verbs that end a title ("met", "held", "sostuvo")
    verb_suffix: str  # regex for verb endings ending a title ("ed$", "ó$")
    clause_breaks: frozenset[str]  # words a title never spans backwards over ("with", "con")
    countries: dict[str, str]  # country name -> ISO code
    demonyms: dict[str, str]  # adjective -> ISO code ("chinese" -> "CN")
    weekdays: tuple[str, ...]  # Monday first
    months: tuple[str, ...]  # January first
    month_abbrevs: dict[str, int]  # "dec" -> 12
    kind_cues: tuple[tuple[str, str], ...]  # (kind, pattern), most specific first
    remote_cue: str  # "video link", "online"
    attendance_cue: str  # sentence lists attendees ("was attended by", "estuvieron")
    speaker_cue: str  # co-principal verbs ("addressed")
    lead_cue: str  # "led by", "encabezada por" right before a name
    mention_cue: str  # text right before a mention-only person ("under the leadership of")
    side_cue: str  # group 1 = country word: "While in Venezuela there were", "Por la parte china"
    separate_cue: str  # "separately" -> one event per counterpart
    also_cue: str  # "also met" in a later sentence -> another event
    date_this_weekday: str  # group 1 weekday, "this Monday" / "este lunes"
    date_last_weekday: str  # "last Tuesday" / "el pasado martes"
    date_month_day: str  # named groups month, day, year
    date_today: str  # "today", "hoy"
    date_yesterday: str
    here: str  # "here" (the dateline's place)
    location_cue: str  # group 1 = place: "in Beijing" / "en Caracas"
    datelines: tuple[str, ...]  # named groups place, month, day (at the start of a line)
    topics: tuple[tuple[str, str], ...]  # (pattern, topic)
    extra_stopwords: frozenset[str] = field(default_factory=frozenset)
    places: dict[str, str] = field(default_factory=dict)  # local city name -> English ("la habana")
    weekday_aliases: dict[str, int] = field(default_factory=dict)  # unaccented / sister-language forms
    institution_words: frozenset[str] = field(default_factory=frozenset)  # "School X Y": X Y names no person
    # the small words inside an institution's full name ("Academia de Política y Administración Nacional")
    institution_links: frozenset[str] = field(default_factory=frozenset)
    # heads of bodies people hold posts in, their holder's name often after their full name with no comma
    # ("el secretario general del Partido Comunista de Vietnam Nguyen Phu Trong"), and regions
    institutions_held: frozenset[str] = field(default_factory=frozenset)
    # the agent of a passive before a post ("foi recebido pelo Ministro das Relações Exteriores, A"): no part of the
    # title of the name after it, whatever precedes it ("no Aeroporto Internacional 4 de Fevereiro pelo Ministro")
    agent_words: frozenset[str] = field(default_factory=frozenset)
    every_event_cue: str = ""  # an attendance sentence that covers every event: "on both occasions"
    state_titles: str = ""  # titles that are state offices by themselves: "executive vice president"
    top_office_title: str = ""  # a state's top office in a title, held by one person: "President", "Prime Minister"
    honorifics: frozenset[str] = field(default_factory=frozenset)  # "Dr", "Mr", "compañero" before a name
    possessives: frozenset[str] = field(default_factory=frozenset)  # "its", "su": a title's body of the one before
    title_link: str = ""  # between a name and its title: "on his re-election as", "por su reelección como"
    venue_cue: str = ""  # a later sentence placing the event: "The meeting was held in", "se realizó en"
    separate_after_cue: str = ""  # the next sentence speaks of the meetings just told: "During the meetings, ..."
    framed_cue: str = ""  # a sentence opening on a meeting with people: "While meeting with A, ..." (``framed.py``)
    earlier_act_cue: str = ""  # a temporal clause telling another act: "horas después de que" (``subordinate.py``)
    reported_relative_cue: str = ""  # a relative clause of speech after a cue: ", que afirmó que"
    retold_date_cue: str = ""  # a sentence after the trigger dating it: "The meeting took place at X on Monday"
    escort_cue: str = ""  # "accompanied", "acompañaron (al)": the people named went with someone
    foreign_cue: str = ""  # an exchange abroad without a country named: "foreign", "delegation"
    reply_cue: str = ""  # a later message answering the first one, between the same people: "contestó con otra misiva"
    arrival_cue: str = ""  # a reception on arrival: its meeting is a visit ("a su llegada ... fue recibido por")
    talks_sequel_cue: str = ""  # talks held, told after a reception of the same people: the meeting is talks
    tour_cue: str = ""  # a tour or arrival: an article-level recall event without a kind cue is a visit
    country_tour_cue: str = ""  # "la gira por": a list of countries follows, one visit each (``tours.py``)
    trip_cue: str = ""  # group place = a country: "is in China on a State visit", "en visite en Chine" (``trips.py``)
    represented_cue: str = ""  # a side represented at an occasion abroad by A: "estuvo representado por" (``trips.py``)
    exchange_cue: str = ""  # article-level recall only: words of an exchange no kind cue reads ("homólogo", "comitiva")
    last_resort_cue: str = ""  # the article's last resort only: more words of an exchange ("delegation", "séjourné")
    letter_head_cue: str = ""  # a published letter's headline: greetings or a letter sent ("Carta del FSLN al")
    salutation_cue: str = ""  # a line opening a letter to someone ("Querido compañero", "Alla cortese attenzione di")
    last_resort_led_cue: str = ""  # the last resort only: right before a delegation's head ("conduite par")
    last_resort_leader_cue: str = ""  # the last resort only: right after a delegation's head (", qui conduisait")
    last_resort_occasion_cue: str = ""  # the last resort only: an occasion, no side ("on the occasion of")
    last_resort_side_cue: str = ""  # the last resort only: after a demonym, a side's word ("delegation", "leaders")
    departure_cue: str = ""  # article-level recall only: a trip only begun ("flew to China", "viaja a Pekín")
    sequel_cue: str = ""  # a later cue sentence telling another event: "the next day", "later", "separate"
    further_cue: str = ""  # an additive word beside a kind cue: a further act ("Asimismo, sostuvo encuentros con")
    inserted_cue: str = ""  # a word set inside a kind cue's words, read past ("a aussi eu un entretien bilatéral avec")
    in_turn_cue: str = ""  # between two people met: met one after the other ("con A; luego, con B y después con C")
    delegation_cue: str = ""  # a list of a delegation's members, present at each of its events
    attendance_ahead_cue: str = ""  # an attendance told as still to come: "will be accompanied by", "estará presente"
    companion_cue: str = ""  # a traveller's companions, at each meeting of the trip even when told before the first
    spouse_cue: str = ""  # right before a name: "his wife", "la primera dama": the principal's spouse, not a lead
    delegation_head_cue: str = ""  # right before a delegation's head: "The Chinese delegation is led by"
    future_cue: str = ""  # right before a kind cue told as still to come: "will also", "is expected to"
    future_coordinated_cue: str = ""  # before a kind cue joined to a future verb: "will meet with A, and hold a"
    reporter_cue: str = ""  # right after a name, before another's act: "informó que" (the name is a source)
    future_after_cue: str = ""  # right after a kind cue, its noun's predicate still to come: "is set to take place"
    retold_cue: str = ""  # at a kind cue, the exchange told before: "dans son message", "At that meeting"
    recalled_cue: str = ""  # an exchange told as one before the story's: "last year", "su anterior visita", "había"
    pluperfect_cue: str = ""  # a kind cue in the pluperfect, an act before the story's: "se había reunido con"
    file_photo_cue: str = ""  # a caption's credit marking a file photo: "EPA-EFE FILE/NAME", "(File photo)"
    # the people of other countries' parties met unnamed: "representatives of major political parties of" (multi25)
    parties_met_cue: str = ""
    others_met_cue: str = ""  # right after a list of people met: "…, and other senior officials" (a list)
    one_meeting_cue: str = ""  # between a cue and the people met: one meeting held with them all, "um encontro com"
    met_list_cue: str = ""  # right before the people met, named as some of a group: "met with leaders, including"
    peers_cue: str = ""  # from a cue to the people met: a plural post they share ("con los presidentes")
    own_counterparts_cue: str = ""  # after a message cue: "to their counterparts", none named: one message each
    side_counterpart_cue: str = ""  # "a su par", "son homologue": before a demonym, the subject is of another side
    call_sequel_cue: str = ""  # a conversation verb right after a call: another call ("Em seguida, Lula falou com A")
    fresh_setting_cue: str = ""  # a sentence's opening setting with an indefinite article: "In a phone call," (new)
    each_sender_cue: str = ""  # right before a message cue after its senders: each wrote their own ("each sent")
    unnamed_met_cue: str = ""  # after a cue, those met as a group, named next: "de hauts responsables"
    aside_cue: str = ""  # right before a kind cue set aside by the sentence: "Besides the seminar," "Além do"
    visitor_cue: str = ""  # a cue's subject standing for the visitor named before: "While there, the delegation"
    lede_actor_cue: str = ""  # an event sentence's object pronoun for someone named before: "called on him", "l'a reçu"
    visitor_object_cue: str = ""  # right after a cue, the visitor met unnamed: "met with the delegation"
    visitor_post_cue: str = ""  # a cue's subject a post of the visitor's side: "During her stay, the Lao NA Chairwoman"
    pair_subject_cue: str = ""  # a cue's subject standing for a pair named before: "Earlier, the two leaders"
    counterpart_pair_cue: str = ""  # between the two of a pair: "A and his Chinese counterpart B"
    plural_visits_cue: str = ""  # calls told one per person named: "paid courtesy visits to A and B"
    visit_head_cue: str = ""  # right before a visitor's name (title between allowed): "headed by", "led by"
    led_after_cue: str = ""  # right after a body's name: ", encabezada por" (a delegation of it, led by another)
    visit_head_after_cue: str = ""  # right after a visitor's name: "Morales, à la tête d'une délégation,"
    members_cue: str = ""  # a delegation's members listed, group country: "The Cuban delegation also included"
    makeup_cue: str = ""  # after a delegation's head, its other members: "dirigida por A e integrada por B e C"
    made_of_cue: str = ""  # a delegation met, named by its members: "met with a delegation made up of A, B and C"
    roundup_cue: str = ""  # a roundup of messages: "congratulatory messages", "Congratulations are flowing in"
    roundup_received_cue: str = ""  # a roundup told by its addressee receiving: "a reçu des messages de vœux de"
    sender_list_cue: str = ""  # its senders listed after the cue: "Among the senders of congratulatory messages were"
    source_post_cue: str = ""  # in a title, a post that speaks for a body: "Foreign Ministry spokesman" (a source)
    roundup_speech_cue: str = ""  # a roundup's sender speaking, besides ``speech_cue``: "declaró", "aseguró"
    relative_cue: str = ""  # ", who": names after it in an attendance sentence are only talked about
    with_cue: str = ""  # "with": after "met separately with leaders of ...", names each counterpart
    date_day_of_month: str = ""  # group day: "on the 14th" (in the month of the reference date)
    date_next_day: str = ""  # "the next day": a later event dated the day after the one told before
    date_same_day: str = ""  # "earlier in the day": a later event dated as the one told before
    speech_cue: str = ""  # "said", "dijo": what follows is reported speech, not a report of the exchange
    outcome_cue: str = ""  # "the outcomes of the talks with A": a report of past talks, even after "briefed"
    seminar_purpose_cue: str = ""  # "se reunieron ... para celebrar el 2do. Seminario": a meeting held as a seminar
    seminar_act_cue: str = ""  # "inauguró el quinto": the act of one side at a seminar, right before its noun
    seminar_speech_cue: str = ""  # "She spoke at a": the lede's speaker speaking at a seminar, right before its noun
    seminar_sides_cue: str = ""  # "com", "between": after a seminar's noun, the words that open its sides
    said_that_cue: str = ""  # "that", "que": after a speech verb, the opening of what was said
    message_to_cue: str = ""  # "to the", "ao": after a message's noun, the words that open its addressee
    handed_over_cue: str = ""  # an envoy handing over a message, up to its sender: "conveyed a letter of"
    speech_occasion_cue: str = ""  # "The CCP said so when A met with B": the occasion of what was said, not its content
    turn_cue: str = ""  # a sentence's opening that hands the word to the other side: "For his part,", "In turn,"
    date_weekday_day: str = ""  # groups wd, day: "quarta-feira (26)" -> that day next to the reference
    date_span_cue: str = ""  # a stay of several days ("from 5 to 13 May", a return from a visit): date to the month
    date_vague: str = ""  # "earlier this week", "hace unas semanas": a day the text does not give, the month
    date_reported: str = ""  # a reporting clause, "a-t-on appris dimanche": its day is the report's, not the event's
    date_upcoming: str = ""  # around a date, "@" in its place: one still to come ("15 de Outubro próximo")
    date_planned: str = ""  # text ending right before a date that makes it a planned one: "asistirá este domingo"
    date_coming_weekday: str = ""  # a weekday an act told in the present is still to come on: "inicia sexta-feira"
    date_undated_step: str = ""  # "Durante su visita, se reunió con", "Antes, ...": a step of a story, no day: month
    organ_message: str = ""  # "The Central Committee of X sent a message to the Y of Z": organs, no people
    # Small word classes of titles and organisation names. The defaults are the English, Spanish and
    # Portuguese words the grammar started with; a language sets its own.
    connectors: frozenset[str] = frozenset(
        {"to", "of", "for", "in", "de", "del", "en", "ante", "para", "do", "da", "no", "na"}
    )  # inside a title written before a name: "Ambassador to", "embajador en"
    additives: frozenset[str] = frozenset({"also", "también", "também"})  # "NAME, also a vice president"
    relatives: frozenset[str] = frozenset({"who", "which", "whose", "quien", "quienes", "cual", "que", "cuyo"})
    anaphora: frozenset[str] = frozenset({"esa", "esta", "dicha", "dicho", "ese", "este", "that", "this", "said"})
    country_prefix: str = r"^(?:the|la|el|los|las|o|a)\s+"  # an article before a country name
    org_heads: str = (  # case-sensitive: words that make a phrase an organisation's name
        r"\b(?:Commission|Committee|Ministry|Department|Office|Council|Bureau|Agency|Assembly|Party|Front|"
        r"Movement|Federation|Union|Congress|Parliament|Senate|Institute|Academy|School|University|"
        r"Comisión|Comité|Ministerio|Departamento|Oficina|Consejo|Agencia|Asamblea|Partido|Frente|"
        r"Movimiento|Federación|Unión|Congreso|Parlamento|Senado|Instituto|Escuela|Universidad)\b"
    )
    org_phrase: str = (  # case-sensitive: group 1 = the organisation named after "of" in a title
        r"\b(?:of|de|del|do|da)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?"
        r"((?:[A-ZÁÉÍÓÚÑ][\w'’-]*|of|the|de|del|la|y|and|for|para)(?![\w'’-])"
        r"(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*|of|the|de|del|la|y|and|for|para)(?![\w'’-]))*)"
    )
    org_phrase_tail: str = r"\s+(?:of|the|de|del|la|y|and|for|para)$"  # trailing link words dropped
    org_kinds: tuple[tuple[str, str], ...] = (  # (case-sensitive pattern, kind) guessed from a name
        (r"Party|Partido|Front|Frente|Movement|Movimiento", "party"),
        (r"Assembly|Asamblea|Parliament|Parlamento|Congress|Congreso|Senate|Senado", "legislature"),
        (r"CPC|PCCh|Communist|Comunista", "party_body"),
    )
    central_bodies: str = (  # case-sensitive: a party's central organs, standing for the party
        r"^(?:the\s+)?(?:[A-Z]{2,6}\s+Central\s+Committee$|(?:Standing\s+Committee\s+of\s+the\s+)?"
        r"(?:Central\s+Committee|Political\s+Bureau|Politburo|"
        r"Secretariat|Comité\s+Central|Buró\s+Político|Comitê\s+Central)(?:\s+(?:of|de|del|do|da)\b.*)?$)"
    )
    own_party_bodies: str = (  # case-sensitive: "the Party Central Committee" = the side's own party
        r"\b(?:Party\s+Central\s+Committee|Central\s+Committee(?:\s+of\s+the\s+Party)?|Political\s+Bureau|"
        r"Politburo|Comité\s+Central(?:\s+del\s+Partido)?|Buró\s+Político|Comitê\s+Central(?:\s+do\s+Partido)?)\b"
    )
    own_party_posts: str = ""  # case-sensitive: "Party General Secretary" = a post of the side's own party
    body_links: tuple[str, ...] = ("of the", "of", "de", "del", "de la", "do", "da")  # "X <link> Y" sub-bodies
    own_body_link: str = "of the"  # "its Commission" of a body: "<Commission> <link> <body>"
    state_heads: frozenset[str] = frozenset(
        {"president", "premier", "presidente", "presidenta", "vice-president", "vicepresidente", "vicepresidenta"}
    )  # heads of a state office when a country is named with them
    legislature_words: frozenset[str] = frozenset(
        {"of", "to", "de", "la", "del", "the", "national", "nacional", "assembly", "asamblea"}
    )  # may stand beside a bare legislature head ("deputy to the National Assembly")
    secretary_words: frozenset[str] = frozenset({"secretary", "secretario", "secretaria", "secretário"})
    of_words: frozenset[str] = frozenset({"of", "de", "del", "do", "da"})
    ambassador_link: str = r"\b(?:to|in|en|ante|a|no|na|junto)\b"  # "ambassador <link> host country"
    org_abbreviations: dict[str, str] = field(default_factory=dict)  # "PCC" -> "cpc": this language's reading
    post_bodies: dict[str, str] = field(default_factory=dict)  # post -> gazetteer id of the body it sits in,
    # for its country's side only: "national security advisor" -> the US National Security Council
    legislature_names: dict[str, str] = field(default_factory=dict)  # a chamber's generic name -> the record's
    # ("sénat" -> "Senate"): "président du Sénat jamaïcain" -> "Senate of Jamaica" when the gazetteer holds none
    foreign_minister_posts: str = ""  # posts of a foreign ministry: "Foreign Minister", "canciller"
    counterpart_words: frozenset[str] = frozenset()  # "his Chinese counterpart": the other side's same post
    delegation_words: frozenset[str] = frozenset()  # a side's delegation, its head standing for it: "la delegación
    # del PCV" (``post_holders``)
    international_bodies: str = ""  # a party's department for foreign relations: "International Department"
    remit_adjective: str = ""  # a lower-case adjective of a remit by its ending: "extérieur", "sociaux"
    bare_leader_posts: str = ""  # a whole title naming a party's leader without the party: "General Secretary"
    lowercase_org_words: bool = False  # names keep words lower-case ("Parti communiste chinois")
    membership_links: frozenset[str] = frozenset()  # "NAME, do Comité Central": a seat on the body named
    dated_stay_covered: bool = False  # a visit whose stay is dated is covered by its meetings too (English gold)
    given_name_mentions: bool = False  # a lone given name names a person named in full before ("Raúl", "Gleisi")
    given_names_after_posts: bool = False  # a given name after a post names one named in full ("Premier Abiy")
    known_single_names: bool = False  # a one-word name the people table holds is read untitled ("Lula")
    lowercase_calendar: bool = False  # weekdays are written in lower case: a capitalised one may be a given name
    lowercase_title_heads: bool = False  # posts are written in lower case: "le président Tebboune" names him
    bracket_titles: bool = False  # "NAME (Secretário-Geral do ...)": a title in brackets after the name
    side_words: dict[str, str] = field(default_factory=dict)  # side cue word -> country: "Pelo PCdoB" (BR)
    # a demonym two countries share -> the other countries it may name, space-separated ("congolais": "CD"): the
    # person's own country among them, as the people table knows it, is read instead of the demonym's first one
    shared_demonyms: dict[str, str] = field(default_factory=dict)
    # Fields below were literals in the grammar's code (issue 12); the defaults are the English,
    # Spanish and Portuguese words it held, shared by every language until a language sets its own.
    own_body_article: str = "the"  # "Head of its Commission" -> "Head of the Commission of <body>"
    name_links: frozenset[str] = frozenset({"of", "for", "and", "de", "del", "y"})  # inside a body's name
    sub_body_links: frozenset[str] = frozenset({"of", "de", "del", "do", "da"})  # "<body> of <party body>"
    link_articles: frozenset[str] = frozenset({"the", "la", "el", "a", "o"})  # after "of": "of the", "de la"
    local_committee: str = (  # case-sensitive: "Heilongjiang Provincial Party Committee" (a CPC local body)
        r"^(?:CPC\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?P<level>Provincial|Municipal|Regional|"
        r"Autonomous\s+Regional)\s+(?:Party\s+)?Committee(?:\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China))?$"
    )
    possessor_delegation_cue: str = (  # "a delegation of the MAS-IPSP, led by its president": before the body
        r"\b(?:delegaci[óo]n|delegação|delegation)\s+(?:del?|da|do|of)?\s*(?:the\s+|la\s+|el\s+)?$"
    )
    # the text right before (``party_delegation_cue``) or after (``party_delegation_after_cue``) a party's
    # name that makes it a delegation's party, anywhere in an article: "a delegation of the Communist
    # Party of China", "a CPC delegation" (``party_sides.delegation_parties``); empty: not read
    party_delegation_cue: str = ""
    party_delegation_after_cue: str = ""
    possessor_side_cue: str = r"\b(?:por|pela|de)\s+parte\s+(?:del?|da|do)\s*(?:la\s+)?$"  # "por parte del PCE"
    # right before a bare post with no possessive, a delegation's head told by the article alone: "una
    # delegación de la FRELIMO, encabezada por el secretario general, A" (the post is of that body); empty: not read
    possessor_head_cue: str = ""
    # a body's people listed by their posts after it: "the PTI's leaders, including Vice
    # Chairman A and Secretary General B" (the posts are of that body); empty: not read
    members_of_cue: str = ""
    # right before a person's mention, the host who arranged the act a later sentence tells again: "At the reception,
    # organised by the Australian High Commissioner A, the envoys met ..." (a host, not the sentence's subject)
    host_agent_cue: str = ""
    deputy_words: frozenset[str] = frozenset({"vice", "deputy"})  # "Vice-minister": the head is "minister"
    fused_deputy: str = r"^vice(?=\w{4,})"  # "viceministro" -> "ministro"
    academic_rank: str = r"\b(Professor|Profesora?|Professora?|Prof\.?)[ \t]+$"  # case-sensitive, before a name
    academic_ranks: frozenset[str] = frozenset({"professor", "prof", "profesor", "profesora", "professora"})
    # "Shri Arun Singh Ji": a courtesy word closing a name an honorific opened, no part of the name
    honorific_suffixes: frozenset[str] = frozenset()
    name_suffixes: frozenset[str] = frozenset()  # "Ferdinand R. Marcos, Jr.": a generational suffix is part of the name
    academic_affiliation: str = (  # case-sensitive: "Professor NAME of the Party School" (after the name)
        r"[ \t]+(?:of|at|from|de|del|da|do)[ \t]+[^,;]*?(?=[ \t]+(?:and|y|e)[ \t]|[,;]|\.\s|\.?$)"
    )
    weak_breaks: dict[str, str] = field(default_factory=lambda: {"as": "well"})  # "as" ends a title before "well"
    plural_endings: tuple[tuple[str, str], ...] = (("ies", "y"), ("es", ""), ("s", ""))  # "deputies" -> "deputy"

    # -- derived --------------------------------------------------------------------------
    @cached_property
    def title_words(self) -> frozenset[str]:
        return self.title_heads | self.title_modifiers | self.weak_heads

    @cached_property
    def plural_title_heads(self) -> frozenset[str]:
        """Plurals of the title heads by the language's ``plural_endings`` ("ministros", "ministres",
        "secretaries"): a capitalised one ends a body's name ("Conselho de Ministros"), never starts a
        person's."""
        return frozenset(
            head[: len(head) - len(singular)] + plural
            for head in self.title_heads
            for plural, singular in self.plural_endings
            if head.endswith(singular)
        ) - self.title_heads

    @cached_property
    def stopwords(self) -> frozenset[str]:
        """Lower-case words that are never part of a personal name."""
        words: set[str] = set(self.function_words) | self.title_words | self.extra_stopwords
        words |= self.plural_title_heads  # "vice-presidente do Conselho de Ministros Ricardo Cabrisas"
        words |= set(self.weekdays)
        for place in (*self.countries, *self.demonyms, *self.places):
            parts = place.split()
            # "Viet Nam": "Nam" alone is also a given name ("Kim Song Nam"); short inner words stay free
            # "São Paulo", "San José": a saint's name is also a given name ("Paulo Pombolo")
            # "El Salvador": after an article the word is also a given name ("Salvador Valdés Mesa")
            saint = parts[0] in _SAINTS or parts[0] in self.articles
            words |= {w for i, w in enumerate(parts) if i == 0 or (len(w) > 3 and not saint)}
        return frozenset(words)

    @staticmethod
    def is_saint(word: str) -> bool:
        """A saint's title opening a place's name ("San", "São", "Santa"), lower-case."""
        return word in _SAINTS

    @cached_property
    def country_words(self) -> tuple[tuple[str, str], ...]:
        """(word, ISO code) of every country name and demonym, longest first."""
        table = {**self.countries, **self.demonyms}
        return tuple((w, table[w]) for w in sorted(table, key=len, reverse=True))

    @cached_property
    def verb_rx(self) -> re.Pattern[str]:
        return re.compile(self.verb_suffix)

    def compiled(self, pattern: str) -> re.Pattern[str]:
        return _compile(pattern)

    def cased(self, pattern: str) -> re.Pattern[str]:
        """A case-sensitive pattern, compiled once."""
        return _compile(pattern, 0)

    def month_number(self, word: str) -> int | None:
        w = word.lower().rstrip(".")
        if w.isdigit():  # "16.09.23" in a dateline
            return int(w) if 1 <= int(w) <= 12 else None
        if w in self.months:
            return self.months.index(w) + 1
        return self.month_abbrevs.get(w)

    def weekday_number(self, word: str) -> int | None:
        w = word.lower()
        if w in self.weekdays:
            return self.weekdays.index(w)
        return self.weekday_aliases.get(w)

    def country_of(self, word: str) -> str | None:
        w = word.lower().strip()
        w = re.sub(self.country_prefix, "", w)
        return self.countries.get(w) or self.demonyms.get(w)

    def is_verb(self, word: str) -> bool:
        w = word.lower()
        return w in self.verbs or (w.islower() and bool(self.verb_rx.search(w)) and w not in self.title_words)


_SAINTS = frozenset({"são", "san", "santa", "santo", "saint", "st", "sao"})

_CACHE: dict[tuple[str, int], re.Pattern[str]] = {}


def _compile(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    rx = _CACHE.get((pattern, flags))
    if rx is None:
        rx = _CACHE[pattern, flags] = re.compile(pattern, flags)
    return rx


def alternation(words: tuple[str, ...] | frozenset[str] | list[str]) -> str:
    """A regex alternation of literal words, longest first (then in order: the same pattern in every process)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
