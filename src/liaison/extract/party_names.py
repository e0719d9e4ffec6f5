"""Party names recognised by their form, for parties the gazetteer does not know (issue 14).

Chinese: a country name followed by a name ending in 党 (``南非共产党``, ``尼泊尔共产党（毛主义中心）``),
or, in a chain whose holder's country is known, a segment opening with such a name (``人民党主席`` for a
Spanish holder -> ``西班牙人民党``). Latin script: "… Party", "Party of …", "Partido …", "Parti …",
"Frente …", "Movimiento …" (and Portuguese/French kin), made of capitalised words and the particles
that join them. Generic phrases (执政党, 反对党, 两党, "the ruling party") are no party names.

Each name becomes a party ``OrgRef`` with a stable key, ``auto:<country>:<folded name>``, so the
same name from any document is one entity in the store and can be linked to Party Facts.
"""

from __future__ import annotations

import re
import unicodedata

from liaison.kb.party_translation import is_chinese_name, translate_party
from liaison.model.types import OrgRef, Span

# -- Chinese ------------------------------------------------------------------------------------
_ZH_BODY = r"[\u4e00-\u9fff（）()·]{1,14}?党(?:（[\u4e00-\u9fff·]{1,8}）)?"
_ZH_TAIL = r"(?![委校组员派内外务性建风纪章史]|国际)"  # 社会党国际: the Socialist International
# fronts, movements, unions and congresses are parties only where a party post follows them
# (乌干达全国抵抗运动总书记, 塞内加尔争取共和联盟主席, 也门全国人民大会副总书记, 东帝汶独立革命阵线总书记)
_ZH_MOVEMENT = (
    r"[\u4e00-\u9fff·\-－]{1,16}?(?:阵线|运动|联盟|同盟|国民大会|人民大会|进步大会|民主大会)"
    r"(?:[（(][\u4e00-\u9fff·\-－]{1,10}[）)])?"
)
_ZH_PARTY_POST = (
    r"(?=(?:全国|中央|中央委员会|全国执委会|全国执行委员会)?"
    r"(?:主席|副主席|总主席|全国主席|总书记|副总书记|联合总书记|第一书记|全国书记|执行书记|常务书记|领袖|领导人|秘书长|政治局|"
    r"总协调员))"
)
_ZH_NOT_MOVEMENT = re.compile(
    r"祖国阵线|建国阵线|议员|友好|协会|工会|商会|青年|妇女|学生|组织|委员会|国家联盟|经社|理事会|执政联盟|反对派|武装"
)
_ZH_TABLES: dict[str, object] = {}


def _zh_tables() -> tuple[dict[str, tuple[str, str]], dict[str, str], re.Pattern[str]]:
    """The country table (imported late: the Chinese package imports this module), each country's
    first form, and the country-prefixed pattern."""
    if not _ZH_TABLES:
        from liaison.extract.zh.countries import COUNTRIES

        first: dict[str, str] = {}
        for form, (iso, _en) in COUNTRIES.items():
            first.setdefault(iso, form)
        forms = sorted((f for f, (iso, _e) in COUNTRIES.items() if iso not in ("CN", "TW", "HK", "MO")),
                       key=len, reverse=True)
        _ZH_TABLES.update(countries=COUNTRIES, first=first,
                          rx=re.compile("(" + "|".join(map(re.escape, forms)) + ")(" + _ZH_BODY + ")" + _ZH_TAIL),
                          movement=re.compile("(" + "|".join(map(re.escape, forms)) + ")(" + _ZH_MOVEMENT + ")"
                                              + _ZH_PARTY_POST))
    return _ZH_TABLES["countries"], _ZH_TABLES["first"], _ZH_TABLES["rx"]  # type: ignore[return-value]


_ZH_NAME_WORDS = re.compile(r"全国|全体|共和")


def _zh_movements(text: str) -> list[tuple[Span, str, str]]:
    """(span, name, ISO country) of the fronts, movements, unions and congresses a party post follows."""
    countries, first, _rx = _zh_tables()
    out: list[tuple[Span, str, str]] = []
    for m in _ZH_TABLES["movement"].finditer(text):  # type: ignore[attr-defined]
        body = m.group(2)
        # 全国 and 共和 are words of such names (全国抵抗运动, 争取共和联盟), not function words
        if _ZH_NOT_MOVEMENT.search(body) or len(body) < 3 or not _zh_name_ok(_ZH_NAME_WORDS.sub("甲", body)):
            continue
        iso = countries[m.group(1)][0]
        out.append(((m.start(), m.end()), first.get(iso, m.group(1)) + body, iso))
    return out


_ZH_OPENING = re.compile(r"^([\u4e00-\u9fff（）()·]{1,10}?党)" + _ZH_TAIL)
# function words and generic qualifiers: 执政党, 各政党, 同为共产党, 新一届党中央 are no names
_ZH_NOT_NAME = re.compile(
    r"[的和与同是都在对各两等致及将则为要就向从被把我其该本全这那已也还并又而或]|执政|在野|反对|多数|少数|政党|朝野|主要|一届|"
    r"极右|极左|右翼|左翼|议院|议会|国会|政府|总统|总理|主席|书记|领导|中央|前"
)
_ZH_SHORT_NAMES = frozenset({"工党", "绿党", "红党", "白党"})  # 工党领袖 of an Irish holder: Ireland's Labour
_ZH_SPLIT = re.compile(r"[、，,；;兼\s]")


def zh_party_names(text: str, country: str | None = None) -> list[tuple[Span, str, str]]:
    """(span, name, ISO country) of the party names in a Chinese chain or sentence, in order."""
    countries, first, prefixed = _zh_tables()
    out: list[tuple[Span, str, str]] = []
    taken: list[Span] = []
    for m in prefixed.finditer(text):
        iso = countries[m.group(1)][0]
        body = m.group(2)
        if _zh_name_ok(_ZH_NAME_WORDS.sub("甲", body[: body.index("党")] if "党" in body else body)):
            span = (m.start(), m.end())
            out.append((span, first.get(iso, m.group(1)) + body, iso))
            taken.append(span)
    for span, name, iso in _zh_movements(text):
        if not any(a < span[1] and span[0] < b for a, b in taken):
            out.append((span, name, iso))
            taken.append(span)
    if country and country != "CN" and country in first:
        pos = 0
        for seg in _ZH_SPLIT.split(text):
            start = text.find(seg, pos)
            pos = start + len(seg)
            if not seg or any(a <= start < b for a, b in taken) or any(seg.startswith(f) for f in countries):
                continue  # a segment opening with a country name was read (or rejected) above
            opening = _ZH_OPENING.match(seg)
            if opening and _zh_name_ok(opening.group(1)[:-1]) and (
                len(opening.group(1)) >= 3 or opening.group(1) in _ZH_SHORT_NAMES
            ):
                out.append(((start, start + opening.end()), first[country] + opening.group(1), country))
    out.sort()
    return out


_ZH_NOT_OPENING = ("中央", "中共", "中国", "中方", "中联", "副")  # 中间党 (Finland's Centre Party) is a name


def _zh_name_ok(middle: str) -> bool:
    return (bool(middle) and not _ZH_NOT_NAME.search(middle + "党") and not middle.startswith(_ZH_NOT_OPENING)
            and not re.search(r"第|届|中[英法德美俄日韩]", middle))


# -- Latin script -------------------------------------------------------------------------------
_CAP = r"[A-ZÁÉÍÓÚÑÇÂÊÔÃÕÀÈÜ][\w'’-]*"
_JOIN = r"(?:of|for|the|de|del|de la|de los|de las|do|da|dos|das|du|des|d'|al|a la|pour|para|por|la|le|los|las)"
_SUFFIX = rf"(?:\s+(?:{_JOIN}\s+)*{_CAP})"
_LATIN = re.compile(
    rf"\b((?:{_CAP}\s+){{1,6}}Party(?:\s+of(?:\s+the)?\s+{_CAP}(?:\s+{_CAP})*)?"
    rf"|(?:Partido|Parti|Partit|Frente|Movimiento|Movimento|Mouvement){_SUFFIX}+)"
)
_LATIN_HEADS = ("Party", "Parti", "Partido", "Partit", "Frente", "Movimiento", "Movimento", "Mouvement")
_GENERIC_LEADS = re.compile(
    r"^(?:The|A|An|His|Her|Its|Their|Our|Ruling|Opposition|Governing|Main|Major|Minor|Each|Every|Both|Former|"
    r"El|La|Los|Las|Le|Les|Un|Una|Une|O|Os|Del|Al)\s+",
)


def latin_party_names(text: str) -> list[tuple[Span, str]]:
    """(span, name) of the party names in Latin-script text, in order."""
    out: list[tuple[Span, str]] = []
    for m in _LATIN.finditer(text):
        name = m.group(1)
        start = m.start(1)
        while (g := _GENERIC_LEADS.match(name)) is not None:
            name = name[g.end():]
            start += g.end()
        words = name.split()
        if len(words) < 3:
            continue  # "Party" alone, or a bare kind ("Partido Comunista", "Communist Party") cut from a longer name
        if words[-1] in _LATIN_HEADS and words[0] in _LATIN_HEADS:
            continue
        if words[0] in _LATIN_HEADS and words[-1] in _LATIN_HEADS:
            continue
        out.append(((start, start + len(name)), name))
    return out


# -- entities -----------------------------------------------------------------------------------
def party_key(name: str, country: str | None) -> str:
    """The stable key of a party known only by its name: ``auto:<country>:<folded name>``. A Chinese name
    the party grammar translates is keyed by its derived English name, so that the forms of one party
    (孟加拉国共产党（马列） and …（马克思列宁主义）, 亚美尼亚共和党 and 亚美尼亚共和国共和党) are one entity."""
    if is_chinese_name(name) and (derived := translate_party(name, country)) is not None:
        name = derived.en
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = re.sub(r"[\s'’.,()（）·-]+", " ", folded).strip().replace(" ", "-")
    return f"auto:{country or 'xx'}:{folded}"


def party_ref(name: str, country: str | None, span: Span | None = None) -> OrgRef:
    """A party entity for a name the gazetteer does not know."""
    return OrgRef(key=party_key(name, country), name=name, kind="party", country=country, span=span)


__all__ = ["latin_party_names", "party_key", "party_ref", "zh_party_names"]
