"""Participants who are no interviewer: rooms and resources, scheduling coordinators, hiring mailboxes."""

from __future__ import annotations

import re

from afterview.connectors.base import Attendee
from afterview.daemon.eventclass.signals import fold, is_free_mail, is_tool_domain

__all__ = ["COORD_WORDS", "is_coordinator", "is_room"]


_ROOM_MAIL = re.compile(
    r"(?:^|[._-])(?:room|rooms|conf|meetingroom|raum|salle|sala|resource|boardroom)(?:$|[._\d-])"
)
_ROOM_NAME = re.compile(
    r"(?:\broom\b|conference|meeting ?room|boardroom|besprechungsraum|\braum\b|\bsalle\b|\bsala\b"
    r"|\bfloor\b|\betage\b|\bstock\b|\(\d+\)\s*$|\[\d+\]\s*$|\bcapacity\b|\bbldg\b|\bbuilding\b)"
)
_COORD_LOCAL = frozenset({
    "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "notifications", "notification",
    "calendar", "calendar-notification", "interviews", "interview", "scheduling", "schedule", "scheduler",
    "recruiting", "recruitment", "careers", "jobs", "talent", "hr", "people", "peopleops", "people-ops",
    "hiring", "personal", "bewerbung", "bewerbungen", "karriere", "jobs-noreply", "rh", "recrutement",
    "graduates", "graduate", "campus", "earlycareers", "early-careers", "university", "students",
    "rrhh", "seleccion", "empleo", "talentacquisition", "ta", "invites", "events", "coordination",
    "reclutamiento", "talento", "recrutements", "personalabteilung", "rc", "booking", "bookings", "mobility",
    "assessment", "assessments", "office", "sekretariat", "assistenz", "secretariat",
    # Portuguese, Italian and more of the same mailboxes
    "recrutamento", "selecao", "selezione", "carriere", "carreiras", "carreras", "vagas", "emprego", "lavoro",
    "bewerbermanagement", "personalwesen", "personalstelle", "jobs-recrutement", "recrutamentos",
    # selection boards, public competitions and team mailboxes: "auswahl@", "berufungen@", "drh-concours@", "ops@"
    "auswahl", "berufungen", "berufung", "concours", "drh", "oposiciones", "coordinator", "coordinators", "ops",
    "stellen", "interne",
    # a selection service's or a firm's general desk: "selection@", "seleccio@", "personalgewinnung@", "info@"
    "selection", "selections", "seleccio", "seleccions", "stellenbesetzung", "personalgewinnung",
    "talents", "personas", "reservas", "reservations", "convocations", "convocatorias", "info",
})
# Address parts that only a front desk, an assistant's or a coordinator's mailbox carries.
_DESK_PARTS = frozenset({
    "coord", "coordination", "coordinacion", "koordination", "reception", "recepcion", "rezeption", "empfang",
    "accueil", "assistant", "assistante", "assistenz", "asistente", "secretaria", "secretariat", "sekretariat",
})
_HIRING_FIRST = frozenset({
    "recrutement", "recruiting", "recruitment", "karriere", "bewerbung", "bewerbungen", "rrhh", "seleccion",
    "talent", "careers", "jobs", "hiring", "reclutamiento", "recrutamento", "selezione", "concours", "auswahl",
    "berufungen", "oposiciones",
})
COORD_WORDS = re.compile(
    r"coordinat|koordinat|coordinad|scheduling|scheduler|no-?reply|do not reply|via (?:greenhouse|lever|"
    r"ashby|workday|goodtime|modernloop|calendly|gem|workable)|recruiting team|talent team|hiring team"
    r"|recruiting operations|recruiting ops|talent ops|interview team|planification|planificacion"
)


def is_room(person: Attendee) -> bool:
    """Given an attendee, returns whether it is a room, resource or group rather than a person."""
    if person.kind in ("room", "resource", "group"):
        return True
    email = (person.email or "").lower()
    if email.endswith(("resource.calendar.google.com", "group.calendar.google.com")):
        return True
    if email and _ROOM_MAIL.search(email.split("@", 1)[0]):
        return True
    return bool(person.name) and bool(_ROOM_NAME.search(fold(person.name or "")))


def is_coordinator(person: Attendee) -> bool:
    """Given an attendee, returns whether it schedules rather than interviews (coordinator, ATS mailbox)."""
    email = (person.email or "").lower()
    if email:
        local, _, domain = email.partition("@")
        if is_tool_domain(domain) or local in _COORD_LOCAL or local.startswith(("noreply", "no-reply")):
            return True
        # "recruiting-scheduler", "talent.acquisition": a mailbox made only of scheduling words
        # "recrutement.dsi", "personal.pas": a hiring mailbox of a department (an acronym), not a person's initials
        parts = [p for p in re.split(r"[-_.]", local) if p]
        if any(part in _COORD_LOCAL for part in parts) and all(
                part in _COORD_LOCAL or (2 <= len(part) <= 3 and part.isalpha()) for part in parts):
            return True
        # "ines.coord", "recepcion.direccion": a person's or a desk's mailbox that says it arranges
        if any(part in _DESK_PARTS for part in parts):
            return True
        # "recrutement.ingenierie", "karriere-vertrieb": a hiring mailbox first, then the department it hires for
        if len(parts) > 1 and parts[0] in _HIRING_FIRST and all(part.isalpha() for part in parts):
            return True
    name = fold(person.name or "")
    # "Meridian Rail Careers", "Sorrel Bank Assessments": the company's mailbox for a hiring function, not a person
    # "Pebblestone Recruiting" on gmail: a recruiter's own address
    return bool(COORD_WORDS.search(name) or (" " in name and _FUNCTION_TAIL.search(name)
                                              and not is_free_mail(email.rpartition("@")[2])))


_FUNCTION_TAIL = re.compile(r"\s(?:careers|career|recruiting|recruitment|jobs|hr|assessments?|karriere|recrutement"
                            r"|reclutamiento|seleccion|talent(?: acquisition)?|talento|people team|hiring team"
                            r"|selections?|seleccio|personalgewinnung|stellenbesetzung|reservas|bookings|convocations)$"
                            # "Selección Vía Norte", "Talents Crédit Rhodanien", "Stellenbesetzung IT-Referat": the
                            # function first, then whose
                            r"|^(?:seleccion|seleccio|selection|talents|personas|stellenbesetzung|personalgewinnung"
                            r"|recrutement|reclutamiento|rh|rrhh)\s")
