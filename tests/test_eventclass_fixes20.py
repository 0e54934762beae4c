"""The user's own first name in a title is a talk with the user, never a candidate who takes no part; research and
press interviews, first-person seats and forwarded copies in the user's own entries (session 8)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
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


# --- session 8: research and press interviews in the plural and with a publication's "our" ---------------------------

ME8 = ["noa.berg@gmail.com", "noa.berg@kestrel-logistik.de"]


def _invite(summary: str, description: str, organizer: Attendee) -> CalendarEvent:
    return CalendarEvent(uid="s8@x", summary=summary, start=START, end=START + timedelta(minutes=45),
                         description=description, organizer=organizer,
                         attendees=(organizer, Attendee("Noa Berg", ME8[0])))


@pytest.mark.parametrize(("summary", "description", "organizer"), [
    ("Interview utilisateur Lexora – juristes", "Merci de participer à nos entretiens utilisateurs : nous testons un"
     " nouvel outil.", Attendee("Équipe produit", "produit@lexora.fr")),
    ("Interview pour Santé Hebdo (reconversion)", "Bonjour Noa, merci d'accepter l'interview pour notre article sur"
     " les reconversions.", Attendee("Claire Dumas", "c.dumas@santehebdo.fr")),
    ("Interview – Ridgeway Freight", "Thanks for joining our user interviews about the new booking portal.",
     Attendee("Sam Ortiz", "sam@ridgewayfreight.com")),
    ("Entrevista – Diario Norte", "Hola Noa, gracias por la entrevista para nuestro reportaje sobre logística.",
     Attendee("Marta Gil", "mgil@diarionorte.es")),
])
def test_research_and_press_interviews_in_plural_or_our_forms_are_not_the_users_interview(
        summary: str, description: str, organizer: Attendee) -> None:
    verdict = classify_event(_invite(summary, description, organizer), me=ME8, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith("research or press interview"), verdict.reasons


def test_an_agencys_client_meeting_stays_an_interview() -> None:
    verdict = classify_event(_invite(
        "Entretien client – Logistique Rhône (poste de planificateur)", "Bonjour Noa, suite à notre échange, "
        "l'entretien avec notre client pour le poste de planificateur est confirmé.",
        Attendee("Julie Morel", "j.morel@alpes-interim.fr")), me=ME8, model="rules")
    assert verdict.is_interview, verdict.reasons


# --- session 8: the user's own note saying, tersely or stressed, that the user sits on the panel ---------------------

def _note(summary: str, description: str = "", organizer: Attendee | None = None) -> CalendarEvent:
    return CalendarEvent(uid="note8@x", summary=summary, start=START, end=START + timedelta(hours=1),
                         description=description, organizer=organizer)


@pytest.mark.parametrize(("summary", "description"), [
    ("entrevistas alumnos prácticas (yo tribunal)", ""),
    ("Auswahlgespräche Praktikum (ich Jury)", ""),
    ("Entretien stagiaire 10h – Paul D.", "Copie perso : c'est moi qui fais passer l'entretien."),
    ("Entrevista auxiliar – Marcos", "Nota: soy yo quien entrevista, preguntas en la carpeta."),
])
def test_the_users_own_note_with_the_user_on_the_panel_is_the_hiring_side(summary: str, description: str) -> None:
    verdict = classify_event(_note(summary, description, Attendee("Noa Berg", ME8[0])), me=ME8)
    assert not verdict.is_interview, verdict.reasons
    assert "seat" in verdict.reasons[0], verdict.reasons


def test_the_user_facing_a_panel_in_their_own_note_stays_an_interview() -> None:
    verdict = classify_event(_note("Entretien Lexora – jury de 3 personnes", "Préparer les exemples STAR.",
                                   Attendee("Noa Berg", ME8[0])), me=ME8, model="rules")
    assert verdict.is_interview, verdict.reasons


# --- session 8: the user's forwarded copy, at the work address, of an invitation the user received -------------------

WORK8 = Attendee("Berg, Noa", ME8[1])


def test_an_invitation_forwarded_to_the_work_calendar_naming_the_user_stays_an_interview() -> None:
    verdict = classify_event(CalendarEvent(
        uid="fw8@x", summary="FW: Interview - Planner, Ridgeway Freight - Noa Berg", start=START,
        end=START + timedelta(minutes=45), organizer=WORK8,
        description="-----Original Appointment-----\nFrom: Sam Ortiz\nSubject: Interview - Planner\n\nHi Noa, "
                    "looking forward to meeting you. Joining me will be Lee Chan from operations.",
        attendees=(Attendee("Sam Ortiz", "sam.ortiz@ridgewayfreight.com"),
                   Attendee("Lee Chan", "lee.chan@ridgewayfreight.com"))), me=ME8, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_copy_sent_on_from_the_users_private_address_stays_an_interview() -> None:
    verdict = classify_event(CalendarEvent(
        uid="wg8@x", summary="Privat: Termin Hafenwerk", start=START, end=START + timedelta(hours=1),
        organizer=WORK8, description=f"Weitergeleitet von {ME8[0]}\n---\nVorstellungsgespräch Disponent\nmit Herrn "
                                     "Jan Falk, Hafenwerk Logistik GmbH"), me=ME8, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_forwarded_copy_of_the_users_interviewer_duty_stays_the_hiring_side() -> None:
    verdict = classify_event(CalendarEvent(
        uid="fwui8@x", summary="FW: Interview - Planner - Tom Baker", start=START, end=START + timedelta(hours=1),
        organizer=WORK8, description="-----Original Appointment-----\nFrom: HR\nHi Tom, looking forward to "
                                     "meeting you.", attendees=(Attendee("Tom Baker", "tom.baker@gmail.com"),)),
        me=ME8)
    assert not verdict.is_interview, verdict.reasons


# --- session 8: a private address at a national consumer provider is not the employer's ----------------------------

@pytest.mark.parametrize("private", ["noa.berg@comcast.net", "noa.berg@sky.com", "noa.berg@ziggo.nl"])
def test_an_invitation_to_a_private_address_at_a_consumer_provider_is_the_users_interview(private: str) -> None:
    verdict = classify_event(CalendarEvent(
        uid="isp8@x", summary="Interview: Noa Berg - Data Analyst (Freight Insights) - Technical", start=START,
        end=START + timedelta(hours=1), organizer=Attendee("Ridgeway Freight Recruiting", "no-reply@greenhouse.io"),
        description="Hi Noa, this is your technical interview with Ridgeway Freight for the Data Analyst position.",
        attendees=(Attendee("Noa Berg", private), Attendee("Sam Ortiz", "sam.ortiz@ridgewayfreight.com"))),
        me=[private, ME8[1]])
    assert verdict.is_interview, verdict.reasons


# --- session 8: an agency's first talk about "roles with our clients", titled with the user's own name --------------

@pytest.mark.parametrize(("summary", "description"), [
    ("Intro call - Noa Berg / Harbour Data Recruitment", "Hi Noa, a quick chat to understand what you're looking for"
     " so I can put you forward for suitable analyst roles with our clients."),
    ("Intro call: Noa Berg & Gavin (Harbour Talent)", "A general chat about your career goals so I can match you with"
     " planning roles across our clients."),
])
def test_an_agencys_first_talk_about_its_clients_in_general_is_not_an_interview(summary: str,
                                                                                 description: str) -> None:
    recruiter = Attendee("Gavin Doyle", "gavin@harbourtalent.co.uk")
    verdict = classify_event(CalendarEvent(
        uid="ag8@x", summary=summary, start=START, end=START + timedelta(minutes=30), description=description,
        organizer=recruiter, attendees=(recruiter, Attendee("Noa Berg", ME8[0]))), me=ME8)
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith("a recruitment agency's first talk"), verdict.reasons


def test_an_agency_naming_its_one_client_stays_an_interview() -> None:
    recruiter = Attendee("Gavin Doyle", "gavin@harbourtalent.co.uk")
    verdict = classify_event(CalendarEvent(
        uid="ag8b@x", summary="Interview prep call - Noa Berg / Harbour Talent", start=START,
        end=START + timedelta(minutes=30), organizer=recruiter, attendees=(recruiter, Attendee("Noa Berg", ME8[0])),
        description="Hi Noa, ahead of Thursday's interview with our client Keel Shipping for the Planner role."),
        me=ME8, model="rules")
    assert not verdict.reasons[0].startswith("a recruitment agency's first talk"), verdict.reasons


# --- session 8: the user's own note listing what an applicant brings ------------------------------------------------

@pytest.mark.parametrize(("summary", "description"), [
    ("Hafenstraße 12, 2. OG – 10:00", "Arbeitsproben mitnehmen, Ausweis nicht vergessen."),
    ("Keel Shipping final – bring laptop", ""),
    ("12 rue Garibaldi, 3e étage – 14h", "apporter mon portfolio imprimé"),
    ("C/ Mayor 7, 2º – 9:30", "llevar portfolio impreso y el DNI"),
    ("Hafenwerk Gespräch Hr. Lind", "Stelle Disponent. Zeugnisse mitnehmen."),
    ("Gespräch Kelvia (Basel) – Frau Roth", "Analyst, Rheinweg 9. Unterlagen: Zeugnisse, Bewilligung klären."),
])
def test_the_users_own_note_of_what_an_applicant_brings_is_an_interview(summary: str, description: str) -> None:
    verdict = classify_event(_note(summary, description, Attendee("Noa Berg", ME8[0])), me=ME8, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize("summary", ["Coworking day – bring laptop", "Laptop case – bring laptop to the shop"])
def test_a_laptop_without_a_round_is_not_an_interview(summary: str) -> None:
    verdict = classify_event(_note(summary, "", Attendee("Noa Berg", ME8[0])), me=ME8, model="rules")
    assert not verdict.is_interview, verdict.reasons
