"""General grammar of the Latin-script extractors on short sentences written for these tests:
organisations of titles, honorifics, Vietnamese names, carried cues, dated second events, sides."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events, org


def test_its_body_and_plain_secretary_of_the_central_committee() -> None:
    text = (
        "Head\n\nHanoi, June 12 (VNA) -- Wang Qiang, vice minister of the International Department of the CPC "
        "Central Committee, met with Pham Van Duc, Secretary of the CPV Central Committee and Head of its "
        "Commission for External Relations, in Hanoi on Thursday.\n"
    )
    (event,) = events(text, "en")
    by = by_name(event)
    assert org(by["Pham Van Duc"]) == "Commission for External Relations of the CPV Central Committee"


def test_central_committee_stands_for_its_party_and_unknown_sub_body_is_named() -> None:
    text = (
        "Head\n\nHavana, June 12 (RHC) -- The Secretary of Organization of the Central Committee of the Communist "
        "Party of Cuba, Pedro Ruiz Soto, received on Thursday a delegation led by Souk Vongsa, head of the "
        "Organization Commission of the LPRP Central Committee.\n"
    )
    (event,) = events(text, "en")
    by = by_name(event)
    assert org(by["Pedro Ruiz Soto"]) == "Communist Party of Cuba"
    assert org(by["Souk Vongsa"]) == "Organization Commission of the LPRP Central Committee"
    assert event.location == "Havana"  # "in this capital" absent: the dateline's city


def test_honorific_and_org_name_in_a_prefix_title() -> None:
    text = (
        "Head\n\nDar es Salaam. Chama Cha Mapinduzi (CCM) Secretary General Dr Juma Mwinyi yesterday received "
        "a delegation of the Communist Party of China (CPC) led by Zhou Ming, Secretary of the Hunan Provincial "
        "Party Committee.\n"
    )
    (event,) = events(text, "en")
    by = by_name(event)
    assert by["Juma Mwinyi"].person.title == "Chama Cha Mapinduzi (CCM) Secretary General"
    assert org(by["Juma Mwinyi"]) == "Chama Cha Mapinduzi" and by["Juma Mwinyi"].side == "TZ"
    assert org(by["Zhou Ming"]) == "CPC Hunan Provincial Committee"
    assert event.date is not None and event.date.iso == "2025-06-11"  # yesterday


def test_vietnamese_names_family_name_function_word_and_given_name_mentions() -> None:
    text = (
        "Head\n\nBEIJING, June 12 (Xinhua) -- Wang Qiang, vice minister of the International Department of the "
        "CPC Central Committee, held a phone conversation on Thursday with To Lam, general secretary of the "
        "Communist Party of Vietnam (CPV) Central Committee.\n"
        "Lam said the CPV values the ties.\n"
    )
    (event,) = events(text, "en")
    assert "To Lam" in by_name(event)
    text = (
        "Head\n\nHanoi (VNA) – Politburo member and Standing member of the Party Central Committee's "
        "Secretariat Đỗ Văn Hùng received a delegation of the Communist Party of Cuba (PCC) led by Pedro Ruiz "
        "Soto, member of the PCC Central Committee, in Hanoi on June 10.\n"
        "Hùng welcomed the guests.\n"
    )
    (event,) = events(text, "en")
    hung = by_name(event)["Đỗ Văn Hùng"]
    assert hung.side == "VN" and org(hung) == "Communist Party of Vietnam"
    assert len(hung.person.extra_spans) == 1  # "Hùng welcomed"


def test_korean_given_name_nam_is_kept() -> None:
    text = (
        "Head\n\nBEIJING, June 12 (Xinhua) -- Wang Qiang, vice minister of the International Department of the "
        "CPC Central Committee, met with Ri Chol Nam, director of the International Department of the WPK "
        "Central Committee, in Beijing on Thursday.\n"
    )
    (event,) = events(text, "en")
    ri = by_name(event)["Ri Chol Nam"]
    assert org(ri) == "International Department of the WPK Central Committee"


def test_chinese_embassy_full_name_and_bare_title_takes_colleague_body() -> None:
    text = (
        "Head\n\nBeijing, June 12th—Wang Qiang, Minister of the International Department of the CPC Central "
        "Committee, met here today with Pedro Ruiz Soto, member of the PCC Central Committee.\n"
        "Vice-minister Zhao Lei and Chinese Ambassador to Tanzania Liu Bin were present.\n"
    )
    (event,) = events(text, "en")
    by = by_name(event)
    assert org(by["Liu Bin"]) == "Embassy of the People's Republic of China in Tanzania"
    assert org(by["Zhao Lei"]) == "International Department of the CPC Central Committee"


def test_dated_later_reception_is_a_second_event_and_both_occasions_seat_everywhere() -> None:
    text = (
        "Head\n( 2025.06.14 )\n\nManagua, June 12th—A delegation of the Communist Party of China (CPC) led by "
        "Wang Qiang, Vice-minister of the International Department of the CPC Central Committee, held a "
        "briefing here today for the Sandinista National Liberation Front (FSLN).\n"
        "Pedro Ruiz Soto, Secretary of International Relations of the FSLN, co-chaired the briefing.\n"
        "On June 13th, Wang was received in Managua by Ana Torres Vega, Co-President of the Republic of "
        "Nicaragua.\n"
        "Chinese Ambassador to Nicaragua Liu Bin was present on both occasions.\n"
    )
    first, second = events(text, "en", published=None)
    assert first.kind == "seminar" and first.date is not None and first.date.iso == "2025-06-12"
    assert by_name(first)["Pedro Ruiz Soto"].lead
    assert second.kind == "meeting" and second.date is not None and second.date.iso == "2025-06-13"
    assert {p.person.native for p in second.participants if p.lead} == {"Wang Qiang", "Ana Torres Vega"}
    assert org(by_name(second)["Ana Torres Vega"]) == "Government of Nicaragua"
    assert "Liu Bin" in by_name(first) and "Liu Bin" in by_name(second)


def test_message_is_remote_and_head_date_without_publication() -> None:
    text = (
        "Head\n05 June 2025 | 14:20\n\nBEIJING, June 5 (Xinhua) -- Wang Qiang, general secretary of the "
        "Communist Party of China (CPC) Central Committee, sent a congratulatory message to Souk Vongsa, "
        "general secretary of the Lao People's Revolutionary Party (LPRP) Central Committee.\n"
    )
    (event,) = events(text, "en", published=None)
    assert event.kind == "message" and event.remote
    assert event.date is not None and event.date.iso == "2025-06-05"


def test_spanish_cue_carries_to_next_sentence_and_virtual_seminar_stays_seminar() -> None:
    text = (
        "Titular\nPublicado: 12/06/2025\n"
        "Este jueves se realizó el seminario virtual sobre gobernanza, organizado por el Partido Socialista "
        "Unido de Venezuela (PSUV) y el Partido Comunista de China (PCCh).\n"
        "La apertura estuvo a cargo del secretario general del PSUV, Pedro Ruiz Soto, y de Wang Qiang, "
        "ministro del Departamento Internacional del Comité Central del PCCh.\n"
        "El intercambio fue moderado por la vicepresidenta de Formación Ideológica del PSUV, Ana Torres Vega.\n"
    )
    (event,) = events(text, "es", published=None)
    assert event.kind == "seminar" and event.remote
    assert event.date is not None and event.date.iso == "2025-06-12"
    by = by_name(event)
    assert by["Pedro Ruiz Soto"].lead and by["Wang Qiang"].lead
    assert org(by["Ana Torres Vega"]) == "United Socialist Party of Venezuela"
    assert "Formación Ideológica" not in by


def test_spanish_passive_reception_separately_and_generic_assembly_of_the_side() -> None:
    text = (
        "Titular\n\nHanói, 12 jun (Prensa Latina) El secretario de Organización del Comité Central del Partido "
        "Comunista de Cuba, Pedro Ruiz Soto, fue recibido hoy por separado por el secretario general del "
        "Partido Comunista de Vietnam, Nguyen Van Long, y por el presidente de la Asamblea Nacional, Tran "
        "Van Minh.\n"
        "En los dos encuentros estuvo presente el embajador de Cuba en Vietnam, Luis Gómez Pérez.\n"
    )
    first, second = events(text, "es")
    assert {p.person.native for p in first.participants if p.lead} == {"Pedro Ruiz Soto", "Nguyen Van Long"}
    minh = by_name(second)["Tran Van Minh"]
    assert minh.side == "VN" and org(minh) == "National Assembly of Vietnam"
    assert "Luis Gómez Pérez" in by_name(first) and "Luis Gómez Pérez" in by_name(second)
    assert first.location == "Hanoi"


def test_spanish_short_department_name_side_cue_position_and_possessive_title() -> None:
    text = (
        "Titular\nPublicado: 12/06/2025\n"
        "El vicepresidente del Partido Socialista Unido de Venezuela (PSUV), Pedro Ruiz Soto, recibió este "
        "jueves en Caracas a una delegación del Movimiento al Socialismo (MAS) de Bolivia, encabezada por su "
        "presidente, Juan Mamani Quispe.\n"
        "Acompañaron al vicepresidente la diputada Ana Torres Vega; mientras que por la parte china asistió "
        "Wang Qiang, director general para América Latina del Departamento Internacional.\n"
        "A la delegación boliviana se sumó el diputado Luis Condori Apaza.\n"
    )
    (event,) = events(text, "es", published=None)
    by = by_name(event)
    assert by["Juan Mamani Quispe"].side == "BO" and org(by["Juan Mamani Quispe"]) == "Movement for Socialism"
    assert by["Ana Torres Vega"].side != "CN"
    assert org(by["Wang Qiang"]) == "International Department of the CPC Central Committee"
    assert by["Luis Condori Apaza"].side == "BO"


def test_tokens_split_where_a_name_is_glued_to_a_word() -> None:
    from liaison.extract.latin.tokens import tokenize

    text = "ComradeKim Jong Un toKim Il Sung Rosemary DiCarlo MacArthur PyeongChang l'Assemblée"
    words = [t.text for t in tokenize(text)]
    assert words == ["Comrade", "Kim", "Jong", "Un", "to", "Kim", "Il", "Sung", "Rosemary", "DiCarlo", "MacArthur",
                     "PyeongChang", "l'", "Assemblée"]
