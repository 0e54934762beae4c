"""Company of an interview: from participant domains, "Acme <> Jordan" titles, ATS body text, an agency's client."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass.agencyhire import SIGNED_RECRUITMENT, agency_label, agency_names_employer
from afterview.daemon.eventclass.clienttext import agency_client, on_behalf_of
from afterview.daemon.eventclass.companyname import CO as _CO
from afterview.daemon.eventclass.companyname import NOT_COMPANY as _NOT_COMPANY
from afterview.daemon.eventclass.companyname import ORG_WORDS as _ORG_WORDS
from afterview.daemon.eventclass.companyname import (
    clean_company,
    legal_line,
    unlinked,
    without_legal_form,
    written_whole,
)
from afterview.daemon.eventclass.companyname import fuller as _fuller
from afterview.daemon.eventclass.companyplace import VENUE, location_business, location_company
from afterview.daemon.eventclass.companytext import COMMUNITY as _COMMUNITY
from afterview.daemon.eventclass.companytext import DANGLING as _DANGLING
from afterview.daemon.eventclass.companytext import MEET_WITH as _MEET_WITH
from afterview.daemon.eventclass.companytext import SENTENCE_END as _SENTENCE_END
from afterview.daemon.eventclass.companytext import TEXT_PATTERNS as _TEXT_PATTERNS
from afterview.daemon.eventclass.companytext import WITH_WORD as _WITH_WORD
from afterview.daemon.eventclass.companytitle import names_a_job, title_candidates
from afterview.daemon.eventclass.context import AGENCY
from afterview.daemon.eventclass.displayname import domain_display, label_display, with_label_word
from afterview.daemon.eventclass.domainmatch import (
    COMPANY_WORDS,
    label_acronym,
    name_fits_label,
    office_domain,
    particle_runs,
    public_office,
    registrable_label,
    spelled_out,
)
from afterview.daemon.eventclass.freemailname import free_mail_named
from afterview.daemon.eventclass.labelspan import fit_label
from afterview.daemon.eventclass.loosefit import (
    consonants_kept,
    initials_lead,
    leads_label,
    lengthened,
    loosely_named,
    tail_named,
)
from afterview.daemon.eventclass.people import Me, domain_of, is_me, is_room, participants, plausible_name
from afterview.daemon.eventclass.registered import acronym_written_out
from afterview.daemon.eventclass.registered import glossed_acronym as _glossed_acronym
from afterview.daemon.eventclass.registered import registered_with as _registered_with
from afterview.daemon.eventclass.registered import role_named as _role_named
from afterview.daemon.eventclass.role import CITIES, extract_role
from afterview.daemon.eventclass.sharedmail import foreign_unit, other_units, unit_name, unit_shown
from afterview.daemon.eventclass.signals import cues, fold, is_free_mail, is_tool_brand, is_tool_domain, squash
from afterview.daemon.eventclass.tersename import terse_title_name

__all__ = ["clean_company", "company_domains", "domain_names_in_text", "extract_company", "extract_role",
           "label_display", "registrable_label", "text_companies", "tool_sender"]

# "Sent via Taleez", "über softgarden versendet": the sender's domain is a tool's even when we do not know it.
_SENT_WITH = re.compile(
    # (not "booked by": "flights are booked by Tidewater Software" names the employer, not a tool)
    r"(?i)(?:sent|scheduled|booked|created|powered|delivered)\s+(?:via|with|using|through)\s+([a-z][\w.-]+)"
    r"|(?:sent|scheduled|created|powered|delivered)\s+by\s+([a-z][\w.-]+)"
    r"|envoy[ée]e?\s+(?:via|par|avec)\s+([a-z][\w.-]+)|(?:gesendet|versendet|verschickt)\s+(?:über|uber|via|mit)"
    r"\s+([a-z][\w.-]+)|über\s+([a-z][\w.-]+)\s+(?:versendet|gesendet|verschickt)"
    r"|enviad[oa]\s+(?:a trav[eé]s de|por|con|v[ií]a)\s+([a-z][\w.-]+)"
)


@functools.lru_cache(maxsize=256)
def _tools_named(text: str) -> frozenset[str]:
    # Cached: the same description is asked about by the decision and by the extraction.
    found: set[str] = set()
    for match in _SENT_WITH.finditer(text):
        word = next(g for g in match.groups() if g).strip(".").lower()
        found.add(registrable_label(word) if "." in word else word)
    return frozenset(found)


def company_domains(event: CalendarEvent, me: Me) -> list[str]:
    """Given an event, returns the other party's company domains, the organizer's first, most common next."""
    counts: Counter[str] = Counter()
    tools = _tools_named(event.description)
    organizer_domain: str | None = None
    for person in participants(event):
        domain = domain_of(person)
        if not domain or is_me(person, me) or is_room(person) or is_free_mail(domain):
            continue
        if person.name and re.search(r"(?i)\s(?:via|through|par|über|uber|a trav[eé]s de)\s", person.name):
            continue  # "Acme via Welcome to the Jungle": the address is the tool's, not Acme's
        if is_tool_domain(domain) or domain in me.employer_domains or registrable_label(domain) in tools:
            continue
        counts[domain] += 1
        if person is event.organizer:
            organizer_domain = domain
    ordered = [d for d, _ in counts.most_common()]
    if organizer_domain:
        ordered.remove(organizer_domain)
        ordered.insert(0, organizer_domain)
    return ordered


_CITY_ONLY = re.compile(rf"(?i:{CITIES})")
_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ0-9][\w&'’.+-]*(?:[ ][A-ZÀ-ÖØ-Þ0-9&][\w&'’.+-]*){0,3}")


def _capitalised_runs(text: str) -> Iterable[str]:
    for match in _RUN.finditer(text):
        words = _SENTENCE_END.split(match.group(0))[0].split(" ")
        for size in range(len(words), 0, -1):
            yield " ".join(words[:size]).rstrip(".")


def text_companies(summary: str, description: str, excluded: set[str]) -> list[str]:
    """Given title and description, returns company names they state, best first.

    `excluded` holds folded names that are not companies (people, the user).
    """
    found: list[str] = []
    found.extend(_title_companies(summary, excluded))
    whom: list[str] = []
    for text in (summary, description):
        for pattern in _TEXT_PATTERNS:
            for match in pattern.finditer(text):
                # "your chat with Ana": one word after "with" is whom the user meets, after any other name
                met = pattern is _MEET_WITH and " " not in match.group(1).strip() and _WITH_WORD.search(match.group(0))
                _add(whom if met else found, match.group(1), excluded)
    return found + [n for n in whom if n not in found]


def _title_companies(summary: str, excluded: set[str]) -> list[str]:
    found: list[str] = []
    for part in title_candidates(summary):
        _add(found, part, excluded)
    return found


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|º|ª|o|a|e|er|eme)?\.?")  # "1º y 2º de Primaria": a school year


def _add(found: list[str], raw: str, excluded: set[str]) -> None:
    raw = acronym_written_out(raw) or raw  # "ORS (Orly Ramp Solutions) resp. de piste": the name it stands for
    name = clean_company(_SENTENCE_END.split(raw)[0])
    if not name or len(name) < 2 or _NOT_COMPANY.match(name) or fold(name) in excluded or _ORDINAL.fullmatch(name) \
            or not any(c.isalpha() for c in name):
        return  # (a single letter is someone's initial: "(S. Tremblay)"; "call you at 404-555-0187": a number)
    if any(fold(name).startswith(x + " ") for x in excluded if x):
        return
    # "Mei / Tobi – Gripwise" from Tobias Ruegg, "Telefonat Fr. Ebert" from Miriam Ebert: a participant, shortened
    if " " not in name and len(name) >= 3 and any(w.startswith(fold(name)) for x in excluded if plausible_name(x)
                                                   for w in x.split()[:3]):
        return
    # "catch up – Kassaflow", "Déjeuner Priya – Marée Power": a lowercase phrase or one holding a person's first
    # name is what the event is or who comes, not the company
    if name[0].islower() or any(w in excluded for w in fold(name).split()[1:]):
        return
    if fold(name).split()[-1] in _DANGLING:
        return  # "España y", "Kanzlei Dr", cut off at a conjunction or a title: no name
    if VENUE.match(fold(name)) or _COMMUNITY.search(name):
        return  # "Café Comercial", "Baustelle Brückner", "the Buenos Aires JS Slack": where, not who hires
    if " " not in name and _ORG_WORDS & {fold(name).removesuffix("'s").removesuffix("’s")}:
        return  # "the Trust's kittiwake study": the organisation named by its kind, not its name
    if not names_a_job(name) and name not in found:
        found.append(name)


def domain_names_in_text(event: CalendarEvent, description: str, domains: Sequence[str]) -> list[str]:
    """Given an event, its description and the other party's domains, returns the names written in the
    title or description that those domains spell ("Atelier Monceau" for ateliermonceau.fr)."""
    labels = [registrable_label(d) for d in domains]
    found: list[str] = []
    for text in (event.summary, description) if labels else ():
        for run in _capitalised_runs(text):
            if run not in found and any(name_fits_label(run, lb) for lb in labels) and not is_tool_brand(run):
                found.append(run)
    return found


def extract_company(event: CalendarEvent, me: Me, description: str, excluded: set[str],
                    domains: Sequence[str] | None = None) -> tuple[str | None, str]:
    """Given an event, returns (company display name or None, which evidence gave it).

    A name written in the title or description wins when the other party's domain spells it
    ("Nimbus Payments" for nimbuspay.com); else the participants' display names; else the domain label.
    `domains`: company_domains(event, me) when the caller has it already.
    """
    name, why = _extract_company(event, me, description, excluded, domains)
    if name:
        # "Roboflex Automation AG" in the text: the name before the legal form is how the company writes itself
        texts = [event.summary, description, event.location or ""]
        name = without_legal_form(written_whole(legal_line(name, texts), texts, event.location or ""))
    return name, why


def _extract_company(event: CalendarEvent, me: Me, description: str, excluded: set[str],
                     domains: Sequence[str] | None) -> tuple[str | None, str]:
    domains = company_domains(event, me) if domains is None else domains
    # "Ge" for etat.ge.ch, "Gva" for ivafe.gva.es: a government level is never the employer; the text names the office
    domains = [office for d in domains if (office := office_domain(d))]
    # "Korvel Payments, Praterstraße 1": where the user goes may write the name in full
    texts = [unlinked(text) for text in (event.summary, description, (event.location or "").partition(",")[0])]
    # "Vorstellungsgespräch bei unserem Mandanten Hanseatische Netzbau GmbH": the title may name the client too
    if client := agency_client(event.summary + "\n" + description, excluded):
        return _as_title_writes(client, event.summary), "the agency's client, named in the text"
    if (client := on_behalf_of(event.summary + "\n" + description, excluded)) \
            and not _a_participant(client, event) and not any(
            name_fits_label(client, label) or label.startswith(squash(client))
            for label in map(registrable_label, domains)):
        # An interviewing service or an RPO "conducts the interview on behalf of Ardent Health": the employer
        return client, "the company the interviewing party acts for, named in the text"
    # An institution of a network whose mail domain the user shares: its people's unit names it in the text
    if (units := other_units((p.email or "" for p in participants(event)), me.emails)) \
            and (institution := unit_name(units, texts) or unit_shown(event, units)) is not None:
        # (... or its people's display names do: "Marchand, Hélène (CHUM)")
        return institution, "company: the institution of the user's shared mail domain that its people's unit names"
    if unit := foreign_unit(event, me, texts):  # ... or that its people's names show: "(Hywel Teifi - Workforce)"
        return unit, "company: the organisation the shared domain's people's names show"
    stated = text_companies(event.summary, description, excluded)
    # "Basel – final interviews Alveon Bio": where the user travels, before whom the user meets there
    stated = [n for n in stated if not _CITY_ONLY.fullmatch(n)] + [n for n in stated if _CITY_ONLY.fullmatch(n)]
    if domains and (hired := agency_names_employer(event, description, domains[0], stated)):
        return hired, "the employer a recruitment agency names in the text"
    agency = len(domains) > 1 and _agency_organizes(event, description, domains[0])
    if agency:
        # the agency's consultant brings the client's interviewer: the client hires
        domains = [*domains[1:], domains[0]]
        client = registrable_label(domains[0])
        for name in stated:
            # "Interview with Orchard" and the client's people at orchardbank.co.uk: the client's name, shortened
            if len(squash(name)) >= 4 and client.startswith(squash(name)):
                return with_label_word(name, [client]), "the client of a recruitment agency, named in the text"
    if domains:
        labels = [registrable_label(d) for d in domains]
        # never the agency's own name ("vorbereitet durch Talentbrücke", "via Alpine Talents") when its client's people
        # come: a name that fits the client's domain, else what that domain says (nor when the employer's people
        # invite and an agency's consultant is told of the visit: "James Whitfield von Alpine Talent Partners ist
        # informiert")
        hiring = [lb for lb in labels if not agency_label(lb)]
        if not agency and hiring and len(hiring) < len(labels):
            domains = [d for d in domains if not agency_label(registrable_label(d))]
            labels = hiring
        for fits in (labels[:-1],) if agency else (labels,):
            for name in stated:
                if any(name_fits_label(name, label) for label in fits):
                    return _domain_named(name, texts, labels, event.location), "company from title/body matching domain"
            # where the user goes names the company too: "Conseil Altière, 12 rue de la Paix"
            for text in texts:
                for run in _capitalised_runs(text):
                    if not is_tool_brand(run) and fold(run) not in excluded and any(
                            name_fits_label(run, label) for label in fits) and (cleaned := clean_company(run)):
                        return _domain_named(cleaned, texts, labels, event.location), \
                            "company from title/body matching domain"
                # "Consorcio Regional de Transportes del Henares" at crth.es: a name with particles inside
                for run in particle_runs(text):
                    if fold(run) not in excluded and any(name_fits_label(run, label) for label in fits) \
                            and (cleaned := clean_company(run) or (run if len(run) > 40 else None)):
                        return cleaned, "company from title/body matching domain"  # a long public body's name
        # "Linden Grove University Careers" via Workday, with the university's interviewers: a name the domain spells
        if (sender := tool_sender(event, excluded)) and any(name_fits_label(sender, label) for label in labels):
            return sender, "company an applicant tracking system sends for, its domain spells it"
        for person in participants(event):
            cleaned, domain = _display_company(person), domain_of(person)
            if cleaned and domain in domains and name_fits_label(cleaned, registrable_label(domain)):
                return cleaned, "company from a participant's display name"
        if (employer := _employer_named(event, description, excluded)) is not None:
            return employer, "company the event names as the employer (its domain spells none of its names)"
        if (office := public_office(domains[0], texts[:2])) is not None:
            return office, "company: the public office its state's domain holds, named in the text"
        if (registered := _registered_with(labels[0], texts)) is not None:
            return registered, "company: the registered name in the text that holds the domain's name"
        # "caso-ocna.gc.ca", a bilingual pair of acronyms: the name the text writes out for one of them
        # (only when every part is an acronym: "mistral-me" is Mistral, not "Marine Engineering")
        parts = labels[0].split("-")
        for part in parts if all(len(p) <= 5 for p in parts) else ():
            if (full := spelled_out(part, texts)) is not None and fold(full) not in excluded:
                return full, "company an acronym of its domain stands for, written out in the text"
        # "BPC – dernier entretien" from bpc-banque.fr, "CCT" from cctejo.pt: the acronym the text writes for the
        # domain's name, written out where the text spells it ("Centro de Congressos do Tejo")
        # (and the names people show: "Recrutement EGP" sends through Workday)
        shown = [p.name for p in participants(event) if p.name and not is_me(p, me)]
        if (acronym := label_acronym(labels[0], [*texts, *shown])) is not None:
            full = spelled_out(acronym, texts)
            return (full if full and fold(full) not in excluded else acronym), \
                "company: the acronym of its domain's name, as the text writes it"
        # "Quillstack" at qstk.io, "Driftwood Labs" at dftwd.io: the domain keeps the consonants of a written name
        if (kept := consonants_kept(labels[0], stated)) is not None:
            return kept, "company: a name the text writes whose consonants its domain keeps"
        if sender and leads_label(sender, labels[0]):
            return sender, "company an applicant tracking system sends for, its domain starts with its name"
        if (loose := loosely_named(labels[:1], texts, excluded)) is not None:
            return loose, "company: a name the text writes whose words, some left out, its domain spells"
        if (whole := lengthened(labels[0], stated)) is not None:
            return whole, "company: a name the text writes that its domain adds a few letters to"
        if (tailed := tail_named(labels[0], texts, excluded)) is not None:
            return tailed, "company: a name the text writes that ends in its domain's last part"
        if (initialled := initials_lead(labels[0], texts, excluded)) is not None:
            return initialled, "company: a name the text writes whose initials lead its domain"
        return domain_display(domains[0]), f"company from domain {domains[0]}"
    if (spelled := free_mail_named(event, me, texts, excluded)) is not None:
        return spelled, "company a participant's personal address spells, named in the text"
    if (org_name := tool_sender(event, excluded)) is not None:
        if fold(org_name) in fold(event.summary):  # (before a school of the trust where it is held)
            return org_name, "company an applicant tracking system sends for, named in the title"
        stated.insert(0, org_name)
    if (place := location_company(event)) is not None:
        return place, "company from the location, named in the title"
    if not stated and (place := location_business(event)) is not None:
        return place, "company from the location, a business at an address"
    if stated:
        # "Entretien final LDR" at "Lyonnaise de Robotique, Villeurbanne": the name the acronym stands for
        if stated[0].isupper() and (full := spelled_out(stated[0], texts)) and fold(full) not in excluded:
            return full, "company an acronym in the text stands for, written out"
        return _fuller(stated[0], texts), "company from title/body text"
    if (glossed := _glossed_acronym(texts[:2], excluded)) is not None:
        return glossed, "company: a name the text glosses with its acronym"
    for text in texts[:2]:
        for run in _capitalised_runs(text):
            words = fold(run).split()
            if len(words) >= 2 and words[-1] in _ORG_WORDS and fold(run) not in excluded:
                cleaned = clean_company(run)
                if cleaned and not _NOT_COMPANY.match(cleaned):
                    return cleaned, "company from a business name in the text"
    if (terse := terse_title_name(event.summary)) is not None and fold(terse) not in excluded:
        return terse, "company in the user's terse title"
    return None, "no company found"


def _agency_organizes(event: CalendarEvent, description: str, domain: str) -> bool:
    """Given an event, its description and the organizer's company domain, returns whether the organizer is a
    recruitment agency (its domain or its own words say so)."""
    organizer = event.organizer
    if organizer is None or domain_of(organizer) != domain:
        return False
    text = fold(f"{event.summary} {description} {organizer.name or ''}")
    label = registrable_label(domain)
    return bool(agency_label(label) or cues(AGENCY, text) or SIGNED_RECRUITMENT.search(description)
                or re.search(r"(?<![a-z])(?:cabinet|client(?:e)?|mandant|kunde)(?![a-z])", text))


def _domain_named(name: str, texts: Sequence[str], labels: Sequence[str], location: str | None) -> str:
    """Given a name that fits one of the domain labels, the event's texts, the labels and the location, returns the
    fullest way the texts write it, with the company word its domain adds, cut to what the label spells."""
    return fit_label(with_label_word(_fuller(name, texts), labels), labels, location or "", texts)


def _as_title_writes(name: str, title: str) -> str:
    """Given a name as the text writes it and the title, returns the title's shorter form when the title writes the
    name without its first words ("der Spedition Kessler & Söhne" in prose, "Kessler & Söhne" in the title)."""
    words, folded = name.split(), fold(title)
    if re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", folded):
        return name
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        # (not one generic word, "Analytics" of "Analytics Engineer", nor a role's last word, "Head of Distribution")
        if len(tail) >= 4 and re.search(rf"(?<!\w){re.escape(fold(tail))}(?!\w)", folded) \
                and not (" " not in tail and (fold(tail) in COMPANY_WORDS
                                              or re.search(rf"\b(?:of|de|für|fur) {re.escape(fold(tail))}\b", folded))):
            return tail
    return name


def _display_company(person: Attendee) -> str | None:
    """Given a participant, returns the company its display name holds ("Cedar & Pine Careers")."""
    if not person.name:
        return None
    local = fold((person.email or "").partition("@")[0])
    given = fold(person.name.rpartition(",")[2]).split()
    if "," in person.name and (all(w in local for w in re.findall(r"[a-z]{2,}", fold(person.name)))
                               or (len(given) == 1 and len(given[0]) > 2 and given[0] in local)):
        # "Lambrecht, Koen" for koen.lambrecht@, "Sáez Alonso, Ignacio" for ignacio.saez@: Outlook's "Last, First"
        return None
    return clean_company(_org_part(person.name))


def _org_part(name: str) -> str:
    """Given a sender's display name, returns the part naming the organisation ("Olivia at Acme" -> "Acme")."""
    name = re.sub(r"(?i)\s+(?:via|through|über|par)\s+.*$", "", name)
    return re.sub(r"^[^@]*?\s(?:at|@|from|bei|chez)\s+(?=[A-Z0-9])", "", name)


# "Thank you for your application to Queen Elizabeth Hospital", "Ihre Bewerbung bei der Stadtwerke Kiel AG"
_APPLIED_TO = re.compile(
    r"(?i:application|applying|applied) (?i:to|with|at) (?:the )?" + _CO
    # "Gracias por tu interés en Atlántida Resorts", "Merci de votre intérêt pour …", "Ihr Interesse an …"
    + r"|(?i:(?:tu|su) inter[ée]s (?:en|por)|(?:votre|ton) int[ée]r[êe]t (?:pour|envers)"
    r"|(?:ihr|dein) interesse (?:an|f[üu]r)|(?:your|the) interest in) (?:(?:la|el|der|die|dem|the) )?" + _CO
    + r"|(?i:bewerbung) (?i:bei|an|am|beim) (?:(?:der|dem|den|die) )?" + _CO
    + r"|(?i:candidature) (?i:chez|aupr[èe]s d[eu]|aupr[èe]s de la|à) (?:(?:la|le|l') ?)?" + _CO
    + r"|(?i:candidatura|solicitud) (?i:en|a|para) (?:(?:la|el) )?" + _CO
)
_FUNCTION_PART = re.compile(r"(?i)^(?:bewerbermanagement|recruiting|recruitment|talent acquisition|hr|human resources"
                            r"|personalabteilung|personal|ressources humaines|recrutement|rrhh|recursos humanos"
                            r"|selecci[oó]n|careers|karriere)$")
# Another desk after the comma: "Recruitment, People Services"
_DESK_NAME = re.compile(r"(?i)(?:people|human|staff|resourcing)\b")


def _employer_named(event: CalendarEvent, description: str, excluded: set[str]) -> str | None:
    """Given an event whose domain spells none of the names it writes, returns the employer it names: the one the
    user applied to ("your application to Queen Elizabeth Hospital"), or the organisation after a hiring function
    in the organizer's display name ("Bewerbermanagement, Klinikum Spreebogen")."""
    for text in (description, event.summary):
        for match in _APPLIED_TO.finditer(text):
            name = clean_company(next(g for g in match.groups() if g))
            if name and not _NOT_COMPANY.match(name) and fold(name) not in excluded \
                    and not _role_named(name):
                return name
    display = event.organizer.name if event.organizer is not None and event.organizer.name else ""
    head, comma, tail = display.partition(",")
    if comma and _FUNCTION_PART.match(head.strip()) and (name := clean_company(tail)) and name[:1].isupper() \
            and not _NOT_COMPANY.match(name) and not _role_named(name) and not _FUNCTION_PART.match(name) \
            and not _DESK_NAME.match(name):
        return name
    return None


def _a_participant(name: str, event: CalendarEvent) -> bool:
    """Given a name and an event, returns whether it is a participant's in either order, one whose address holds one
    of its words ("On behalf of Victoria Ashworth" for "Ashworth, Victoria" <victoria.ashworth@…>)."""
    words = frozenset(fold(name).split())
    return any(p.name and p.email and frozenset(fold(p.name).replace(",", " ").split()) == words
               and any(len(w) >= 3 and w in fold(p.email.partition("@")[0]) for w in words)
               for p in participants(event))


def tool_sender(event: CalendarEvent, excluded: set[str]) -> str | None:
    """Given an event, returns the organisation an ATS or scheduler sends it for ("Acme Careers" via Workday)."""
    organizer = event.organizer
    if organizer is None or not organizer.name or not is_tool_domain(domain_of(organizer)) \
            or is_tool_brand(organizer.name):  # "Civil Service Jobs": the recruiting system's own name
        return None
    org_name = clean_company(_org_part(organizer.name))
    if org_name and not _NOT_COMPANY.match(org_name) and fold(org_name) not in excluded:
        return org_name
    return None
