"""Russian extractor on short articles written for these tests in the genre's styles (TASS, RIA Novosti,
Xinhua in Russian, KPRF.ru): declined names, initials, Palladius names, genitive months, messages.
The language is data (``liaison/kb/lang/ru.toml``); names are read in their dictionary form and
romanised (``extract/ru/names.py``)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame, Participant
from liaison.normalise import normalise


def events(text: str, published: str = "2025-03-20") -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published)
    doc = normalise(article)
    assert doc.language == "ru"
    return extract(doc, default_gazetteer()).events


def by_name(event: EventFrame) -> dict[str, Participant]:
    return {p.person.name: p for p in event.participants}


TASS = """\
Заведующий Международным отделом ЦК КПК принял делегацию КПРФ

ПЕКИН, 19 марта. /ТАСС/. Заведующий Международным отделом ЦК Коммунистической партии Китая Лю Хайсин \
встретился в среду в Пекине с делегацией Коммунистической партии Российской Федерации во главе с \
заместителем председателя ЦК КПРФ Юрием Афониным.
Стороны обсудили подготовку к 80-летию Победы.
"""


def test_tass_dateline_and_a_leader_named_in_the_instrumental() -> None:
    (event,) = events(TASS)
    assert (event.kind, event.location, event.remote) == ("meeting", "Beijing", False)
    assert event.date is not None and event.date.iso == "2025-03-19"  # "в среду", dateline of Wednesday
    people = by_name(event)
    assert set(people) == {"Liu Haixing", "Yury Afonin"}
    afonin = people["Yury Afonin"].person
    assert afonin.native == "Юрий Афонин" and "Юрием Афониным" in afonin.aliases  # as written, declined
    assert afonin.country == "RU" and people["Yury Afonin"].lead
    assert {p.key for p in event.parties} == {"cpc", "kprf"}


KPRF = """\
Г.А. Зюганов встретился с послом КНР

12 февраля Председатель ЦК КПРФ Г.А. Зюганов принял в Государственной Думе делегацию Компартии Китая \
во главе с членом ЦК КПК Чэнь Минхуа.
Во встрече приняли участие заместитель Председателя ЦК КПРФ Д.Г. Новиков и секретарь ЦК КПРФ Сергей Обухов.
"""


def test_party_site_initials_and_a_palladius_name() -> None:
    (event,) = events(KPRF, published="2025-02-13")
    assert event.date is not None and event.date.iso == "2025-02-12"  # "12 февраля": a genitive month
    people = by_name(event)
    assert set(people) == {"Gennady Zyuganov", "Chen Minghua", "Dmitry Novikov", "Sergey Obukhov"}
    assert people["Gennady Zyuganov"].person.native == "Г.А. Зюганов" and people["Gennady Zyuganov"].lead
    assert people["Chen Minghua"].person.country == "CN"  # Palladius read back into pinyin
    assert not people["Dmitry Novikov"].lead and not people["Sergey Obukhov"].lead


MESSAGE = """\
Поздравление лидеру Компартии Вьетнама

Председатель ЦК КПРФ Г.А. Зюганов направил поздравление Генеральному секретарю ЦК Коммунистической партии \
Вьетнама То Ламу в связи с 95-летием партии.
"""


def test_message_to_an_addressee_in_the_dative() -> None:
    (event,) = events(MESSAGE, published="2025-02-03")
    assert (event.kind, event.remote) == ("message", False)
    assert set(by_name(event)) == {"Gennady Zyuganov", "To Lam"}
    assert by_name(event)["To Lam"].person.native == "То Лам"


def test_a_domestic_plenum_is_no_exchange() -> None:
    text = (
        "Состоялся Пленум ЦК КПРФ\n\n15 марта в Москве состоялся Пленум Центрального Комитета КПРФ.\n"
        "С докладом выступил Председатель ЦК КПРФ Г.А. Зюганов.\n"
        "Он напомнил о встречах с делегациями Коммунистической партии Китая и Коммунистической партии Кубы.\n"
    )
    assert events(text) == ()


PARTY_SITE_GENITIVE = """\
Лидер КПРФ встретился с президентом Кубы

21 ноября прошла встреча лидера КПРФ Г.А. Зюганова и его первого заместителя И.И. Мельникова с Президентом \
Республики Куба, Первым секретарем ЦК Компартии Кубы Мигелем Диас-Канелем Бермудесом, находящимся в Москве с \
официальным визитом.
Г.А. Зюганов заявил о поддержке кубинского народа.
"""


def test_a_meeting_told_as_prosla_vstrecha_with_genitive_initials_and_an_instrumental_foreign_name() -> None:
    (event,) = events(PARTY_SITE_GENITIVE, published="2022-11-22")
    assert event.kind == "meeting"  # "прошла встреча ... с", not the guest's "визит"
    people = by_name(event)
    assert {"Gennady Zyuganov", "Ivan Melnikov", "Miguel Díaz-Canel"} <= set(people)
    assert people["Gennady Zyuganov"].person.native == "Г.А. Зюганов"  # the form the article writes later
    assert "Г.А. Зюганова" in people["Gennady Zyuganov"].person.aliases
    assert people["Miguel Díaz-Canel"].person.country == "CU"


RECEIVES_A_TITLED_GUEST = """\
Партийный секретарь провинции Юньнань во Вьетнаме

Генеральный секретарь ЦК КПВ То Лам принимает члена ЦК КПК, секретаря парткома провинции Юньнань Ван Нина.
Ван Нин находится во Вьетнаме на встрече секретарей парткомов приграничных провинций.
"""


def test_receives_a_guest_named_by_his_title() -> None:
    (event,) = events(RECEIVES_A_TITLED_GUEST)
    assert event.kind == "meeting"
    assert {"To Lam", "Wang Ning"} <= set(by_name(event))


AT_A_MEETING_WITH = """\
МОСКВА, 14 марта. /ТАСС/. Связи двух стран развиваются динамично, сказал министр иностранных дел России \
Сергей Лавров на встрече с министром иностранных дел Лаоса Салеумсаем Коммаситом.
"""


def test_words_said_at_a_meeting_with_a_guest() -> None:
    (event,) = events(AT_A_MEETING_WITH, published="2025-03-14")
    assert event.kind == "meeting"
    assert "Sergey Lavrov" in by_name(event)


A_SOURCE_OF_THE_RECEPTION = """\
Президент принял посланника

Министр иностранных дел Никарагуа Денис Монкада сообщил, что президент Никарагуа Даниэль Ортега принял в \
Манагуа специального представителя президента Белоруссии Максима Рыженкова.
"""


def test_a_minister_reporting_a_reception_is_its_source_not_a_participant() -> None:
    (event,) = events(A_SOURCE_OF_THE_RECEPTION)
    names = {p.person.native for p in event.participants}
    assert "Денис Монкада" not in names
    assert "Даниэль Ортега" in names


THE_DELEGATION_RECEIVED = """\
МОСКВА, 3 июля. /ТАСС/. В Москве по приглашению КПРФ находится делегация КПК во главе с заместителем \
руководителя Международного отдела ЦК КПК Сунь Хайянем. Китайскую делегацию в среду принял лидер КПРФ \
Г.А. Зюганов.
"""


def test_the_delegation_received_in_a_later_sentence_brings_its_head() -> None:
    (event,) = events(THE_DELEGATION_RECEIVED, published="2025-07-03")
    assert event.kind == "meeting"
    assert {"Sun Haiyan", "Gennady Zyuganov"} <= set(by_name(event))


WHERE_HE_SAID_IT = """\
КАРАКАС, 2 октября. /ТАСС/. Венесуэла ценит поддержку России, заявил президент Венесуэлы Николас Мадуро. \
Венесуэльский лидер сказал это в ходе переговоров с Владимиром Якушевым, секретарем Генсовета «Единой России».
"""


def test_the_speaker_of_the_words_before_holds_the_talks_where_he_said_them() -> None:
    (event,) = events(WHERE_HE_SAID_IT, published="2025-10-02")
    assert (event.kind, event.location) == ("talks", "Caracas")
    assert {"Nicolás Maduro", "Vladimir Yakushev"} <= set(by_name(event))


RECEIVED_THE_VISITING = """\
ВЬЕНТЬЯН, 8 мая. /ТАСС/. Тхонглун Сисулит, генсек ЦК НРПЛ, принял в среду находящегося в Лаосе с визитом \
члена Политбюро ЦК КПК Ли Шулэя.
"""


def test_received_a_guest_on_a_visit_is_a_meeting() -> None:
    (event,) = events(RECEIVED_THE_VISITING, published="2025-05-08")
    assert event.kind == "meeting"  # "принял ... находящегося с визитом": the reception, not the visit
    assert {"Thongloun Sisoulith", "Li Shulei"} <= set(by_name(event))


TALKS_TOOK_PLACE = """\
ХАНОЙ, 12 апреля. /ТАСС/. В Ханое состоялись переговоры генерального секретаря ЦК КПВ То Лама и президента \
Лаоса Тхонглуна Сисулита.
"""


def test_talks_told_as_sostoyalis_peregovory_of_two_leaders() -> None:
    (event,) = events(TALKS_TOOK_PLACE, published="2025-04-12")
    assert (event.kind, event.location) == ("talks", "Hanoi")
    assert {"To Lam", "Thongloun Sisoulith"} <= set(by_name(event))
