"""Roundups of messages told one sender a line (issue 13, roundup; restated from real-dev-12 pages, reworded):
the addressee named right before the roundup's cue, a sender's line naming no addressee, messages told by a
telegram, a condolence verb or a present-tense wish."""

from __future__ import annotations

from tests.extract.real_dev_pages import sentence_events


def _pairs(events) -> set[tuple[str, ...]]:
    return {tuple(sorted(p.person.native for p in e.participants)) for e in events if e.kind == "message"}


def test_addressee_named_right_before_the_roundup_cue() -> None:
    text = (
        "As the party of Prime Minister Narendra Modi pulled ahead, leaders around the world began sending Modi "
        "congratulatory messages on his win. Afghan president Ashraf Ghani also congratulated Modi on Twitter."
    )
    assert ("Ashraf Ghani", "Narendra Modi") in _pairs(sentence_events(text, "2019-05-23", "en"))


def test_congratulatory_telegram_is_a_message() -> None:
    text = "Russian president Vladimir Putin sent a congratulatory telegram to Prime Minister Narendra Modi on his win."
    assert ("Narendra Modi", "Vladimir Putin") in _pairs(sentence_events(text, "2019-05-23", "en"))


def test_condolences_written_or_expressed_in_quotes() -> None:
    text = (
        "Several world leaders on Friday condoled the death of the mother of Prime Minister Narendra Modi. "
        "On Twitter, Japanese Prime Minister Fumio Kishida wrote to PM Modi expressing his deepest condolences on "
        "her passing. Sri Lanka's former president Mahinda Rajapaksa also expressed \"heartfelt condolences\" to "
        "Modi on his loss."
    )
    pairs = _pairs(sentence_events(text, "2022-12-30", "en"))
    assert ("Fumio Kishida", "Narendra Modi") in pairs
    assert ("Mahinda Rajapaksa", "Narendra Modi") in pairs


def test_present_tense_wishes_go_to_the_roundups_addressee() -> None:
    text = (
        "Luanda - Continuam a chegar mensagens de felicitações ao Presidente da República, José Eduardo dos Santos, "
        "pelo aniversário da Independência Nacional. O Presidente da República Italiana, Giorgio Napolitano, envia "
        "votos sinceros de paz e prosperidade para Angola. Do Reino Unido, a Rainha Elizabeth II envia saudações "
        "calorosas ao povo angolano."
    )
    pairs = _pairs(sentence_events(text, "2013-11-20", "pt"))
    assert ("Giorgio Napolitano", "José Eduardo dos Santos") in pairs
    assert ("Elizabeth II", "José Eduardo dos Santos") in pairs


def test_wishes_received_are_a_message() -> None:
    text = (
        "Le Président de la République, Abdelaziz Bouteflika, a reçu des messages de vœux de plusieurs chefs d'Etat. "
        "Le Chef de l'Etat a aussi reçu les vœux du président du Pérou, Pedro Pablo Kuczynski, et du président du "
        "Gabon, Ali Bongo Ondimba."
    )
    events = sentence_events(text, "2017-11-01", "fr")
    assert ("Abdelaziz Bouteflika", "Ali Bongo Ondimba") in _pairs(events)  # "reçu les vœux": not a meeting
    assert all(e.kind == "message" for e in events)


def test_chinese_roundup_of_posted_congratulations() -> None:
    # a roundup with no word of a meeting or message: its headline tells the congratulations, each line a sender posting
    text = (
        "美国盟友纷纷祝贺拜登赢得大选\n\n媒体宣布拜登胜选后，各国政要纷纷在推特上表示祝贺。英国首相约翰逊在推特上发表声明，"
        "祝贺乔·拜登当选美国总统。奥地利总理库尔茨写道，祝贺美国新当选总统乔·拜登，期待今后的合作。"
    )
    senders = {n for pair in _pairs(sentence_events(text, "2020-11-08", "zh")) for n in pair}
    assert {"约翰逊", "库尔茨"} <= senders


def test_chinese_leader_congratulating_on_a_social_network() -> None:
    text = (
        "各国领导人纷纷祝贺特朗普胜选\n\n以色列总理本雅明·内塔尼亚胡在X上向特朗普道贺，称其胜利具有历史意义。"
    )
    senders = {n for pair in _pairs(sentence_events(text, "2024-11-08", "zh")) for n in pair}
    assert "本雅明·内塔尼亚胡" in senders
