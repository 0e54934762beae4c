"""classify_event: the general weaknesses three new authors' training splits showed (own examples, no corpus text)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ("robin.vale@fastmail.com", "robin@ostrava-grid.eu")
USER = Attendee("Robin Vale", "robin.vale@fastmail.com")


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (USER,), location: str = "") -> CalendarEvent:
    start = datetime(2026, 6, 9, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="u10", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize("summary", [
    "I interview Tomasz (final round) - data PM", "I'm interviewing Ana - backend",
    "Ich führe Bewerbungsgespräch mit Werkstudent", "Ich interviewe Frau Kern", "J'interviewe Paul (stage)",
    "Entrevisto a Lucía - prácticas", "Je reçois une candidate pour le poste d'assistante",
])
def test_the_user_as_the_subject_of_interview_is_the_interviewer(summary: str) -> None:
    assert not classify_event(event(summary, "my questions: conflicts, planning"), me=ME).is_interview


@pytest.mark.parametrize("summary", [
    "I interview with Tomasz at Kelpie Energy", "I'm interviewing at Kelpie Energy (final round)",
])
def test_the_user_interviewing_with_or_at_a_company_is_a_candidate(summary: str) -> None:
    assert classify_event(event(summary, "bring portfolio"), me=ME).is_interview


def test_a_dial_in_line_in_german_is_no_election() -> None:
    founder = Attendee("Mara Lenz", "mara.lenz@t-online.de")
    talk = event("Robin // Speicher-Idee", "Ich gründe gerade Flinkstrom und suche eine CPO. Zweites Gespräch.\n"
                 "Mit Google Meet teilnehmen: https://meet.google.com/abc-defg-hij\nOder wählen Sie: (DE) +49 30 1",
                 founder, (USER, founder))
    assert "wahl" not in " ".join(classify_event(talk, me=ME).reasons)
    assert not classify_event(event("Kommunalwahlen: Wahlhelfer", "Interview der Helfer"), me=ME).is_interview


def test_an_individual_interview_inside_an_assessment_day_is_no_annual_review() -> None:
    org = Attendee("Recrutement Kelpie", "recrutement@kelpie-energie.fr")
    day = event("Journée d'évaluation – Kelpie Énergie", "Mises en situation, entretien individuel et test.",
                org, (USER, org))
    assert "not about a job" not in " ".join(classify_event(day, me=ME).reasons)
    review = event("Entretien individuel annuel", "bilan de l'année", org, (USER, org))
    assert not classify_event(review, me=ME).is_interview


@pytest.mark.parametrize(("summary", "description"), [
    ("Interview Harzer Rundschau – Netze im Wandel", "Telefoninterview, 30 Minuten, für die Märzausgabe."),
    ("Interview Stadtblick (Serie)", "Gespräch für unsere Serie. Wird aufgezeichnet, Freigabe vor Veröffentlichung."),
    ("Interview – Grid Weekly", "20 minutes for our March issue, quotes cleared before publication."),
])
def test_a_publications_words_make_a_press_interview(summary: str, description: str) -> None:
    reporter = Attendee("Lena Kurz", "l.kurz@harzer-medien.de")
    assert not classify_event(event(summary, description, reporter, (USER, reporter)), me=ME).is_interview
