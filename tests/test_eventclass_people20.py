"""classify_event's interviewers: a guest invited as optional (an observer, a coordinator kept informed) is no
interviewer when someone else is required; when everyone is optional, they stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ["ilse.marwood@gmail.com"]
USER = Attendee("Ilse Marwood", "ilse.marwood@gmail.com", role="REQ-PARTICIPANT")
RECRUITER = Attendee("Pia Lund", "pia.lund@hollowell.com")


def interview(*guests: Attendee) -> CalendarEvent:
    start = datetime(2026, 12, 9, 14, 0, tzinfo=UTC)
    return CalendarEvent(uid="p20", summary="Interview – Senior Buyer – Hollowell", start=start,
                         end=start + timedelta(hours=1),
                         description="Your second interview for the Senior Buyer role.\n\nPia Lund\nTalent Acquisition",
                         organizer=RECRUITER, attendees=(USER, *guests))


def test_an_optional_guest_beside_a_required_one_is_no_interviewer() -> None:
    manager = Attendee("Tobias Renner", "tobias.renner@hollowell.com", role="REQ-PARTICIPANT")
    observer = Attendee("Sana Patel", "sana.patel@hollowell.com", role="OPT-PARTICIPANT")
    verdict = classify_event(interview(manager, observer), me=ME)
    assert verdict.is_interview
    assert [i.email for i in verdict.interviewers] == ["tobias.renner@hollowell.com"]


def test_optional_guests_alone_stay_the_interviewers() -> None:
    first = Attendee("Tobias Renner", "tobias.renner@hollowell.com", role="OPT-PARTICIPANT")
    second = Attendee("Sana Patel", "sana.patel@hollowell.com", role="OPT-PARTICIPANT")
    verdict = classify_event(interview(first, second), me=ME)
    assert verdict.is_interview
    assert {i.email for i in verdict.interviewers} == {"tobias.renner@hollowell.com", "sana.patel@hollowell.com"}


def test_a_name_only_the_description_gives_without_a_title_is_no_interviewer_beside_guests() -> None:
    manager = Attendee("Tobias Renner", "tobias.renner@hollowell.com", role="REQ-PARTICIPANT")
    start = datetime(2026, 12, 9, 14, 0, tzinfo=UTC)
    visit = CalendarEvent(uid="p20b", summary="Interview – Senior Buyer – Hollowell", start=start,
                          end=start + timedelta(hours=1), organizer=manager, attendees=(USER, manager),
                          description="You will meet Tobias Renner and Dr Ines Roth, Head of Quality. At reception "
                                      "please ask for Jonas Keller, who will bring you up.")
    verdict = classify_event(visit, me=ME)
    assert verdict.is_interview
    listed = {i.email or i.name for i in verdict.interviewers}
    assert "Jonas Keller" not in listed and "tobias.renner@hollowell.com" in listed
    assert "Ines Roth" in {i.name for i in verdict.interviewers}


def test_a_guest_copied_for_information_is_no_interviewer() -> None:
    manager = Attendee("Tobias Renner", "tobias.renner@hollowell.com", role="REQ-PARTICIPANT")
    copied = Attendee("Sana Patel", "sana.patel@hollowell.com", role="NON-PARTICIPANT")
    verdict = classify_event(interview(manager, copied), me=ME)
    assert verdict.is_interview
    assert [i.email for i in verdict.interviewers] == ["tobias.renner@hollowell.com"]
