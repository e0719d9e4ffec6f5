"""Where: datelines ("Beijing, April 22nd—", "BEIJING, Dec. 12 (Xinhua) --") and "in <City>"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.tables import table
from liaison.extract.latin.tokens import CAPITAL, LOWER
from liaison.kb.countries import _additions, alpha3, code_of, country_code_of
from liaison.kb.countries import city_country as city_country_of
from liaison.model.types import Document, Span
from liaison.normalise.dates import month_day


@dataclass(frozen=True)
class Dateline:
    place: str
    date: date | None
    span: Span


def place_name(raw: str, lex: Lexicon) -> str:
    """A city as the record writes it: title case, English form when the lexicon knows one; a known city
    written by syllables with diacritics ("HÀ NỘI", "Hà Nội") in its usual form ("Hanoi")."""
    words = raw.strip()
    if words.isupper():
        words = " ".join(w.capitalize() if len(w) > 2 else w.lower() for w in words.split())
        words = words[0].upper() + words[1:]
    known = lex.places.get(words.lower())
    if known is None and " " in words and not words.isascii():
        joined = "".join(_base_letter(c) for c in unicodedata.normalize("NFKD", words.lower()) if c.isalnum())
        known = _JOINED_CITIES.get(joined)
    return known or words


def _base_letter(c: str) -> str:
    """A letter without the stroke or hook NFKD leaves on it (Vietnamese "đ" -> "d")."""
    name = unicodedata.name(c, "")
    if " WITH " not in name:
        return c
    try:
        return unicodedata.lookup(name.split(" WITH ")[0])
    except KeyError:
        return c


def find_dateline(doc: Document, lex: Lexicon, published: date | None) -> Dateline | None:
    """The dateline opening the body: the document's (normalise reads place, date and agency), its place
    in the record's form; else one of the lexicon's patterns (numeric dates, a known city alone)."""
    own = _lexicon_dateline(doc.text, lex, published)
    line = doc.dateline
    if line is None or not line.place or (own is not None and own.date is not None and line.date is None):
        return own  # the lexicon's reading has a date the document's lacks (a publication date from the head)
    when = date.fromisoformat(line.date.iso) if line.date is not None and line.date.precision == "day" else None
    return Dateline(place_name(_without_agency(line.place, lex), lex), when, line.span)


def _without_agency(place: str, lex: Lexicon) -> str:
    """"AKP Phnom Penh, le 26 juin 2017 –": an agency's acronym written before the dateline's city is no part of
    the place (the city without it is known)."""
    first, _, rest = place.strip().partition(" ")
    if rest and not rest.isupper() and 2 <= len(first) <= 6 and first.isupper() and first.isalpha() \
            and city_country(rest, lex) is not None:
        return rest
    return place


def _lexicon_dateline(text: str, lex: Lexicon, published: date | None) -> Dateline | None:
    """A dateline by the lexicon's own patterns, its date resolved against the publication date."""
    for pattern in lex.datelines:
        m = re.compile(pattern, re.IGNORECASE | re.MULTILINE).search(text[:1500])
        if m is None:
            continue
        month = lex.month_number(m.group("month"))
        day = int(m.group("day"))
        when = month_day(published, month, day) if published and month else None
        year = m.groupdict().get("year")
        if when is None and year and month:  # "Vientiane, 15 March 2024 (KPL) –" without a publication date
            try:
                when = date(int(year), month, day)
            except ValueError:
                when = None
        return Dateline(place_name(_without_agency(m.group("place"), lex), lex), when, m.span())
    return _place_dateline(text, lex)


def _place_dateline(text: str, lex: Lexicon) -> Dateline | None:
    """A dateline without a date: "Dar es Salaam. Chama Cha Mapinduzi ...", "HAVANA -- The ...", "Ulaanbaatar
    /MONTSAME/ On September 17, ..." (a known city opening a long line, then a full stop, a dash or the agency between
    slashes)."""
    for m in _PLACE_LINE.finditer(text[:1500]):
        place = m.group("place")
        if city_country(place, lex) is None:
            continue
        line_end = text.find("\n", m.end())
        if (line_end if line_end >= 0 else len(text)) - m.end() < 60:
            continue
        return Dateline(place_name(place, lex), None, m.span())
    return None


_PLACE_LINE = re.compile(
    rf"^[ \t]*(?P<place>{CAPITAL}[\w'’]*(?:[ \t]+(?:{LOWER}{{2,3}}[ \t]+)?{CAPITAL}[\w'’]*){{0,3}})"
    rf"[ \t]*(?:\([^)\n]{{1,30}}\)[ \t]*|/[^/\n]{{2,30}}/)?"  # an agency: "(ACN)", "/MONTSAME/"
    rf"(?:\.|--|[—–]|:|(?<=[ \t)])-|(?<=/))[ \t]+(?={CAPITAL}|[\"“«])",
    re.MULTILINE,
)


def find_location(
    text: str, span: Span, lex: Lexicon, blocked: list[Span], stop: frozenset[str]
) -> tuple[str, Span] | None:
    """The first "in <City>" of a sentence that is not a country, org or title word."""
    start, end = span
    for m in lex.compiled(lex.location_cue).finditer(text, start, end):
        a, b = m.span("place")
        overlap = [x for x, y in blocked if x < b and a < y]
        if overlap and min(overlap) <= a:
            continue
        if overlap:  # "in Caracas Wang Hai": the place ends where a name begins
            b = a + len(text[a : min(overlap)].rstrip())
        place = text[a:b]
        words = place.lower().split()
        if place.lower() in lex.places or city_country(place, lex):  # a known city, "Cape Town" ("cape" a stop word)
            return place_name(place, lex), (a, b)
        if not place[:1].isupper() or any(w in stop and w not in lex.places for w in words):
            continue
        if place.lower() in lex.countries or lex.country_of(place):
            continue
        return place_name(place, lex), (a, b)
    return None


def seat_city(text: str, span: Span, blocked: list[Span]) -> tuple[str, Span] | None:
    """The city of a seat of government a sentence names as its place (``data/seats.toml``): "En el Palacio
    de la Revolución, el primer secretario ..." (Havana), "no Palácio do Planalto" (Brasília); not a seat
    named as the government speaking ("el Kremlin informó"). Read only in the sentences that set the scene
    of an exchange told just before (``when_where.event_location``): blind gold leaves the place of a
    sentence naming a palace but no city unknown."""
    start, end = span
    for m in _SEATS.finditer(text, start, end):
        if not any(x < m.end() and m.start() < y for x, y in blocked):
            return _SEAT_CITY[m.group("seat").casefold()], m.span("seat")
    return None


def _seat_table() -> dict[str, str]:
    return {form.casefold(): str(seat["city"]) for seat in table("seats")["seat"] for form in seat["forms"]}


_SEAT_CITY = _seat_table()
_SEATS = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(table("seats")["at"], key=len, reverse=True)) + r")\s+"
    r"(?P<seat>" + "|".join(re.escape(f) for f in sorted(_SEAT_CITY, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)


# "hanoi" -> "Hanoi": known cities (``kb/countries.toml``) by their letters alone, for names written
# syllable by syllable
_JOINED_CITIES = {"".join(c for c in k if c.isalnum()): k.title() for k in _additions()["cities"] if " " not in k}


def city_country(place: str | None, lex: Lexicon) -> str | None:
    """The country of a known city, as written ("Caracas", "La Habana", "DAR ES SALAAM")."""
    if not place:
        return None
    return city_country_of(place_name(place, lex))


_COUNTRY_WORDS = table("record")["country_words"]
_ABBREVIATIONS: dict[str, str] = _COUNTRY_WORDS["abbreviations"]
_NOT_COUNTRIES = frozenset(_COUNTRY_WORDS["not_countries"])


_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=4096)
def country_word(words: str) -> str | None:
    """The country of a capitalised word or run of words the language file may not list, read from the country
    source in any language it knows: "Philippine" (of "Philippine National Security Advisor"), "Jordanian",
    "Abu Dhabi", "US" -> its ISO code. Only a country or a territory with a code of its own, not a city the city
    table knows ("Beijing" stays a city), nor a word of four letters or less unless it is a country's usual
    abbreviation (``data/record.toml``: "US", "UAE"; not "MP", "PR")."""
    words = _POSSESSIVE.sub("", words)  # "Sudan's Foreign Minister", "Somalia's"
    if words in _ABBREVIATIONS:
        return _ABBREVIATIONS[words]
    if words[:1].islower() and words[1:2].isupper():
        words = words[:1].upper() + words[1:]  # a name printed with a small first letter: "eSwatini"
    if len(words) < 4 or not words[:1].isupper() or words.isupper() or words.lower() in _NOT_COUNTRIES:
        return None
    if city_country_of(words) is not None:
        return None
    code = country_code_of(words)  # not a state or province ("Punjab": of India or of Pakistan?)
    return code if code is not None and alpha3(code) is not None else None


def names_a_place(name: str, lex: Lexicon, after: str = "") -> bool:
    """Whether a would-be person's name is all a known city or country ("Sao Paulo" of "the Sao Paulo
    Forum", "La Paz"), or a country or state in any language the country table knows ("en Nueva York",
    "Arabia Saudita", "Equatorial Guinea"), or the start of one whose next words ``after`` it (up to three, no
    name word) complete ("Emiratos Árabes" of "Emiratos Árabes Unidos", "San Vicente" of "San Vicente y las
    Granadinas"): a place, not a person."""
    if city_country(name, lex) is not None or lex.country_of(name) is not None or code_of(name) is not None:
        return True
    nxt = _NEXT_WORDS.match(after)
    if nxt is None:
        return False
    words = nxt.group(0).split()
    return any(code_of(" ".join((name, *words[:k]))) is not None for k in range(1, len(words) + 1))


_NEXT_WORDS = re.compile(r"(?: \w+){1,3}")


def names_a_place_at(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """``names_a_place`` for the name ``text[start:end]``, read with the words after it, or a name the text marks as a
    place (``placed_in_text``)."""
    return names_a_place(text[start:end], lex, text[end : end + 30]) or placed_in_text(text, start, end, lex)


_PLACE_WORDS = table("record")["place_words"]
_LAST_WORDS = frozenset(_PLACE_WORDS["last"])
_FIRST_WORDS = frozenset(_PLACE_WORDS["first"])
_OF = "(?:" + "|".join(re.escape(w) for w in _PLACE_WORDS["of"]) + ")"
_NOUN_OF = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w) for w in _PLACE_WORDS["nouns"]) + r")\s+" + _OF + r"\s*)$")
_BUILDING = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _PLACE_WORDS["buildings"]) + r")\s+(?:" + _OF + r"\s+)?$")


def _shaped_as_place(name: str) -> bool:
    """A name of two words or more that is a place by its words alone: a place's head word last or first ("Carbis
    Bay", "Ciudad del Este")."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() or w.islower() for w in words):
        return False
    return words[-1].lower() in _LAST_WORDS or words[0].lower() in _FIRST_WORDS


def _placed_there(text: str, start: int) -> bool:
    """Whether a place's noun and "of" stand just before ``start`` ("the northern province of", "la ciudad de")."""
    return _NOUN_OF.search(text[max(0, start - 80) : start]) is not None


def placed_in_text(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the name ``text[start:end]`` (two words or more) is a place by its words or by what stands before it
    here or wherever else the text writes it ("the province of Tuyen Quang ... Tuyen Quang is proud"): one name is
    one thing in a page. Not a run of four capitalised words or more, where a person's name may follow the place's
    ("the province of Bac Giang Le Anh Duong")."""
    name = text[start:end]
    if " " not in name.strip():
        return False
    if _shaped_as_place(name):
        return True
    if sum(w[:1].isupper() for w in name.split()) > 3:
        return False
    if _BUILDING.search(text[max(0, start - 40) : start]) and _ends_in_a_place(name, lex):
        return True  # "el Palacio Sao Bento de Lisboa"; not "at the Presidential Palace Chen Wenqing"
    return any(_placed_there(text, m.start()) for m in re.finditer(re.escape(name), text))


def _ends_in_a_place(name: str, lex: Lexicon) -> bool:
    """Whether the name ends with "of" and a known city or country ("Sao Bento de Lisboa")."""
    m = re.search(r"\s" + _OF + r"\s+(?P<place>[^\s].*)$", name)
    if m is None:
        return False
    return city_country(m.group("place"), lex) is not None or lex.country_of(m.group("place")) is not None
