"""Which side of the table the user sits on: is the user the interviewer (or otherwise the host) of a job event?

The structure of an invitation is read first (who organises, who is invited, at which address), the
wording only after it. Rules in order; the first that fires decides:

0. An internal application at the user's employer, written to the user: labelled so ("your internal
   application", internalmove.py), or a colleague who greets or names the user and speaks of the user's own
   application ("votre candidature", "als Kandidatin 2 eingeteilt"): the user's own interview (unlabelled internal
   talks stay on the interviewer side).
1. A colleague at the user's employer organises it (or the employer's own ATS: "Northwind Labs via Ashby").
   The employer's other domains (northwind.io) and an address `me` lacks but the event lists under the
   user's full name count as the employer's (people.me_in_event).
2. Colleagues at the user's employer are invited (and no other company takes part, or it is an interview).
3. The title names a private attendee (free mail, university, or a domain spelled by their own name) who
   did not organise it: the candidate is someone else (the employer's ATS may invite the private address).
   Another company (or a tool) inviting only the work address together with a private person: that person.
4. The user organises it for private people only and names one of them in the title, with nobody on the
   hiring side ("Interview – Lea Brandt", a Calendly booking the user hosts, a friend's practice); or the
   user's own booking page asks the invitee what they apply for.
5. Invited at the work address only, or by a tool with no other company in it, and the title names a
   person who takes no part (not after "with", nor a name the inviting party's display name holds, "Pinion
   Freight" for "Pinion Freight Careers"): the candidate (an RPO's or the employer's ATS invite).
6. The user takes part at the work address and the title names the employer next to another company:
   the user represents the employer (a customer story, a vendor call). At any address, a title naming the employer
   and a person who takes no part: that person is the employer's candidate.
7. Wording about a candidate (interview kit, scorecard, "interview with candidate"), unless the invitation
   is written to the user as the candidate by another company; weaker wording ("debrief") only without
   another company that invites the private address; a third-person candidate in the title; in the user's
   own entry (nobody else invited) any candidate, "our … role" or a hiring panel; "Interviewing Priya Shah";
   a "Candidate:" line naming someone else; a party presenting its named candidate ("our candidate Maria Lopez");
   "interview with <Name>" at the employer. A name is the user's also with a longer or shorter first name or the
   initials the address spells, and as the event writes it next to the user's address (named_in_event).
   Also (hiringseat.py): a seat said to the user (on the panel or jury, an assessor, the hiring manager, asked to
   join as interviewer), the same seat in the first person in the user's own entry or invitation, a candidate's
   CV handed to the user, the hiring side's work or meetings on applications in a title (CV sifting, recruiting
   sync), the user listed on a description's interviewers line, a title calling someone else the candidate.
8. The employer named as the hiring company; the user invited at the work address with no other company;
   the user organising a job event from the work address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import hiringseat as seat
from afterview.daemon.eventclass import hostseat as host
from afterview.daemon.eventclass import signals as sig
from afterview.daemon.eventclass.boilerplate import booking_form
from afterview.daemon.eventclass.company import text_companies, tool_sender
from afterview.daemon.eventclass.domainmatch import COMPANY_WORDS, TRADE_LEADS, name_fits_label, registrable_label
from afterview.daemon.eventclass.greeting import GROUP_GREETED, UNNAMED_CANDIDATE, greeting_of
from afterview.daemon.eventclass.internalmove import INTERNAL_APPLICATION, INTERNAL_MOVE, OWN_APPLICATION
from afterview.daemon.eventclass.owncopy import pasted_invitation, received_copy, user_booked
from afterview.daemon.eventclass.people import (
    Me,
    clean_name,
    domain_of,
    is_me,
    is_room,
    participants,
    plausible_name,
)
from afterview.daemon.eventclass.role import ROLE_NOUN
from afterview.daemon.eventclass.sharedmail import other_named_unit, same_unit, user_units
from afterview.daemon.eventclass.signals import cues, fold, is_free_mail, is_tool_domain, writes_any
from afterview.daemon.eventclass.stage import find_stage
from afterview.daemon.eventclass.usernames import could_be_user as _could_be_user
from afterview.daemon.eventclass.usernames import formal_user, named_in_event, own_firm

__all__ = ["Parties", "Side", "is_private_domain", "named_in_event", "names_employer", "parties",
           "user_side"]

_INTERVIEW_WITH = re.compile(
    r"(?i)(?:interview|gespr[aä]ch|entretien|entrevista)\s+(?:with|mit|avec|con)\s+"
    r"([A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+)\s*(?:[-–—(|:]|for|f[üu]r|pour|para|$)"
)
# University and student mail: a candidate's address, like free mail, never a company's.
_UNIVERSITY = re.compile(
    r"(?:^|\.)(?:edu|ac\.[a-z]{2}|edu\.[a-z]{2})$|(?:^|[.-])(?:uni|univ|university|universit[a-z]*|hochschule"
    r"|fh|etu|etudiants?|students?|studium|stud|studenti|estudiantes?|alumnos?|alumni)[.-]"
)


def is_private_domain(domain: str) -> bool:
    """Given a mail domain, returns whether it is a private person's (free mail, university or student mail)."""
    return is_free_mail(domain) or bool(_UNIVERSITY.search(domain.lower()))


@dataclass(frozen=True)
class Parties:
    """Who takes part, by kind. `organizer` is one of: user-work, user-private, colleague (also the employer's
    own ATS), tool, company, private, none. `private` are the non-organizing participants on free mail,
    university or their own-name domains."""

    organizer: str
    user_invited: bool
    user_at_work: bool
    user_private: bool
    colleagues: int
    companies: int
    private: tuple[Attendee, ...]


def parties(event: CalendarEvent, me: Me) -> Parties:
    """Given an event and the user, returns who organises it and who takes part, by kind."""
    organizer = event.organizer
    my_units, private_only = user_units(event, me)

    def colleague(person: Attendee, domain: str) -> bool:
        return domain in me.employer_domains and same_unit(person.email or "", me.emails) \
            and not other_named_unit(domain, person.name, my_units, private_only)

    if organizer is None or not (organizer.email or organizer.name):
        kind = "none"
    elif is_me(organizer, me):
        kind = "user-work" if domain_of(organizer) in me.employer_domains else "user-private"
    elif colleague(organizer, domain_of(organizer)):
        kind = "colleague"
    elif is_tool_domain(domain_of(organizer)):
        # The employer's own ATS ("Northwind Labs via Ashby"): the employer's side, like a colleague.
        kind = "colleague" if _names_employer_org(organizer.name or "", me) else "tool"
    elif domain_of(organizer) and (is_private_domain(domain_of(organizer))
                                 or _own_name_domain(organizer, domain_of(organizer))):
        kind = "private"
    else:
        kind = "company" if domain_of(organizer) else "none"
    user_invited = user_at_work = user_private = False
    colleagues: set[str] = set()
    companies: set[str] = set()
    private: list[Attendee] = []
    org_mail = (organizer.email or "").lower() if organizer is not None else ""
    for person in participants(event):
        domain = domain_of(person)
        if is_me(person, me):
            user_at_work = user_at_work or domain in me.employer_domains
            user_private = user_private or domain not in me.employer_domains
            user_invited = user_invited or person is not organizer
        elif is_room(person) or not domain:
            continue
        elif colleague(person, domain):
            colleagues.add((person.email or "").lower())
        elif is_private_domain(domain) or _own_name_domain(person, domain):
            if person is not organizer and (person.email or "").lower() != org_mail:
                private.append(person)
        elif not is_tool_domain(domain):
            companies.add(domain)
    return Parties(kind, user_invited, user_at_work, user_private, len(colleagues), len(companies), tuple(private))


# A person's name in a title, not after "with" (who the user meets) : "Interview: Tomás Ruiz – Backend".
_TITLE_PERSON = re.compile(
    r"(?<![\w ])(?<!with )(?<!mit )(?<!avec )(?<!con )([A-ZÀ-Þ][a-zß-ÿ'’-]+[ ][A-ZÀ-Þ][a-zß-ÿ'’-]+)(?![\w]|[ ][A-Z0-9])"
    r"|(?<=[:–—|-] )([A-ZÀ-Þ][a-zß-ÿ'’-]+[ ][A-ZÀ-Þ][a-zß-ÿ'’-]+)(?![\w]|[ ][A-Z0-9])"
    r"|^([A-ZÀ-Þ][a-zß-ÿ'’-]+[ ][A-ZÀ-Þ][a-zß-ÿ'’-]+)(?![\w]|[ ][A-Z0-9])")


_WORDS_ONLY = re.compile(r"[^a-z0-9]+")
# Time the user blocks as private on the work calendar
_PRIVATE_BLOCK = re.compile(r"(?<![a-z])(?:absent|abwesend|ooo|out of office|perso|privat|private|personal"
                            r"|ausente|fuera de la oficina|privad[oa]|privee?)(?![a-z])")
# "AD Candidate Written Exercise (In-Basket)": what the candidate does, not who
_EXERCISE = re.compile(r"\b(?:exercise|test|assessment|presentation|task|case|visit|tour|day|pack)s?\b")
# The user's word for themself in a list of their own entry ("Panel: me + Mr Dineen").
_SELF_WORDS = frozenset({"me", "myself", "ich", "moi", "yo"})
# A name the title goes on with "of <Name>": an organisation's ("Royal Borough of Greenwich", "Bank of Ireland"), or
# with "& … Lead": a post's ("Interview: Violence Reduction & Security Lead - Band 7").
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-ZÀ-Þ]|\s*&\s*(?:[A-ZÀ-Þ][\w-]*\s+){0,3}(?:Lead|Manager|Officer"
                       r"|Director|Head|Advisor|Adviser|Coordinator|Specialist)\b")
# "Interview days – … – Selection Board": the panel that interviews, not a person.
_PANEL_WORDS = frozenset({"board", "panel", "committee", "jury", "ausschuss", "kommission", "tribunal", "comite"})
# "Software Engineer (Early Career)", "(New Grad)": the post's level, not a person
_LEVEL_WORDS = frozenset({"career", "grad", "graduate", "level", "entry", "remote", "hybrid"})
# "… - Internal Medicine", "Primary Care", "Pediatrics": a residency program's specialty or track, not a person
_FIELD_WORDS = frozenset({"medicine", "care", "track", "surgery", "pediatrics", "psychiatry", "neurology", "radiology",
                          "medizin", "medecine", "medicina", "chirurgie", "cirugia"})


def _outsider_named(event: CalendarEvent, me: Me) -> str | None:
    """Given an event, returns a person's name in its title who takes no part in it and is not the user."""
    people = list(participants(event))
    labels = [registrable_label(domain_of(p)) for p in people if domain_of(p)]
    for match in _TITLE_PERSON.finditer(event.summary):
        name = next(g for g in match.groups() if g)
        folded = fold(name)
        # "Telefoninterview Hafenbank": a kind of talk and the company, not a person
        # "Charla Ethan" in Ethan's own calendar: a talk with the user, named by first name, not a candidate
        if _could_be_user(name, me) or set(folded.split()) & me.first_names or not plausible_name(name) \
                or any(name_fits_label(name, lb) for lb in labels) \
                or any(name_fits_label(word, lb) for word in name.split() for lb in labels) \
                or sig.cues(sig.INTERVIEW, folded) \
                or folded.split()[-1] in COMPANY_WORDS or folded.split()[-1] in _PANEL_WORDS \
                or (_LEVEL_WORDS | _FIELD_WORDS) & set(folded.split()) or folded.split()[0] in TRADE_LEADS \
                or ROLE_NOUN.search(folded) or name.endswith(("'s", "’s")) \
                or _desk_of(folded, people) \
                or _OF_PLACE.match(event.summary, match.end()):  # "Royal Borough of Greenwich": a body, not a person
            continue
        # "Pinion Freight" in the title of "Pinion Freight Careers" <…@myworkday.com>: the party that invites
        words = _WORDS_ONLY.sub(" ", folded).strip()  # ("Halden's Supermarkets Recruitment": the apostrophe too)
        if not any(p.name and (fold(clean_name(p.name)) == folded
                               or f" {words} " in f" {_WORDS_ONLY.sub(' ', fold(p.name))} ") for p in people):
            return name
    return host.honorific_outsider(event.summary, people, lambda name: _could_be_user(name, me))


_DESK_WORDS = re.compile(r"(?<![a-z])(?:karriere|careers?|jobs?|recruit(?:ing|ment)|talent|hr|rh|rrhh|personal"
                         r"|bewerbung(?:en)?|empleo|recrutement|seleccion|people)(?![a-z])")


def _desk_of(folded: str, people: list[Attendee]) -> bool:
    """Given a folded name in a title and the participants, returns whether a word of it names a participant's hiring
    desk ("Charles Schwab" for "Schwab Campus Recruiting" <…@icims.com>): the employer, not a person."""
    words = {w for w in folded.split() if len(w) >= 4}
    return any(p.name and _DESK_WORDS.search(fold(p.name)) and words & set(fold(p.name).split()) for p in people)


def _own_name_domain(person: Attendee, domain: str) -> bool:
    """Given a participant and their domain, returns whether it is spelled by their own name (leo@leopark.studio)."""
    words = fold(clean_name(person.name or "")).split()
    # "Kelpie Labs <interviews@kelpielabs.com>" is the company itself, not a person's own domain, nor is "Nordwest
    # Treuhand Karriere" (its careers desk)
    return len(words) >= 2 and words[-1] not in COMPANY_WORDS and not _DESK_WORDS.search(" ".join(words)) \
        and plausible_name(person.name or "") \
        and name_fits_label(" ".join(words), registrable_label(domain))


def _names_employer_org(display: str, me: Me) -> bool:
    org = re.sub(r"(?i)\s+(?:via|through|über|par|with)\s+.*$", "", display).strip()
    org = re.sub(r"(?i)\s+(?:recruiting|recruitment|talent(?: acquisition)?|hiring|careers|people|hr|team|jobs)$",
                 "", org)
    return bool(org) and any(name_fits_label(org, registrable_label(d)) for d in me.employer_domains)


@dataclass(frozen=True)
class Side:
    """The verdict on the user's side: `interviewer` (not the user's interview) or `internal_move` (an
    internal application at the employer, the user's own), with the reason; neither when nothing says so."""

    interviewer: bool = False
    internal_move: bool = False
    reason: str = ""


def _named_in(title: str, person: Attendee) -> bool:
    """Given a folded title and a participant, returns whether the title names them (full name, or a first
    name when the display name is one word)."""
    words = fold(clean_name(person.name or "")).split()
    if not words:
        local = (person.email or "").partition("@")[0]
        words = [w for w in re.split(r"[._-]", local.lower()) if w.isalpha() and len(w) > 1][:2]
    if not words or (len(words) == 1 and len(words[0]) < 3):
        return False
    return re.search(rf"(?<![a-z]){re.escape(' '.join(words))}(?![a-z])", title) is not None


def _first_named_in(title: str, person: Attendee) -> bool:
    words = fold(clean_name(person.name or "")).split()
    return bool(words) and len(words[0]) >= 3 and re.search(rf"(?<![a-z]){re.escape(words[0])}(?![a-z])",
                                                             title) is not None


def _nickname(name: str, me: Me) -> bool:
    """Given a folded greeted name, returns whether it shortens the user's first name ("Vale" for Valentina)."""
    return len(name) >= 3 and any(first.startswith(name) and first != name for first in me.first_names)


def names_employer(summary: str, me: Me) -> bool:
    """Given a title and the user, returns whether it names the user's employer (spelled by its domain)."""
    labels = [registrable_label(d) for d in me.employer_domains]
    runs = re.findall(r"[A-Z0-9][\w&'’.+-]*(?:[ ][A-Z0-9&][\w&'’.+-]*){0,3}", summary) if labels else []
    return any(name_fits_label(" ".join(run.split()[:size]), label)
               for run in runs for size in range(len(run.split()), 0, -1) for label in labels)


def user_side(event: CalendarEvent, me: Me, title: str, body: str, description: str,
              has_company: bool, interviewish: bool, who: Parties | None = None) -> Side:
    """Given an event, the user, its folded title/body, raw description, whether another company takes part
    and whether it speaks of an interview, returns whose side the user is on (rules in the module doc)."""
    who = who or parties(event, me)
    text = title + " " + body
    to_candidate = bool(cues(sig.CANDIDATE_SIDE, text))
    user_named = writes_any(title, me.full_names)
    greeting = greeting_of(description)
    greeted_name = greeting.group("name") if greeting else ""
    family = {n.split()[-1] for n in me.full_names} if greeting and greeting.group("hon") else set()
    greeted = bool(greeted_name) and (bool({fold(greeted_name), fold(greeted_name).replace("-", "")}
                                           & (me.first_names | family))
                                      or _nickname(fold(greeted_name), me))
    # "Marek, suite à ta candidature": written to someone else, whom the user meets
    greets_other = bool(greeted_name) and not greeted and greeted_name[0].isupper() \
        and fold(greeted_name) not in GROUP_GREETED
    by_colleague = (who.organizer == "colleague" or bool(who.colleagues)) and who.user_invited and not who.private
    # (or the user's own university's committee hears the user: "COS 33 MCF 0158 - audition M. ROUSSEAU")
    heard = by_colleague and bool(cues(sig.HEARING, title)) and formal_user(title, me) is not None
    privately = who.user_private and not who.user_at_work and greeted and to_candidate  # (an applicant's letter)
    formally = user_named or formal_user(title, me) is not None or fold(greeted_name) in UNNAMED_CANDIDATE
    own = (greeted or formally) and bool(cues(OWN_APPLICATION, text))
    internal = bool(cues(INTERNAL_MOVE, text))
    # (a place in the day's order is the user's when the title names the user: "Kandidatin 2 (Dr. Haas)")
    if by_colleague and (internal or heard or privately or own) \
            and (to_candidate or formally or greeted or heard or own
                 or (internal and writes_any(title, me.first_names))) and not greets_other \
            and not (cues(seat.THIRD_PERSON_CANDIDATE, title) and not formally) \
            and not cues(sig.INTERVIEWER_SIDE, text) and not cues(seat.COUNTED_CANDIDATES, text) \
            and not cues(seat.ASSESSOR_SEAT, text) \
            and not any(not _could_be_user(m.group(1), me) for m in seat.CANDIDATE_LABEL.finditer(description)):
        return Side(internal_move=True, reason=INTERNAL_APPLICATION)
    if who.organizer == "colleague":
        return Side(True, reason="organised by a colleague at the user's employer")
    if who.colleagues and (not has_company or interviewish):
        return Side(True, reason="colleagues at the user's employer are invited")
    jobish = interviewish or bool(cues(sig.JOB_CONTEXT, title) or find_stage(title, "")[0])
    if who.organizer not in ("user-work", "user-private") and not user_named:
        for person in who.private:
            # _could_be_user: the user at an address `me` does not list, known by first name
            if _named_in(title, person) and not _could_be_user(person.name or "", me):
                return Side(True, reason="the title names a private attendee who did not organise it: the candidate")
    if who.user_at_work and not who.user_private and who.organizer in ("company", "tool") and jobish \
            and any(not _could_be_user(p.name or "", me) for p in who.private) and not (greeted and to_candidate):
        # Another company invites the work address only, with a private person: its candidate, sent to the user's
        # employer (every agency-sends-candidate trap of fifteen authors, and none of their interviews)
        return Side(True, reason="another company invites the work address with a private person: the candidate")
    if who.organizer in ("user-work", "user-private") and who.private and not who.companies \
            and not cues(seat.HIRING_SIDE_PERSON, text) \
            and any(_named_in(title, p) or _first_named_in(title, p) for p in who.private):
        return Side(True, reason="the user hosts a private person named in the title")
    if who.organizer in ("user-work", "user-private") and cues(seat.APPLYING_QUESTION, body):
        return Side(True, reason="the user's booking page asks the invitee what they apply for")
    if (who.organizer in ("user-work", "user-private") or _alone(event, me)) and (mine := cues(
            seat.MY_TEAM_OPENING, text) + cues(seat.MY_SEAT, text) + cues(host.I_INTERVIEW, text)
            + cues(seat.OWN_HIRING, title)):
        return Side(True, reason=f"the user writes of the user's seat or team's opening: '{mine[0]}'")
    if who.organizer == "user-work" and to_candidate and not greeted and not cues(INTERNAL_MOVE, text):
        return Side(True, reason="the user writes from the work address to someone about their application")
    # At the work address, or sent by a tool with no other company in it: nobody of a hiring company is named (a
    # forwarded copy of the user's own invitation lists none: owncopy.py; a tool's invitation greeting the user away
    # from work, "Dear Alvaro, … Virtual Assessment Centre", or labelling the user "Candidate:" is to the candidate)
    if ((who.user_at_work and not who.user_private)
            or (who.organizer == "tool" and not has_company and not (greeted and not who.user_at_work)
                and not any(_could_be_user(m.group(1), me) for m in seat.CANDIDATE_LABEL.finditer(description)))) \
            and interviewish and not received_copy(event, me) and (outsider := _outsider_named(event, me)):
        return Side(True, reason=f"the title names someone who takes no part: '{outsider}', the candidate")
    if who.user_at_work and has_company and names_employer(event.summary, me) and not own_firm(me) \
            and not cues(INTERNAL_MOVE, text):
        return Side(True, reason="the user represents the employer named in the title")
    if interviewish and names_employer(event.summary, me) and not cues(INTERNAL_MOVE, text) \
            and (outsider := _outsider_named(event, me)):
        # "Korvald interview: Tomás Ruiz" at any address: the user's employer hires, and someone else is interviewed
        return Side(True, reason=f"the title names the user's employer and someone else, '{outsider}', the candidate")
    return _wording(event, me, who, title, body, description, has_company, interviewish, jobish, to_candidate)


# "Interview with candidate Lucía Fernández", "Entretien avec la candidate …": an ATS titles the candidate's own
# invitation so too; when the name is the user's, the user is the candidate.
_CANDIDATE_NAMED = re.compile(r"(?i)(?:with|avec|con|mit)\s+(?:the\s+|la\s+|le\s+|el\s+|de[rm]\s+)?"
                              r"(?:candidate|candidat[eoa]?|kandidat(?:in|en)?|bewerber(?:in)?)\s*:?\s+"
                              r"([^\W\d_][^\n,(–—|-]{1,50})")


# "ACF interview (T&O) - Candidate 07 - R. Llewellyn": a numbered candidate, named
_NUMBERED_CANDIDATE = re.compile(r"(?i:candidate|candidat[eoa]?|kandidat(?:in)?)\s*#?\d+\s*[-–—:]\s*"
                                 r"([^\W\d_][^\n,(–—|-]{1,50})")
# "Casa Lumen Hotels: Interview with Núria Puig Ferrer": an ATS titles the candidate's invitation with their name.
_INTERVIEW_OF = re.compile(r"(?i)(?:interview|gespr[aä]ch|entretien|entrevista)\s+(?:with|mit|avec|con)\s+"
                           r"([^\W\d_][^\n,(–—|:/-]{1,50})")


# "Phone screen: Florian Rochat (Deputy Head)", "Interview: Kofi Mensah-Bauer - …": an ATS's candidate after the talk
_TALK_THEN_NAME = re.compile(r"^(?P<talk>[^:]{2,40}):\s*(?P<name>[^\W\d_][^\n,(–—|:/-]{1,50})")


def _user_is_the_candidate(summary: str, me: Me) -> bool:
    """Given a title and the user, returns whether it names the user as the candidate being interviewed."""
    if (talk := _TALK_THEN_NAME.match(summary)) and _could_be_user(talk.group("name").strip(), me) \
            and (sig.cues(sig.INTERVIEW, fold(talk.group("talk"))) or find_stage(talk.group("talk"), "")[0]):
        return True
    return any(_could_be_user(match.group(1).strip(), me)
               for match in (*_CANDIDATE_NAMED.finditer(summary), *_INTERVIEW_OF.finditer(summary),
                             *_NUMBERED_CANDIDATE.finditer(summary)))


# An interview word and a person by first name and initial: "entretien Léa B.", "Interview – Tom R. (intern)".
_INITIALLED = re.compile(r"(?i:\binterview\w*|\bentretien|\bentrevue|\bentrevista|gespr[aä]ch|\bscreen)\b"
                         r"(?:[^A-ZÀ-Þ]|\b[A-Z]{2,5}\b){0,25}?\b([A-ZÀ-Þ][a-zà-ÿ]+ [A-ZÀ-Þ])\.(?=\s|$|\))")


def _own_papers(body: str, me: Me) -> bool:
    """Given the folded description and the user, returns whether it speaks of the user's own CV ("Priya's resume",
    "le CV de Camille", "Lebenslauf von Florian")."""
    return any(re.search(rf"(?<![a-z]){re.escape(n)}'s (?:resume|cv|profile)|(?:cv|profil|curriculum|lebenslauf)"
                         rf" (?:de|von) {re.escape(n)}(?![a-z])", body) for n in me.first_names)


def _alone(event: CalendarEvent, me: Me) -> bool:
    """Given an event and the user, returns whether nobody but the user (and rooms) takes part and no one else's
    invitation text is pasted in: the user's own entry."""
    return not [p for p in participants(event) if not is_room(p) and not is_me(p, me) and (p.email or p.name)] \
        and not pasted_invitation(event, me) and not user_booked(event, me)


def _wording(event: CalendarEvent, me: Me, who: Parties, title: str, body: str, description: str,
             has_company: bool, interviewish: bool, jobish: bool, to_candidate: bool) -> Side:
    # Written to the user as the candidate by another party: its process words ("scorecard") are not the user's.
    user_named = _user_is_the_candidate(event.summary, me)
    invited_as_candidate = (who.user_invited and not who.user_at_work and not who.colleagues and has_company
                            and who.organizer in ("company", "tool", "private") and to_candidate) or user_named
    families = {n.split()[-1] for n in me.full_names}
    side = cues(sig.INTERVIEWER_SIDE, title) + cues(sig.INTERVIEWER_SIDE, body)
    side += cues(seat.ASSESSOR_SEAT, title + " " + body)
    if side and not invited_as_candidate:
        return Side(True, reason=f"interviewer-side cue '{side[0]}'")
    handed = cues(seat.CANDIDATE_FILE, body) + cues(seat.HIRING_TASK, title) + cues(seat.HIRING_SYNC, title) \
        + cues(seat.THIRD_TRIAL, title + " " + body)
    if not booking_form(event.description):  # (a booking's notes are the booker's, maybe the user's)
        handed += cues(seat.CV_SENT_ALONG, body)
    if handed and _own_papers(body, me):
        handed = []  # "Victor, Priya's resume is attached": the user's own papers, sent by an agency to the employer
    if handed and not invited_as_candidate:
        return Side(True, reason=f"the hiring side's work on applications: '{handed[0]}'")
    for staff in seat.BOOKING_STAFF.finditer(event.description):
        if plausible_name(staff.group(1)) and _could_be_user(staff.group(1), me):
            return Side(True, reason=f"the user is the booking's staff member: '{staff.group(1)}'")
    alone = _alone(event, me)
    if alone and (marked := cues(seat.OWN_ASSESSMENT, title + " " + body) or cues(seat.OWN_SLOTS, title)):
        return Side(True, reason=f"the user's own note assesses someone: '{marked[0]}'")
    # (in the user's own entry, "Panel: me + Mr Dineen" lists the user too; in another's, "me" is its writer)
    listed = families | _SELF_WORDS if alone else families
    if any(_could_be_user(name, me) or fold(name) in listed for name in seat.panel_names(description)):
        return Side(True, reason="the user is listed among the interviewers")
    weak = cues(sig.INTERVIEWER_SIDE_WEAK, title) + cues(sig.INTERVIEWER_SIDE_WEAK, body)
    private_only = (who.user_invited or who.organizer == "user-private") and not who.user_at_work
    if weak and not (has_company and (private_only or to_candidate)):
        return Side(True, reason=f"interviewer-side cue '{weak[0]}'")
    counted = cues(seat.COUNTED_CANDIDATES, title) + cues(seat.COUNTED_CANDIDATES, body)
    if counted and not invited_as_candidate and not (has_company and private_only and not who.colleagues):
        return Side(True, reason=f"interviewer-side cue '{counted[0]}'")
    if (third := cues(seat.THIRD_PERSON_CANDIDATE, title)) and not invited_as_candidate:
        return Side(True, reason=f"the title speaks of a candidate: '{third[0]}'")
    if alone and (word := cues(seat.CANDIDATE_WORD, title) or cues(seat.OWN_HIRING, title)
                  or cues(seat.APPLICANT_IN_TITLE, fold(event.summary)) or cues(seat.APPLICANT_PAPERS, body)):
        # In the user's own entry a candidate is always someone else, and "our role" is the employer's.
        return Side(True, reason=f"the user's own entry speaks of hiring someone: '{word[0]}'")
    if alone and (initialled := _INITIALLED.search(event.summary)) and plausible_name(initialled.group(1)) \
            and not _could_be_user(initialled.group(1), me) \
            and not [n for n in text_companies(event.summary, "", set(me.full_names))
                     if initialled.group(1).split()[0] not in n]:
        # "entretien Léa B. (stage)", "interview jr tester - Kwame O.": the user's own note names, by first name and
        # initial, whom the user interviews; a job seeker's own note names the employer ("Phone screen - Clarendon
        # (Olivia H.)")
        return Side(True, reason=f"the user's own entry names whom the user interviews: '{initialled.group(1)}'")
    if (match := seat.INTERVIEWS_SOMEONE.search(event.summary)) and plausible_name(match.group(1)) \
            and not _could_be_user(match.group(1), me):
        return Side(True, reason=f"the title says the user interviews {match.group(1)}")
    for match in seat.CANDIDATE_LABEL.finditer(description):
        # ("Candidate: VERMEULEN, THOMAS": could_be_user reads "Last, First" through people.clean_name)
        if not _could_be_user(match.group(1), me):
            return Side(True, reason="the candidate named is someone else")
    for match in seat.APPOSED_CANDIDATE.finditer(description):
        if plausible_name(match.group("name")) and not _could_be_user(match.group("name"), me):
            return Side(True, reason=f"the description names someone else as the candidate: '{match.group('name')}'")
    in_title = writes_any(title, me.full_names)
    for match in seat.TITLE_CANDIDATE.finditer(event.summary):
        name = match.group("name") or match.group("name2") or match.group("name3")
        hon = match.group("hon") or match.group("hon2") or match.group("name3")
        if not user_named and not _could_be_user(name, me) and fold(name) not in families and not in_title \
                and (hon or (" " in name and plausible_name(name) and not ROLE_NOUN.search(fold(name))
                             and not _EXERCISE.search(fold(name)))):
            return Side(True, reason=f"the title names someone else as the candidate: '{name}'")
    for match in seat.OUR_CANDIDATE.finditer(event.summary + "\n" + description):
        if plausible_name(match.group("name")) and not _could_be_user(match.group("name"), me):
            # an agency presents its candidate to the user: "stellen wir Ihnen unseren Kandidaten Tobias Meier vor"
            return Side(True, reason=f"a party presents its candidate {match.group('name')} to the user")
    at_employer = who.user_at_work or who.colleagues > 0 or who.organizer == "colleague"
    for match in _INTERVIEW_WITH.finditer(event.summary):
        if not _could_be_user(match.group(1), me) and at_employer and not has_company:
            return Side(True, reason="an interview with a named person, at the user's employer")
    if not has_company and jobish and names_employer(event.summary, me):
        return Side(True, reason="the hiring company named in the title is the user's own employer")
    entries = [p for p in participants(event) if not is_room(p)]
    others = [p for p in entries if not is_me(p, me)]
    # (unless an applicant tracking system sends it for another organisation: "Kinver Housing Association" via
    # Tribepad, to the address the user applied from)
    if who.user_at_work and not has_company and not who.companies and interviewish and len(entries) > 1 and not (
            (sender := tool_sender(event, set(me.full_names))) and not names_employer(sender, me)):
        return Side(True, reason="invited at the work address with no other company")
    # A candidate does not send interview invitations from the current employer's calendar (but forwards the
    # invitation received there: owncopy.py).
    # (unless the user marks it private time on the work calendar: "Absent (RDV perso) – ITF entretien 2 Paris")
    if who.organizer == "user-work" and jobish and (others or not has_company) and not received_copy(event, me) \
            and not _PRIVATE_BLOCK.search(fold(event.summary)):
        return Side(True, reason="the user organises it from the work address")
    # (last: any earlier reason, such as the title's candidate word above, is the sharper one to show)
    # (not a copy of an agency's invitation that labels the user the candidate: "Candidate: Valentina Gomez Restrepo")
    # (nor the user's own entry of a panel that names the user: "Panel Interview: Head of Student Life - Karim Haddad")
    if alone and (noted := cues(seat.NOTED_CANDIDATES, title + " " + body)) and not writes_any(title, me.full_names) \
            and not any(_could_be_user(m.group(1), me) for m in seat.CANDIDATE_LABEL.finditer(description)):
        return Side(True, reason=f"the user's own note speaks of candidates: '{noted[0]}'")
    return Side()
