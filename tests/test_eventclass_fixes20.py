"""The user's own first name in a title is a talk with the user, never a candidate who takes no part."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ("ethan.walsh@eircom.net", "ewalsh@shannon-mutual.ie")
START = datetime(2026, 11, 24, 10, tzinfo=UTC)


def _event(summary: str) -> CalendarEvent:
    return CalendarEvent(
        uid="fn@x", summary=summary, start=START, end=START + timedelta(minutes=30),
        description="Hola Ethan, como te comenté, me gustaría conocerte para el puesto de analista de datos en "
                    "Tidewell. Hablamos de tu candidatura y de los siguientes pasos.",
        organizer=Attendee("Lucía Gómez", "lucia.gomez@tidewell.ie"),
        attendees=(Attendee("Lucía Gómez", "lucia.gomez@tidewell.ie"), Attendee("Ethan Walsh", ME[1])))


def test_a_talk_titled_with_the_users_first_name_stays_the_users_interview() -> None:
    verdict = classify_event(_event("Entrevista – Charla Ethan"), me=list(ME))
    assert verdict.is_interview, verdict.reasons
    assert not any("takes no part" in r for r in verdict.reasons)


def test_someone_elses_name_in_the_title_is_still_the_candidate() -> None:
    verdict = classify_event(_event("Entrevista – Charla Tomás"), me=list(ME))
    assert any("takes no part" in r for r in verdict.reasons), verdict.reasons
