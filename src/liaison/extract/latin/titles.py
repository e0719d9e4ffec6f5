"""Titles bound to names, in the three shapes the genre uses.

- after:  "Lin Zhi, Director General of the SWDCPC Office; ..."
- before: "the general secretary of the PSUV, Diosdado Cabello Rondón, held ..."
- prefix: "Chinese Ambassador to Venezuela Li Baorong", "el presidente Nicolás Maduro"

A title segment runs to the next clause boundary (comma, semicolon, colon, full stop), the next
name ("... Health Commission and Diosdado Cabello, ..."), or a clause verb ("... (PSUV) attended").
It must contain a title word from the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.names import NameHit
from liaison.extract.latin.places import country_word
from liaison.extract.latin.tokens import Token, hard_gap, tokenize


@dataclass(frozen=True)
class TitleHit:
    start: int
    end: int
    text: str
    position: Literal["after", "before", "prefix", "header"]


def _titleish(tok: Token, lex: Lexicon) -> bool:
    w = tok.lower
    if w in lex.weekdays:
        return False  # "recebeu nesta segunda-feira (22) o chefe de Estado do Laos, A": a day, not "segunda" (second)
    parts = w.split("-")
    return w in lex.title_words or w in lex.demonyms or any(p in lex.title_words for p in parts)


def _country_pair(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """A capitalised word of a two-word demonym or country written before a post: "South African Minister for
    Arts and Culture", "Sri Lankan Foreign Minister" (neither word is a country alone)."""
    if not tokens[at].capitalised:
        return False
    pairs = [tokens[j].lower + " " + tokens[j + 1].lower for j in (at - 1, at) if j >= 0 and j + 1 < len(tokens)]
    return any(pair in lex.demonyms or pair in lex.countries for pair in pairs)


def _country_word(tok: Token) -> bool:
    """A capitalised country word the language file does not list ("Philippine National Security Advisor",
    "US President", "Somalia's Foreign Minister": ``places.country_word``)."""
    return (tok.capitalised or tok.acronym) and country_word(tok.text) is not None


def _has_head(tokens: list[Token], lex: Lexicon) -> bool:
    for tok in tokens:
        for part in tok.lower.split("-"):
            if part in lex.title_heads or part in lex.weak_heads:
                return True
    return False


def _close_paren(text: str, start: int, end: int) -> int:
    """Extend ``end`` over a closing parenthesis the segment opened."""
    seg = text[start:end]
    if seg.count("(") > seg.count(")"):
        m = re.match(r"[^()\n;]*?\)", text[end:])
        if m:
            return end + m.end()
    return end


def _strip_article(tokens: list[Token], lex: Lexicon) -> list[Token]:
    while tokens and (tokens[0].lower in lex.articles or tokens[0].lower in lex.conjunctions):
        tokens = tokens[1:]
    return tokens


def _make(text: str, tokens: list[Token], position: str) -> TitleHit:
    start, end = tokens[0].start, tokens[-1].end
    end = _close_paren(text, start, end)
    return TitleHit(start, end, text[start:end], position)  # type: ignore[arg-type]


def title_after(
    text: str, name: NameHit, limit: int, name_starts: set[int], lex: Lexicon
) -> TitleHit | None:
    """"NAME, title ..." (or "NAME on his re-election as title ...", or "NAME (title)" where the language
    writes it so) up to the next boundary, name or verb."""
    m = re.match(r"[ \t]*,[ \t]*", text[name.end : limit])
    bracket = re.match(r"[ \t]*\([ \t]*", text[name.end : limit]) if lex.bracket_titles and not m else None
    if bracket is not None:
        close = text.find(")", name.end + bracket.end(), limit)
        if close < 0:
            return None
        m, limit = bracket, close
    link = lex.compiled(lex.title_link).match(text, name.end, limit) if lex.title_link and not m else None
    if not m and not link:
        return None
    seg_start = link.end() if link else name.end + m.end()  # type: ignore[union-attr]
    kept: list[Token] = []
    prev: Token | None = None
    tokens = tokenize(text, seg_start, limit)
    for i, tok in enumerate(tokens):
        if i == 0 and tok.lower in lex.additives:  # "NAME, also a vice president of the CPP"
            kept.append(tok)
            prev = tok
            continue
        gap = prev is not None and hard_gap(text, prev.end, tok.start)
        if gap and not _continues_fields(text, kept, tokens[i:], lex):
            break
        if tok.start in name_starts and not bracket and len(kept) > 1 and kept[0].lower in lex.articles \
                and _subject_next(tokens, i, lex):
            return None  # "Au cours d'un entretien avec A, le président chinois B a dit": B's post, told before B
        if tok.start in name_starts or tok.lower in lex.relatives:
            break
        if tok.lower in lex.clause_breaks:
            nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            follow = lex.weak_breaks.get(tok.lower)
            if follow is None or nxt == follow:
                break
        if not tok.capitalised and lex.is_verb(tok.text):
            if not bracket and kept and kept[0].lower in lex.articles:
                return None  # "En su encuentro con A, el jefe de Gobierno vietnamita resaltó": the next subject
            break
        kept.append(tok)
        prev = tok
    while kept and (kept[-1].lower in lex.conjunctions or kept[-1].lower in lex.articles):
        kept.pop()
    kept = _strip_article(kept, lex)
    core = _strip_article(kept[1:], lex) if kept and kept[0].lower in lex.additives else kept
    if _membership(core, lex):
        return _make(text, _drop_anaphora(kept, lex), "after")
    owner = _owner_before_post(core, lex)
    if owner:  # "NAME, New Zealand Labour Party's Spokesperson for Foreign Affairs"
        core = core[owner:]
    first = 2 if len(core) > 2 and _country_pair(core, 0, lex) else 0  # "NAME, South African Minister of ..."
    if not core or (not _titleish(core[first], lex) and not _titleish(core[min(first + 1, len(core) - 1)], lex)):
        return None
    if not _has_head(core[:4], lex):
        return None
    return _make(text, _drop_anaphora(kept, lex), "after")


def _subject_next(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """The name starting at token ``at`` is followed by a verb: the subject of the clause, its post told before it."""
    j = at
    while j < len(tokens) and tokens[j].capitalised:
        j += 1
    return j < len(tokens) and lex.is_verb(tokens[j].text)


MAX_OWNER_TOKENS = 8


def _owner_before_post(core: list[Token], lex: Lexicon) -> int:
    """How many tokens open an apposition with the body owning the post, in the possessive ("NAME, New Zealand
    Labour Party's Spokesperson for ...", "NAME, the South African Communist Party (SACP)'s Secretary of ..."):
    capitalised words (links between them) up to one in the possessive, a title word after it; else 0."""
    if not core or _titleish(core[0], lex):
        return 0  # "NAME, Chairman of the National Committee of the Chinese People's ...": the post opens it
    for k, tok in enumerate(core[: MAX_OWNER_TOKENS + 1]):
        if _has_head([tok], lex):
            return 0
        if tok.possessive or (tok.text == "s" and k > 0 and core[k - 1].acronym):  # "(SACP)'s"
            return k + 1 if k + 1 < len(core) and _titleish(core[k + 1], lex) and core[0].capitalised else 0
        if not (tok.capitalised or tok.acronym or tok.lower in lex.connectors or tok.lower in lex.articles):
            return 0
    return 0


def _membership(core: list[Token], lex: Lexicon) -> bool:
    """"Albano Nunes, do Secretariado e Comissão Política": a seat on a body named after "of", with no
    title word (the style of the PCP's own reports)."""
    if len(core) < 2 or core[0].lower not in lex.membership_links:
        return False
    body = next((t for t in core[1:] if t.lower not in lex.articles), None)
    return body is not None and body.capitalised and (body.acronym or body.lower in lex.stopwords)


def is_additive(title: TitleHit, lex: Lexicon) -> bool:
    """An apposition that adds a further post ("also a vice president of the CPP")."""
    return title.text.split(" ", 1)[0].lower() in lex.additives


def title_before(text: str, name: NameHit, floor: int, name_ends: set[int], lex: Lexicon) -> TitleHit | None:
    """"the general secretary of the PSUV, NAME" back to the previous boundary."""
    honorific = "|".join(re.escape(h) for h in sorted(lex.honorifics, key=len, reverse=True)) or "(?!)"
    article = "|".join(re.escape(a) for a in sorted({*lex.articles, *lex.possessives}, key=len, reverse=True)
                       if a[-1:].isalpha()) or "(?!)"
    # "..., Mr NAME": an honorific between the comma and the name, maybe after an article ("le Président par intérim
    # du MPP, le Camarade Simon Compaoré", "le président de l'Assemblée nationale du Nicaragua, le docteur NAME")
    # or a possessive ("el rey de Arabia Saudita, Su Majestad NAME") (two may stand there: "..., compañero Dr.
    # Xaysomphone Phomvihane", "el emir de Qatar, Su Alteza Jeque NAME")
    lead_in = rf",[ \t]*(?:(?:(?:{article})[ \t]+)?(?:(?:{honorific})\.?[ \t]+){{1,2}})?$"
    m = re.search(lead_in, text[floor : name.start], re.IGNORECASE)
    if not m:
        return None
    comma = floor + m.start()
    tokens = tokenize(text, floor, comma)
    seg: list[Token] = []
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        nxt = seg[0] if seg else None
        listed = nxt is not None and re.fullmatch(r",[ \t]+", text[tok.end : nxt.start]) is not None
        # "the CCM Secretary for Ideology, Publicity and Training, Mr NAME": a list inside the title
        if nxt is not None and hard_gap(text, tok.end, nxt.start) and not (
            listed and _enumerated(seg, lex, lex.stopwords)
        ):
            break
        if nxt is None and hard_gap(text, tok.end, comma):
            break
        if tok.end in name_ends or tok.lower in lex.clause_breaks or tok.lower in lex.relatives:
            break
        if not tok.capitalised and lex.is_verb(tok.text):
            break
        post = seg[1] if len(seg) > 1 and seg[0].lower in lex.articles else seg[0] if seg else None
        if post is not None and tok.lower in lex.agent_words and _titleish(post, lex) and _has_head(seg, lex):
            break  # "recebido no Aeroporto Internacional ... pelo Ministro das Relações Exteriores, A"; "una
            # delegación ... encabezada por el viceministro del Departamento Internacional, B" (after an article)
        seg.insert(0, tok)
    # "Acompañaron al secretario general el vicepresidente de ..., NAME": the last article that opens
    # a title starts this name's title
    opened = [
        i + 1
        for i, tok in enumerate(seg[:-1])
        if i > 0 and tok.lower in lex.articles and _titleish(seg[i + 1], lex) and _has_head(seg[i + 1 :], lex)
        and _has_head(seg[:i], lex)
    ]
    if opened:
        return _make(text, _drop_anaphora(seg[opened[-1] :], lex), "before")
    for i, tok in enumerate(seg):
        start_tok = tok
        if tok.lower in lex.articles and i + 1 < len(seg):
            start_tok = seg[i + 1]
        at = seg.index(start_tok)
        # "the CCM Secretary for ...", "the ANC's head of ...": an acronym owning the title opens it
        owner = len(start_tok.bare) > 1 and start_tok.bare.isupper()
        owned = owner and at + 1 < len(seg) and _titleish(seg[at + 1], lex)
        if _titleish(start_tok, lex) or owned:
            rest = seg[i:] if owned and start_tok.possessive else seg[at:]
            if at > 0 and seg[at - 1].lower in lex.countries and seg[at - 1].capitalised:
                rest = seg[at - 1 :]  # "Pakistan Ambassador to China, NAME": the sender's country written first
            if _has_head(rest, lex):
                return _make(text, rest, "before")
            return None
    return None


def _drop_anaphora(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """"... de esa organización": a trailing back-reference adds nothing to the title."""
    if len(tokens) > 3 and tokens[-2].lower in lex.anaphora and tokens[-3].lower in lex.connectors:
        return tokens[:-3]
    return tokens


def title_prefix(
    text: str, name: NameHit, floor: int, lex: Lexicon, org_words: frozenset[str] = frozenset(),
    name_ends: frozenset[int] = frozenset(),
) -> TitleHit | None:
    """Title words written straight before the name: "Chinese Ambassador to Venezuela Li Baorong",
    "Chama Cha Mapinduzi (CCM) Secretary General Dr Emmanuel Nchimbi" (an honorific is skipped). After an "of" a
    capitalised word of a body's name the organisation table lacks belongs to it ("Vice Chairman of the Presidium
    of the Japanese Communist Party (JCP) Ogata Yasuo"), never one closing another name (``name_ends``)."""
    tokens = tokenize(text, floor, name.start)
    seg: list[Token] = []
    right = name.start
    bracketed = False
    skipping = True
    for at in range(len(tokens) - 1, -1, -1):
        tok = tokens[at]
        gap = text[tok.end : right]
        closing = not bracketed and bool(re.fullmatch(r"[ \t]*\)[ \t]*", gap))
        spaced = bool(re.fullmatch(r"[ \t]+", gap) or ((seg or closing) and re.fullmatch(r"[ \t]*[()][ \t]*", gap)))
        if closing and seg and seg[0].lower in lex.articles and seg[0].text[:1].isupper():
            break  # "Caracas, 2 may (PL) El presidente NAME": the bracket closes a dateline's agency, the article opens
        if closing:
            bracketed = True  # "Vice Chairman (Mainland) Mr NAME": a bracketed qualifier inside the title
        elif bracketed and "(" in gap:
            bracketed = False
        if not spaced and seg and not gap and tok.text[-1:] in "'’":
            spaced = True  # "ministre de l'Industrie alimentaire NAME": an elided article before the word
        if not spaced and seg and re.fullmatch(r",[ \t]+", gap) and _enumerated(seg, lex, org_words):
            spaced = True  # "Secretary for Ideology, Publicity and Training NAME": a list inside the title
        honorific = not seg and skipping and re.fullmatch(r"\.?[ \t]+", gap) and _honorific(tok, lex)
        if not spaced and not honorific:
            break
        w = tok.lower
        if not seg and skipping and _honorific(tok, lex):
            right = tok.start  # "Assoc. Prof. Dr NAME": every honorific before the name is skipped
            continue
        skipping = False
        if tok.end in name_ends or tok.lower in lex.weekdays:
            break  # "a rencontré mardi le ministre A": the day is no part of the post
        ok = (
            (bracketed and tok.capitalised)
            or _titleish(tok, lex)
            or w in lex.countries
            or _country_word(tok)
            or (bool(seg) and _country_pair(tokens, at, lex))
            or (bool(seg) and (w in lex.connectors or w in lex.articles or w in lex.conjunctions))
            or tok.acronym
            or (_org_word(tok, lex) and tok.bare.lower() in org_words)
            or _unknown_org_word(tokens, at, seg, lex, org_words)
            or _body_word(tok, seg, lex)
            or _remit_qualifier(tokens, at, lex)
        )
        if not ok:
            break
        seg.insert(0, tok)
        right = tok.start
    while seg and (
        seg[0].lower in lex.connectors
        or seg[0].lower in lex.articles
        or seg[0].lower in lex.conjunctions
        or not (_titleish(seg[0], lex) or seg[0].acronym or seg[0].bare.lower() in org_words or _country_word(seg[0]))
        or seg[0].lower in lex.weekdays
        or (seg[0].lower in lex.places and _told_as_place(text, seg[0], lex))  # "в Пекине генеральный секретарь"
    ):
        seg.pop(0)
    if not seg or not _has_head(seg, lex):
        return None
    return _make(text, seg, "prefix")


def _told_as_place(text: str, tok: Token, lex: Lexicon) -> bool:
    """Whether a city's word is the place of the sentence's "in <City>" (``location.in_place``)."""
    if not lex.location_cue:
        return False
    for m in lex.compiled(lex.location_cue).finditer(text, max(0, tok.start - 16), tok.end):
        if m.start("place") == tok.start:
            return True
    return False


def _unknown_org_word(tokens: list[Token], at: int, seg: list[Token], lex: Lexicon, org_words: frozenset[str]) -> bool:
    """A capitalised word the people table does not know, opening an organisation's name after "of the" and
    before a word of organisation names ("General Secretary of the Free Democratic Party NAME": "Free")."""
    tok = tokens[at]
    if not (tok.capitalised and seg and at > 0) or tok.lower in lex.function_words:
        return False
    return seg[0].capitalised and seg[0].bare.lower() in org_words and tokens[at - 1].lower in lex.articles


def _body_word(tok: Token, seg: list[Token], lex: Lexicon) -> bool:
    """A capitalised word, no function word nor verb, before an "of" the title already holds: a word of the body
    the post is of ("Presidium" of "Vice Chairman of the Presidium of the ...", "Construction" of "... of the Lao
    Front for National Construction (LFNC)"), or before the lower-case word qualifying it ("Mouvements" of
    "ministre des Communes et des Mouvements sociaux", ``_remit_qualifier``)."""
    if not tok.capitalised or tok.acronym or tok.lower in lex.function_words or lex.is_verb(tok.text):
        return False
    return any(t.lower in lex.connectors for t in seg) or (bool(seg) and _plain_word(seg[0], lex))


def _plain_word(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word of no word class of the grammar (an adjective: "extérieur", "sociaux")."""
    w = tok.lower
    return (
        not tok.capitalised
        and tok.bare.isalpha()
        and not _titleish(tok, lex)
        and w not in lex.function_words
        and w not in lex.connectors
        and w not in lex.articles
        and w not in lex.conjunctions
        and w not in lex.weekdays
        and not lex.is_verb(tok.text)
    )


def _remit_qualifier(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """In a language writing names with lower-case words, a lower-case adjective right after a capitalised word of a
    minister's remit: "Commerce extérieur", "Investissement étranger", "Mouvements sociaux" (the post and its
    country before them are read on)."""
    if not lex.lowercase_org_words or at == 0 or not _plain_word(tokens[at], lex):
        return False
    if not lex.remit_adjective or lex.compiled(lex.remit_adjective).search(tokens[at].lower) is None:
        return False  # "l'administrateur général du Pds feu A": "feu" (the late) tells of the man, not the body
    prev = tokens[at - 1]
    return prev.capitalised and not prev.acronym and prev.lower not in lex.function_words


def _continues_fields(text: str, kept: list[Token], rest: list[Token], lex: Lexicon) -> bool:
    """"NAME, Secretary for Ideology, Publicity and Training, said": after a comma the title goes on
    when it lists further fields (capitalised organisation words and a conjunction, up to a boundary)."""
    if not kept or not re.fullmatch(r",[ \t]+", text[kept[-1].end : rest[0].start]) or not _has_head(kept, lex):
        return False
    if not (kept[-1].capitalised and kept[-1].lower in lex.stopwords and kept[-1].lower not in lex.title_words):
        return False
    run: list[Token] = []
    for tok in rest:
        if run and hard_gap(text, run[-1].end, tok.start):
            break
        run.append(tok)
    return _enumerated(run, lex, lex.stopwords)


def _enumerated(seg: list[Token], lex: Lexicon, org_words: frozenset[str]) -> bool:
    """Whether the words after a comma in a prefix title continue a list of fields ("Publicity and
    Training"): capitalised organisation words joined by a conjunction, no title head yet."""
    if _has_head(seg, lex) or not any(t.lower in lex.conjunctions for t in seg):
        return False
    return all(t.lower in lex.conjunctions or (t.capitalised and t.bare.lower() in org_words) for t in seg)


def _org_word(tok: Token, lex: Lexicon) -> bool:
    """A token that may belong to an organisation's name: capitalised, or (in a language that writes
    names in lower case, "Parti communiste chinois") any word but a function word."""
    return tok.capitalised or (lex.lowercase_org_words and tok.lower not in lex.function_words)


def _honorific(tok: Token, lex: Lexicon) -> bool:
    return tok.lower.rstrip(".") in lex.honorifics


def singular(word: str, lex: Lexicon) -> str:
    """A plural title word as a list header uses it ("deputies" -> "deputy", "diputados" -> "diputado")."""
    w = word.lower()
    candidates = [w]
    for ending, singular_ending in lex.plural_endings:
        if w.endswith(ending):
            candidates.append(w[: -len(ending)] + singular_ending)
    for c in candidates:
        if c in lex.title_words:
            return c
    return w


# A list's items after the first: a bracketed qualifier may close the name before ("A (coordination des ministères
# politiques) et B"), then a comma, a conjunction or both.
_ITEM_GAP = r"(?:[ \t]*\([^()\n]{{0,80}}\))?[ \t]*(?:,[ \t]*(?:(?:{conj})[ \t]+)?|[ \t]+(?:{conj})[ \t]+)"
MAX_PLURAL_POST_TOKENS = 10


def listed_names(text: str, hits: list[NameHit], lex: Lexicon) -> list[list[NameHit]]:
    """The runs of two names or more a sentence lists ("Pedro Infante y América Pérez", "A (...) et B (...)")."""
    conj = "|".join(re.escape(c) for c in sorted(lex.conjunctions, key=len, reverse=True)) or "(?!)"
    gap = lex.cased(_ITEM_GAP.format(conj=conj))  # (compiled once per language, not per sentence)
    runs: list[list[NameHit]] = []
    for hit in hits:
        if runs and gap.fullmatch(text, runs[-1][-1].end, hit.start):
            runs[-1].append(hit)
        else:
            runs.append([hit])
    return [run for run in runs if len(run) >= 2]


def plural_post(text: str, first: NameHit, floor: int, lex: Lexicon) -> TitleHit | None:
    """A post in the plural written straight before a list of its holders ("los vicepresidentes del órgano
    legislativo venezolano A y B"): each holder's title, its head in the singular. Not one set off by a comma ("les
    deux vice-présidents burundais, A (...) et B (...)"): read so, a third country's place an event before gave stayed
    theirs, and real-dev's French locations fell. The plural head, in lower case, opens the post after an article, a
    numeral or a possessive and is qualified (a bare "les deux ministres" is not); no verb, clause break or hard gap
    stands between it and the list."""
    end = first.start
    if not re.search(r"\w[ \t]+$", text[floor:end]):
        return None  # set off by a comma ("les deux vice-présidents burundais, A et B"): the hosts' reading places them
    tokens = tokenize(text, floor, end)[-MAX_PLURAL_POST_TOKENS:]
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        if tok.lower in lex.clause_breaks or tok.lower in lex.relatives:
            return None
        if not tok.capitalised and lex.is_verb(tok.text):
            return None
        if k + 1 < len(tokens) and hard_gap(text, tok.end, tokens[k + 1].start):
            return None
        prefix, _, last = tok.text.rpartition("-")  # "vice-présidents"
        if last.lower() not in lex.plural_title_heads:
            continue
        head = singular(last, lex)
        if head not in lex.title_heads or tok.capitalised or k == 0:
            return None
        head = f"{prefix}-{head}" if prefix else head
        before = tokens[k - 1].lower
        if before not in lex.articles and before not in lex.possessives and not before.isdigit() \
                and before not in lex.function_words:  # "les deux", "los", "sus", "the two"
            return None
        if k == len(tokens) - 1:
            return None  # "les deux ministres, A et B": a bare head says less than each one's own title
        rest = text[tok.end : tokens[-1].end]
        return TitleHit(tok.start, tokens[-1].end, head + rest, "before")
    return None
