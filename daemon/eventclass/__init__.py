"""Recognise the user's own job interviews in calendar events, and what they are about.

`classify_event` is pure: it reads only the event and the user's addresses.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass.boilerplate import scheduler_event_name, strip_boilerplate
from afterview.daemon.eventclass.combine import with_model
from afterview.daemon.eventclass.company import (
    clean_company,
    company_domains,
    domain_names_in_text,
    extract_company,
    extract_role,
    label_display,
    registrable_label,
)
from afterview.daemon.eventclass.companyname import NOT_COMPANY
from afterview.daemon.eventclass.companytitle import without_post
from afterview.daemon.eventclass.context import (
    hand_typed,
    notes_lead_company,
    notes_people,
    person_at_org,
    person_paren_org,
    title_people,
)
from afterview.daemon.eventclass.displayname import first_of_pair
from afterview.daemon.eventclass.domainmatch import name_fits_label
from afterview.daemon.eventclass.employerkin import with_employer_kin
from afterview.daemon.eventclass.features import event_features
from afterview.daemon.eventclass.fullname import fullest
from afterview.daemon.eventclass.labelspan import fit_label
from afterview.daemon.eventclass.model import EventModel, default_model
from afterview.daemon.eventclass.people import (
    Me,
    drop_arrangers,
    drop_bystanders,
    interviewers,
    is_room,
    me_from,
    me_in_event,
    plausible_name,
)
from afterview.daemon.eventclass.role import ROLE_NOUN
from afterview.daemon.eventclass.score import Decision, decide, paired_talk
from afterview.daemon.eventclass.side import named_in_event
from afterview.daemon.eventclass.signals import INTERVIEW, cues, fold
from afterview.daemon.eventclass.stage import find_stage
from afterview.daemon.eventclass.usernames import spelled_by_address
from afterview.daemon.verdicts import EventVerdict, Interviewer

__all__ = ["classify_event", "model_keys"]

RULES_ONLY = "rules"


def _company_off_role(role: str, company: str, domains: Sequence[str]) -> tuple[str, str]:
    """Given a role, the company and the company's domains, returns both with the company's name taken off the
    front of the role ("Pinion Freight Data Engineer" at pinionfreight.co.uk: "Data Engineer" at "Pinion Freight")."""
    words = role.split()
    labels = [registrable_label(d) for d in domains]
    for size in range(1, len(words)):
        head, rest = " ".join(words[:size]), " ".join(words[size:])
        if (fold(head) == fold(company) or any(name_fits_label(head, label) for label in labels)) \
                and ROLE_NOUN.search(fold(rest)):
            return rest, head if fold(company).startswith(fold(head)) else company
    return role, company


def _rules(event: CalendarEvent, me: Sequence[str], track_coffee_chats: bool) -> tuple[
        CalendarEvent, Me, str, str | None, list[str], Decision]:
    """Given an event, the user's addresses and the coffee-chat policy, returns (the event as the rules read it, the
    user, the description without call boilerplate, the role, the other company's domains, the rules' decision)."""
    who = named_in_event(with_employer_kin(me_in_event(me_from(me), event), event), event)
    description = strip_boilerplate(event.description)
    booked = scheduler_event_name(description)
    if booked and fold(booked) not in fold(event.summary):
        # Calendly-style bookings title the event with the two names; the event name says what it is.
        event = dataclasses.replace(event, summary=f"{booked} | {event.summary}")
    role = extract_role(event.summary, description)
    domains = company_domains(event, who)
    names = domain_names_in_text(event, description, domains)
    decision = decide(event, who, description, role, bool(domains), track_coffee_chats, names)
    return event, who, description, role, domains, decision


def _keys(event: CalendarEvent, who: Me, description: str, has_company: bool, decision: Decision) -> set[str]:
    if decision.parties is None or decision.side is None:
        return set()
    return event_features(event, who, description, has_company, decision.parties, decision.side)


def model_keys(event: CalendarEvent, *, me: Sequence[str]) -> set[str]:
    """Given an event and the user's addresses, returns the learned model's feature keys for it (training)."""
    if event.owned_key:
        return set()
    event, who, description, _, domains, decision = _rules(event, me, False)
    return _keys(event, who, description, bool(domains), decision)


def _with_model(decision: Decision, model: EventModel, event: CalendarEvent, who: Me, description: str,
                has_company: bool) -> Decision:
    """Given the rules' decision and the model, returns the decision the combination makes (combine.py)."""
    def ask() -> tuple[float, int, set[str]]:
        keys = _keys(event, who, description, has_company, decision)
        p, known = model.predict(keys)
        return p, known, keys

    is_interview, confidence, said = with_model(decision.is_interview, decision.reasons, ask)
    if not said:
        return decision
    reasons = [*decision.reasons, *said]
    if is_interview == decision.is_interview or confidence is None:
        return Decision(decision.is_interview, decision.confidence, reasons, decision.internal_move)
    return Decision(is_interview, confidence, reasons)


def _ends_in_role(name: str) -> bool:
    """Given a name in brackets after a person, returns whether its last word is a job's ("CS Team Lead")."""
    words = fold(name).split()
    return bool(words) and re.fullmatch(rf"(?:{ROLE_NOUN.pattern})", words[-1], re.IGNORECASE) is not None


# A post's abbreviated head word: "(Dir. FP&A)", "(VP Finance)", "(Sr. Mgr Treasury)" is the person's job
_POST_LEAD = re.compile(r"(?i)^(?:dir|vp|svp|evp|avp|sr|mgr|head|jefe|jefa|gerente|directeur|directrice|director"
                        r"|directora|leiter|leiterin)(?:\.|\s|$)")


def _an_organisation(name: str) -> bool:
    """Given what the user's own title writes next to a person, returns whether it can be their organisation (not
    "Gespräch", what the talk is, nor "Chair" or "Dir. FP&A", their post)."""
    return not NOT_COMPANY.match(name) and not _ends_in_role(name) and not _POST_LEAD.match(name.strip())


def _takes_part(name: str, event: CalendarEvent, alone: bool, title: str) -> bool:
    """Given a name written in a title, the event, whether it is the user's own entry and its title read as a talk,
    returns whether the name is someone taking part (a participant's first or full name), or any plausible name the
    user's own entry meets."""
    folded = fold(name)
    if alone:  # "Kaffee mit Uwe (Cobotik)": a person the user meets, not "Aulaverde (CEO)" nor "Acme (Gothenburg)"
        return plausible_name(name) and re.search(rf"(?i:\b(?:with|w/|mit|avec|con))\s+{re.escape(name)}\s*\(",
                                                  title) is not None
    return any(p is not None and p.name and (fold(p.name).startswith(folded) or folded in fold(p.name).split())
               for p in (event.organizer, *event.attendees))


def classify_event(
    event: CalendarEvent, *, me: Sequence[str], track_coffee_chats: bool = False,
    model: EventModel | str | None = None,
) -> EventVerdict:
    """Given an event and the user's addresses, returns whether it is the user's own job interview.

    `confidence` is how sure the verdict is (either way). Company, role, stage and interviewers
    are filled in for interviews only. `model`: None uses the shipped model (rules only if it cannot
    be loaded), "rules" uses none, or an EventModel (the training script's cross-validation).
    Never raises on odd input.
    """
    if event.owned_key:
        return EventVerdict(uid=event.uid, is_interview=False, confidence=1.0,
                            reasons=("afterview's own tickler",))
    event, who, description, role, domains, decision = _rules(event, me, track_coffee_chats)
    chosen = default_model() if model is None else None if model == RULES_ONLY else model
    if isinstance(chosen, EventModel):
        decision = _with_model(decision, chosen, event, who, description, bool(domains))
    reasons = list(decision.reasons)
    if event.cancelled:
        reasons.append("cancelled")
    if not decision.is_interview:
        return EventVerdict(uid=event.uid, is_interview=False, confidence=decision.confidence,
                            reasons=tuple(reasons))
    people = interviewers(event, who, description)
    excluded = {fold(p.name) for p in people if p.name} | set(who.full_names) | set(who.first_names)
    excluded |= {fold(a.name) for a in event.attendees if a.name}
    # "Priya / Álvaro – Rayo": a participant's first name in the title is a person, not the company (when the
    # address spells it too: not "Fennimore Scheduling" <scheduling@fennimore.ai>)
    excluded |= {first for p in (event.organizer, *event.attendees) if p is not None and p.name and p.email
                 and " " in p.name.strip() and plausible_name(p.name)
                 and len(first := fold(p.name).split()[0]) >= 3 and first in fold(p.email.partition("@")[0])}
    excluded |= spelled_by_address(who, (event.summary, description))
    company, company_reason = extract_company(event, who, description, excluded, domains)
    alone = hand_typed(event, who)
    # "Daniel <> Anaïs (Fourvière)" in the user's own entry is a talk with Anaïs, like "Chat with Anaïs (Fourvière)"
    title = (paired_talk(event.summary, who) if alone else None) or event.summary
    if not domains and (org := person_paren_org(title, lambda name: _takes_part(name, event, alone, title))) \
            and (cleaned := clean_company(org)) and fold(cleaned) not in excluded and _an_organisation(cleaned):
        # "Un café y seguimos – Núria (Galenia)": whom the user meets and, in brackets, where (not "Daniel Kim
        # (CS Team Lead)": the job in brackets)
        company, company_reason = cleaned, "company in brackets after the person the user meets"
    if alone:
        # The user's own entry: "Chat with Ines (Brightloom)" names who and where; nobody else is invited.
        named, org = title_people(title, who)
        if not org and (met := person_at_org(event.summary, False)) and _an_organisation(met[1]):
            # "Ruth Achterberg – Warmtenet Zuid": whom the user meets, and where
            org = met[1]
            named = named or (Interviewer(name=met[0]),)
        if org and _an_organisation(org) and (cleaned := clean_company(org)) and fold(cleaned) not in excluded:
            company, company_reason = cleaned, "company named next to the person in the user's own entry"
        noted, noted_org = notes_people(description, named, who)
        if not company and noted_org and not cues(INTERVIEW, fold(noted_org)) \
                and (cleaned := clean_company(noted_org)):
            company, company_reason = cleaned, "company written next to a person in the user's own notes"
        if not company and (lead := notes_lead_company(description, who)) and (cleaned := clean_company(lead)):
            company, company_reason = cleaned, "company opening the user's own notes"
        if not people:
            people = noted
    if decision.internal_move and who.employer_domains:
        company = label_display(registrable_label(sorted(who.employer_domains)[0]))
        company_reason = "company: the user's employer (internal application)"
    labels = [registrable_label(d) for d in (sorted(who.employer_domains) if decision.internal_move else domains)]
    if labels:
        # (not a room's: "FN Geb. 4 Besprechungsraum Säntis" is where, not who)
        names = [p.name for p in (event.organizer, *event.attendees) if p is not None and p.name and not is_room(p)]
        fuller = fullest(company, [event.summary, description, event.location or "", *names], labels,
                         event.location or "", excluded)
        # (not a talk's word the label's letters happen to fit: "Fachgespräch" for fgs.de)
        company = company if fuller and " " not in fuller and NOT_COMPANY.match(fuller) else fuller
        company = first_of_pair(fit_label(company, labels, event.location or ""), domains) if company else None
    company = without_post(company) if company else None  # ("Wrenfield College Dean of Admission")
    hiring = next((registrable_label(d) for d in domains if company and name_fits_label(company, registrable_label(d))),
                  None)
    people = drop_bystanders(drop_arrangers(people, event, description, hiring), event)
    if role and company:
        role, company = _company_off_role(role, company, domains)
        if fold(role) == fold(company):
            role = None  # "Ingeniería Bética Solar" read as a job by its trade word: the employer, not the role
    stage, stage_cue = find_stage(event.summary, description, role)
    reasons.append(company_reason)
    if stage_cue:
        reasons.append(f"stage from '{stage_cue}'")
    return EventVerdict(
        uid=event.uid, is_interview=True, confidence=decision.confidence, company=company, role=role,
        stage=None if "coffee chat tracked" in reasons[0] else stage, interviewers=people,
        reasons=tuple(reasons),
    )
