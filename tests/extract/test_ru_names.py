"""Russian names back in their dictionary form, and romanised as the record writes them."""

from __future__ import annotations

import pytest

from liaison.extract.ru.names import candidates, instrumental, nominative, romanise
from liaison.extract.ru.palladius import to_pinyin
from liaison.kb.gazetteer import Gazetteer, default_gazetteer


@pytest.mark.parametrize(
    ("written", "base"),
    [
        ("Дмитрием Новиковым", "Дмитрий Новиков"),  # instrumental: "во главе с ..."
        ("Владимира Путина", "Владимир Путин"),  # genitive
        ("Ириной Беловой", "Ирина Белова"),  # a woman's name
        ("Павлом Соколовым", "Павел Соколов"),  # a vowel drops in the stem
        ("Геннадием Андреевичем Зюгановым", "Геннадий Андреевич Зюганов"),  # with the patronymic
        ("Владимиром Жириновским", "Владимир Жириновский"),
        ("Валентина Матвиенко", "Валентина Матвиенко"),  # nominative stays; -ко never declines
        ("Г.А. Зюгановым", "Г.А. Зюганов"),  # initials: only endings that tell the case alone
        ("Си Цзиньпином", "Си Цзиньпин"),  # a Chinese given name takes Russian endings
        ("Ли Хунчжуном", "Ли Хунчжун"),
        ("Чэнь Вэньхуа", "Чэнь Вэньхуа"),  # ends in a Palladius syllable: not declined
        ("То Ламу", "То Лам"),  # Vietnamese, dative
        ("Си Цзиньпина", "Си Цзиньпин"),  # genitive: "Цзиньпина" also reads jin-pi-na, one syllable more
        ("Ли Цяну", "Ли Цян"),  # dative
        ("Лыонг Кыонгу", "Лыонг Кыонг"),  # a Vietnamese family name of the press
        ("Ле Хонг Аня", "Ле Хонг Ань"),  # a soft syllable keeps its soft sign
        ("Фам Минь Тиню", "Фам Минь Тинь"),
    ],
)
def test_nominative(written: str, base: str) -> None:
    assert nominative(written) == base


@pytest.mark.parametrize(
    ("palladius", "pinyin"),
    [("Лю Цзяньчао", "Liu Jianchao"), ("Чжао Лэцзи", "Zhao Leji"), ("Сюй Цилян", "Xu Qiliang"), ("Люй Дэ", "Lü De")],
)
def test_palladius_back_to_pinyin(palladius: str, pinyin: str) -> None:
    assert to_pinyin(palladius) == pinyin


def test_romanisation_prefers_the_knowledge_base_then_the_english_scheme() -> None:
    assert romanise("Андрей Климов", default_gazetteer())[0] == "Andrei Klimov"  # the table's English form
    bare = Gazetteer(orgs=dict(default_gazetteer().orgs))
    assert romanise("Геннадий Зюганов", bare) == ("Gennady Zyuganov", None)  # the Wikipedia scheme
    assert romanise("Чэнь Вэньхуа", bare) == ("Chen Wenhua", "CN")


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Фан Ван Зянг", "Phan Van Giang"),  # "з" before "я" is gi
        ("Лыонг Там Куанг", "Luong Tam Quang"),  # "ы" is ư, "ку" before a vowel is qu
        ("Ле Хонг Ань", "Le Hong Anh"),  # final "нь" is nh
        ("Выонг Динь Хюэ", "Vuong Dinh Hue"),
        ("Нгуен Суан Фук", "Nguyen Xuan Phuc"),  # "с" is x, "ф" ph
        ("Чан Тхань Тхыонг", "Tran Thanh Thuong"),  # "ч" is tr, "тх" th
    ],
)
def test_vietnamese_names_in_cyrillic_by_the_rules(cyrillic: str, latin: str) -> None:
    bare = Gazetteer(orgs=dict(default_gazetteer().orgs))
    assert romanise(cyrillic, bare) == (latin, "VN")


def test_vietnamese_spelling_ambiguities_resolved_by_the_knowledge_base() -> None:
    # "т" is t or ch ("Тинь" is Chinh): the reading the people table knows wins
    assert romanise("Фам Минь Тинь", default_gazetteer())[0] == "Pham Minh Chinh"
    assert romanise("Фам Минь Тинь", Gazetteer(orgs=dict(default_gazetteer().orgs)))[0] == "Pham Minh Tinh"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Тхонглун Сисулит", "Thongloun Sisoulith"), ("Тюммали Сайнясон", "Choummaly Sayasone"), ("Хун Сен", "Hun Sen")],
)
def test_lao_and_cambodian_leaders_in_the_table(cyrillic: str, latin: str) -> None:
    assert romanise(cyrillic, default_gazetteer())[0] == latin


@pytest.mark.parametrize(
    ("written", "base"),
    [
        ("Эстебаном Ласо Эрнандесом", "Эстебан Ласо Эрнандес"),  # an indeclinable word between two endings
        ("Херардо Пеньяльвером Порталем", "Херардо Пеньяльвер Порталь"),  # "-ем" after a soft consonant
        ("Мигелем Диас-Канелем Бермудесом", "Мигель Диас-Канель Бермудес"),  # a double surname declines last
        ("Нурланом Ермекбаевым", "Нурлан Ермекбаев"),  # a Central Asian given name, a surname of Russian form
        ("Касым-Жомартом Токаевым", "Касым-Жомарт Токаев"),
    ],
)
def test_foreign_names_in_the_instrumental(written: str, base: str) -> None:
    assert instrumental(written) == base


@pytest.mark.parametrize("written", ["Хашем Салем", "Ли Сон Гвон", "Сання Прасэтом", "Андреем Климовым"])
def test_no_instrumental_where_the_case_is_not_sure(written: str) -> None:
    # "-ем" alone ends nominatives too; one ending is not enough; Russian names are read by ``nominative``
    assert instrumental(written) is None


def test_candidates_for_a_case_the_endings_do_not_tell() -> None:
    assert candidates("Г.А. Зюганова")[0] == "Г.А. Зюганов"  # also a woman's nominative: the text decides
    assert "Николас Мадуро" in candidates("Николасу Мадуро")  # before an indeclinable surname
    assert "Ричард Гренелл" in candidates("Ричарда Гренелла")  # every word in one case
    assert candidates("Ли Сон Гвон") == []


@pytest.mark.parametrize(
    ("written", "base"),
    [
        ("Сергеем Шойгу", "Сергей Шойгу"),  # an instrumental given name: "-у" is no instrumental, the surname stays
        ("Ли Шулэя", "Ли Шулэй"),  # a genitive read as one Palladius syllable more
        ("Сунь Хайянем", "Сунь Хайянь"),  # a soft syllable (yan), not Хайян (yang)
        ("Ким Сон Намом", "Ким Сон Нам"),  # a Korean name in the Kontsevich transcription
        ("Цой Сон Хи", "Цой Сон Хи"),
    ],
)
def test_case_endings_of_names_of_other_shapes(written: str, base: str) -> None:
    assert nominative(written) == base
