"""Portuguese words and phrase patterns (Brazilian and European spelling: Xinhua, Diário do Povo, CRI,
ANGOP, Jornal ÉME, Avante!, PCP, PT and PCdoB outlets)."""

from __future__ import annotations

from liaison.extract.latin.lexicon import Lexicon, alternation
from liaison.normalise.dates import MONTHS_PT, WEEKDAYS_PT

_SHORT_WEEKDAYS = ("segunda", "terça", "quarta", "quinta", "sexta")
_WEEKDAY_ALIASES = {
    **{w.replace("ç", "c"): i for i, w in enumerate(WEEKDAYS_PT)},
    **{w: i for i, w in enumerate(_SHORT_WEEKDAYS)},
    "terca": 1, "sabado": 5,
}
_WD = alternation([*WEEKDAYS_PT, *_WEEKDAY_ALIASES])
_WD_FULL = alternation([*WEEKDAYS_PT, "terca-feira", "sabado"])  # may stand without an article
_ABBREVS = {
    "jan": 1, "fev": 2, "mar": 3, "abr": 4, "mai": 5, "jun": 6, "jul": 7, "ago": 8, "set": 9, "out": 10,
    "nov": 11, "dez": 12,
}
_MONTH = alternation([*MONTHS_PT, "marco", *_ABBREVS])

COUNTRIES = {
    "china": "CN", "república popular da china": "CN", "rpc": "CN", "venezuela": "VE",
    "república bolivariana da venezuela": "VE", "cuba": "CU", "nicarágua": "NI", "bolívia": "BO",
    "brasil": "BR", "vietnã": "VN", "vietname": "VN", "vietnam": "VN", "laos": "LA", "rússia": "RU",
    "coreia do norte": "KP", "rpdc": "KP", "méxico": "MX", "argentina": "AR", "chile": "CL",
    "colômbia": "CO", "peru": "PE", "equador": "EC", "uruguai": "UY", "paraguai": "PY", "el salvador": "SV",
    "honduras": "HN", "guatemala": "GT", "panamá": "PA", "república dominicana": "DO", "áfrica do sul": "ZA",
    "tanzânia": "TZ", "angola": "AO", "moçambique": "MZ", "namíbia": "NA", "zimbabué": "ZW", "zimbábue": "ZW",
    "etiópia": "ET", "camboja": "KH", "mongólia": "MN", "alemanha": "DE", "espanha": "ES", "portugal": "PT",
    "sérvia": "RS", "japão": "JP", "estados unidos": "US", "cabo verde": "CV", "guiné-bissau": "GW",
    "são tomé e príncipe": "ST", "timor-leste": "TL", "chade": "TD", "frança": "FR", "índia": "IN",
    "irão": "IR", "irã": "IR", "síria": "SY", "singapura": "SG", "bielorrússia": "BY", "cazaquistão": "KZ",
    "paquistão": "PK", "indonésia": "ID", "malásia": "MY", "tailândia": "TH",
}
DEMONYMS = {
    "chinês": "CN", "chinesa": "CN", "chineses": "CN", "chinesas": "CN", "venezuelano": "VE", "venezuelana": "VE",
    "cubano": "CU", "cubana": "CU", "cubanos": "CU", "nicaraguense": "NI", "boliviano": "BO", "boliviana": "BO",
    "brasileiro": "BR", "brasileira": "BR", "brasileiros": "BR", "vietnamita": "VN", "vietnamitas": "VN",
    "laosiano": "LA", "laosiana": "LA", "russo": "RU", "russa": "RU", "russos": "RU", "norte-coreano": "KP",
    "norte-coreana": "KP", "mexicano": "MX", "mexicana": "MX", "argentino": "AR", "chileno": "CL",
    "colombiano": "CO", "peruano": "PE", "equatoriano": "EC", "uruguaio": "UY", "salvadorenho": "SV",
    "hondurenho": "HN", "sul-africano": "ZA", "sul-africana": "ZA", "tanzaniano": "TZ", "angolano": "AO",
    "angolana": "AO", "angolanos": "AO", "moçambicano": "MZ", "moçambicana": "MZ", "namibiano": "NA",
    "cambojano": "KH", "mongol": "MN", "alemão": "DE", "alemã": "DE", "espanhol": "ES", "espanhola": "ES",
    "português": "PT", "portuguesa": "PT", "portugueses": "PT", "sérvio": "RS", "japonês": "JP", "japonesa": "JP",
    "cabo-verdiano": "CV", "cabo-verdiana": "CV", "guineense": "GW", "são-tomense": "ST", "timorense": "TL",
    "chadiano": "TD", "francês": "FR", "francesa": "FR", "norte-americano": "US", "norte-americana": "US",
}

PORTUGUESE = Lexicon(
    code="pt",
    articles=frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas"}),
    conjunctions=frozenset({"e"}),
    name_particles=frozenset({"de", "da", "do", "dos", "das"}),
    function_words=frozenset(
        """o a os as um uma uns umas este esta estes estas esse essa esses essas isto isso aquele aquela em no
        na nos nas num numa de do da dos das ao aos à às por pelo pela pelos pelas para com sem sobre entre
        após durante desde até segundo e ou mas enquanto quando como também além ambos ambas assim
        igualmente finalmente hoje ontem amanhã seu sua seus suas nosso nossa quem que cujo cuja outro outra
        parte lado nesta neste desta deste nessa nesse naquele naquela ainda já depois antes agência
        equipe equipa redação redacção foto fotos vídeo nota fonte texto tradução revisão editor xinhua lusa
        angop diário online covid sars palácio plenário pleno sessão sessões sede edifício camarada
        companheiro companheira formação primeiro forças armadas comandante eterno leia""".split()
    ),
    title_heads=frozenset(
        """secretário secretária subsecretário subsecretária presidente presidenta ministro ministra
        embaixador embaixadora diretor diretora director directora subdiretor subdiretora chefe deputado
        deputada chanceler governador governadora prefeito prefeita coordenador coordenadora responsável
        porta-voz representante conselheiro conselheira cônsul enviado enviada dirigente dirigentes líder
        senador senadora reitor reitora comissário comissária encarregado encarregada adido adida tesoureiro
        tesoureira premiê primeiro-ministro ministro-chefe diplomata esposa esposo""".split()
    ),
    title_modifiers=frozenset(
        """geral primeiro primeira segundo segunda vice sub adjunto adjunta executivo executiva nacional
        internacional permanente extraordinário extraordinária plenipotenciário plenipotenciária político
        política juventude alterno alterna honorário honorária""".split()
    ),
    weak_heads=frozenset({"membro", "membros", "integrante", "integrantes"}),
    government_heads=frozenset({"ministro", "ministra", "chanceler", "premiê"}),
    legislature_heads=frozenset({"deputado", "deputada", "senador", "senadora", "parlamentar"}),
    ambassador_heads=frozenset({"embaixador", "embaixadora", "cônsul", "enviado"}),
    verbs=frozenset(
        """se reuniu reuniram recebeu receberam recebe visitou visita visitaram chefia chefiou lidera liderou
        assinou assinaram rubricaram participou participaram assistiu assistiram esteve estiveram estava está
        disse afirmou destacou expressou sublinhou salientou agradeceu felicitou reiterou indicou explicou
        é são foi foram era eram tem têm teve tiveram há será serão quem que cujo cuja manteve mantiveram
        realizou realizaram presidiu interveio conversou dialogou falou saudou acompanhou acompanharam
        manifestou encontrou encontraram efectua efetua efectuou efetuou retornou regressou regressaram
        chegou partiu entregou enviou deve vai fez defendeu escreveu assumiu considerou observou""".split()
    ),
    verb_suffix=r"ou$",
    clause_breaks=frozenset({"com", "durante", "após", "enquanto", "perante", "junto"}),
    countries=COUNTRIES,
    demonyms=DEMONYMS,
    weekdays=WEEKDAYS_PT,
    months=MONTHS_PT,
    month_abbrevs={**_ABBREVS, "marco": 3},
    speech_cue=(
        r"\b(?:disse|afirmou|destacou|sublinhou|salientou|acrescentou|declarou|frisou|reiterou|agradeceu|"
        r"expressou|manifestou|considerou|observou|lembrou|recordou)\b"
    ),
    kind_cues=(
        ("phone_call",
            r"\bconversa(?:ção)?\s+telef[óô]nica\b|\bchamada\s+telef[óô]nica\b|\bpor\s+telefone\b|\btelefonema\b"
        ),
        ("video_conference",
            r"\bvideoconfer[êe]ncia\b|\bvideochamada\b|\b(?:reunião|encontro|conversa)\s+virtual\b|"
            r"\bvia\s+(?:telemática|virtual)\b|\bpor\s+vídeo\b"
        ),
        ("talks",
            r"\b(?:manteve|mantiveram|realizou|realizaram|teve|tiveram|mantêm|mantém)\s+(?:\w+\s+){0,3}?"
            r"conversações\b|\bconversações\s+oficiais\b"
        ),
        ("meeting",
            r"\breuniu-se\b|\bse\s+reuniu\b|\breuniram-se\b|\bse\s+reuniram\b|\breúne-se\b|\bse\s+reúne\b|"
            r"\bencontrou-se\b|\bse\s+encontrou\b|\bencontraram-se\b|\bse\s+encontraram\b|\bse\s+encontram\b|"
            r"\brecebeu\b|\brecebe\b|\breceberam\b|(?<!onde\s)\b(?:foi|foram|será|é|são|sendo)\s+(?:\w+mente\s+)?recebid[oa]s?\b|"
            r"\bestiv?(?:e|eram)\s+reunid[oa]s?\b|"
            r"\b(?:teve|tiveram|manteve|mantiveram|realizou|realizaram)\s+(?:\w+\s+){0,3}?"
            r"(?:(?:um|uma|o|a|os|as)\s+)?(?:\w+\s+){0,2}?(?:encontros?|reuni(?:ão|ões))\b|"
            r"\breuni(?:ão|ões)\b(?:\s+[^\s.;]+){0,12}?\s+entre\b|\b(?:encontro|reunião)\b(?:\s+[^\s.;,]+){0,8}?\s+com\b|"
            r"\bencontro\s+que\b[^.;]{0,80}?\bteve\s+com\b|\bem\s+audiência\b"
        ),
        ("agreement",
            r"\b(?:assin|rubric|firm)(?:ou|aram|a|am|ado|ada)\b(?:\s+\w+){0,7}\s+(?:memorando|acordo|convénio|"
            r"convênio|carta\s+de\s+intenções|protocolo|plano|programa|documento)\b|\brubricad[oa]\s+pel[oa]\b|"
            r"\bassinatura\s+d[eo]\s+(?:um\s+)?(?:memorando|acordo|convénio|convênio)\b|\bassinou\b|"
            r"\bassinaram\b|\b(?:foi|foram)\s+(?:assinad|rubricad|firmad)[oa]s?\b"
        ),
        ("seminar",
            r"\b(?:seminário|simpósio|colóquio|workshop|curso\s+de\s+formação|jornada\s+de\s+formação|"
            r"diálogo\s+de\s+alto\s+nível)\b"
        ),
        ("message",
            r"\b(?:enviou|enviaram|remeteu|dirigiu)\s+(?:uma?\s+)?(?:\w+\s+){0,2}(?:mensagem|carta|missiva)\b|"
            r"\bmensagem\s+de\s+(?:felicitações|congratulações|condolências|pêsames)\b|"
            r"\bcarta\s+de\s+(?:felicitações|congratulações|condolências)\b|"
            r"\b(?:numa|em\s+uma|na\s+sua|em\s+sua)\s+(?:\w+\s+){0,2}?(?:mensagem|carta)\b"
        ),
        ("visit",
            r"\b(?:visitou|visitaram|visita\s+oficial|visita\s+de\s+(?:Estado|trabalho|amizade)|realizou\s+uma\s+visita|"
            r"efe(?:c)?tua(?:r)?\s+(?:uma\s+)?visita|está\s+de\s+visita|inicia\s+(?:[\w-]+\s+){0,4}?visita)\b"
        ),
    ),
    remote_cue=(
        r"\bvideoconfer[êe]ncia\b|\bvideochamada\b|\bvirtual\b|\bvia\s+telemática\b|\btelef[óô]nica\b|"
        r"\bpor\s+telefone\b"
    ),
    attendance_cue=(
        r"\bparticiparam\b|\bparticipou\b|\bestiveram\s+presentes\b|\besteve\s+presente\b|\bassistiram\b|"
        r"\bassistiu\b|\bacompanhad[oa]s?\s+(?:por|de|pel[oa]s?)\b|\bcontou\s+com\s+a\s+presença\b|"
        r"\bjuntaram-se\b|\bintegr(?:ava|avam|aram|ou)\b|\bfizeram\s+parte\b|\bfez\s+parte\b|"
        r"\btestemunhad[oa]\s+pel[oa]s?\b|\brecepcionaram\b|\bdespediram-se\b|\bcomitiva\b[^.;]{0,40}\bincluindo\b"
    ),
    speaker_cue=(
        r"\bdiscursou\b|\binterveio\b|\bproferiu\s+(?:um\s+)?discurso\b|\btomou\s+a\s+palavra\b|"
        r"\bmoderad[oa]\s+(?:por|pel[oa])\b|\bcopresidi(?:u|ram)\b|\binaugurad[oa]s?\s+(?:por|pel[oa])\b|"
        r"\binaugurou\b|\bchefe\s+da\s+delegação\b|\bà\s+frente\s+da\s+delegação\b"
    ),
    lead_cue=(
        r"\b(?:liderad|chefiad|encabeçad|presidid|dirigid|conduzid)[oa]s?\s+(?:por|pel[oa])"
        r"(?:\s+(?:camarada|companheir[oa]))?\s*$"
    ),
    mention_cue=(
        r"sob\s+a\s+(?:\w+\s+){0,2}?(?:liderança|direção|direcção|condução)\s+d[oa]|"
        r"(?:proposta|propostas|iniciativa|iniciativas|legado|pensamento|visão|vontade|intenção)\s+d[oa]|"
        r"(?:propostas?|iniciativas?)\s+(?:apresentadas?|formuladas?)\s+pel[oa]|em\s+nome\s+d[oa]|"
        r"saudações?\s+d[oa]|consenso\s+alcançado\s+pel[oa]|enviad[oa]\s+especial\s+d[oa]"
    ),
    side_cue=(
        r"\b(?:(?:por|pela|pelo|do\s+lado|da\s+parte)\s+(?:a\s+parte\s+|o\s+lado\s+|parte\s+)?|"
        r"(?:d[ao]\s+|^\W*(?:a\s+)?)delegação\s+(?:d[oa]\s+)?|desde\s+)(?P<c>[\w-]+)\b"
    ),
    separate_cue=(
        r"\bseparadamente\b|\bem\s+separado\b|\brespe(?:c)?tivamente\b|"
        r"\b(?:reuniões|encontros)\s+(?:de\s+trabalho\s+)?com\b"  # "manteve encontros com A e B": one each
    ),
    also_cue=(
        r"\btambém\s+(?:se\s+reuniu|se\s+encontrou|recebeu|visitou|esteve|estiveram|manteve|mantiveram)\b|"
        r"\b(?:reuniu-se|encontrou-se|se\s+reuniu)\s+também\b|\bmanteve\s+ainda\b"
    ),
    date_this_weekday=(
        rf"\b(?:(?:este|esta|nesta|neste|desta|deste|nessa|nesse|na|no)\s+(?P<wd>{_WD})|(?P<wd2>{_WD_FULL}))\b"
        r"(?!\s+\d)"
    ),
    date_day_of_month=r"\b(?:no\s+)?dia\s+(?P<day>\d{1,2})\b(?!\s*(?:º|°|/|\.\d|de\s))",
    date_last_weekday=(
        rf"\b(?:(?:(?:na|no)\s+)?(?:última|último|passada|passado)\s+(?P<wd>{_WD})|"
        rf"(?P<wd2>{_WD})\s+(?:passada|passado|última))\b"
    ),
    date_weekday_day=rf"\b(?P<wd>{_WD})\s*\((?:dia\s+)?(?P<day>\d{{1,2}})\)",
    date_month_day=(
        rf"\b(?P<day>\d{{1,2}})(?:º|°)?\s+(?:de\s+)?(?P<month>{_MONTH})\.?"
        rf"(?:\s+(?:de\s+)?(?P<year>\d{{4}}))?(?!\w)"
    ),
    date_span_cue=(
        rf"\bde\s+(?:(?:última|último|passada|passado)\s+)?(?:{_WD})\s+a\s+(?:(?:última|último)\s+)?(?:{_WD})\b|"
        r"\bentre\s+(?:os\s+dias\s+)?\d{1,2}\s+(?:de\s+\w+\s+)?e\s+\d{1,2}\s+de\b|"
        r"\b(?:retornou|regressou|regressaram)\b[^.;]*\b(?:após|depois\s+de)\b[^.;]*\bvisita\b"
    ),
    date_today=r"\bhoje\b|\bneste\s+mesmo\s+dia\b",
    date_yesterday=r"\bontem\b",
    here=r"\baqui\b|\bnesta\s+capital\b",
    location_cue=(
        r"\b(?:em|na|no)\s+(?:a\s+cidade\s+de\s+|capital\s+)?"
        r"(?P<place>(?-i:[A-ZÁÉÍÓÚÂÊÔ][\w'-]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÂÊÔ][\w'-]+)?))"
    ),
    datelines=(
        rf"^[ \t]*(?P<place>[A-ZÁÉÍÓÚ][\w.' -]{{1,30}}?),\s+(?P<day>\d{{1,2}})\s+(?:de\s+)?(?P<month>{_MONTH})\.?"
        r"(?:\s+(?:de\s+)?\d{4})?\s*(?:\([^)\n]{1,30}\)\s*(?:--|[—–.-])?|(?:--|[—–.-]))",
        # "Jornal ÉME – Luanda – 16.09.23 –": outlet, place and a numeric date between dashes
        r"^[ \t]*(?:[^\n–]{1,30}[ \t]+[–-][ \t]+)?(?P<place>[A-ZÁÉÍÓÚ][\w' ]{1,30}?)[ \t]+[–-][ \t]+"
        r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.\d{2,4}[ \t]+[–-]",
    ),
    topics=(
        (r"covid|coronavírus|pandemia|epidemia", "COVID-19 response"),
        (r"formação\s+de\s+quadros|escola\s+de\s+quadros|intercâmbio\s+de\s+quadros|quadros", "cadre training"),
        (r"movimentos?\s+(?:de\s+)?(?:trabalhadores|operários?)|classe\s+operária|sindica", "workers' movements"),
        (r"governança|governação|experiências?\s+de\s+governo", "governance experience"),
        (r"cinturão\s+e\s+rota|faixa\s+e\s+rota|uma\s+faixa,\s+uma\s+rota", "Belt and Road Initiative"),
        (r"redução\s+da\s+pobreza|erradicação\s+da\s+pobreza|combate\s+à\s+pobreza|alívio\s+da\s+pobreza",
         "poverty alleviation"),
        (r"eleições|eleitora", "elections"),
        (r"cooperação\s+económica|cooperação\s+econômica|comércio|investimento", "economic cooperation"),
        (r"bloqueio", "US blockade"),
    ),
    extra_stopwords=frozenset(
        """partido comitê comité departamento gabinete ministério governo embaixada república assembleia
        conselho comissão frente movimento socialista comunista unido unida nacional central político política
        birô bureau popular poder relações exteriores externas internacionais internacional assuntos trabalho
        trabalhadores social juventude mulheres secção seção província provincial municipal estado federação
        união liga instituto escola universidade fundação associação amizade desenvolvimento povo povos
        revolução revolucionário revolucionária libertação salvação patriótica secretariado diretório direção
        executiva academia ciências conferência consultiva oriente região autónoma autônoma segurança pública
        público defesa economia finanças saúde educação cultura justiça agricultura comércio indústria
        energia transportes ambiente turismo planeamento planejamento américa latina áfrica ásia europa
        médio mundial actividades atividades económicas econômicas económica econômica encontro reunião
        seminário fórum congresso cimeira cúpula festival ano primavera""".split()
    ),
    institution_words=frozenset(
        """partido escola instituto universidade academia fundação hospital rua avenida praça centro prémio
        prêmio ordem medalha memorial museu casa-museu sala parque teatro brigada mausoléu complexo quartel
        província região""".split()
    ),
    every_event_cue=(
        r"\bn(?:os|as)\s+(?:dois\s+|duas\s+)?(?:encontros|reuniões)\b|\b(?:ambos|os\s+dois)\s+(?:encontros|"
        r"eventos)\b|\b(?:ambas|as\s+duas)\s+(?:ocasiões|reuniões)\b|\bcada\s+(?:encontro|reunião)\b"
    ),
    state_titles=(
        r"\b(?:vice-)?primeiro-ministro\b|\bvice-presidente\s+executiv[oa]\b|\bchefe\s+de\s+estado\b|"
        r"\bpresident[ea]\s+da\s+(?:\w+\s+)?república\b|\b(?:vice-)?premiê\b"
    ),
    honorifics=frozenset({"sr", "sra", "dr", "dra", "eng", "camarada", "companheiro", "companheira"}),
    possessives=frozenset({"seu", "sua", "seus", "suas"}),
    title_link=(
        r"[ \t]+(?:por|pela)[ \t]+(?:sua)[ \t]+(?:re)?(?:elei[çc][ãa]o|nomea[çc][ãa]o|designa[çc][ãa]o)"
        r"[ \t]+(?:como)[ \t]+"
    ),
    venue_cue=(
        r"\brealizou-se\b|\bfoi\s+realizad[ao]\b|\bteve\s+lugar\b|\baconteceu\b|\bdecorreu\b|\bocorreu\b"
    ),
    escort_cue=r"\bacompanh(?:aram|ou|ando|ad[oa]s?)\b(?:\s+(?:o|a|ao|à|pel[oa]))?",
    sequel_cue=(
        r"\bno\s+dia\s+seguinte\b|\bmais\s+tarde\b|\bposteriormente\b|\bem\s+separado\b|\bna\s+sequência\b|"
        r"\bdurante\s+(?:a|sua|a\s+sua)\s+(?:visita|estadia|estada)\b|\bainda\s+(?:n[ao]|num|numa|em)\b"
    ),
    delegation_cue=(
        r"\bintegr\w+\s+(?:também\s+|ainda\s+)?a\s+delegação\b|\ba\s+delegação\s+(?:\w+\s+)?integrava\b|"
        r"\bda\s+delegação\s+(?:\w+\s+)?fizeram\s+parte\b|\bparticiparam\s+da\s+delegação\b"
    ),
    relative_cue=r",\s+(?:que|quem|o\s+qual|a\s+qual)\b",
    with_cue=r"\bcom\b",
    date_next_day=r"\bno\s+dia\s+seguinte\b",
    date_same_day=r"\b(?:nesse|naquele|no)\s+mesmo\s+dia\b|\bmais\s+tarde\b",
    foreign_cue=r"\bestrangeir[oa]s?\b|\bdelegaç(?:ão|ões)\b|\bembaixador(?:es|a)?\b",
    places={"pequim": "Beijing", "beijing": "Beijing", "xangai": "Shanghai", "hanói": "Hanoi", "hanoi": "Hanoi",
            "vientiane": "Vientiane", "havana": "Havana", "moscovo": "Moscow", "moscou": "Moscow",
            "brasília": "Brasília", "brasilia": "Brasília", "são paulo": "São Paulo", "lisboa": "Lisbon",
            "cantão": "Guangzhou", "nanquim": "Nanjing", "caracas": "Caracas", "manágua": "Managua"},
    weekday_aliases=_WEEKDAY_ALIASES,
    connectors=frozenset({"de", "do", "da", "dos", "das", "em", "no", "na", "para", "junto", "ao", "à"}),
    additives=frozenset({"também"}),
    relatives=frozenset({"que", "quem", "cujo", "cuja", "qual"}),
    anaphora=frozenset({"essa", "esta", "esse", "este", "referida", "referido"}),
    country_prefix=r"^(?:o|a|os|as)\s+",
    org_heads=(
        r"\b(?:Comissão|Comitê|Comité|Ministério|Departamento|Gabinete|Conselho|Agência|Assembleia|Partido|"
        r"Frente|Movimento|Federação|União|Congresso|Parlamento|Senado|Instituto|Escola|Universidade|"
        r"Academia|Secretariado|Birô|Bureau|Direção|Direcção|Secção|Seção|Commission|Committee|Ministry|"
        r"Department|Office|Council|Assembly|Party|Front|Movement)\b"
    ),
    org_phrase=(
        r"\b(?:de|do|da|dos|das)\s+(?:o\s+|a\s+)?"
        r"((?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w'’-]*|de|do|da|dos|das|e|para)(?![\w'’-])"
        r"(?:\s+(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w'’-]*|de|do|da|dos|das|e|para)(?![\w'’-]))*)"
    ),
    org_phrase_tail=r"\s+(?:de|do|da|dos|das|e|para)$",
    org_kinds=(
        (r"Partido|Frente|Movimento|Party|Front|Movement", "party"),
        (r"Assembleia|Parlamento|Congresso|Senado|Câmara|Assembly|Parliament", "legislature"),
        (r"PCCh|PCC|Comunista|Communist|Comit[êé]\s+Central|Birô|Bureau|Secretariado|Comissão\s+Política|"
         r"Comissão\s+Central|Secção|Seção", "party_body"),
    ),
    central_bodies=(
        r"^(?:the\s+)?(?:[A-Z]{2,6}\s+Central\s+Committee$|(?:Standing\s+Committee\s+of\s+the\s+|"
        r"Comit[êé]\s+Permanente\s+d[oa]\s+)?"
        r"(?:Central\s+Committee|Political\s+Bureau|Politburo|Secretariat|Comitê\s+Central|Comité\s+Central|"
        r"Birô\s+Político|Bureau\s+Político|Secretariado)(?:\s+(?:of|de|do|da)\b.*)?$)"
    ),
    own_party_bodies=(
        r"\b(?:Party\s+Central\s+Committee|Central\s+Committee(?:\s+of\s+the\s+Party)?|Political\s+Bureau|"
        r"Politburo|Comit[êé]\s+Central(?:\s+do\s+Partido)?|Birô\s+Político|Bureau\s+Político)\b"
    ),
    body_links=("de", "do", "da", "dos", "das"),
    own_body_link="de",
    state_heads=frozenset({"presidente", "presidenta", "vice-presidente"}),
    legislature_words=frozenset({"de", "do", "da", "nacional", "assembleia"}),
    secretary_words=frozenset({"secretário", "secretária"}),
    of_words=frozenset({"de", "do", "da"}),
    ambassador_link=r"\b(?:em|no|na|junto|para)\b",
    org_abbreviations={"PCC": "cpc"},
    membership_links=frozenset({"do", "da", "dos", "das"}),
    bracket_titles=True,
)
