"""The decision: hard vetoes for what is never the user's interview, then a weighted sum of cues."""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass import signals as sig
from afterview.daemon.eventclass import vetoes as veto
from afterview.daemon.eventclass.agencyclient import CLIENT_NAMED, other_company_named
from afterview.daemon.eventclass.agencyhire import agency_label
from afterview.daemon.eventclass.auditions import own_audition, own_lecture
from afterview.daemon.eventclass.company import text_companies
from afterview.daemon.eventclass.context import (
    AGENCY,
    CLIENT_UNNAMED,
    UNNAMED_CLIENT,
    agency_intake,
    hand_typed,
    person_at_org,
    personal_life,
    talk_with_person,
)
from afterview.daemon.eventclass.domainmatch import name_fits_label, registrable_label
from afterview.daemon.eventclass.family import relatives_interview
from afterview.daemon.eventclass.internalmove import INTERNAL_MOVE
from afterview.daemon.eventclass.ownentry import applicant_notes
from afterview.daemon.eventclass.people import Me, domain_of, is_me, participants
from afterview.daemon.eventclass.personallife import health_trade
from afterview.daemon.eventclass.senders import SCHEDULER_DOMAINS, ats_sender, recruiting_mailbox
from afterview.daemon.eventclass.side import Parties, Side, names_employer, parties, user_side
from afterview.daemon.eventclass.signals import cues, fold, is_tool_domain, writes_any
from afterview.daemon.eventclass.stage import find_stage
from afterview.daemon.eventclass.usernames import formal_user

THRESHOLD = 3.0
# Said of a private person's invitation that says nothing about a job (combine asks more of the model).
PRIVATE_BARE = "a private person's invitation with nothing about a job"
# Said of the user's own entry that names nothing but an everyday step word (combine asks more of the model).
EVERYDAY_STEP = "the user's own entry names only an everyday step word"
_SCHEDULER_TEXT = re.compile(
    r"(?<![a-z])(?:greenhouse|lever|ashby|workday|goodtime|modernloop|modern loop|calendly|smartrecruiters"
    r"|workable|jobvite|icims|bamboohr|recruitee|personio|teamtailor|taleo|successfactors|gem|prelude"
    r"|cal\.com)(?![a-z])"
)
# Stage words with everyday meanings ("Technical inspection", "Coding club", "Loop ride", a therapist's
# "Erstgespräch", an accountant's "intro call"): no hiring step alone.
_GENERIC_STAGE_CUES = frozenset({
    "technical", "technisches", "technische", "coding", "pairing", "loop", "panel", "screening", "algorithm",
    "algorithms", "programmier", "full day", "karat", "hackerrank", "coderpad", "codesignal", "sur site", "presencial",
    "take-home", "takehome", "take home", "code review", "intro call", "introductory call", "initial call",
    "initial conversation", "initial chat", "first call", "first conversation", "first chat", "primera llamada",
    "llamada inicial", "premier echange", "premier appel", "primer contacto", "primer llamada", "erstgesprach",
})


# Generic stage words that still name a kind of interview round next to an organisation's name ("Larkspur panel"),
# unlike first-call phrases a therapist or an accountant uses too ("Erstgespräch Psychotherapie").
_ROUND_WORDS = frozenset({"panel", "loop", "pairing", "take-home", "takehome", "take home", "code review"})


@dataclass
class Decision:
    """The verdict on one event, how sure (0..1), and the short reasons for it."""

    is_interview: bool
    confidence: float
    reasons: list[str] = field(default_factory=list)
    internal_move: bool = False  # the user's own interview at the current employer (company = the employer)
    parties: Parties | None = None  # who takes part, as the rules saw it (None for afterview's own tickler)
    side: Side | None = None


def decide(event: CalendarEvent, me: Me, description: str, role: str | None, has_company: bool,
           track_coffee_chats: bool, names: Sequence[str] = ()) -> Decision:
    """Given an event, the user, its boilerplate-free description, role, whether another company
    takes part and the company names written in it, returns the decision with reasons."""
    if event.owned_key:
        return Decision(False, 1.0, ["afterview's own tickler"])
    summary = event.summary
    # A "UX Research Lead" role must not read as a user-research session, nor "Atelier Monceau" as a class.
    for words in ([role] if role else []) + sorted(names, key=len, reverse=True):
        summary = summary.replace(words, " ")
        description = description.replace(words, " ")
    title, body = fold(summary), fold(description)
    interview_title = cues(sig.INTERVIEW, title)
    interview_body = cues(sig.INTERVIEW, body)
    interviewish = bool(interview_title or interview_body)
    who = parties(event, me)
    side = user_side(event, me, title, body, description, has_company, interviewish, who)

    def seen(decision: Decision) -> Decision:
        # the learned model reads the same parties and side the rules decided by
        decision.parties, decision.side = who, side
        return decision

    if side.interviewer:
        return seen(Decision(False, 0.95, [side.reason]))
    # "mit Lea Brenner (Tribe Lead) und Yusuf Aydın (UX Research)": a person's team or job, not what the event is
    unbracketed, teams = _PERSON_TEAM.subn(r"\g<name>", description)
    veto_body = fold(unbracketed) if teams else body
    onboarding = sig.NEVER if interview_title else veto.ONBOARDING
    for pattern, desc_pattern, label in (
        (veto.MOCK, veto.DESC_MOCK, "mock or practice interview"),
        (veto.PREP_BLOCK, sig.NEVER, "the user's preparation block"),
        # (the final vetoes before the soft ones the model may overrule: a class's words are often only a topic,
        # "portfolio de formation continue" at a professional order's inspection)
        (veto.NOT_HIRING, veto.NOT_HIRING, "not about a job"),
        (veto.SOMEONE_ELSES, veto.SOMEONE_ELSES, "someone else's interview"),
        (veto.NOT_HIRING_TITLE, sig.NEVER, "not about a job"),
        (onboarding, onboarding, "not about a job"),
        (veto.TRAINING, veto.DESC_TRAINING, "class or webinar"),
        (veto.RESEARCH_PRESS, veto.RESEARCH_PRESS, "research or press interview"),
    ):
        in_title = cues(pattern, title)
        if pattern is veto.TRAINING and interview_title:
            # "Jours d'essai – Atelier Brume", "Prueba – Taller Ruiz": a workshop that is the business, not a class
            in_title = [cue for cue in in_title if not _business_named(cue, event.summary)]
        found = in_title + cues(desc_pattern, veto_body)
        if pattern is veto.NOT_HIRING and not found and not role and not cues(sig.JOB_CONTEXT, title + " " + body):
            # the consulate or embassy is often only where it is (unless a job is named: "Embassy Suites")
            found = cues(pattern, fold(event.location))
        if found and pattern is veto.NOT_HIRING and interview_title and not in_title \
                and not cues(pattern, fold(event.location)) \
                and (role or text_companies(event.summary, "", set(me.full_names))):
            # "Entretien Arena Garonne … Parler … relation préfecture": a company's interview by its title; an office
            # named in the description is a topic, not where it is held
            continue
        if found and pattern is veto.MOCK and ((cues(sig.SEEKING_SOMEONE, veto_body) and not in_title)
                                               or veto.TRIAL_LESSON.search(title)):
            continue  # an owner looking for someone ("… & Karriereberatung"), a trial lesson's topic ("Lehrprobe …")
        if found and pattern is veto.TRAINING and veto.selecting_open_day(found, veto_body):
            continue  # an airline's open day with group activities and interviews: a selection day
        if found and pattern in (veto.TRAINING, veto.RESEARCH_PRESS) and (_NTH_INTERVIEW.search(title)
                                                                          or _NTH_INTERVIEW.search(veto_body)):
            # "en esta segunda entrevista … una microlección": a numbered interview round, not a class or an article
            continue
        if found and pattern is veto.NOT_HIRING and not in_title and (CLIENT_NAMED.search(description) or (
                event.organizer is not None and recruiting_mailbox(event.organizer))):
            continue  # an agency's "entrevista … de nuestro cliente Transfesa", a recruiting desk's "… visa page"
        if found and pattern is veto.NOT_HIRING and all(_LENDING.search(cue) for cue in found) \
                and find_stage(event.summary, "")[0]:
            continue  # "Fallstudie Baufinanzierung": a bank's case study for an applicant, not the user's own loan
        if found and (pattern is veto.RESEARCH_PRESS
                      or (pattern in (veto.MOCK, veto.NOT_HIRING, veto.ONBOARDING) and not in_title)) \
                and veto.ASSESSED.search(title + " " + veto_body):
            # "media interview simulation … Part of the Chief Executive final assessment", an assessment centre's
            # "recorded mock broadcast interview" or "Rollenspiel Mitarbeitergespräch", a demo exercise's "live
            # onboarding session": an exercise of the selection
            continue
        if pattern is veto.SOMEONE_ELSES and not found and (relative := relatives_interview(event, me)):
            found = [relative]  # a relative's interview in a shared family calendar
        if found:
            return seen(Decision(False, 0.9, [f"{label}: '{found[0]}'"]))
    # ... unless a company's recruiting mailbox sends it ("rrhh@" invites a physiotherapist: a job's interview), or
    # another party titles it the user's interview ("Entretien Florian Rochat" from an école: the user is the
    # candidate; a parents' talk is the child's)
    # ... nor when an applicant tracking system sends it (Teamtailor for a "Colegio Alemán"), nor when an
    # organisation titles the user's own trade and name ("Videollamada Élodie Vasseur - Veterinaria de urgencias")
    if (life := personal_life(event, title, body, role)) and not (
            who.organizer in ("company", "tool") and event.organizer is not None
            and (recruiting_mailbox(event.organizer) or _interview_of_user(event.summary, me)
                 or ats_sender(event.organizer)
                 or (health_trade(life) and life in title and who.user_invited and not who.user_at_work
                     and writes_any(title, me.full_names)))):
        return seen(Decision(False, 0.85, [f"a personal-life setting and nothing about a job: '{life}'"]))
    # ("Consultora de selección Norte" is the agency, not a role)
    agent_role = not role or bool(cues(AGENCY, fold(role))) or bool(_AGENT_ROLE.search(fold(role))) \
        or bool(cues(UNNAMED_CLIENT, title + " " + body)) \
        or (event.organizer is not None and bool(organizer_domain := domain_of(event.organizer))
            and name_fits_label(role, registrable_label(organizer_domain)))  # "(Talents Hôtellerie)"
    # (an employer naming itself may speak of several openings; an unnamed client is an agency's, whatever its name;
    # a final round the agency sends, "Entrevista final con Director de Operaciones", is with its client)
    if agent_role and who.user_invited and not CLIENT_NAMED.search(description) \
            and find_stage(event.summary, "")[0] != "final" and "search committee" not in body \
            and not (_names_itself(event) and not cues(UNNAMED_CLIENT, fold(event.summary) + " " + body)) \
            and (agency := agency_intake(
            event, fold(event.summary), body, who.companies,
            lambda: other_company_named(_without_user(event, me), description, me))):
        return seen(Decision(False, 0.8, [f"a recruitment agency's first talk, no employer named: "
                                          f"'{agency}'"]))
    score, reasons = _positive(event, me, title, body, has_company, role, who, description)
    if side.internal_move:  # a colleague writes to the user about the user's own internal application
        score += 3.0 if cues(INTERNAL_MOVE, title) else 2.0  # ... more so when the title says so
        reasons.append(side.reason)
    if late := (late_in_title := cues(sig.LATE_ROUND, title)) + cues(sig.LATE_ROUND, body):
        # "Sergi quiere verme antes de la oferta – última ronda": a coffee or lunch that is the last step
        score += 5.0
        reasons.append(f"a later round before a decision or an offer: '{late[0]}'")
    if after := cues(sig.AFTER_ROUND, title + " " + body):
        score += 1.5
        reasons.append(f"after an earlier round of the process: '{after[0]}'")
        if PRIVATE_BARE in reasons:  # an earlier round is about a job
            score += 1.0
            reasons.remove(PRIVATE_BARE)
    coffee = (title_coffee := cues(sig.COFFEE, title)) + cues(sig.DESC_COFFEE, body)
    role_in_title = bool(role) and fold(role or "") in fold(event.summary)
    if coffee and all(c in sig.COFFEE_WEAK for c in coffee) and (
            late or after or interview_title or role_in_title or cues(sig.CANDIDATE_SIDE, title + " " + body)
            or _NTH_ROUND.search(title)
            or (interview_body and role)):
        # "Your interview with Cobblestone Coffee", "Catch up re: the Senior PM opening", "Coffee with Priya" whose
        # description says it is the second round for a named role: over coffee, but an interview
        coffee = []
    if coffee and not title_coffee and (late_in_title or _NTH_ROUND.search(title)):
        coffee = []  # "Final Round - 30/60/90 Presentation + Panel" with "Lunch with the team (not an interview!)"
    if coffee:
        if not track_coffee_chats:
            return seen(Decision(False, 0.85, [f"coffee chat: '{coffee[0]}'"]))
        job_link = has_company or bool(cues(sig.JOB_CONTEXT, title + " " + body))
        return seen(Decision(job_link, 0.6, [f"coffee chat tracked: '{coffee[0]}'", *reasons]))
    is_interview = score >= THRESHOLD
    confidence = 1 / (1 + math.exp(-(score - THRESHOLD) / 1.2))
    if not is_interview:
        confidence = 1 - confidence
    reasons.append(f"score {score:.1f} (threshold {THRESHOLD})")
    return seen(Decision(is_interview, round(min(max(confidence, 0.5), 0.99), 2), reasons,
                         internal_move=side.internal_move and is_interview))


def _without_user(event: CalendarEvent, me: Me) -> CalendarEvent:
    """Given an event and the user, returns it with the user's own display names taken out of its title: "Intro
    call: <the user> & Sam (…)" names no client of an agency."""
    summary = event.summary
    for person in participants(event):
        if person.name and len(person.name.split()) >= 2 and is_me(person, me):
            # (with the word that pairs it with someone: "& Sam" is no name either)
            summary = re.sub(rf"(?:\s(?:&|\+|/|<>|x|and|und|et|y))?\s*{re.escape(person.name.strip())}"
                             rf"(?:\s*(?:&|\+|/|<>|x|and|und|et|y)\s)?", " ", summary)
    return event if summary == event.summary else dataclasses.replace(event, summary=summary)


_INTERVIEW_OF = re.compile(r"^(?:entretien|interview|entrevista|vorstellungsgesprach|bewerbungsgesprach)"
                           r"(?: (?:avec|with|con|mit))?(?: (?:m|mr|monsieur|herrn?|sr|senor|don))?\.? (.+)$")


def _names_itself(event: CalendarEvent) -> bool:
    """Given an event, returns whether its title names the inviting party's own company, and no agency
    ("Vorstellungsgespräch Kestrel Logistik" from kestrel-logistik.at): the employer invites, not an agency."""
    organizer = event.organizer
    label = registrable_label(domain_of(organizer)) if organizer is not None and domain_of(organizer) else ""
    if not label or agency_label(label):  # (nor a known agency's: "Kennenlerngespräch Hays")
        return False
    return any(name_fits_label(name, label) and not cues(AGENCY, fold(name))
               for name in text_companies(event.summary, "", set()))


def _interview_of_user(summary: str, me: Me) -> bool:
    """Given a title and the user, returns whether it is the interview word and the user's full name, nothing
    else ("Entretien Florian Rochat", "Interview with Kofi Mensah-Bauer")."""
    match = _INTERVIEW_OF.match(fold(summary).strip(" .:"))
    return match is not None and match.group(1).strip() in me.full_names


# A role that names the agent, not the job: "Telefonat Recruiterin", "Headhunter call".
_AGENT_ROLE = re.compile(r"\b(?:recruiter(?:in)?|headhunter(?:in)?|talent (?:partner|scout)|chasseu(?:r|se)"
                         r"|reclutador(?:a)?|consultor(?:a)? de seleccion)\b")


# A person's full name and, in brackets, their team or job title.
_PERSON_TEAM = re.compile(r"(?P<name>\b[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ][\w'’-]+)\s*\([^()\n]{2,40}\)")
# "2nd", "zweite", "segunda" … before the word for a round: shared by the two numbered-round patterns below.
_ORDINAL = (r"\b(?:[2-9](?:st|nd|rd|th|a|o|e|er|eme|\.)?|second|third|zweite[sn]?|dritte[sn]?|deuxieme|troisieme"
            r"|segunda|tercera)\s+")
_NTH_ROUND = re.compile(_ORDINAL + r"(?:interview|entrevista|entretien|gesprach|runde|round|rnd|tour|ronda|echange"
                        r"|call|rdv|phase|conversation|conversacion|charla|telefonat|austausch|talk|chat)\b"
                        r"|\b(?:interview|entrevista|entretien|gesprach|runde|round|ronda)\s+(?:nr\.?\s?|no\.?\s?|#)?[2-9]\b")
# "VG Lahnau Papier 14h": the German job seeker's shorthand for Vorstellungsgespräch, before an organisation's name, in
# the user's own title or at the head of a line of the user's own notes (not "VG" closing a mail: "VG Thomas")
# ... or after it, closing the title ("Lindemann Schwerlast VG", "Nordlog VG 10h")
_VG_NOTE = re.compile(r"(?m)(?:^|(?<=[\s(]))VG\s+(?=[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])"
                      r"|^[A-ZÄÖÜ][\w&.-]+(?:\s+[\w&.-]+){0,3}\s+VG(?=\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:h|uhr)?)?\s*$)")
# A numbered interview round, by the word interview itself ("segunda entrevista", "2nd interview", "zweites
# Vorstellungsgespräch"): never a class's or a publication's.
_NTH_INTERVIEW = re.compile(_ORDINAL + r"(?:interview|entrevista|entretien|entrevue|ronde|vorstellungsgesprach"
                                       r"|bewerbungsgesprach)\b")


def _names_step(title: str, stage: str | None, cue: str | None) -> bool:
    """Given a folded title and the stage found in it with its cue, returns whether it names a hiring step: an
    interview word, a numbered round or a stage other than an everyday step word."""
    return bool(cues(sig.INTERVIEW, title) or _NTH_ROUND.search(title)
                or (stage and cue not in _GENERIC_STAGE_CUES))


_LENDING = re.compile(r"finanzierung|mortgage|hypothe|hipotec|pret|credit|prestamo|kredit")
_JOB_INTERVIEW = sig.words_rx([r"(?:vorstellungs|bewerbungs)g?e?sprach", r"entretien d'embauche",
                              r"entrevista (?:de )?trabajo", r"job interview", r"sollicitatiegesprek",
                              # ... and a trial at work ("Paid trial days – Dunn Silviculture")
                              r"(?:paid )?trial (?:work ?)?(?:days?|shifts?)", r"probe-?(?:arbeits)?tage?n?",
                              r"probearbeit(?:en)?", r"journees? d'essai", r"(?:dia|jornada)s? de prueba"])
_PAIR_SPLIT = re.compile(r"\s*(?:<>|<->|\s[x×/|&+]\s|\s[-–—]\s|[()])\s*")


def _paired_org(event: CalendarEvent, me: Me) -> str | None:
    """Given an event a private person sends with a "user x …" title, returns the title part that is neither the
    user nor a participant (by first or full name) and is capitalised words: an organisation ("Sunhaven")."""
    people = {w for p in participants(event) if p.name for w in fold(p.name).split()}
    for part in _PAIR_SPLIT.split(re.sub(r"(?i)^.*?invitation\s*-\s*", "", event.summary)):
        words = part.split()
        folded = fold(part).split()
        if not words or len(words) > 3 or any(w in people or w in me.first_names for w in folded):
            continue
        # (not the user's own employer: "Tomás García <> Seo-yeon Park (Tidewater - AP role)", an applicant's)
        if all(w[0].isupper() for w in words) and not cues(sig.INTERVIEW, fold(part)) \
                and not cues(sig.PERSONAL, fold(part)) and not names_employer(part, me):
            return part
    return None


_USER_PAIRED = re.compile(r"^\s*(?P<name>[A-ZÀ-Þ][\w'’-]+)\s*(?:<>|<->|\s[x×/|&+]\s)\s*(?=[A-ZÀ-Þ])")


def paired_talk(summary: str, me: Me) -> str | None:
    """Given the title of the user's own entry, returns it as a talk ("Chat with Anaïs (Fourvière)") when it pairs the
    user, by first name or a longer form of the one the address spells ("Daniel" for dan.adeyemi@), with someone."""
    match = _USER_PAIRED.match(summary)
    if match is None:
        return None
    name = fold(match.group("name"))
    if not any(name == first or (len(first) >= 3 and name.startswith(first) and len(name) <= len(first) + 4)
               for first in me.first_names):
        return None
    return "Chat with " + summary[match.end():]


_TIME_OR_ASIDE = re.compile(r"(?i)\([^()]*\)|\b\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?\b|[!?.,;:|–—-]+")


def _names_only(summary: str, cue: str) -> bool:
    """Given the title of the user's own entry and its stage word, returns whether the rest is only a name of one to
    three capitalised words (an organisation), times and asides."""
    rest = _TIME_OR_ASIDE.sub(" ", summary)
    words = [w for w in rest.split() if fold(w) not in cue.split()]
    return 1 <= len(words) <= 3 and len(words) < len(rest.split()) and all(w[0].isupper() for w in words)


def _positive(
    event: CalendarEvent, me: Me, title: str, body: str, has_company: bool, role: str | None, who: Parties,
    description: str,
) -> tuple[float, list[str]]:
    score = 0.0
    reasons: list[str] = []
    alone = hand_typed(event, me)  # the user's own entry: nobody else invited

    def add(points: float, reason: str) -> None:
        nonlocal score
        score += points
        reasons.append(reason)

    if found := cues(sig.INTERVIEW, title):
        add(3.0, f"title says '{found[0]}'")
    elif (found := cues(sig.HEARING, title) or cues(sig.HEARING, body)) and (formal := formal_user(title, me)):
        # "Kommissionsgespräch W1 TT Molekularbiologie – Frau Dr. Morel": a committee hears the user as a candidate
        add(3.0, f"a selection committee hears the user: '{found[0]}' ('{formal}' in the title)")
    elif alone and (lecture := own_lecture(title)):  # "LMU Berufungsvortrag W2 Mikrob. Pathogenität"
        add(3.0, f"the user's own entry notes one trial lecture: '{lecture}'")
    elif (alone or (who.user_invited and not who.user_at_work and who.organizer != "colleague")) \
            and (post := own_audition(title)):  # (a committee member's comes to the work address)
        add(3.0, f"one audition for a post, the user's own or sent to the private address: '{post}'")
    elif found := cues(sig.INTERVIEW, body):
        add(1.5, f"description says '{found[0]}'")
        if alone:  # the user's own notes ("Cobalto - 2a entrevista con Elena") say what the entry is, like a title
            add(1.5, "the user's own notes name an interview")
    if alone and not found and (_VG_NOTE.search(event.summary) or _VG_NOTE.match(description.lstrip())):
        add(3.0, "the user's own entry says 'VG' (Vorstellungsgespräch)")
        found = ["VG"]
    if alone and not found and (nth := _NTH_ROUND.search(title) or _NTH_ROUND.search(body)):
        # "Rheinstrom 2. Gespräch", "Isarpharm Gespräch Nr. 2": the user's note of a later round with an organisation
        add(3.0, f"the user's own entry names a numbered round: '{nth.group(0)}'")
    stage, cue = find_stage(title, "")
    if stage and not cues(sig.INTERVIEW, title):
        # A bare "Screening" is as often a doctor's or a film's.
        add(1.0 if cue == "screening" else 1.5, f"stage named in title: '{cue}'")
        if alone and (cue not in _GENERIC_STAGE_CUES or (cue in _ROUND_WORDS and _names_only(event.summary, cue))):
            # The user's own note of a hiring step ("Acme sys design", "Erstgespräch Kranwerk") is that step; an
            # everyday step word counts when the note says nothing but an organisation and when ("Larkspur panel 3pm").
            add(1.5, "the user's own entry names a hiring step")
        elif alone and role and fold(role) in fold(event.summary) and text_companies(event.summary, "", set()):
            # "Erstgespräch Kahlenberg Pharma – Controller": a first talk about a named role at a named organisation
            # is a job's, not a therapist's or one with the user's new accountant
            add(1.0, "the user's own entry names a first talk about a role")
        elif alone and cue in _GENERIC_STAGE_CUES and not text_companies(event.summary, "", set()):
            # "Python coding 7pm": an everyday step word and a time, nothing else; the model must be very sure
            reasons.append(EVERYDAY_STEP)
    unnamed = cues(UNNAMED_CLIENT, title + " " + body) if alone else []
    if unnamed:
        reasons.append(f"{CLIENT_UNNAMED}: '{unnamed[0]}'")  # (the model makes no interview of it: combine.py)
    if alone:  # what to bring or ask, leave taken, a call awaited (ownentry.py)
        for weight, reason in applicant_notes(title, body, fold(event.summary), bool(role), bool(unnamed)):
            add(weight, reason)
    if found := cues(sig.CANDIDATE_SIDE, title + " " + body):
        add(1.5, f"written to a candidate: '{found[0]}'")
        # ... by the party that invites the user: the direction of the invitation agrees with the wording.
        if who.user_invited and who.organizer in ("company", "tool", "private"):
            add(0.5, "the inviting party writes to the user as a candidate")
    if who.organizer in ("company", "tool") and event.organizer is not None and recruiting_mailbox(event.organizer):
        add(1.0, "sent from a recruiting mailbox")
    if found := cues(sig.JOB_CONTEXT, title):
        add(1.5, f"job context in title: '{found[0]}'")
    elif found := cues(sig.JOB_CONTEXT, body):
        add(1.0, f"job context: '{found[0]}'")
    if role:
        in_title = fold(role) in fold(event.summary)
        # A role in the title ("founding engineer intro") is about that job even without "interview".
        add(1.0 if in_title else 0.5 if found else 1.0,
            f"a role is named{' in the title' if in_title else ''}: '{role}'")
        # ... and more so when someone outside the user's employer takes part: a job conversation with them.
        if in_title and (who.companies or who.private or who.organizer in ("company", "private")):
            add(1.0, "a role in the title, with someone from outside the employer")
    domains = [domain_of(p) for p in participants(event)]
    if any(is_tool_domain(d) and any(s in d for s in SCHEDULER_DOMAINS) for d in domains):
        add(1.5, "sent by a recruiting scheduler")
        if who.organizer == "tool" and who.user_invited and not who.user_at_work and event.organizer is not None \
                and ats_sender(event.organizer):
            # An applicant tracking system sends nothing but hiring steps, and here to the private address.
            add(1.5, "an applicant tracking system invites the user's private address")
    elif _SCHEDULER_TEXT.search(body):
        add(1.0, "recruiting scheduler named")
    # a numbered round ("2a entrevista", "zweites Gespräch") is a hiring process's, not a flat's or a club's
    # ... and so is a word that names a job interview and nothing else ("Vorstellungsgespräch bei Stimmwerk")
    job_evidence = any(not r.startswith(("title says", "description says", "video call")) for r in reasons) \
        or bool(_NTH_ROUND.search(title)) or bool(_NTH_ROUND.search(body)) or bool(cues(_JOB_INTERVIEW, title))
    if has_company:
        add(1.0, "another company takes part")
        if who.organizer == "company" and who.user_invited and not who.user_at_work and not who.colleagues:
            # ... and invites the private address: a job seeker's, not the employer's business.
            add(0.5, "another company invites the user's private address")
    # (not a private person's invitation to the work address alone, unless a founder's: an applicant writes to the
    # hiring manager)
    if me.first_names and re.search(r"(?:<>|<->|\s[x×/|&+]\s)", event.summary) and writes_any(title, me.first_names) \
            and not (who.organizer == "private" and who.user_at_work and not who.user_private
                     and not cues(sig.FOUNDER, title + " " + body)):
        add(1.0, "'Company <> user' title")
        if who.organizer == "company" and who.user_invited and not who.user_at_work:
            add(0.5, "... sent by that company to the user's private address")
        elif who.organizer == "private" and who.user_invited and not who.user_at_work \
                and (org := _paired_org(event, me)):
            # "Priya x Sunhaven", "Priya / Tomas - Kelpwatt" from a founder's free mail: the user and an organisation
            job_evidence = True
            add(2.0, f"a private person pairs the user with an organisation in the title: '{org}'")
    elif who.organizer in ("company", "tool", "private") and writes_any(title, me.full_names):
        # Another party's invitation titled with the user's name is about the user ("Kennenlernen Jordan Lee – X").
        add(1.0, "another party's invitation names the user in the title")
    if alone and (talk := talk_with_person(paired_talk(event.summary, me) or event.summary,
                                           names_employer(event.summary, me))):
        # The user's own entry for a talk with a named person: at another organisation, a job conversation.
        add(1.0, f"the user's own entry for a talk with {talk[0]}")
        if talk[1]:
            add(2.0, f"... who is at another organisation: '{talk[1]}'")
    elif alone and (met := person_at_org(event.summary, names_employer(event.summary, me))) \
            and not unnamed:  # (an agent's, client unnamed: "won't say who")
        add(3.0, f"the user's own entry names {met[0]} of another organisation: '{met[1]}'")
    elif who.organizer == "company" and who.user_invited and not who.user_at_work and not who.colleagues \
            and event.organizer is not None and (talk := talk_with_person(event.summary, False)) and talk[1] \
            and name_fits_label(talk[1], registrable_label(domain_of(event.organizer))):
        # "Chat with Noor (Kestrel Mobility)" sent by Noor at Kestrel to the private address: a job seeker's talk.
        add(1.5, f"a talk with {talk[0]} of {talk[1]}, who invites the user's private address")
    elif who.organizer == "private" and who.user_invited and not who.user_at_work and event.organizer is not None \
            and (talk := talk_with_person(event.summary, False)) and talk[1] and event.organizer.name \
            and fold(event.organizer.name).split()[0] == fold(talk[0]).split()[0]:
        # "Chat with Daniel (Helvexa)" sent by Daniel from his own mail: he names where he is; a job only with more
        add(1.5, f"a talk with {talk[0]} of {talk[1]}, who invites the user from a private address")
    if cues(sig.VIDEO, fold(event.description + " " + event.location + " " + event.url)):
        add(0.3, "video call")
    if who.organizer == "private" and not job_evidence:
        # A private person's invitation that says "interview" and nothing about a job: a book, a flat, a club.
        add(-1.0, PRIVATE_BARE)
    elif who.organizer == "private" and who.user_invited and (founder := cues(sig.FOUNDER, title + " " + body)) \
            and cues(sig.JOB_CONTEXT, title + " " + body):
        # "I'm one of the two founders of Ledgerly … the Head of Operations job": a founder hires from free mail
        add(2.0, f"a founder invites the user about a job: '{founder[0]}'")
    if who.organizer == "company" and who.user_invited and not who.user_at_work and not who.colleagues \
            and CLIENT_NAMED.search(description):
        # "para nuestro cliente Banco Almena": an agency talks to the user about a named employer's job
        add(2.0, "a recruitment agency names its client")
    if found := cues(sig.INTERNAL, title):
        add(-1.5, f"internal meeting cue '{found[0]}'")
    if (found := cues(sig.PERSONAL, title)) and not (found == ["dr."] and (
            _names_step(title, stage, cue) or re.search(r"\bdr\b", formal_user(title, me) or ""))):
        # (a doctor by title, met at a named hiring step: "NGM 2. Gespräch – Vorstand Produktion Dr. Sander", or the
        # user's own: "Berufungsverfahren Assistenzprofessur: Dr. L. Morel")
        add(-2.0, f"personal cue '{found[0]}'")
    return score, reasons


_BUSINESS_WORDS = frozenset({"atelier", "taller"})


def _business_named(cue: str, summary: str) -> bool:
    """Given a folded class cue and the title, returns whether the title writes it as the first word of a business's
    name ("Atelier Brume"): a capitalised workshop word before another capitalised word."""
    words = summary.split()
    return cue in _BUSINESS_WORDS and any(fold(word) == cue and word[:1].isupper() and after[:1].isupper()
                                          for word, after in itertools.pairwise(words))
