"""French words and phrase patterns (Xinhua and Le Quotidien du Peuple in French, VOV5, AGP, AllAfrica,
African party and state press)."""

from __future__ import annotations

from liaison.extract.latin.lexicon import Lexicon, alternation
from liaison.normalise.dates import MONTHS_FR, WEEKDAYS_FR

_WD = alternation(WEEKDAYS_FR)
_ABBREVS = {
    "janv": 1, "févr": 2, "fév": 2, "fevrier": 2, "avr": 4, "juil": 7, "aout": 8, "sept": 9, "oct": 10,
    "nov": 11, "déc": 12, "decembre": 12,
}
_MONTH = alternation([*MONTHS_FR, *_ABBREVS])
_CAP = "A-ZÀÂÇÉÈÊËÎÏÔÛÙŒ"  # capital letters opening a French proper name

COUNTRIES = {
    "chine": "CN", "république populaire de chine": "CN", "rpc": "CN", "venezuela": "VE", "cuba": "CU",
    "nicaragua": "NI", "bolivie": "BO", "brésil": "BR", "vietnam": "VN", "viêt nam": "VN", "viet nam": "VN",
    "laos": "LA", "russie": "RU", "fédération de russie": "RU", "corée du nord": "KP", "rpdc": "KP",
    "république populaire démocratique de corée": "KP", "mexique": "MX", "argentine": "AR", "chili": "CL",
    "colombie": "CO", "pérou": "PE", "équateur": "EC", "uruguay": "UY", "paraguay": "PY", "salvador": "SV",
    "honduras": "HN", "guatemala": "GT", "panama": "PA", "république dominicaine": "DO", "afrique du sud": "ZA",
    "tanzanie": "TZ", "angola": "AO", "mozambique": "MZ", "namibie": "NA", "zimbabwe": "ZW", "éthiopie": "ET",
    "cambodge": "KH", "mongolie": "MN", "allemagne": "DE", "espagne": "ES", "portugal": "PT", "serbie": "RS",
    "japon": "JP", "singapour": "SG", "biélorussie": "BY", "kazakhstan": "KZ", "pakistan": "PK",
    "bangladesh": "BD", "népal": "NP", "sri lanka": "LK", "indonésie": "ID", "malaisie": "MY",
    "thaïlande": "TH", "inde": "IN", "iran": "IR", "syrie": "SY", "états-unis": "US", "etats-unis": "US",
    "france": "FR", "côte d'ivoire": "CI", "côte d’ivoire": "CI", "gabon": "GA", "sénégal": "SN", "mali": "ML",
    "burkina faso": "BF", "niger": "NE", "guinée": "GN", "cameroun": "CM", "congo": "CG",
    "république démocratique du congo": "CD", "rdc": "CD", "tchad": "TD", "madagascar": "MG", "bénin": "BJ",
    "togo": "TG", "burundi": "BI", "rwanda": "RW", "djibouti": "DJ", "mauritanie": "MR", "algérie": "DZ",
    "maroc": "MA", "tunisie": "TN", "haïti": "HT", "belgique": "BE", "suisse": "CH", "canada": "CA",
    "royaume-uni": "GB", "italie": "IT", "grèce": "GR", "californie": "US",
}
DEMONYMS = {
    "chinois": "CN", "chinoise": "CN", "chinoises": "CN", "vénézuélien": "VE", "vénézuélienne": "VE",
    "cubain": "CU", "cubaine": "CU", "cubains": "CU", "nicaraguayen": "NI", "bolivien": "BO",
    "brésilien": "BR", "brésilienne": "BR", "vietnamien": "VN", "vietnamienne": "VN", "vietnamiens": "VN",
    "laotien": "LA", "laotienne": "LA", "lao": "LA", "russe": "RU", "russes": "RU", "nord-coréen": "KP",
    "nord-coréenne": "KP", "mexicain": "MX", "argentin": "AR", "chilien": "CL", "colombien": "CO",
    "péruvien": "PE", "équatorien": "EC", "uruguayen": "UY", "salvadorien": "SV", "hondurien": "HN",
    "sud-africain": "ZA", "sud-africaine": "ZA", "tanzanien": "TZ", "angolais": "AO", "angolaise": "AO",
    "mozambicain": "MZ", "namibien": "NA", "namibienne": "NA", "zimbabwéen": "ZW", "éthiopien": "ET",
    "cambodgien": "KH", "cambodgienne": "KH", "mongol": "MN", "allemand": "DE", "espagnol": "ES",
    "portugais": "PT", "portugaise": "PT", "serbe": "RS", "japonais": "JP", "japonaise": "JP",
    "français": "FR", "française": "FR", "ivoirien": "CI", "ivoirienne": "CI", "ivoiriens": "CI",
    "gabonais": "GA", "gabonaise": "GA", "sénégalais": "SN", "sénégalaise": "SN", "malien": "ML",
    "burkinabé": "BF", "nigérien": "NE", "guinéen": "GN", "camerounais": "CM", "camerounaise": "CM",
    "congolais": "CG", "congolaise": "CG", "tchadien": "TD", "tchadienne": "TD", "malgache": "MG",
    "béninois": "BJ", "béninoise": "BJ", "togolais": "TG", "togolaise": "TG", "burundais": "BI",
    "rwandais": "RW", "rwandaise": "RW", "algérien": "DZ", "algérienne": "DZ", "marocain": "MA",
    "tunisien": "TN", "haïtien": "HT", "belge": "BE", "canadien": "CA", "britannique": "GB", "italien": "IT",
    "grec": "GR", "américain": "US", "américaine": "US",
}

FRENCH = Lexicon(
    code="fr",
    articles=frozenset({"le", "la", "les", "l'", "l’", "un", "une"}),
    conjunctions=frozenset({"et"}),
    name_particles=frozenset({"de", "du", "des", "d'", "d’", "da", "dos", "van", "von", "bin", "ben", "ould"}),
    function_words=frozenset(
        """le la les l' l’ une des du de d' d’ au aux à a en dans par pour avec sans sur sous entre après
        avant pendant depuis lors selon et ou mais tandis quand comme aussi également ainsi ensuite enfin puis
        ce cet cette ces son sa ses leur leurs notre nos qui que dont où il elle ils elles on nous vous lui
        eux tous toutes tout toute deux trois hier aujourd'hui demain m mm mme mlle me pr monsieur madame
        photo photos vidéo source xinhua agence presse rédacteurs rédacteur rédaction fin lire covid sars
        palais plénière session séance siège camarade excellence outre cependant toutefois par ailleurs
        selon lors""".split()
    ),
    title_heads=frozenset(
        """secrétaire président présidente ministre ambassadeur ambassadrice directeur directrice chef député
        députée gouverneur maire coordinateur coordinatrice responsable porte-parole représentant
        représentante conseiller conseillère consul envoyé envoyée dirigeant dirigeante leader sénateur
        sénatrice recteur doyen commissaire attaché trésorier trésorière délégué déléguée parlementaire
        administrateur homologue premier-ministre épouse époux""".split()
    ),
    title_modifiers=frozenset(
        """général générale premier première second seconde deuxième vice sous adjoint adjointe exécutif
        exécutive national nationale international internationale permanent permanente extraordinaire
        plénipotentiaire politique honoraire jeunesse ancien ancienne haut haute principal principale
        chargé chargée""".split()
    ),
    weak_heads=frozenset({"membre", "membres"}),
    government_heads=frozenset({"ministre", "premier-ministre"}),
    legislature_heads=frozenset({"député", "députée", "sénateur", "sénatrice", "parlementaire"}),
    ambassador_heads=frozenset({"ambassadeur", "ambassadrice", "consul", "envoyé"}),
    verbs=frozenset(
        """a ont est sont était étaient sera seront avait avaient fut furent été qui que dont se rencontre
        rencontré rencontrent reçoit reçu entretient entretenu effectue effectué conduit dirige dirigé préside
        présidé participe participé assiste assisté signé signe envoyé adresse adressé déclaré affirmé souligné
        indiqué estimé exprimé salué remercié félicité ajouté poursuivi noté invité rappelé réaffirmé réitéré
        visité visite rentré arrivé quitté regagné expliqué""".split()
    ),
    verb_suffix=r"(?:ait|aient)$",
    clause_breaks=frozenset({"avec", "pendant", "lors", "tandis", "durant"}),
    countries=COUNTRIES,
    demonyms=DEMONYMS,
    weekdays=WEEKDAYS_FR,
    months=MONTHS_FR,
    month_abbrevs=_ABBREVS,
    speech_cue=(
        r"\b(?:a|ont)\s+(?:\w+\s+)?(?:déclaré|affirmé|souligné|indiqué|estimé|ajouté|noté|dit|exprimé|"
        r"rappelé|réitéré|poursuivi|salué|remercié|jugé|expliqué)\b|\bselon\s+(?:lui|elle)\b"
    ),
    kind_cues=(
        ("phone_call",
            r"\b(?:entretien|conversation|appel)\s+téléphonique\b|\bpar\s+téléphone\b|\bau\s+téléphone\b"
        ),
        ("video_conference",
            r"\bvisioconférence\b|\bvidéoconférence\b|\bpar\s+(?:liaison\s+)?vidéo\b|"
            r"\b(?:réunion|rencontre|entretien)s?\s+(?:virtuel(?:le)?s?|en\s+ligne)\b"
        ),
        ("message",
            r"\b(?:adressé|envoyé|transmis|fait\s+parvenir|reçu)\s+(?:un|une|le|la|ses|des|son|sa)?\s*(?:\w+\s+){0,3}?"
            r"(?:messages?|lettres?|télégrammes?|félicitations|condoléances|corbeilles?\s+de\s+fleurs|gerbes?)\b|"
            r"\bmessages?\s+de\s+(?:félicitations|condoléances|sympathie|vœux|voeux|remerciements)\b|"
            r"\blettres?\s+de\s+(?:félicitations|condoléances)\b|"
            r"\bdans\s+(?:un|une|son|sa|leur)\s+(?:\w+\s+){0,2}?(?:message|lettre|télégramme)\b"
        ),
        ("talks",
            r"\bs['’](?:est|sont)\s+(?:\w+\s+){0,2}?entretenue?s?\b|\bs['’]entretien(?:t|nent)\b|"
            r"\bse\s+sont\s+(?:\w+\s+){0,2}?entretenue?s\b|\bentretiens?\b(?:\s+[^\s.;]+){0,8}?\s+entre\b|"
            r"\b(?:a|ont)\s+(?:eu|tenu|mené)\s+(?:un|des)\s+(?:\w+\s+)?(?:entretiens?|pourparlers)\b|"
            r"\bentretiens\s+(?:officiels\s+)?avec\b|\bpourparlers\b"
        ),
        ("meeting",
            r"\b(?:a|ont)\s+(?:\w+\s+)?rencontré\b|\brencontre\b(?=[^.;]{0,80}?\b(?:délégation|avec)\b)|"
            r"\bs['’]est\s+réunie?\b|\bse\s+sont\s+réuni(?:e)?s\b|\bse\s+réuni(?:t|ssent)\b|"
            r"\b(?:a|ont)\s+(?:\w+\s+)?reçu\b|\breçoit\b|\breçu\s+en\s+audience\b|"
            r"(?<!où\s)\b(?:a\s+été|ont\s+été|est|sont|sera|fut|furent)\s+(?:\w+\s+)?reçue?s?\b|"
            r"\b(?:a|ont)\s+(?:eu|tenu)\s+(?:une|des)\s+(?:\w+\s+){0,2}?(?:rencontres?|réunions?)\b|"
            r"\brencontre\s+avec\b|\bréunion\s+avec\b|\bséances?\s+de\s+travail\b|\baudience\b|"
            r"\bvisite\s+de\s+courtoisie\b"
        ),
        ("agreement",
            r"\b(?:a|ont)\s+signé\b|\bsign(?:é|ée|és|ées|ent|ant|er)\b(?:\s+\w+){0,6}\s+(?:mémorandum|accord|"
            r"protocole|plan|programme|convention|lettre\s+d['’]intention)\b|\bsignature\s+d['’]un\s+"
            r"(?:mémorandum|accord|protocole)\b|\b(?:a|ont)\s+été\s+signée?s?\b"
        ),
        ("seminar",
            r"\b(?:séminaire|atelier|symposium|colloque|forum|cours\s+de\s+formation|table\s+ronde|"
            r"dialogue\s+(?:de\s+haut\s+niveau|théorique)|session\s+de\s+dialogue)\b"
        ),
        ("visit",
            r"\b(?:a|ont)\s+visité\b|\bvisite\s+(?:officielle|d['’](?:État|Etat|amitié|travail))\b|"
            r"\beffectue(?:nt)?\s+(?:\w+\s+){0,6}?une\s+visite\b|\ba\s+effectué\s+une\s+visite\b|"
            r"\best\s+arrivée?\s+(?:à|au|en|ici|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|"
            r"\best\s+rentrée?\b|\ba\s+quitté\b"
        ),
    ),
    remote_cue=(
        r"\bvisioconférence\b|\bvidéoconférence\b|\bpar\s+(?:liaison\s+)?vidéo\b|\bvirtuel(?:le)?s?\b|"
        r"\btéléphonique\b|\bpar\s+téléphone\b|\b(?:réunion|rencontre)\s+en\s+ligne\b"
    ),
    attendance_cue=(
        r"\b(?:ont|a)\s+(?:également\s+|aussi\s+)?(?:assisté|participé)\b|\b(?:ont|a)\s+(?:également\s+)?pris\s+part\b|"
        r"\bétai(?:en)?t\s+(?:également\s+)?présente?s?\b|\bétai(?:en)?t\s+accompagnée?s?\b|"
        r"\baccompagnée?s?\s+(?:par|de)\b|\ben\s+présence\s+de\b|\bentourage\b|"
        r"\bdélégation\s+(?:\w+\s+)?(?:a\s+été|était)\s+(?:conduite|dirigée|menée)\s+par\b|"
        r"\bdélégation\s+(?:\w+\s+)?(?:était\s+)?composée\s+de\b|\bfaisaient\s+(?:également\s+)?partie\b|"
        r"\baccueillie?s?\b(?:\s+[^\s.;,]+){0,4}?\s+par\b"
    ),
    speaker_cue=(
        r"\ba\s+prononcé\s+(?:un\s+)?discours\b|\ba\s+pris\s+la\s+parole\b|\bchef\s+de\s+(?:la\s+)?délégation\b|"
        r"\bà\s+la\s+tête\s+de\s+(?:la\s+)?délégation\b|\bcoprésid\w+\b|\bmodérée?s?\s+par\b"
    ),
    lead_cue=(
        r"\b(?:conduite?s?|dirigée?s?|menée?s?|présidée?s?)\s+par(?:\s+(?:le|la|l['’]))?"
        r"(?:\s+(?:M\.|Mme|camarade))?\s*$"
    ),
    mention_cue=(
        r"sous\s+la\s+(?:\w+\s+){0,2}?(?:direction|conduite|houlette)\s+(?:du|de\s+la|de)|"
        r"(?:proposition|initiative|héritage|pensée|vision|volonté|intention)s?\s+(?:du|de\s+la|de)|"
        r"(?:initiatives?|propositions?)\s+(?:présentées?|formulées?|avancées?)\s+par|au\s+nom\s+(?:du|de\s+la|de)|"
        r"salutations?\s+(?:du|de\s+la|de)|consensus\s+(?:atteint|obtenu)\s+par|"
        r"envoyée?\s+spéciale?\s+(?:du|de\s+la|de)|(?:appui|soutien|contribution)\s+apportée?s?\s+par"
        r"(?:\s+(?:le|la|les))?|à\s+l['’]invitation\s+(?:du|de\s+la|de)"
    ),
    side_cue=r"\b(?:du\s+côté|pour\s+la\s+partie|de\s+la\s+partie|côté)\s+(?P<c>[\w-]+)\b",
    separate_cue=(
        r"\bséparément\b|\brespectivement\b|\bdans\s+des\s+entretiens\s+séparés\b|\btour\s+à\s+tour\b|"
        r"\bséances\s+de\s+travail\s+avec\b|\brencontres\s+avec\b"  # "des séances de travail avec A et B"
    ),
    also_cue=(
        r"\b(?:a|ont)\s+(?:également|aussi|en\s+outre)\s+(?:rencontré|reçu|eu|visité|tenu|signé)\b|"
        r"\bs['’](?:est|sont)\s+(?:également|aussi)\s+entretenue?s?\b"
    ),
    date_this_weekday=rf"\b(?:ce\s+|le\s+)?(?P<wd>{_WD})\b(?!\s+\d)(?!\s+(?:prochain|dernier))",
    date_last_weekday=rf"\b(?:(?P<wd>{_WD})\s+dernier|dernier\s+(?P<wd2>{_WD}))\b",
    date_month_day=(
        rf"\b(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MONTH})\.?(?:\s+(?P<year>\d{{4}}))?(?!\w)"
    ),
    date_span_cue=(
        rf"\bdu\s+(?:\d{{1,2}}|{_WD})\s+(?:\w+\s+)?au\s+(?:\d{{1,2}}|{_WD})\b|"
        r"\b(?:est|sont)\s+rentrée?s?\b[^.;]*\b(?:au\s+terme|à\s+l['’]issue|après)\b[^.;]*\bvisite\b"
    ),
    date_today=r"\baujourd['’]hui\b|\bce\s+(?:matin|soir|jour)\b",
    date_yesterday=r"\bhier\b",
    here=r"\bici\b|\bdans\s+cette\s+capitale\b",
    location_cue=(
        rf"\b(?:à|au|en)\s+(?:la\s+ville\s+de\s+|la\s+capitale\s+)?"
        rf"(?P<place>(?-i:[{_CAP}][\w'’-]+(?:\s+(?:de\s+)?[{_CAP}][\w'’-]+)?))"
    ),
    datelines=(
        rf"^[ \t]*(?P<place>[{_CAP}][\w.'’ -]{{1,30}}?),\s+(?:le\s+)?(?P<day>\d{{1,2}})(?:er)?\s+"
        rf"(?P<month>{_MONTH})\.?(?:\s+(?P<year>\d{{4}}))?"
        r"\s*(?:\([^)\n]{1,30}\)\s*(?:--|[—–.-])?|(?:--|[—–.-]))",
    ),
    topics=(
        (r"covid|coronavirus|pandémie|épidémie", "COVID-19 response"),
        (r"formation\s+des\s+cadres|école\s+(?:centrale\s+)?du\s+parti|cadres", "cadre training"),
        (r"mouvements?\s+ouvriers?|syndica", "workers' movements"),
        (r"gouvernance|expériences?\s+de\s+gouvernement", "governance experience"),
        (r"la\s+ceinture\s+et\s+la\s+route|nouvelles\s+routes\s+de\s+la\s+soie", "Belt and Road Initiative"),
        (r"réduction\s+de\s+la\s+pauvreté|lutte\s+contre\s+la\s+pauvreté|éradication\s+de\s+la\s+pauvreté",
         "poverty alleviation"),
        (r"\bélections?\b|électora", "elections"),
        (r"coopération\s+économique|commerc|investi", "economic cooperation"),
        (r"initiative\s+pour\s+(?:le\s+développement|la\s+sécurité|la\s+civilisation)\s+mondiale?",
         "global initiatives"),
    ),
    extra_stopwords=frozenset(
        """parti comité département bureau ministère gouvernement ambassade république assemblée conseil
        commission front mouvement rassemblement union fédération ligue socialiste communiste populaire
        national nationale central centrale politique permanent permanente international internationale
        affaires étrangères relations extérieures travail travailleurs social sociale jeunesse femmes section
        province provinciale municipal municipale état etat institut école ecole université fondation
        association amitié développement peuple peuples révolution révolutionnaire libération démocratique
        démocratie progrès direction cabinet secrétariat conférence consultative académie sciences sociales
        recherche histoire archives organisation information propagande liaison présidence sénat parlement
        congrès nations unies convention sécurité publique défense économie finances santé éducation culture
        justice intérieur agriculture commerce industrie énergie transports environnement tourisme
        amérique latine afrique asie europe moyen-orient mondial mondiale""".split()
    ),
    institution_words=frozenset(
        """parti école ecole institut université académie fondation hôpital rue avenue place centre prix ordre
        médaille mémorial musée salle parc théâtre brigade mausolée complexe caserne province palais
        aéroport""".split()
    ),
    every_event_cue=(
        r"\bchacune\s+de\s+ces\s+(?:rencontres|réunions)\b|\blors\s+de\s+ces\s+(?:rencontres|réunions|entretiens)\b|"
        r"\b(?:les\s+deux|ces)\s+(?:rencontres|réunions|entretiens)\b"
    ),
    state_titles=(
        r"\b(?:vice-)?premier\s+ministre\b|\bchef\s+de\s+l['’][ée]tat\b|"
        r"\bprésident(?:e)?\s+de\s+la\s+(?:\w+\s+)?république\b|\bconseill(?:er|ère)\s+d['’][ée]tat\b"
    ),
    honorifics=frozenset({"m", "mm", "mme", "mlle", "me", "dr", "pr", "camarade", "monsieur", "madame"}),
    possessives=frozenset({"son", "sa", "ses", "leur", "leurs"}),
    title_link=(
        r"[ \t]+(?:pour|à\s+l['’]occasion\s+de)[ \t]+(?:sa|son)[ \t]+(?:ré)?(?:élection|nomination)[ \t]+"
        r"(?:au\s+poste\s+de|en\s+tant\s+que|comme)[ \t]+"
    ),
    venue_cue=r"\bs['’]est\s+(?:tenue?|déroulée?)\b|\ba\s+eu\s+lieu\b|\bse\s+sont\s+(?:tenu|déroulé)e?s\b",
    escort_cue=r"\baccompagn(?:é|ée|és|ées|aient|ait|ant)\b(?:\s+(?:de|par))?",
    sequel_cue=(
        rf"^\W*(?:ce|le)\s+(?:{_WD})\b|\bauparavant\b|\bplus\s+tôt\b|\bpar\s+la\s+suite\b|\ble\s+lendemain\b|\bplus\s+tard\b|\bensuite\b|\bséparément\b|\bpar\s+ailleurs\b|"
        r"\b(?:au\s+cours|lors)\s+de\s+(?:sa|son|leur|la|cette)\s+(?:visite|séjour)\b"
    ),
    delegation_cue=(
        r"^\W*la\s+délégation\s+(?:\w+\s+)?(?:comprenait|était\s+composée|se\s+composait|comptait)\b|"
        r"\bfaisaient\s+(?:également\s+)?partie\s+de\s+la\s+délégation\b"
    ),
    relative_cue=r",\s+(?:qui|lequel|laquelle)\b",  # ", dont A, B": "among them", a list
    with_cue=r"\bavec\b",
    date_next_day=r"\ble\s+lendemain\b",
    date_same_day=r"\ble\s+même\s+jour\b|\bplus\s+(?:tôt|tard)\s+dans\s+la\s+journée\b",
    foreign_cue=r"\bétrang(?:er|ère)s?\b|\bdélégations?\b|\bambassad(?:eur|rice)s?\b|\binvités\s+internationaux\b",
    places={"pékin": "Beijing", "beijing": "Beijing", "changhaï": "Shanghai", "shanghai": "Shanghai",
            "hanoï": "Hanoi", "hanoi": "Hanoi", "moscou": "Moscow", "la havane": "Havana", "havane": "Havana",
            "vientiane": "Vientiane", "pyongyang": "Pyongyang", "canton": "Guangzhou", "nankin": "Nanjing",
            "lisbonne": "Lisbon", "caracas": "Caracas", "managua": "Managua", "brasilia": "Brasília",
            "alger": "Algiers", "bruxelles": "Brussels", "londres": "London", "genève": "Geneva",
            "varsovie": "Warsaw", "oulan-bator": "Ulaanbaatar", "phnom penh": "Phnom Penh",
            "marseille": "Marseille"},
    connectors=frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "en", "pour", "auprès"}),
    additives=frozenset({"également", "aussi"}),
    relatives=frozenset({"qui", "que", "dont", "lequel", "laquelle"}),
    anaphora=frozenset({"cette", "ce", "cet", "ledit", "ladite"}),
    country_prefix=r"^(?:(?:la|le|les)\s+|l['’]\s*)",
    org_heads=(
        r"\b(?:Commission|Comité|Ministère|Département|Bureau|Conseil|Agence|Assemblée|Parti|Front|Mouvement|"
        r"Rassemblement|Fédération|Union|Ligue|Congrès|Parlement|Sénat|Institut|Académie|École|Ecole|"
        r"Université|Direction|Cabinet|Secrétariat|Conférence|Office|Association|Fondation|Committee|"
        r"Ministry|Department|Council|Assembly|Party|Movement)\b"
    ),
    org_phrase=(
        rf"\b(?:du|des|de\s+la|de|d['’]|de\s+l['’])\s*(?:l['’])?"
        rf"((?:[{_CAP}][\w'’-]*|de|du|des|la|l['’]\w+|d['’]\w+|et|pour|sur)(?![\w'’-])"
        rf"(?:\s+(?:[{_CAP}][\w'’-]*|de|du|des|la|l['’][{_CAP}][\w'’-]*|d['’][{_CAP}][\w'’-]*|et|pour|sur|"
        r"central|centrale|national|nationale|international|internationale|populaire|permanent|permanente|"
        r"politique|communiste|socialiste|consultative|démocratique|général|générale|jeunesse|femmes|"
        r"travailleurs|révolutionnaire|unifié|unie|chargée?)(?![\w'’-]))*)"
    ),
    org_phrase_tail=r"\s+(?:de|du|des|la|et|pour|sur)$",
    org_kinds=(
        (r"Parti|Front|Mouvement|Rassemblement|Party|Movement", "party"),
        (r"Assemblée|Parlement|Congrès|Sénat|Assembly|Parliament|Congress|Senate", "legislature"),
        (r"PCC|Communist|[Cc]ommuniste|Comité\s+[cC]entral|Bureau\s+[pP]olitique|Secrétariat", "party_body"),
    ),
    central_bodies=(
        r"^(?:the\s+)?(?:[A-Z]{2,6}\s+Central\s+Committee$|(?:Standing\s+Committee\s+of\s+the\s+|"
        r"Comité\s+permanent\s+du\s+)?(?:Central\s+Committee|Political\s+Bureau|Politburo|Secretariat|"
        r"Comité\s+[cC]entral|Bureau\s+[pP]olitique|Secrétariat)(?:\s+(?:of|du|de\s+la|de|des)\b.*)?$)"
    ),
    own_party_bodies=(
        r"\b(?:Party\s+Central\s+Committee|Central\s+Committee(?:\s+of\s+the\s+Party)?|Political\s+Bureau|"
        r"Politburo|Comité\s+[cC]entral(?:\s+du\s+[pP]arti)?|Bureau\s+[pP]olitique)\b"
    ),
    body_links=("du", "de la", "de l'", "des", "de"),
    state_heads=frozenset({"président", "présidente", "vice-président", "vice-présidente"}),
    legislature_words=frozenset({"de", "du", "la", "l'", "l’", "national", "nationale", "assemblée"}),
    secretary_words=frozenset({"secrétaire"}),
    of_words=frozenset({"de", "du", "des", "d'", "d’"}),
    ambassador_link=r"\b(?:en|au|aux|à|auprès)\b",
    org_abbreviations={"PCC": "cpc"},
    lowercase_org_words=True,
    membership_links=frozenset({"du", "de", "des", "d'", "d’"}),
    bracket_titles=True,
)
