"""Wire copy in English: the dateline (normalise) gives an event its place and date when the story names none,
nothing in it is read as a participant; a list of people met on a visit is one meeting each. Articles written
by us in the shape of real wire copy."""

from __future__ import annotations

from latin_helpers import by_name, events


def test_vietnamese_capital_in_diacritics_is_the_event_place() -> None:
    text = (
        "HÀ NỘI — Chairman of the Communist Party of Việt Nam (CPV) Central Committee’s Commission for External "
        "Relations Lê Hoài Trung hosted a reception on Friday for Marthe Pevez, Secretary of the Central "
        "Committee of the United Left Movement (MIU) of the Dominican Republic."
    )
    (event,) = events(text, "en", "2024-07-27")
    assert event.location == "Hanoi"
    assert {"Lê Hoài Trung", "Marthe Pevez"} <= set(by_name(event))


def test_here_today_takes_the_dateline_place_and_date_and_the_agency_is_nobody() -> None:
    text = (
        "HAVANA, June 9 (Prensa Latina) Roberto Morales Ojeda, member of the Political Bureau of the Communist "
        "Party of Cuba, met here today with a delegation of the Communist Party of Vietnam led by Le Hoai Trung, "
        "head of the Commission for External Relations of the CPV Central Committee."
    )
    (event,) = events(text, "en", "2024-06-10")
    assert event.location == "Havana"
    assert event.date is not None and event.date.iso == "2024-06-09"
    assert not any("Prensa" in name for name in by_name(event))


def test_kcna_dateline_resolves_a_weekday() -> None:
    text = (
        "Pyongyang, August 28 (KCNA) -- Kim Tok Hun, premier of the Cabinet, met with the Russian expert "
        "delegation headed by Roman Chekushov, vice-minister of Industry and Trade of the Russian Federation, "
        "at the Mansudae Assembly Hall on Tuesday."
    )
    (event,) = events(text, "en", "2024-09-04")  # reposted a week later
    assert event.date is not None and event.date.iso == "2024-08-27"  # the Tuesday before the dateline's Wednesday
    assert event.location == "Pyongyang"


def test_people_met_on_a_visit_are_one_meeting_each() -> None:
    text = (
        "MONTEVIDEO, Aug. 6 (Xinhua) -- Liu Jianchao, head of the International Department of the Communist "
        "Party of China (CPC) Central Committee, led a CPC delegation on a visit to Uruguay from Monday to "
        "Tuesday.\n\nDuring the visit, Liu met and exchanged views with Uruguayan President Luis Lacalle Pou, "
        "President of the House of Representatives Ana Olivera, Foreign Minister Omar Paganini, and other "
        "Uruguayan political figures."
    )
    met = [e for e in events(text, "en", "2024-08-07") if e.kind == "meeting"]
    counterparts = [{n for n, p in by_name(e).items() if p.lead} - {"Liu Jianchao"} for e in met]
    assert sorted(map(sorted, counterparts)) == [["Ana Olivera"], ["Luis Lacalle Pou"], ["Omar Paganini"]]
    assert all("Liu Jianchao" in by_name(e) for e in met)


def test_met_a_and_b_stays_one_meeting() -> None:
    text = (
        "JOHANNESBURG, June 24 (Xinhua) -- Chen Wenqing, a member of the Political Bureau of the CPC Central "
        "Committee, visited South Africa from June 20 to June 24.\n\nDuring the visit, Chen met with African "
        "National Congress (ANC) Secretary-General Fikile Mbalula and former President of South Africa "
        "Kgalema Motlanthe."
    )
    (event,) = [e for e in events(text, "en", "2024-06-25") if e.kind == "meeting"]
    assert {"Chen Wenqing", "Fikile Mbalula", "Kgalema Motlanthe"} <= set(by_name(event))


def test_a_city_in_a_forum_name_is_not_a_person() -> None:
    text = (
        "A Party delegation led by Nguyen Viet Thao, Deputy Director of the Ho Chi Minh National Academy of "
        "Politics, attended the 21st meeting of the Sao Paulo Forum in Mexico City.\n"
        "On the sidelines, Thao was received by General Secretary of the Labour Party Alberto Anaya Gutierrez."
    )
    names = {n for e in events(text, "en", "2015-08-05") for n in by_name(e)}
    assert "Sao Paulo" not in names


def test_kcna_names_glued_to_their_neighbours_are_read_whole() -> None:
    text = (
        "Pyongyang, September 5 (KCNA) -- Thongloun Sisoulith, general secretary of the Central Committee of the "
        "Lao People's Revolutionary Party, sent a floral basket to the respected ComradeKim Jong Unon the occasion "
        "of the national holiday on Sept. 4."
    )
    (event,) = events(text, "en", "2024-09-05")
    assert event.kind == "message"
    assert {p.person.name for p in event.participants} == {"Kim Jong Un", "Thongloun Sisoulith"}


def test_a_cue_glued_to_a_leaders_name_is_read() -> None:
    text = (
        "Pyongyang, September 5 (KCNA) -- The respected ComradeKim Jong Unreceived a floral basket from Thongloun "
        "Sisoulith, general secretary of the Central Committee of the Lao People's Revolutionary Party, on the "
        "occasion of the national holiday."
    )
    (event,) = events(text, "en", "2024-09-05")
    assert event.kind == "message"
    assert {p.person.name for p in event.participants} == {"Kim Jong Un", "Thongloun Sisoulith"}


def test_speaking_with_someone_on_the_phone_is_a_call() -> None:
    text = "Chinese President Xi Jinping told reporters while speaking with US President Donald Trump on the phone."
    (event,) = events(text, "en", "2025-11-25")
    assert event.kind == "phone_call" and event.remote


def test_called_on_and_courtesy_visits_are_meetings() -> None:
    text = (
        "NEW DELHI: A delegation of the Communist Party of China led by Vice Minister Sun Haiyan called on RSS "
        "general secretary Dattatreya Hosabale here on Tuesday, sources said."
    )
    (event,) = events(text, "en", "2026-01-14")
    assert event.kind == "meeting" and {"Sun Haiyan", "Dattatreya Hosabale"} <= set(by_name(event))
    text = (
        "Vientiane (VNA) – Bui Thi Minh Hoai, Secretary of the Communist Party of Vietnam Central Committee, paid "
        "courtesy visits to General Secretary and President of Laos Thongloun Sisoulith on August 8."
    )
    (event,) = events(text, "en", "2023-08-09")
    assert event.kind == "meeting"


def test_a_kings_title_is_no_part_of_his_name() -> None:
    text = (
        "Vice President Kamala Harris spoke separately today with King Hamad bin Isa Al Khalifa of Bahrain and "
        "President Emmanuel Macron of France."
    )
    names = {n for e in events(text, "en", "2025-01-10") for n in by_name(e)}
    assert "Hamad bin Isa Al Khalifa" in names
    assert not any(n.startswith("King") for n in names)


def test_readout_participants_listed_as_bullets_take_part() -> None:
    text = (
        "Today, President Joseph R. Biden, Jr. convened a virtual forum on energy and climate with leaders of "
        "major economies.\n\nParticipants included:\n\n-   President Alberto Fernandez, Argentine Republic\n"
        "-   Prime Minister Scott Morrison, Commonwealth of Australia\n-   President Joko Widodo, Republic of "
        "Indonesia\n\nThe leaders agreed to meet again before the conference."
    )
    (event,) = events(text, "en", "2021-09-17")
    assert {"Alberto Fernandez", "Scott Morrison", "Joko Widodo"} <= set(by_name(event))


def test_people_met_with_an_untitled_name_among_them_are_still_met_one_by_one() -> None:
    text = (
        "Today in Jerusalem, National Security Advisor Jake Sullivan met with Israeli Prime Minister Benjamin "
        "Netanyahu, President Isaac Herzog, National Security Advisor Tzachi Hanegbi, Ron Dermer, Yossi Cohen and "
        "convened a meeting of the consultative group."
    )
    met = events(text, "en", "2024-05-19")
    assert len(met) >= 3 and all("Jake Sullivan" in by_name(e) for e in met)


def test_an_article_naming_leaders_by_title_and_family_name_alone_still_gives_a_recall_event() -> None:
    from liaison.extract.assembly.confidence import RECALL_CONFIDENCE

    text = "President Biden met today with Prime Minister Kishida of Japan in Hiroshima, Japan. They talked trade."
    (event,) = events(text, "en", "2023-05-21")
    assert event.kind == "meeting" and event.confidence == RECALL_CONFIDENCE
    assert {"Biden", "Kishida"} <= set(by_name(event))
    full = "President Joseph R. Biden, Jr. met today with Prime Minister Kishida Fumio of Japan in Hiroshima, Japan."
    (event,) = events(full, "en", "2023-05-21")
    assert event.confidence > RECALL_CONFIDENCE and "Biden" not in by_name(event)


def test_a_delegation_that_has_left_a_capital_was_on_a_visit() -> None:
    text = (
        "MOSCOW, July 28 (Sputnik) -- The Russian delegation led by Defense Minister Sergei Shoigu has left "
        "Pyongyang, North Korea's state news agency reported Friday.\n\nNorth Korean National Defense Minister "
        "Kang Sun Nam attended the farewell ceremony for the delegation."
    )
    (event,) = events(text, "en", "2023-07-28")
    assert event.kind == "visit" and {"Sergei Shoigu", "Kang Sun Nam"} <= set(by_name(event))


def test_discussions_with_leaders_are_talks() -> None:
    text = (
        "The high points of the visit of Communist Party USA National Chairman Sam Webb were discussions with "
        "CPC Political Bureau member Li Tieying and Minister Dai Bingguo of the CPC International Department."
    )
    (event,) = events(text, "en", "2007-12-10")
    assert event.kind == "talks" and {"Sam Webb", "Li Tieying", "Dai Bingguo"} <= set(by_name(event))


def test_a_list_naming_someone_met_in_a_caption_is_one_meeting_each() -> None:
    text = (
        "Wang Ping, deputy head of the International Department of the CPC Central Committee, meets with "
        "Nepali President Ram Bahadur Thapa in Kathmandu, Nepal, March 4, 2024. (Xinhua/Li Ming)\n\n"
        "KATHMANDU, March 5 (Xinhua) -- A delegation of the Communist Party of China led by Wang Ping visited "
        "Nepal from March 3 to 5.\n\nDuring the visit, the delegation met with Nepali President Ram Bahadur Thapa "
        "and Prime Minister Sita Devi Koirala."
    )
    met = [e for e in events(text, "en", "2024-03-06") if e.kind == "meeting"]
    counterparts = sorted(n for e in met for n, p in by_name(e).items() if p.lead and n != "Wang Ping")
    assert counterparts == ["Ram Bahadur Thapa", "Sita Devi Koirala"]
    assert all("Wang Ping" in by_name(e) for e in met)


def test_leaders_listed_as_subjects_after_a_caption_met_the_delegation_one_by_one() -> None:
    text = (
        "Nepali President Ram Bahadur Thapa (R) meets with Wang Ping, deputy head of the International Department "
        "of the CPC Central Committee, in Kathmandu on Jan. 14, 2023. (Xinhua/Li Ming)\n"
        "KATHMANDU, Jan. 18 (Xinhua) -- The Chinese delegation, led by Wang Ping, visited Nepal from Saturday "
        "to Wednesday.\nPresident Ram Bahadur Thapa, Nepali Prime Minister Sita Devi Koirala and Nepali Speaker "
        "Hari Prasad Sharma met with the Chinese delegation."
    )
    met = [e for e in events(text, "en", "2023-01-18") if e.kind == "meeting"]
    counterparts = sorted(n for e in met for n, p in by_name(e).items() if p.lead and n != "Wang Ping")
    assert counterparts == ["Hari Prasad Sharma", "Ram Bahadur Thapa", "Sita Devi Koirala"]


def test_a_meeting_of_an_ambassador_with_party_leaders_and_those_present() -> None:
    text = (
        "Moscow, 14 November. Ivan Petrov, member of the presidium of the CPRF Central Committee, took part in a "
        "meeting of the Ambassador of China to Russia Zhang Hanhui with the leaders of the Communist Party of the "
        "Russian Federation.\nThe meeting was held at the embassy in Moscow.\nThe Russian delegation was headed by "
        "Gennady Zyuganov, Chairman of the CPRF Central Committee. His deputies Yuri Afonin and Dmitry Novikov "
        "were present at the event."
    )
    (event,) = events(text, "en", "2019-11-14")
    assert {"Zhang Hanhui", "Gennady Zyuganov", "Yuri Afonin", "Dmitry Novikov"} <= set(by_name(event))


def test_a_delegation_listed_in_full_is_led_by_the_first_named() -> None:
    text = (
        "COLOMBO -- A delegation of the Communist Party of China had talks with National People's Power (NPP) "
        "leader Anura Kumara Dissanayake.\n\nThe Chinese delegation consisted of Wang Ping, Deputy Minister of "
        "the International Department of the Communist Party of China, Li Jun, Deputy Director General, and "
        "Zhao Lan, the translator."
    )
    (event,) = events(text, "en", "2024-04-23")
    people = by_name(event)
    assert people["Wang Ping"].lead and not people["Li Jun"].lead and not people["Zhao Lan"].lead


def test_two_hosts_of_separate_receptions_met_the_guest_one_each() -> None:
    text = (
        "VIENTIANE (VNA) -- Party General Secretary and President Bounnhang Volachith and Prime Minister of Laos "
        "Thongloun Sisoulith hosted separate receptions in Vientiane on April 24 for a delegation of the National "
        "Assembly of Vietnam led by Vice Chairwoman Tong Thi Phong."
    )
    met = [e for e in events(text, "en", "2018-04-24") if e.kind == "meeting"]
    hosts = sorted(n for e in met for n, p in by_name(e).items() if p.lead and n != "Tong Thi Phong")
    assert hosts == ["Bounnhang Volachith", "Thongloun Sisoulith"]
    assert all("Tong Thi Phong" in by_name(e) for e in met)


def test_chairing_a_working_session_with_a_delegation_is_a_meeting_of_its_own() -> None:
    text = (
        "Hanoi (VNA) -- Politburo member Nguyen Xuan Thang hosted a reception in Hanoi on August 25 for Li Zhiyong, "
        "chairman of China's national research committee for Party building.\n\nEarlier on August 24, deputy head "
        "of the CPV Central Committee's Organisation Commission Hoang Dang Quang chaired a working session with the "
        "Chinese delegation."
    )
    dated = {e.date.iso: set(by_name(e)) for e in events(text, "en", "2023-08-26") if e.date is not None}
    assert {"Hoang Dang Quang", "Li Zhiyong"} <= dated["2023-08-24"]
    assert {"Nguyen Xuan Thang", "Li Zhiyong"} <= dated["2023-08-25"]


def test_a_caption_after_the_list_dates_the_meeting_it_shows_again() -> None:
    text = (
        "Wang Ping, deputy head of the International Department of the CPC Central Committee, meets with "
        "Nepali President Ram Bahadur Thapa in Kathmandu, Nepal, March 4, 2024. (Xinhua/Li Ming)\n\n"
        "KATHMANDU, March 5 (Xinhua) -- A delegation of the Communist Party of China led by Wang Ping visited "
        "Nepal from March 3 to 5.\n\nDuring the visit, the delegation met with Nepali President Ram Bahadur Thapa "
        "and Prime Minister Sita Devi Koirala.\n\nWang Ping meets with Nepali Prime Minister Sita Devi Koirala in "
        "Kathmandu, Nepal, March 3, 2024. (Xinhua/Li Ming)"
    )
    dated = {n: e.date.iso for e in events(text, "en", "2024-03-06") if e.date is not None
             for n, p in by_name(e).items() if p.lead}
    assert dated["Sita Devi Koirala"] == "2024-03-03"
    assert dated["Ram Bahadur Thapa"] == "2024-03-04"


def test_leaders_who_received_a_delegation_whose_talks_were_held_by_another_each_met_it() -> None:
    text = (
        "Le Hoai Trung, Chairman of the CPV Central Committee's Commission for External Relations, has paid a "
        "working visit to Laos at the invitation of his Lao counterpart Thongsavanh Phomvihane.\n\nOn February 22, "
        "General Secretary of the Lao People's Revolutionary Party (LPRP) and President of Laos Thongloun "
        "Sisoulith, and Lao National Assembly Chairman Saysomphone Phomvihane received, while Thongsavanh "
        "Phomvihane held talks with the Vietnamese delegation."
    )
    found = events(text, "en", "2023-02-23")
    kinds = {n: e.kind for e in found for n, p in by_name(e).items() if p.lead and n != "Le Hoai Trung"}
    assert kinds["Thongloun Sisoulith"] == "meeting" and kinds["Saysomphone Phomvihane"] == "meeting"
