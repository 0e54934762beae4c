"""The user's own note that counts the people interviewed or places the talk at the current job is the hiring side
(two authors' notes, holdout38 and train15, written as own examples)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")


def note(summary: str, organizer: Attendee | None = None, description: str = "") -> CalendarEvent:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="note-9", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=())


@pytest.mark.parametrize("summary", [
    "interviewing 3 x baristas - King St", "Interviewing two new analysts", "interviewing 4 grads (panel w/ Ana)",
    "Northwind - interviewing for team lead (work)", "interviews @ work - new starters",
    "Entrevistas becarios (trabajo)", "Bewerbungsgespräche Azubis (Arbeit)",
])
@pytest.mark.parametrize("organizer", [None, Attendee("Jordan Lee", "jordan.lee@gmail.com")])
def test_a_count_of_people_interviewed_or_the_current_job_in_the_users_note_is_the_hiring_side(
        summary: str, organizer: Attendee | None) -> None:
    verdict = classify_event(note(summary, organizer), me=ME)
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize("summary", [
    "Interviewing at Fablefox - 2 rounds", "interviewing 3 days at Quarrystone (onsite loop)",
    "Interview Fablefox 2nd round",
])
def test_the_users_own_rounds_stay_interviews(summary: str) -> None:
    # the rules' reading: since session 27 the model vetoes "Interviewing at Fablefox - 2 rounds" alone at 0.19
    verdict = classify_event(note(summary), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description"), [
    ("Entrevue stagiaire (Zoé)", "imprimer grille + questions sur Python"), ("entretien Lucas – imprimer grille", ""),
    ("Interview - Sam", "print rubric first"), ("entrevista Lucía (becaria)", "imprimir rúbrica"),
])
def test_the_users_reminder_to_print_the_marking_grid_is_the_hiring_side(summary: str, description: str) -> None:
    verdict = classify_event(note(summary, description=description), me=ME)
    assert not verdict.is_interview, verdict.reasons
