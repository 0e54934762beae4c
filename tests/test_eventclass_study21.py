"""classify_event after the holdout148-155 study: someone's CV sent along to the user puts the user on the hiring side
(not in a booking's notes, which its booker writes), and so does the user's own entry listing "me" on a panel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

PRIVATE = "aoife.lynch@eircom.net"
WORK = "alynch@riverbank-civils.ie"
ME = [PRIVATE, WORK]


def event(summary: str, description: str, organizer: Attendee | None, attendees: tuple[Attendee, ...]) -> CalendarEvent:
    start = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
    return CalendarEvent(uid="s21", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize(("summary", "description", "sender"), [
    # an agency books its candidate in with the user, at the work address
    ("Chinedu Obi - Senior Site Engineer - meet Aoife Lynch",
     "Hi Aoife,\n\nAs discussed, I've booked Chinedu in for Thursday at the compound. Senior Site Engineer, 9 yrs, "
     "CSCS black card. Notice 4 weeks. Full CV attached.\n\nJordan Reece\nFawkes & Reece Recruitment",
     Attendee("Jordan Reece", "jordan.reece@fawkesandreece.co.uk")),
    # an agency's candidate, in Spanish
    ("Entrevista encargado de obra", "Hola Aoife, como hablamos: el jueves a las 10 en la obra de Getafe. Te adjunto "
     "su CV.\n\nPatricia Gil\nSelecta Obras", Attendee("Patricia Gil", "pgil@selecta-obras.es")),
])
def test_a_cv_sent_along_to_the_user_is_the_hiring_sides(summary: str, description: str, sender: Attendee) -> None:
    verdict = classify_event(event(summary, description, sender, (sender, Attendee("Aoife Lynch", WORK))), me=ME)
    assert not verdict.is_interview
    assert any(reason.startswith("the hiring side's work on applications") for reason in verdict.reasons)


def test_the_users_own_cv_in_a_bookings_notes_keeps_the_interview() -> None:
    founder = Attendee("Benjamin Roth", "benjamin@tallowby.io")
    verdict = classify_event(event(
        "Intro call: Head of Revenue (Benjamin Roth and Aoife Lynch)",
        "Event Name: Head of Revenue – first chat\n\nInvitee notes: Hi Benjamin, looking forward – CV attached to "
        "my email. Aoife\n\nNeed to make changes to this event? Cancel: https://calendly.com/cancellations/abc",
        founder, (founder, Attendee("Aoife Lynch", PRIVATE))), me=ME, model="rules")
    assert not any(reason.startswith("the hiring side's work") for reason in verdict.reasons)
    assert verdict.is_interview


def test_the_users_own_entry_listing_me_on_a_panel_is_the_hiring_sides() -> None:
    verdict = classify_event(event(
        "Prefect interviews 5th yrs (day 2)",
        "Prefect interviews - incoming 6th years (lunchtime). 4 per day. Panel: me + Mr Dineen (5th yr head). Score "
        "on the rubric.", None, ()), me=ME)
    assert not verdict.is_interview and "the user is listed among the interviewers" in verdict.reasons


def test_an_employers_panel_line_with_me_is_its_writer_not_the_user() -> None:
    board = Attendee("Eileen Barrett", "bom.secretary@stfinbarrs.ie")
    verdict = classify_event(event(
        "Interview – Deputy Principal", "Dear Ms Lynch, the interview board will meet you at 4pm.\nPanel: me "
        "(chairperson), the principal and one external assessor.", board, (board, Attendee("Aoife Lynch", PRIVATE))),
        me=ME, model="rules")
    assert "the user is listed among the interviewers" not in verdict.reasons


@pytest.mark.parametrize(("summary", "address", "company"), [
    # a domain that adds a few letters to the name the title writes
    ("Border Star - Bonded Warehouse Manager - intro call", "lmartinez@borderstarwh.com", "Border Star"),
    ("Vireo – final round (Head of Growth)", "pau@vireopet.com", "Vireo"),
])
def test_a_name_the_domain_adds_letters_to(summary: str, address: str, company: str) -> None:
    sender = Attendee("Emma Doyle", address)
    verdict = classify_event(event(summary, "Looking forward to our call.", sender,
                                   (sender, Attendee("Aoife Lynch", PRIVATE))), me=ME, model="rules")
    assert verdict.is_interview and verdict.company == company


def test_a_short_name_is_no_loose_fit_for_a_longer_domain() -> None:
    sender = Attendee("Tom Reyes", "tom@acmexyz.com")
    verdict = classify_event(event("Interview – Acme", "Looking forward to our call.", sender,
                                   (sender, Attendee("Aoife Lynch", PRIVATE))), me=ME, model="rules")
    assert verdict.company != "Acme"


def test_a_swiss_ats_sends_for_the_hotel_it_names() -> None:
    sender = Attendee("Baur au Lac Recruiting", "noreply@refline.ch")
    verdict = classify_event(event("Einladung zum Vorstellungsgespräch – Baur au Lac", "Guten Tag, wir freuen uns.",
                                   sender, (sender, Attendee("Aoife Lynch", PRIVATE))), me=ME, model="rules")
    assert verdict.is_interview and verdict.company == "Baur au Lac"


def test_a_body_named_of_a_place_in_the_title_is_no_candidate() -> None:
    tool = Attendee("Recruitment Team", "noreply@civilservicejobs.service.gov.uk")
    verdict = classify_event(event("Royal Borough of Greenwich - Interview - Head of Highways",
                                   "Dear Aoife, thank you for your application. Your interview is confirmed.", tool,
                                   (tool, Attendee("Aoife Lynch", PRIVATE))), me=ME, model="rules")
    assert not any("takes no part: 'Royal Borough'" in reason for reason in verdict.reasons)
    assert verdict.is_interview
