"""Who is in an event: the user, rooms, scheduling coordinators, and the interviewers (with titles)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass.agenda import only_welcomes
from afterview.daemon.eventclass.arrangers import arrangers_named, person_tokens
from afterview.daemon.eventclass.described import HONORIFIC, coordinator_names, trigger_segments
from afterview.daemon.eventclass.described import description_people as description_people  # re-exported
from afterview.daemon.eventclass.described import plausible_name as plausible_name  # re-exported
from afterview.daemon.eventclass.domainmatch import label_variants, registrable_label
from afterview.daemon.eventclass.mailboxes import COORD_WORDS, is_coordinator
from afterview.daemon.eventclass.mailboxes import is_room as is_room  # re-exported: other modules ask people
from afterview.daemon.eventclass.namemail import name_matches_email as _name_matches_email
from afterview.daemon.eventclass.sender import sender_presents_others
from afterview.daemon.eventclass.signals import AGENCY_CLIENT, fold, is_free_mail, is_tool_domain
from afterview.daemon.eventclass.stage import find_stage
from afterview.daemon.verdicts import Interviewer


@dataclass(frozen=True)
class Me:
    """The user: addresses, employer domains (non-free-mail), and name guesses from the addresses."""

    emails: frozenset[str]
    employer_domains: frozenset[str]
    full_names: frozenset[str]  # folded "jordan lee"
    first_names: frozenset[str]


_UMLAUT_SPELT = re.compile(r"([aou])e")


def me_from(addresses: Sequence[str]) -> Me:
    """Given the user's mail addresses, returns what the classifier knows about the user."""
    emails = frozenset(a.strip().lower() for a in addresses if a and "@" in a)
    domains = frozenset(e.rsplit("@", 1)[1] for e in emails)
    full: set[str] = set()
    first: set[str] = set()
    for email in emails:
        local = email.split("@", 1)[0]
        for parts in _name_parts(local, r"[._+-]"), _name_parts(local, r"[._+]"):
            # An address spells umlauts out ("krueger") where the name folds to "kruger": both are the user.
            for spelt in {parts, tuple(_UMLAUT_SPELT.sub(r"\1", p) for p in parts)}:
                if len(spelt) >= 2 or (spelt and "-" not in spelt[0]):
                    first.add(spelt[0])
                if len(spelt) >= 2:
                    full.add(" ".join(spelt[:2]))
    return Me(emails, frozenset(d for d in domains if not is_free_mail(d)), frozenset(full), frozenset(first))


def _name_parts(local: str, separators: str) -> tuple[str, ...]:
    """Given an address's local part and the characters that part it, returns its name-like parts; with "-" kept,
    "kofi.mensah-bauer@" gives the double-barrelled family name "mensah-bauer" the events spell."""
    # (a year or a number after a name is no part of it: "marcus.webb73@")
    parts = (re.sub(r"\d+$", "", p) for p in re.split(separators, local))
    return tuple(p for p in parts if len(p) > 1 and all(s.isalpha() for s in p.split("-")))


def me_in_event(me: Me, event: CalendarEvent) -> Me:
    """Given the user and an event, returns the user with any address the event lists under the user's full
    name added (a work address missing from `me` then also gives the employer's domain for this event), and the name
    the event shows for one of the user's addresses ("Javier Morales Ferrer" for javimorales.hotel@)."""
    extra: set[str] = set()
    siblings: set[str] = set()
    names: set[str] = set()
    employer = {v for d in me.employer_domains for v in label_variants(registrable_label(d))}
    for person in (event.organizer, *event.attendees):
        email = (person.email or "").strip().lower() if person is not None else ""
        if not email or "@" not in email or person is None:
            continue
        domain = email.rsplit("@", 1)[1]
        words = fold(clean_name(person.name)).split() if person.name else []
        if email in me.emails and person.name and "@" not in person.name and plausible_name(person.name) \
                and len(words) >= 2 and " ".join(words[:2]) not in me.full_names:
            names.add(" ".join(words[:2]))
        if email not in me.emails and person.name and fold(clean_name(person.name)) in me.full_names:
            extra.add(email)
        # "northwind.io" next to "northwind-labs.com": the same employer on another of its domains
        elif employer and domain not in me.employer_domains and not is_free_mail(domain) \
                and not is_tool_domain(domain) and label_variants(registrable_label(domain)) & employer:
            siblings.add(domain)
    # ("Seo-yeon x Gabe" for seoyeon.park.dev@: the title writes the first name with the hyphen the address drops)
    hyphened = {w for w in re.findall(r"\w+(?:-\w+)+", fold(event.summary)) if w.replace("-", "") in me.first_names}
    if not extra and not siblings and not names and not hyphened:
        return me
    domains = {e.rsplit("@", 1)[1] for e in extra if not is_free_mail(e.rsplit("@", 1)[1])} | siblings
    return Me(me.emails | extra, me.employer_domains | domains, me.full_names | names,
              me.first_names | {n.split()[0] for n in names} | hyphened)


def is_me(person: Attendee, me: Me) -> bool:
    """Given an attendee, returns whether it is the user (by address, or by full name without one)."""
    if person.email:
        return person.email.lower() in me.emails
    return bool(person.name) and fold(person.name or "") in me.full_names


# ---------------------------------------------------------------- the writer and the description

_SELF_INCLUDED = re.compile(
    r"(?i)\b(?:(?:with|and|und|et|y|mit|avec) (?:myself|me|ich|mir|moi(?:-m[eê]me)?|yo)\b"
    r"|(?:myself|moi-m[eê]me) (?:and|et)\b|conmigo\b|\bet de moi(?:-m[eê]me)?\b|\by de m[ií]\b)"
)


def _first_name_in(person: Attendee, segments: tuple[str, ...]) -> bool:
    first = clean_name(person.name or "").split()[:1]
    return bool(first) and len(first[0]) >= 3 and first[0][:1].isupper() and any(
        re.search(rf"(?<![\w@.-]){re.escape(first[0])}(?![\w@-])", segment) for segment in segments)


# ---------------------------------------------------------------- interviewers


def interviewers(event: CalendarEvent, me: Me, description: str) -> tuple[Interviewer, ...]:
    """Given an event, the user and its (boilerplate-free) description, returns who the user will meet.

    Attendees and the organizer minus the user, rooms/resources/groups and coordinators, with titles
    and extra names from the description.
    """
    people: list[Attendee] = []
    seen: set[str] = set()
    # The organizer entry may lack the "(Talent Coordinator)" its attendee entry carries.
    coordinators = {(p.email or "").lower() for p in participants(event) if p.email and is_coordinator(p)}
    for person in participants(event):
        ident = (person.email or fold(person.name or "")).lower()
        if not ident or ident in seen:
            continue
        seen.add(ident)
        if is_me(person, me) or is_room(person) or is_coordinator(person) or ident in coordinators:
            continue
        people.append(person)
    # "Your coordinator is Rhea", "Frau Uhl organisiert nur den Termin": staff, while someone else remains
    arranging = arrangers_named(description, people)
    if arranging and len(arranging) < len(people):
        staff = [p for index, p in enumerate(people) if index in arranging]
        people = [p for index, p in enumerate(people) if index not in arranging]
    else:
        staff = []
    # "Ask for Sala Orilla at reception": a room the event books is no person the user meets
    rooms = {fold(clean_name(a.name)) for a in event.attendees if a.name and is_room(a)}
    named = [p for p in description_people(description) if fold(p.name or "") not in me.full_names | rooms
             and not any(_same_person(p.name or "", a) for a in participants(event) if is_me(a, me))]
    # "Responsable planification" plans work, not interviews
    excluded = {fold(p.name or "") for p in named
                if p.title and COORD_WORDS.search(re.sub(r"planifica\w*", "", fold(p.title)))}
    excluded |= coordinator_names(description)
    excluded |= {fold(p.name or "") for p in named if any(_same_person(p.name or "", a) for a in staff)}
    named = [p for p in named if fold(p.name or "") not in excluded and not _title_after_participant(
        description, p.name or "", event)]
    # When the description names who the user meets, an unnamed organizer or attendee is staff
    # unless the writer counts themself in ("mit dabei sind Jens Wolter und ich").
    # "You'll meet our Director of People, Ronan Clarke, and Aoife again": a participant's first name counts too
    segments = trigger_segments(description) if named else ()
    listed = [p for p in people if _first_name_in(p, segments) or any(
        _same_person(d.name or "", p) or _also_named(fold(d.name or ""), p) for d in named)]
    if listed and event.organizer in people and _SELF_INCLUDED.search(description):
        listed.append(event.organizer)
    # An agency consultant sends the invite for a client and names who the user meets there.
    if named and not listed and event.organizer in people and AGENCY_CLIENT.search(description):
        listed = [p for p in people if p is not event.organizer]
        if not listed:
            people = []
    result: list[Interviewer] = []
    used: set[int] = set()
    for person in people:
        if (person.name and fold(clean_name(person.name)) in excluded) or any(
                _same_person(name, person) for name in excluded if " " in name):
            continue
        if listed and person not in listed:
            continue
        title = None
        for index, desc in enumerate(named):
            if _same_person(desc.name or "", person):
                used.add(index)
                title = title or desc.title
        result.append(Interviewer(name=clean_name(person.name) if person.name else None,
                                  email=person.email.lower() if person.email else None, title=title))
    known = {fold(i.name) for i in result if i.name}
    everyone = list(participants(event))
    for index, desc in enumerate(named):
        key = fold(desc.name or "")
        if index in used or key in known or key in excluded or any(_also_named(key, p) for p in everyone):
            continue
        known.add(key)
        # "with Hugo Leclerc … mail from hugo@ferrox-mobility.com": the address the description gives them
        address = next((a for a in _ADDRESS.findall(description) if _name_matches_email(desc.name or "", a)), None)
        result.append(Interviewer(name=desc.name, email=address.lower(), title=desc.title) if address else desc)
    if not result and find_stage(event.summary, description)[0] == "recruiter_screen":
        # "Llamada con Recruiting" from recruiting@acme.com: the employer's own hiring mailbox is who calls
        desks = {(p.email or "").lower() for p in everyone if p.email and not is_me(p, me) and not is_room(p)}
        desk = next(iter(desks)) if len(desks) == 1 else ""
        local, _, domain = desk.partition("@")
        if desk and not is_tool_domain(domain) and not is_free_mail(domain) and not local.startswith(
                ("noreply", "no-reply", "donotreply", "notification", "calendar", "invites", "events")):
            result.append(Interviewer(name=None, email=desk))
    return tuple(result)


def _title_after_participant(description: str, name: str, event: CalendarEvent) -> bool:
    """Given a description, capitalised words it gives as a name and the event, returns whether they close a line
    after a participant's name (and title) and a comma, matching no participant: the rest of that person's title
    ("Ana Ferrer, Técnica de Selección", "Tom Hale - Product Owner, Hand Devices")."""
    everyone = list(participants(event))
    if any(_same_person(name, p) or _also_named(fold(name), p) for p in everyone):
        return False
    line = re.compile(rf"(?m)^[^\n]*?([A-ZÀ-Þ][\w'’-]+[ \t]+[A-ZÀ-Þ][\w'’-]+)[ \t]*(?:[-–—][^\n,]*)?,[ \t]*"
                      rf"{re.escape(name)}[ \t]*$")
    return any(_same_person(match.group(1), p) for match in line.finditer(description) for p in everyone)


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HONORIFIC_WORDS = frozenset({"herr", "herrn", "frau", "fr", "hr", "mr", "mrs", "ms", "dr", "prof", "mme", "m",
                              "monsieur", "madame", "sr", "sra", "kapitan", "captain", "capitaine"})


def _also_named(key: str, person: Attendee) -> bool:
    """Given a folded name from the description and a participant, returns whether it is that participant written
    another way: "Frau Rahn" for Birte Rahn, "Kapitän Rolf Dittmer" for Rolf Dittmer."""
    if not person.name and not person.email:
        return False
    first, last = person_tokens(person)
    words = key.replace(".", " ").split()
    if not words or not last:
        return False
    full = f"{first} {last}"
    return key == full or key.endswith(" " + full) or (
        len(words) == 2 and words[0] in _HONORIFIC_WORDS and words[1] == last)


def participants(event: CalendarEvent) -> Iterable[Attendee]:
    """Given an event, yields its organizer (if any) and then its attendees."""
    if event.organizer is not None:
        yield event.organizer
    yield from event.attendees


def domain_of(person: Attendee) -> str:
    """Given an attendee, returns the lower-case domain of their address ('' without one)."""
    return (person.email or "").rpartition("@")[2].lower()


def clean_name(name: str) -> str:
    """Given a display name, returns the person's name without quotes or a trailing bracket, in first-last order."""
    name = re.sub(r"\s*\((?:[^)]*)\)\s*$", "", name.strip().strip('"')).strip()
    # Outlook writes "Lorenz, Anke" and "Dr. Lorenz, Anke": the person is Anke Lorenz.
    flipped = re.fullmatch(r"(?:(?:Dr|Prof)\.?\s+)?([^\s,][^,]*?),\s*([^,\s][^,]*)", name)
    return f"{flipped.group(2)} {flipped.group(1)}" if flipped else name


def _same_person(name: str, person: Attendee) -> bool:
    if person.name and fold(clean_name(person.name)) == fold(name):
        return True
    return bool(person.email) and _name_matches_email(name, person.email or "")


# What a sender signs as when they only arrange the interview.
_STAFF_TITLE = re.compile(
    r"recruit|talent|(?<![a-z])hr(?![a-z])|human resources|people (?:team|ops|partner)|personal(?:referent|abteilung)"
    r"|recrutement|rrhh|recursos humanos|seleccion|coordinat|koordinat|assistant|assistenz|assistent|asistente|office"
    r"|departamento de (?:personas|talento)|people (?:&|and) culture|personas y cultura|ressources humaines"
    r"|(?<![a-z])(?:drh|rh)(?![a-z])"
    # a recruitment agency's consultant: "Moss & Partner Personalberatung", "Brückenwerk Personalvermittlung"
    r"|personalberat|personalvermittl|executive search|headhunt|chasseur de tetes|consultora de seleccion"
    r"|(?<![a-z])(?:personas|people)$"
)
_NOT_INTERVIEWING = re.compile(
    r"(?i)\bI won'?t be (?:interviewing|on the call)|\bI will not be interviewing|added myself as optional"
    r"|ich (?:bin nur|nehme nicht)|(?:bin|sind) (?:aber |beim gespr[aä]ch |selbst )*nicht dabei"
    r"|je ne participerai pas|no (?:estar[eé]|participar[eé]) en la entrevista"
    # "I (Lena, Talent Acquisition) am only organising and won't attend", "je ne serai pas présente à l'entretien"
    r"|\bonly organi[sz]ing\b|\bI won'?t (?:attend|join)|\bI will not (?:attend|join)|ich organisiere nur"
    r"|je ne serai pas pr[ée]sente?|no estar[eé] presente"
    # "I am Wen's assistant and will welcome you at the desk": the writer only receives the user
    r"|\bI(?:'ll| will|(?: am|'m) [^.\n]{0,40}? and will) (?:welcome|meet|greet|collect|pick) you (?:up )?"
    r"(?:at|in|from) (?:the )?(?:reception|front desk|desk|lobby|entrance)"
    r"|\bich (?:hole|empfange) (?:Sie|dich) (?:am|an der) (?:Empfang|Pforte|Eingang)"
    r"|\bje vous accueillerai (?:à|a) (?:l'accueil|la r[ée]ception)|\bte recibir[ée] en (?:la )?recepci[oó]n"
)

_WRITER_INCLUDED = re.compile(
    r"(?i)\band I\b|\bI(?: will|'ll) (?:join|interview|be (?:joining|interviewing|there))|\bwe (?:both|two)\b"
    r"|\bund ich\b|\bet moi\b|\by yo\b"
    # "Je serai également présente", "te espero en la caseta … hablamos", "ich bin auch dabei"
    r"|\bI(?: will|'ll) also (?:be there|join|attend)|je serai (?:[ée]galement |aussi )?pr[ée]sente?"
    r"|\bestar[ée] (?:tambi[ée]n )?presente|\bte espero\b|\bhablamos\b|\bich bin (?:auch |ebenfalls )?dabei"
)


# A sentence ends at a full stop that closes no honorific or initial ("avec M. Olivier Dupuis" goes on).
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!Dr|Hr|Fr|Mr|Ms|Sr|Dª)(?<!Mme|Mrs|Sra|Pro)\.(?=\s|$)|\n")


# Whom the description says the round is with: "Technical round … with Tomasz Wojcik (Principal …)".
_MEETS = re.compile(r"(?i:\b(?:with|mit|avec|con))\s+" + HONORIFIC + r"([A-ZÀ-ÞĀ-ſ][\w'’-]+\s[A-ZÀ-ÞĀ-ſ][\w'’-]+)")
# "mit Frau Dr. Falk (Geschäftsführerin)": an honorific and the surname alone
_MEETS_TITLED = re.compile(
    r"(?i:\b(?:with|mit|avec|con))\s+(?:(?:Herrn?|Frau|Fr\.|Hr\.|Mr\.?|Mrs\.?|Ms\.?|Mme|M\.|Sr\.|Sra\.)"
    r"[ \t]+)(?:(?:Dr|Prof)\.?[ \t]+)?([A-ZÀ-ÞĀ-ſ][\w'’-]+)(?![ \t]+[A-ZÀ-ÞĀ-ſ])")
# "Ravi will lead the conversation", "Zoe Clarke and Antoine Lefort will run the exercise"
_LEADS = re.compile(r"([A-ZÀ-ÞĀ-ſ][\w'’-]+(?:[ \t]+[A-ZÀ-ÞĀ-ſ][\w'’-]+)?)[ \t]+(?:will|is going to) "
                    r"(?:lead|run|conduct|host) (?:the|your|this)\b")


def _is_interviewer(name: str, person: Interviewer) -> bool:
    if person.name and fold(clean_name(person.name)) == fold(name):
        return True
    if " " not in name.strip() and person.name:  # a surname after an honorific, or a first name that leads
        words = fold(clean_name(person.name)).split()
        return fold(name) in (words[0], words[-1]) if len(words) > 1 else False
    return bool(person.email) and _name_matches_email(name, person.email or "")


def _from_another_firm(email: str, others: tuple[Interviewer, ...], company_label: str | None) -> bool:
    """Given the organizer's address, the other people found and the hiring company's domain label, returns whether
    the organizer writes from a firm none of the others works for while one of them writes from a company's domain:
    an agency's consultant who brings the user to the client ("I'll join to introduce" included)."""
    domain = email.rpartition("@")[2]
    label = registrable_label(domain)
    if is_free_mail(domain) or is_tool_domain(domain) or label == company_label:
        return False
    own = label_variants(label)
    for person in others:
        theirs = (person.email or "").rpartition("@")[2]
        if not theirs or is_free_mail(theirs) or is_tool_domain(theirs):
            continue
        variants = label_variants(registrable_label(theirs))
        if not variants & own and not any(a in b or b in a for a in own for b in variants):
            return True
    return False


def drop_bystanders(found: tuple[Interviewer, ...], event: CalendarEvent) -> tuple[Interviewer, ...]:
    """Given the interviewers found and the event, returns them without bystanders: guests copied for information,
    guests invited as optional (an observer, a coordinator kept informed) beside one who is required, chairs or is
    named without being a guest, and untitled names only the description gives beside guests who interview. (The
    organizer is drop_arrangers' to judge: "I'll join for the first five minutes".)"""
    roles = {(a.email or "").lower(): a.role for a in event.attendees if a.email}
    sender = (event.organizer.email or "").lower() if event.organizer is not None else ""
    # a guest copied for information only (NON-PARTICIPANT, RFC 5545) never interviews
    found = tuple(i for i in found if (i.email or "").lower() == sender
                  or roles.get((i.email or "").lower(), "") != "NON-PARTICIPANT")
    optional = [i for i in found if (email := (i.email or "").lower()) != sender
                and roles.get(email, "") == "OPT-PARTICIPANT"]
    required = [i for i in found if i not in optional and roles.get((i.email or "").lower(), "REQ-PARTICIPANT") in (
        "REQ-PARTICIPANT", "CHAIR", None)]
    found = tuple(i for i in found if i not in optional) if optional and required else found
    # a name only the description gives, with no title, beside guests who interview: someone mentioned (whom to ask
    # for at reception, who signs), not one more interviewer ("Ask for Jonas"; "Dr Ines Roth, Head of Quality" stays)
    if any(i.email for i in found):
        found = tuple(i for i in found if i.email or i.title)
    return found


def drop_arrangers(found: tuple[Interviewer, ...], event: CalendarEvent, description: str,
                   company_label: str | None) -> tuple[Interviewer, ...]:
    """Given the interviewers found, the event, its description and the hiring company's domain label, returns
    them without the organizer when the organizer only arranges it: signs as recruiting or HR while others
    interview, says so, or writes from another company (an agency) while the hiring company's people attend."""
    organizer = event.organizer
    email = (organizer.email or "").lower() if organizer is not None else ""
    if organizer is None or not email or len(found) < 2 or not any(i.email == email for i in found):
        return found
    rest = tuple(i for i in found if i.email != email)
    if _NOT_INTERVIEWING.search(description):
        return rest
    # the sender of a programme that schedules the others and gives the sender no slot (or only the welcome)
    if _from_another_firm(email, rest, company_label):
        return rest
    kept = {i.email for i in rest}
    if only_welcomes(description, organizer, [a for a in event.attendees if a.email and a.email.lower() in kept],
                     any((a.email or "").lower() == email for a in event.attendees)):
        return rest
    meets = [(m.group(1), _SENTENCE_END.split(description[m.start():])[0])
             for rx in (_MEETS, _MEETS_TITLED, _LEADS) for m in rx.finditer(description)]
    sender = clean_name(organizer.name or "")
    if meets and any(_is_interviewer(n, i) for n, _ in meets for i in rest) \
            and not _WRITER_INCLUDED.search(description) \
            and not any(_SELF_INCLUDED.search(seg) or (len(sender.split()) > 1 and sender in seg) for _, seg in meets):
        return rest  # "System design with Wes Abara", "zweite Runde mit Peter Albers": the sender is not named
    if _WRITER_INCLUDED.search(description):  # "Omar and I would like to interview you"
        return found
    attending = [a for a in event.attendees if a.email and a.email.lower() in kept]
    if not any((a.email or "").lower() == email for a in event.attendees) and not _SELF_INCLUDED.search(description) \
            and sender_presents_others(description, organizer, attending):
        return rest  # the sender writes about the others, not in the guest list and signing at most
    # the organizer invited as optional while the others are required (and not saying they join): they arrange it
    roles = {(a.email or "").lower(): a.role for a in event.attendees}
    if roles.get(email) in ("OPT-PARTICIPANT", "NON-PARTICIPANT") and any(
            roles.get(i.email or "") in ("REQ-PARTICIPANT", "CHAIR") for i in rest):
        return rest
    domain = email.rpartition("@")[2]
    if company_label and not is_free_mail(domain) and registrable_label(domain) != company_label and any(
            (i.email or "").rpartition("@")[2] and registrable_label((i.email or "").rpartition("@")[2])
            == company_label for i in rest):
        return rest  # an agency's consultant: the client's people interview
    name = clean_name(organizer.name) if organizer.name else " ".join(
        w for w in re.split(r"[._-]", email.partition("@")[0]) if w.isalpha())
    if len(name.split()) < 2 or _SELF_INCLUDED.search(description):  # "mit Herrn Fuchs (CFO) und mir"
        return found
    # The signature: the name (either order), then a comma, a bracket or a line break, then the sender's title
    # ("Laura Finch\nTalent …", "Amparo Ríos (asistente de dirección)"), or the first name alone opening a line and
    # the title in brackets ("Yvonne (Talent team, Brightdock)").
    words = name.split()
    gap = r"[ \t]+"
    spelled = [gap.join(re.escape(w) for w in order) for order in (words, words[::-1])]
    forms = [rf"(?<!\w){name_rx}[ \t]*(?:,|\r?\n|\||[ \t][–—][ \t])[ \t]*([^\n]{{2,60}})" for name_rx in spelled]
    if any(_STAFF_TITLE.search(fold(signed.group(1)))
           for form in forms if (signed := re.search("(?i)" + form, description))):
        return rest
    # in brackets only in the closing lines: "Olivia Stone (HR Business Partner)" in a panel list is on the panel
    # (or after a bar: "Greta | People team")
    closing = "\n".join([line for line in description.splitlines() if line.strip()][-2:])
    bracketed = [*spelled, re.escape(words[0])]
    signatures = (re.search(rf"(?im)^[ \t]*{rx}[ \t]*[(|][ \t]*([^\n)]{{2,60}})", closing) for rx in bracketed)
    return rest if any(signed and _STAFF_TITLE.search(fold(signed.group(1))) for signed in signatures) else found
