"""A frame holding one side's people takes the other side's actor the headline or lede names, when its sentences speak
of them by a family name or their country's word (issue 13, outside33; sentences restated from fit-half pages)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise
from tests.extract.latin_helpers import events


def _leads(text: str, language: str, published: str) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in events(text, language, published)]


def test_talks_of_the_leader_the_lede_names_in_russian() -> None:
    """web-ru-dru-02 restated: "the Laotian leader" held talks with Putin; the lede names him in full."""
    text = ("МОСКВА, 9 мая - РИА Новости. Россия крепнет вопреки нажиму Запада и помогает строить многополярный "
            "мир, сказал президент Лаоса Тхонглун Сисулит.\n"
            "Лаосский лидер в ходе переговоров с президентом России Владимиром Путиным в Кремле отметил, что желает "
            "поздравить собеседника с успехами в руководстве страной.\n")
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2024-05-09",
                      language="ru")
    leads = [{p.person.native for p in e.participants if p.lead}
             for e in extract(normalise(article), default_gazetteer()).events]
    assert any({"Тхонглун Сисулит", "Владимир Путин"} <= found for found in leads)


def test_a_video_call_told_by_one_side_in_spanish() -> None:
    """web-es-035 restated: the lede names both, the video call's sentence the Laotian and "la Revolución cubana"."""
    text = ("Vientiane, 11 abril (RHC) El diario Pasaxon, órgano del Partido Popular Revolucionario de Laos (PPRL), "
            "subrayó la conversación mantenida este martes por el presidente del Comité de Relaciones Exteriores de "
            "esa formación, Thongsavanh Phomvihane, con su homólogo cubano Emilio Lozada.\n\n"
            "El periódico indicó en sus redes sociales que en la videoconferencia Phomvihane elogió los avances de "
            "la Revolución cubana bajo la guía del Partido Comunista (PCC).\n")
    leads = _leads(text, "es", "2023-04-11")
    assert any({"Thongsavanh Phomvihane", "Emilio Lozada"} <= found for found in leads)



def test_a_message_from_the_president_named_the_sentence_before_in_portuguese() -> None:
    """web-pt-d11-03 restated: "o presidente chinês lhe enviou uma mensagem", Xi named in the sentence before."""
    text = ("Guangzhou, China, 18 ago (Prensa Latina) O presidente do Vietnã e secretário geral do Partido Comunista "
            "(VCP), To Lam, chegou hoje à China, onde cumprirá uma visita de Estado de três dias.\n\n"
            "Lam vem ao gigante asiático a convite do secretário geral do Partido Comunista (PCC) e presidente "
            "chinês Xi Jinping, com quem deverá se reunir em Pequim.\n\n"
            "Depois que Lam foi eleito líder máximo do Vietnã, o presidente chinês lhe enviou uma mensagem de "
            "felicitações, na qual se mostrou disposto a trabalhar em conjunto.\n")
    leads = _leads(text, "pt", "2024-08-18")
    assert any({"To Lam", "Xi Jinping"} == found for found in leads)


def test_a_host_the_lede_names_told_by_an_object_pronoun_in_english() -> None:
    """web-en-d20-07 restated: "a delegation ... called on him", the lede naming the host, of no known country."""
    text = ("Patriotic Front Secretary General Davies Mwila says the ruling party will keep cooperating with the "
            "Communist Party of China and the Chinese government for development.\n\n"
            "He was speaking when a delegation of China's ruling party called on him at the PF secretariat in Lusaka "
            "on Monday.\n\n"
            "And the deputy director general of the research office of the IDCPC, Dong Weihua, described the ties "
            "between the two countries as warm.\n")
    leads = _leads(text, "en", "2019-06-10")
    assert any({"Davies Mwila", "Dong Weihua"} <= found for found in leads)


def test_the_delegation_of_the_party_the_lede_has_its_head_lead_in_french() -> None:
    """web-fr-d17-01 restated: "a reçu la délégation du PCC", the lede naming the party (PCC, defined there) and its
    head."""
    text = ("Hanoi (VNA) - À l'invitation du Comité central du Parti communiste du Vietnam (PCV), une délégation de "
            "haut niveau du Parti communiste français (PCC), conduite par son secrétaire national Fabien Roussel, "
            "séjourne au Vietnam du 17 au 25 juillet pour une visite de travail.\n\n"
            "Dans l'après-midi du 21 juillet, Pham Minh Chinh, membre du Politburo et chef de la Commission centrale "
            "d'organisation du PCV, a reçu la délégation du PCC.\n")
    leads = _leads(text, "fr", "2019-07-21")
    assert any({"Fabien Roussel", "Pham Minh Chinh"} <= found for found in leads)
