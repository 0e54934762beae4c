"""classify_event: the general weaknesses the blind holdout4 run showed, one test each (own examples)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.boilerplate import strip_boilerplate
from afterview.daemon.eventclass.company import extract_role
from afterview.daemon.eventclass.signals import is_tool_brand

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")
WORK = Attendee("Jordan Lee", "jordan@northwind-labs.com")


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (USER,)) -> CalendarEvent:
    start = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)
    return CalendarEvent(uid="u4", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=attendees)


def test_users_employer_named_as_hiring_company_is_interviewer_side() -> None:
    booking = event("Northwind Labs – Hiring Screen | Screen between Jordan Lee and Ola Berg",
                    "Invitee: Ola Berg\nWhich role are you applying for?: Analyst",
                    organizer=WORK, attendees=(WORK, Attendee("Ola Berg", "ola.berg@outlook.com")))
    assert not classify_event(booking, me=ME).is_interview
    # The same wording from another company to the private address is the user's own screen.
    own = event("Tallow Analytics – Hiring Screen", "Which role are you applying for?: Analyst",
                organizer=Attendee("Ola Berg", "ola@tallowanalytics.com"), attendees=(USER,))
    assert classify_event(own, me=ME).is_interview


def test_candidate_interview_wording_depends_on_who_is_invited() -> None:
    text = "Candidate interview – Finance Analyst. Please bring proof of your right to work."
    org = Attendee("Brackley Council Recruitment", "recruitment@brackley.gov.uk")
    assert classify_event(event("Candidate interview – Finance Analyst", text, org, (USER,)), me=ME).is_interview
    agency = Attendee("Tim Hale", "tim.hale@hale-search.com")
    sent = event("Candidate interview: Ivo Lund – Finance Analyst", "My candidate Ivo Lund, CV attached.",
                 agency, (WORK, Attendee("Ivo Lund", "ivo.lund@gmail.com")))
    assert not classify_event(sent, me=ME).is_interview


def test_name_words_do_not_make_a_coffee_chat() -> None:
    verdict = classify_event(event(
        "Your interview with Maple Street Coffee is confirmed", "In-person interview for Barista Trainer.",
        Attendee("Mia at Maple Street Coffee", "mia@paradox.ai")), me=ME)
    assert verdict.is_interview and verdict.company == "Maple Street Coffee"
    chat = event("Coffee chat – Ren (Fablefox)", "Informal, not an interview.", Attendee("Ren", "ren@fablefox.io"))
    assert not classify_event(chat, me=ME).is_interview
    catch = event("Catch up re: Head of Data opening", "As the next step in the process, I'd like to meet you.",
                  Attendee("Ana Ruiz", "ana@fablefox.io"))
    assert classify_event(catch, me=ME).is_interview


def test_info_sessions_and_portraits_are_not_interviews() -> None:
    session = event("How we hire: Design at Fablefox – live Q&A",
                    "Open to everyone, learn about our interview process.",
                    Attendee("Fablefox Careers", "careers@fablefox.io"))
    portrait = event("Interview pour Le Petit Quotidien – portrait", "Photographe sur place.",
                     Attendee("Lise Morel", "lise@lepetitquotidien.fr"))
    assert not classify_event(session, me=ME).is_interview
    assert not classify_event(portrait, me=ME).is_interview


def test_prose_after_call_boilerplate_is_kept() -> None:
    text = ("Hi\n\nJoin Zoom Meeting\nhttps://zoom.us/j/1\n\nMeeting ID: 1\n\nAnswer: applying for the Buyer role"
            "\n\nCancel: https://calendly.com/c/1")
    assert strip_boilerplate(text) == "Hi\n\nAnswer: applying for the Buyer role"


def test_agency_client_is_the_company_and_the_consultant_not_an_interviewer() -> None:
    verdict = classify_event(event(
        "Interviewtermin", "Ihr Vorstellungsgespräch bei unserem Mandanten Kessler Optik GmbH als Optiker.\n"
        "Ansprechpartner vor Ort: Dr. Eva Brandt, Filialleitung", Attendee("Udo Sell", "u.sell@sell-personal.de")),
        me=ME)
    assert verdict.is_interview and verdict.company == "Kessler Optik"
    assert [p.name for p in verdict.interviewers] == ["Eva Brandt"]


def test_unknown_ats_from_sent_via_and_tool_mailbox_names() -> None:
    verdict = classify_event(event(
        "Invitation à un entretien – Fromagerie Aubert", "Poste : Acheteur\n\nCet e-mail a été envoyé via Hirezy.",
        Attendee("Fromagerie Aubert", "noreply@hirezy.com")), me=ME)
    assert verdict.company == "Fromagerie Aubert"
    assert is_tool_brand("Karat Scheduling") and not is_tool_brand("Karat Optics")


def test_role_phrasings_and_tails() -> None:
    assert extract_role("Panel", "details of your panel for the Credit Risk Modeller vacancy") == "Credit Risk Modeller"
    assert extract_role("Round 2", "for the position of Site Reliability Engineer is scheduled") == \
        "Site Reliability Engineer"
    assert extract_role("Interview", "für die Position Controller (m/w/d) begrüßen zu dürfen") == "Controller"
    assert extract_role("Interview Confirmation – Req 2026-77 Clinical Data Manager", "") == "Clinical Data Manager"
    assert extract_role("x", "la vacante de Desarrollador Backend Sr quedó agendada") == "Desarrollador Backend Sr"


def test_coordinator_named_only_on_the_attendee_entry_and_last_first_names() -> None:
    verdict = classify_event(event(
        "Onsite – Fablefox", "You'll meet Ana Ruiz (Design Lead).", Attendee("Lee Cho", "lee.cho@fablefox.io"),
        (USER, Attendee("Lee Cho (Talent Coordinator)", "lee.cho@fablefox.io"),
         Attendee("Ruiz, Ana", "ana.ruiz@fablefox.io"))), me=ME)
    assert [(p.email, p.name) for p in verdict.interviewers] == [("ana.ruiz@fablefox.io", "Ana Ruiz")]
