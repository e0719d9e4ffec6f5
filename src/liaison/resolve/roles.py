"""Roles named by titles in any language: one key for "general secretary", "secretario general" and 总书记.

A title is a chain of posts (``中共中央政治局常委、中央书记处书记``; "general secretary of the PSUV
and president of the Republic"); each post whose head word is known gives a role key, deputies
prefixed (``deputy:prime_minister``). Positions (``positions``) merge rows of one person whose
titles give the same roles at the same organisation, whatever the language; person matching uses
the roles two reports of one event give (``scoring``). Words are folded (no case, no accents).
"""

from __future__ import annotations

import re
from functools import lru_cache

from liaison.resolve.names import fold_name, is_cjk

# role -> Latin head phrases (folded: English, Spanish, French, Portuguese)
_LATIN_ROLES: dict[str, tuple[str, ...]] = {
    "general_secretary": (
        "general secretary", "secretary general", "secretario general", "secretaria general",
        "secretaire general", "secretario geral", "secretaria geral",
    ),
    "first_secretary": ("first secretary", "primer secretario", "premier secretaire", "primeiro secretario"),
    "prime_minister": (
        "prime minister", "premier", "primer ministro", "primera ministra", "premier ministre",
        "primeiro ministro", "primeira ministra",
    ),
    "foreign_minister": (
        "foreign minister", "minister of foreign affairs", "minister for foreign affairs", "canciller",
        "ministro de relaciones exteriores", "ministra de relaciones exteriores", "ministre des affaires etrangeres",
        "ministro dos negocios estrangeiros", "ministro das relacoes exteriores", "foreign secretary",
    ),
    "defence_minister": (
        "defense minister", "defence minister", "minister of defense", "minister of defence",
        "ministro de defensa", "ministra de defensa", "ministre des armees", "ministro da defesa",
    ),
    "president": ("president", "presidente", "presidenta", "presidente da republica", "chairman", "chairwoman",
                  "chairperson", "chair"),
    "speaker": ("speaker",),
    "ambassador": ("ambassador", "embajador", "embajadora", "ambassadeur", "ambassadrice", "embaixador"),
    "king": ("king", "rey"),
    "queen": ("queen", "reina"),
    "crown_prince": ("crown prince", "principe heredero"),
    "secretary_of_state": ("secretary of state",),
    "national_security_advisor": ("national security advisor", "national security adviser"),
    "mayor": ("mayor", "alcalde", "alcaldesa", "maire", "prefeito"),
    "governor": ("governor", "gobernador", "gobernadora", "gouverneur", "governador"),
}
_LATIN_DEPUTY = re.compile(r"^(?:first )?(?:deputy|vice)\b")
_LATIN_NOT_ROLE = ("former", "ex", "acting", "elect", "interim", "interino", "interina", "electo", "electa")
# role -> endings of a Chinese post
_CJK_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("deputy:prime_minister", ("副总理", "副首相")),
    ("deputy:president", ("副总统", "副主席")),
    ("deputy:general_secretary", ("副总书记", "副秘书长")),
    ("general_secretary", ("总书记", "秘书长")),
    ("first_secretary", ("第一书记",)),
    ("prime_minister", ("总理", "首相")),
    ("foreign_minister", ("外长", "外交部长", "外交大臣", "外相", "外务相", "外交和国际合作部长")),
    ("defence_minister", ("防长", "国防部长", "国防大臣")),
    ("speaker", ("议长",)),
    ("president", ("总统", "国家主席", "主席")),
    ("ambassador", ("大使",)),
    ("king", ("国王",)),
    ("queen", ("女王",)),
    ("crown_prince", ("王储",)),
    ("secretary_of_state", ("国务卿",)),
    ("national_security_advisor", ("国家安全事务助理",)),
    ("mayor", ("市长",)),
    ("governor", ("州长", "省长")),
)
_CJK_NOT_ROLE = ("前", "原", "已故", "候任", "当选", "代理")
_CJK_SPLIT = re.compile(r"[、，,；;兼]")
_LATIN_SPLIT = re.compile(r",|;| and | y | et | e ")


def _latin_role(part: str) -> str | None:
    words = part.split()
    if not words or any(w in _LATIN_NOT_ROLE for w in words):
        return None
    if words[0] in ("vicepresidente", "vicepresidenta", "vicepresident"):
        return "deputy:president"
    if words[0] in ("viceprimer", "viceprimera"):
        return "deputy:prime_minister"
    deputy = bool(_LATIN_DEPUTY.match(part))
    padded = f" {part} "
    for role, phrases in _LATIN_ROLES.items():
        if any(f" {p} " in padded for p in phrases):
            return f"deputy:{role}" if deputy else role
    return None


def _cjk_role(part: str) -> str | None:
    if not part or any(w in part for w in _CJK_NOT_ROLE):
        return None
    for role, endings in _CJK_ROLES:
        if part.endswith(endings):
            return role
    return None


@lru_cache(maxsize=1 << 14)
def title_roles(title: str | None) -> tuple[tuple[str, ...], bool]:
    """(the roles a title's posts give, in order without repeats; whether every post gave one)."""
    if not title or not title.strip():
        return (), False
    if is_cjk(title):
        parts = [p.strip() for p in _CJK_SPLIT.split(title) if p.strip()]
        found = [_cjk_role(p) for p in parts]
    else:
        parts = [p.strip() for p in _LATIN_SPLIT.split(fold_name(title)) if p.strip()]
        found = [_latin_role(p) for p in parts]
    roles = tuple(dict.fromkeys(r for r in found if r))
    return roles, bool(parts) and all(found)


def role_key(title: str | None) -> str | None:
    """One key for the title's posts in any language when every post is a known role, else None:
    "General Secretary" and "secretario general" -> ``general_secretary``."""
    roles, complete = title_roles(title)
    return "+".join(sorted(roles)) if complete and roles else None
