"""classify_event's company: a name the text writes that the domain shortens loosely (words left out inside it, a
plural), and the client a staffing firm named "… Search" or "… Personal" invites the user to meet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ["ilse.marwood@gmail.com"]
USER = Attendee("Ilse Marwood", "ilse.marwood@gmail.com")


def event(summary: str, description: str, organizer: Attendee) -> CalendarEvent:
    start = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
    return CalendarEvent(uid="lf20", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=(organizer, USER))


@pytest.mark.parametrize(("address", "description", "company"), [
    # a word the domain leaves out inside the name ("Catholic"), the last two given by their initials
    ("r.calder@kilbarrowhs.org", "Dear Ilse, your interview is confirmed.\nRuth Calder\nKilbarrow Catholic High School",
     "Kilbarrow Catholic High School"),
    # a plural the domain adds, a company word after it
    ("hannah@kerrawaypets.co.nz", "Kia ora Ilse, see you at Kerraway Pet Hospital for the interview.",
     "Kerraway Pet Hospital"),
])
def test_a_name_the_domain_shortens_loosely_is_the_company(address: str, description: str, company: str) -> None:
    verdict = classify_event(event("Interview – Practice Manager", description, Attendee("Ruth Calder", address)),
                             me=ME)
    assert verdict.is_interview and verdict.company == company


def test_without_such_a_name_the_domain_still_names_the_company() -> None:
    verdict = classify_event(event("Interview – Practice Manager", "We meet at Harbour Point Tower, level 3.",
                                   Attendee("Ruth Calder", "ruth@brindlecap.com")), me=ME)
    assert verdict.is_interview and verdict.company == "Brindlecap"


@pytest.mark.parametrize(("summary", "description", "address", "company"), [
    ("Interview with Corvane Insurance (Head of Claims)",
     "Hi Ilse, great news: Corvane Insurance would like to meet you.\n\nBest,\nTom\nFellbridge Search",
     "tom.hale@fellbridge.co.uk", "Corvane Insurance"),
    ("Vorstellungsgespräch Moorlicht Pharma (via Kesselstaff)",
     "Grüezi Frau Marwood, ich freue mich, Ihnen das Vorstellungsgespräch zu bestätigen.\nKesselstaff Personal",
     "l.baer@kesselstaff.ch", "Moorlicht Pharma"),
])
def test_the_client_of_a_staffing_firm_named_as_one_is_the_company(summary: str, description: str, address: str,
                                                                   company: str) -> None:
    verdict = classify_event(event(summary, description, Attendee("Tom Hale", address)), me=ME)
    assert verdict.is_interview and verdict.company == company

