"""Fixes from studying holdout58-62 (session 12, after their blind scores): the hiring side's own words to the
candidate, an assessment's role-play, a recruiter's visa question, a count of interviews in the user's note,
application photos, a survey by telephone, a CV review, an agency's confidential or described client, an employer's
own "what you're looking for next", a possessive employer name, a teaching post at a school."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

START = datetime(2026, 12, 14, 9, tzinfo=UTC)
ME = ["nils.berger@gmx.ch", "nils.berger@tiefbau.lu.ch"]
USER = Attendee("Nils Berger", ME[0])


def _event(summary: str, description: str = "", organizer: Attendee | None = None,
           others: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    attendees = (organizer, *others, USER) if organizer is not None else ()
    return CalendarEvent(uid="study12@x", summary=summary, start=START, end=START + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def _rules(event: CalendarEvent) -> tuple[bool, tuple[str, ...], str | None]:
    verdict = classify_event(event, me=ME, model="rules")
    return verdict.is_interview, verdict.reasons, verdict.company


@pytest.mark.parametrize("sentence", [
    "Das Gespräch führen DI Anna Berchtold und ich.", "Das Gespräch führen wir auf Englisch.",
])
def test_the_hiring_side_telling_the_candidate_who_conducts_the_talk(sentence: str) -> None:
    hr = Attendee("Fink Julia", "julia.fink@tirol.gv.at")
    is_interview, reasons, _ = _rules(_event(
        "Auswahlgespräch (1. Runde) – Leitung Abteilung Brückenbau",
        f"Sehr geehrter Herr Berger,\n\nich lade Sie zur ersten Runde des Auswahlverfahrens ein. {sentence}", hr))
    assert is_interview, reasons


def test_an_assessments_role_play_of_an_appraisal_is_no_appraisal() -> None:
    hr = Attendee("Meier Franziska", "franziska.meier@astra.admin.ch")
    is_interview, reasons, _ = _rules(_event(
        "Assessment Gesamtprojektleiter/in (Teil 1 und 2)",
        "Teil 1: Fallstudie und Rollenspiel (Mitarbeitergespräch); Teil 2: Interview mit dem Assessor.", hr))
    assert is_interview, reasons


def test_a_recruiters_question_about_the_visa_is_about_a_job() -> None:
    recruiter = Attendee("Grace Oduya", "grace@harrowlane.co.uk")
    is_interview, reasons, _ = _rules(_event(
        "Harrow Lane Architects – Phone Screen with Grace Oduya",
        "A relaxed 30-minute chat about your experience, your visa situation and your notice period.", recruiter))
    assert is_interview, reasons


@pytest.mark.parametrize("summary", ["entretiens PPH x3 (bureau 2.14)", "Bewerbungsgespräche ×2 – Lager"])
def test_a_count_of_interviews_in_the_users_own_note_is_the_hiring_side(summary: str) -> None:
    is_interview, reasons, _ = _rules(_event(summary))
    assert not is_interview and reasons[0].startswith("interviewer-side cue"), reasons


def test_an_invitation_announcing_three_interviews_to_the_candidate_stays_one() -> None:
    recruiter = Attendee("Tallyroot Talent", "talent@tallyroot.ie")
    is_interview, reasons, _ = _rules(_event(
        "Interview day – Analytics Lead", "You'll have 3 interviews with the team; thank you for applying.",
        recruiter))
    assert is_interview, reasons


@pytest.mark.parametrize(("summary", "first"), [
    ("Fotoshooting Bewerbungsfotos – Studio Licht & Raum", "the user's preparation block"),
    ("CV & LinkedIn review between Jess Holloway and Nils Berger", "mock or practice interview"),
    ("Telefoninterview Erhebung Mobilität und Verkehr", "research or press interview"),
])
def test_work_on_the_application_or_a_survey_is_no_interview(summary: str, first: str) -> None:
    other = Attendee("Jess Holloway", "jess@hollowaycareers.co.uk")
    is_interview, reasons, _ = _rules(_event(summary, "", other))
    assert not is_interview and reasons[0].startswith(first), reasons


@pytest.mark.parametrize(("summary", "description"), [
    ("Kennenlerngespräch – Nils Berger / Weidner Personalberatung (Data Lead, vertraulich)",
     "Vielen Dank für Ihr Interesse."),
    ("Nils Berger and Stefan Weidner",
     "Event Name: 20 Minute Intro Call\n\nI'm working on a Project Director search in Zurich for my client, a global "
     "engineering and infrastructure consultancy. Keen to hear what you're looking for."),
])
def test_an_agencys_first_talk_with_its_client_unnamed_is_no_interview(summary: str, description: str) -> None:
    agent = Attendee("Weidner, Stefan", "s.weidner@weidner-personal.de")
    is_interview, reasons, _ = _rules(_event(summary, description, agent))
    assert not is_interview and reasons[0].startswith("a recruitment agency's first talk"), reasons


def test_an_employers_recruiter_asking_what_the_user_looks_for_next_is_an_interview() -> None:
    recruiter = Attendee("Orla Brennan", "orla.brennan@tallyroot.ie")
    is_interview, reasons, company = _rules(_event(
        "Tallyroot: First interview – Analytics Lead",
        "This is a confirmation of your first interview for the Analytics Lead role at Tallyroot. We'll chat about "
        "your experience, what you're looking for next and how we work (a few of us are in the UK).", recruiter))
    assert is_interview and company == "Tallyroot", (company, reasons)


def test_a_possessive_employer_name_sent_by_an_ats_is_no_candidate() -> None:
    ats = Attendee("Halden's Supermarkets Recruitment", "haldens@myworkday.com")
    is_interview, reasons, company = _rules(_event(
        "Halden's Supermarkets – Telephone Interview – BI Analyst (JR-55821)",
        "Thanks for applying for BI Analyst at Halden's. We'd like to invite you to a telephone interview.", ats,
        location="Telephone"))
    assert is_interview and company == "Halden's Supermarkets", (company, reasons)


def test_a_teaching_post_at_a_school_is_a_job_not_a_childs_school() -> None:
    school = Attendee("Mar Bellver", "mbellver@edm.es")
    is_interview, reasons, _ = _rules(_event(
        "Entrevista profesor/a Revit fines de semana – Nils Berger",
        "Hola Nils, gracias por presentarte a la plaza de profesor/a de Revit de la Escuela de Diseño Mediterránea.",
        school, location="EDM – Gran Vía 49, Valencia"))
    assert is_interview, reasons


def test_a_role_tagged_confidential_by_an_agency_is_no_part_of_the_role() -> None:
    from afterview.daemon.eventclass.role import extract_role
    assert extract_role("Kennenlerngespräch – Weidner Personalberatung (Data Lead, vertraulich)", "") == "Data Lead"


def test_the_hiring_side_proposing_to_hold_an_interview_with_the_user_is_an_invitation() -> None:
    ats = Attendee("Kranich Mobility GmbH", "noreply@kranich.personio.de")
    is_interview, reasons, _ = _rules(_event(
        "Technisches Interview: QA Engineer (m/w/d) - Kranich Mobility GmbH",
        "Hallo Nils, im nächsten Schritt möchten wir mit Dir ein technisches Interview führen (ca. 90 Minuten).",
        ats, (Attendee("Katrin Vogel", "katrin.vogel@kranich-mobility.de"),)))
    assert is_interview, reasons


def test_interview_slots_the_user_holds_for_candidates_are_the_hiring_side() -> None:
    is_interview, reasons, _ = _rules(_event(
        "Créneau entretiens commis", "Créneau fixe pour recevoir les candidats commis (entretien 20 min + essai).",
        location="Brasserie de la Saône"))
    assert not is_interview and reasons[0].startswith("interviewer-side cue"), reasons


@pytest.mark.parametrize("summary", ["Probni intervju sa Jelenom (za Brightwell onsite)"])
def test_a_practice_interview_in_a_family_language_is_a_mock(summary: str) -> None:
    is_interview, reasons, _ = _rules(_event(summary))
    assert not is_interview and reasons[0].startswith("mock or practice interview"), reasons


def test_an_irish_title_and_a_headhunters_talk_are_about_a_job() -> None:
    is_interview, reasons, company = _rules(_event("Agallamh - Wexford Data Works (QA)"))
    assert is_interview and company == "Wexford Data Works", (company, reasons)
    hunter = Attendee("Marc Etcheverry", "m.etcheverry@villa-arguibel.com")
    is_interview, reasons, _ = _rules(_event(
        "Entretien confidentiel – Villa Arguibel (via Vauban Executive Search)",
        "Rencontre avec les propriétaires pour la direction de cuisine.", hunter))
    assert is_interview, reasons


@pytest.mark.parametrize(("summary", "first"), [
    ("Agallamh raidió - Raidió na Life (Dublin Testers)", "research or press interview"),
    ("Entrevista de requisitos – área financiera (proyecto ERP Dynamics 365)", "research or press interview"),
    ("CFO Network Spain – Breakfast roundtable", "class or webinar"),
    ("Tallyfin - offer call", "not about a job"),
])
def test_a_radio_a_project_a_roundtable_or_an_offer_is_no_interview(summary: str, first: str) -> None:
    other = Attendee("Laura Gil", "laura.gil@tallyfin.io")
    is_interview, reasons, _ = _rules(_event(summary, "Your role: QA Engineer.", other))
    assert not is_interview and reasons[0].startswith(first), reasons
