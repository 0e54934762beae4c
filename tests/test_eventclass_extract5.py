"""Role and stage extraction: teams in brackets, postings, short forms, more stage phrasings (own examples)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.company import text_companies
from afterview.daemon.eventclass.role import extract_role
from afterview.daemon.eventclass.stage import find_stage

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")


@pytest.mark.parametrize(("summary", "description", "role"), [
    ("Recruiter call", "Thanks for applying for the Data Engineer (Logistics) position at Kelpie.",
     "Data Engineer (Logistics)"),
    ("Phone screen", "We'll talk through the Staff Engineer, Identity role and your background.",
     "Staff Engineer, Identity"),
    ("Phone screen", "Posting: Site Reliability Engineer (Remote, EU)", "Site Reliability Engineer"),
    ("Interview", "Interview for: Analytics Engineer\nCandidate: Jordan Lee", "Analytics Engineer"),
    ("call w/ Priya re PM role", "", "PM"),
    ("Vorstellungsgespräch", "für die Stelle als Backend-Entwickler (m/w/d).", "Backend-Entwickler"),
])
def test_role(summary: str, description: str, role: str) -> None:
    assert extract_role(summary, description) == role


@pytest.mark.parametrize(("summary", "stage"), [
    ("Fachinterview – Kranwerk", "technical"),
    ("Interview: Systemdesign (Kranwerk)", "technical"),
    ("Étude de cas – Maison Corail", "technical"),
    ("Zweitgespräch mit der Geschäftsführung", "final"),
    ("Final onsite – Acme", "final"),
    ("Entrevista con el responsable del equipo", "hiring_manager"),
    ("Entretien avec la manager – poste Data", "hiring_manager"),
    ("Intro w/ Kofi - Brightside hiring mgr", "hiring_manager"),
    ("Erstes Kennenlernen – Kranwerk", "recruiter_screen"),
    ("Reunión con Recursos Humanos – Olivar", "recruiter_screen"),
    ("Call with Tom (Mintleaf recruiter)", "recruiter_screen"),
    ("Pair-Programming-Session – Kranwerk", "technical"),
])
def test_stage(summary: str, stage: str) -> None:
    assert find_stage(summary, "")[0] == stage


def test_a_recruiter_in_brackets_in_a_description_is_a_job_title() -> None:
    assert find_stage("Interview – Acme", "You'll meet Ana Ruiz (Recruiter) and Tom Hale.")[0] is None


def test_company_after_the_event_word_and_with_an_ampersand() -> None:
    assert text_companies("Karat technical interview for Finch & Vale", "", set())[0] == "Finch & Vale"
    assert text_companies("Interview - Moss & Pike (final)", "", set())[0] == "Moss & Pike"
    assert "Einladung Assessment Center" not in text_companies("Einladung Assessment Center – IT-Architekt", "", set())


def _invite(description: str, organizer: Attendee, *others: Attendee) -> CalendarEvent:
    start = datetime(2026, 5, 6, 10, 0, tzinfo=UTC)
    user = Attendee("Jordan Lee", "jordan.lee@gmail.com")
    return CalendarEvent(uid="arr", summary="Technical Interview – Data Engineer", start=start,
                         end=start + timedelta(hours=1), description=description, organizer=organizer,
                         attendees=(user, organizer, *others))


def test_an_organizer_who_only_arranges_is_no_interviewer() -> None:
    laura = Attendee(None, "laura.finch@holloway.com")
    george = Attendee("George Okoro", "george.okoro@holloway.com")
    signed = _invite("George will run your interview.\n\nLaura Finch\nTalent Acquisition Partner", laura, george)
    assert [i.email for i in classify_event(signed, me=ME).interviewers] == ["george.okoro@holloway.com"]
    both = _invite("George and I would like to interview you.\n\nLaura Finch\nTalent Acquisition Partner", laura,
                   george)
    assert len(classify_event(both, me=ME).interviewers) == 2
    agency = Attendee("Raquel Soto", "raquel@talentosur.es")
    client = Attendee("Fernando Herrera", "f.herrera@holloway.com")
    sent = _invite("Entrevista con Holloway para el puesto de Data Engineer.", agency, client)
    assert [i.email for i in classify_event(sent, me=ME).interviewers] == ["f.herrera@holloway.com"]


@pytest.mark.parametrize(("summary", "company"), [
    ("Acme 2nd rd", "Acme"), ("Zweitgespräch Kranwerk", "Kranwerk"), ("Llamada RRHH Olivar Tech", "Olivar Tech"),
    ("Tech screen - Kelpie Labs", "Kelpie Labs"), ("Interview w/ Dana @ Kelpie Labs", "Kelpie Labs"),
    ("Probetag Kranwerk", "Kranwerk"),
])
def test_company_in_the_users_own_terse_titles(summary: str, company: str) -> None:
    start = datetime(2026, 5, 6, 10, 0, tzinfo=UTC)
    verdict = classify_event(CalendarEvent(uid="t", summary=summary, start=start, end=start + timedelta(hours=1)),
                             me=ME)
    assert verdict.is_interview and verdict.company == company
