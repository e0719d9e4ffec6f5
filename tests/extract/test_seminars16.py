"""Seminars, dialogues and briefings told with one side's people (issue 13, seminar16): a seminar one side's
leader attends "with" or "between" another country's party ("Gleisi Hoffmann defendeu durante seminário com o
Partido Comunista da China"), a dialogue of the CPC with the parties of a region's countries whose speaker is named
next ("The CPC and political parties of Central Asian countries held a dialogue ... Liu Jianchao ... delivered a
keynote speech"), and a bilateral Chinese forum whose attendees are listed after a sentence telling its theme
("第十一届中英政党对话在伦敦举行。双方以…为主题…。刘建超出席对话…"). Real pages of quality/real-dev (the PT's press,
China.org.cn, IDCPC's site) and short texts in the same constructions, positive and negative (a seminar still to
come, a domestic seminar, a party only talked about)."""

from __future__ import annotations

from liaison.extract.zh import extract_events as extract_zh
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


def _leads(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants if p.lead}


def _seminars(found: tuple[EventFrame, ...]) -> list[EventFrame]:
    return [e for e in found if e.kind == "seminar"]


def _parties(event: EventFrame) -> set[str | None]:
    return {o.key for o in event.parties}


# the first sentence of web-pt-082, restated
_TRIP = ("Com uma delegação de 28 dirigentes do partido, a presidente do PT, Gleisi Hoffmann, viajou esta semana para "
         "Pequim para um encontro com Li Xi, secretário do Partido Comunista da China (PCCh). ")


def test_a_seminar_with_a_foreign_party_attended_by_one_side() -> None:
    # "Em Pequim, Gleisi Hoffmann defendeu durante seminário com o Partido Comunista da China que o Brasil se ligue
    # à Iniciativa Cinturão e Rota": the meeting with Li Xi, and the seminar of the PT's leader with the CPC
    found = page_events("web-pt-082")
    assert sorted(e.kind for e in found) == ["meeting", "seminar"]
    (seminar,) = _seminars(found)
    assert {p.person.native for p in seminar.participants} == {"Gleisi Hoffmann"}  # not "Iniciativa Cinturão"


def test_the_same_construction_in_short_texts() -> None:
    pt = events("Em Lisboa, o secretário-geral do PCP, Paulo Raimundo, defendeu esta terça-feira durante um seminário "
                "com o Partido Comunista da China que a cooperação entre os dois partidos se aprofunde.", "pt",
                "2024-07-10")
    assert [e.kind for e in pt] == ["seminar"] and _leads(pt[0]) == {"Paulo Raimundo"}
    assert {"pcp", "cpc"} <= _parties(pt[0])  # the PCP and the party it held the seminar with
    later = events(_TRIP + "Em Pequim, Gleisi Hoffmann defendeu durante seminário com o Partido Comunista da China "
                   "que o Brasil se ligue à Iniciativa Cinturão e Rota.", "pt", "2024-04-12")
    assert sorted(e.kind for e in later) == ["meeting", "seminar"]
    assert "Gleisi Hoffmann" in _leads(_seminars(later)[0])
    en = events("WINDHOEK, June 3 -- Swapo Secretary General Sophia Shaningwa said during a seminar between the "
                "Communist Party of China and Swapo on Saturday that Namibia can learn from China's fight against "
                "rural poverty.", "en", "2021-06-20")
    assert [e.kind for e in en] == ["seminar"] and _leads(en[0]) == {"Sophia Shaningwa"}


def test_a_domestic_seminar_or_a_party_talked_about_is_none() -> None:
    home = events("Em Brasília, a presidente do PT, Gleisi Hoffmann, defendeu durante seminário com o Movimento dos "
                  "Trabalhadores Sem Terra que a reforma agrária avance.", "pt", "2024-07-10")
    assert not _seminars(home)
    topic = events(_TRIP + "Em Pequim, Gleisi Hoffmann defendeu durante seminário sobre a Iniciativa Cinturão e "
                   "Rota que o Brasil aprenda muito com o Partido Comunista da China.", "pt", "2024-04-12")
    assert not _seminars(topic)
    ahead = events("Em Lisboa, o secretário-geral do PCP, Paulo Raimundo, participará na próxima semana num "
                   "seminário com o Partido Comunista da China.", "pt", "2024-07-10")
    assert not _seminars(ahead)


def test_a_dialogue_with_the_parties_of_a_regions_countries() -> None:
    en = events("BEIJING, May 27 (Xinhua) -- The Communist Party of China and political parties of Central Asian "
                "countries held a dialogue in Beijing on Monday. Liu Jianchao, head of the International Department "
                "of the CPC Central Committee, delivered a keynote speech.", "en", "2025-05-27")
    assert [e.kind for e in en] == ["seminar"] and _leads(en[0]) == {"Liu Jianchao"}
    fr = events("PÉKIN, 27 mai (Xinhua) -- Le Parti communiste chinois a tenu lundi à Beijing un dialogue avec les "
                "formations politiques des pays voisins. Liu Jianchao, chef du Département international du Comité "
                "central du PCC, a prononcé un discours.", "fr", "2025-05-27")
    assert [e.kind for e in fr] == ["seminar"] and _leads(fr[0]) == {"Liu Jianchao"}


def test_a_dialogue_among_one_countrys_parties_is_none() -> None:
    home = events("BEIJING, May 27 (Xinhua) -- The Communist Party of China and the parties of the united front "
                  "held a dialogue in Beijing on Monday. Wang Huning, chairman of the CPPCC National Committee, "
                  "delivered a speech.", "en", "2025-05-27")
    assert home == ()


def _zh(text: str, published: str) -> tuple[EventFrame, ...]:
    return extract_zh(normalise(Article("t", text, "h", "test", None, published, language="zh")), default_gazetteer())


def test_a_bilateral_dialogue_whose_attendees_follow_its_theme() -> None:
    # "6月20日,第十一届中英政党对话在伦敦举行。双方以“…”为主题,开展了…交流。
    # 中共中央对外联络部部长刘建超出席对话并作主旨讲话。
    # 驻英国大使郑泽光,…英国外交发展部国务大臣特里维廉,…利丁顿,…约40人参加。"
    (seminar,) = _seminars(page_events("web-zh-135"))
    assert "刘建超" in _leads(seminar)
    assert seminar.date is not None and seminar.date.iso == "2023-06-20"
    assert seminar.location == "London"


def test_the_same_construction_in_a_short_text() -> None:
    found = _zh("12月4日，第十届中美政党对话在北京举行。双方以“加强交流”为主题，进行了坦诚深入的交流。"
                "中共中央对外联络部部长宋涛出席对话并发表主旨讲话。", "2017-12-05")
    assert [e.kind for e in found] == ["seminar"] and _leads(found[0]) == {"宋涛"}


def test_a_domestic_forum_with_its_theme_is_none() -> None:
    found = _zh("12月4日，全国政党工作座谈会在北京举行。会议以“加强交流”为主题，进行了深入的交流。"
                "中共中央对外联络部部长宋涛出席会议并发表讲话。", "2017-12-05")
    assert found == ()


def test_a_parties_summit_attended_by_video_with_foreign_leaders_named() -> None:
    """"以视频方式出席世界政党峰会并致辞。…苏林出席并讲话": a forum of political parties attended, with a foreign leader
    named attending, is a seminar of the two (remote), though no pair of countries names it."""
    found = _zh("新华社北京7月6日电 中联部部长刘建超6日以视频方式出席世界政党峰会并致辞。"
                "越共中央总书记苏林出席并讲话。",
                "2021-07-07")
    assert [e.kind for e in found] == ["seminar"] and found[0].remote
    assert {"刘建超", "苏林"} <= {p.person.native for p in found[0].participants}


def test_a_parties_summit_announced_or_attended_by_one_side_is_none() -> None:
    assert _zh("新华社北京11月24日电 中共中央总书记、国家主席习近平将出席中国共产党与世界政党高层对话会开幕式"
               "并发表主旨讲话。"
               "越共中央总书记阮富仲将出席。", "2017-11-24") == ()
    assert _zh("新华社北京7月6日电 中联部部长刘建超6日以视频方式出席全国政党工作座谈会并致辞。", "2021-07-07") == ()


def test_a_video_meeting_is_a_video_conference() -> None:
    (found,) = _zh("新华社北京7月7日电 中联部部长刘建超7日视频会见老挝人民革命党中央对外关系委员会主任顺通。",
                   "2024-07-07")
    assert found.kind == "video_conference" and found.remote
    (met,) = _zh("新华社北京7月7日电 中联部部长刘建超7日在北京会见老挝人民革命党中央对外关系委员会主任顺通。",
                 "2024-07-07")
    assert met.kind == "meeting" and not met.remote


def test_a_briefings_speaker_is_its_host() -> None:
    """"中联部…举行…专题宣介会，中联部部长刘建超出席并作宣介": the speaker is the host side's principal, named whole
    ("孙海燕作宣介" is 孙海燕)."""
    (held,) = _zh("新华社北京7月7日电 中共中央对外联络部7日在北京举行中共二十届三中全会精神专题宣介会，"
                  "中联部部长刘建超出席并作宣介，来自100多个国家的驻华使节参加。", "2024-07-07")
    assert held.kind == "seminar" and _leads(held) == {"刘建超"}
    (online,) = _zh("新华社北京7月7日电 7日，中共中央对外联络部以视频方式为越南共产党举办中共二十大精神专题宣介会。"
                    "中联部副部长孙海燕作宣介，越共中央对外部部长黎怀忠出席。", "2024-07-07")
    assert online.remote and _leads(online) == {"孙海燕"}
    assert {p.person.native for p in online.participants} == {"孙海燕", "黎怀忠"}


def test_a_briefing_given_to_one_side() -> None:
    """"孙海燕…向越共中央对外部部长黎怀忠宣介…" / "…向越南共产党宣介…": a seminar of the speaker and that side."""
    (to_person,) = _zh("新华社河内7月7日电 中联部副部长孙海燕7日在河内向越共中央对外部部长黎怀忠宣介中共二十大精神。",
                       "2024-07-07")
    assert to_person.kind == "seminar" and _leads(to_person) == {"孙海燕", "黎怀忠"}
    assert to_person.date is not None and to_person.date.iso == "2024-07-07"
    (to_party,) = _zh("新华社北京7月7日电 中联部副部长孙海燕7日以视频方式向越南共产党宣介中共二十大精神。",
                      "2024-07-07")
    assert to_party.kind == "seminar" and to_party.remote and _leads(to_party) == {"孙海燕"}


def test_a_briefing_announced_or_to_the_press_is_none() -> None:
    assert _zh("新华社北京7月7日电 中联部副部长孙海燕将于下周向越南共产党宣介中共二十大精神。", "2024-07-07") == ()
    assert _zh("新华社北京7月7日电 中共中央宣传部7日在北京举行新闻发布会，中宣部副部长孙业礼介绍有关情况。",
               "2024-07-07") == ()
    assert _zh("新华社北京7月7日电 中央宣讲团成员、中宣部副部长孙业礼7日在北京向干部群众宣讲全会精神。",
               "2024-07-07") == ()


def test_a_briefing_session_in_spanish_portuguese_and_french() -> None:
    """"ofreció una sesión informativa sobre el XX Congreso del PCCh a dirigentes del PCC", "une séance d'information
    ... à l'intention des responsables de l'APR": a briefing given to another side, as English "briefing"."""
    es = events("LA HABANA, 7 jul (ACN) -- Una delegación del Partido Comunista de China encabezada por Sun Haiyan "
                "ofreció este martes una sesión informativa sobre el XX Congreso del PCCh a dirigentes del Partido "
                "Comunista de Cuba.", "es", "2022-12-07")
    assert [e.kind for e in es] == ["seminar"] and _leads(es[0]) == {"Sun Haiyan"}
    fr = events("DAKAR, 7 décembre -- Une délégation du Parti communiste chinois conduite par Sun Haiyan a animé mardi "
                "à Dakar une séance d'information sur le 20e Congrès du PCC à l'intention des responsables de l'APR.",
                "fr", "2022-12-07")
    assert [e.kind for e in fr] == ["seminar"] and _leads(fr[0]) == {"Sun Haiyan"}
    pt = events("MAPUTO, 7 dez -- Uma delegação do Partido Comunista da China chefiada por Sun Haiyan realizou uma "
                "sessão informativa sobre o XX Congresso do PCCh para dirigentes da Frelimo.", "pt", "2022-12-07")
    assert [e.kind for e in pt] == ["seminar"] and _leads(pt[0]) == {"Sun Haiyan"}


def test_a_press_briefing_is_none() -> None:
    es = events("LA HABANA, 7 jul (ACN) -- El canciller cubano Bruno Rodríguez ofreció este martes una sesión "
                "informativa para la prensa sobre su gira.", "es", "2022-12-07")
    assert not _seminars(es)


def test_idcpc_briefings_and_dialogues_told_in_english() -> None:
    """The IDCPC's own pages: a dialogue named by China and a region ("the 2nd China-Central Asia Political Parties
    Dialogue"), diplomats briefed ("briefed diplomats from more than 60 countries"), a briefing held for parties told
    by their region ("representatives of African political parties"), its speaker named next."""
    dialogue = events("Beijing, May 10th -- Liu Jianchao, Minister of the International Department of the CPC Central "
                      "Committee, attended and addressed the opening ceremony of the 2nd China-Central Asia Political "
                      "Parties Dialogue in Xi'an.", "en", "2024-05-11")
    assert [e.kind for e in dialogue] == ["seminar"] and _leads(dialogue[0]) == {"Liu Jianchao"}
    briefed = events("Beijing, May 10th -- Sun Haiyan, Vice Minister of the International Department of the CPC "
                     "Central Committee, briefed diplomats from more than 60 countries on the outcomes of the Two "
                     "Sessions in Beijing.", "en", "2024-05-11")
    assert [e.kind for e in briefed] == ["seminar"] and _leads(briefed[0]) == {"Sun Haiyan"}
    held = events("Beijing, May 10th -- A briefing on the Third Plenary Session of the 20th CPC Central Committee was "
                  "held for representatives of African political parties in Beijing. Liu Haixing, Minister of the "
                  "International Department of the CPC Central Committee, attended and delivered a keynote speech.",
                  "en", "2024-05-11")
    assert [e.kind for e in held] == ["seminar"] and _leads(held[0]) == {"Liu Haixing"}


def test_a_briefing_among_one_sides_people_or_at_a_meeting_is_no_seminar() -> None:
    home = events("Beijing, May 10th -- Liu Haixing, Minister of the International Department of the CPC Central "
                  "Committee, briefed representatives of provincial Party committees on the plenary session.",
                  "en", "2024-05-11")
    assert home == ()
    met = events("Beijing, May 10th -- Liu Haixing, Minister of the International Department of the CPC Central "
                 "Committee, met with Thongsavanh Phomvihane, Head of the External Relations Commission of the LPRP "
                 "Central Committee, and briefed him on the plenary session.", "en", "2024-05-11")
    assert [e.kind for e in met] == ["meeting"]


def test_a_training_course_opened_by_one_sides_leader() -> None:
    """"A training course for Swapo cadres organised by the Communist Party of China opened ... Swapo Secretary General
    Sophia Shaningwa officiated the opening": a seminar of hers with the CPC (the page passes triage by "training")."""
    found = events("WINDHOEK, July 7 -- A training course for Swapo cadres organised by the Communist Party of China "
                   "opened in Windhoek on Tuesday. Swapo Secretary General Sophia Shaningwa officiated the opening.",
                   "en", "2021-07-07")
    assert [e.kind for e in found] == ["seminar"] and _leads(found[0]) == {"Sophia Shaningwa"}
    assert "cpc" in _parties(found[0])
    home = events("WINDHOEK, July 7 -- A training course for Swapo cadres opened in Windhoek on Tuesday. Swapo "
                  "Secretary General Sophia Shaningwa officiated the opening.", "en", "2021-07-07")
    assert home == ()


def test_a_summit_announced_by_a_spokesman_is_none() -> None:
    # web-en-055 and web-pt-1403: "Xi Jinping ... is to attend the opening ceremony of the CPC in Dialogue with World
    # Political Parties High-Level Meeting"; "A Cúpula ... será realizada no dia 15 de março por videoconferência"
    assert not page_events("web-en-055")
    assert not page_events("web-pt-1403")


def test_an_online_exchange_and_an_exchange_session() -> None:
    online = events("Beijing, May 10th -- Chen Zhou, Assistant Minister of the International Department of the CPC "
                    "Central Committee, had an online exchange with Thongsavanh Phomvihane, Head of the External "
                    "Relations Commission of the LPRP Central Committee.", "en", "2024-05-11")
    assert [e.kind for e in online] == ["video_conference"]
    assert _leads(online[0]) == {"Chen Zhou", "Thongsavanh Phomvihane"}
    session = events("Beijing, May 10th -- The International Department of the CPC Central Committee held an exchange "
                     "session with young leaders of Central Asian political parties in Beijing. Sun Haiyan attended "
                     "and delivered a speech.", "en", "2024-05-11")
    assert [e.kind for e in session] == ["seminar"] and _leads(session[0]) == {"Sun Haiyan"}
    envoys = events("Beijing, May 10th -- Liu Jianchao, Minister of the International Department of the CPC Central "
                    "Committee, introduced the outcomes of the Third Plenary Session to envoys of Arab countries in "
                    "Beijing.", "en", "2024-05-11")
    assert [e.kind for e in envoys] == ["seminar"] and _leads(envoys[0]) == {"Liu Jianchao"}
    home = events("Beijing, May 10th -- Liu Jianchao introduced the outcomes of the Third Plenary Session to "
                  "representatives of provincial Party committees in Beijing.", "en", "2024-05-11")
    assert home == ()
