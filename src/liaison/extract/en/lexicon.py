"""English words and phrase patterns for the shared Latin-script grammar (IDCPC, Xinhua, translations)."""

from __future__ import annotations

from liaison.extract.latin.lexicon import Lexicon, alternation
from liaison.normalise.dates import MONTHS_EN, WEEKDAYS_EN

_WD = alternation(WEEKDAYS_EN)
_ABBREVS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_MONTH = alternation([*MONTHS_EN, *_ABBREVS])

COUNTRIES = {
    "china": "CN", "people's republic of china": "CN", "the people's republic of china": "CN", "prc": "CN",
    "venezuela": "VE", "bolivarian republic of venezuela": "VE", "cuba": "CU", "republic of cuba": "CU",
    "nicaragua": "NI", "bolivia": "BO", "brazil": "BR", "vietnam": "VN", "viet nam": "VN", "laos": "LA",
    "lao pdr": "LA", "russia": "RU", "russian federation": "RU", "north korea": "KP", "dprk": "KP",
    "democratic people's republic of korea": "KP", "mexico": "MX", "argentina": "AR", "chile": "CL",
    "colombia": "CO", "peru": "PE", "ecuador": "EC", "uruguay": "UY", "paraguay": "PY",
    "el salvador": "SV", "honduras": "HN", "guatemala": "GT", "panama": "PA", "dominican republic": "DO",
    "south africa": "ZA", "tanzania": "TZ", "angola": "AO", "mozambique": "MZ", "namibia": "NA",
    "zimbabwe": "ZW", "ethiopia": "ET", "cambodia": "KH", "mongolia": "MN", "germany": "DE",
    "spain": "ES", "portugal": "PT", "serbia": "RS", "japan": "JP", "singapore": "SG",
    "belarus": "BY", "kazakhstan": "KZ", "pakistan": "PK", "bangladesh": "BD", "nepal": "NP",
    "sri lanka": "LK", "indonesia": "ID", "malaysia": "MY", "thailand": "TH", "india": "IN",
    "iran": "IR", "syria": "SY", "united states": "US",
}
DEMONYMS = {
    "chinese": "CN", "venezuelan": "VE", "cuban": "CU", "nicaraguan": "NI", "bolivian": "BO",
    "brazilian": "BR", "vietnamese": "VN", "lao": "LA", "laotian": "LA", "russian": "RU",
    "north korean": "KP", "mexican": "MX", "argentine": "AR", "argentinian": "AR", "chilean": "CL",
    "colombian": "CO", "peruvian": "PE", "ecuadorian": "EC", "uruguayan": "UY", "salvadoran": "SV",
    "honduran": "HN", "south african": "ZA", "tanzanian": "TZ", "angolan": "AO", "mozambican": "MZ",
    "namibian": "NA", "cambodian": "KH", "mongolian": "MN", "german": "DE", "spanish": "ES",
    "portuguese": "PT", "serbian": "RS", "japanese": "JP", "singaporean": "SG",
}

ENGLISH = Lexicon(
    code="en",
    articles=frozenset({"the", "a", "an"}),
    conjunctions=frozenset({"and"}),
    name_particles=frozenset({"de", "del", "da", "dos", "das", "van", "von", "bin", "la", "los"}),
    function_words=frozenset(
        """the this that these those on in at of for from to with by and or but while when after before
        during since as also both guests meanwhile however in addition his her their its he she they it
        we our they according earlier later today yesterday tomorrow morning afternoon evening xinhua
        news team staff agency press photo video online two three four five first second last next
        mr mrs ms dr comrade
        excellency plenary plenum session palace headquarters his excellency revolutionary forces
        sessions two latin american asian
        european african western southern northern eastern us covid sars epidemic pandemic
        extending confronted congratulating""".split()
    ),
    title_heads=frozenset(
        """secretary president minister ambassador director chairman chairwoman chairperson chair head
        leader deputy vice-minister vice-president premier governor mayor envoy counsellor
        counselor consul commander coordinator spokesperson spokesman representative lawmaker
        legislator parliamentarian senator mp speaker chief officer advisor adviser attaché attache
        delegate commissioner president-elect treasurer founder""".split()
    ),
    title_modifiers=frozenset(
        """general vice first second third executive permanent standing deputy assistant acting honorary
        youth women's national international political alternate extraordinary plenipotentiary
        party principal senior former prime""".split()
    ),
    weak_heads=frozenset({"member", "members"}),
    government_heads=frozenset({"minister", "vice-minister", "premier"}),
    legislature_heads=frozenset({"deputy", "lawmaker", "legislator", "parliamentarian", "mp", "senator"}),
    ambassador_heads=frozenset({"ambassador", "envoy", "consul"}),
    verbs=frozenset(
        """met meets meet held holds hold said says attended attends addressed addresses received
        receives visited visits led leads signed signs sent sends spoke speaks expressed noted
        highlighted stressed was were is are has have had will would also who which presided chaired
        participated took gave delivered welcomed thanked congratulated praised reiterated underlined
        pointed called agreed briefed exchanged discussed talked joined""".split()
    ),
    verb_suffix=r"(?<!e)ed$",
    clause_breaks=frozenset({"with", "as", "while", "during", "after", "before", "on", "at", "since", "by"}),
    countries=COUNTRIES,
    demonyms=DEMONYMS,
    weekdays=WEEKDAYS_EN,
    months=MONTHS_EN,
    month_abbrevs={
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    },
    kind_cues=(
        ("phone_call",
            r"\b(?:tele)?phone\s+(?:call|conversation|talks)\b|\bby\s+(?:tele)?phone\b|"
            r"\bspoke\s+over\s+the\s+phone\b|\bcalls?\s+with\b|\b(?:on|over)\s+the\s+(?:tele)?phone\b|\b(?:held|had|holds|hold|have|has)\s+(?:a|an)\s+(?:\w+\s+){0,2}?call\s+with\b|"
            r"\bspoke\s+(?:by\s+(?:tele)?phone\s+)?(?:\w+\s+){0,2}?with\b(?=.*\bcall\b)|\bon\s+(?:a|the)\s+(?:\w+\s+)?call\b"
        ),
        ("video_conference",
            r"\bvideo[\s-]*(?:conference|call|link|meeting|chat)\b|\bvideoconference\b|"
            r"\bvirtual\s+(?:meeting|talks|conference)\b|\bonline\s+(?:\w+\s+){0,2}(?:meeting|"
            r"conference|talks|seminar)\b|\bvia\s+video\b"
        ),
        ("talks",
            r"\b(?:held|holds|hold|holding|had)\s+(?:\w+\s+){0,3}talks?\s+(?:with|between)\b|"
            r"\b(?:held|holds|hold|holding|had)\s+(?:\w+\s+){0,3}talks\b|\bthere\s+(?:were|was)\s+(?:\w+\s+)?talks\b|"
            r"\btalks\s+(?:were|was)\s+held\b|\bheld\s+(?:a|an)\s+(?:\w+\s+){0,2}summit\s+with\b"
        ),
        ("message",
            r"\b(?:received|receives|sent|sends)\s+(?:a|an|the)?\s*(?:\w+\s+){0,3}?(?:messages?|letters?|cables?|"
            r"greetings|congratulations|floral\s+baskets?|wreaths?)\b(?!\s+(?:delegation|team))|"
            r"\bmessages?\s+of\s+(?:greeting|greetings|condolence|sympathy|congratulation|thanks)\b"
        ),
        ("meeting",
            r"\b(?:met|meets|meet)\b|\bheld\s+(?:a|an)\s+(?:\w+\s+){0,4}(?:meeting|encounter)\b|\bvisit\s+with\b|"
            r"\bhad\s+(?:a|an)\s+(?:\w+\s+){0,2}meeting\b|\breceived\b|\bmeetings?\s+with\b|\breceiving\b|"
            r"\bcourtesy\s+(?:call|visit)s?\b|\bcall(?:ed|s)\s+on\b|\b(?:spoke|speaking|speaks)\s+(?:\w+\s+){0,2}?with\b|"
            r"\bhost(?:ed|s)\s+(?:a\s+|separate\s+)?(?:\w+\s+){0,2}?(?:receptions?|delegations?)\b|\b(?:was|were)\s+hosted\s+by\b|"
            r"\bheld\s+(?:\w+\s+){0,2}?exchanges\s+with\b|\b(?:had|held)\s+(?:a|an)\s+working\s+session\b|"
            r"\bwelcomed\s+(?:\w+\s+){0,4}?(?:a|the)\s+(?:\w+\s+){0,2}?delegation\b|"
            r"\bpaid\s+(?:a|an)\s+(?:\w+\s+){0,2}?call\s+on\b"
        ),
        ("agreement", r"\bsign(?:ed|s|ing)?\b(?:\s+\w+){0,4}\s+(?:memorandum|agreement|mou|accord|protocol|plan)\b"),
        ("seminar",
            r"\b(?:seminar|workshop|symposium|training\s+(?:course|session|program(?:me)?)|briefing|forum|"
            r"dialogue)\b"
        ),
        ("message",
            r"\bsent\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:message|letter|cable)\b|\b(?:congratulatory|"
            r"condolence)\s+(?:message|letter)\b|\bin\s+(?:a|an|his|her|their)\s+(?:\w+\s+){0,2}?(?:message|letter|cable)\b"
        ),
        ("visit",
            r"\b(?:visited|is\s+visiting|(?:paid|on|made)\s+(?:a|an)\s+(?:\w+\s+){0,2}visit)\b|"
            r"\b(?:arrived|arrives)\s+(?:here|in|at)\b|\bleft\s+here\b|\bleaves\s+for\b|\bleft\s+for\b(?=.*\bvisit)"
        ),
    ),
    remote_cue=(
        r"\bvideo[\s-]*(?:conference|call|link|meeting)\b|\bvideoconference\b|\bonline\b|"
        r"\bvirtual(?:ly)?\b|\bvia\s+video\b|\b(?:tele)?phone\s+(?:call|conversation)\b"
    ),
    attendance_cue=(
        r"\battended\s+by\b|\b(?:also\s+)?attended\b|\battending\b|\bthere\s+were\b|\b(?:was|"
        r"were)\s+present\b|\bpresent\s+(?:were|at)\b|\baccompanied\s+by\b|\balso\s+present\b|"
        r"\bparticipated\b|\b(?:took|taking)\s+part\b|\b(?:presentations?|lectures?|speeches|remarks)\s+"
        r"(?:\w+\s+){0,2}(?:made|given|delivered)\s+by\b|\bjoined\s+by\b|\bflanked\s+by\b|\bdelegation\s+included\b|"
        r"\bmembers\s+of\s+the\s+delegation\b|\bpresent\s+on\b|\balso\s+joined\b|"
        r"\bjoined\s+the\s+(?:talks|meeting|meetings)\b|\bdelegation\s+was\s+(?:led|headed)\s+by\b|\bmembers\s+of\s+the\s+(?:\w+\s+){1,2}delegation\b"
    ),
    speaker_cue=r"\baddressed\b|\bco-?chaired\b|\bco-?hosted\b|\bmoderated\b|\bdelivered\s+(?:a\s+)?speech\b|\bspoke\s+at\b|\bgave\s+(?:a\s+)?speech\b",
    lead_cue=r"\b(?:led|headed)\s+by\s*$",
    mention_cue=(
        r"under\s+the\s+(?:\w+\s+){0,2}leadership\s+of(?:\s+the)?|intention\s+of(?:\s+the)?|proposal\s+of"
        r"|(?:initiatives?|proposals?|ideas?)\s+(?:put\s+forward|proposed|raised)\s+by|consensus\s+reached\s+by"
        r"|instructions?\s+(?:of|from)|on\s+behalf\s+of|greetings\s+(?:from|of)|legacy\s+of|thought\s+of"
        r"|vision\s+of|memory\s+of|death\s+of|birthday\s+of|\blate"
    ),
    side_cue=r"\b(?:while\s+in|for|from|on|in)\s+(?:the\s+)?(?P<c>[A-Z][\w'-]+)(?:\s+side)?\b",
    separate_cue=r"\bseparately\b|\brespectively\b|\bin\s+separate\s+meetings\b|\bmeetings\s+with\b|\bseparate\s+(?:receptions|meetings|talks)\b",
    also_cue=r"\balso\s+(?:met|held|received|visited)\b",
    date_this_weekday=rf"\b(?:this|on|today,?|earlier\s+on|late\s+on|later\s+on)\s+(?P<wd>{_WD})\b",
    date_last_weekday=rf"\blast\s+(?P<wd>{_WD})\b",
    date_month_day=(
        rf"\b(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})\.?)(?:,?\s+(?P<year>\d{{4}}))?(?!\w)"
    ),
    date_today=r"\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b|\bon\s+the\s+same\s+day\b",
    date_yesterday=r"\byesterday\b",
    here=r"\bhere\b|\bin\s+(?:this|the)\s+capital\b",
    location_cue=r"\bin\s+(?P<place>(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))",
    datelines=(
        rf"^[ \t]*(?P<place>[A-Z][\w.' -]{{1,30}}?),\s+(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        r"\s*(?:\([^)\n]{1,30}\)\s*(?:--|[—–-])?|(?:--|[—–-]))",
        rf"^[ \t]*(?P<place>[A-Z][\w.' -]{{1,30}}?),\s+(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\.?,?\s+"
        r"(?P<year>\d{4})"
        r"\s*(?:\([^)\n]{1,30}\)\s*(?:--|[—–-])?|(?:--|[—–-]))",
    ),
    date_day_of_month=r"\bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?-i:[A-Z]))",
    topics=(
        (r"covid|coronavirus|epidemic|pandemic", "COVID-19 response"),
        (r"cadres?\b|cadre\s+training|formation\s+of\s+cadres|party\s+school|training", "cadre training"),
        (r"workers'?\s+movements?|labou?r\s+movements?|trade\s+unions?", "workers' movements"),
        (r"governance|state\s+administration", "governance experience"),
        (r"belt\s+and\s+road", "Belt and Road Initiative"),
        (r"poverty\s+(?:alleviation|reduction|eradication)", "poverty alleviation"),
        (r"\belection", "elections"),
        (r"economic\s+cooperation|trade\b|investment", "economic cooperation"),
        (r"global\s+(?:development|security|civilization)\s+initiative", "global initiatives"),
    ),
    extra_stopwords=frozenset(
        """latin american affairs office section department province provincial municipal city county
        health commission committee ministry bureau council agency assembly parliament congress senate
        government embassy republic state people's party communist socialist workers revolutionary
        national central political politburo standing secretariat federation union league front
        movement institute academy school university centre center foundation friendship association
        development reform security foreign international liaison organization organisation world
        training ideology publicity propaganda information education culture economy presidential public
        finance administration mobilisation mobilization planning research policy external relations
        initiative house defence defense industry trade affairs chemical economic energy agriculture
        justice interior labour labor transport commerce fisheries
        smeltery mine factory complex farm plant enterprise company corporation works
        group club orchestra mining forum
        """.split()
    ),
    institution_words=frozenset(
        """party school institute university academy foundation hospital street avenue square centre center
        award prize order medal memorial museum hall park theatre theater brigade mausoleum
        province city house""".split()
    ),
    every_event_cue=(
        r"\bboth\s+(?:occasions|meetings|events|talks)\b|\beach\s+(?:occasion|meeting)\b|"
        r"\ball\s+(?:the\s+)?(?:meetings|events)\b|\b(?:at|in)\s+the\s+(?:meetings|events)\b"
    ),
    state_titles=(
        r"\b(?:deputy\s+)?prime\s+minister\b|\bexecutive\s+vice[\s-]president\b|\bhead\s+of\s+state\b|"
        r"\b(?:co-?)?president\s+of\s+the\s+(?:\w+\s+)?republic\b|\bco-?president\b|\bstate\s+president\b"
    ),
    honorifics=frozenset(
        {"dr", "mr", "mrs", "ms", "comrade", "cde", "madam", "h.e", "professor", "prof", "assoc", "hon",
         "majesty", "highness", "king", "queen", "prince", "princess", "emir", "sultan"}
    ),
    possessives=frozenset({"its", "their"}),
    title_link=r"[ \t]+on[ \t]+(?:his|her|their)[ \t]+(?:re-?)?(?:election|appointment)[ \t]+as[ \t]+",
    venue_cue=r"\b(?:was|were)\s+held\b|\btook\s+place\b|\bwas\s+hosted\b",
    escort_cue=r"\baccompan(?:ied|ying)\b",
    sequel_cue=(
        r"\bthe\s+(?:next|following)\s+day\b|\blater\b|\bseparate\b|"
        r"\bafterwards\b|\bsubsequently\b|\bearlier\s+(?:in\s+the\s+day|that\s+day)\b|\bduring\s+(?:the|its|his|her)\s+(?:visit|stay)\b"
    ),
    delegation_cue=r"^\W*the\s+delegation\s+(?:also\s+)?(?:included|comprised)\b",
    relative_cue=r",\s+(?:who|which)\b",
    with_cue=r"\bwith\b",
    date_next_day=r"\bthe\s+(?:next|following)\s+day\b",
    date_same_day=r"\b(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|on)\b|\bon\s+the\s+same\s+day\b",
    speech_cue=(
        r"\b(?:said|says|stressed|noted|added|expressed|agreed|hoped|recalled|underlined|pointed\s+out|"
        r"highlighted|emphasized|emphasised|reiterated|briefed|thanked|praised|welcomed|proposed)\b"
    ),
    foreign_cue=r"\bforeign\b|\boverseas\b|\bdelegations?\b|\binternational\s+guests\b|\bambassadors?\b",
    places={"la paz": "La Paz", "managua": "Managua", "vientiane": "Vientiane", "moscow": "Moscow",
            "beijing": "Beijing", "peking": "Beijing", "havana": "Havana", "caracas": "Caracas", "hanoi": "Hanoi"},
)
