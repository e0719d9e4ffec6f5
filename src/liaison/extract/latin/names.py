"""Personal names in Latin script: runs of capitalised tokens that are no title, place or org word.

A name is two to five capitalised tokens separated by single spaces, optionally joined by lower-case
particles ("de", "del", "da"). Tokens of organisation names (taken from the gazetteer), title words (and
the plurals of title heads: "Conselho de Ministros Ricardo Cabrisas"), month and weekday names, countries
and demonyms never belong to a name, so "Wu Hansheng, member of
the Central Committee" yields "Wu Hansheng" and "Chinese Ambassador to Venezuela Li Baorong" yields
"Li Baorong". Canonical forms come from the gazetteer's ``[[person]]`` table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.tables import table
from liaison.extract.latin.tokens import CAPITAL, Token, tokenize
from liaison.kb.countries import city_country, code_of
from liaison.kb.gazetteer import Gazetteer, PersonEntry

MAX_NAME_TOKENS = 5
# a generational suffix after a name ("Marcos, Jr. of the Philippines"), not a title opening the next one
# ("Albanese, Sr. Advisor Campbell"); the language file says which words are suffixes
_SUFFIX = re.compile(rf",?[ \t]+(\w+)\b\.?(?![ \t]+{CAPITAL})")  # a whole word: not "Sr" of "Sri Lankan"

# Shapes of East Asian names in Latin script (``data/name_shapes.toml``): a name starting with a
# common Chinese family name in pinyin is read as Chinese (family name first; a bare family name
# refers back to it); Vietnamese family names are also written first and used alone later.
_SHAPES = table("name_shapes")
CHINESE_SURNAMES = frozenset(_SHAPES["chinese_surnames"])
VIETNAMESE_SURNAMES = frozenset(_SHAPES["vietnamese_surnames"])
KOREAN_SURNAMES = frozenset(_SHAPES["korean_surnames"])
_PINYIN_SYLLABLE = re.compile(
    f"(?:{'|'.join(_SHAPES['pinyin_initials'])})?(?:{'|'.join(_SHAPES['pinyin_finals'])})"
)


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    possessive: bool = False


def org_vocabulary(gazetteer: Gazetteer, short: bool = False) -> frozenset[str]:
    """Lower-case words of every Latin organisation name in the gazetteer. Short inner words ("Nam"
    of "Viet Nam", "Cha" of "Chama Cha Mapinduzi") are also given names: only ``short`` keeps them."""
    key = (id(gazetteer), len(gazetteer.orgs), short)
    cached = _VOCAB.get(key)
    if cached is None:
        cached = _VOCAB[key] = _org_vocabulary(gazetteer, short)
    return cached


_VOCAB: dict[tuple[int, int, bool], frozenset[str]] = {}


def _org_vocabulary(gazetteer: Gazetteer, short: bool) -> frozenset[str]:
    words: set[str] = set()
    for entry in gazetteer.orgs.values():
        for form in entry.surface_forms():
            for i, tok in enumerate(tokenize(form)):
                long_enough = len(tok.text) > 3 or (len(tok.text) > 2 and (i == 0 or short))
                if long_enough and (not tok.acronym or len(tok.text) > 3):  # "Psuv", "Fsln" name no one
                    words.add(tok.lower)
    return frozenset(words)


def _surname_led(tok: Token, nxt: Token | None, text: str, stop: frozenset[str]) -> bool:
    """A capitalised family name that is also a function word ("To Lam", "He Lifeng") inside a
    sentence, straight before another name token."""
    if nxt is None or not tok.capitalised or text[tok.end : nxt.start] != " ":
        return False
    word = name_key(tok.text)
    return (word in VIETNAMESE_SURNAMES or word in CHINESE_SURNAMES) and is_name_token(nxt, stop)


def _vietnamese_opening(tokens: list[Token], text: str, stop: frozenset[str]) -> bool:
    """A Vietnamese family name that is also a function word opening a sentence before two short name syllables
    ("Le Hoai Trung a en outre un entretien avec ..."): the name's first syllable, as an article or a pronoun is
    not followed by a three-syllable Vietnamese name's shape."""
    if len(tokens) < 3 or not _surname_led(tokens[0], tokens[1], text, stop):
        return False
    first, second, third = tokens[:3]
    return (
        name_key(first.text) in VIETNAMESE_SURNAMES and text[second.end : third.start] == " "
        and is_name_token(third, stop) and looks_vietnamese((first.text, second.text, third.text))
    )


def _vietnamese_third(run: list[Token], tok: Token) -> bool:
    """The third syllable of a Vietnamese name after a family name of the list ("Bui Thanh" + "Son")."""
    return (
        len(run) == 2 and name_key(run[0].text) in VIETNAMESE_SURNAMES and tok.capitalised and not tok.acronym
        and len(tok.text) <= 5 and tok.text[1:].islower() and all(t.text[1:].islower() for t in run)
    )


def _vietnamese_middle(run: list[Token], tok: Token, nxt: Token | None, text: str, stop: frozenset[str]) -> bool:
    """The middle syllable of a Vietnamese name that is also a word of a country or body ("Nguyen" +
    "Viet" + "Thao"): right after a family name of the list and right before another name syllable."""
    return (
        len(run) == 1 and name_key(run[0].text) in VIETNAMESE_SURNAMES and tok.capitalised and not tok.acronym
        and len(tok.text) <= 5 and tok.text[1:].islower() and nxt is not None and text[tok.end : nxt.start] == " "
        and nxt.capitalised and not nxt.acronym and nxt.text[1:].islower() and is_name_token(nxt, stop)
    )


def _initial(tok: Token, text: str) -> bool:
    """A single capital letter, not the end of an abbreviation ("U.S."): a name's initial."""
    return len(tok.text) == 1 and tok.text.isupper() and text[tok.start - 1 : tok.start] != "."


def _letter(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isupper()


def _abbreviation_letter(tok: Token, text: str) -> bool:
    """The last letter of a dotted abbreviation written without its final dot ("H.E Wang Xuekun"): it
    opens no name."""
    return (
        len(tok.text) == 1 and tok.text.isupper() and text[tok.start - 1 : tok.start] == "."
        and text[tok.start - 2 : tok.start - 1].isalpha()
    )


def _after_title_word(tokens: list[Token], k: int, lex: Lexicon, connector: bool) -> bool:
    """The token ``k`` follows a capitalised title head ("Prime Minister KP Sharma Oli"), a post written in lower
    case after its article ("el vicecanciller Rogelio Sierra Díaz", "o vice-chanceler Rogelio Sierra e"), or with
    ``connector`` a title head and a connector ("Ambassador to Dhaka Yao Wen")."""
    j = k - 1
    if connector:
        if j < 1 or tokens[j].lower not in lex.connectors:
            return False
        j -= 1
    if j < 0 or not is_title_head(tokens[j].lower, lex):
        return False
    return connector or tokens[j].capitalised or (j >= 1 and _article(tokens[j - 1].lower, lex))


def is_title_head(word: str, lex: Lexicon) -> bool:
    """A head of the title grammar, also hyphenated where the language file writes it joined ("vice-chanceler")."""
    return word in lex.title_heads or word.replace("-", "") in lex.title_heads


def _article(word: str, lex: Lexicon) -> bool:
    """An article or a short word fused with one ("al", "do", "du", "del", "ao")."""
    return word in lex.articles or word in lex.of_words or (len(word) <= 3 and word.isalpha() and word.islower())


def _initials(tokens: list[Token], k: int, text: str, lex: Lexicon, stop: frozenset[str]) -> bool:
    """Two capitals standing for given names straight after a title and before a name ("Prime Minister
    KP Sharma Oli", "Chairman KP Oli"), not an abbreviation of a body or country of the stop list."""
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        len(tok.text) == 2 and tok.text.isalpha() and tok.text.isupper() and tok.lower not in stop
        and nxt is not None and text[tok.end : nxt.start] == " " and is_name_token(nxt, stop)
        and _after_title_word(tokens, k, lex, connector=False)
    )


def _posted_city(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A capital, a large city or a territory a title names before the name ("Chinese Ambassador to Dhaka Yao
    Wen", "Senior Humanitarian and Reconstruction Coordinator for Gaza Sigrid Kaag"): the place of the post, no
    part of the name."""
    word = tokens[k].text
    return (city_country(word) is not None or code_of(word) is not None) and _after_title_word(
        tokens, k, lex, connector=True
    )


def _placed_city(tokens: list[Token], k: int, text: str, lex: Lexicon, named: dict[int, bool]) -> bool:
    """A known city set after the place's preposition, straight before a name of two words or more ("a reçu mardi
    à Abidjan Li Qiang, Premier ministre chinois", "met on Monday in Beijing Song Tao"): the place of the act, no
    part of the name. Not before one word ("a écrit à Santiago Peña": a given name spelled like a city)."""
    tok = tokens[k]
    if not k or not tok.capitalised or tok.acronym or city_country(tok.text) is None or not lex.location_cue:
        return False
    m = lex.compiled(lex.location_cue).match(text, tokens[k - 1].start)
    if m is None or m.start(1) != tok.start:
        return False
    following = 0
    for j in range(k + 1, min(k + 4, len(tokens))):
        if not named[tokens[j].start] or text[tokens[j - 1].end : tokens[j].start] != " ":
            break
        following += 1
    return following >= 2


def _titled_place_name(tokens: list[Token], k: int, text: str, lex: Lexicon, named: dict[int, bool]) -> bool:
    """A place's word straight after a capitalised title head (or the body of a post) and before two name tokens
    ("Cuban Vice President Salvador Valdés Mesa", "Vice Chairman of Cuba's State Council Salvador Valdes Mesa"):
    a given name, as a post's place follows "to" or "of"
    ("Ambassador to Dhaka Yao Wen") and a country qualifying the post comes before it."""
    tok = tokens[k]
    if k + 2 >= len(tokens) or not tok.capitalised or tok.acronym or tok.lower in lex.demonyms:
        return False
    if any(unicodedata.name(c, "").startswith("CYRILLIC") for c in tok.text):
        return False  # "Председатель Совета Федерации Валентина Матвиенко": a genitive place qualifies the post
    if tok.lower not in _place_words(lex) and city_country(tok.text) is None and code_of(tok.text) is None:
        return False
    nxt, last, before = tokens[k + 1], tokens[k + 2], tokens[k - 1] if k else None
    after_post = _after_title_word(tokens, k, lex, connector=False) or (
        before is not None and before.capitalised and lex.compiled(lex.org_heads).fullmatch(before.text) is not None
    )  # "Vice Chairman of Cuba's State Council Salvador Valdes Mesa": after the body of the post
    return (
        after_post and before is not None and text[before.end : tok.start] == " "
        and text[tok.end : nxt.start] == " " and named[nxt.start]
        and ((text[nxt.end : last.start] == " " and named[last.start]) or not last.capitalised)
    )  # (one surname before a verb: "Havana, Aug 23 (Prensa Latina) Vice President Salvador Valdés met with")


def _plain_place_word(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word of a country's, nationality's or city's name, no function, title or nationality word."""
    return (
        tok.capitalised and not tok.acronym and tok.lower in _place_words(lex) and tok.lower not in lex.function_words
        and tok.lower not in lex.title_words and tok.lower not in lex.demonyms
    )


def _place_given_name(tokens: list[Token], k: int, text: str, lex: Lexicon, named: dict[int, bool]) -> bool:
    """A place's word set off by a comma before two name tokens ("The first vice president of ... Cuba, Salvador
    Valdés Mesa, was welcomed"): a given name, as a place is not followed by a two-word name with no comma. Also
    a word a body's name holds before one name token and a comma and a post ("On December 19th, Nawaz Sharif,
    President of the Pakistan Muslim League (Nawaz)"), and a place's word set off by commas with one name token
    after the country a post ends on ("o vice-presidente ... de El Salvador, Salvador Sanchez, que se encontra":
    the apposition naming the post's holder)."""
    if k + 1 >= len(tokens) or not _borrowed_word(tokens[k], lex):
        return False
    tok, nxt = tokens[k], tokens[k + 1]
    if text[tok.end : nxt.start] != " " or not named[nxt.start]:
        return False
    last = tokens[k + 2] if k + 2 < len(tokens) else None
    if last is None or text[nxt.end : last.start] != " " or not named[last.start]:
        return _post_follows(text, nxt.end, lex) or _apposed_after_country(tokens, k, text, lex)
    return _plain_place_word(tok, lex) and not (
        k + 3 < len(tokens) and text[last.end : tokens[k + 3].start] == " " and named[tokens[k + 3].start]
    )


def _longest(run: list[Token], names: list[Token], lex: Lexicon) -> int:
    """How many name tokens a run may hold: one more when a lower-case particle joins them, as the full names of
    Lusophone and Hispanic Africa and America run long ("Mara Regina da Silva Baptista Domingos Quiosa")."""
    joined = any(t.lower in lex.name_particles and not t.capitalised for t in run[1:-1])
    return MAX_NAME_TOKENS + 1 if joined and len(names) < len(run) else MAX_NAME_TOKENS


def _apposed_after_country(tokens: list[Token], k: int, text: str, lex: Lexicon) -> bool:
    """Whether the place's word at ``k`` and the one name token after it stand between the country a post ends
    on and a comma ("... de El Salvador, Salvador Sanchez, que"): the post's holder, not a second place."""
    if k < 1 or k + 1 >= len(tokens) or not _plain_place_word(tokens[k], lex):
        return False
    before, nxt = tokens[k - 1], tokens[k + 1]
    return (
        before.capitalised and before.lower in _place_words(lex) and before.lower not in lex.function_words
        and text[nxt.end : nxt.end + 1] == "," and nxt.lower not in _place_words(lex)
    )


def _borrowed_word(tok: Token, lex: Lexicon, region: bool = False) -> bool:
    """A capitalised word a name runs stop at only because a place's or a body's name holds it ("Sierra" of
    Sierra Leone and of bodies named after it, "Montenegro"): no function, title or nationality word; with
    ``region``, also a region's word the language file lists ("América")."""
    if not tok.capitalised or tok.acronym or not tok.text.replace("-", "").isalpha() or tok.lower in lex.demonyms:
        return False
    if region and tok.lower in lex.stopwords and not lex.month_number(tok.text) and tok.lower not in lex.weekdays:
        return tok.lower not in lex.function_words and tok.lower not in lex.title_words
    return _plain_place_word(tok, lex) or tok.lower not in lex.stopwords


def _middle_place_word(
    run: list[Token], tokens: list[Token], k: int, text: str, lex: Lexicon, named: dict[int, bool]
) -> bool:
    """A word of a place's or a body's name between a given name and a surname, the name set off by a comma, right
    after a title head or before a comma and a post ("el viceministro ..., Rogelio Sierra Díaz,", "Estuvieron también
    Rogelio Sierra Díaz, viceministro de"): part of the name, as no place or body is written glued between two names
    (not "the Lunar New Year", no name set off so)."""
    if not run or not all(named[t.start] for t in run) or k + 1 >= len(tokens) or not _borrowed_word(tokens[k], lex):
        return False
    tok, nxt = tokens[k], tokens[k + 1]
    if len(run) != 1 or text[tok.end : nxt.start] != " " or not named[nxt.start]:
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    if after is not None and text[nxt.end : after.start] == " " and named[after.start]:
        return False  # "Senior Director for Transnational Crime Tiffany Eppelheimer": a post's words run on
    return text[max(0, run[0].start - 2) : run[0].start] == ", " or _after_title_word(tokens, k - 1, lex, False) \
        or _post_follows(text, nxt.end, lex)


def _middle_demonym(
    run: list[Token], tokens: list[Token], k: int, text: str, lex: Lexicon, named: dict[int, bool]
) -> bool:
    """A nationality word written with a capital between one given name and a surname, the name followed by a comma
    and a post ("Carlos Alemão Lima, secretário de Organização"): a surname, in a
    language that writes nationalities (like weekdays, ``lowercase_calendar``) in lower case."""
    tok = tokens[k]
    if not lex.lowercase_calendar or tok.lower not in lex.demonyms or not tok.capitalised or tok.acronym:
        return False
    if len(run) != 1 or not named[run[0].start] or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if text[run[0].end : tok.start] != " " or text[tok.end : nxt.start] != " " or not named[nxt.start]:
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    if after is not None and text[nxt.end : after.start] == " " and named[after.start]:
        return False
    return text[nxt.end : nxt.end + 1] == "," and _post_follows(text, nxt.end, lex)


def _calendar_given_name(tokens: list[Token], k: int, text: str, lex: Lexicon, named: dict[int, bool]) -> bool:
    """A weekday written with a capital inside a sentence, in a language that writes them in lower case, set off
    after a post or straight after a title head, before a name token ("... embaixador de El Salvador em Havana,
    Domingo Santa Cruz"): a given name, not a day."""
    tok = tokens[k]
    if not lex.lowercase_calendar or k == 0 or k + 1 >= len(tokens) or tok.lower not in lex.weekdays:
        return False
    if not tok.capitalised or tok.text.isupper():
        return False
    nxt = tokens[k + 1]
    if text[tok.end : nxt.start] != " " or not (named[nxt.start] or _borrowed_word(nxt, lex)):
        return False
    return text[tokens[k - 1].end : tok.start] == ", " or _after_title_word(tokens, k, lex, False)


def _listed_given_name(
    tokens: list[Token], k: int, text: str, lex: Lexicon, named: dict[int, bool], hits: list[NameHit]
) -> bool:
    """A place's word (no country's name) after a name and a conjunction, before one name token that closes the
    name ("los vicepresidentes ... Pedro Infante y América Pérez"): the next item's given name."""
    tok = tokens[k]
    if k < 2 or k + 1 >= len(tokens) or not hits or hits[-1].end != tokens[k - 2].end:
        return False
    if tokens[k - 1].lower not in lex.conjunctions or tok.lower in lex.countries or not _borrowed_word(tok, lex, True):
        return False
    nxt = tokens[k + 1]
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    if nxt.lower in lex.honorifics or nxt.lower in lex.title_words:
        return False  # "King A and Crown Prince and Prime Minister B"
    return text[tok.end : nxt.start] == " " and named[nxt.start] and not (
        after is not None and text[nxt.end : after.start] == " " and (named[after.start] or after.capitalised)
    )


def _post_follows(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a comma and a post ("viceministro de ...", "the Minister of ...") follow ``at``."""
    after = _POST_AFTER.match(text, at)
    words = [w.lower() for w in after.group(1).split()] if after is not None else []
    if words and words[0] in lex.articles:
        words = words[1:]
    return bool(words) and words[0] in lex.title_heads


def _country_surname(
    run: list[Token], tokens: list[Token], k: int, text: str, lex: Lexicon, named: dict[int, bool]
) -> bool:
    """A one-word country's name (or another word a body's name holds) after one given name set off by a comma
    after a title, or right after a title head, itself closed by a comma, a stop or a conjunction ("o
    primeiro-ministro português, Luís Montenegro, reuniu-se", "el congresista Mariano Portugal y"): the surname,
    as a post's country never follows the holder's given name."""
    tok = tokens[k]
    if len(run) != 1 or not named[run[0].start] or not (tok.lower in lex.countries or _borrowed_word(tok, lex)):
        return False
    if text[max(0, run[0].start - 2) : run[0].start] != ", " and not _after_title_word(tokens, k - 1, lex, False):
        return False
    conj = "|".join(re.escape(c) for c in lex.conjunctions)
    return re.match(rf"(?:[ \t]*[,.;]|[ \t]+(?:{conj})[ \t])", text[tok.end : tok.end + 6]) is not None


def _closing_syllable(tok: Token, nxt: Token | None, lex: Lexicon, stop: frozenset[str]) -> bool:
    """A capitalised article word straight after two name tokens and before no other name token: the
    last syllable of an East Asian name ("Kim Jong Un, recibió"), as an article is never capitalised
    inside a sentence."""
    return tok.capitalised and tok.lower in lex.articles and (nxt is None or not is_name_token(nxt, stop))


def _short_syllable(tok: Token) -> bool:
    """A capitalised word of at most four letters, as East Asian names write each syllable ("Ri", "Jong")."""
    return tok.capitalised and not tok.acronym and len(tok.text) <= 4 and tok.text.isalpha()


def _function_syllable(run: list[Token], tok: Token, nxt: Token | None, lex: Lexicon, stop: frozenset[str]) -> bool:
    """A capitalised possessive or article of two letters among the short syllables of an East Asian name,
    inside it or ending it ("Ri Su Yong", "Kang Sok Su"), as neither is capitalised inside a sentence."""
    if not (tok.capitalised and len(tok.text) == 2 and (tok.lower in lex.possessives or tok.lower in lex.articles)):
        return False
    if not run or not all(_short_syllable(t) for t in run):
        return False
    if nxt is not None and is_name_token(nxt, stop):
        return _short_syllable(nxt)
    return len(run) >= 2


_OPENING_QUOTES = "“«\""  # double ones: a single one may set off a name ("já tinha recebido ‘Li Xi’ e sua comitiva")
_CLOSING_QUOTES = "”»\""


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` stand alone inside double quotation marks: the title of a programme,
    a book or a forum ("entrevistado pelo programa “Hora de Falar”"), which names no person."""
    return start > 0 and text[start - 1] in _OPENING_QUOTES and end < len(text) and text[end] in _CLOSING_QUOTES


_ROMAN = re.compile(r"^[IVXLC]+$")
_ROMAN_ORDINAL = re.compile(r"^[IVXLC]{2,}([^\W\d_]{1,3})$")  # two Roman numerals or more, a short suffix


def _roman_ordinal(word: str) -> bool:
    """Whether ``word`` is an ordinal written in Roman numerals with a lower-case suffix ("XXIVe", "VIIIe", "XIVème"),
    not a name."""
    m = _ROMAN_ORDINAL.match(word)
    return m is not None and m.group(1).islower()


def _capital_surname(run: list[Token], tok: Token, text: str, stop: frozenset[str], titled: bool = False) -> bool:
    """A surname written in capitals after given names written as names, closing the name before a comma or
    stop ("le Capitaine Ibrahim TRAORE,", "Monsieur Yuxi LIU.", as official communiqués print them): part of the
    name. Not a regnal number ("Abdullah II") nor an acronym read on ("Another KCNA reporter", "Eighth WPK").
    Also a surname of two capitalised words before the comma ("Olushegun ADJADI BAKARI,"), a pinyin syllable of
    two letters after a Chinese family name ("Deng LI,") or a Chinese family name of two letters after pinyin given
    names ("Monsieur Jian LI, Ambassadeur", "Monsieur Boran YE, Premier Secrétaire"), and, after a title or
    honorific (``titled``), a surname of two syllables or more before the verb ("Le chef de l'État Patrice TALON est
    arrivé", "le camarade Alassane Bala SAKANDE a reçu")."""
    letters = tok.text.replace("-", "")
    if not (bool(run) and not run[0].acronym and tok.acronym and letters.isalpha() and tok.lower not in stop):
        return False
    given = tuple(t.bare for t in run)  # "Deng LI" (family name first) or "Jian LI", "Boran YE" (given names first)
    pinyin = looks_chinese((*given, letters.capitalize())) or looks_chinese((letters.capitalize(), *given))
    if (len(letters) < 3 or _ROMAN.match(letters)) and not pinyin:
        return False
    after = text[tok.end : tok.end + 40]
    closing = _CAPITAL_CLOSE.match(after)
    if closing and (closing.group(1) is None or closing.group(1).isupper()):
        return True
    syllables = len(_VOWELS.findall(strip_accents(letters.lower()).translate(_PLAIN)))
    second = _NEXT_CAPITALS.match(after)  # "Olushegun ADJADI BAKARI a rencontré"
    lower_next = _NEXT_WORD.match(after[second.end() :] if second and second.group(1).isupper() else after)
    return titled and syllables >= 2 and lower_next is not None and lower_next.group(1).islower()


def _capital_surname_first(tokens: list[Token], k: int, text: str, lex: Lexicon, stop: frozenset[str],
                            named: dict[int, bool]) -> bool:
    """A surname written in capitals opening the name before given names written as names, straight after an
    honorific or a title head ("M. NDAYISHIMIYE Evariste, Secrétaire Général du Parti CNDD-FDD", "le Président
    KONATE Gustave"), the order of official communiqués in the French-language African press. Not an acronym: a
    word of two syllables or more that no stop list holds ("le Président UNIR Gilbert" is read by the stop list)."""
    tok = tokens[k]
    letters = tok.text.replace("-", "")
    if not k or k + 1 >= len(tokens) or not tok.acronym or not letters.isalpha() or len(letters) < 4:
        return False
    if tok.lower in stop or _ROMAN.match(letters):
        return False
    head, nxt = tokens[k - 1], tokens[k + 1]
    if not named[nxt.start] or text[tok.end : nxt.start] != " ":
        return False
    gap = text[head.end : tok.start]
    honorific = head.lower.rstrip(".") in lex.honorifics and gap in (" ", ". ")
    if not (honorific or (head.lower in lex.title_heads and gap == " ")):
        return False
    last = k + 2 if k + 2 < len(tokens) and named[tokens[k + 2].start] and text[nxt.end : tokens[k + 2].start] == " " \
        else k + 1  # "M. KONATE Gustave Adama": two given names at most
    after = text[tokens[last].end : tokens[last].end + 2]
    if not (after[:1] in ("", ",", ".", ";", ":", ")") or (after[:1] == " " and after[1:].islower())):
        return False  # "INDOPACOM Lieutenant General Stephen Sklenka": a post goes on, no name closes
    return len(_VOWELS.findall(strip_accents(letters.lower()).translate(_PLAIN))) >= 2


_CAPITAL_CLOSE = re.compile(r"(?: ([^\W\d_]{3,}))?[,.;)]")
_NEXT_WORD = re.compile(r" (\w)")
_NEXT_CAPITALS = re.compile(r" ([^\W\d_]{3,})(?= )")


def _inner_place_word(tokens: list[Token], k: int, lex: Lexicon, named: dict[int, bool]) -> bool:
    """A capitalised word of a place's name, no function or title word, straight after a given name and
    before a name particle and a surname ("João Salvador dos Santos Neto"): a middle name, as a city is never
    written glued to a name and before "dos"."""
    tok = tokens[k]
    if k + 2 >= len(tokens) or not tok.capitalised or tok.acronym:
        return False
    particle, surname = tokens[k + 1], tokens[k + 2]
    return (
        tok.lower in _place_words(lex) and tok.lower not in lex.function_words and tok.lower not in lex.title_words
        and particle.lower in lex.name_particles and not particle.capitalised and named[surname.start]
    )


def _place_words(lex: Lexicon) -> frozenset[str]:
    """The words of the language's country, nationality and city names (kept per lexicon)."""
    kept = _PLACE_WORDS.get(id(lex))
    if kept is None or kept[0] is not lex:
        words = frozenset(w for place in (*lex.countries, *lex.demonyms, *lex.places) for w in place.lower().split())
        kept = _PLACE_WORDS[id(lex)] = (lex, words)
    return kept[1]


_PLACE_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


_REGNAL = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$")


def _regnal_number(run: list[Token], tok: Token, lex: Lexicon) -> bool:
    """A regnal number after a monarch's one given name closes the name ("Charles III", "Felipe VI",
    "Abdullah II", "Mohammed VI"): kings are named so, and the name alone is one word, after a style at most
    ("el Rey Felipe VI": the honorific is dropped when the name closes). ("I", "V", "X" are left out: a
    pronoun, a letter.)"""
    styled = len(run) == 2 and run[0].lower in lex.honorifics
    return (len(run) == 1 or styled) and not run[-1].acronym and bool(_REGNAL.match(tok.text))


def is_name_token(tok: Token, stop: frozenset[str]) -> bool:
    """Capitalised, not an acronym, not a title/org/place/date word, not an ordinal in Roman numerals ("XXIVe Jeux
    olympiques", "XIVe Congrès": ``_ROMAN_ORDINAL``)."""
    if not tok.capitalised or tok.acronym or any(c.isdigit() for c in tok.text) or _roman_ordinal(tok.bare):
        return False
    word = tok.bare.lower()
    if word in stop:
        return False
    # "Vice-President", "Ex-presidente" are titles; "Moon Jae-in", "Kim Jong-un" names (a short lower-case
    # syllable is no title, place or date word)
    # syllable is no title, place or date word), and so is a short capitalised one ("Ri Su-Yong": "su" is a
    # possessive, "Kim Jong-Un": "un" an article)
    parts = [p for p in tok.bare.split("-") if len(p) > 2]
    return not ("-" in word and any(part.lower() in stop for part in parts))


def name_stopwords(lex: Lexicon, gazetteer: Gazetteer) -> frozenset[str]:
    """The words that are never part of a personal name: the lexicon's and the organisation words of the
    gazetteer (``org_vocabulary``). The same set for the same lexicon and gazetteer, so that the names
    found with it can be kept (``find_names``)."""
    key = (id(lex), id(gazetteer), len(gazetteer.orgs))
    kept = _STOPWORDS.get(key)
    if kept is None or kept[0] is not lex or kept[1] is not gazetteer:
        if len(_STOPWORDS) >= 64:
            _STOPWORDS.clear()
        kept = _STOPWORDS[key] = (lex, gazetteer, lex.stopwords | org_vocabulary(gazetteer))
    return kept[2]


_STOPWORDS: dict[tuple[int, int, int], tuple[Lexicon, Gazetteer, frozenset[str]]] = {}


def _plain_surname(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word that may be a surname alone: no acronym, and no word of a place, nationality, title,
    weekday, month or function."""
    w = tok.lower
    return (
        tok.capitalised and not tok.acronym and len(tok.bare) >= 3 and w not in lex.demonyms
        and w not in lex.function_words and w not in lex.title_words and w not in _place_words(lex)
        and lex.country_of(tok.bare) is None and city_country(tok.text) is None
        and w not in lex.weekdays and w not in lex.months
    )


def find_names(
    text: str, start: int, end: int, lex: Lexicon, stop: frozenset[str], titled: bool = False
) -> list[NameHit]:
    """Every multi-token personal name in ``text[start:end]``; with ``titled``, also a lone family name
    straight after a title ("President Biden", "Prime Minister Kishida"). (Kept for the last thousand or so
    sentences read with the same lexicon and stop words: an article is read up to four times.)"""
    key = (text, start, end, titled, id(lex), id(stop))
    kept = _FOUND.get(key)
    if kept is None or kept[0] is not lex or kept[1] is not stop:
        if len(_FOUND) >= 1024:
            _FOUND.clear()
        kept = _FOUND[key] = (lex, stop, tuple(_find_names(text, start, end, lex, stop, titled)))
    return list(kept[2])


_FOUND: dict[tuple[str, int, int, bool, int, int], tuple[Lexicon, frozenset[str], tuple[NameHit, ...]]] = {}


_POST_AFTER = re.compile(r",\s+((?:\w+\s+){1,2}\w+)\b")


def _find_names(
    text: str, start: int, end: int, lex: Lexicon, stop: frozenset[str], titled: bool = False
) -> list[NameHit]:
    tokens = tokenize(text, start, end)
    named = {t.start: is_name_token(t, stop) for t in tokens}  # (asked of each token several times)
    hits: list[NameHit] = []
    run: list[Token] = []
    pending: list[Token] = []  # particles waiting for a following name token
    forced: set[int] = set()  # family names that are also function words ("To Lam")

    def close() -> None:
        if len(run) > 1 and lex.month_number(run[-1].text) and re.match(r"\s+\d", text[run[-1].end :]):
            run.pop()  # "... May 29th": the month belongs to a date
        j = starts.get(run[0].start, 0) if run else 0
        if len(run) > 2 and j > 0 and (lex.country_of(run[0].bare) or code_of(run[0].bare)) \
                and tokens[j - 1].lower in lex.of_words and named[run[1].start]:
            run.pop(0)  # "President of the National Transition Council of Mali Malick Diaw": the post's country
        honoured = False
        if len(run) > 3 and run[0].lower in lex.possessives and run[1].lower.rstrip(".") in lex.honorifics:
            run.pop(0)  # "Su Majestad A", "Sua Alteza Xeque B": the style's possessive goes with it
        while len(run) > 2 and run[0].lower.rstrip(".") in lex.honorifics:
            run.pop(0)  # "Cde Fikile Mbalula": the honorific is no part of the name
            honoured = True
        if honoured and len(run) > 2 and run[-1].lower in lex.honorific_suffixes:
            run.pop()  # "Shri Arun Singh Ji": nor the courtesy word closing it
        while run and len(run[-1].text) == 1 and re.match(r"\.\w", text[run[-1].end : run[-1].end + 2]):
            run.pop()  # "Washington D.C.", "Visiting H.E.": a name never ends in a dotted abbreviation
        while len(run) >= 2 and _letter(run[-1]) and _letter(run[-2]) and text[run[-2].end : run[-1].start] == ".":
            run.pop()  # "Washington D.C" (the last letter of the chain; the loop below takes the rest)
            while run and _letter(run[-1]):
                run.pop()
        names = [t for t in run if named[t.start] or t.start in forced]
        if all(_letter(t) for t in run) or (run and _quoted(text, run[0].start, run[-1].end)):
            names = []  # "U.S", "H.E": initials alone name no one; "el programa “Hora de Falar”": a title
        if 2 <= len(names) <= _longest(run, names, lex) or (
            titled and len(run) == 1 and names and (_after_title(run[0]) or _before_title(run[0]))
            and run[0].lower.rstrip(".") not in lex.honorifics  # "NRM Treasurer Hon. A": "Hon" names no one
        ):
            last = run[-1]
            end_pos = last.end - 2 if last.possessive else last.end
            suffix = _SUFFIX.match(text, end_pos, end) if lex.name_suffixes and not last.possessive else None
            if suffix is not None and suffix.group(1).lower() in lex.name_suffixes:
                end_pos = suffix.end()
            hits.append(
                NameHit(
                    run[0].start,
                    end_pos,
                    text[run[0].start : end_pos],
                    tuple(t.bare for t in run),
                    last.possessive,
                )
            )
        run.clear()
        pending.clear()

    starts = {t.start: j for j, t in enumerate(tokens)}

    def _after_title(tok: Token) -> bool:
        """A lone family name straight after a title head ("President Biden") or an abbreviated honorific
        ("o Sr. Pantie", "M. Chao")."""
        j = starts[tok.start]
        head = tokens[j - 1] if j else None
        if head is None or len(tok.text) <= 2 or tok.possessive:
            return False
        if not head.capitalised and not (lex.lowercase_title_heads and _plain_surname(tok, lex)):
            return False  # "le président Tebboune" where posts are written in lower case; not "le président Sénégalais"
        gap = text[head.end : tok.start]
        return (head.lower in lex.title_heads and gap == " ") or (head.lower in lex.honorifics and gap == ". ")

    def _before_title(tok: Token) -> bool:
        """A lone family name opening a clause and set off by a comma before its post ("Mironov, chairman of the
        Russian party, praised ..."): the post's head and its "of" follow the comma."""
        if len(tok.text) <= 3 or tok.possessive or not _opens_clause(tok):
            return False
        after = _POST_AFTER.match(text, tok.end, end)
        words = [w.lower() for w in after.group(1).split()] if after is not None else []
        if words and words[0] in lex.articles:
            words = words[1:]
        return len(words) >= 2 and words[0] in lex.title_heads and words[1] in lex.of_words

    def _opens_clause(tok: Token) -> bool:
        before = text[max(start, tok.start - 3) : tok.start].rstrip(" ")
        return not before or before[-1] in ".!?;\n\"'“”‘’"

    def _titled(names: list[Token]) -> bool:
        """A title head or honorific among the four tokens before the name ("Le chef de l'État Patrice")."""
        j = starts[names[0].start] if names else 0
        before = tokens[max(0, j - 4) : j]
        return any(t.lower.rstrip(".") in lex.honorifics or is_title_head(t.lower, lex) for t in before)

    def _titled_initials(run: list[Token], tok: Token, gap: str) -> bool:
        """Dotted initials written together after a title, standing for given names ("Vice President-elect
        J.D. Vance", "Foreign Minister G.L. Peiris", "general secretary K.C Venugopal"): not an abbreviation
        of a country or an honorific ("U.S. Brookings", "H.E. Wang"), which follows no title."""
        j = starts[run[0].start]
        head = tokens[j - 1] if j else None
        if head is None or head.lower not in lex.title_heads or text[head.end : run[0].start] != " ":
            return False
        if not all(_letter(t) for t in run) or ".".join(t.lower for t in (*run, tok)) in lex.honorifics:  # "H.E"
            return False
        return _letter(tok) if gap == "." else len(run) >= 2

    def _glued_initials(run: list[Token], tok: Token) -> bool:
        """Dotted initials written together before a one-word surname set off by a comma, after no article ("hosted
        K.L. Rao, the party's leader", "with J.P. Silva, an envoy"; part31): given names, as
        an abbreviation of a country or a body follows an article or runs on ("the U.S. Navy", "U.S. President")."""
        if not run or not all(_letter(t) for t in run) or ".".join(t.lower for t in (*run, tok)) in lex.honorifics:
            return False
        j = starts[run[0].start]
        if text[run[0].start - 1 : run[0].start] == "." or (j and tokens[j - 1].lower in lex.articles):
            return False
        letters = 0
        for t in tokens[j:]:  # two or three dotted capitals written together, then one surname before a comma
            gap_after = text[t.end : t.end + 2]
            if _letter(t) and gap_after[:1] == "." and letters < 3:
                letters += 1
                if gap_after == ". ":
                    continue
                if gap_after[1:] and gap_after[1:].isupper():
                    continue
                return False
            return (
                letters >= 2 and not _letter(t) and named[t.start] and t.start >= tok.start
                and text[t.end : t.end + 1] in (",", ";", ")") and text[t.start - 2 : t.start] == ". "
            )
        return False

    prev_end = -1
    for k, tok in enumerate(tokens):
        gap = text[prev_end : tok.start]
        joined = bool(run) and (
            gap == " " or (gap == ". " and _initial(run[-1], text))  # "Donald J. Trump"
            or (gap == " -" and named[tok.start])  # "Abdel Salam Al -Labar": a hyphen set off by a stray space
            or (gap in (".", ". ") and _titled_initials(run, tok, gap))  # "J.D. Vance", "K.C Venugopal"
            or (gap in (".", ". ") and _glued_initials(run, tok))  # "M.A. Baby, the new ..."
        )
        if run and not joined:
            close()
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if not named[tok.start] and k > 0 and not run and _surname_led(tok, nxt, text, stop):
            forced.add(tok.start)
        if not run and not named[tok.start] and _capital_surname_first(tokens, k, text, lex, stop, named):
            forced.add(tok.start)  # "M. NDAYISHIMIYE Evariste": a surname in capitals opening the name
        if not named[tok.start] and k == 0 and _vietnamese_opening(tokens, text, stop):
            forced.add(tok.start)  # "Le Hoai Trung a en outre un entretien avec": a family name opening the sentence
        if joined and not named[tok.start] and _vietnamese_middle(run, tok, nxt, text, stop):
            forced.add(tok.start)  # "Nguyen Viet Thao", "Nguyen Thai Hoc": a middle syllable also a word
        if joined and not named[tok.start] and _vietnamese_third(run, tok):
            forced.add(tok.start)  # "Bui Thanh Son": a given name that is also a function word ("son")
        if joined and not pending and not named[tok.start] and _inner_place_word(tokens, k, lex, named):
            forced.add(tok.start)  # "João Salvador dos Santos Neto": a place's word as a middle name
        if joined and not pending and not named[tok.start] and _capital_surname(run, tok, text, stop, _titled(run)):
            forced.add(tok.start)  # "le Capitaine Ibrahim TRAORE", "Monsieur Yuxi LIU": a surname in capitals
        if joined and not pending and _regnal_number(run, tok, lex) and named[run[-1].start]:
            forced.add(tok.start)  # "Charles III", "Felipe VI": a king's regnal number
        if not run and not named[tok.start] and _titled_place_name(tokens, k, text, lex, named):
            forced.add(tok.start)  # "Vice President Salvador Valdés Mesa": a place's word as a given name
        if not run and not named[tok.start] and k and text[tokens[k - 1].end : tok.start] == ", " \
                and _place_given_name(tokens, k, text, lex, named):
            forced.add(tok.start)  # "... of Cuba, Salvador Valdés Mesa, was welcomed": a place's word opening a name
        if not run and not named[tok.start] and _calendar_given_name(tokens, k, text, lex, named):
            forced.add(tok.start)  # "..., Domingo Santa Cruz": a weekday written with a capital is a given name
        if not run and not named[tok.start] and _listed_given_name(tokens, k, text, lex, named, hits):
            forced.add(tok.start)  # "Pedro Infante y América Pérez": a place's word opening a listed name
        if joined and not pending and not named[tok.start] and _middle_place_word(run, tokens, k, text, lex, named):
            forced.add(tok.start)  # "Rogelio Sierra Díaz": a word of a place's name between given name and surname
        if joined and not pending and not named[tok.start] and _middle_demonym(run, tokens, k, text, lex, named):
            forced.add(tok.start)  # "Carlos Alemão Lima, secretário de ...": a nationality word as a surname
        if joined and not pending and not named[tok.start] and _titled(run) \
                and _country_surname(run, tokens, k, text, lex, named):
            forced.add(tok.start)  # "o primeiro-ministro português, Luís Montenegro,": a country's name as surname
        if not run and tok.acronym and _initials(tokens, k, text, lex, stop):
            forced.add(tok.start)  # "Prime Minister KP Sharma Oli": initials open the name
        if not run and (_abbreviation_letter(tok, text) or _posted_city(tokens, k, lex)
                        or _placed_city(tokens, k, text, lex, named)):
            close()  # "H.E Wang Xuekun", "Ambassador to Dhaka Yao Wen", "à Abidjan Li Qiang": no part of the name
        elif tok.lower.rstrip(".") in lex.academic_ranks:
            close()  # "Professor Zhang Lin": an academic rank is no part of the name
        elif len(run) >= 2 and joined and _closing_syllable(tok, nxt, lex, stop):
            run.append(tok)  # "Kim Jong Un": a capitalised article word ending a name is its last syllable
        elif joined and not named[tok.start] and _function_syllable(run, tok, nxt, lex, stop):
            run.append(tok)  # "Ri Su Yong", "Kang Sok Su": a capitalised possessive inside or ending the name
        elif named[tok.start] or tok.start in forced:
            if run and pending:
                run.extend(pending)
            pending.clear()
            run.append(tok)
            if tok.possessive:
                close()
        elif run and tok.lower in lex.name_particles and len(pending) < 2:
            pending.append(tok)
        elif run and not pending and _particle_joined(tok, lex):
            run.append(tok)  # "Abou el-Fadel Baâdji": a particle hyphened to the next name word
        else:
            close()
        prev_end = tok.end
    close()
    return hits


def _particle_joined(tok: Token, lex: Lexicon) -> bool:
    """A lower-case name particle joined by a hyphen to a capitalised name word ("el-Fadel" of "Abou el-Fadel
    Baâdji"): a word of the name, as the particle alone would be between two of its words."""
    head, _, rest = tok.text.partition("-")
    return bool(rest) and head.islower() and head in lex.name_particles and rest[:1].isupper() \
        and rest.replace("-", "").isalpha()


# Letters only Vietnamese writes (with tone marks): "Trần Cẩm Tú", "Lê Hoài Trung".
_VIETNAMESE_LETTERS = re.compile(f"[{_SHAPES['vietnamese_letters']}]", re.IGNORECASE)


def looks_vietnamese(tokens: tuple[str, ...]) -> bool:
    """Vietnamese tone-marked letters in one-syllable words ("Trần Cẩm Tú", but not the Portuguese
    "Mônica"), or a family name of the list followed by two short syllables."""
    if any(_VIETNAMESE_LETTERS.search(t) for t in tokens) and all(_one_syllable(t) for t in tokens):
        return True
    return (
        len(tokens) == 3
        and name_key(tokens[0]) in VIETNAMESE_SURNAMES
        and all(len(t) <= 5 and t[1:].islower() for t in tokens[1:])
    )


_VOWELS = re.compile(f"[{_SHAPES['vowels']}]+")
_PLAIN = str.maketrans(_SHAPES["plain_letters"])


def _one_syllable(word: str) -> bool:
    return len(_VOWELS.findall(strip_accents(word.lower()).translate(_PLAIN))) <= 1


def name_country(tokens: tuple[str, ...]) -> str | None:
    """The country a name's form alone points to (pinyin -> CN, Vietnamese -> VN)."""
    if looks_chinese(tokens):
        return "CN"
    if looks_vietnamese(tokens):
        return "VN"
    return None


def looks_chinese(tokens: tuple[str, ...]) -> bool:
    """A pinyin name: a common family name followed by one or two syllable groups."""
    if not 2 <= len(tokens) <= 3 or tokens[0].lower() not in CHINESE_SURNAMES:
        return False
    return all(_is_pinyin(t) for t in tokens[1:])


def _is_pinyin(word: str) -> bool:
    w = strip_accents(word.lower()).replace("-", "")
    return bool(re.fullmatch(f"(?:{_PINYIN_SYLLABLE.pattern}){{1,3}}", w))


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Comparison key: accents, case and punctuation folded. (Remembered: the same names and words are
    keyed again and again.)"""
    return re.sub(r"[^\w]+", " ", strip_accents(text).casefold()).strip()


def surname_keys(tokens: tuple[str, ...]) -> set[str]:
    """Single words a later mention may use for this person ("Cabello", "Li")."""
    words = [t for t in tokens if t[:1].isupper()]
    if looks_chinese(tuple(words)):
        return {name_key(words[0])}
    if len(words) > 1 and (name_key(words[0]) in VIETNAMESE_SURNAMES or looks_vietnamese(tuple(words))):
        return {name_key(words[0]), name_key(words[-1])}  # "Tú" for "Trần Cẩm Tú"
    if (family := korean_family_name(tokens)) is not None:
        return {family} | {name_key(w) for w in words[1:]}  # "Kim" for "Kim Song-nam" (as well as the rest)
    return {name_key(w) for w in words[1:]}


def korean_family_name(tokens: tuple[str, ...]) -> str | None:
    """The family name of a Korean name, written first: a Korean family name, then a given name of two syllables
    written as two words ("Kim Song Nam") or hyphenated ("Kim Song-nam", "Moon Jae-in"); else none."""
    words = [t for t in tokens if t[:1].isupper()]
    if not words or name_key(words[0]) not in KOREAN_SURNAMES:
        return None
    return name_key(words[0]) if len(words) == 3 or (len(words) == 2 and "-" in words[1].strip("-")) else None


def given_name_key(tokens: tuple[str, ...]) -> str | None:
    """The given name a later mention may use alone for this person ("Raúl" of "Raúl Castro", "Gleisi" of
    "Gleisi Hoffmann"): the first of two or more words, not an initial; none for a Chinese or Vietnamese
    name, whose first word is the family name (``surname_keys``)."""
    words = [t for t in tokens if t[:1].isupper()]
    if len(words) < 2 or len(words[0]) < 3 or words[0].endswith("."):
        return None
    if looks_chinese(tuple(words)) or name_key(words[0]) in VIETNAMESE_SURNAMES or looks_vietnamese(tuple(words)):
        return None
    return name_key(words[0])


def unglued(hit: NameHit, gazetteer: Gazetteer) -> NameHit:
    """A known person's name glued to the word after it ("Kim Jong Unreceived a message", as KCNA pages
    print a leader's name), or to a tag in capitals before it ("RUSDmitry Medvedev and Xi Jinping have
    exchanged views", a scraped page's source tag, ``_after_capitals``): the name alone; any other hit, a
    whole pinyin name included, as it is."""
    hit = _after_capitals(hit, gazetteer)
    last = hit.tokens[-1]
    if len(hit.tokens) < 2 or gazetteer.person(hit.text) is not None or looks_chinese(hit.tokens):
        return hit  # "Wang Yingyu" is a whole pinyin name, not "Wang Yi" glued to "ngyu"
    for cut in range(len(last) - 2, 1, -1):
        rest = last[cut:]
        if rest.isalpha() and rest.islower() and last[cut - 1].islower():
            name = hit.text[: len(hit.text) - len(last) + cut]
            if gazetteer.person(name) is not None:
                return NameHit(hit.start, hit.start + len(name), name, (*hit.tokens[:-1], last[:cut]))
    return hit


def _after_capitals(hit: NameHit, gazetteer: Gazetteer) -> NameHit:
    """The known name after a run of two or more capitals glued to its first word ("RUSDmitry Medvedev":
    "Dmitry Medvedev"); any other hit as it is."""
    first = hit.tokens[0]
    if len(hit.tokens) < 2 or gazetteer.person(hit.text) is not None:
        return hit
    for cut in range(2, len(first) - 2):
        if first[: cut + 1].isupper() and first[cut + 1 :].isalpha() and first[cut + 1 :].islower():
            name = hit.text[cut:]
            if gazetteer.person(name) is not None:
                return NameHit(hit.start + cut, hit.end, name, (first[cut:], *hit.tokens[1:]), hit.possessive)
            break
    return hit


def untitled(hit: NameHit, gazetteer: Gazetteer) -> NameHit:
    """A known person's name after the capitalised last word of their title ("vicepresidente sectorial de
    política, seguridad ciudadana y Paz Diosdado Cabello Rondón"): the name alone, when the whole run is no
    known person and the run without its first word is one."""
    if len(hit.tokens) < 3 or looks_chinese(hit.tokens) or gazetteer.person(hit.text) is not None:
        return hit
    cut = hit.text.find(hit.tokens[1], len(hit.tokens[0]))
    rest = hit.text[cut:]
    if cut <= 0 or known_person(rest, gazetteer) is None:
        return hit
    return NameHit(hit.start + cut, hit.end, rest, hit.tokens[1:], hit.possessive)


def lengthened(
    hit: NameHit, text: str, span: tuple[int, int], gazetteer: Gazetteer, lex: Lexicon | None = None
) -> NameHit:
    """A known person's name whose first or last word is a word the name runs stop at, a country for
    instance ("Madhav Kumar Nepal" read as "Madhav Kumar" before "Nepal", "Salvador Valdes Mesa" as "Valdes
    Mesa"): the whole name, as the ``[[person]]`` table knows it; any other hit as it is. With the language
    (``lex``), an unknown name of two words or more that a one-word country's name closes before a comma,
    a full stop or a conjunction is whole too ("held a meeting with Madhav Kumar Nepal, one of the two
    chairmen": a family name, not a place the name runs into)."""
    if hit.possessive or len(hit.tokens) + 1 > MAX_NAME_TOKENS:
        return hit
    after = re.match(rf"[ \t]({CAPITAL}\w+)\b", text[hit.end : span[1]])
    if after is not None and gazetteer.person(name := f"{hit.text} {after.group(1)}") is not None:
        return NameHit(hit.start, hit.end + after.end(), name, (*hit.tokens, after.group(1)))
    if after is not None and lex is not None and _country_family_name(hit, after, text, span, gazetteer, lex):
        name = f"{hit.text} {after.group(1)}"
        return NameHit(hit.start, hit.end + after.end(), name, (*hit.tokens, after.group(1)))
    before = re.search(rf"(?<!\w)({CAPITAL}\w+)[ \t]$", text[span[0] : hit.start])
    if before is not None and gazetteer.person(name := f"{before.group(1)} {hit.text}") is not None:
        return NameHit(span[0] + before.start(1), hit.end, name, (before.group(1), *hit.tokens))
    return hit


def _country_family_name(
    hit: NameHit, after: re.Match[str], text: str, span: tuple[int, int], gazetteer: Gazetteer, lex: Lexicon
) -> bool:
    """Whether a one-word country's name right after an unknown name of two words or more, itself followed by
    a comma, a full stop or a conjunction, ends that name ("Madhav Kumar Nepal, one of", "Pushpa Kamal Dahal,
    Madhav Kumar Nepal and President Bidya Devi Bhandari"); never after a pinyin or Vietnamese name, whose
    form is complete."""
    if len(hit.tokens) < 2 or after.group(1).lower() not in lex.countries or known_person(hit.text, gazetteer):
        return False
    if name_country(hit.tokens) is not None:
        return False
    rest = text[hit.end + after.end() : span[1]]
    conj = "|".join(re.escape(c) for c in lex.conjunctions)
    return re.match(rf"(?:[ \t]*[,.;]|[ \t]+(?:{conj})[ \t])", rest) is not None


def known_person(native: str, gazetteer: Gazetteer) -> PersonEntry | None:
    """The ``[[person]]`` table's entry for a name as written, or written without its accents."""
    return gazetteer.person(native) or gazetteer.person(strip_accents(native))


def canonical(native: str, gazetteer: Gazetteer) -> tuple[str, tuple[str, ...], str | None]:
    """(canonical name, aliases, country) for a name as written, via the ``[[person]]`` table."""
    entry = known_person(native, gazetteer)
    if entry is None and "," in native:  # "Ferdinand R. Marcos, Jr." is "Ferdinand Marcos Jr."
        plain = native.replace(",", "")
        entry = gazetteer.person(plain) or gazetteer.person(re.sub(r"\s\w\.(?=\s)", "", plain))
    if entry is None:
        return native, (), None
    forms = [entry.name, *entry.native, *entry.aliases]
    aliases = tuple(dict.fromkeys(f for f in forms if f not in (entry.name, native)))
    return entry.name, aliases, entry.country
