"""Spanish words and phrase patterns (PSUV, Granma, Prensa Latina, FSLN outlets). Portuguese has its
own lexicon (``liaison.extract.pt``)."""

from __future__ import annotations

from liaison.extract.latin.lexicon import Lexicon, alternation
from liaison.normalise.dates import MONTHS_ES, WEEKDAYS_ES

_WEEKDAY_WORDS = (*WEEKDAYS_ES, "miercoles", "sabado")
_WD = alternation(_WEEKDAY_WORDS)
_ABBREVS = {
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sep": 9, "sept": 9,
    "set": 9, "oct": 10, "nov": 11, "dic": 12,
}
_MONTH = alternation([*MONTHS_ES, "setiembre", *_ABBREVS])

COUNTRIES = {
    "china": "CN", "república popular china": "CN", "la república popular china": "CN", "venezuela": "VE",
    "república bolivariana de venezuela": "VE", "cuba": "CU", "república de cuba": "CU", "nicaragua": "NI",
    "bolivia": "BO", "estado plurinacional de bolivia": "BO", "brasil": "BR", "vietnam": "VN",
    "viet nam": "VN", "laos": "LA", "rusia": "RU", "corea del norte": "KP",
    "méxico": "MX", "mexico": "MX", "argentina": "AR", "chile": "CL", "colombia": "CO", "perú": "PE",
    "ecuador": "EC", "uruguay": "UY", "paraguay": "PY", "el salvador": "SV", "honduras": "HN",
    "guatemala": "GT", "panamá": "PA", "república dominicana": "DO", "sudáfrica": "ZA", "tanzania": "TZ",
    "angola": "AO", "mozambique": "MZ", "camboya": "KH", "mongolia": "MN",
    "alemania": "DE", "españa": "ES", "portugal": "PT", "serbia": "RS", "japón": "JP", "estados unidos": "US",
    "francia": "FR", "italia": "IT", "grecia": "GR", "reino unido": "GB", "gran bretaña": "GB", "india": "IN",
    "irán": "IR", "turquía": "TR", "corea del sur": "KR", "canadá": "CA", "argelia": "DZ", "egipto": "EG",
}
DEMONYMS = {
    "chino": "CN", "china": "CN", "chinos": "CN", "chinas": "CN",
    "venezolano": "VE", "venezolana": "VE", "venezolanos": "VE",
    "cubano": "CU", "cubana": "CU", "cubanos": "CU", "nicaragüense": "NI", "nicaragüenses": "NI",
    "boliviano": "BO", "boliviana": "BO", "brasileño": "BR", "brasileña": "BR", "vietnamita": "VN",
    "laosiano": "LA", "ruso": "RU", "rusa": "RU",
    "mexicano": "MX", "mexicana": "MX", "argentino": "AR", "argentina": "AR", "chileno": "CL",
    "colombiano": "CO", "peruano": "PE", "ecuatoriano": "EC", "uruguayo": "UY", "salvadoreño": "SV",
    "hondureño": "HN", "portugués": "PT",
    "estadounidense": "US", "estadounidenses": "US", "norteamericano": "US", "norteamericana": "US",
    "británico": "GB", "británica": "GB", "francés": "FR", "francesa": "FR", "italiano": "IT", "italiana": "IT",
    "griego": "GR", "griega": "GR", "alemán": "DE", "alemana": "DE", "español": "ES", "española": "ES",
    "japonés": "JP", "japonesa": "JP", "sudafricano": "ZA", "sudafricana": "ZA", "angoleño": "AO",
    "uruguaya": "UY", "salvadoreña": "SV", "laosiana": "LA", "coreano": "KP",
}

SPANISH = Lexicon(
    code="es",
    articles=frozenset({"el", "la", "los", "las", "un", "una"}),
    conjunctions=frozenset({"y", "e"}),
    name_particles=frozenset({"de", "del", "da", "do", "dos", "das", "la", "los", "las"}),
    function_words=frozenset(
        """el la los las lo un una unos unas este esta estos estas ese esa en de del al por para con sin
        sobre entre tras durante desde hasta según y e o pero mientras cuando como también además ambos
        ambas así asimismo igualmente finalmente hoy ayer mañana su sus nuestro nuestra quien quienes
        dicho dicha durante por otro otra parte lado no nos prensa latina agencia equipo redacción foto video nota
        fuerzas revolucionarias sesiones comandante eterno covid sars palacio pleno sesión sede edificio
        compañero compañera formación ideológica primero""".split()
    ),
    title_heads=frozenset(
        """secretario secretaria vicesecretario vicesecretaria
        presidente presidenta ministro ministra viceministro viceministra
        embajador embajadora director directora subdirector subdirectora jefe jefa diputado diputada
        vicepresidente vicepresidenta canciller vicecanciller gobernador gobernadora alcalde alcaldesa
        coordinador coordinadora responsable vocero vocera representante consejero consejera cónsul
        enviado enviada dirigente líder lider asambleísta senador senadora legislador legisladora
        rector rectora decano decana comisionado comisionada
        encargado encargada agregado agregada primer-ministro premier tesorero tesorera""".split()
    ),
    title_modifiers=frozenset(
        """general primer primera segundo segunda vice adjunto adjunta ejecutivo ejecutiva nacional
        internacional permanente extraordinario extraordinaria plenipotenciario plenipotenciaria
        juventud juvenil político política alterno alterna honorario mayor""".split()
    ),
    weak_heads=frozenset({"miembro", "miembros", "integrante", "integrantes"}),
    government_heads=frozenset(
        {"ministro", "ministra", "viceministro", "viceministra", "canciller", "vicecanciller"}
    ),
    legislature_heads=frozenset(
        {"diputado", "diputada", "asambleísta", "senador", "senadora", "legislador", "legisladora"}
    ),
    ambassador_heads=frozenset({"embajador", "embajadora", "cónsul", "enviado"}),
    verbs=frozenset(
        """se sostuvo sostienen sostuvieron mantuvo recibió recibe reunió reúne reunieron visitó visita
        encabezó encabeza firmó firman firmaron participó participaron asistió asistieron estuvo estuvieron
        dijo afirmó destacó expresó señaló resaltó agradeció felicitó ratificó reiteró indicó explicó
        es son fue fueron ha han había será quien quienes que cuyo realizó celebró presidió intervino
        conversó dialogó habló saludó acompañó acompañaron manifestó recalcó subrayó""".split()
    ),
    verb_suffix=r"[^ ]ó$",
    clause_breaks=frozenset({"con", "durante", "tras", "mientras", "ante", "junto"}),
    countries=COUNTRIES,
    demonyms=DEMONYMS,
    weekdays=WEEKDAYS_ES,
    months=MONTHS_ES,
    month_abbrevs={**_ABBREVS, "setiembre": 9},
    speech_cue=(
        r"\b(?:dijo|afirmó|señaló|destacó|expresó|subrayó|indicó|manifestó|agregó|añadió|acordaron|acordó|"
        r"resaltó|enfatizó|reiteró|agradeció|elogió)\b"
    ),
    kind_cues=(
        ("phone_call",
            r"\bconversación\s+telefónica\b|\bllamada\s+telefónica\b|\bpor\s+teléfono\b"
        ),
        ("video_conference",
            r"\bvideoconferencia\b|\bvideollamada\b|\bencuentro\s+virtual\b|"
            r"\breunión\s+virtual\b|\bvía\s+(?:telemática|virtual)\b|"
            r"\ben\s+línea\b"
        ),
        ("talks",
            r"\b(?:sostuvo|sostuvieron|mantuvo|mantuvieron|celebró|celebraron|sostienen|sostiene)\s+"
            r"(?:[\w]+\s+){0,3}?conversaciones\b|"
            r"\bconversaciones\s+oficiales\b"
        ),
        ("meeting",
            r"\bse\s+reuni(?:ó|eron)\b|\breunió\b|\b(?:sostuvo|sostuvieron|mantuvo|mantuvieron|celebró|"
            r"celebraron|realizó|realizaron|tuvo|tuvieron)\s+(?:\w+\s+){0,3}?(?:(?:un|una|el|la|sendos|sendas)\s+)?"
            r"(?:\w+\s+){0,2}?(?:encuentros?|reuni(?:ón|ones)|reunion)\b|"
            r"\breunión\b(?:\s+[^\s.;]+){0,12}?\s+entre\b|\bse\s+reúne\b|"
            r"\brecib(?:ió|ieron|e|en)\b|(?<!donde\s)\b(?:fue|fueron|será)\s+(?:\w+mente\s+)?recibid[oa]s?\b|\bse\s+encontró\b|"
            r"\bencuentro\s+con\b|\breunión\s+con\b|"
            r"\bse\s+entrevist(?:ó|aron|a|an)\b|\brecibimiento\s+ofrecido\s+por\b|\b(?:sostiene|sostienen|mantiene|mantienen)\s+(?:\w+\s+){0,2}?"
            r"(?:encuentros?|reuni(?:ón|ones))\b"
        ),
        ("agreement",
            r"\b(?:firm|rubric)(?:ó|aron|an|a|ado|ada)\b(?:\s+\w+){0,7}\s+(?:memorando|memorándum|acuerdo|convenio|"
            r"carta\s+de\s+intención|protocolo|plan|programa|documento)\b|\brubricad[oa]\s+pel[oa]\b|"
            r"\bfirma\s+(?:de|del)\s+(?:un\s+)?(?:memorando|"
            r"memorándum|acuerdo|convenio)\b|"
            r"\b(?:fue|fueron)\s+(?:suscrit|firmad)[oa]s?\b"
        ),
        ("seminar",
            r"\b(?:seminario|taller|simposio|curso\s+de\s+formación|conversatorio|foro|"
            r"jornada\s+de\s+formación)\b"
        ),
        ("message",
            r"\b(?:envió|enviaron|remitió)\s+(?:[\w°º]+\s+){0,4}?(?:un|una)\s+(?:\w+\s+){0,2}"
            r"(?:mensaje|carta|misiva|telegrama|tarjeta)\b|\bfelicitó\s+a(?:l)?\b|"  # "envió este sábado un mensaje"
            r"\bmensaje\s+de\s+(?:felicitación|condolencia)\b|\bcarta\s+de\s+(?:felicitación|"
            r"condolencia)\b|\ben\s+(?:un|una|su)\s+(?:\w+\s+){0,2}?(?:mensaje|carta|misiva)\b"
        ),
        ("visit",
            r"\b(?:visitó|visita\s+oficial|realizó\s+una\s+visita|se\s+encuentra\s+de\s+visita)\b|"
            r"\b(?:llegó|llegaron|arribó|arribaron)\s+(?:a|al|este|ayer|hoy)\b(?!\s+(?:un|una)\s+(?:acuerdo|consenso))"
        ),
    ),
    remote_cue=(
        r"\bvideoconferencia\b|\bvideollamada\b|\bvirtual\b|\ben\s+línea\b|"
        r"\bvía\s+telemática\b|\btelefónica\b"
    ),
    attendance_cue=(
        r"\bestuvieron\b|\bparticiparon\b|\basistieron\b|\bestuvo\s+presente\b|"
        r"\bestuvieron\s+presentes\b|\btambién\s+(?:participaron|estuvieron|asistieron)\b|"
        r"\bacompañad[oa]s?\s+(?:por|de)\b|\bparticipó\b|\basistió\b|\bcontó\s+con\s+la\s+presencia\b|"
        r"\bse\s+sum(?:ó|aron)\b|\bacompañaron\b|\bacompañó\b|\bintegraron\b|\bestuvo\s+integrada\b|"
        r"\bintegr(?:aba|aban)\b|\bformaron\s+parte\b"
    ),
    speaker_cue=(
        r"\bintervino\b|\bintervinieron\b|\bpronunció\s+(?:un\s+)?discurso\b|"
        r"\btomó\s+la\s+palabra\b|\bmoderad[oa]\s+por\b|\bcopresidi(?:ó|eron)\b|"
        r"\bestuvo\s+a\s+cargo\b|\binaugurad[oa]s?\s+por\b|\binauguró\b"
    ),
    lead_cue=r"\b(?:encabezad[oa]s?|presidid[oa]s?|liderad[oa]s?|dirigid[oa]s?)\s+por\s*$",
    mention_cue=(
        r"bajo\s+el\s+liderazgo\s+(?:del?|de\s+la)|bajo\s+la\s+(?:\w+\s+){0,2}(?:conducción|dirección)\s+"
        r"(?:del?|de\s+la)|(?:propuesta|propuestas|iniciativa|iniciativas|legado|pensamiento|visión|voluntad|"
        r"intención)\s+(?:del?|de\s+la)|(?:propuestas?|iniciativas?)\s+(?:presentadas?|planteadas?|formuladas?)"
        r"\s+por|en\s+nombre\s+(?:del?|de\s+la)|saludos?\s+(?:del?|de\s+la)|consenso\s+alcanzado\s+por"
    ),
    side_cue=(
        r"\b(?:(?:por|del\s+lado|de\s+parte)\s+(?:la\s+parte\s+|el\s+lado\s+|parte\s+)?|delegación\s+|"
        r"desde\s+)(?P<c>[\w-]+)\b"
    ),
    separate_cue=(
        r"\bpor\s+separado\b|\brespectivamente\b|\bseparadamente\b|"
        r"\b(?:reuniones|encuentros)\s+(?:de\s+trabajo\s+)?con\b"  # "sostuvo reuniones con A y B": one each
    ),
    also_cue=r"\btambién\s+(?:se\s+reunió|sostuvo|recibió|visitó)\b",
    date_this_weekday=rf"\b(?:este|esta|el|hoy)\s+(?P<wd>{_WD})\b(?!\s+\d)",
    date_last_weekday=rf"\b(?:pasado\s+(?P<wd>{_WD})|(?P<wd2>{_WD})\s+pasado|(?:última|último)\s+(?P<wd3>{_WD}))\b",
    date_month_day=(
        rf"\b(?P<day>\d{{1,2}})(?:º|°)?\s+(?:de\s+)?(?P<month>{_MONTH})\.?"
        rf"(?:\s+(?:de|del)\s+(?P<year>\d{{4}}))?(?!\w)"
    ),
    date_today=r"\bhoy\b|\beste\s+(?:día|mismo\s+día)\b",
    date_yesterday=r"\bayer\b",
    date_day_of_month=r"\bel\s+(?:pasado\s+)?día\s+(?P<day>\d{1,2})\b(?!\s+de\b)",  # "envió el día 27 una tarjeta"
    here=r"\baquí\b|\ben\s+esta\s+capital\b",
    location_cue=(
        r"\b(?:en)\s+(?:la\s+ciudad\s+de\s+|la\s+capital\s+)?"
        r"(?P<place>(?-i:[A-ZÁÉÍÓÚ][\w'-]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\w'-]+)?))"
    ),
    datelines=(
        rf"^[ \t]*(?P<place>[A-ZÁÉÍÓÚ][\w.' -]{{1,30}}?),\s+(?P<day>\d{{1,2}})\s+(?:de\s+)?(?P<month>{_MONTH})\.?"
        r"(?:\s+(?:de\s+)?\d{4})?\s*(?:\([^)\n]{1,30}\)\s*(?:--|[—–.-])?|(?:--|[—–.-]))",
    ),
    topics=(
        (r"covid|coronavirus|pandemia|epidemia", "COVID-19 response"),
        (
            r"formación\s+de\s+cuadros|escuela\s+de\s+cuadros|"
            r"capacitación\s+de\s+cuadros|cuadros"
        , "cadre training"),
        (r"movimientos?\s+(?:de\s+)?(?:trabajadores|obreros?)|clase\s+obrera|sindical", "workers' movements"),
        (r"gobernanza|gestión\s+de\s+gobierno|experiencias?\s+de\s+gobierno", "governance experience"),
        (r"franja\s+y\s+la\s+ruta|cinturón\s+y\s+ruta", "Belt and Road Initiative"),
        (
            r"reducción\s+de\s+la\s+pobreza|erradicación\s+de\s+la\s+pobreza|"
            r"lucha\s+contra\s+la\s+pobreza"
        , "poverty alleviation"),
        (r"elecciones|electoral", "elections"),
        (r"cooperación\s+económica|comercio|inversión|inversiones", "economic cooperation"),
        (r"bloqueo", "US blockade"),
    ),
    extra_stopwords=frozenset(
        """partido comité comite departamento oficina ministerio gobierno embajada república asamblea
        consejo comisión frente movimiento socialista comunista unido unida nacional central político
        buró popular poder relaciones exteriores internacionales asuntos trabajo social juventud mujeres
        sección provincia provincial municipal estado federación unión liga instituto escuela
        universidad fundación asociación amistad desarrollo pueblo pueblos revolución revolucionario
        bolivariana bolivariano latinoamérica américa latina caribe internacional secretaria
        oriente año""".split()
    ),
    institution_words=frozenset(
        """partido escuela instituto universidad academia fundación hospital calle avenida plaza centro
        premio orden medalla memorial museo sala parque teatro brigada mausoleo complejo cuartel
        provincia aeropuerto salón""".split()
    ),
    every_event_cue=(
        r"\b(?:ambos|los\s+dos)\s+(?:encuentros|actos|eventos|reuniones)\b|"
        r"\b(?:ambas|las\s+dos)\s+(?:ocasiones|reuniones|citas)\b|\bcada\s+(?:encuentro|reunión)\b|"
        r"\ben\s+(?:los|las)\s+(?:encuentros|reuniones)\b"
    ),
    state_titles=(
        r"\b(?:vice)?primer\s+ministro\b|\bvicepresident[ea]\s+ejecutiv[oa]\b|\bjef[ea]\s+de\s+estado\b|"
        r"\b(?:co-?)?president[ea]s?\s+de\s+la\s+(?:\w+\s+)?república\b|\bcopresident[ea]s?\b"
    ),
    honorifics=frozenset(
        {"sr", "sra", "señor", "señora", "dr", "dra", "lic", "don", "doña", "compañero", "compañera", "camarada"}
    ),
    possessives=frozenset({"su", "sus"}),
    own_body_link="de",
    title_link=(
        r"[ \t]+(?:por|con\s+motivo\s+de)[ \t]+(?:su)[ \t]+(?:re)?(?:elecci[óo]n|"
        r"nombramiento|designaci[óo]n)[ \t]+(?:como)[ \t]+"
    ),
    venue_cue=(
        r"\bse\s+(?:realizó|celebró|efectuó|desarrolló|llevó\s+a\s+cabo)\b|\btuvo\s+lugar\b"
    ),
    escort_cue=r"\bacompañ(?:aron|ó|ando|ad[oa]s?)\b(?:\s+(?:al|a\s+la|a))?",
    sequel_cue=(
        r"\bal\s+día\s+siguiente\b|\bmás\s+tarde\b|\bposteriormente\b|\bluego\b|\bpor\s+separado\b|"
        r"\ben\s+el\s+marco\s+de\s+(?:la|su)\s+(?:visita|estancia|estadía)\b|"
        r"\bdurante\s+(?:la|su)\s+(?:visita|estancia|estadía)\b"
    ),
    delegation_cue=(
        r"\bintegr\w+\s+(?:también\s+|además\s+)?la\s+delegaci[óo]n\b|"
        r"\bla\s+delegaci[óo]n\s+(?:\w+\s+)?(?:estuvo\s+)?integrada\s+por\b"
    ),
    relative_cue=r",\s+(?:quien|quienes|que)\b",
    with_cue=r"\bcon\b",
    date_next_day=r"\bal\s+día\s+siguiente\b",
    date_same_day=r"\bese\s+mismo\s+día\b|\bmás\s+tarde\b",
    foreign_cue=(
        r"\bextranjer[oa]s?\b|\bdelegaci[óo]n(?:es)?\b|\bembajador(?:es|a)?\b"
    ),
    places={"hanoi": "Hanoi", "vientiane": "Vientiane", "shanghai": "Shanghai",
            "la habana": "Havana", "habana": "Havana", "pekín": "Beijing", "beijing": "Beijing",
            "caracas": "Caracas", "managua": "Managua", "la paz": "La Paz", "brasilia": "Brasília",
            "brasília": "Brasília", "ciudad de méxico": "Mexico City", "moscú": "Moscow", "hanói": "Hanoi",
            "shanghái": "Shanghai", "cantón": "Guangzhou", "são paulo": "São Paulo"},
    weekday_aliases={"miercoles": 2, "sabado": 5},
)
