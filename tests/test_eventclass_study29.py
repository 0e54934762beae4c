"""classify_event after the holdout228-235 study: a colleague's domain greeting the user at the private address as
an applicant; a tool's invitation labelling the user the candidate; stage and presentation words that are no company;
agents who keep the client unnamed (in the user's own note, in French, "the name of the client will be disclosed", a
manpower agency's "principal"); a recruiting desk's papers that mention a visa; an onsite agenda's "(not an
interview!)" lunch; the user's own entry bringing a CV, asking about pay, taking leave for an exam; "intrvw"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.combine import with_model

PRIVATE = "tomas.reinholt.jobs@gmx.net"
WORK = "tomas.reinholt@kvarnholm-verteidigung.de"
ME = [PRIVATE, WORK]
TOMAS = Attendee("Tomas Reinholt", PRIVATE)


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2027, 2, 9, 9, 30, tzinfo=UTC)
    return CalendarEvent(uid="s29", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def test_the_employers_own_hiring_office_greets_the_user_privately_as_an_applicant() -> None:
    verdict = classify_event(event(
        "Auswahlgespräch KV-2027-031 – Reinholt, Tomas",
        "Sehr geehrter Herr Reinholt,\n\nbezugnehmend auf Ihre Bewerbung laden wir Sie zu einem Auswahlgespräch "
        "ein. Bitte bringen Sie Ihren Personalausweis mit.\n\nIm Auftrag\nReferat Personalgewinnung",
        organizer=Attendee("Personalgewinnung", "personalgewinnung@kvarnholm-verteidigung.de"),
        attendees=(TOMAS,)), me=ME, model="rules")
    assert verdict.is_interview
    assert "an internal application at the user's employer, written to the user" in verdict.reasons


def test_a_colleagues_invitation_to_the_private_address_without_an_application_stays_the_employers() -> None:
    verdict = classify_event(event(
        "Auswahlgespräch – Reinholt, Tomas", "Hallo Tomas, kannst du bei den Gesprächen beisitzen?",
        organizer=Attendee("Jana Pohl", "jana.pohl@kvarnholm-verteidigung.de"), attendees=(TOMAS,)),
        me=ME, model="rules")
    assert not verdict.is_interview


def test_a_tools_invitation_that_labels_the_user_the_candidate() -> None:
    verdict = classify_event(event(
        "Final Stage: Technical Presentation and Panel - Lead Systems Engineer - Flight Controls (R27-0042)",
        "Candidate: Tomas Reinholt\nInterview Type: Final Stage (On Site)\n\n09:30 Technical presentation\n"
        "10:15 Panel interview with the Head of Flight Controls\n\nTo view this interview go to Candidate Home.",
        organizer=Attendee("Corvane Careers", "corvane@myworkday.com"), attendees=(TOMAS,),
        location="Corvane UK, Filton site - Main Reception, Bristol"), me=ME, model="rules")
    assert verdict.is_interview
    assert verdict.company == "Corvane"


def test_a_tools_invitation_labelling_someone_else_the_candidate_is_not_the_users() -> None:
    verdict = classify_event(event(
        "Final Stage: Panel - Lead Systems Engineer - Ines Kowalski",
        "Candidate: Ines Kowalski\nInterview Type: Final Stage (On Site)\nPanel: Tomas Reinholt",
        organizer=Attendee("Corvane Careers", "corvane@myworkday.com"),
        attendees=(Attendee("Tomas Reinholt", WORK),)), me=ME, model="rules")
    assert not verdict.is_interview


def test_the_users_note_of_an_agent_who_will_not_say_who_the_client_is() -> None:
    verdict = classify_event(event(
        "call Priya - Helmsley (defence recruiter)",
        "she rang. a defence prime up north, won't say who till I give the right to represent. ask: hybrid?"),
        me=ME, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0] == "the user's note of an agent who keeps the client unnamed: 'won't say who'"


def test_the_model_rescues_no_note_of_an_agent_who_keeps_the_client_unnamed() -> None:
    reasons = ["the user's note of an agent who keeps the client unnamed: 'won't say who'", "score 1.0 (threshold 3.0)"]
    kept, _, _ = with_model(False, reasons, lambda: (0.95, 40, {"s:org=none", "t:call"}))
    rescued, _, _ = with_model(False, reasons[1:], lambda: (0.95, 40, {"s:org=none", "t:call"}))
    assert not kept and rescued


@pytest.mark.parametrize("description", [
    "Bonjour Tomas,\n\nJe vous propose un premier échange. Notre client est un grand groupe de défense. Je ne peux "
    "pas encore vous communiquer son nom à ce stade.\n\nCamille, Cabinet de recrutement Ardent Talents",
    "Good day Tomas!\n\nWe would like to have an initial interview with you for our principal, a major contractor "
    "in the Gulf (the name of the client will be disclosed once you are shortlisted).\n\nArdent Overseas Manpower",
])
def test_an_agencys_first_talk_that_keeps_the_client_unnamed(description: str) -> None:
    verdict = classify_event(event(
        "Initial Interview - Project Engineer (Gulf Contractor) - Ardent", description,
        organizer=Attendee("Ardent Talents", "recrutement@ardent-talents.fr"), attendees=(TOMAS,)),
        me=ME, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("a recruitment agency's first talk, no employer named")


def test_a_recruiting_desks_list_of_papers_with_a_visa_is_no_visa_appointment() -> None:
    verdict = classify_event(event(
        "Trade Test - Halvard Bau (Riyadh) - Site Engineer",
        "Part 1 written test, part 2 interview with the project engineer.\nBring passport copy, visa page, CV.",
        organizer=Attendee("Recruitment Desk", "recruitment@ostwind-manpower.com"), attendees=(TOMAS,)),
        me=ME, model="rules")
    assert verdict.is_interview


def test_a_visa_appointment_is_still_not_a_job() -> None:
    verdict = classify_event(event("Visa appointment", "Bring passport and visa application form.",
                                   organizer=Attendee("VFS Global", "noreply@vfsglobal.com"), attendees=(TOMAS,)),
                             me=ME, model="rules")
    assert not verdict.is_interview


def test_an_onsite_agendas_lunch_that_is_not_an_interview() -> None:
    verdict = classify_event(event(
        "Onsite Interview: Tomas Reinholt - Programme Manager",
        "Here is your onsite schedule:\n10:00 Lena Hoff (Head of Programmes)\n12:30 Lunch with the team "
        "(not an interview!)\n13:15 Ingo Sand (VP People)",
        organizer=Attendee("Halvard Recruiting", "no-reply@us.greenhouse-mail.io"), attendees=(TOMAS,)),
        me=ME, model="rules")
    assert verdict.is_interview


def test_a_reminder_that_a_talk_is_not_an_interview_still_vetoes() -> None:
    verdict = classify_event(event("Kaffee mit Lena", "Not an interview! Just catching up about Halvard."),
                             me=ME, model="rules")
    assert not verdict.is_interview


@pytest.mark.parametrize(("title", "notes"), [
    ("entretien Vignal - M. Roux", "ramener CV papier + diplômes"),
    ("Walk in intrvw Halvard - Al Quoz", "bring: CV x3, certificates"),
    ("Ostrand final Lyon 10h", "Roux + DRH. Parler rémunération -> fourchette 58-62k"),
])
def test_the_users_own_entry_as_an_applicants(title: str, notes: str) -> None:
    verdict = classify_event(event(title, notes), me=ME, model="rules")
    assert any(r.startswith("the user's own entry reads as an applicant's") for r in verdict.reasons)
    assert verdict.is_interview


def test_leave_taken_for_a_public_employers_exam() -> None:
    verdict = classify_event(event("Examen Ville de Lyon - contremaître",
                                   "examen connaissances + test psychométrique. congé pris"), me=ME, model="rules")
    assert verdict.is_interview
    assert "the user takes leave from work for it: 'conge pris'" in verdict.reasons


def test_presentation_is_no_company() -> None:
    verdict = classify_event(event(
        "Final Stage: Technical Presentation and Panel - Lead Engineer",
        "Dear Tomas, we look forward to seeing you.",
        organizer=Attendee("Corvane Careers", "corvane@myworkday.com"), attendees=(TOMAS,),
        location="Corvane UK, Filton site - Main Reception, Bristol"), me=ME, model="rules")
    assert verdict.company == "Corvane"


def test_a_retained_search_that_names_its_client_is_still_an_interview() -> None:
    verdict = classify_event(event(
        "Tomas Reinholt and Mia Borg – Halvard Foods SCM screening call",
        "This is the first screening step for the Supply Chain Manager role at Halvard Foods Japan (retained search). "
        "I'll go through your CV against the client's brief and then submit you to their HR.",
        organizer=Attendee("Mia Borg", "mia.borg@northwind-talent.com"), attendees=(TOMAS,)), me=ME, model="rules")
    assert verdict.is_interview
    assert verdict.company == "Halvard Foods"
