"""How a company's name is written: cleaning a name as found (legal form, "Recruiting Team", event words around it),
words that are never a company, and the fuller form a text gives ("Copperline" -> "Copperline Media")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from afterview.daemon.eventclass.domainmatch import COMPANY_WORDS, STOP
from afterview.daemon.eventclass.role import CITIES, ROLE_NOUN
from afterview.daemon.eventclass.signals import fold, is_tool_brand

__all__ = ["CO", "NOT_COMPANY", "ORG_WORDS", "clean_company", "fuller", "legal_line", "unlinked", "without_legal_form",
           "written_whole"]

_LINK = re.compile(r"(?i)(?:https?://|www\.)\S*")


def unlinked(text: str) -> str:
    """Given a text, returns it without its links: "https://meet.jit.si/TundraPixelPortfolioJB" spells a domain but
    names no company."""
    return _LINK.sub(" ", text) if "://" in text or "www." in text.lower() else text


_LEGAL = re.compile(
    r"(?<!&)[\s,]+(?:inc\.?|llc|ltd\.?|limited|gmbh|ag|se|sa|sas|sarl|s\.?a\.?|s\.?l\.?|b\.?v\.?|plc|co\.?|corp\.?"
    r"|kg|ug|oy|ab|as|a/s|aps|gmbh\s*&\s*co\.?(?:\s*kg(?:aa)?)?|sp\.?\s*z\s*o\.?\s*o\.?|s\.?r\.?l\.?|spa|ggmbh"
    # the regulated kind of German firm, written like a legal form: "Nordwest Treuhand Wirtschaftsprüfungsgesellschaft"
    r"|wirtschaftspr[üu]fungsgesellschaft|steuerberatungsgesellschaft|rechtsanwaltsgesellschaft"
    r"|partg(?:\s*mbb)?|[kg]\.\s?k\.?)$", re.IGNORECASE,  # (Japan's "K.K.", "G.K.")
)
_JAPANESE_AROUND = re.compile(r"^【[^】]*】|(?<=.)(?:[\u3041-\u309f]|\s*様).*$", re.DOTALL)
_GENERIC_TAIL = re.compile(
    r"(?:\s+[-–—|]\s+|\s+|-)(?:recruiting|recruitment|talento?|hiring|careers?|people|hr|team|interview(?:s)?|jobs?"
    r"|office|empleo|carreras?|carri[eè]res?|candidates?|hirevue|early|graduates?|personaldienst|"
    r"acquisition|ops|scheduling|karriere|recrutement|reclutamiento|bewerbermanagement|personalabteilung|personalstelle"
    r"|personalwesen|selecci[oó]n|s[ée]lections?|rrhh|rh|ressources humaines|recursos humanos|human resources"
    r"|resourcing|ta)(?:\s+(?:team|acquisition|ops))*$",  # ("Medora TA": its talent acquisition)
    re.IGNORECASE,
)
# "Ventura Foods Deutschland": the country a subsidiary writes after the group's name.
_COUNTRY_TAIL = re.compile(r"(?<=\w)\s+(?:deutschland|germany|[öo]sterreich|austria|schweiz|suisse|switzerland|france"
                           r"|espa[ñn]a|spain|portugal|uk|dach|emea|iberia|benelux|nordics|latam)$", re.IGNORECASE)
# "Cursivia Paris", "EduPôle Bruxelles": the office's city after a one-word name (not "Stadtwerke München",
# "Kaffeehaus Gruppe Wien", "Hôpitaux Universitaires de Genève", where the city is part of the name).
# (one to three words before the town: "Kessler Brandt Paris"; not "Université de Genève", a particle before it)
_CITY_TAIL = re.compile(r"^([^\W\d][\w&'’.+-]{2,}(?:\s+[^\W\d][\w&'’.+-]*){0,2})(?<!\bde)(?<!\bdu)(?<!\bof)"
                        r"(?<!\bdi)(?<!\bvon)(?<!\bla)\s+(?:" + CITIES + ")$", re.IGNORECASE)
# "Quarrystone onsite interview": what the event is, written after the company's name.
_EVENT_TAIL = re.compile(
    r"\s+(?:onsite|on-site|interviews?|call|screen|screening|round|chat|final|phone|technical|panel|loop"
    r"|(?:site )?visit|day|meeting|(?:erst|zweit|fach|auswahl)?gespr[aä]ch|vorstellungsg(?:e)?spr[aä]ch|entretien"
    r"|entrevista|entrevues?"
    r"|hiring (?:manager|mgr)|recruiter"
    r"|founder|cto|ceo|gesch[äa]ftsf[üu]hrer(?:in)?|g[ée]rant(?:e)?|directeur g[ée]n[ée]ral"
    # the round after the name: "Finestra 2nd", "Atalaya 2a"
    r"|\d+(?:st|nd|rd|th|e|er|[èe]me|a|o|ª|º|\.))$"
    # "Medivolt 2. Runde": the round's number, its dot taken as a sentence's end
    r"|(?<=[^\W\d]{3})\s+\d$",
    re.IGNORECASE,
)
# The site after the name: "Loomwell HQ", "EDEKA Zentrale", "Mercat Verd oficinas" (where, not who).
_SITE_TAIL = re.compile(r"(?<=\w\w)\s+(?:HQ|[Hh]eadquarters|[Hh]ead [Oo]ffice|Zentrale|Hauptsitz|Hauptverwaltung"
                        r"|[Oo]ficinas(?: [Cc]entrales)?|[Ss]i[èe]ge(?: [Ss]ocial)?|Filiale|Niederlassung|Zweigstelle"
                        r"|Sucursal|Delegaci[oó]n|\S*(?:本社|支社|支店|オフィス|事務所))$")  # (東京本社: Tokyo HQ)
# A role's acronym after the name: "Marlowe CSM" (customer success manager), "Servier ARC" (attaché de recherche
# clinique): what the user would do there, not part of the name. (Not "PM", "SWE" …: role.ROLE_NOUN knows those,
# and a name ending in one is a role, "Grid Storage PM", dropped whole.)
_ROLE_ACRONYM_TAIL = re.compile(r"(?<=\w\w)\s+(?:CSM|SDR|BDR|ARC|CRA|AE)$")
# the job after the name: "Ledgerly ops role", "Kerbio PV role"
_JOB_TAIL = re.compile(r"(?:\s+\S+){0,2}\s+(?:role|job|position|poste|puesto|stelle|rolle)$", re.IGNORECASE)
_JOB_WORDS = ("role", "job", "position", "poste", "puesto", "stelle", "rolle")
# A department written after the organisation's name: "West Midlands Police ICT", "CHU Rhône-Est DSI".
_DEPARTMENT_TAIL = re.compile(r"(?<=\w\w)\s+(?:ICT|DSI|EDV|TIC)$")
# "Emirates Cabin Crew", "Comlux Crew", "CityJet Instructor": an airline's crew post after its name
_CREW_TAIL = re.compile(r"(?<=\w\w)(?<!Cabin)\s+(?:Cabin\s+Crew|Cabin|Crew|Instructor)$")
# "UW IM Residency", "BMC Internal Medicine Residency", "Duke IM": a hospital's residency program after its name
_PROGRAM_TAIL = re.compile(r"(?<=\w\w)(?:\s+(?:Traditional|Categorical|Primary Care))?\s+(?:IM|Internal Medicine)"
                           r"(?:\s+Residency(?:\s+Program(?:me)?)?)?$|(?<=\w\w)\s+Residency(?:\s+Program(?:me)?)?$")
# What the event is about, in lower case after a capitalised name: "Tallyhive data", "Kassaflow analytics".
_LOWER_TAIL = re.compile(r"(?<=[\w&])\s+(?:data|analytics|ops|operations|team|sprint|project|projekt|proyecto|projet"
                         r"|curriculum|it|role|job)(?:\s+(?:data|ops|team|sprint|role|job))*$")
# "Probearbeit Kupferhaus Software", "Assessment Center Hafenstadt Bank": what the event is, written before it.
_EVENT_LEAD = re.compile(
    # "Videointerview Fenwick …", "Vor-Ort-Interviews Mainfeld Bank": a compound ending in "interview" too
    r"^(?:(?:interview|[\w.-]*-?interviews?|r[üu]ckruf|callback|call back|onsite|on-site"
    r"|assessment[ -]?cent(?:er|re)|probe-?(?:arbeits)?tag"
    r"|probearbeit|schnuppertag"
    r"|trial day|work trial|paid work trial|final round|vorstellungsg(?:e)?spr[aä]ch|bewerbungsg(?:e)?spr[aä]ch"
    r"|entretien|entrev\."
    r"|entrevista|entrevues?|journ[ée]e d'immersion|journ[ée]e d'essai|journ[ée]e d'entretiens?|d[ií]a de prueba"
    r"|jornada|journ[ée]e"
    r"|assessment[ -]?day"
    r"|centre d'[ée]valuation|journ[ée]e d'[ée]valuation|jornada de (?:evaluaci[oó]n|selecci[oó]n)"
    r"|(?:erst|zweit|fach|auswahl)?gespr[aä]ch|kennenlernen|kennenlerngespr[aä]ch|vg|sollicitatie-?gesprek|gesprek)"
    # "Entrevista telefónica Hoteles Nervión", "Entretien téléphonique …": how the talk is held
    r"(?:\s+(?:telef[oó]nic[oa]|t[ée]l[ée]phonique|telefonisch(?:es)?|vid[ée]o|visio|online|virtual|presencial))?"
    r"\s+(?:(?:at|@|bei|bij|chez|en|in|à|a|de|d')\s+)?)+",
    re.IGNORECASE,
)


# A capitalised name, accented initials included ("Énergéo", "Álvarez"), particles inside ("Aguas del Jarama", "Forges
# de l'Ariège", "Compagnie Générale d'Essais Aéronautiques").
CO = (r"([A-ZÀ-ÖØ-Þ0-9][\w&'’.+]*(?:[ -](?:(?:de|del|des|du|da|y|of|von|der|la|für)[ ](?=[A-ZÀ-ÖØ-Þ])"
      r"|(?:de l['’]|d['’])(?=[A-ZÀ-ÖØ-Þ]))?"
      r"(?:A/S\b|[A-ZÀ-ÖØ-Þ0-9&][\w&'’.+]*))*)")


# Abbreviations that end in a dot inside a title: "Tél. Vernier", "Déj. avec …", "Hr. Wieser".
_ABBREVIATION = re.compile(r"(?i)t[ée]l|d[ée]j|mob|r[ée]f|ca|std|inkl|ggf|evtl|bzw|approx|env|tlf|dr|hr|fr|sr|sra"
                           r"|mme|mr|mrs|ms|prof|ing|dipl")


_FUNCTION_LEAD = re.compile(r"^(?i:selecci[oó]n|recrutement|reclutamiento|karriere|rrhh|rh|hr|careers|empleo|talento"
                            r"|personalabteilung|personalwesen|recruiter(?:in)?|recruiting"
                            r"|mandat)\s+(?=[A-Z])"  # an agency's assignment: "Interview Mandat Haldenberg"
                            # a hospital's desk: "Medical Staffing - Pennant Valley"
                            r"|^(?i:medical (?:staffing|workforce|recruitment))\s+[-–—]\s+(?=[A-Z])"
                            # "CTO de Pixelmar", "Founder of Brightloom": who the person is, then where
                            r"|^(?i:co-?founder|founder|fundador(?:a)?|cofundador(?:a)?|fondat(?:eur|rice)|ceo|cto|coo"
                            r"|cfo|gr[üu]nder(?:in)?|inhaber(?:in)?|owner|due[ñn][oa]|g[ée]rant(?:e)?)"
                            r"\s+(?i:de|del|of|at|bei|von|chez|du|d')\s*(?=[A-ZÀ-ÖØ-Þ])")
# Lower-case words a name may hold between its capitalised words ("Banque de Luxembourg", "Museum für Naturkunde").
_NAME_PARTICLES = frozenset({"de", "del", "des", "du", "da", "di", "do", "dos", "la", "le", "les", "los", "las", "von",
                             "van", "der", "den", "dem", "das", "y", "e", "et", "und", "of", "the", "and", "für", "fur",
                             "for", "en", "al", "a", "à", "au", "aux", "am", "an", "im", "zu", "zum", "zur", "sur",
                             "i", "per", "on", "&"})


def _before_clause(name: str) -> str:
    """Given a name as found, returns it up to a lower-case word that is no particle and that a capitalised word
    follows: a sentence goes on there ("Pagonube entre Carmen Vidal", "Axion Surgical lädt Sie zu …")."""
    words = name.split(" ")
    for i in range(1, len(words) - 1):
        word, after = words[i], words[i + 1]
        if word.islower() and word.isalpha() and word not in _NAME_PARTICLES \
                and words[i - 1] not in _NAME_PARTICLES and after[:1].isupper():
            return " ".join(words[:i])
    return name


@lru_cache(maxsize=16384)  # the same runs are cleaned again for every way a name is looked for
def clean_company(name: str) -> str | None:
    """Given a company name as written, returns it without legal suffix or "Recruiting Team" tail."""
    # "Olivar Tech (Selección)", "Tannery Labs (CEO": a bracket after the name says what the call is.
    # "St. Columba's Hospital", "Mt. Sinai", "Gebr. Havemann", "Wisłotrans Sp. z o.o.": an
    # abbreviation inside the name is no sentence's end
    sentences = re.split(r"(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bGebr)(?<!\bSp)\.\s", name.strip())
    if len(sentences) > 1 and re.fullmatch(r"(?i)hr|fr|mme|mr|mrs|ms|sr|sra", sentences[0]):
        return None  # "Hr. Bauer", "Sra. Núñez": a person addressed, not an organisation
    if len(sentences) > 1 and _ABBREVIATION.fullmatch(sentences[0]):
        sentences = sentences[1:]  # "Tél. Vernier", "Déj. avec …": an abbreviation, not the end of a sentence
    name = sentences[0]  # "Redwick Bank. The panel …": the sentence ended
    # Japanese: a tag in lenticular brackets before the name ("【一次面接】Halvorsen Pharma"), a particle after it
    # ("Tidewater FoodsのTalent Acquisitionの遠藤です": "Endo of Tidewater Foods' talent acquisition") or "様"
    name = _JAPANESE_AROUND.sub("", name)
    # "(Head of Data, Tidewell)", "(founder, Ledgerlight)": who the person is, then where
    head, comma, tail = name.partition(", ")
    if comma and _PERSON_FUNCTION.fullmatch(head.strip()) and tail[:1].isupper():
        name = tail
    if _PERSON_FUNCTION.fullmatch(name.strip(" ()")):
        return None  # "Chloe (CEO)", "Katrin (Gründerin)": who the person is, not where
    name = re.sub(r"\s*\([^()]*\)?\s*$", "", name)
    name = name.strip(" \t.,:;'\"’-–—")
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = _EVENT_LEAD.sub("", name)
    # "Selección Brisa Marina Logística", "Recrutement Maison Orsay": the mailbox's function before the name
    name = _FUNCTION_LEAD.sub("", name)
    name = _before_clause(name)
    name = _acronym_off(name)
    for _ in range(3):
        name = _GENERIC_TAIL.sub("", name).strip(" ,.–—-")
        name = _LEGAL.sub("", name).strip(" ,.–—-")
        name = _EVENT_TAIL.sub("", name).strip(" ,.")
        name = _COUNTRY_TAIL.sub("", name).strip(" ,.")
        name = _DEPARTMENT_TAIL.sub("", name)
        name = _PROGRAM_TAIL.sub("", name)
        name = _CREW_TAIL.sub("", name)
        name = _SITE_TAIL.sub("", name)
        name = _ROLE_ACRONYM_TAIL.sub("", name)
        # "Mainfeld Bank FFM": a short capital tag after a company word is a site or a unit, not the name
        if (words := name.split()) and len(words) >= 3 and re.fullmatch(r"[A-Z]{2,4}", words[-1]) \
                and fold(words[-2]) in ORG_WORDS and not _LEGAL.search(name):
            name = " ".join(words[:-1])
        if name.lower().endswith(_JOB_WORDS):
            name = _JOB_TAIL.sub("", name)
        if name[:1].isupper():
            name = _LOWER_TAIL.sub("", name)
    if (city := _CITY_TAIL.match(name)) and fold(city.group(1)) not in ORG_WORDS \
            and not any(org_word(w) for w in fold(city.group(1)).split()):  # ("Kaffeehaus Gruppe Wien" stays)
        name = city.group(1)
    # "St Margaret's Hospital NHS Foundation Trust": the public body's legal form after its name
    name = _TRUST_TAIL.sub("", name)
    if not name or _DEPARTMENT.fullmatch(name) or is_tool_brand(name) or _FUNCTION_ONLY.match(name) \
            or (len(name) > 40 and not _long_name(name)):
        return None
    return name


def _acronym_off(name: str) -> str:
    """Given a name, returns it without a leading acronym that its other words spell ("KDT Kanalhafen Duisburg
    Terminal", "OCN Obras y Canales del Norte"): the name written out once is the name."""
    head, _, rest = name.partition(" ")
    words = [w for w in re.split(r"[\s-]+", rest) if w and w.lower() not in _NAME_PARTICLES]
    if 2 <= len(head) <= 5 and head.isupper() and head.isalpha() and len(words) == len(head) \
            and "".join(fold(w)[0] for w in words) == fold(head):
        return rest
    return name


def _long_name(name: str) -> bool:
    """Given a name over 40 characters, returns whether it may still be one: at most 50, every word capitalised or a
    particle, and no job at its end ("Réseau Éducatif Francophone International", not "… Analytics Associate")."""
    words = name.split()
    # ("d'Essais": an elided particle before a capitalised word)
    return len(name) <= 50 and all(w[:1].isupper() or w in _NAME_PARTICLES or re.match(r"(?:d|l)['’][A-ZÀ-Þ]", w)
                                   for w in words) \
        and not ROLE_NOUN.search(fold(words[-1])) and not _PROGRAMME.fullmatch(fold(words[-1]))


_PROGRAMME = re.compile(r"fellowships?|programmes?|programs?|traineeships?|internships?|schemes?")


# What a person is at the company, written beside or instead of its name.
_PERSON_FUNCTION = re.compile(
    r"(?i)(?:co-?)?(?:founder|fundador(?:a)?|cofundador(?:a)?|fondat(?:eur|rice)|cofondat(?:eur|rice)"
    r"|(?:mit)?gr[üu]nder(?:in)?|inhaber(?:in)?|owner|due[ñn][oa]|ceo|cto|coo|cfo|cpo|g[ée]rant(?:e)?"
    r"|gesch[äa]ftsf[üu]hrer(?:in)?|managing director"
    # "Head of Data", "VP Engineering" (not a brand such as "Head Start")
    r"|(?:head|director|directeur|directrice|directora?|jefe|jefa|responsable) (?:of|de|du|des|de la|del|für) "
    r"[\w&/ .'’-]{2,30}|(?:vp|svp|evp|leiter(?:in)?) [\w&/ .'’-]{2,30})"
)
_TRUST_TAIL = re.compile(r"(?<=\w)\s+NHS(?:\s+Foundation)?\s+Trust$")
# "RH téléphonique", "HR call notes": a hiring function and what the talk is, in lower case: no organisation
_FUNCTION_ONLY = re.compile(r"(?:RH|HR|RRHH)(?:\s+[a-zà-ÿ][\w'’-]*)+$")
# A department alone is no organisation: "the IT lead role" gives "IT".
_DEPARTMENT = re.compile(r"(?i)it|ict|edv|dsi|tic|hr|rh|rrhh|ops")


NOT_COMPANY = re.compile(
    r"(?i)^(?:interview|phone|screen|technical|final|onsite|on-site|virtual|round|call|chat|intro|"
    r"introduction|meeting|hiring|recruiter|recruiting|panel|loop|coding|system|design|culture|values|proceso|"
    r"vorstellungsg(?:e)?spr|bewerbungsg(?:e)?spr|telefon|entretien|entrevista|entrevue|entrev|llamada|kennenlern|erstgespr|"
    r"zweitgespr|fachgespr|erstkontakt|premier|deuxi|segunda|primera|your|our|my|you|us|we|uns|nous|nosotros|"
    r"kennenlern\w*|werksf[üu]hrung|werksbesichtigung|betriebsf[üu]hrung|rundgang|"
    r"\w*gespr[aä]ch(?:e|s)?|\w*interviews?|agallamh|"  # "Kennenlerngespräch", "Videointerview": what the talk is
    r"telephone|t[ée]l[ée]phone|tel[ée]fono|by phone|par t[ée]l[ée]phone|"  # how it is held, in the location
    # an assessment day, a department, a recorded video interview: what or who, not the employer
    r"journ[ée]e|centre d'[ée]valuation|jornada|on-demand|fachbereich|abteilung|departamento|"
    r"og|eg|ug|dg|stock|etage|[ée]tage|planta|piso|av|avda|avenida|calle|rue|"  # an address: "5. OG", "Av. Diagonal"
    r"i'm|i|im|follow|next|head|chief|first|second|third|last|quick|short|initial|re:|fw|invitation|updated|canceled|"
    # what the talk is about or a word for any employer ("Gespräch wegen Anlagenbetreuer-Stelle", "Unternehmen")
    r"wegen|regarding|betreff|bzgl|unternehmen|talent|rdv|interview platform|beginn|[ée]preuves?|"
    # a country, a duration, a post and an abbreviated honorific ("right to work in the UK", "Kennenlernen 30 Min",
    # "Chair of Governors", "Rückruf Fr. Haider")
    r"(?:uk|usa|eu)$|\d+ ?min(?:s|utes?|uten)?|chair(?: of [\w ]+)?|fr\.?|hr\.?|"
    r"einladung|convocation|convocatoria|invitaci[oó]n|"
    # who the talk is with or how, by itself: "Client interview – Regional MICE Director", "Tel RH aéroport Rodez",
    # "phone screen w/ Daniel (TA)" (talent acquisition), "Int - Hearth Co-op" (interview), "– Direktion" (the post)
    r"client$|tel$|ta$|(?:ph )?int$|direktion$|preliminary|longlist|shortlist|org$|frei$|"
    r"(?:tag|day|jour)$|"  # a day of several: "(Tag 1/2)"
    # a selection committee: "Findungskommission", "Search Committee"
    r"findungskommission|auswahlkommission|search committee|"
    r"(?:german|english|french|spanish|deutsch|englisch|franzosisch|spanisch)$|"  # a language: "German-speaking"
    r"cancelled|tentative|accepted|"
    # a cancellation or a move written before the title: "Cancelada: Entrevista – …", "Abgesagt: …"
    r"cancelad[oa]|anulad[oa]|aplazad[oa]|reprogramad[oa]|annul[ée]e?|report[ée]e?|abgesagt|storniert|verschoben|"
    r"postponed|rescheduled|"
    r"reminder|rappel|erinnerung|recordatorio|confirmed|confirmation|best|regards|hi|hello|dear|"
    r"please|thank|thanks|we'?re|looking|team|the|and|a|an|to|of|for|with|this|that|pacific|"
    r"eastern|central|mountain|utc|gmt|cet|cest|pst|pdt|est|edt|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|"
    r"vendredi|lunes|martes|miercoles|jueves|viernes|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"zoom|google|microsoft|teams|webex|meet|senior|staff|lead|principal|junior|product|data|"
    r"engineering|software|backend|frontend|ihr(?:e|em|en|er)?|dein(?:e|em|en|er)?|unser(?:e|em|en|er)?"
    r"|mein(?:e|em|en|er)?|votre|vos|su|tu|sus|der|die|das|le|la|les|el|los"
    # a person addressed or described, not an organisation: "Frau Dr", "Sie", "CEO)"
    r"|frau|herr|herrn|mme|sie|ihnen|ceo|cto|cfo|coo"
    # a programming language in the user's own hobby entry ("Python coding 7pm")
    r"|python|java|javascript|typescript|kotlin|golang|haskell|php"
    # what an agency's lunch is about ("Lunch … (Brunnmatt) – Marktupdate"), not a client
    r"|\w*update|market (?:update|overview)|markt(?:[üu]berblick|lage|einsch[äa]tzung)"
    r"|presentation|pr[ée]sentation|pr[äa]sentation|presentaci[oó]n"  # what the candidate gives at a round
    # ... or does ("Written exam", "Case study", "Trial days", "Probearbeiten FS Remstal", "Selectiegesprek")
    r"|written (?:exam|test|assessment)s?|case study|trial (?:days?|shifts?)|probearbeit\w*|probetraining"
    r"|selectiegesprek\w*|test informatis[ée]|colloquio|fallbesprechung)\b"
)


def fuller(name: str, texts: Sequence[str]) -> str:
    """Given a company name and the texts, returns the longest way they write it with more company words
    ("Copperline" -> "Copperline Media" when the description says so)."""
    best = name
    for text in texts:
        if name + " " not in text:  # nothing written after it: no regex to compile and run
            continue
        # "Pelican Data's engineers": a possessive ends the name
        for match in re.finditer(re.escape(name) + r"((?:[ ]+(?:& )?[A-ZÄÖÜ][\w&-]*)+)", text):
            words = [w for w in match.group(1).split() if w != "&"]
            extra = [w for w in words if org_word(fold(w))]
            if extra and len(extra) == len(words) and len(name) + len(match.group(1)) > len(best):
                best = name + match.group(1)
        # "Oakridge Museum of Childhood", "University of Kestrel Hill": an institution's word, then what it is of
        if fold(name.rsplit(" ", 1)[-1]) in _INSTITUTION:
            for match in re.finditer(re.escape(name) + r"( (?:of|for|für) [A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+)?)",
                                     text):
                if len(name) + len(match.group(1)) > len(best):
                    best = name + match.group(1)
    return clean_company(best) or name


# A legal form written after a name: the name as the company registers it ("Hafenlicht Logistik GmbH").
LEGAL_FORM = (r"(?:GmbH|AG|SE|KG|Inc\.?|LLC|Ltd\.?|Limited|plc|PLC|SAS|SARL|SA|S\.A\.|SL|S\.L\.|SLU|BV|B\.V\.|Oy|AB"
               r"|A/S|S\.à r\.l\.|Sàrl|S\.r\.l\.|Srl|SpA|S\.p\.A\.|NV|N\.V\.|asbl|ASBL|vzw|e\.V\.)")
_WORD_AFTER = r"(?:[ ]+(?:&[ ]+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)"


def legal_line(name: str, texts: Sequence[str]) -> str:
    """Given a one-word company name and the texts, returns the name the texts write before a legal form when it
    starts with the name and adds one or two capitalised words ("Roboflex" -> "Roboflex Automation" from "Roboflex
    Automation AG"), else the name."""
    if " " in name:
        return name  # two words already name the company ("Bolsa Viva", not "Bolsa Viva Inversiones S.L.")
    for text in texts:
        if name + " " not in text:
            continue
        pattern = rf"(?<![\w-]){re.escape(name)}({_WORD_AFTER}{{1,2}}?),?[ ]+{LEGAL_FORM}(?![\w-])"
        for match in re.finditer(pattern, text):
            extra = match.group(1).split()
            # "Tessera BIM SA": a capital tag after the name is a product or a unit, not a word of the name
            if any(fold(w) in _NOT_TAIL or (w.isupper() and len(w) > 1) for w in extra):
                continue
            whole = name + match.group(1)
            if clean_company(whole) == whole:
                return whole
    return name


_TOKEN = re.compile(r"[\w'’&-]+(?:\.\w+)*|[^\w\s]")
_JOINING = frozenset({"de", "du", "des", "del", "of", "für", "fur", "la", "le"})
# (a legal form cut into tokens: "S.à r.l", "e.V")
_LEGAL_WORD = re.compile(r"(?:" + LEGAL_FORM + r"|Co\.?|Cie|Cía|S\.à|S\.r\.l|S\.p\.A|e\.V)(?![\w-])")


_CITY_ONLY = re.compile(CITIES, re.IGNORECASE)
_EEIG = re.compile(r"\s+EEIG$")


def without_legal_form(name: str) -> str:
    """Given a company name as found, returns it without a legal form at its end ("Konstrukt Sa" from konstrukt-sa.ch,
    "Eurodigit Consortium EEIG"): a thank-you note does not write it (a law firm's "LLP" it may)."""
    bare = _EEIG.sub("", _LEGAL.sub("", name)).strip(" ,")
    return bare if len(bare) >= 2 else name


def _named(token: str) -> bool:
    # a capitalised word, or one elided after "l'" / "d'" ("l'Enseignement")
    return token[:1].isupper() or (token[:2].lower() in ("l'", "d'", "l’", "d’") and token[2:3].isupper())


def written_whole(name: str, texts: Sequence[str], location: str) -> str:
    """Given a company name, the texts and the location, returns the longer name every mention of it starts when the
    texts never write it alone ("St Mary's Catholic Multi-Academy Trust" in a signature for the domain's "St Mary's
    Catholic", "Ligue Occitane de l'Enseignement"), else the name."""
    want = tuple(fold(name).split())
    found: set[str] = set()
    for line in (line for text in texts for line in text.splitlines()):
        if want[0] not in fold(line):
            continue
        tokens = _TOKEN.findall(line)
        folded = [fold(t) for t in tokens]
        for i in range(len(tokens) - len(want) + 1):
            if tuple(folded[i:i + len(want)]) != want:
                continue
            start, end = i, i + len(want)
            while end < len(tokens) and end < i + len(want) + 4 \
                    and not _LEGAL_WORD.match(" ".join(tokens[end:end + 3])) and (
                    _named(tokens[end]) or (
                    folded[end] in _JOINING and end + 1 < len(tokens) and _named(tokens[end + 1]))):
                end += 1
            while end > i + len(want) and folded[end - 1] in _JOINING:
                end -= 1
            found.add(" ".join(tokens[start:end]))
    if len(found) != 1:
        return name
    whole = found.pop()
    added = whole.split()[len(want):]
    # "… Scheduling", "… Bruxelles", "… GmbH & Co": a hiring word, a place or a legal form is no word of the name
    # (where the event is may write the whole name: "Aubrac Hydrogène, ZI du Rhône")
    where = set() if fold(whole) in fold(location) else set(re.findall(r"\w+", fold(location)))
    head = whole.split()[:len(want)]
    if not added or any(clean_company(" ".join(head + added[:k])) != " ".join(head + added[:k])
                        for k in range(1, len(added) + 1)) or any(
            fold(w) in STOP or NOT_COMPANY.fullmatch(w) or _CITY_ONLY.fullmatch(w) or _LEGAL_WORD.fullmatch(w)
            or fold(w) in where for w in added):
        return name
    return whole


# Words that end a clause or say what the event is, never a word of a name before its legal form.
_NOT_TAIL = frozenset({"und", "and", "et", "y", "bei", "chez", "at", "with", "mit", "avec", "con", "de", "von"})


_INSTITUTION = frozenset({"museum", "university", "institute", "school", "college", "academy", "hospital",
                          "foundation", "bank", "society", "council", "bundesamt", "landesamt", "institut", "amt"})


def org_word(word: str) -> bool:
    # a German compound ending in one ("Krankenversicherung", "Hotelgruppe") is one too
    return word in ORG_WORDS or any(word.endswith(w) for w in _COMPOUND_TAILS if len(word) > len(w) + 2)


_COMPOUND_TAILS = ("versicherung", "gruppe", "werke", "technik", "logistik", "kliniken", "klinikum")
# Last words that make a capitalised run a business name ("Brenner Steuerberatung", "Kessler Bau GmbH").
ORG_WORDS = COMPANY_WORDS | frozenset({
    "gmbh", "ag", "kg", "se", "inc", "llc", "ltd", "plc", "sas", "sarl", "sa", "sl", "bv", "steuerberatung",
    "kanzlei", "beratung", "versicherung", "versicherungen", "bau", "maschinenbau", "logistik", "immobilien",
    "medizintechnik", "verlag", "werke", "werk", "assurances", "conseil", "avocats", "associes", "seguros",
    "logistica", "abogados", "asesores", "consultores", "hoteles", "hotels", "construcciones", "ingenieria",
    "resorts", "chimie", "chemicals", "chemie", "quimica", "airport", "aeroport", "aeropuerto", "flughafen",
    # a school is a teacher's employer: "Little Oaks Bilingual School", "Nexa Schools"
    "school", "schools", "academy",
    # a firm's trade as its last word: "Sémaphore Engineering", "Deepwater Diagnostics", "Nordhav Biotech"
    "engineering", "ingenierie", "diagnostics", "biotech", "biosciences", "genomics",
    # ... or its partners' trade in the plural: "Bernard Castaing Architectes", "Holm Architekten"
    "architectes", "architects", "architekten", "arquitectos", "ingenieurs", "engineers", "ingenieure",
    # a university by its city: "Universität Basel", "Université Laval", "Universidad de Sevilla"
    "universitat", "universite", "universidad", "universita", "university", "hochschule", "fachhochschule",
    "trust",  # a charity or a public body: "Seabird Conservation Trust"
    "akademie", "academie", "academia", "gruppe", "groupe", "grupo",
})
