"""Countries declared once (``liaison.kb.countries``): rigour's names and codes plus our additions, read by
every stage; the codes the language files and the Chinese table use are codes rigour knows."""

from __future__ import annotations

from liaison.extract.latin.affiliation import embassy
from liaison.extract.zh.countries import COUNTRIES, english_name
from liaison.kb.countries import alpha3, city_country, code_of, country_of_place, record_name, short_name
from liaison.kb.gazetteer import default_gazetteer
from liaison.kb.labels import country_name
from liaison.kb.languages import language_codes, language_data


def test_record_names_are_ours_where_rigour_differs_else_rigours() -> None:
    assert record_name("US") == "the United States" and short_name("US") == "United States"
    assert record_name("NL") == "the Netherlands" and record_name("IT") == "Italy"
    assert record_name("CN") == "China" and record_name("XX") is None


def test_every_stage_reads_the_same_names() -> None:
    assert english_name("NL") == record_name("NL")  # the Chinese extractor
    assert embassy(default_gazetteer(), "IT", "VN").name == "Embassy of Italy in Vietnam"  # the Latin one
    assert country_name("US") == short_name("US") == "United States"  # what readers see
    assert country_name("QX") == "QX"  # an unknown code is shown as given


def test_codes_from_names_in_several_languages_cities_and_alpha3() -> None:
    assert code_of("Venezuela") == code_of("venezuela") == code_of("ve") == "VE"
    assert code_of("Cina") == code_of("中国") == "CN"
    assert code_of("Corée du Nord") == "KP"
    assert city_country("Caracas") == "VE" and city_country("rome") == "IT" and city_country("Atlantis") is None
    assert country_of_place("Hanoi, Vietnam") == "VN"
    assert alpha3("CN") == "CHN" and alpha3(None) is None


def test_every_code_our_tables_use_is_a_code_rigour_knows() -> None:
    codes = {iso for iso, _ in COUNTRIES.values()}
    for code in language_codes():
        data = language_data(code)
        codes |= set(data.get("countries", {}).values()) | set(data.get("demonyms", {}).values())
    unknown = sorted(c for c in codes if short_name(c) is None)
    assert not unknown, unknown
