"""Company and role of an interview: from participant domains, "Acme <> Jordan" titles and ATS body text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass.domainmatch import COMPANY_WORDS, DISPLAY_DROP, name_fits_label
from afterview.daemon.eventclass.people import Me, is_me, is_room
from afterview.daemon.eventclass.signals import fold, is_free_mail, is_tool_brand, is_tool_domain

_TWO_LEVEL = frozenset({
    "co.uk", "org.uk", "ac.uk", "com.au", "co.jp", "com.br", "co.nz", "com.mx", "co.in", "com.ar",
    "com.es", "co.za", "com.tr", "com.cn", "com.sg", "co.kr", "com.hk",
})
_LEGAL = re.compile(
    r"[\s,]+(?:inc\.?|llc|ltd\.?|limited|gmbh|ag|se|sa|sas|sarl|s\.?a\.?|s\.?l\.?|b\.?v\.?|plc|co\.?|corp\.?"
    r"|kg|ug|oy|ab|as)$", re.IGNORECASE,
)
_GENERIC_TAIL = re.compile(
    r"\s+(?:recruiting|recruitment|talent|hiring|careers?|people|hr|team|interview(?:s)?|jobs?|"
    r"acquisition|ops|karriere|recrutement|reclutamiento)(?:\s+(?:team|acquisition|ops))*$",
    re.IGNORECASE,
)
_CO = r"([A-Z0-9][\w&'’.+]*(?:[ -](?:[A-Z0-9&][\w&'’.+]*))*)"
_TEXT_PATTERNS = [re.compile(p) for p in (
    r"(?:interest|interested) in (?:joining |working (?:at|with) )?(?:the )?" + _CO,
    r"(?i:on behalf of) " + _CO,
    r"(?:[Cc]ompany|[Ee]mployer|[Uu]nternehmen|[Ff]irma|[Ee]ntreprise|[Ss]oci[ée]t[ée]|[Ee]mpresa)"
    r"\s*:\s*" + _CO,
    _CO + r" (?:[Rr]ecruiting|[Tt]alent|[Hh]iring|[Pp]eople|[Cc]areers|HR)(?: [Tt]eam)?\b",
    r"(?:[Tt]he|[Dd]as|[Ll]'[ée]quipe|[Ee]l equipo de|[Ee]quipo de|[Tt]eam) " + _CO + r"(?: [Tt]eam)?",
    r"(?:joining|join|bei|chez|zu|para|au sein de|unirte a|rejoindre) " + _CO,
    r"(?i:interview|call|chat|screen|conversation|gespr[aä]ch|entretien|entrevista)\s+(?:with|at|mit|bei|"
    r"avec|chez|con|en)\s+" + _CO,
    r"\b(?:at|@) " + _CO,
    r"(?i:recruiter|recruiting|hiring manager|talent partner|founder|cto|ceo|someone|people|team|hr)"
    r" (?i:from|of|at|von|de|del) " + _CO,
    r"^(?i:interview|vorstellungsgespr[aä]ch|bewerbungsgespr[aä]ch|entretien|entrevista|onsite|phone screen"
    r"|screening|recruiter call|telefoninterview|kennenlernen|intro call)\s+" + _CO,
)]
_TITLE_SPLIT = re.compile(r"\s*(?:<>|<->|\s[x×/|+&]\s|\s[-–—:]\s|:\s|\|)\s*")
_ROLE_NOUN = re.compile(
    r"engineer|developer|manager|designer|analyst|scientist|architect|lead\b|director|consultant"
    r"|specialist|product|entwickler|ingenieur|leiter|developpeu|chef de projet|ingeniero|ingeniera"
    r"|desarrollador|responsable|administrator|sre\b|devops|researcher|writer|marketer|accountant"
    r"|recruiter|associate|intern\b|representative|programmer|owner|tester|qa\b|head of|vp\b|officer"
    r"|berater|referent|sachbearbeiter|charge|directeur|directrice|jefe|jefa|gerente|programador"
    r"|analista|arquitect|administrad|consultor|disenador|tecnic|coordinador|redakteur|redacteur|redactor"
    r"|editor|technician|teacher|nurse|planner|coordinator|assistant|advisor|adviser|counsel|lawyer"
    r"|attorney|paralegal|economist|statistician|strategist|buyer|controller|auditor|chemist|operator"
    r"|mechanic|pharmacist|gestionnaire|comptable|commercial|vendedor|kaufmann|kauffrau|fachkraft"
    r"|projektleiter|steward|technicien|ingenieria|especialista|experte?|expert[oa]|cientifico|prufer"
    r"|techniker|informatiker|supervisor|monteur|elektroniker|mechatroniker|erzieher|apotheker|buchhalter|disponent",
    re.IGNORECASE,
)
# Group "s": the phrasing itself says a job title follows ("Bewerbung als", "poste de"), no role noun needed.
_ROLE_PATTERNS = [re.compile(p) for p in (
    r"(?i:for (?:the|a|an|our) (?:position|role) of|for (?:the|a|an|our))\s+(?P<r>[^\n.,;:!?()]+?)\s+"
    r"(?i:role|position|opening|job|vacancy|opportunity)\b",
    r"(?i:(?:role|position|job title|job|opening|stelle|poste|puesto|vacante)\s*:)\s*"
    r"(?P<r>(?:[^\n;|.!?]|\.(?!\s|$))+)",
    r"(?i:service|servicio|dienstleistung|prestation)\s*:\s*(?P<r>[^\n;|]+)",
    r"(?i:(?:job|stelle|position|role|poste|puesto|rol))\s+[„\"“«]\s*(?P<s>[^\"”“»\n]+?)\s*[\"”“»]",
    r"(?i:(?:an der|der|die|zur) (?:position|stelle)(?: als)?)\s+(?P<s>[A-ZÄÖÜ][^\n.,;:!?]+)",
    r"(?i:candidatura (?:para|a)(?: la vacante de| el puesto de)?)\s+(?P<s>[A-ZÁÉÍÓÚÑ][^\n.,;:!?]+)",
    r"(?i:f[üu]r die (?:position|stelle)(?: als| des| der| einer?)?|(?:stelle|position) als)"
    r"\s+(?P<s>[^\n.,;:!?]+)",
    r"(?i:(?:pour le|au|du) poste d(?:e |'|’)|poste de)\s*(?P<s>[^\n.,;:!?]+)",
    r"(?i:para el puesto de|(?:la )?posici[oó]n de|vacante de|el rol de)\s+(?P<s>[^\n.,;:!?]+)",
    r"(?i:interview|screen|call|gespr[aä]ch|entretien|entrevista) (?i:for|f[üu]r|pour|para) (?:the |a |an )?"
    r"(?P<r>[^\n.,;:!?()]+)",
    r"\b(?:the|a|an|our|this|that) (?P<r>[A-Z][^\n.,;:!?()]{2,60}?) (?i:role|position|opening|vacancy)\b",
    r"(?i:(?:en|al|del|para) (?:el )?puesto de)\s+(?P<s>[^\n.,;:!?]+)",
    r"(?i:bewerbung (?:als|f[üu]r (?:die |eine )?(?:stelle |position )?(?:als |des |der )?))"
    r"\s*(?P<s>[^\n.,;:!?]+)",
    r"(?i:candidature (?:au|pour le) poste d(?:e |'|’)|candidature (?:en tant que|comme))"
    r"\s*(?P<s>[^\n.,;:!?]+)",
    r"(?i:(?:solicitud|candidatura) (?:como|para el puesto de|al puesto de|a la vacante de))\s+"
    r"(?P<s>[^\n.,;:!?]+)",
    r"(?i:applied for|application for|applying for) (?:the |a |an )?(?:position of |role of )?"
    r"(?P<r>[^\n.,;:!?()]+?)(?=\s+(?i:role|position|opening|at|with)\b|[\n.,;:!?(]|$)",
    r"(?P<r>[A-Z][^\n.,;:!?()]{2,60}?) (?i:role|position)\b",
)]
# Only in the title: in a description, parentheses hold interviewers' job titles.
_ROLE_IN_PARENS = re.compile(r"\((?P<r>[^()\n]{3,60})\)")
_ROLE_STOP = re.compile(
    r"\s+(?:at|with|bei|mit|chez|avec|en|con|in|on|im|the|-|–|—|\|)\s.*$|\s*\((?:m/w/d|w/m/d|f/m/x|m/f/d|"
    r"h/f|f/h|all genders)\)|\s*\([^()]*\)$|\s*\([^()]*$|\s+(?:m/w/d|w/m/d|f/m/x|m/f/d|h/f|f/h)$"
    r"|\s+(?:role|position|opening|job|interview|stelle|intro)$"
    # the sentence goes on after the title: "… has been confirmed", "… ha sido confirmada", "… ein(laden)"
    r"|\s+(?:has been|have been|is now|ha sido|han sido|a [ée]t[ée]|wurde|ist)\s.*$|\s+ein(?:laden)?$",
    re.IGNORECASE,
)
_ROLE_LEAD = re.compile(r"^(?i:position|role|poste|puesto|stelle|posici[oó]n)(?:\s+(?i:of|als|de|d'))?\s+(?=[A-ZÀ-Þ])")


def registrable_label(domain: str) -> str:
    """Given a mail domain ("mail.acme.co.uk"), returns its organisation label ("acme")."""
    parts = domain.lower().strip(".").split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in _TWO_LEVEL:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def clean_company(name: str) -> str | None:
    """Given a company name as written, returns it without legal suffix or "Recruiting Team" tail."""
    # "Olivar Tech (Selección)", "Tannery Labs (CEO": a bracket after the name says what the call is.
    name = re.sub(r"\s*\([^()]*\)?\s*$", "", name.strip())
    name = name.strip(" \t.,:;'\"’-–—")
    name = re.sub(r"^(?:the|The)\s+", "", name)
    for _ in range(2):
        name = _GENERIC_TAIL.sub("", name)
        name = _LEGAL.sub("", name).strip(" ,.")
    if not name or is_tool_brand(name) or len(name) > 40:
        return None
    return name


def company_domains(event: CalendarEvent, me: Me) -> list[str]:
    """Given an event, returns the other party's company domains, the organizer's first, most common next."""
    counts: Counter[str] = Counter()
    organizer_domain: str | None = None
    for person in _people(event):
        domain = (person.email or "").rpartition("@")[2].lower()
        if not domain or is_me(person, me) or is_room(person) or is_free_mail(domain):
            continue
        if person.name and re.search(r"(?i)\s(?:via|through|par|über|uber|a trav[eé]s de)\s", person.name):
            continue  # "Acme via Welcome to the Jungle": the address is the tool's, not Acme's
        if is_tool_domain(domain) or domain in me.employer_domains:
            continue
        counts[domain] += 1
        if person is event.organizer:
            organizer_domain = domain
    ordered = [d for d, _ in counts.most_common()]
    if organizer_domain:
        ordered.remove(organizer_domain)
        ordered.insert(0, organizer_domain)
    return ordered


def _people(event: CalendarEvent) -> Iterable[Attendee]:
    if event.organizer is not None:
        yield event.organizer
    yield from event.attendees


def _capitalised_runs(text: str) -> Iterable[str]:
    for match in re.finditer(r"[A-Z0-9][\w&'’.+-]*(?:[ ][A-Z0-9&][\w&'’.+-]*){0,3}", text):
        words = match.group(0).split(" ")
        for size in range(len(words), 0, -1):
            yield " ".join(words[:size]).rstrip(".")


def text_companies(summary: str, description: str, excluded: set[str]) -> list[str]:
    """Given title and description, returns company names they state, best first.

    `excluded` holds folded names that are not companies (people, the user).
    """
    found: list[str] = []
    found.extend(_title_companies(summary, excluded))
    for text in (summary, description):
        for pattern in _TEXT_PATTERNS:
            for match in pattern.finditer(text):
                _add(found, match.group(1), excluded)
    return found


def _title_companies(summary: str, excluded: set[str]) -> list[str]:
    parts = [p for p in _TITLE_SPLIT.split(summary) if p.strip()]
    found: list[str] = []
    if len(parts) < 2:
        return found
    for part in parts:
        if _ROLE_NOUN.search(fold(part)) or re.search(r"\d", part):
            continue
        _add(found, part, excluded)
    return found


_NOT_COMPANY = re.compile(
    r"(?i)^(?:interview|phone|screen|technical|final|onsite|on-site|virtual|round|call|chat|intro|"
    r"introduction|meeting|hiring|recruiter|recruiting|panel|loop|coding|system|design|culture|values|"
    r"vorstellungsgespr|bewerbungsgespr|telefon|entretien|entrevista|llamada|kennenlern|erstgespr|"
    r"zweitgespr|fachgespr|premier|deuxi|segunda|primera|your|our|my|you|us|we|uns|nous|nosotros|"
    r"follow|next|head|chief|first|second|third|last|quick|short|initial|re:|fw|invitation|updated|canceled|"
    r"cancelled|tentative|accepted|"
    r"reminder|rappel|erinnerung|recordatorio|confirmed|confirmation|best|regards|hi|hello|dear|"
    r"please|thank|thanks|we'?re|looking|team|the|and|a|an|to|of|for|with|this|that|pacific|"
    r"eastern|central|mountain|utc|gmt|cet|cest|pst|pdt|est|edt|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|"
    r"vendredi|lunes|martes|miercoles|jueves|viernes|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"zoom|google|microsoft|teams|webex|meet|senior|staff|lead|principal|junior|product|data|"
    r"engineering|software|backend|frontend|ihr|ihre|votre|vos|su|tu|sus|der|die|das|le|la|les|el|los)\b"
)


def _add(found: list[str], raw: str, excluded: set[str]) -> None:
    name = clean_company(raw)
    if not name or _NOT_COMPANY.match(name) or fold(name) in excluded:
        return
    if any(fold(name).startswith(x + " ") for x in excluded if x):
        return
    if not _ROLE_NOUN.search(fold(name)) and name not in found:
        found.append(name)


def label_display(label: str) -> str:
    """Given a domain label ("getvireo", "papillon-tech"), returns a display guess ("Vireo", "Papillon")."""
    label = re.sub(r"^(?:get|try|join|use|hello)(?=[a-z]{3})", "", label)
    words = [w for w in label.split("-") if w]
    while len(words) > 1 and words[-1] in DISPLAY_DROP:
        words.pop()
    return " ".join(word.capitalize() for word in words)


def domain_names_in_text(event: CalendarEvent, description: str, domains: Sequence[str]) -> list[str]:
    """Given an event, its description and the other party's domains, returns the names written in the
    title or description that those domains spell ("Atelier Monceau" for ateliermonceau.fr)."""
    labels = [registrable_label(d) for d in domains]
    found: list[str] = []
    for text in (event.summary, description) if labels else ():
        for run in _capitalised_runs(text):
            if run not in found and not is_tool_brand(run) and any(name_fits_label(run, lb) for lb in labels):
                found.append(run)
    return found


def extract_company(event: CalendarEvent, me: Me, description: str, excluded: set[str]) -> tuple[
        str | None, str]:
    """Given an event, returns (company display name or None, which evidence gave it).

    A name written in the title or description wins when the other party's domain spells it
    ("Nimbus Payments" for nimbuspay.com); else the participants' display names; else the domain label.
    """
    domains = company_domains(event, me)
    texts = [event.summary, description]
    stated = text_companies(event.summary, description, excluded)
    if domains:
        labels = [registrable_label(d) for d in domains]
        for name in stated:
            if any(name_fits_label(name, label) for label in labels):
                return name, "company from title/body matching domain"
        for text in texts:
            for run in _capitalised_runs(text):
                if not is_tool_brand(run) and fold(run) not in excluded and any(
                        name_fits_label(run, label) for label in labels):
                    cleaned = clean_company(run)
                    if cleaned:
                        return cleaned, "company from title/body matching domain"
        for person in _people(event):
            cleaned = _display_company(person)
            if cleaned and _domain(person) in domains and name_fits_label(cleaned, registrable_label(_domain(person))):
                return cleaned, "company from a participant's display name"
        return label_display(labels[0]), f"company from domain {domains[0]}"
    organizer = event.organizer
    if organizer is not None and organizer.name and is_tool_domain(_domain(organizer)):
        org_name = clean_company(re.sub(r"(?i)\s+via\s+.*$", "", organizer.name))
        if org_name and not _NOT_COMPANY.match(org_name) and fold(org_name) not in excluded:
            stated.insert(0, org_name)
    if stated:
        return stated[0], "company from title/body text"
    for text in texts:
        for run in _capitalised_runs(text):
            words = fold(run).split()
            if len(words) >= 2 and words[-1] in _ORG_WORDS and fold(run) not in excluded \
                    and not _NOT_COMPANY.match(run):
                cleaned = clean_company(run)
                if cleaned:
                    return cleaned, "company from a business name in the text"
    return None, "no company found"


# Last words that make a capitalised run a business name ("Brenner Steuerberatung", "Kessler Bau GmbH").
_ORG_WORDS = COMPANY_WORDS | frozenset({
    "gmbh", "ag", "kg", "se", "inc", "llc", "ltd", "plc", "sas", "sarl", "sa", "sl", "bv", "steuerberatung",
    "kanzlei", "beratung", "versicherung", "versicherungen", "bau", "maschinenbau", "logistik", "immobilien",
    "medizintechnik", "verlag", "werke", "werk", "assurances", "conseil", "avocats", "associes", "seguros",
    "logistica", "abogados", "asesores", "consultores", "hoteles", "hotels", "construcciones", "ingenieria",
})


def _display_company(person: Attendee) -> str | None:
    """Given a participant, returns the company its display name holds ("Cedar & Pine Careers")."""
    if not person.name:
        return None
    return clean_company(re.sub(r"(?i)\s+via\s+.*$", "", person.name))


def _domain(person: Attendee) -> str:
    return (person.email or "").rpartition("@")[2].lower()


def extract_role(summary: str, description: str) -> str | None:
    """Given title and description, returns the role applied for ("Senior Data Engineer") or None."""
    for text in (summary, description):
        for pattern in _ROLE_PATTERNS:
            for match in pattern.finditer(text):
                strong = "s" in pattern.groupindex
                found = _clean_role(match.group("s" if strong else "r"), strong)
                if found:
                    return found
    parts = _TITLE_SPLIT.split(summary)
    for part in parts if len(parts) > 1 else ():
        found = _clean_role(part)
        if found:
            return found
    for match in _ROLE_IN_PARENS.finditer(summary):
        found = _clean_role(match.group("r"))
        if found:
            return found
    return None


def _clean_role(raw: str, strong: bool = False) -> str | None:
    role = raw.strip(" \t-–—:\"'")
    # "Jordan Lee for Senior Frontend Engineer": the role is what follows "for".
    for word in (" for ", " für ", " pour ", " para "):
        head, sep, tail = role.rpartition(word)
        if sep and head and _ROLE_NOUN.search(fold(tail)) and not _ROLE_NOUN.search(fold(head)):
            role = tail
            break
    for _ in range(3):
        role = _ROLE_STOP.sub("", role).strip(" \t-–—:,.\"'")
    role = re.sub(r"^(?i:the|a|an|our|le|la|el|die|der|un|une|una)\s+", "", role)
    role = _ROLE_LEAD.sub("", role)
    if not role or len(role.split()) > (5 if strong else 8):
        return None
    if not _ROLE_NOUN.search(fold(role)) and not (strong and role[0].isupper()):
        return None
    if re.search(r"hiring manager|(?:phone|recruiter|technical) screen|final round", fold(role)):
        return None
    if re.search(r"(?i)\b(?:interview|screen|call|meeting|gespr[aä]ch|entretien|entrevista)\b", role):
        return None
    return role
