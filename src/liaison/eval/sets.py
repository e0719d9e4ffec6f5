"""The gold sets the quality gate holds to floors: where their gold, articles and floors live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from liaison.eval.scorer import GroupBy


@dataclass(frozen=True)
class GoldSet:
    """A gold file, the articles it annotates, the floors file that guards its figures, and what it is."""

    name: str
    gold: Path
    articles: tuple[Path, ...]
    floors: Path
    only_gold: bool  # build only the gold's documents out of a larger corpus
    about: str
    by: GroupBy = "language"  # how its floors are grouped: per language, or per slice (outlet family)

    def available(self) -> bool:
        has_gold = self.gold.is_file() or (self.gold.is_dir() and any(self.gold.glob("*.gold.jsonl")))
        return has_gold and all(p.exists() for p in self.articles)


# name -> (gold, articles, only_gold, about); "@shared/" and "@quality/" are resolved by gold_sets()
_SETS: dict[str, tuple[str, tuple[str, ...], bool, str]] = {
    "dev": (
        "@shared/eval/dev-gold.jsonl", ("@shared/eval/dev.jsonl",), False,
        "the shared dev set; the extractors were developed against it, so it guards against regressions "
        "rather than measuring unseen articles",
    ),
    "heldout": (
        "@quality/heldout-gold.jsonl", ("@shared/corpus/xwlb-2022-2026.jsonl.gz",), True,
        "40 CCTV archive items we sampled and annotated blind (`quality/HELDOUT.md`); some extractor "
        "patterns were chosen after its first error report, so it is no longer strictly blind",
    ),
    "heldout-2": (
        "@quality/heldout-2/gold.jsonl", ("@shared/corpus/xwlb-2022-2026.jsonl.gz",), True,
        "40 more CCTV archive items sampled and annotated blind (`quality/heldout-2/README.md`); its articles "
        "and gold were not read while developing the Chinese extractor",
    ),
    "synthetic": (
        "@quality/synthetic/gold.jsonl", ("@quality/synthetic/articles.jsonl",), False,
        "English and Spanish articles in the genre's styles, written and annotated blind by us "
        "(`quality/synthetic/README.md`); the English/Spanish extractors were then tuned on it",
    ),
    "synthetic-2": (
        "@quality/synthetic-2/gold.jsonl", ("@quality/synthetic-2/articles.jsonl",), False,
        "a further blind set of English, Spanish and Portuguese articles in varied styles "
        "(`quality/synthetic-2/README.md`), since used for developing the English/Spanish extractors",
    ),
    "synthetic-test": (
        "@quality/synthetic-test/gold.jsonl", ("@quality/synthetic-test/articles.jsonl",), False,
        "English and Spanish articles we wrote blind and never read while developing "
        "(`quality/synthetic-test/README.md`); written by us, so a regression test rather than a measure of real text",
    ),
    "synthetic-it": (
        "@quality/synthetic-it/gold.jsonl", ("@quality/synthetic-it/articles.jsonl",), False,
        "Italian articles (Xinhua and CRI in Italian, Italian party press) written and annotated by the helper who "
        "added Italian, before its language file existed (`quality/synthetic-it/README.md`); not blind",
    ),
    "synthetic-ru": (
        "@quality/synthetic-ru/gold.jsonl", ("@quality/synthetic-ru/articles.jsonl",), False,
        "Russian articles (TASS, RIA Novosti, Xinhua in Russian, KPRF.ru) written and annotated by the helper who "
        "added Russian, before its language file existed (`quality/synthetic-ru/README.md`); not blind",
    ),
}
# Real articles, one slice per outlet family: a folder of ``<slice>.gold.jsonl`` files beside the
# restated web articles (``<slice>.articles.jsonl``) and gold keyed by id into the shared KCNA and
# readout corpora. Grouped by slice; see ``quality/real-dev/README.md``.
_REAL_ARTICLES = (
    "@quality/{name}/*.articles.jsonl", "@shared/corpus/kcna-en-2023-2024.jsonl.gz",
    "@shared/corpus/wh-readouts-2021-2025.jsonl.gz",
)
_REAL: dict[str, str] = {
    "real-dev": "real articles from the field's outlets (web pages restated, KCNA and readout items by id), "
    "sampled by address hash (`scripts/url_guard.py`); the extractors are developed against it",
    "real-test": "real articles sampled the same way and annotated blind by someone who does not develop the "
    "extractors (`quality/real-test/README.md`): the fairest figure for unseen text",
    "real-test-2": "a second blind set of real web pages, sampled and annotated the same way by someone who neither "
    "develops the extractors nor ran them on it (`quality/real-test-2/README.md`)",
}
# Real sets measured with ``--set`` but held to no floors (neither the quality gate nor the README tables
# include them): a new sample whose first measurement is the unseen figure.
_MEASURED: dict[str, str] = {
    "real-dev-multi": "real web pages each telling several exchanges (a summit's bilateral meetings, a delegation's "
    "programme, roundups of messages), annotated before the extractor was run on them "
    "(`quality/real-dev-multi/README.md`)",
    "real-dev-multi-2": "a second set of real web pages each telling several exchanges (summits' bilateral series, "
    "delegations' programmes, roundups of messages and calls), annotated before the extractor was run on them "
    "(`quality/real-dev-multi-2/README.md`)",
    "real-dev-multi-3": "a third set of real web pages each telling several exchanges (roundups of messages and calls, "
    "summits' bilateral series, a visit's meetings), annotated before the extractor was run on them "
    "(`quality/real-dev-multi-3/README.md`)",
    "real-dev-4": "a fresh sample of real web pages taken the way real-test was (search order, every kind of "
    "exchange, a few negatives), annotated before the extractor was run on them: an unseen judge for one session "
    "(`quality/real-dev-4/README.md`)",
    "real-dev-msg": "a fresh sample of real web pages about messages and calls (congratulations, condolences, replies, "
    "roundups of senders, phone calls), taken the way real-test was and annotated before the extractor was run on them "
    "(`quality/real-dev-msg/README.md`)",
    "real-dev-5": "a fresh sample of real web pages taken the way real-test was, Chinese and Spanish heavy (search "
    "order, every kind of exchange, a few negatives), annotated before the extractor was run on them "
    "(`quality/real-dev-5/README.md`)",
    "real-dev-visit": "a fresh sample of real web pages about visits, study tours, arrivals and seminars/briefings "
    "(search order, a few negatives), annotated before the extractor was run on them "
    "(`quality/real-dev-visit/README.md`)",
    "real-dev-6": "a fresh sample of real web pages in English and Portuguese taken the way real-test was (varied "
    "queries: outlets, parties, officials, kinds; a few negatives), annotated before the extractor was run on them "
    "(`quality/real-dev-6/README.md`)",
    "real-dev-7": "a fresh sample of real web pages in Chinese and French taken the way real-test was (varied "
    "queries: outlets, parties, officials, kinds; a few negatives), annotated before the extractor was run on them "
    "(`quality/real-dev-7/README.md`)",
    "real-dev-8": "a fresh sample of real web pages in Spanish and Portuguese taken the way real-test was (varied "
    "queries: outlets, parties, officials, years; a few negatives), annotated before the extractor was run on them "
    "(`quality/real-dev-8/README.md`)",
    "real-dev-9": "a fresh sample of real English web pages taken the way real-test was (varied queries: Asian, "
    "African, South Asian and Cuban outlets, parties, officials; a few negatives), annotated before the extractor was "
    "run on them (`quality/real-dev-9/README.md`)",
    "real-dev-10": "a fresh sample of real web pages in five languages taken the way real-test was (varied queries: "
    "outlets, parties, officials, kinds; a few negatives), annotated before the extractor was run on them; a judge "
    "until session 29, developed on since (`quality/real-dev-10/README.md`)",
    "real-dev-11": "a fresh sample of real web pages in five languages taken the way real-test was, two thirds of "
    "them telling several exchanges (roundups, a visit's meetings, 'met A and then B'), a few negatives; annotated "
    "before the extractor was run on them; a judge until session 29, developed on since "
    "(`quality/real-dev-11/README.md`)",
    "real-dev-12": "a fresh sample of real web pages about roundups (congratulation and condolence messages from many "
    "senders, 'also' further acts, a meeting widened to ministers) in five languages, taken in search order and "
    "annotated before the extractor was run on them (`quality/real-dev-12/README.md`)",
    "real-dev-13": "a fresh sample of Chinese web pages (agency copies, Taiwan, Hong Kong, Vietnamese and Malaysian "
    "outlets, provincial offices; about half telling several exchanges), taken in search order and annotated before "
    "the extractor was run on them (`quality/real-dev-13/README.md`)",
    "real-dev-14": "a fresh sample of real Spanish (and a few Portuguese) web pages, half of them telling several "
    "exchanges (a visit's meetings, 'also met', a roundup of messages), taken in search order and annotated before "
    "the extractor was run on them (`quality/real-dev-14/README.md`)",
    "real-dev-15": "a fresh sample of real English web pages taken in search order from varied outlets (Asian, "
    "African, South Asian, Cuban and Chinese; half telling several exchanges or one-sided ones: seminars, briefings, "
    "visits, video calls, delegations), annotated before the extractor was run on them "
    "(`quality/real-dev-15/README.md`)",
    "real-dev-16": "a fresh sample of real Italian and Russian web pages (party and state outlets, Vietnamese "
    "Russian-language services; meetings, talks, visits, messages and roundups, a few negatives), taken in search "
    "order and annotated before the extractor was run on them (`quality/real-dev-16/README.md`)",
    "real-dev-17": "a fresh sample of real French web pages (Vietnamese, Chinese, Maghreb, African and Lebanese "
    "outlets), a third of them telling several exchanges, two negatives; taken in search order and annotated before "
    "the extractor was run on them (`quality/real-dev-17/README.md`)",
    "real-dev-18": "a fresh sample of real web pages in seven languages (en, es, zh, pt, fr, it, ru) taken in search "
    "order and annotated before the extractor was run on them; a judge until session 29, developed on since "
    "(`quality/real-dev-18/README.md`)",
    "real-dev-22": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), the next "
    "session's judge: taken in search order, annotated before the extractor was run on them; a judge until "
    "session 29, developed on since (`quality/real-dev-22/README.md`)",
    "real-dev-23": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), the next "
    "session's judge: taken in search order, annotated before the extractor was run on them; a judge until "
    "session 29, developed on since (`quality/real-dev-23/README.md`)",
    "real-dev-24": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), the next "
    "session's judge: taken in search order, annotated before the extractor was run on them; a judge until "
    "session 30, developed on since (`quality/real-dev-24/README.md`)",
    "real-dev-25": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), the next "
    "session's judge: taken in search order, annotated before the extractor was run on them; a judge until "
    "session 30, developed on since (`quality/real-dev-25/README.md`)",
    "real-dev-26": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), the next "
    "session's judge: taken in search order, annotated before the extractor was run on them; a judge until "
    "session 31, developed on since (`quality/real-dev-26/README.md`)",
    "real-dev-27": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), the next "
    "session's judge: taken in search order, annotated before the extractor was run on them; a judge until "
    "session 31, developed on since (`quality/real-dev-27/README.md`)",
    "real-dev-28": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), the next "
    "session's judge: taken in search order, annotated before the extractor was run on them, measured once and not "
    "developed on (`quality/real-dev-28/README.md`)",
    "real-dev-29": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), the next "
    "session's judge: taken in search order, annotated before the extractor was run on them, measured once and not "
    "developed on (`quality/real-dev-29/README.md`)",
    "real-dev-30": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), the next "
    "session's judge: taken in search order, annotated before the extractor was run on them; a judge until "
    "session 33, developed on since (`quality/real-dev-30/README.md`)",
    "real-dev-31": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), party "
    "diplomacy first, the next session's judge: taken in search order, annotated before the extractor was run on them; "
    "a judge until session 34, developed on since (`quality/real-dev-31/README.md`)",
    "real-dev-32": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), party "
    "diplomacy first, the next session's judge: taken in search order, annotated before the extractor was run on them, "
    "measured once and not developed on (`quality/real-dev-32/README.md`)",
    "real-dev-33": "a fresh unseen sample of real web pages in seven languages (en, zh, es, pt, fr, it, ru), party "
    "diplomacy first, then state calls the same outlets report, the next session's judge: taken in search order, "
    "annotated before the extractor was run on them, measured once and not developed on "
    "(`quality/real-dev-33/README.md`)",
    "real-dev-ru": "a fresh sample of real Russian web pages (Xinhua, TASS, RIA Novosti, Interfax, the Vietnamese news "
    "agency, KPRF sites, Russian and Venezuelan politics; meetings, talks, arrivals, three negatives), taken in search "
    "order and annotated before the extractor was run on them (`quality/real-dev-ru/README.md`)",
    "real-dev-pt": "a fresh sample of real Portuguese web pages (Brazilian, Portuguese, Angolan and Macau outlets, "
    "Xinhua and CRI in Portuguese, Lusa, DW, Euronews; meetings with Cuba, Venezuela, Russia, the DPRK, China and "
    "Timor-Leste, messages, phone calls, an agreement, three negatives), taken in search order and annotated before "
    "the extractor was run on them (`quality/real-dev-pt/README.md`)",
    "real-dev-it": "a fresh sample of real Italian web pages (CRI, ANSA and Xinhua copies, Agenzia Nova, Adnkronos, "
    "LaPresse, Italpress, Italian communist party sites; meetings, talks, calls, messages, an arrival, a third telling "
    "several exchanges, two negatives), taken in search order and annotated before the extractor was run on them "
    "(`quality/real-dev-it/README.md`)",
    "real-dev-fr": "a fresh sample of real French web pages (Cameroonian, Senegalese, Algerian, Moroccan, "
    "Congolese, Malian, Haitian, Togolese and Vietnamese outlets, a Chinese embassy, CGTN, People's Daily, Reuters, "
    "Sputnik; meetings, talks, calls, messages, an arrival, three negatives), taken in search order and annotated "
    "before the extractor was run on them (`quality/real-dev-fr/README.md`)",
    "real-dev-20": "a fresh sample of real English web pages (African, Vietnamese, Mongolian, Syrian, Nepali, "
    "Cambodian and Chinese outlets and embassies; meetings with attendees, messages, calls, visits, several exchanges "
    "a page, "
    "three negatives), taken in search order and annotated before the extractor was run on them "
    "(`quality/real-dev-20/README.md`)",
    "real-dev-19": "a fresh sample of Chinese web pages (IDCPC, provincial papers, Taiwanese, Korean and embassy "
    "outlets, forum and blog reprints; a roundup of messages, a 'separately met' programme, attendees, seminars "
    "with one named side, three negatives), taken in search order and annotated before the extractor was run on "
    "them (`quality/real-dev-19/README.md`)",
    "real-dev-21": "a fresh sample of real Spanish (and a few Portuguese) web pages (Cuban, Venezuelan, Chilean, "
    "Paraguayan, Brazilian and agency outlets; foreign ministers' rounds, roundups of meetings, condolence letters, "
    "receptions, three negatives), taken in search order and annotated before the extractor was run on them "
    "(`quality/real-dev-21/README.md`)",
    "real-dev-es": "a fresh sample of real Spanish web pages away from the party and agency press of the earlier "
    "Spanish sets (Mexican, Argentine, Chilean, Colombian, Dominican and Spanish outlets; presidents' and foreign "
    "ministers' meetings, calls, a condolence letter, several exchanges a page, three negatives), taken in search "
    "order and annotated before the extractor was run on them (`quality/real-dev-es/README.md`)",
    "real-dev-es-2": "a second fresh sample of real Spanish web pages (Cuban, Venezuelan, Nicaraguan, Bolivian, "
    "Mexican, Panamanian, Chilean, Uruguayan and Spanish outlets, Vietnamese press in Spanish; party receptions, "
    "credentials, parliaments' meetings, a call, messages, an airport welcome, a conference, several exchanges a page, "
    "three negatives), taken in search order and annotated before the extractor was run on them "
    "(`quality/real-dev-es-2/README.md`)",
    "real-dev-en": "a fresh sample of real English web pages away from the outlets real-dev holds most of (Mongolian, "
    "Vietnamese, Kazakh, Serbian, Ethiopian, Nigerian, Ghanaian, Pakistani, Nepali, Cambodian and Venezuelan outlets, "
    "Xinhua copies, CCTV+, AFP copies; receptions of ambassadors, talks, a phone call, messages, a party delegation, "
    "several exchanges a page, three negatives), taken in search order and annotated before the extractor was run on "
    "them (`quality/real-dev-en/README.md`)",
    "real-dev-en-2": "a second fresh sample of real English web pages (Kenyan, Pakistani, Nepali, Malawian, "
    "Zambian, Botswanan, Zimbabwean, Ethiopian, Nigerian and Indian outlets, Vietnamese agency pages, Global Times, "
    "China SCIO; ambassadors' calls on party leaders, party delegations, a parliament's welcome and talks, messages, "
    "a foreign minister's round, symposiums, several exchanges a page, three negatives), taken in search order and "
    "annotated before the extractor was run on them (`quality/real-dev-en-2/README.md`)",
    "real-dev-zh": "a fresh sample of real Chinese web pages away from the CCTV items (IDCPC, MFA and embassy items, "
    "Xinhua reprints, Vietnamese agency pages in Chinese, Hong Kong and Taiwanese outlets; party delegations, "
    "talks, a call, messages, an airport welcome, a visit, several exchanges a page, three negatives), taken in "
    "search order and annotated before the extractor was run on them (`quality/real-dev-zh/README.md`)",
    "real-dev-zh-2": "a second fresh sample of real Chinese web pages, most in traditional script (Hong Kong, Macau, "
    "Taiwanese, Malaysian and overseas outlets; Vietnamese agency pages in Chinese, provincial papers; airport "
    "welcomes, talks, a call, several exchanges a page, three negatives), taken in search order and annotated before "
    "the extractor was run on them (`quality/real-dev-zh-2/README.md`)",
    "real-dev-ptfr": "a fresh sample of real Portuguese and French web pages away from the earlier Portuguese and "
    "French sets (Portuguese, Angolan, Timorese, Macau, Guinea-Bissau and Brazilian outlets, Xinhua in Portuguese; "
    "Algerian, Moroccan, Tunisian, Malian, Burkinabè, Cameroonian and Chinese outlets in French, Jeune Afrique; "
    "audiences, talks, a call, an airport welcome, party delegations, several exchanges a page, four negatives), "
    "taken in search order and annotated before the extractor was run on them (`quality/real-dev-ptfr/README.md`)",
    "real-dev-zh-3": "a third fresh sample of real Chinese web pages away from the first two's outlets (Vietnamese "
    "party and agency pages, Singapore and Malaysian Chinese press, a city's foreign-affairs office, provincial and "
    "archive reprints, Korean and Taiwanese agencies; legislators' meetings, airport welcomes and send-offs, a "
    "leader's day of meetings, several exchanges a page, three negatives), taken in search order and annotated "
    "before the extractor was run on them (`quality/real-dev-zh-3/README.md`)",
}
SET_NAMES: tuple[str, ...] = (*_SETS, *_REAL)
MEASURED_SET_NAMES: tuple[str, ...] = tuple(_MEASURED)
ALL_SET_NAMES: tuple[str, ...] = (*SET_NAMES, *MEASURED_SET_NAMES)
#: Sets no one develops on: the blind tests and the judges of past and present sessions.
NOT_DEVELOPED: frozenset[str] = frozenset({
    "real-test", "real-test-2", "real-dev-32", "real-dev-33"})
#: The real sets the analysis scripts pool (fit/check halves, ablation, missed people).
DEV_SET_NAMES: tuple[str, ...] = ("real-dev", *(n for n in MEASURED_SET_NAMES if n not in NOT_DEVELOPED))


def gold_sets(repo: Path, shared: Path, *, measured: bool = False) -> dict[str, GoldSet]:
    """Every gold set held to floors, with paths resolved against the repository and the shared data folder;
    with ``measured`` also the sets measured without floors (``MEASURED_SET_NAMES``)."""
    quality = repo / "quality"

    def path(spec: str) -> Path:
        root, _, rest = spec.partition("/")
        return (shared if root == "@shared" else quality) / rest

    def floors(name: str) -> Path:
        return quality / ("floors.json" if name == "dev" else f"{name}-floors.json")

    def paths(spec: str) -> tuple[Path, ...]:
        if "*" not in spec:
            return (path(spec),)
        found = path(spec)
        return tuple(sorted(found.parent.glob(found.name)))

    sets = {
        name: GoldSet(name, path(gold), tuple(path(a) for a in articles), floors(name), only_gold, about)
        for name, (gold, articles, only_gold, about) in _SETS.items()
    }
    real = {**_REAL, **_MEASURED} if measured else _REAL
    for name, about in real.items():
        articles = tuple(p for spec in _REAL_ARTICLES for p in paths(spec.format(name=name)))
        sets[name] = GoldSet(name, quality / name, articles, floors(name), True, about, "slice")
    return sets
