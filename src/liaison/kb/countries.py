"""Countries declared once: codes and names from ``rigour`` (the multilingual source: territories with
their names in many languages, alpha-3 codes), plus our additions in ``countries.toml`` (the English
names records use where rigour's differ, and the cities that tell a side). Every stage reads countries
here: the extractors (names of governments and embassies, a city's country), the labels readers see,
the exports' alpha-3 codes and places. Per-language country names and demonyms the grammar matches in
text live in the language files (``kb/lang/<code>.toml``).
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import suppress
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit

from rigour.territories import get_territory, lookup_territory
from rigour.territories import lookup as rigour_lookup

from liaison.kb.parsed import cache_folder, read_toml

PATH = Path(__file__).with_name("countries.toml")


@cache
def _additions() -> dict[str, dict[str, str]]:
    return read_toml(PATH)


@cache
def load_territories() -> None:
    """Load rigour's territory tables: engines call this before any document's time budget, as they load
    the gazetteer. The table of names (the first lookup normalises some 25,000 names: 1.7 s of CPU) is
    read from the cache file made the first time (``names_cache``) when there is one."""
    cached = names_cache()
    if cached is not None and cached.exists():
        with suppress(OSError, ValueError):
            adopt_territory_names(json.loads(cached.read_text(encoding="utf-8")))
    made = _names_made()
    lookup_territory("France")
    if cached is not None and not made:
        _write_names(cached)


def names_cache() -> Path | None:
    """Where the table of territory names is cached: ``$LIAISON_CACHE`` (``off``: nowhere), else
    ``$XDG_CACHE_HOME/liaison`` or ``~/.cache/liaison``, in a file named by rigour's version and this
    module's source, so a new rigour or a change here makes a new file. None: no cache."""
    base = cache_folder()
    if base is None:
        return None
    try:
        key = hashlib.sha256(f"{version('rigour')}\n".encode() + Path(__file__).read_bytes()).hexdigest()[:16]
    except (OSError, ValueError, ImportError):  # no metadata, source unreadable
        return None
    return base / f"territory-names-{key}.json"


def _names_made() -> bool:
    """True when this process holds rigour's table of territory names already."""
    info = getattr(getattr(rigour_lookup, "_get_territory_names", None), "cache_info", None)
    return info is None or bool(info().currsize)


def _write_names(path: Path) -> None:
    """Write the table of territory names to ``path`` (atomically; a failure only means no cache)."""
    with suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        try:
            part.write_text(json.dumps(_names_table(), ensure_ascii=False), encoding="utf-8")
            os.replace(part, path)
        finally:
            part.unlink(missing_ok=True)


def territory_names() -> dict[str, str]:
    """rigour's table of territory names (normalised name -> code), loaded here if need be: what
    ``adopt_territory_names`` gives another process (about 25,000 names, 0.6 MB pickled, 0.9 MB as JSON)."""
    load_territories()
    return _names_table()


def _names_table() -> dict[str, str]:
    return {name: territory.code for name, territory in rigour_lookup._get_territory_names().items()}


def adopt_territory_names(names: dict[str, str]) -> bool:
    """Take rigour's table of territory names from ``territory_names`` in another process (one that
    loaded the same rigour), instead of normalising every name again (seconds of CPU). False, and
    nothing changed, when this process has its table already or rigour is not as expected."""
    if _names_made() or not isinstance(names, dict):
        return False
    index = rigour_lookup._get_index()
    if not names or not all(isinstance(name, str) and isinstance(code, str) and code in index
                            for name, code in names.items()):
        return False
    table = {name: index[code] for name, code in names.items()}
    rigour_lookup._get_territory_names = cache(lambda: table)
    return True


@lru_cache(maxsize=1024)
def short_name(code: str | None) -> str | None:
    """rigour's short English name of a code (``"US"`` -> ``"United States"``); None when unknown."""
    if not code:
        return None
    territory = get_territory(code.strip().lower())
    return territory.name if territory is not None else None


@lru_cache(maxsize=1024)
def record_name(code: str | None) -> str | None:
    """The English name records give a country (``"US"`` -> ``"the United States"``, ``"CN"`` -> ``"China"``):
    ours where it differs from rigour's, else rigour's; None when neither knows the code."""
    if not code:
        return None
    return _additions()["record_names"].get(code.strip().upper()) or short_name(code)


def city_country(city: str | None) -> str | None:
    """The ISO code of a capital or large city named in English (``"Caracas"`` -> ``"VE"``)."""
    return _additions()["cities"].get(city.strip().lower()) if city else None


@lru_cache(maxsize=1024)
def code_of(text: str) -> str | None:
    """The ISO alpha-2 code (upper case) of a code or a country name in any language rigour knows
    (``"cn"``, ``"China"``, ``"Cina"``, ``"越南"``)."""
    text = text.strip()
    if not text:
        return None
    territory = get_territory(text.lower()) if len(text) == 2 else None
    if territory is None:
        territory = lookup_territory(text)
    if territory is None:
        return None
    return territory.code.split("-")[0].upper()


@lru_cache(maxsize=1024)
def country_code_of(text: str) -> str | None:
    """Like ``code_of`` for a country or a territory of its own only: none for a state or province
    (``"Punjab"``, of India or of Pakistan; ``"Texas"``)."""
    text = text.strip()
    territory = lookup_territory(text) if text else None
    if territory is None or "-" in territory.code:
        return None
    return territory.code.upper()


@lru_cache(maxsize=512)
def alpha3(code: str | None) -> str | None:
    """``"CN"`` -> ``"CHN"``; None for unknown codes."""
    if not code:
        return None
    territory = get_territory(code.strip().lower())
    value = territory.alpha3 if territory is not None else None
    return value.upper() if value else None


@lru_cache(maxsize=1024)
def country_of_host(url: str | None) -> str | None:
    """The country an outlet's address tells: "https://radiohc.cu/..." -> CU, "whitehouse.gov" -> US; None
    for generic domains (".com", ".org", ".tv")."""
    if not url:
        return None
    host = urlsplit(url if "://" in url else f"//{url}").hostname or ""
    suffix = host.rsplit(".", 1)[-1].lower()
    table = _additions()
    if suffix in table.get("host_suffixes", {}):
        return str(table["host_suffixes"][suffix])
    if len(suffix) != 2 or suffix in table.get("generic_domains", {}).get("codes", ()):
        return None
    territory = get_territory(suffix)
    return territory.code.split("-")[0].upper() if territory is not None and territory.is_country else None


@lru_cache(maxsize=4096)
def subdivision_country(name: str) -> str | None:
    """The country of a state, province or nation within a country that ``name`` names exactly ("Texas",
    "Michigan" -> US; "Guangdong" -> CN), or None (countries, unknown names)."""
    territory = lookup_territory(name.strip()) if name.strip() else None
    if territory is None or territory.is_country or "-" not in territory.code:
        return None
    return territory.code.split("-")[0].upper()


@lru_cache(maxsize=4096)
def country_of_place(place: str | None) -> str | None:
    """The ISO alpha-2 code (upper case) of the country a place is in (rigour knows capitals and large
    cities: "Beijing", "北京", "Hanoi, Vietnam"), or None when unknown."""
    if not place or not place.strip():
        return None
    territory = lookup_territory(place.strip())
    if territory is None and "," in place:  # "Hanoi, Vietnam"
        territory = lookup_territory(place.rsplit(",", 1)[1].strip())
    seen = 0
    while territory is not None and not territory.is_country and territory.parent is not None and seen < 5:
        territory = territory.parent
        seen += 1
    if territory is None or not territory.is_country:
        return None
    return territory.code.split("-")[0].upper()
