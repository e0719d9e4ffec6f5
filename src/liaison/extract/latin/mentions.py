"""People of one document: name hits with their titles, grouped into persons with later mentions.

Within an article "Cabello" is the earlier "Diosdado Cabello Rondón" and "Li" the first Li named;
a shorter full form joins a longer one only as its prefix ("Diosdado Cabello" -> "Diosdado Cabello
Rondón", never "Nicolás Maduro" -> "Nicolás Ernesto Maduro"), and never when the gazetteer knows
them as different people. A person only mentioned ("under the leadership of President X",
"X's proposal") is flagged so the frame builder leaves them out.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from liaison.extract.latin.affiliation import countries_named
from liaison.extract.latin.kinds import find_kind, named_for_act_to_come
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.names import (
    NameHit,
    canonical,
    find_names,
    given_name_key,
    is_name_token,
    korean_family_name,
    name_key,
    surname_keys,
)
from liaison.extract.latin.places import country_word, names_a_place_at
from liaison.extract.latin.titles import (
    TitleHit,
    is_additive,
    listed_names,
    plural_post,
    singular,
    title_after,
    title_before,
    title_prefix,
)
from liaison.extract.latin.tokens import CAPITAL, tokenize
from liaison.kb.countries import code_of
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import OrgRef, PersonMention, Span

MIN_SENTENCE_TOKENS = 4


@dataclass
class Mention:
    hit: NameHit
    sentence: int
    title: TitleHit | None = None
    mention_only: bool = False
    stated_country: str | None = None  # "Chancellor Scholz of Germany": the country written after the name
    listed_country: bool = False  # "ses homologues du Congo, A, de la Guinée Equatoriale, B": brought in by it

    @property
    def head_start(self) -> int:
        """Where the mention begins, counting a title written before the name."""
        if self.title is not None and self.title.position in ("before", "prefix"):
            return min(self.title.start, self.hit.start)
        return self.hit.start


@dataclass
class Person:
    native: str
    name: str
    aliases: list[str]
    known_country: str | None
    mentions: list[Mention]
    extra_spans: list[Span] = field(default_factory=list)
    # lookups rebuilt when ``mentions`` or ``extra_spans`` grow (both are only appended to)
    _by_sentence: dict[int, Mention] = field(default_factory=dict, repr=False, compare=False)
    _short_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _indexed: tuple[int, int] = field(default=(-1, -1), repr=False, compare=False)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def title(self) -> TitleHit | None:
        return next((m.title for m in self.mentions if m.title is not None), None)

    @property
    def mention_only(self) -> bool:
        return all(m.mention_only for m in self.mentions)

    def seat(self, *, title: TitleHit | None, country: str | None, organization: OrgRef | None = None) -> PersonMention:
        """The person as a frame seats them, with the title and side the reading gave them."""
        return PersonMention(
            name=self.name,
            native=self.native,
            span=(self.first.hit.start, self.first.hit.end),
            aliases=tuple(self.aliases),
            title=title.text if title else None,
            title_span=(title.start, title.end) if title else None,
            organization=organization,
            country=country,
            extra_spans=tuple(sorted(set(self.extra_spans))),
            name_source="as-written" if self.name == self.native else "table",
        )

    def mention_in(self, sentence: int) -> Mention | None:
        """The first mention in sentence ``sentence``."""
        return self._lookups()[0].get(sentence)

    def short_form_in(self, start: int, end: int) -> int | None:
        """Where the first later short form within ``[start, end)`` begins."""
        starts = self._lookups()[1]
        k = bisect_left(starts, start)
        return starts[k] if k < len(starts) and starts[k] < end else None

    def _lookups(self) -> tuple[dict[int, Mention], list[int]]:
        if self._indexed != (len(self.mentions), len(self.extra_spans)):
            self._by_sentence = {}
            for m in self.mentions:
                self._by_sentence.setdefault(m.sentence, m)
            self._short_starts = sorted(x for x, _ in self.extra_spans)
            self._indexed = (len(self.mentions), len(self.extra_spans))
        return self._by_sentence, self._short_starts


class SentencePeople:
    """Which people a sentence may name: those with a mention or a later short form in it, in the
    order of ``people`` (so a scan of these few gives what a scan of everyone would)."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self._mentioned: dict[int, set[int]] = {}
        shorts: list[tuple[int, int]] = []
        for k, person in enumerate(people):
            for m in person.mentions:
                self._mentioned.setdefault(m.sentence, set()).add(k)
            shorts.extend((x, k) for x, _ in person.extra_spans)
        shorts.sort()
        self._short_starts = [x for x, _ in shorts]
        self._short_people = [k for _, k in shorts]

    def candidates(self, sentence: int, span: Span) -> list[Person]:
        found = set(self._mentioned.get(sentence, ()))
        lo, hi = bisect_left(self._short_starts, span[0]), bisect_left(self._short_starts, span[1])
        found.update(self._short_people[lo:hi])
        return [self.people[k] for k in sorted(found)]


def _without_leading_verb(text: str, hit: NameHit, start: int, lex: Lexicon) -> NameHit:
    """A headline opening with its verb before the name ("Recibe Miguel Díaz-Canel a presidente de
    Venezuela"): the capitalised verb, a kind cue by itself, is no part of the name."""
    if len(hit.tokens) < 3 or text[start : hit.start].strip(" \t\n\"“«'-–—"):
        return hit
    if find_kind(hit.tokens[0].lower(), lex) is None:
        return hit
    cut = text.index(hit.tokens[1], hit.start + len(hit.tokens[0]))
    return NameHit(cut, hit.end, text[cut : hit.end], hit.tokens[1:], hit.possessive)


def sentence_mentions(
    text: str, index: int, span: Span, lex: Lexicon, stop: frozenset[str], org_words: frozenset[str] | None = None,
    titled: bool = False,
) -> list[Mention]:
    """Names in one sentence with the titles bound to them (``org_words``: words a title written
    before the name may take from organisation names; ``stop`` by default)."""
    start, end = span
    if len(tokenize(text, start, end)) < MIN_SENTENCE_TOKENS:
        return []
    hits = [_without_leading_verb(text, h, start, lex) for h in find_names(text, start, end, lex, stop, titled)]
    # a country read as a name bounds no title ("du chef de l'Etat des Emirats Arabes Unis, NAME")
    hits = [h for h in hits if not names_a_place_at(text, h.start, h.end, lex)]
    starts = {h.start for h in hits}
    ends = {h.end for h in hits}
    consumed: set[tuple[int, int]] = set()
    out: list[Mention] = []
    paired = _posts_of_two_countries(text, hits, start, lex)
    shared = _shared_posts(text, hits, start, lex)
    for hit in hits:
        if _names_an_institution(text, hit, start, lex, starts, ends) or _credited(text, hit, start, end):
            continue
        title = title_prefix(text, hit, start, lex, stop if org_words is None else org_words, frozenset(ends))
        if title is not None:
            # "la diputada NAME, jefa de la bancada ...": a one-word title and an apposition are both
            # stated; "Prime Minister NAME, also a vice president of the CPP": so is a further post
            after = title_after(text, hit, end, starts - {hit.start}, lex)
            if after is not None and (_opens_next_item(text, after, starts, lex)
                                      or _prefixes_name(text, after, starts)):
                after = None  # "le roi A, du président tunisien, B", "le président A, le chef de l'État B": B's post
            if after is not None and (len(tokenize(title.text)) == 1 or is_additive(after, lex)):
                title = TitleHit(title.start, after.end, f"{title.text}, {after.text}", "prefix")
            elif len(tokenize(title.text)) == 1:
                title = _apposed_post(text, hit, title, start, ends, lex)
        if title is None:
            before = title_before(text, hit, start, ends, lex)
            if before is not None and (before.start, before.end) in consumed:
                before = None
            title = before or title_after(text, hit, end, starts - {hit.start}, lex)
        if title is None:
            title = shared.get(hit.start) or _academic_title(text, hit, start, end, lex)
        if title is not None and title.position == "after" and _opens_next_item(text, title, starts, lex):
            title = None  # "du Congo, A, de la Guinée Equatoriale, B": the country opens B's item, not A's title
        if title is not None:
            consumed.add((title.start, title.end))
        listed = None if title else _listed_country(text, hit, start, lex)
        stated = _country_after(text, hit, end, lex) or _abbreviation_before(text, title, start) or listed
        stated = stated or paired.get(hit.start)
        mention = Mention(hit, index, title, stated_country=stated, listed_country=listed is not None)
        mention.mention_only = (
            hit.possessive
            or (
                ((_mention_cue(text, start, mention.head_start, lex) and not _post_in_apposition(text, mention, lex))
                 or _mention_cue(text, start, hit.start, lex))  # "Segundo o ministro A": the cue inside the title
                and not _acts_in_relative(text, hit.end, end, lex)
            )
            or (bool(out) and out[-1].mention_only and _coordinated(text, out[-1], mention, lex))
            or (bool(out) and _sent_by(text, out[-1], mention, lex))
            or named_for_act_to_come(text[start:end], mention.head_start - start, lex)
        )
        out.append(mention)
    return out


def _apposed_post(text: str, hit: NameHit, title: TitleHit, floor: int, ends: set[int], lex: Lexicon) -> TitleHit:
    """A one-word title before a name and the fuller post set off before it ("du souverain du Maroc, le roi A",
    "du Souverain saoudien, le roi B"): both are the person's, the fuller one telling their country."""
    article = "|".join(re.escape(a) for a in lex.articles if a[-1:].isalpha()) or "(?!)"
    m = re.search(rf",[ \t]*(?:{article})[ \t]+$", text[floor : title.start], re.IGNORECASE)
    before = title_before(text, replace(hit, start=floor + m.start() + 1), floor, ends, lex) if m else None
    if before is None:
        return title
    tokens = tokenize(text, before.start, before.end)
    opened = [  # "... parvenus au Président de la République de la part du souverain du Maroc": its last post
        k for k in range(1, len(tokens))
        if tokens[k - 1].lower in lex.of_words and any(p in lex.title_heads for p in tokens[k].lower.split("-"))
    ]
    start = tokens[opened[-1]].start if opened else before.start
    return TitleHit(start, title.end, f"{text[start : before.end]}, {title.text}", "prefix")


# (a regnal number may stand between the name and its "of": "King Abdullah II of Jordan"; a hard-wrapped line may
# break after the "of")
_WORDS_AFTER = re.compile(r"(?:[ \t]+[IVX]{1,4}\b)?[ \t]+(\w+)\s+([\w'’-]+(?:[ \t]+[\w'’-]+){0,4})")


def _country_after(text: str, hit: NameHit, limit: int, lex: Lexicon) -> str | None:
    """The country named straight after a name by an "of" word ("Prime Minister Trudeau of Canada",
    "President Moon Jae-in of the Republic of Korea"): the longest run of words that is a country."""
    m = _WORDS_AFTER.match(text[:limit], hit.end)
    if m is None or m.group(1).lower() not in lex.of_words:
        return None
    words = m.group(2).split()
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k])
        bare = re.sub(lex.country_prefix, "", phrase, flags=re.IGNORECASE)
        if not bare[:1].isupper() or not words[k - 1][:1].isupper():
            continue
        code = lex.countries.get(bare.lower()) or code_of(bare)  # a country, or a state of one ("of Arkansas")
        if code is not None:
            return code
    return None


def _country_phrase(words: str, lex: Lexicon) -> str | None:
    """The country a phrase names: "du Congo", "de la Guinée Equatoriale", "serbe" (its adjective), else None."""
    words = " ".join(words.split())
    first, _, rest = words.partition(" ")
    if first.lower() in lex.of_words and rest:
        words = re.sub(lex.country_prefix, "", rest, flags=re.IGNORECASE)
    elif re.match(r"d['’]", words, re.IGNORECASE):
        words = words[2:].lstrip()
    if not words:
        return None
    if " " not in words and words.lower() in lex.demonyms:
        return lex.demonyms[words.lower()]
    if not words[:1].isupper():
        return None
    return lex.countries.get(words.lower()) or country_word(words)


# a list item's country before its name: "du Congo, " / "de la Guinée Equatoriale, " / "égyptien, " (up to four words;
# the last item's comma may be left out: "et turkmène Gourbangouly Berdymoukhamedov")
_ITEM_COUNTRY = re.compile(r"((?:(?:d['’]\s*)?[^\W\d_][\w'’-]*\s+){0,3}(?:d['’]\s*)?[^\W\d_][\w'’-]*)\s*,?\s*$")


def _listed_country(text: str, hit: NameHit, floor: int, lex: Lexicon) -> str | None:
    """The country written right before a name in a list of counterparts each brought in by their own country,
    set off by a comma or not ("ses homologues du Congo, Dénis Sassou Nguesso, de la Guinée Equatoriale, Obiang Nguema
    Mbasogo"; "ses homologues serbe, Aleksandar Vucic, égyptien, Abdel Fattah Al-Sissi"): that person's own. The
    words before the country must be a counterpart word ("homologues") or close the list's item before (a comma
    or a conjunction), so that a place set off before a name ("A Pékin, Xi Jinping") is not read as its country."""
    if not lex.counterpart_words:
        return None
    m = _ITEM_COUNTRY.search(text, max(floor, hit.start - 60), hit.start)
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(min(len(words), 4), 0, -1):
        phrase = " ".join(words[-k:])
        code = _country_phrase(phrase, lex)
        if code is None:
            continue
        before = text[max(floor, hit.start - 200) : m.start(1)] + " ".join(words[:-k])
        last = re.search(r"([^\W\d_][\w'’-]*|[,;])\s*$", before)
        if last is None:
            return None
        word = last.group(1).lower()
        if word in lex.counterpart_words or ((word in ",;" or word in lex.conjunctions) and _in_counterpart_list(
            before, lex
        )):
            return code
        return None
    return None


def _in_counterpart_list(before: str, lex: Lexicon) -> bool:
    """Whether the list's item before was brought in after a counterpart word in the same sentence."""
    return any(w.lower() in lex.counterpart_words for w in re.findall(r"[^\W\d_][\w'’-]*", before[-160:]))


def _opens_next_item(text: str, title: TitleHit, name_starts: set[int], lex: Lexicon) -> bool:
    """Whether a title read after a name is only the country of the next item of a counterparts' list ("ses
    homologues du Congo, A, de la Guinée Equatoriale, B": "de la Guinée Equatoriale" brings in B), or the post of
    the next item of a list of senders, brought in by "of" as the items before it ("de la part du souverain du
    Maroc, le roi A, du président tunisien, B": no one's title opens with "of" and a post)."""
    lead_in = re.search(r"([^\W\d_]+)[ \t]+(?:[^\W\d_]+[ \t]+)?$", text[max(0, title.start - 12) : title.start])
    joined = lead_in is not None and lead_in.group(1).lower() in lex.conjunctions  # "le roi A, et le président .., B"
    if _country_phrase(title.text, lex) is None and not _of_a_post(title.text, lex) and not joined:
        return False
    m = re.match(r"\s*,\s*", text[title.end :])
    return m is not None and title.end + m.end() in name_starts


def _prefixes_name(text: str, title: TitleHit, name_starts: set[int]) -> bool:
    """Whether a post read after a name runs right up to the next name, its title ("avec le président A, le chef
    de l'État congolais B et ...": B's)."""
    gap = re.match(r"[ \t]+", text[title.end :])
    return gap is not None and title.end + gap.end() in name_starts


def _of_a_post(words: str, lex: Lexicon) -> bool:
    """Whether a phrase opens with "of" (and an article) right before a post's head: "du président tunisien",
    "de la reine du Royaume-Uni", "of the President of Peru"."""
    tokens = tokenize(words)
    if len(tokens) < 2 or tokens[0].lower.rstrip("'’") not in {w.rstrip("'’") for w in lex.of_words}:
        return False
    rest = tokens[1:]
    while rest and (rest[0].lower in lex.articles or rest[0].lower in lex.title_modifiers):
        rest = rest[1:]
    return bool(rest) and any(p in lex.title_heads for p in rest[0].lower.split("-"))


# A country's dotted abbreviation ending right before a title ("U.S. President"), read by the tokens as letters.
_DOTTED_BEFORE = re.compile(rf"(?<![\w.])((?:{CAPITAL}\.){{2,}})[ \t]+$")


def _abbreviation_before(text: str, title: TitleHit | None, floor: int) -> str | None:
    """The country a dotted abbreviation opening a title before the name names ("U.S. President Joe Biden", "former
    U.S. Secretary of State Henry Kissinger"): the title the tokens read starts after its letters."""
    if title is None or title.position != "prefix":
        return None
    dotted = _DOTTED_BEFORE.search(text, floor, title.start)
    return country_word(dotted.group(1)) if dotted is not None else None


def _posts_of_two_countries(text: str, hits: list[NameHit], floor: int, lex: Lexicon) -> dict[int, str]:
    """Two names joined by a conjunction after a plural post of two countries, each of the country named in its
    place ("Los cancilleres de China y Venezuela, Wang Yi y Elías Jaua, sostienen una reunión"; "Los cancilleres de
    Cuba y Laos, Bruno Rodríguez, y Saleumxay Kommasith, respectivamente"), or by their adjectives ("des présidents
    français et tchèque, MM. Emmanuel Macron et Milos Zeman"): start of each name -> its country."""
    if not lex.conjunctions or not lex.of_words:
        return {}
    conj = "|".join(re.escape(c) for c in lex.conjunctions)
    of = "|".join(re.escape(w) for w in lex.of_words)
    honorific = "|".join(re.escape(h) for h in sorted(lex.honorifics, key=len, reverse=True)) or "(?!)"
    place = r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*)?"
    close = rf"[ \t]*,[ \t]*(?:(?:{honorific})\.?[ \t]+)?$"
    pair = re.compile(rf"(?<!\w)(\w+)[ \t]+(?:{of})[ \t]+({place})[ \t]+(?:{conj})[ \t]+({place}){close}", re.I)
    adjectives = re.compile(rf"(?<!\w)(\w+)[ \t]+([^\W\d_]+)[ \t]+(?:{conj})[ \t]+([^\W\d_]+){close}", re.I)
    out: dict[int, str] = {}
    for first, second in itertools.pairwise(hits):
        if not re.fullmatch(rf",?[ \t]+(?:{conj})[ \t]+", text[first.end : second.start], re.I):
            continue
        for rx, country in ((pair, lambda g: lex.country_of(g) or code_of(g)), (adjectives, lex.demonyms.get)):
            m = rx.search(text, max(floor, first.start - 120), first.start)
            post = singular(m.group(1), lex) if m is not None else ""
            if m is None or post == m.group(1).lower() or post not in lex.title_words:
                continue  # "Los cancilleres de": a plural post, the two holders named next
            one, two = (country(g if rx is pair else g.lower()) for g in (m.group(2), m.group(3)))
            if one and two and one != two:
                out[first.start], out[second.start] = one, two
                break
    return out


def _shared_posts(text: str, hits: list[NameHit], floor: int, lex: Lexicon) -> dict[int, TitleHit]:
    """The post in the plural each name of a list holds ("los vicepresidentes del órgano legislativo venezolano
    A y B": ``titles.plural_post``), by where the name starts."""
    posts: dict[int, TitleHit] = {}
    for run in listed_names(text, hits, lex):
        post = plural_post(text, run[0], floor, lex)
        # (not a post of several countries, "los cancilleres de Cuba y Venezuela, A y B": each holds their own)
        if post is not None and len(countries_named(post.text, lex)) <= 1:
            posts.update((h.start, post) for h in run)
    return posts


def _academic_title(text: str, hit: NameHit, floor: int, limit: int, lex: Lexicon) -> TitleHit | None:
    """"Professor NAME of the Party School ...": the academic rank and the institution after the name."""
    before = lex.cased(lex.academic_rank).search(text, max(floor, hit.start - 20), hit.start)
    after = lex.cased(lex.academic_affiliation).match(text[:limit], hit.end)
    if before is None or after is None:
        return None
    seg_start = after.start() + len(after.group(0)) - len(after.group(0).lstrip())
    seg_end = after.end()
    if text.count("(", seg_start, seg_end) > text.count(")", seg_start, seg_end):
        seg_end = text.find(")", seg_end, limit) + 1
        if seg_end <= 0:
            return None
    return TitleHit(before.start(1), seg_end, f"{before.group(1)} {text[seg_start:seg_end]}", "prefix")


# a word, then up to two capitalised words: "Ñico López" + " National Academy"
_WORD_AND_CAPITALS = re.compile(rf"\s+([\w'’-]+)((?:\s+{CAPITAL}[\w'’-]*){{0,2}})")


# the word before a name, and the word before that one and a word after it ("l’aéroport militaire "), an elided
# article left out
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) $")
_HEAD_BEFORE = re.compile(r"(?<![\w'’-])(?:[^\W\d_]['’])?([^\W\d_][\w-]*) ([^\W\d_][\w'’-]{3,}) $")


def _names_an_institution(
    text: str, hit: NameHit, floor: int, lex: Lexicon, starts: set[int], ends: set[int]
) -> bool:
    """A name inside an institution's or a street's name: after its head ("Escuela Superior del Partido
    Ñico López", "la calle Olimpo"), also past one word in lower case qualifying it ("l'aéroport militaire Léopold
    Sédar Senghor") or past the capitalised words of its full name when the post it ends has its holder named
    beside it ("Nguyen Xuan Thang, director de la Academia Política Nacional Ho Chi Minh", "la directora de la Escuela
    Superior del Partido Comunista de Cuba Ñico López, Rosario Pentón"; not "Speaker of the House of Representatives
    Wan Muhamad Noor Matha", the holder himself), or before it ("the Kaysone Phomvihane National Academy")."""
    before = text[max(floor, hit.start - 40) : hit.start]
    m = _WORD_BEFORE.search(before)
    if m is not None and m.group(1).lower() in lex.institution_words:
        return True
    m = _HEAD_BEFORE.search(before)
    if m is not None and m.group(2).islower() and m.group(1).lower() in lex.institution_words:
        return True
    if _after_full_name(text[max(floor, hit.start - 90) : hit.start], lex) and _holder_beside(
        text, hit, floor, starts, ends, lex
    ):
        return True
    after = _WORD_AND_CAPITALS.match(text[hit.end : hit.end + 60])
    if after is None:
        return False
    first = after.group(1)
    if first[:1].islower() and first.lower() not in lex.institution_links:
        # a small word ends the name's run: "met A at State House", "en Casa Amarilla" (the venue is another name);
        # "Ho Chi Minh city" still names the city
        return first.lower() in lex.institution_words
    words = [first] + [w for w in after.group(2).split() if w[:1].isupper()]
    return any(w.lower() in lex.institution_words for w in words)


_FULL_NAME_WORDS = re.compile(r"[^\W\d_][\w-]*|['’]")


def _holder_beside(text: str, hit: NameHit, floor: int, starts: set[int], ends: set[int], lex: Lexicon) -> bool:
    """Whether another name sits beside the post a name ends: in apposition right after it (", Rosario Pentón"), or
    right before the comma opening the post ("Nguyen Xuan Thang, presidente del Consejo … y director de la
    Academia …")."""
    after = re.match(r"\s*,\s*", text[hit.end : hit.end + 6])
    if after is not None and hit.end + after.end() in starts:
        return True
    if lex.led_after_cue and lex.compiled(lex.led_after_cue).match(text, hit.end):
        return True  # "Una delegación de la Academia … Ho Chi Minh, encabezada por …": the body's, led by another
    comma = text.rfind(",", max(floor, hit.start - 200), hit.start)
    opening = re.match(r"\s*([^\W\d_]+)", text[comma + 1 : hit.start]) if comma >= 0 else None
    if opening is None or not opening.group(1).islower() or opening.group(1) in lex.conjunctions:
        return False  # a list of titled people ("Luis Lacalle Pou, President of the House ... Ana Olivera, and ...")
    return any(not text[e:comma].strip() for e in ends if floor <= e <= comma)


def _after_full_name(before: str, lex: Lexicon) -> bool:
    """Whether ``before`` (the text up to a name) ends on an institution's full name: its head (``institution_words``)
    then capitalised words and the small words between them, the last one capitalised, nothing else since."""
    cut = max(before.rfind(c) for c in ",;:.()«»\"“”\n")
    words = [w for w in _FULL_NAME_WORDS.findall(before[cut + 1 :]) if w not in "'’"]
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() in lex.institution_links:
        return False
    for w in reversed(words[:-1]):
        low = w.lower()
        if low in lex.institution_words and w[:1].isupper() and low not in lex.institutions_held:
            return True  # (past a party's name, "Escuela Superior del Partido Comunista de Cuba": the school's)
        if not (w[:1].isupper() or low in lex.institution_links):
            return False
    return False


_OPENING = {")": "(", "]": "["}


def _credited(text: str, hit: NameHit, floor: int, limit: int) -> bool:
    """A name in a photographer's credit: inside brackets, joined by a slash to the agency ("(Xinhua/Liu Weibing)",
    "[Photo by Wang Ye/Xinhua]", "(Photo: VNA/Tran Hai)"): who took the picture, no one who took part."""
    before = text[max(floor, hit.start - 40) : hit.start]
    after = text[hit.end : min(limit, hit.end + 40)]
    slash_before = before.rstrip().endswith("/")
    slash_after = after.lstrip().startswith("/")
    if not (slash_before or slash_after):
        return False
    close = next((c for c in after if c in ")]([\n"), "")
    if close not in _OPENING:
        return False
    opening = max(before.rfind("("), before.rfind("["))
    return opening >= 0 and before[opening] == _OPENING[close] and not any(c in before[opening + 1 :] for c in ")]")


def _sent_by(text: str, before: Mention, mention: Mention, lex: Lexicon) -> bool:
    """A name after another's, whose title (its own, read before it, or the other's apposition, ending right
    before it) opens on a mention cue: "Liu Haixing, special envoy of General Secretary of the CPC Central Committee
    Xi Jinping", "Salvador Valdés Mesa, enviado especial del presidente cubano, Raúl Castro": the one who sent, not
    one who took part. (Told first, "El enviado especial del presidente chino, Wang Yi, se reunió con ...", the
    title is the name's own.)"""
    title = mention.title
    if title is None or title.position not in ("before", "prefix") or title.end > mention.hit.start:
        title = before.title
        if title is None or title.position != "after" or text[title.end : mention.hit.start].strip(" ,"):
            return False
    cue = re.match(rf"(?:{lex.mention_cue})\b", title.text, re.IGNORECASE)
    if cue is None:
        return False
    # the sender's post follows the cue ("del presidente cubano"), not the envoy's country ("de China"); a country
    # before the post is the sender's ("special envoy of the eSwatini monarch", "of Eswatini's King")
    words = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[\w'’]+", title.text[cue.end() :])]
    words = [w for w in words if w.lower() not in lex.articles]
    while len(words) > 1 and (lex.country_of(words[0]) or country_word(words[0])):
        words.pop(0)
    first = words[0].lower() if words else ""
    return first in lex.title_words or first in lex.deputy_words or first in lex.honorifics


def _coordinated(text: str, left: Mention, right: Mention, lex: Lexicon) -> bool:
    """"the consensus reached by President A and President B": B is joined to A by a conjunction."""
    between = text[left.hit.end : right.head_start].strip(" ,").lower()
    return between in lex.conjunctions


def _acts_in_relative(text: str, at: int, limit: int, lex: Lexicon) -> bool:
    """"según informó la secretaria general A, quien se reunió con B": a relative clause right after the name
    whose verb is the exchange makes the quoted source its subject (within two words of the relative)."""
    m = re.match(r"\s*,\s*(\w+)\s+", text[at:limit])
    if m is None or m.group(1).lower() not in lex.relatives:
        return False
    rest = text[at + m.end() : min(limit, at + m.end() + 80)]
    return any(
        re.match(rf"(?:[\w-]+\s+){{0,2}}?(?:{pattern})", rest, re.IGNORECASE) for _, pattern in lex.kind_cues
    )


def _post_in_apposition(text: str, mention: Mention, lex: Lexicon) -> bool:
    """A post opening on a mention cue that is itself a post, its name set after a comma: "a reçu l'envoyé spécial
    du président chinois, Wang Dongming": the envoy named in apposition to the whole post, not the president who
    sent him (named with no comma, "l'envoyé spécial du président chinois Xi Jinping", the name is the sender's)."""
    title = mention.title
    if title is None or title.position not in ("before", "prefix") or title.end > mention.hit.start:
        return False
    head, comma, rest = text[title.end : mention.hit.start].partition(",")
    if head.strip() or not comma or any(w.lower().rstrip(".") not in lex.honorifics for w in rest.split()):
        return False  # (an honorific may open the name: "du président chinois, H.E. Shen Yiqin")
    window = text[max(0, mention.head_start - 80) : mention.head_start]
    cue = re.search(rf"(?:{lex.mention_cue})\s*$", window, re.IGNORECASE)
    first = re.match(r"\w+", cue.group(0)) if cue else None
    if cue is None or first is None or first.group(0).lower() not in lex.title_words:
        return False
    # the post a noun phrase of its own ("a reçu l'envoyé spécial du"), not another name's apposition ("A, envoyé
    # spécial du président chinois, B": B sent A)
    before = re.search(r"(\S+)\s*$", window[: cue.start()])
    return before is not None and before.group(1).lower().rstrip("'’") in {a.rstrip("'’") for a in lex.articles}


def _mention_cue(text: str, floor: int, at: int, lex: Lexicon) -> bool:
    window = text[max(floor, at - 80) : at]
    return bool(re.search(rf"(?:{lex.mention_cue})\s*$", window, re.IGNORECASE))


def group_people(mentions: list[Mention], gazetteer: Gazetteer, given_names: bool = False) -> list[Person]:
    """Persons in order of first mention; later full mentions join as extra spans. With ``given_names`` (a language
    whose press calls a leader by the given name once named in full) a one-word mention after a post that is the
    given name of someone named in full before is theirs ("Prime Minister Abiy Ahmed" ... "Prime Minister Abiy")."""
    people: list[Person] = []
    index = _PersonIndex()
    for mention in mentions:
        native = mention.hit.text
        name, aliases, country = canonical(native, gazetteer)
        country = country or mention.stated_country
        person = _same_person(index.candidates(people, mention, name), mention, name, gazetteer)
        if person is None and given_names:
            person = index.by_given_name(people, mention)
        if person is None:
            person = index.glued(people, mention) or index.swapped(people, mention)
        if person is None:
            people.append(Person(native, name, list(aliases), country, [mention]))
            index.add(people[-1], len(people) - 1)
            continue
        person.mentions.append(mention)
        person.extra_spans.append((mention.hit.start, mention.hit.end))
        person.known_country = person.known_country or mention.stated_country
        if len(mention.hit.tokens) > len(person.first.hit.tokens) and native not in person.aliases:
            # "Valdés Mesa fue recibido ..." (a headline) named in full later: the full form leads
            person.aliases.append(person.native)
            person.native, person.name = native, name
            person.aliases.extend(a for a in aliases if a not in person.aliases)
            person.known_country = person.known_country or country
        elif native != person.native and native not in person.aliases:
            person.aliases.append(native)
    return people


class _PersonIndex:
    """The people a mention can join, found without a scan of everyone: the first with the same name
    key or written form, and every person whose name begins with the same two words (the only ones
    a prefix of two or more words can match)."""

    def __init__(self) -> None:
        self._by_name: dict[str, int] = {}
        self._by_native: dict[str, int] = {}
        self._by_head: dict[tuple[str, ...], list[int]] = {}
        self._by_tail: dict[tuple[str, ...], list[int]] = {}
        self._by_squeezed: dict[str, int] = {}  # "nguyenphutrong": the name with a space lost ("Nguyen PhuTrong")
        self._by_swapped: dict[tuple[str, str], int] = {}  # a two-word name, its words in the other order
        self._by_given: dict[str, list[int]] = {}  # the given name of a name of two words or more
        self._surnames: set[str] = set()  # every word a later one-word mention may use as a surname

    def add(self, person: Person, k: int) -> None:
        self._by_name.setdefault(name_key(person.name), k)
        self._by_native.setdefault(name_key(person.native), k)
        self._by_squeezed.setdefault(name_key(person.native).replace(" ", ""), k)
        head = tuple(name_key(t) for t in person.first.hit.tokens[:2])
        if len(person.first.hit.tokens) == 2:
            self._by_swapped.setdefault((head[1], head[0]), k)
        self._surnames.update(surname_keys(person.first.hit.tokens))
        if (given := given_name_key(person.first.hit.tokens)) is not None:
            self._by_given.setdefault(given, []).append(k)
        if len(head) == 2:
            self._by_head.setdefault(head, []).append(k)
            self._by_tail.setdefault(tuple(name_key(t) for t in person.first.hit.tokens[-2:]), []).append(k)

    def by_given_name(self, people: list[Person], mention: Mention) -> Person | None:
        """The one person named in full before whose given name a one-word mention after a post is; none when the
        word is also someone's surname or names two people."""
        if len(mention.hit.tokens) != 1 or mention.title is None:
            return None
        key = name_key(mention.hit.tokens[0])
        found = self._by_given.get(key, [])
        if len(found) != 1 or key in self._surnames:
            return None
        return people[found[0]]

    def candidates(self, people: list[Person], mention: Mention, name: str) -> list[Person]:
        found = set(self._by_head.get(tuple(name_key(t) for t in mention.hit.tokens[:2]), ()))
        if len(mention.hit.tokens) >= 2:
            found.update(self._by_tail.get(tuple(name_key(t) for t in mention.hit.tokens[-2:]), ()))
        for k in (self._by_name.get(name_key(name)), self._by_native.get(name_key(mention.hit.text))):
            if k is not None:
                found.add(k)
        return [people[k] for k in sorted(found)]

    def glued(self, people: list[Person], mention: Mention) -> Person | None:
        """The person a mention names with a space lost, as scraped pages print a wrapped line
        ("Nguyen PhuTrong", "Vo VanThuong" after "Nguyen Phu Trong", "Vo Van Thuong")."""
        k = self._by_squeezed.get(name_key(mention.hit.text).replace(" ", ""))
        return people[k] if k is not None and len(mention.hit.tokens) >= 2 else None

    def swapped(self, people: list[Person], mention: Mention) -> Person | None:
        """The person a two-word mention names with its words in the other order, family name first as
        administrations print it ("les ministres Wang Yi et Atallah Béatrice" after "Béatrice Atallah")."""
        toks = mention.hit.tokens
        k = self._by_swapped.get((name_key(toks[0]), name_key(toks[1]))) if len(toks) == 2 else None
        return people[k] if k is not None else None


def _same_person(people: list[Person], mention: Mention, name: str, gazetteer: Gazetteer) -> Person | None:
    key = name_key(name)
    toks = [name_key(t) for t in mention.hit.tokens]
    for person in people:
        if name_key(person.name) == key or name_key(person.native) == name_key(mention.hit.text):
            return person
        other = [name_key(t) for t in person.first.hit.tokens]
        short, long_ = (toks, other) if len(toks) <= len(other) else (other, toks)
        # a prefix ("Díaz-Canel" of "Díaz-Canel Bermúdez"), or the two surnames of a Hispanic name
        # written without the given names ("Valdés Mesa" of "Salvador Valdés Mesa", "Centella Gómez" of "José Luis
        # Centella Gómez")
        tail = len(short) == 2 and len(long_) >= 3 and long_[-2:] == short
        if (long_[: len(short)] == short or tail) and len(short) >= 2:
            known_a = gazetteer.person(person.native)
            known_b = gazetteer.person(mention.hit.text)
            if known_a is not None and known_b is not None and known_a.name != known_b.name:
                continue
            return person
    return None


def given_names_after_posts(
    text: str, spans: list[Span], first: int, mentions: list[Mention], lex: Lexicon, stop: frozenset[str],
    org_words: frozenset[str],
) -> list[Mention]:
    """The untitled reading's mentions, where a sentence calls someone named in full before by the given name after
    a post ("Prime Minister Abiy Ahmed" ... "Premier Abiy and South Sudanese President A have exchanged views"):
    that sentence read as the titled reading reads it, its lone given name a mention (``group_people`` joins it to
    the full name) and no post running over it into the next name's title. A given name that is also someone's
    surname is left alone."""
    full = [m for m in mentions if len(m.hit.tokens) > 1]
    given = {k for m in full if (k := given_name_key(m.hit.tokens)) is not None}
    given -= {k for m in full for k in surname_keys(m.hit.tokens)}
    if not given:
        return mentions
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Mention] = []
    for i in range(first, len(spans)):
        own = by_sentence.get(i, [])
        start, end = spans[i]
        if any(name_key(w) in given for w in _WORD.findall(text, start, end)):
            reread = sentence_mentions(text, i, spans[i], lex, stop, org_words, titled=True)
            lone = [m for m in reread if len(m.hit.tokens) == 1 and name_key(m.hit.tokens[0]) in given]
            if lone:
                own = [m for m in reread if len(m.hit.tokens) > 1 or m in lone]
        out.extend(own)
    return out


_WORD = re.compile(r"[^\W\d_]+")


def link_surnames(
    text: str, spans: list[Span], people: list[Person], lex: Lexicon, stop: frozenset[str]
) -> None:
    """Attach single-word later mentions ("Cabello", "Li") to the first person they can name.

    Linear in the text: the spans already taken are looked up by bisection, and each surname maps
    to its people in order with the running minimum of where they were first named, so "the first
    person named before this word" is a bisection too."""
    taken = sorted((m.hit.start, m.hit.end) for p in people for m in p.mentions)
    taken_starts = [a for a, _ in taken]
    reach: list[int] = []  # reach[k]: the furthest end among the first k + 1 taken spans
    for _, b in taken:
        reach.append(max(b, reach[-1]) if reach else b)
    named: dict[str, tuple[list[Person], list[int]]] = {}  # surname -> (people, running min of first start)
    given: dict[str, tuple[list[Person], list[int]]] = {}  # given name -> the same (``lex.given_name_mentions``)
    # a Korean family name alone names one person only when no one else named bears it ("Kim" of Kim Song-nam,
    # not when Kim Jong Un and Kim Yo Jong are named too)
    families = Counter(f for p in people if not p.mention_only
                       and (f := korean_family_name(p.first.hit.tokens)) is not None)
    for p in people:
        if p.mention_only:
            continue
        family = korean_family_name(p.first.hit.tokens)
        keys = [(named, key) for key in surname_keys(p.first.hit.tokens)
                if key != family or families[key] == 1]
        if lex.given_name_mentions and (key := given_name_key(p.first.hit.tokens)) is not None:
            keys.append((given, key))
        for table_, key in keys:
            group, lows = table_.setdefault(key, ([], []))
            group.append(p)
            lows.append(min(p.first.hit.start, lows[-1]) if lows else p.first.hit.start)
    for start, end in spans:
        for tok in tokenize(text, start, end):
            k = bisect_right(taken_starts, tok.start)
            if k and reach[k - 1] > tok.start:
                continue
            if not is_name_token(tok, stop) or tok.possessive:
                continue  # "conveyed Xi's greetings": a possessive names the person as a mention only
            entry = named.get(name_key(tok.bare))
            if entry is None and given and _alone(text, tok.start, tok.start + len(tok.bare), lex):
                entry = given.get(name_key(tok.bare))
            if entry is None:
                continue
            group, lows = entry
            j = _first_below(lows, tok.start)
            if j is not None:
                group[j].extra_spans.append((tok.start, tok.start + len(tok.bare)))


_BEFORE_GIVEN = re.compile(r"(\S+)\s+$")
_AFTER_GIVEN = re.compile(r"^\s+(\S)")


def _alone(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A given name standing alone for a person ("Raúl reafirmó", "recebidos por Marcelo"): not after an
    article, a name particle or a capitalised word it is joined to ("El Salvador", "San Salvador", "La Paz"),
    not before another capitalised word (the start of someone else's name, "Salvador Allende"), and no place
    or country."""
    before = _BEFORE_GIVEN.search(text, max(0, start - 20), start)
    if before is not None:
        prev = before.group(1)
        word = prev.lower()
        joined = prev[-1:].isalpha()  # no punctuation between: "Nueva Rosario", not "del PCV, Raúl"
        if word in lex.articles or word in lex.name_particles or lex.is_saint(word) \
                or (joined and prev[:1].isupper()):
            return False
    after = _AFTER_GIVEN.match(text[end : end + 3])
    if after is not None and after.group(1).isupper():
        return False
    word = text[start:end]
    return lex.country_of(word) is None and word.lower() not in lex.places


def _first_below(lows: list[int], value: int) -> int | None:
    """The first index whose (non-increasing) running minimum is below ``value``."""
    lo, hi = 0, len(lows)
    while lo < hi:
        mid = (lo + hi) // 2
        if lows[mid] < value:
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < len(lows) else None


def known_single_names(
    text: str, index: int, span: Span, lex: Lexicon, stop: frozenset[str], org_words: frozenset[str],
    taken: list[Mention], gazetteer: Gazetteer, in_full: frozenset[str] = frozenset(),
) -> list[Mention]:
    """One-word names the people table holds as written ("Lula", "Díaz-Canel", "Naruhito"), read where no other
    name covers them: "Antes de se reunir com Xi, Lula conversou com o primeiro-ministro Li Qiang" (a name of
    one word is otherwise read only after a title, and "Lula" is how the Brazilian press writes him). Not a word
    of a name the article writes in full (``in_full``: its later surnames are linked to it), nor a name qualifying
    a noun after an article or "of" ("the Trump administration", "uma proposta de Lula")."""
    spans = [(m.hit.start, m.hit.end) for m in taken]
    out: list[Mention] = []
    for tok in tokenize(text, *span):
        if not tok.capitalised or tok.acronym or tok.lower in stop or len(tok.bare) < 4:
            continue
        if tok.bare in in_full or any(a <= tok.start < b for a, b in spans):
            continue
        entry = gazetteer.person(tok.bare)
        if entry is None or tok.bare not in (entry.name, *entry.aliases):
            continue
        before = _WORD_BEFORE.search(text, span[0], tok.start)
        if before is not None and before.group(1).lower() in (*lex.articles, *lex.of_words):
            continue  # "the Trump administration", "uma proposta de Lula": a name qualifying a noun
        hit = NameHit(tok.start, tok.start + len(tok.bare), tok.bare, (tok.bare,), tok.possessive)
        title = title_prefix(text, hit, span[0], lex, org_words) or title_before(text, hit, span[0], set(), lex)
        if title is None:  # "Lula, presidente do Brasil, conversou": the post apposed after it, as after a full name
            title = _own_post_after(text, hit, span[1], taken, lex)
        only = tok.possessive or _mention_cue(text, span[0], hit.start, lex)
        out.append(Mention(hit, index, title, mention_only=only))
    return out


def _own_post_after(text: str, hit: NameHit, limit: int, taken: list[Mention], lex: Lexicon) -> TitleHit | None:
    """The post apposed after a one-word name, unless it is bound to another name of the sentence ("com Lula, o
    presidente da Argentina, A": A's)."""
    after = title_after(text, hit, limit, {m.hit.start for m in taken}, lex)
    if after is None:
        return None
    for m in taken:
        t = m.title
        if t is not None and t.start < after.end and after.start < t.end:
            return None
        if m.hit.start >= after.end and not text[after.end : m.hit.start].strip(" \t,"):
            return None  # the post runs up to the next name: that name's, set off by commas
    return after


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
