"""Context around a bare "interview": hand-typed talks and recruitment agencies (personal life: personallife.py).

Families the plain weighted sum missed, read from the event's structure as much as its words:

- A personal-life setting (a daycare place, a school, a flat, the job centre, the police or the bank, therapy, a
  nanny) makes an "entrevista" not a job interview unless something names a job (personallife.py).
- An entry the user typed into their own calendar (no organiser, nobody else invited) that names a talk with a
  person at another organisation ("Chat with Ines (Brightloom)", "call w/ Priya re PM role") is about a job; its
  notes name whom the user meets ("Priya Nair - Vantage Kiln", "mit Herrn Albers").
- A recruitment agency's first talk about the user's profile, with no client, other company or role named, is not
  yet an interview ("Erstgespräch Personalberatung …", "cabinet de recrutement", "consultora de selección").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass import signals as sig
from afterview.daemon.eventclass.people import Me, domain_of, is_me, is_room, plausible_name
from afterview.daemon.eventclass.personallife import JOB_WORDS, PERSONAL_LIFE, personal_life
from afterview.daemon.eventclass.role import ROLE_NOUN
from afterview.daemon.eventclass.signals import cues, fold
from afterview.daemon.eventclass.stage import find_stage
from afterview.daemon.verdicts import Interviewer

__all__ = ["AGENCY", "AGENCY_LABEL", "CLIENT_UNNAMED", "PERSONAL_LIFE", "UNNAMED_CLIENT", "agency_intake", "hand_typed",
           "notes_lead_company", "notes_people", "person_at_org", "person_paren_org", "personal_life",
           "talk_with_person", "title_people"]

# A talk named in the title: "Chat with Ines", "call w/ Priya", "Gespräch mit Anna", "Échange avec Léa".
_TALK_WITH = re.compile(
    r"(?i:\b(?:chat|call|talk|sync|intro|meeting|conversation|video ?call|phone ?call|zoom|teams call|gespr[aä]ch"
    r"|telefonat|treffen|austausch|appel|[ée]change|rdv|rendez-vous|visio|llamada|charla|reuni[oó]n|videollamada"
    r"|conversaci[oó]n|screen(?:ing)?|interview)\s+(?:with|w/|mit|avec|con)\s+)"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)"
    r"(?:\s*\((?P<paren>[^()]{2,40})\)|\s+(?:from|at|@|of|von|bei|de|chez|del?|[-–—|])\s+(?P<org>[A-ZÀ-Þ][\w&'’.-]*"
    r"(?:\s[A-ZÀ-Þ&][\w&'’.-]*){0,3}))?"
)
# What a parenthesis after a name says when it is no organisation: who the person is to the user.
_RELATION = sig.words_rx([
    r"ex-?\w*", r"former", r"friend", r"mentor(?:in|a)?", r"coach", r"neighbou?r", r"landlord", r"family",
    r"mom|mum|dad|sister|brother|cousin|aunt|uncle", r"kolleg(?:e|in)", r"collegue", r"colega", r"amig[oa]",
    r"freund(?:in)?", r"ami(?:e)?", r"nachbar(?:in)?", r"voisin(?:e)?", r"vecin[oa]", r"tutor", r"teacher",
    r"doctor", r"dr", r"alumni", r"classmate", r"personal", r"privat", r"private", r"vendor", r"client",
    r"customer", r"supplier", r"partner", r"lieferant(?:in)?", r"kund(?:e|in)", r"fournisseur", r"proveedor",
    r"cliente",
])

# A recruitment agency's name: a talk with its consultant is no interview until an employer is named.
_AGENCY_NAME = re.compile(r"(?<![a-z])(?:talent|recruit\w*|search|staffing|personnel|headhunt\w*|personalberat\w*"
                          r"|personaldienst\w*|executive|cabinet|reclutamiento|seleccion)(?![a-z])")


# An employer's hiring desk after its name: "… Recruiting", "… Talent Acquisition", "… Careers".
_DESK = re.compile(r"\s+(?:recruit\w*|talent(?: acquisition| team)?|careers?|hiring(?: team)?|people|hr|jobs?|team"
                   r"|karriere|recrutement|seleccion|rrhh|empleo)$")
_VIA = re.compile(r"\s+(?:via|through|uber|par|por|with)\s+.*$")  # "Acme via SmartRecruiters": the tool's name
# No employer in view yet: "todavía no hay proceso con ninguna empresa", "aún no hay empresa concreta".
_NOTHING_YET = r"(?:aun|todavia) no hay (?:un |una |ningun |ninguna )?(?:proceso|puesto|empresa|cliente|vacante)"
# The agent says outright that it withholds the client's name (its other names are then its own or a place's).
_WITHHELD_WORDS = [
    # (in the user's own note of the agent's call: "won't say who till I give RTR")
    r"(?:won't|wont|will not|would not|wouldn't) (?:say|tell me|name|give (?:me )?the name)(?: who| the client)",
    r"(?:ne|n') (?:peux|puis|pouvons) pas (?:encore )?(?:vous |te )?(?:nommer|citer|communiquer (?:le|les|son|leur)"
    r" noms?)",
    # "the name of the client will be disclosed once you are shortlisted"; a manpower agency's "our principal, a
    # major contractor" (its client)
    r"(?:the )?name of (?:the|our|my) (?:client|principal|employer) (?:will be|is to be|shall be) (?:disclosed|shared"
    r"|revealed|given)",
    r"(?:our|my) principal, an? (?:[\w-]+ ){0,3}(?:contractor|company|firm|group|employer|hospital|developer)",
]
NAME_WITHHELD = sig.words_rx(_WITHHELD_WORDS)
# Said by an agency that keeps its client unnamed, even when it names the role ("a confidential Head of Product
# search").
_UNNAMED_CLIENT_WORDS = [
    r"confidential (?:mandates?|search(?:es)?|roles?|opportunit(?:y|ies)|positions?)", r"retained search",
    # the role between: "a confidential Head of Tax search", "we are retained on a confidential CFO mandate"
    r"confidential (?:[\w&-]+ ){1,4}(?:search|mandate)", r"retained (?:on|for) an? (?:confidential|exclusive)",
    # the clients named only in the call: "Vakanzen bei unseren Kunden … (Namen nenne ich gern im Gespräch)"
    r"namen (?:nenne|verrate) ich (?:ihnen )?(?:gern(?:e)? )?(?:im gesprach|spater|personlich|am telefon)",
    r"vertrauliche[n]? (?:mandate?|suchen?|position(?:en)?|stellen?|projekte?)",
    # the role tagged confidential in the agency's title: "(Data Lead, vertraulich)"
    r"(?<=, )(?:vertraulich|confidential|confidentiel(?:le)?|confidencial)(?=\))",
    r"(?:opportunites|recrutements|postes|missions|mandats?|recherches?) confidenti\w+",
    r"avant de (?:vous |te )?(?:nommer|citer|devoiler) (?:les|mes|nos) clients",
    r"(?:oportunidad|proceso|busqueda|posicion)(?:es|s)? confidencial(?:es)?",
    r"once the client signs off", r"(?:client|kunde|mandant)(?:en)? (?:noch )?nicht nennen",
    r"(?:kunde|mandant|auftraggeber)(?:in)? wird (?:noch )?nicht genannt",
    r"no (?:specific|concrete|particular) (?:role|position|opening|vacancy|process) (?:yet|for now)",
    _NOTHING_YET,
    # the client described, not named: "a Project Director search … for my client, a global engineering consultancy"
    r"(?:my|our) client, an? (?:[\w-]+ ){0,5}(?:consultancy|company|firm|bank|group|business|organi[sz]ation"
    r"|manufacturer|retailer|insurer|start-?up|scale-?up|player|provider)",
    # ("I'll share more detail on the client once we've spoken"; "roles with a leading MRO at Shannon")
    r"(?:share|give you|tell you) (?:more |some )?(?:detail|details|info|information) (?:on|about) (?:the|my|our) "
    r"clients?",
    r"(?:vous|te) (?:en )?dire (?:davantage|plus) sur (?:le|mon|notre) client",  # "… une fois que nous aurons …"
    r"(?:with|for) an? (?:leading|major|large|global|international|well-known|renowned|tier[- ]?(?:one|1)) "
    r"(?:[\w&-]+ ){1,3}?(?:at|in|near"
    r"|based in) ",
    # Dutch: "een vertrouwelijke opdracht", "de naam van de opdrachtgever kan ik pas noemen na dit eerste gesprek"
    r"vertrouwelijke (?:opdracht|zoekopdracht|vacature|functie|procedure)",
    # ("de naam van onze klant kan ik in dit stadium nog niet vrijgeven")
    r"(?:naam van (?:de|mijn|onze) )?(?:opdrachtgever|klant) (?:kan|mag|noem) ik (?:\w+ ){0,3}?(?:pas|nog niet|niet"
    r"|later|u|je)",
    r"stealth client", r"(?:can't|cannot|can not|unable to) (?:name|share|disclose) (?:the |my |our )?clients?",
    r"(?:can't|cannot|can not|unable to) name (?:them|it|the company)(?: yet)?",
    # ("I can't share the name until we've spoken", typed "Ican't"; "partnering exclusively with a AAA studio")
    r"(?:i ?)?(?:can't|cannot|can not) (?:share|disclose|give you|tell you) (?:the|their|its) name",
    r"partnering (?:exclusively )?with an? (?:[\w-]+ ){0,5}(?:studio|company|firm|group|bank|business|start-?up)",
    r"confidential client", r"clients? confidentiel(?:le)?s?", r"clientes? confidencial(?:es)?",
    # the client's name comes later: "client name shared at a later stage", "möchte seinen Namen noch nicht nennen",
    # "que je ne peux pas encore nommer", "no puedo darte aún el nombre"
    r"client(?:'s)? name (?:will be )?(?:shared|disclosed|revealed|given)",
    r"(?:i|we) (?:can|will|'ll) (?:share|give you|tell you) the (?:client's )?name (?:once|when|after|later)",
    r"(?:kunde|mandant|auftraggeber|client|cliente|search|mandate)(?:in)? (?:ist |is |remains )?(?:vertraulich"
    r"|confidentiel(?:le)?|confidencial|confidential)",
    r"namen?(?: [\w'-]+){0,6} (?:noch nicht|erst (?:nach|im|in|spater|wenn|bei)) (?:[\w'-]+ ){0,8}nennen",
    r"no (?:puedo|podemos) (?:decir(?:te|le)|dar(?:te|le)|compartir) (?:todavia |aun )?el nombre",
    *_WITHHELD_WORDS,
]
UNNAMED_CLIENT = sig.words_rx(_UNNAMED_CLIENT_WORDS)
# The reason for the user's own note of an agent's call that keeps the client unnamed (combine.py: no rescue)
CLIENT_UNNAMED = "the user's note of an agent who keeps the client unnamed"
# A recruitment agency's own words for itself and its work ("Personalberatung", "cabinet de recrutement", "Mandate").
AGENCY = sig.words_rx([
    r"personalberatung", r"personalvermittlung", r"personaldienstleist\w*", r"head ?hunt\w*", r"executive search",
    r"search firm", r"recruit(?:ment|ing) (?:agency|consultan\w*|firm)", r"staffing (?:agency|firm)",
    # an executive search's own steps ("Tenant Voice England CEO search", "the client's panel", "longlist interview")
    r"(?:ceo|chief executive|director|chair|trustee|board) search", r"the client'?s (?:panel|board|interview\w*)",
    r"longlist interviews?",
    # Dutch: a selection or interim office, and the user's profile for its assignments ("nieuwe opdrachten")
    r"(?:werving(?:s|-)? (?:en|&) )?selectiebureau", r"w&s", r"interimbureau", r"uitzendbureau", r"detacheringsbureau",
    r"(?:je|uw|jouw) profiel (?:bij ons|achtergelaten|in onze)", r"(?:nieuwe|toekomstige) opdrachten",
    r"cabinet de (?:recrutement|chasse|conseil en recrutement)", r"chass(?:eur|euse|e) de tetes?",
    r"consultora de (?:seleccion|rrhh|reclutamiento|talento)", r"agencia de (?:seleccion|reclutamiento|colocacion"
    r"|talento)", r"cazatalentos", r"mandat(?:e|en|es|s)?",
    # the talk is about the user's profile ("den Namen nenne ich später", "avant de te présenter à nos clients"), and
    # every way of keeping the client unnamed (_UNNAMED_CLIENT_WORDS, at the end)
    r"(?:kind|type|sort) of roles? you(?:'re| are)? (?:open to|looking for)",
    r"before (?:presenting|introducing|putting) you (?:to|forward to) (?:our|my) clients",
    r"wechselmotivation",
    r"namen? (?:des unternehmens |der unternehmen |des kunden |meiner kunden )?(?:kann|nenne|darf) ich (?:erst|ihnen"
    r"|dir|in einem)",
    r"(?:avant de|pour) (?:vous|te) presenter a (?:nos|mes) clients", r"votre projet professionnel",
    r"(?:conocer|conozca|conozcan|entender) (?:tu|su|mi) perfil", r"bolsa de candidat[oa]s", r"kandidatenpool",
    r"vivier de candidats", r"(?:join|add you to|register you (?:in|with|for)) (?:our|the) (?:talent|candidate) pool",
    r"presentar(?:te|le) a (?:nuestros|mis) clientes",
    # the employer is named only later: "konkrete Unternehmen nennen wir im nächsten Schritt"
    r"(?:unternehmen|namen|kunden|firmen) nennen wir", r"we(?:'ll| will) (?:share|name|disclose) the (?:company"
    r"|client|employer)", r"(?:le nom du client|les entreprises) (?:vous sera|vous seront|te sera|te seront)",
    r"(?:el nombre de la empresa|las empresas) (?:te|se lo|se los) (?:diremos|daremos|compartiremos)",
    # a first talk about the user's background, the clients only hinted at ("can't name the clients yet", "nothing
    # specific lined up for you yet", "zu konkreten Mandaten … danach", "pas encore de poste précis", "sin cliente")
    r"nothing (?:specific|concrete) (?:lined up )?(?:for you )?yet",
    r"(?:i|we) (?:work|partner) with (?:several|various|a few|a number of|many) (?:[\w-]+ ){0,2}clients",
    r"zu konkreten (?:mandaten|stellen|positionen)",
    r"pas encore de (?:poste|mission|client) (?:precis|concret)",
    r"rien de (?:precis|concret) pour (?:l'instant|le moment)", r"noch nichts konkretes",
    r"nothing (?:specific|concrete) (?:for now|at the moment|right now)",
    r"nada (?:concreto|especifico) (?:todavia|aun|por ahora|de momento)",
    r"(?:je vous|je te) presenterai (?:les|des) (?:missions|postes|opportunites)",
    r"sin (?:un )?cliente (?:concreto|definido|todavia|aun)",
    r"(?:los )?detalles de (?:los|mis|nuestros) clientes",
    # an agency presenting the user to its client, which it names ("retained by Oakridge", "enviarlo al cliente")
    r"retained by", r"put you forward", r"(?:enviar(?:lo|te)?|presentar(?:te|lo)?) al cliente",
    # an agency's several openings at once ("a few senior SDET roles", "varias posiciones", "deux opportunités")
    r"(?:several|various|a few|multiple|plusieurs|deux|trois|varias|varios|mehrere|zwei|drei) (?:[\w/-]+ ){0,6}"
    r"(?:roles|positions|openings|posiciones|vacantes|postes|opportunites|mandats|missions|stellen|positionen)",
    r"consultor(?:a)? del proceso", r"(?:entretien|entrevista) client(?:e)?",
    *_UNNAMED_CLIENT_WORDS,
])
# An agency's question about the user's next step, only for a first talk with no role named (an employer's recruiter
# asks it too: "how we work and what you're looking for next").
_INTAKE = sig.words_rx([
    r"what you(?:'re| are) looking for next",
    # "me cuentas qué buscas … qué procesos tenemos abiertos que podrían encajar": the agent's searches, none named
    r"(?:me cuentas|cuentame) (?:que|lo que) buscas", r"(?:que|los) procesos (?:que )?tenemos abiertos",
])
# The one who writes will be the user's manager: the employer, whatever agency it mentions ("Comme convenu avec le
# cabinet de recrutement … je serai votre future responsable")
_FUTURE_BOSS = sig.words_rx([
    r"(?:je serai|i will be|i'll be|ich werde|ich bin|sere|yo sere) (?:votre|ta|ton|your|ihr|ihre|dein|deine|tu|su) "
    r"(?:(?:futur|future|zukunftige|kunftige|zukunftiger|kunftiger|futuro|futura|direct|new|neue|neuer) )?"
    r"(?:responsable|manager|managerin|chef|cheffe|gestionnaire|n\+1|vorgesetzte|vorgesetzter|fuhrungskraft|jefe|jefa"
    r"|line manager|boss)",
])
AGENCY_LABEL = re.compile(r"(?<!re)search|recruit|recrut|reclut|staffing|headhunt|hunting|talent(?!o?soft)")


def agency_intake(event: CalendarEvent, title: str, body: str, companies: int,
                  others_named: Callable[[], bool]) -> str | None:
    """Given an event, its folded title and body, how many companies take part and a test whether a company other than
    the inviting one is named, returns the cue when a recruitment agency invites the user to talk about the user, with
    no employer (no client named, no other company, no role): a first talk, not an interview. Else None."""
    organizer = event.organizer
    # ("die Namen unserer Auftraggeber kann ich erst später nennen": one client in words, none named)
    if organizer is None or companies > 1 or (sig.ONE_CLIENT.search(body) and not cues(UNNAMED_CLIENT, body)):
        return None
    domain = domain_of(organizer)
    if sig.is_tool_domain(domain) and not AGENCY_LABEL.search(_DESK.sub("", _VIA.sub("", fold(organizer.name or "")))):
        # an ATS sends for the employer ("Acme Freight Recruiting"), unless an agency uses it ("Talento Norte")
        return None
    if cues(_FUTURE_BOSS, body):
        return None
    found = cues(AGENCY, title + " " + body + " " + fold(organizer.name or "")) or cues(_INTAKE, body)
    if not found and (match := AGENCY_LABEL.search(domain.rsplit(".", 2)[0])):
        found = [match.group(0)]
    # (the names are looked for last, the slowest test; not when the agency says it withholds its client's name: the
    # names are then its own or a place's, "Initial Interview - Site Engineer (Saudi Giga-Project Contractor)")
    return found[0] if found and (cues(NAME_WITHHELD, title + " " + body) or not others_named()) else None


def hand_typed(event: CalendarEvent, me: Me) -> bool:
    """Given an event and the user, returns whether the user typed it into their own calendar (nobody else)."""
    people = [p for p in (event.organizer, *event.attendees) if p is not None and not is_room(p)]
    return all(is_me(p, me) or not (p.email or p.name) for p in people)


def talk_with_person(summary: str, employer_named: bool) -> tuple[str, str | None] | None:
    """Given a title and whether the title names the user's employer, returns (the person, their organisation or
    None) when it names a talk with someone ("Chat with Ines (Brightloom)"), else None."""
    match = _TALK_WITH.search(summary)
    if not match:
        return None
    org = match.group("org")
    paren = match.group("paren")
    if paren:
        words = paren.split()
        # "(Brightloom)", "(Marisol Analytics)", "(Mintleaf recruiter)": an organisation, maybe with a role noun
        capitalised = all(w[0].isupper() or w[0].isdigit() or w.lower() in ("&", "and", "de", "of", "y", "et", "und")
                          or ROLE_NOUN.search(w) for w in words)
        if paren[0].isupper() and capitalised and ":" not in paren and not cues(_RELATION, fold(paren)):
            org = paren
    if org and (employer_named or cues(_RELATION, fold(org)) or _AGENCY_NAME.search(fold(org))):
        org = None
    # "Call with Mark (Allianz) – insurance", "Chat with Ben (Stripe) re my startup": the title says what the talk
    # is about, and it is not a job.
    before, after = fold(summary[: match.start()]), fold(summary[match.end():]).strip(" -–—|:,.!")
    if org and (after or before.strip(" -–—|:,.")) and not _about_a_job(before + " " + after):
        org = None
    return match.group("name"), org


# A person and, in brackets, their organisation: "Café avec Nathalie Roux (Alpinnov)", "… – Núria (Galenia)".
_NAME_PAREN = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)\s*"
                         r"\((?P<org>[A-ZÀ-Þ][^():]{1,40})\)")


def person_paren_org(summary: str, known: Callable[[str], bool]) -> str | None:
    """Given a title and a test whether a name is someone taking part (or the user's own entry names them), returns
    the organisation in brackets after that person ("Kaffee mit Uwe (Cobotik)" -> "Cobotik"), else None."""
    for match in _NAME_PAREN.finditer(summary):
        org, words = match.group("org").strip(), match.group("org").split()
        # (not a desk's initials: "w/ Daniel Ortiz (TA)", "(HR)")
        if not known(match.group("name")) or cues(_RELATION, fold(org)) or _AGENCY_NAME.search(fold(org)) \
                or re.fullmatch(r"TA|HR|RH|RRHH|HM|PA", org) \
                or not all(w[0].isupper() or w[0].isdigit() or w.lower() in ("&", "and", "de", "of", "y", "et", "und")
                           for w in words):
            continue
        return org
    return None


# The user's own entry naming a person and their organisation, with no talk word: "Ruth Achterberg – Warmtenet
# Zuid", "Sanjay @ Thornbury (partner round)", "Fr. Albrecht – Helvetra (Tel.)", "Hugo Brandt (Quadrat Partners)".
_PERSON_AT_ORG = re.compile(
    r"^(?P<medium>(?i:call|tel|t[ée]l|anruf|r[üu]ckruf|telefonat|visio|video|zoom|teams|llamada|appel)\.?\s+)?"
    r"(?P<honorific>(?i:hr|herr|fr|frau|m|mme|mr|mrs|ms|sr|sra)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)"
    r"(?:\s*\((?P<paren>[A-ZÀ-Þ][^()]{1,40})\)|\s+(?P<sep>@|[-–—/])\s+(?P<org>[A-ZÀ-Þ][\w&'’.-]*(?:\s[A-ZÀ-Þ&][\w&'’.-]*){0,3}))"
)
_DESK_FIRST = re.compile(r"^(?:Personal|HR|RH|RRHH|Recruiting|Recrutement|Talent)\s+(?=[A-ZÀ-Þ])")
_MEDIUM = re.compile(r"^(?:video|tel|tél|tel\.|phone|zoom|teams|visio|meet|call|appel|llamada|anruf)$")


def person_at_org(summary: str, employer_named: bool) -> tuple[str, str] | None:
    """Given the title of the user's own entry and whether it names the user's employer, returns (the person, their
    organisation) when it is only a person and an organisation (maybe a call medium or a hiring step), else None."""
    match = _PERSON_AT_ORG.match(summary.strip())
    if not match or employer_named:
        return None
    name, org = match.group("name"), (match.group("paren") or match.group("org") or "").strip()
    org = _DESK_FIRST.sub("", org)  # "(Personal Marienhospital)": the hospital's HR
    if match.group("paren") and (honorific := _HONORIFIC_ORG.match(org)) and not _EVENT_LEAD.match(name):
        # "Tel. Rheintal Chemie (Fr. Yilmaz)": the person is in the brackets, the organisation before them (not a
        # recruiter's trade: "Telefonat Personalberater (Hr. Seidel)")
        if _AGENCY_NAME.search(fold(name)):
            return None
        person = org[honorific.end():].strip()
        return (person, name) if person[:1].isupper() and all(w[0].isupper() for w in name.split()) else None
    # one word is a person only as "Sanjay @ X", after "Call" or "Fr.": "Zahnarzttermin – Kontrolle" is none
    if " " not in name and not (match.group("medium") or match.group("honorific") or match.group("sep") == "@"):
        return None
    words = org.split()
    # "Erstgespräch Psychotherapie (Tel.)": a hiring-step word is no person, an abbreviation no organisation
    # ... nor is one the organisation ("Mainfeld Chemie – Erstgespräch mit Petra Lauer": the talk, then whom)
    if re.fullmatch(r"[^\W\d_]{1,4}\.", org) or find_stage(name, "")[0] or _EVENT_LEAD.match(name) \
            or _HONORIFIC_ORG.match(org) or find_stage(org, "")[0] or _EVENT_LEAD.match(org):
        return None
    if not plausible_name(name) or not words or len(words) > 4 or not all(
            w[0].isupper() or w[0].isdigit() or w in ("&", "de", "del", "y", "et", "und") for w in words):
        return None
    folded = fold(org)
    if ROLE_NOUN.search(folded) or cues(_RELATION, folded) or cues(sig.PERSONAL, folded) \
            or cues(PERSONAL_LIFE, folded) or _AGENCY_NAME.search(folded):
        return None
    rest = fold(summary.strip()[match.end():]).strip(" -–—|:,.!()")
    if rest and not _MEDIUM.match(rest) and not _about_a_job(rest):
        return None
    if match.group("honorific") and " " not in name:  # "Fr. Albrecht – Helvetra": the person as the user writes them
        name = f"{match.group('honorific').strip()} {name}"
    return name, org


# "Probearbeit Fürstenberg – …": what the event is, not a person; "(Fr. Yilmaz)": a person, not an organisation.
_EVENT_LEAD = re.compile(r"(?i)(?:probe-?(?:arbeits)?tag|probearbeit|schnuppertag|trial day|hospitation|rencontre"
                         r"|besuch|visite|visita)\b")
_HONORIFIC_ORG = re.compile(r"(?i)(?:fr|hr|frau|herr|mme|mlle|m|mr|mrs|ms|sr|sra|dr)\.?\s")


_TALK_PREFIX = re.compile(r"^(?:(?:quick|short|first|1st|2nd|second|video|phone|zoom|teams|meet|intro|kurzes|erstes"
                          r"|premier|premiere|primera|breve)\s*)*$")


def _about_a_job(folded: str) -> bool:
    """Given the folded words around a talk in a title, returns whether they keep it about a job (or say nothing)."""
    if _TALK_PREFIX.match(folded.strip(" -–—|:,.")):
        return True
    return bool(cues(sig.JOB_CONTEXT, folded) or cues(sig.INTERVIEW, folded) or cues(JOB_WORDS, folded)
                or ROLE_NOUN.search(folded) or cues(_STEP_WORDS, folded))


# Hiring steps and titles written around a talk: "– hiring mgr", "re PM role", "(2nd round)".
_STEP_WORDS = sig.words_rx([r"hiring (?:manager|mgr)", r"hm", r"recruit\w*", r"hr", r"rh", r"rrhh", r"round", r"rd",
                       r"screen", r"final", r"onsite", r"next steps?", r"intro"])


# Whom a title says the user meets: "tech screen w/ Arun", "Intro w/ Kofi - …", "Gespräch mit Anna Roth".
_WITH_NAME = re.compile(
    r"(?i:(?<![\w/])(?:with|w/|mit|avec|con))\s+(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s[A-ZÀ-Þ][a-zß-ÿ'’-]+)?)"
    r"(?![\w&])(?!\s*[&+]\s)"
    # "call w/ Deel recruiter", "chat with Acme HR": the organisation's desk, not a person's name
    r"(?!\s+(?i:recruit\w*|hr|rh|rrhh|talent|people|hiring)\b)"
)


def title_people(summary: str, me: Me) -> tuple[tuple[Interviewer, ...], str | None]:
    """Given the title of the user's own entry and the user, returns (the people it says the user meets, the
    organisation named next to them or None)."""
    talk = talk_with_person(summary, False)
    people: list[Interviewer] = []
    for match in _WITH_NAME.finditer(summary):
        name = match.group("name")
        words = fold(name).split()
        if plausible_name(name) and " ".join(words) not in me.full_names and words[0] not in me.first_names \
                and not ROLE_NOUN.search(name) and not (talk and talk[1] and fold(talk[1]).startswith(words[0])):
            people.append(Interviewer(name=name))
    return tuple(people), talk[1] if talk else None


# In the user's own notes: "Priya Nair - Vantage Kiln", "Lucía Prieto, Talent Acquisition", "Maya Ortiz (Head of
# Analytics)": a full name with who they are; "mit Herrn Albers": a surname after an honorific.
_NOTE_NAME = re.compile(
    r"(?<![\w@.])(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?[ ][A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?)"
    r"(?:[ ]*\((?P<title>[^()\n]{2,50})\)|,[ ]*(?P<after>[^,.\n]{2,40})|[ ]+[-–—][ ]+(?P<org>[A-ZÀ-Þ][\w&'’.-]*"
    r"(?:[ ][A-ZÀ-Þ&][\w&'’.-]*){0,3}))"
)
_HONOURED = re.compile(r"(?i:\b(?:mit|with|avec|con|bei)\s+(?:herrn?|frau|mr|mrs|ms|dr|mme|monsieur|madame|sr|sra)\.?)"
                       r"\s+(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’-]+)(?![ ][A-ZÀ-Þ])")


def notes_people(description: str, named: tuple[Interviewer, ...],
                 me: Me) -> tuple[tuple[Interviewer, ...], str | None]:
    """Given the description of the user's own entry, the people its title names and the user, returns (the people the
    notes say the user meets, with a first name from the title completed, the organisation written after a name)."""
    found: list[Interviewer] = []
    org: str | None = None
    for match in _NOTE_NAME.finditer(description):
        name, words = match.group("name"), fold(match.group("name")).split()
        said = match.group("title") or match.group("after") or ""
        if not plausible_name(name) or " ".join(words) in me.full_names or words[0] in _HONORIFICS:
            continue
        if match.group("org") or ROLE_NOUN.search(said) or cues(_STEP_WORDS, fold(said)) or _TITLED.search(said):
            found.append(Interviewer(name=name))
            org = org or match.group("org")
    found += [Interviewer(name=m.group("name")) for m in _HONOURED.finditer(description)
              if plausible_name(m.group("name"))]
    if named:  # "call w/ Priya" and the notes say "Priya Nair - …": the same person, in full
        full = {fold(p.name or "").split()[0]: p for p in found}
        return tuple(full.get(fold(p.name or ""), p) for p in named), org
    return tuple(found), org


_HONORIFICS = frozenset({"herr", "herrn", "frau", "mr", "mrs", "ms", "dr", "mme", "monsieur", "madame", "sr", "sra"})
# The user's own notes opening with the organisation and what happens there: "Pragma – Fachgespräch mit …".
_NOTES_LEAD = re.compile(r"^\s*(?P<org>[A-ZÀ-Þ][\w&'’.-]*(?:\s[A-ZÀ-Þ&][\w&'’.-]*){0,3})\s+[–—-]\s+(?P<rest>[^\n]+)")


_PANEL_WORDS = sig.words_rx([r"panel", r"\w*gesprach", r"entrevista", r"entretien", r"follow-up round", r"visit[ae]?"])


def notes_lead_company(description: str, me: Me) -> str | None:
    """Given the description of the user's own entry and the user, returns the organisation its first line opens
    with when the rest of the line says what the meeting is ("Robótica Llobregat – última entrevista …"), else None."""
    match = _NOTES_LEAD.match(description)
    if not match or fold(match.group("org")) in me.first_names | me.full_names:
        return None
    rest = fold(match.group("rest"))
    if not (cues(sig.INTERVIEW, rest) or cues(_PANEL_WORDS, rest)):
        return None
    return match.group("org")


_TITLED = re.compile(r"(?i)\b(?:head|vp|cto|ceo|coo|cfo|founder|talent|recruit\w*|acquisition|staff|teamleitung"
                     r"|leitung|bereichsleit\w*|gesch[aä]ftsf[uü]hr\w*|rh|rrhh|hr)\b")
