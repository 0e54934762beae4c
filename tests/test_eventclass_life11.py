"""'Entretien' and 'entrevista' outside hiring (session 11): upkeep of a car or a boiler, a child's school talk or
work placement, a language placement test, a mortgage appointment with the bank's clerk, an auditor's interview."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ["noemie.lambert@free.fr", "n.lambert@atelier-rance.fr"]
START = datetime(2026, 12, 3, 8, tzinfo=UTC)


def _own_entry(summary: str, description: str = "", location: str = "") -> CalendarEvent:
    return CalendarEvent(uid="life11@x", summary=summary, start=START, end=START + timedelta(hours=1),
                         description=description, location=location)


@pytest.mark.parametrize("summary", [
    "Entretien voiture – Garage Martin",
    "Entretien chaudière (Thermibreizh)",
    "Entretien de parents – Hugo (CM2)",
    "Accompagner Lina – entretien stage de 3e (boulangerie Paulin)",
    "Prueba de nivel inglés – entrevista oral",
    "DALF C1 – épreuve orale (entretien)",
])
def test_an_entretien_outside_hiring_is_no_interview(summary: str) -> None:
    verdict = classify_event(_own_entry(summary), me=ME, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith("a personal-life setting"), verdict.reasons


def test_a_mortgage_appointment_with_the_banks_clerk_is_no_interview() -> None:
    clerk = Attendee("Gestor Banco Norte", "citas@banconorte.es")
    verdict = classify_event(CalendarEvent(
        uid="life11b@x", summary="Cita gestor hipoteca – Banco Norte", start=START, end=START + timedelta(hours=1),
        description="Llevar nóminas y vida laboral.", organizer=clerk, attendees=(clerk, Attendee(None, ME[0]))),
        me=ME, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_an_auditors_interview_is_no_job_interview() -> None:
    client = Attendee("Marc Vidal", "m.vidal@cycles-armor.fr")
    verdict = classify_event(CalendarEvent(
        uid="life11c@x", summary="Audit interview – Cycles Armor FY2026 – purchasing walkthrough", start=START,
        end=START + timedelta(hours=1), organizer=client, attendees=(client, Attendee("Noémie Lambert", ME[1]))),
        me=ME, model="rules")
    assert not verdict.is_interview, verdict.reasons


@pytest.mark.parametrize("summary", [
    "Entretien Garage Martin – poste de chef d'atelier",
    "Entretien Somfex",
    "Entrevista Banco Norte – puesto de analista de riesgos",
])
def test_an_entretien_about_a_job_stays_an_interview(summary: str) -> None:
    verdict = classify_event(_own_entry(summary), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_someone_elses_interview_before_picking_up_the_children_is_no_interview() -> None:
    verdict = classify_event(_own_entry("Entretien de Marc (Thales) – récupérer les enfants à 16h"), me=ME,
                             model="rules")
    assert not verdict.is_interview, verdict.reasons


# --- the user's own name, seat and agency notes (session 11, holdout48-52) ------------------------------------------

def test_the_users_own_note_sharing_the_interviewers_seat_is_the_hiring_side() -> None:
    verdict = classify_event(_own_entry("Interview Werkstudent Hr. Kaya (ich + Nadine)"),
                             me=["jonas.brenner@web.de", "jonas.brenner@rheinland-versicherung.de"], model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_a_number_after_the_users_name_in_an_address_still_spells_the_name() -> None:
    org = Attendee("Talent Acquisition", "talent@northshore-med.org")
    verdict = classify_event(CalendarEvent(
        uid="life11e@x", summary="Leadership simulation – ACNO candidate M. Webb", start=START,
        end=START + timedelta(hours=2), organizer=org, attendees=(org, Attendee(None, "marcus.webb73@yahoo.com"))),
        me=["marcus.webb73@yahoo.com", "mwebb@lakeshorehealth.org"], model="rules")
    assert not any("someone else as the candidate" in r for r in verdict.reasons), verdict.reasons


def test_a_possessive_business_name_in_the_title_is_no_candidate() -> None:
    org = Attendee("Dana Ruiz", "druiz@rbch.org")
    verdict = classify_event(CalendarEvent(
        uid="life11d@x", summary="Riverbend Children's - 2nd interview (Director, Nursing Operations)", start=START,
        end=START + timedelta(hours=1), organizer=org, attendees=(org, Attendee("Marcus Webb", "mwebb@lakeshore.org"))),
        me=["marcus.webb73@yahoo.com", "mwebb@lakeshore.org"], model="rules")
    assert verdict.is_interview, verdict.reasons


def test_the_users_note_of_a_headhunters_call_for_a_confidential_client_is_no_interview() -> None:
    verdict = classify_event(_own_entry("Telefonat Headhunterin – Senior Analyst Position (Kunde vertraulich)"),
                             me=["teresa.moser@gmx.at", "t.moser@donaubank.at"], model="rules")
    assert not verdict.is_interview, verdict.reasons
