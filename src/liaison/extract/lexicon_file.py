"""A language's ``Lexicon`` read from its data file (``liaison/kb/lang/<code>.toml``).

The file is keyed by concept (calendar, words, titles, cues by event kind, dates, places,
organisations…), not by code path; ``FIELDS`` maps each ``Lexicon`` field to where its words
live. A pattern is written as a list of entries, each one alternative with the sentences it must
match (``examples``); the loader joins the alternatives with ``|`` in file order. ``{MONTH}`` and
``{WEEKDAY}`` in a pattern stand for the calendar's words (months and their abbreviations,
weekdays and their aliases), any other ``{NAME}`` for an entry of the file's ``[templates]``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from liaison.extract.latin.lexicon import Lexicon, alternation
from liaison.kb.languages import language_data

Shape = Literal["words", "list", "map", "text", "flag", "pattern", "patterns", "labelled", "pairs"]


@dataclass(frozen=True)
class FieldSpec:
    """Where one ``Lexicon`` field lives in a language file and how it is read."""

    field: str
    path: tuple[str, ...]
    shape: Shape
    flags: int = re.IGNORECASE  # how the grammar compiles the pattern (the integrity test does the same)
    label: str = ""  # "labelled": the key naming each group ("kind", "topic")
    label_first: bool = False  # "labelled": the pair is (label, pattern) rather than (pattern, label)


_I, _CASED, _LINES = re.IGNORECASE, 0, re.IGNORECASE | re.MULTILINE


def _spec(field: str, path: str, shape: Shape, flags: int = _I, label: str = "", first: bool = False) -> FieldSpec:
    return FieldSpec(field, tuple(path.split(".")), shape, flags, label, first)


FIELDS: tuple[FieldSpec, ...] = (
    # the calendar
    _spec("months", "calendar.months", "list"),
    _spec("month_abbrevs", "calendar.month_abbreviations", "map"),
    _spec("weekdays", "calendar.weekdays", "list"),
    _spec("weekday_aliases", "calendar.weekday_aliases", "map"),
    # small word classes
    _spec("articles", "words.articles", "words"),
    _spec("conjunctions", "words.conjunctions", "words"),
    _spec("agent_words", "words.agents", "words"),
    _spec("name_particles", "words.name_particles", "words"),
    _spec("name_suffixes", "words.name_suffixes", "words"),
    _spec("honorific_suffixes", "words.honorific_suffixes", "words"),
    _spec("function_words", "words.function_words", "words"),
    _spec("extra_stopwords", "words.not_in_names", "words"),
    _spec("institution_words", "words.institutions", "words"),
    _spec("institution_links", "words.institution_links", "words"),
    _spec("institutions_held", "words.institutions_held", "words"),
    _spec("honorifics", "words.honorifics", "words"),
    _spec("possessives", "words.possessives", "words"),
    _spec("delegation_words", "words.delegations", "words"),
    _spec("connectors", "words.title_connectors", "words"),
    _spec("additives", "words.additives", "words"),
    _spec("relatives", "words.relatives", "words"),
    _spec("anaphora", "words.anaphora", "words"),
    _spec("of_words", "words.of", "words"),
    _spec("plural_endings", "words.plural_endings", "pairs"),
    # clauses
    _spec("verbs", "clauses.verbs", "words"),
    _spec("verb_suffix", "clauses.verb_suffix", "pattern", _CASED),
    _spec("clause_breaks", "clauses.breaks", "words"),
    _spec("weak_breaks", "clauses.weak_breaks", "map"),
    # titles by capacity
    _spec("title_heads", "titles.heads", "words"),
    _spec("title_modifiers", "titles.modifiers", "words"),
    _spec("weak_heads", "titles.weak_heads", "words"),
    _spec("counterpart_words", "titles.counterparts", "words"),
    _spec("government_heads", "titles.government", "words"),
    _spec("legislature_heads", "titles.legislature", "words"),
    _spec("ambassador_heads", "titles.ambassador", "words"),
    _spec("state_heads", "titles.state", "words"),
    _spec("secretary_words", "titles.secretary", "words"),
    _spec("legislature_words", "titles.beside_legislature", "words"),
    _spec("state_titles", "titles.state_offices", "pattern"),
    _spec("top_office_title", "titles.top_offices", "pattern"),
    _spec("title_link", "titles.link", "pattern"),
    _spec("ambassador_link", "titles.ambassador_link", "pattern"),
    _spec("deputy_words", "titles.deputy_words", "words"),
    _spec("fused_deputy", "titles.fused_deputy", "pattern"),
    _spec("academic_ranks", "titles.academic_ranks", "words"),
    _spec("academic_rank", "titles.academic_rank", "pattern", _CASED),
    _spec("academic_affiliation", "titles.academic_affiliation", "pattern", _CASED),
    # countries and places (see also liaison.kb.countries)
    _spec("countries", "countries", "map"),
    _spec("demonyms", "demonyms", "map"),
    _spec("shared_demonyms", "shared_demonyms", "map"),
    _spec("places", "places", "map"),
    _spec("country_prefix", "country_prefix", "pattern", _CASED),
    _spec("side_words", "side_words", "map"),
    # event kinds and the cues of a sentence's role
    _spec("kind_cues", "kinds", "labelled", label="kind", first=True),
    _spec("remote_cue", "cues.remote", "pattern"),
    _spec("attendance_cue", "cues.attendance", "pattern"),
    _spec("every_event_cue", "cues.every_event", "pattern"),
    _spec("delegation_cue", "cues.delegation", "pattern"),
    _spec("attendance_ahead_cue", "cues.attendance_ahead", "pattern"),
    _spec("companion_cue", "cues.companions", "pattern"),
    _spec("spouse_cue", "cues.spouse", "pattern"),
    _spec("speaker_cue", "cues.speaker", "pattern"),
    _spec("lead_cue", "cues.lead", "pattern"),
    _spec("delegation_head_cue", "cues.delegation_head", "pattern"),
    _spec("visitor_cue", "cues.visitor", "pattern"),
    _spec("lede_actor_cue", "cues.lede_actor", "pattern"),
    _spec("future_cue", "cues.future", "pattern"),
    _spec("future_coordinated_cue", "cues.future_coordinated", "pattern"),
    _spec("reporter_cue", "cues.reporter", "pattern"),
    _spec("future_after_cue", "cues.future_after", "pattern"),
    _spec("recalled_cue", "cues.recalled", "pattern"),
    _spec("pluperfect_cue", "cues.pluperfect", "pattern"),
    _spec("file_photo_cue", "cues.file_photo", "pattern"),
    _spec("retold_cue", "cues.retold", "pattern"),
    _spec("aside_cue", "cues.aside", "pattern"),
    _spec("others_met_cue", "cues.others_met", "pattern"),
    _spec("parties_met_cue", "cues.parties_met", "pattern"),
    _spec("met_list_cue", "cues.met_list", "pattern"),
    _spec("one_meeting_cue", "cues.one_meeting", "pattern"),
    _spec("peers_cue", "cues.peers", "pattern"),
    _spec("unnamed_met_cue", "cues.unnamed_met", "pattern"),
    _spec("visit_head_cue", "cues.visit_head", "pattern"),
    _spec("led_after_cue", "cues.led_after", "pattern"),
    _spec("visit_head_after_cue", "cues.visit_head_after", "pattern"),
    _spec("plural_visits_cue", "cues.plural_visits", "pattern"),
    _spec("visitor_object_cue", "cues.visitor_object", "pattern"),
    _spec("visitor_post_cue", "cues.visitor_post", "pattern"),
    _spec("pair_subject_cue", "cues.pair_subject", "pattern"),
    _spec("counterpart_pair_cue", "cues.counterpart_pair", "pattern"),
    _spec("members_cue", "cues.members", "pattern"),
    _spec("makeup_cue", "cues.makeup", "pattern"),
    _spec("made_of_cue", "cues.made_of", "pattern"),
    _spec("roundup_cue", "cues.roundup", "pattern"),
    _spec("roundup_received_cue", "cues.roundup_received", "pattern"),
    _spec("sender_list_cue", "cues.sender_list", "pattern"),
    _spec("source_post_cue", "cues.source_post", "pattern"),
    _spec("roundup_speech_cue", "cues.roundup_speech", "pattern"),
    _spec("escort_cue", "cues.escort", "pattern"),
    _spec("mention_cue", "cues.mention", "pattern"),
    _spec("speech_cue", "cues.speech", "pattern"),
    _spec("outcome_cue", "cues.outcome", "pattern"),
    _spec("speech_occasion_cue", "cues.speech_occasion", "pattern"),
    _spec("turn_cue", "cues.turn", "pattern"),
    _spec("seminar_act_cue", "cues.seminar_act", "pattern"),
    _spec("seminar_speech_cue", "cues.seminar_speech", "pattern"),
    _spec("seminar_sides_cue", "cues.seminar_sides", "pattern"),
    _spec("message_to_cue", "cues.message_to", "pattern"),
    _spec("handed_over_cue", "cues.handed_over", "pattern"),
    _spec("said_that_cue", "cues.said_that", "pattern"),
    _spec("seminar_purpose_cue", "cues.seminar_purpose", "pattern"),
    _spec("relative_cue", "cues.relative", "pattern"),
    _spec("side_cue", "cues.side", "pattern"),
    _spec("separate_cue", "cues.separate", "pattern"),
    _spec("own_counterparts_cue", "cues.own_counterparts", "pattern"),
    _spec("side_counterpart_cue", "cues.side_counterpart", "pattern"),
    _spec("call_sequel_cue", "cues.call_sequel", "pattern"),
    _spec("fresh_setting_cue", "cues.fresh_setting", "pattern"),
    _spec("each_sender_cue", "cues.each_sender", "pattern"),
    _spec("separate_after_cue", "cues.separate_after", "pattern"),
    _spec("framed_cue", "cues.framed", "pattern"),
    _spec("earlier_act_cue", "cues.earlier_act", "pattern"),
    _spec("reported_relative_cue", "cues.reported_relative", "pattern"),
    _spec("with_cue", "cues.with", "pattern"),
    _spec("also_cue", "cues.also", "pattern"),
    _spec("further_cue", "cues.further", "pattern"),
    _spec("inserted_cue", "cues.inserted", "pattern"),
    _spec("sequel_cue", "cues.sequel", "pattern"),
    _spec("in_turn_cue", "cues.in_turn", "pattern"),
    _spec("foreign_cue", "cues.foreign", "pattern"),
    _spec("exchange_cue", "cues.exchange", "pattern"),
    _spec("last_resort_cue", "cues.last_resort", "pattern"),
    _spec("last_resort_led_cue", "cues.last_resort_led", "pattern"),
    _spec("letter_head_cue", "cues.letter_head", "pattern"),
    _spec("salutation_cue", "cues.salutation", "pattern"),
    _spec("last_resort_leader_cue", "cues.last_resort_leader", "pattern"),
    _spec("last_resort_occasion_cue", "cues.last_resort_occasion", "pattern"),
    _spec("last_resort_side_cue", "cues.last_resort_side", "pattern"),
    _spec("departure_cue", "cues.departure", "pattern"),
    _spec("arrival_cue", "cues.arrival", "pattern"),
    _spec("tour_cue", "cues.tour", "pattern"),
    _spec("country_tour_cue", "cues.country_tour", "pattern"),
    _spec("trip_cue", "cues.trip", "pattern"),
    _spec("represented_cue", "cues.represented", "pattern"),
    _spec("talks_sequel_cue", "cues.talks_sequel", "pattern"),
    _spec("reply_cue", "cues.reply", "pattern"),
    _spec("possessor_delegation_cue", "cues.possessor_delegation", "pattern"),
    _spec("possessor_side_cue", "cues.possessor_side", "pattern"),
    _spec("possessor_head_cue", "cues.possessor_head", "pattern"),
    _spec("members_of_cue", "cues.members_of", "pattern"),
    _spec("host_agent_cue", "cues.host_agent", "pattern"),
    _spec("party_delegation_cue", "cues.party_delegation", "pattern"),
    _spec("party_delegation_after_cue", "cues.party_delegation_after", "pattern"),
    _spec("organ_message", "cues.organ_message", "pattern", _CASED),
    # dates
    _spec("date_today", "dates.today", "pattern"),
    _spec("date_yesterday", "dates.yesterday", "pattern"),
    _spec("date_this_weekday", "dates.this_weekday", "pattern"),
    _spec("date_last_weekday", "dates.last_weekday", "pattern"),
    _spec("date_coming_weekday", "dates.coming_weekday", "pattern"),
    _spec("date_weekday_day", "dates.weekday_day", "pattern"),
    _spec("date_month_day", "dates.month_day", "pattern"),
    _spec("date_day_of_month", "dates.day_of_month", "pattern"),
    _spec("date_next_day", "dates.next_day", "pattern"),
    _spec("date_same_day", "dates.same_day", "pattern"),
    _spec("date_span_cue", "dates.span", "pattern"),
    _spec("date_vague", "dates.vague", "pattern"),
    _spec("date_reported", "dates.reported", "pattern"),
    _spec("date_undated_step", "dates.undated_step", "pattern"),
    _spec("date_planned", "dates.planned", "pattern"),
    _spec("date_upcoming", "dates.upcoming", "pattern"),
    _spec("retold_date_cue", "dates.retold", "pattern"),
    # datelines and places
    _spec("datelines", "datelines", "patterns", _LINES),
    _spec("here", "location.here", "pattern"),
    _spec("location_cue", "location.in_place", "pattern"),
    _spec("venue_cue", "location.venue", "pattern"),
    # topics
    _spec("topics", "topics", "labelled", label="topic"),
    # organisations
    _spec("org_heads", "organisations.heads", "pattern", _CASED),
    _spec("org_phrase", "organisations.phrase", "pattern", _CASED),
    _spec("org_phrase_tail", "organisations.phrase_tail", "pattern", _CASED),
    _spec("org_kinds", "organisations.kinds", "labelled", _CASED, label="kind"),
    _spec("central_bodies", "organisations.central_bodies", "pattern", _CASED),
    _spec("own_party_bodies", "organisations.own_party_bodies", "pattern", _CASED),
    _spec("own_party_posts", "organisations.own_party_posts", "pattern", _CASED),
    _spec("body_links", "organisations.body_links", "list"),
    _spec("own_body_link", "organisations.own_body_link", "text"),
    _spec("own_body_article", "organisations.own_body_article", "text"),
    _spec("name_links", "organisations.name_links", "words"),
    _spec("sub_body_links", "organisations.sub_body_links", "words"),
    _spec("link_articles", "organisations.link_articles", "words"),
    _spec("local_committee", "organisations.local_committee", "pattern", _CASED),
    _spec("org_abbreviations", "organisations.abbreviations", "map"),
    _spec("post_bodies", "organisations.post_bodies", "map"),
    _spec("legislature_names", "organisations.legislature_names", "map"),
    _spec("foreign_minister_posts", "organisations.foreign_minister_posts", "pattern"),
    _spec("international_bodies", "organisations.international_bodies", "pattern"),
    _spec("bare_leader_posts", "organisations.bare_leader_posts", "pattern"),
    _spec("remit_adjective", "titles.remit_adjective", "pattern"),
    _spec("lowercase_org_words", "organisations.lowercase_words", "flag"),
    _spec("membership_links", "organisations.membership_links", "words"),
    _spec("bracket_titles", "organisations.bracket_titles", "flag"),
    _spec("dated_stay_covered", "dates.dated_stay_covered", "flag"),
    _spec("given_name_mentions", "names.given_name_mentions", "flag"),
    _spec("given_names_after_posts", "names.given_names_after_posts", "flag"),
    _spec("known_single_names", "names.known_single_names", "flag"),
    _spec("lowercase_calendar", "names.lowercase_calendar", "flag"),
    _spec("lowercase_title_heads", "names.lowercase_title_heads", "flag"),
)


def lookup(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    """The value at ``path`` in a language file (None when absent)."""
    node: Any = data
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def templates(data: dict[str, Any]) -> dict[str, str]:
    """``{NAME}`` -> regex text: MONTH and WEEKDAY from the calendar, the rest from ``[templates]``."""
    cal = data.get("calendar", {})
    out = {
        "MONTH": alternation([*cal.get("months", ()), *cal.get("month_abbreviations", {})]),
        "WEEKDAY": alternation([*cal.get("weekdays", ()), *cal.get("weekday_aliases", {})]),
    }
    for name, value in data.get("templates", {}).items():
        out[name] = value if isinstance(value, str) else alternation(list(value))
    return out


def expand(pattern: str, names: dict[str, str]) -> str:
    """``pattern`` with its ``{NAME}`` placeholders replaced."""
    return re.sub(r"\{([A-Z_]+)\}", lambda m: names[m.group(1)] if m.group(1) in names else m.group(0), pattern)


def entry_patterns(entries: list[dict[str, Any]], names: dict[str, str]) -> list[str]:
    return [expand(e["pattern"], names) for e in entries]


def _read(spec: FieldSpec, value: Any, names: dict[str, str]) -> Any:
    if spec.shape == "words":
        return frozenset(value)
    if spec.shape == "list":
        return tuple(value)
    if spec.shape == "map":
        return dict(value)
    if spec.shape in ("text", "flag"):
        return value
    if spec.shape == "pattern":
        return "|".join(entry_patterns(value, names))
    if spec.shape == "patterns":
        return tuple(entry_patterns(value, names))
    if spec.shape == "pairs":
        return tuple((a, b) for a, b in value)
    pairs = []
    for group in value:  # "labelled": groups of alternatives, each under its label
        pattern = "|".join(entry_patterns(group["cues"], names))
        pairs.append((group[spec.label], pattern) if spec.label_first else (pattern, group[spec.label]))
    return tuple(pairs)


# Fields an unaccented letter must not enter: "[^ ]ó$" (a verb's ending) would take every word in -o.
_ACCENTS_KEPT = frozenset({"verb_suffix"})


def bare_letter(char: str) -> str:
    """``char`` without its diacritics ("ó" -> "o", "ç" -> "c", "ñ" -> "n"); other characters unchanged."""
    if char.isascii() or not char.isalpha():
        return char
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def bare_word(word: str) -> str:
    """``word`` with every letter bare of its diacritics."""
    return "".join(bare_letter(c) for c in word)


def accents_optional(pattern: str) -> str:
    """``pattern`` matching text printed without diacritics as well as with them: each accented
    letter becomes a class of itself and its bare letter ("reunió" -> "reuni[óo]"); inside a class
    the bare letter is added. Widths are kept (look-behinds stay fixed)."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        bare = bare_letter(c)
        if bare == c:
            out.append(c)
        elif in_class:
            out.append(c + bare)
        else:
            out.append(f"[{c}{bare}]")
        i += 1
    return "".join(out)


def _unaccented(spec: FieldSpec, value: Any) -> Any:
    """A field read from a file whose text may lack diacritics ([script] accents_optional)."""
    if spec.field in _ACCENTS_KEPT:
        return value
    if spec.shape == "words":
        return frozenset({*value, *(bare_word(w) for w in value)})
    if spec.shape == "map":
        return {**{bare_word(k): v for k, v in value.items()}, **value}
    if spec.shape == "pattern":
        return accents_optional(value)
    if spec.shape == "patterns":
        return tuple(accents_optional(p) for p in value)
    if spec.shape == "labelled":
        if spec.label_first:
            return tuple((label, accents_optional(pattern)) for label, pattern in value)
        return tuple((accents_optional(pattern), label) for pattern, label in value)
    return value


@cache
def load_lexicon(code: str, *, bare: bool = False) -> Lexicon:
    """The ``Lexicon`` of one language, from ``liaison/kb/lang/<code>.toml``; with ``bare`` every
    pattern and word also matches text printed without diacritics ("se reunio el dia 6")."""
    data = language_data(code)
    names = templates(data)
    values: dict[str, Any] = {"code": data["code"]}
    for spec in FIELDS:
        value = lookup(data, spec.path)
        if value is not None:
            read = _read(spec, value, names)
            values[spec.field] = _unaccented(spec, read) if bare else read
    prefixes = lookup(data, ("titles", "fused_prefixes"))
    values["title_heads"] = fused_heads(values.get("title_heads", frozenset()), prefixes)
    return Lexicon(**values)


def fused_heads(heads: frozenset[str], prefixes: list[str] | None) -> frozenset[str]:
    """The title heads with the language's deputy prefixes written into them ("vice" + "jefe" ->
    "vicejefe", "sub" + "jefe" -> "subjefe"): the press fuses any head so, not only the listed ones."""
    if not prefixes:
        return heads
    return heads | {p + h for p in prefixes for h in heads if "-" not in h and not h.startswith(tuple(prefixes))}


def printed_bare(text: str) -> bool:
    """True when ``text`` is printed without diacritics: fewer than one accented letter in 500
    (a Spanish, Portuguese or French article has one in every 30 to 100 letters)."""
    letters = [c for c in text[:5000] if c.isalpha()]
    accented = sum(1 for c in letters if bare_letter(c) != c)
    return len(letters) >= 200 and accented * 500 < len(letters)


def lexicon_for(code: str, text: str) -> Lexicon:
    """The lexicon to read ``text`` with: the bare-letter one when the language file allows it
    (``[script] accents_optional``: KCNA's Spanish service, older or scraped pages) and the text
    is printed without diacritics; else the file's own."""
    allowed = bool(lookup(language_data(code), ("script", "accents_optional")))
    return load_lexicon(code, bare=allowed and printed_bare(text))
