"""classify_event: what the blind holdout17-19 showed after their one measurement, as own examples (no corpus text):
plural scorecards and kits in the user's own entry, and an ATS title that names the user as the candidate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ["nina.brandt@gmail.com", "nina.brandt@hollmann-moebel.de"]
WORK = Attendee("Nina Brandt", "nina.brandt@hollmann-moebel.de")


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = ()) -> CalendarEvent:
    start = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    return CalendarEvent(uid="u17", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize("description", ["bring scorecards + ask about weekend availability",
                                          "print the interview kits first", "two score cards, one per panel"])
def test_scorecards_in_the_users_own_entry_put_the_user_on_the_hiring_side(description: str) -> None:
    verdict = classify_event(event("interviewing 2 sales associates, back to back", description), me=ME)
    assert not verdict.is_interview


def test_an_ats_title_naming_the_user_as_the_candidate_is_the_users_interview() -> None:
    ats = Attendee("Kelvar Recruiting", "no-reply@greenhouse.io")
    lead = Attendee("Brendan Hayes", "brendan.hayes@kelvar.com")
    verdict = classify_event(event(
        "Interview with candidate Nina Brandt – Presentation",
        "Hi Nina, here are the details of your presentation for the Training Coordinator role at Kelvar. You'll "
        "present to Brendan Hayes (Training Lead).\n\nSent from Greenhouse on behalf of Kelvar Recruiting",
        ats, (WORK, lead)), me=ME)
    assert verdict.is_interview
    assert [p.email for p in verdict.interviewers] == ["brendan.hayes@kelvar.com"]


def test_an_ats_title_naming_someone_else_as_the_candidate_is_still_the_hiring_side() -> None:
    ats = Attendee("Hollmann Recruiting", "no-reply@greenhouse.io")
    verdict = classify_event(event("Interview with candidate Ole Janssen – Presentation",
                                   "Please leave your feedback in Greenhouse.", ats, (WORK,)), me=ME)
    assert not verdict.is_interview
