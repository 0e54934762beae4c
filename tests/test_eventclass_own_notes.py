"""The user's own calendar notes about interviewing someone else are not the user's interviews (own examples)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")
SELF = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def note(summary: str, description: str = "") -> CalendarEvent:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="note-1", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=SELF, attendees=())


@pytest.mark.parametrize("summary, description", [
    ("Block: interviewing applicants for the data team", ""),
    ("NW loop (hold)", "I'll be joining as an interviewer, notes in the work calendar"),
    ("Panel Backend", "I sit on this one as lead interviewer"),
    ("Gespräch", "Ich führe das Interview mit einer Bewerberin für das Backend-Team"),
    ("Jury", "je fais passer un entretien à 10h pour l'équipe data"),
    ("Panel", "entrevistar a una candidata para el equipo de datos"),
])
def test_first_person_interviewer_notes_are_not_interviews(summary: str, description: str) -> None:
    verdict = classify_event(note(summary, description), me=ME)
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize("summary, description", [
    ("Interview at Fablefox", "Dana joins as interviewer; bring the portfolio"),
    ("Interviewing at Fablefox - Backend Engineer", "second round"),
])
def test_own_interview_notes_naming_other_interviewers_stay_interviews(summary: str, description: str) -> None:
    # the rules' reading: since session 21 the model vetoes this shape below 0.4 (combine.py)
    verdict = classify_event(note(summary, description), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


ACME = Attendee("Dana Smith", "dana.smith@fablefox.io")


def invite(summary: str, description: str = "") -> CalendarEvent:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="invite-1", summary=summary, start=start, end=start + timedelta(hours=8),
                         description=description, organizer=ACME, attendees=(SELF, ACME))


@pytest.mark.parametrize("summary", [
    "Probearbeitstag bei Fablefox", "Fablefox paid work trial - day 1", "Trial day at Fablefox (Backend Engineer)",
    "Journée d'immersion chez Fablefox", "Día de prueba en Fablefox",
])
def test_trial_days_are_a_hiring_stage(summary: str) -> None:
    verdict = classify_event(invite(summary), me=ME)
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize("summary, description", [
    ("Prep: Fablefox onsite", "re-read system design notes"),
    ("Vorbereitung: Interview Fablefox", ""),
    ("Llamada de referencia sobre Marta Gil", "Marta Gil te ha indicado como referencia para el puesto"),
    ("Appel de références pour Paul Martin", ""),
])
def test_own_prep_blocks_and_reference_calls_are_not_interviews(summary: str, description: str) -> None:
    verdict = classify_event(invite(summary, description), me=ME)
    assert not verdict.is_interview, verdict.reasons
