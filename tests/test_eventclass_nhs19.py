"""NHS bodies share a mail domain and the directory names each in brackets after the person (session 19)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.sharedmail import name_unit

ME = ["rhys.jones.md@gmail.com", "rhys.jones@wales.nhs.uk"]
START = datetime(2026, 12, 2, 10, tzinfo=UTC)
_USER = Attendee("Jones, Rhys (Glannau Taf - Trauma & Orthopaedics)", "rhys.jones@wales.nhs.uk")


def _event(organizer: Attendee, *others: Attendee, user: Attendee = _USER, summary: str = "",
           description: str = "") -> CalendarEvent:
    return CalendarEvent(uid="nhs19@x", summary=summary, start=START, end=START + timedelta(minutes=45),
                         organizer=organizer, attendees=(organizer, user, *others), description=description)


def test_the_unit_is_the_bracket_before_the_department() -> None:
    assert name_unit("Evans, Rhodri (Morgannwg Bay - T&O)") == "morgannwg bay"
    assert name_unit("Williams, Gwen (DBUHB Medical Education)", folded=False) == "DBUHB Medical Education"
    assert name_unit("Rhodri Evans") is None


def test_an_interview_at_another_health_board_on_the_shared_domain_is_the_users() -> None:
    board = Attendee("Jenkins, Bethan (Hywel Teifi - Medical Workforce)", "bethan.jenkins@wales.nhs.uk")
    panel = Attendee("Pritchard, Owain (Hywel Teifi - T&O)", "owain.pritchard@wales.nhs.uk")
    verdict = classify_event(_event(
        board, panel, summary="Interview: Dr R Jones - Specialty Doctor T&O (Ref 100-SAS-0931)",
        description="Hi Rhys, confirming your interview for the Specialty Doctor post. The panel will be Mr Owain "
                    "Pritchard (Clinical Director).\n\nBethan\nMedical Workforce, Hywel Teifi University Health Board"),
        me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Hywel Teifi University Health Board"


def test_an_interview_panel_at_the_users_own_board_stays_the_hiring_sides() -> None:
    staffing = Attendee("Thomas, Ceri (Glannau Taf - Surgery HR)", "ceri.thomas@wales.nhs.uk")
    colleague = Attendee("Watkins, Eleri (Glannau Taf - T&O)", "eleri.watkins@wales.nhs.uk")
    verdict = classify_event(_event(
        staffing, colleague, summary="Interview panel - Physician Associate (T&O)",
        description="Please sit on the interview panel for the Physician Associate post. Candidates' CVs attached."),
        me=ME, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_a_body_the_directory_writes_in_capitals_is_named_in_title_case() -> None:
    trust = Attendee("SMITH, Jane (WEST RIDING TEACHING HOSPITALS NHS FOUNDATION TRUST)", "jane.smith1@nhs.net")
    user = Attendee("JONES, Rhys (NHS MERSEY AND DEE ICB)", "rhys.jones@nhs.net")
    verdict = classify_event(_event(trust, user=user,
                                    summary="Interview confirmation - Clinical Fellow in Orthopaedics",
                                    description="Dear Rhys, thank you for your application. Your interview is "
                                                "confirmed."),
                             me=["rhys.jones.md@gmail.com", "rhys.jones@nhs.net"], model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "West Riding Teaching Hospitals NHS Foundation Trust"
