"""Italian and Russian web pages (real-dev-16's shapes, restated): Vietnamese and Lao names in Cyrillic,
messages told by "поздравил ... с переизбранием", roundups of senders listed with semicolons, one clause per
message, and Italian visits meeting several people "rispettivamente"."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def events(text: str, published: str, language: str) -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published)
    doc = normalise(article)
    assert doc.language == language
    return extract(doc, default_gazetteer()).events


def names(event: EventFrame) -> set[str]:
    return {p.person.name for p in event.participants}


def test_ru_congratulated_on_a_reelection_is_a_message() -> None:
    text = (
        "МОСКВА, 23 января. Владимир Путин, президент России, поздравил Генерального секретаря ЦК КПВ То Лам "
        "по случаю его переизбрания."
    )
    (event,) = events(text, "2026-01-23", "ru")
    assert event.kind == "message" and names(event) == {"Vladimir Putin", "To Lam"}


def test_ru_senders_listed_with_semicolons_send_one_message_each() -> None:
    text = (
        "Поздравительные телеграммы и письма Генеральному секретарю ЦК КПВ То Ламу в связи с переизбранием "
        "направили Генеральный секретарь ЦК НРПЛ, Президент Лаоса Тхонглун Сисулит; Председатель Народной партии "
        "Камбоджи Хун Сен; Король Камбоджи Нородом Сиамони."
    )
    found = events(text, "2026-01-24", "ru")
    assert sorted(sorted(names(e)) for e in found) == [
        ["Hun Sen", "To Lam"], ["Norodom Sihamoni", "To Lam"], ["Thongloun Sisoulith", "To Lam"],
    ]
    assert all(e.kind == "message" for e in found)


def test_ru_one_clause_per_message_between_semicolons() -> None:
    text = (
        "Председатель КНР Си Цзиньпин отправил поздравительную телеграмму Президенту СРВ Лыонг Кыонгу и "
        "Генеральному секретарю ЦК КПВ То Ламу; Премьер Госсовета КНР Ли Цян также отправил телеграмму "
        "Премьер-министру СРВ Фам Минь Тиню."
    )
    found = events(text, "2025-09-02", "ru")
    assert sorted(sorted(names(e)) for e in found) == [
        ["Li Qiang", "Pham Minh Chinh"], ["Luong Cuong", "To Lam", "Xi Jinping"],
    ]


def test_ru_a_comrade_received_and_lao_vietnamese_names() -> None:
    text = (
        "1 апреля во второй половине дня во Вьентьяне генеральный секретарь ЦК НРПЛ, президент Лаоса Тюммали "
        "Сайнясон тепло принял товарища Ле Хонг Аня и вьетнамскую делегацию, которая его сопровождала."
    )
    (event,) = events(text, "2015-04-02", "ru")
    assert event.kind == "meeting" and names(event) == {"Choummaly Sayasone", "Le Hong Anh"}
    assert event.location == "Vientiane"  # a city word ends the title written after it


def test_ru_a_chinese_name_in_the_genitive() -> None:
    text = (
        "Президент РФ Владимир Путин в понедельник поздравил председателя КНР Си Цзиньпина со столетием Компартии "
        "Китая. Беседа лидеров прошла по видеоконференции."
    )
    found = events(text, "2021-06-29", "ru")
    assert found and {"Vladimir Putin", "Xi Jinping"} <= names(found[0])


def test_it_the_eu_leaders_met_together_and_a_hall_of_a_city() -> None:
    text = (
        "Il presidente cinese Xi Jinping ha ricevuto a Pechino i leader dell'Ue Charles Michel e Ursula von der "
        "Leyen, rispettivamente presidenti del Consiglio e della Commissione. Lo riferisce l'agenzia Xinhua."
    )
    (event,) = events(text, "2023-12-07", "it")
    assert names(event) == {"Xi Jinping", "Ursula von der Leyen", "Charles Michel"}


def test_it_talks_in_the_hall_of_the_people_of_beijing() -> None:
    text = (
        "Il 31 ottobre, al Palazzo dell'Assemblea del Popolo di Beijing, Xi Jinping, Segretario generale del CC "
        "del PCC, ha avuto un colloquio con Nguyen Phu Trong, Segretario generale del Partito Comunista del "
        "Vietnam."
    )
    (event,) = events(text, "2022-11-01", "it")
    assert event.location == "Beijing" and names(event) == {"Xi Jinping", "Nguyen Phu Trong"}


def test_it_a_party_sends_its_greetings_to_a_new_president() -> None:
    text = (
        "Il Partito Comunista Italiano (PCI) manda i suoi saluti più fraterni e calorosi al nuovo Presidente della "
        "Repubblica di Cuba, il compagno Miguel Díaz-Canel!"
    )
    (event,) = events(text, "2018-05-10", "it")
    assert event.kind == "message" and names(event) == {"Miguel Díaz-Canel"}
    assert event.participants[0].person.country == "CU"


def test_it_wishes_to_each_comrade_elected_are_one_message() -> None:
    text = (
        "Il Comitato Centrale del PCI si congratula con i compagni del Partito Comunista del Vietnam per l'elezione "
        "del nuovo gruppo dirigente. In particolare il PCI fa tanti auguri al compagno Nguyen Xuan Phuc per la sua "
        "elezione a presidente della Repubblica, e al compagno Pham Minh Chinh per la sua elezione a Premier."
    )
    found = events(text, "2021-04-14", "it")
    assert [e.kind for e in found] == ["message"]
    assert names(found[0]) == {"Nguyen Xuan Phuc", "Pham Minh Chinh"}


def test_ru_a_delegation_visits_and_a_party_in_quotes_names_no_one() -> None:
    text = (
        "Делегация доброй воли КПК, которую возглавляет бывший проректор Партийной школы ЦК КПК "
        "Ли Цзюньжу, с 24 по 28 ноября посещает Индию.\n"
        "За время поездки делегация КПК встретилась с руководителями Индийского национального конгресса, партии "
        '"Бхаратия Джаната" и других политических партий.'
    )
    found = events(text, "2012-11-29", "ru")
    assert found and all(names(e) == {"Li Junru"} for e in found)


def test_it_a_party_member_in_a_delegation_abroad_is_a_visit() -> None:
    text = (
        "Il segretario regionale, Matteo Bellegoni, si trova in Russia, a Mosca, in delegazione insieme ad altri "
        "dirigenti del Partito Comunista Italiano invitati dal PCFR per il centenario della Rivoluzione d'ottobre. "
        "Domenica la delegazione ha reso omaggio al Monumento del Milite ignoto e ha visitato il Mausoleo di Lenin."
    )
    found = events(text, "2017-11-06", "it")
    assert [e.kind for e in found] == ["visit"] and names(found[0]) == {"Matteo Bellegoni"}
    assert found[0].location == "Moscow"
