"""French extractor on short articles written for these tests in the genre's styles (Xinhua and Le
Quotidien du Peuple in French, VOV5/VNA, AGP, APS): datelines, passives, remote talks, messages."""

from __future__ import annotations

from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.tokens import tokenize
from tests.extract.latin_helpers import by_name, events, org

XINHUA = """\
Un haut responsable du PCC rencontre une délégation du Parti communiste français
PÉKIN, 10 juin (Xinhua) -- Li Shulei, membre du Bureau politique du Comité central du Parti communiste \
chinois (PCC) et chef du Département de l'information du Comité central du PCC, a rencontré mardi à \
Beijing une délégation du Parti communiste français (PCF) conduite par Fabien Roussel, secrétaire \
national du PCF.
M. Li a déclaré que le PCC était prêt à renforcer les échanges avec le PCF.
"""


def test_xinhua_dateline_meeting_led_by() -> None:
    (event,) = events(XINHUA, "fr", published="2025-06-11")
    assert event.kind == "meeting"
    assert event.date is not None and event.date.iso == "2025-06-10"
    assert event.location == "Beijing"
    people = by_name(event)
    assert set(people) == {"Li Shulei", "Fabien Roussel"}  # "M. Li" is the same person, "M" no name
    assert people["Li Shulei"].lead and people["Fabien Roussel"].lead
    assert org(people["Li Shulei"]) == "Publicity Department of the CPC Central Committee"  # the post he heads
    assert (people["Fabien Roussel"].side, org(people["Fabien Roussel"])) == ("FR", "French Communist Party")
    assert {p.abbr for p in event.parties} == {"CPC", "PCF"}


def test_passive_reception_and_leader_named_later() -> None:
    text = (
        "Titre\n\nUne délégation du Parti communiste chinois a été reçue samedi au siège du parti à Yaoundé "
        "par le secrétaire général du Comité central du Rassemblement démocratique du peuple camerounais "
        "(RDPC), Jean Mballa Ndongo.\n"
        "La délégation chinoise était conduite par Li Mingxiang, vice-ministre du Département international "
        "du Comité central du PCC.\n"
    )
    (event,) = events(text, "fr", published="2025-06-16")
    assert event.kind == "meeting"
    assert event.date is not None and event.date.iso == "2025-06-14"
    assert event.location == "Yaoundé"
    people = by_name(event)
    assert people["Jean Mballa Ndongo"].lead and people["Jean Mballa Ndongo"].side == "CM"
    assert people["Li Mingxiang"].lead  # "était conduite par" names the head of the delegation
    assert org(people["Li Mingxiang"]) == "International Department of the CPC Central Committee"


def test_talks_by_video_link() -> None:
    text = (
        "Titre\n\nLiu Haixing, chef du Département international du Comité central du PCC, s'est entretenu "
        "lundi par visioconférence avec Paulo Raimundo, secrétaire général du Parti communiste portugais (PCP).\n"
    )
    (event,) = events(text, "fr")
    assert (event.kind, event.remote, event.location) == ("video_conference", True, None)
    assert event.date is not None and event.date.iso == "2025-06-09"
    assert {p.abbr for p in event.parties} == {"CPC", "PCP"}


def test_message_of_congratulations() -> None:
    text = (
        "PÉKIN, 9 juin (Xinhua) -- Le président chinois Xi Jinping a adressé lundi un message de "
        "félicitations à Bassirou Diomaye Faye pour son élection à la présidence du Sénégal.\n"
    )
    (event,) = events(text, "fr", published="2025-06-10")
    assert (event.kind, event.remote) == ("message", True)
    assert set(by_name(event)) == {"Xi Jinping", "Bassirou Diomaye Faye"}
    assert by_name(event)["Xi Jinping"].side == "CN"


def test_vna_reception_with_attendee() -> None:
    text = (
        "Hanoï, 11 juin (VNA) - Le secrétaire général du Comité central du Parti communiste vietnamien (PCV), "
        "Tô Lâm, a reçu, mardi après-midi à Hanoï, une délégation du Parti révolutionnaire populaire lao "
        "(PRPL) conduite par Thongsavanh Phomvihane, chef de la Commission des relations extérieures du "
        "Comité central du PRPL.\n"
        "Étaient présents à la réception Lê Hoài Trung, chef de la Commission des relations extérieures du "
        "Comité central du PCV.\n"
    )
    (event,) = events(text, "fr", published="2025-06-11")
    assert event.date is not None and event.date.iso == "2025-06-10"
    assert event.location == "Hanoi"
    people = by_name(event)
    assert people["Tô Lâm"].lead and people["Thongsavanh Phomvihane"].lead
    assert not people["Lê Hoài Trung"].lead and people["Lê Hoài Trung"].side == "VN"
    assert {p.abbr for p in event.parties} == {"CPV", "LPRP"}


def test_agp_audience_with_an_ambassador() -> None:
    text = (
        "LIBREVILLE, 23 Mai (AGP)-Le Premier ministre gabonais, Jean-François Ndongou, a reçu en audience, "
        "lundi, l'ambassadeur de Chine au Gabon, Li Jinjin, avec qui il a évoqué la coopération.\n"
    )
    (event,) = events(text, "fr", published="2017-05-23")
    assert event.kind == "meeting" and event.date is not None and event.date.iso == "2017-05-22"
    assert event.location == "Libreville"
    people = by_name(event)
    assert org(people["Jean-François Ndongou"]) == "Government of Gabon"
    assert org(people["Li Jinjin"]) == "Embassy of the People's Republic of China in Gabon"
    assert people["Li Jinjin"].person.title == "ambassadeur de Chine au Gabon"  # after "l'", its own token


def test_talks_of_two_named_together_and_a_later_talk() -> None:
    text = (
        "HANOÏ, 14 janvier (VNA) - Le président de l'Assemblée nationale du Vietnam, Trân Thanh Man, a reçu "
        "mardi à Hanoï Zhao Leji, président du Comité permanent de l'Assemblée populaire nationale de Chine.\n"
        "Auparavant, Zhao Leji s'est entretenu avec le secrétaire général du PCV, Tô Lâm.\n"
    )
    first, second = events(text, "fr", published="2025-01-15")
    assert set(by_name(first)) == {"Trân Thanh Man", "Zhao Leji"} and first.channel == ("legislature",)
    assert org(by_name(first)["Zhao Leji"]) == "Standing Committee of the National People's Congress"
    assert second.kind == "talks" and set(by_name(second)) == {"Zhao Leji", "Tô Lâm"}


def test_se_sont_entretenus() -> None:
    text = (
        "Titre\n\nLe secrétaire national du Parti communiste français (PCF), Fabien Roussel, et Li Shulei, "
        "chef du Département de l'information du Comité central du PCC, se sont entretenus mercredi à Paris.\n"
    )
    (event,) = events(text, "fr")
    assert (event.kind, event.location) == ("talks", "Paris")
    assert all(p.lead for p in event.participants) and len(event.participants) == 2


def test_return_from_a_state_visit_is_dated_to_the_month() -> None:
    text = (
        "BEIJING, 22 mars (Xinhua) -- Le président chinois, Xi Jinping, est rentré mercredi soir à Beijing "
        "au terme de sa visite d'Etat en Russie.\n"
        "Au départ de M. Xi, le vice-Premier ministre russe, Dmitri Tchernychenko, et d'autres hauts "
        "responsables russes ont assisté à une cérémonie d'adieu à l'aéroport.\n"
    )
    (event,) = events(text, "fr", published="2023-03-22")
    assert event.kind == "visit"
    assert event.date is not None and (event.date.iso, event.date.precision) == ("2023-03", "month")
    people = by_name(event)
    assert people["Xi Jinping"].lead and not people["Dmitri Tchernychenko"].lead
    assert org(people["Dmitri Tchernychenko"]) == "Government of Russia"


def test_pcc_is_the_cpc_unless_the_article_defines_it_otherwise() -> None:
    china = (
        "Titre\n\nZhao Leji, membre du Comité permanent du Bureau politique du Comité central du PCC, a reçu "
        "jeudi une délégation conduite par Ana Ruiz Mora, membre du Comité central du Parti communiste "
        "d'Espagne.\n"
    )
    (event,) = events(china, "fr")
    assert org(by_name(event)["Zhao Leji"]) == "Communist Party of China"
    cuba = (
        "Titre\n\nLe Parti communiste de Cuba (PCC) a reçu jeudi à La Havane une délégation conduite par "
        "Sun Haiyan, vice-ministre du Département international du Comité central du Parti communiste "
        "chinois, accueillie par Emilio Lozada García, membre du Comité central du PCC.\n"
    )
    (event,) = events(cuba, "fr")
    assert event.location == "Havana"
    assert org(by_name(event)["Emilio Lozada García"]) == "Communist Party of Cuba"


def test_korean_given_name_un_and_russian_counterpart() -> None:
    text = (
        "PYONGYANG, 25 avril (Xinhua) -- Le dirigeant de la République populaire démocratique de Corée "
        "(RPDC), Kim Jong Un, a rencontré jeudi à Vladivostok le président russe Vladimir Poutine.\n"
    )
    (event,) = events(text, "fr", published="2019-04-26")
    people = by_name(event)
    assert set(people) == {"Kim Jong Un", "Vladimir Poutine"}
    assert (people["Kim Jong Un"].side, people["Vladimir Poutine"].side) == ("KP", "RU")
    assert event.location == "Vladivostok"


def test_a_meeting_with_the_party_own_delegates_is_domestic() -> None:
    text = (
        "Titre\n\nXi Jinping, secrétaire général du Comité central du Parti communiste chinois (PCC), a "
        "rencontré dimanche plus de 2.000 délégués du 20e Congrès national du PCC, à Beijing.\n"
    )
    assert events(text, "fr") == ()


def test_elided_articles_are_words_of_their_own() -> None:
    words = [t.text for t in tokenize("l'ambassadeur de l’Assemblée s'est entretenu, N'Djamena, people's")]
    assert words == ["l'", "ambassadeur", "de", "l’", "Assemblée", "s'", "est", "entretenu", "N'Djamena", "people's"]
    assert FRENCH.country_of("l'Angola") == "AO" and FRENCH.country_of("la Chine") == "CN"
