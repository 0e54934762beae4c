"""Interviewers without the sender who only arranges the day (session 8; own examples, invented names)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com", role="REQ-PARTICIPANT")
ROOM = Attendee("Room Kestrel (6)", "room.kestrel@tarnwell.io", kind="room", role="NON-PARTICIPANT")
PANEL = (Attendee("Wen Hollis", "wen.hollis@tarnwell.io", role="REQ-PARTICIPANT"),
         Attendee("Tariq Osman", "tariq.osman@tarnwell.io", role="REQ-PARTICIPANT"),
         Attendee("Ilse Varga", "ilse.varga@tarnwell.io", role="REQ-PARTICIPANT"))
SENDER = Attendee("Moss, Greta", "greta.moss@tarnwell.io")


def _emails(summary: str, description: str, *, organizer_attends: bool = False) -> list[str]:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    attendees = (USER, *((SENDER,) if organizer_attends else ()), *PANEL, ROOM)
    event = CalendarEvent(uid="p8", summary=summary, start=start, end=start + timedelta(hours=4),
                          description=description, organizer=SENDER, attendees=attendees)
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    return sorted(i.email or "" for i in verdict.interviewers)


PANEL_EMAILS = sorted(p.email or "" for p in PANEL)


@pytest.mark.parametrize(("description", "organizer_attends"), [
    # the sender only opens the day
    ("Your onsite interview with Tarnwell for the Product Analyst role.\n\n09:30 Welcome with Greta Moss (People)\n"
     "09:45 Case study: Wen Hollis\n10:45 SQL deep dive: Tariq Osman\n11:30 Values: Ilse Varga, VP Product", False),
    # ... in Spanish, as a sentence after the time
    ("Programa de la jornada:\n09:30 Bienvenida con Greta Moss\n10:00 Caso práctico con Wen Hollis\n"
     "11:15 Entrevista con Tariq Osman\n12:15 Entrevista con Ilse Varga", False),
    # the sender is on no slot: the one the user asks for at the desk (invited too, or not)
    ("Welcome to Tarnwell, Jordan! Your onsite afternoon:\n14:00 Wen Hollis, Head of Analytics\n"
     "14:45 Tariq Osman, Data Lead\n15:30 Ilse Varga, VP Product\n\nAsk for Greta at the front desk.", False),
    ("Agenda\n10:00 Wen Hollis – system design\n11:00 Tariq Osman – SQL depth\n12:00 Ilse Varga – values\n"
     "Tarnwell, Harbour Street 4. Please bring an ID.", True),
])
def test_the_sender_of_a_programme_who_only_welcomes_is_no_interviewer(description: str,
                                                                       organizer_attends: bool) -> None:
    assert _emails("Onsite interviews – Product Analyst (Tarnwell)", description,
                   organizer_attends=organizer_attends) == PANEL_EMAILS


@pytest.mark.parametrize(("description", "organizer_attends"), [
    # the sender interviews in a slot of their own
    ("Programme:\n09:30 Case study with Wen Hollis\n10:45 Interview with Tariq Osman and Ilse Varga\n"
     "11:45 HR conversation with Greta Moss", False),
    # an attendee who opens the day is on the panel (the tool's invite lists them to take part)
    ("Schedule\n09:00 Welcome & team intro – Greta Moss (Head of Product)\n10:00 Case – Wen Hollis\n"
     "11:00 SQL – Tariq Osman\n12:00 Values – Ilse Varga", True),
])
def test_a_sender_with_an_interview_slot_or_invited_stays(description: str, organizer_attends: bool) -> None:
    assert _emails("Onsite interviews – Product Analyst (Tarnwell)", description,
                   organizer_attends=organizer_attends) == sorted([*PANEL_EMAILS, SENDER.email or ""])


def _invite(organizer: Attendee, guest: Attendee, description: str,
            summary: str = "Screening call for Tarnwell – Product Analyst") -> list[str]:
    start = datetime(2026, 6, 3, 11, 0, tzinfo=UTC)
    event = CalendarEvent(uid="p8a", summary=summary, start=start,
                          end=start + timedelta(minutes=45), description=description, organizer=organizer,
                          attendees=(USER, guest, organizer))
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    return sorted(i.email or "" for i in verdict.interviewers)


GUEST = Attendee("Wen Hollis", "wen.hollis@tarnwell.io", role="REQ-PARTICIPANT")


@pytest.mark.parametrize(("summary", "guest", "description"), [
    ("Screening call for Tarnwell – Product Analyst", GUEST,
     "Hi Jordan, before I put you forward to Tarnwell formally, their hiring lead Wen Hollis would like a quick call "
     "with you. I'll join to introduce.\nMira Quist, Quist Talent Partners"),
    # the employer's name is not its domain's: the other firm is still not the employer's
    ("Interview bei Stadtwerke Nordheim – vermittelt durch Quist", Attendee("Wen Hollis", "w.hollis@swnh.de"),
     "Liebe Frau Lee, Wen Hollis, Geschäftsführer der Stadtwerke Nordheim, erwartet Sie vor Ort."),
])
def test_a_consultant_from_another_firm_who_brings_the_user_to_the_employer_is_no_interviewer(
        summary: str, guest: Attendee, description: str) -> None:
    consultant = Attendee("Mira Quist", "mira@quist-talent.com", role="REQ-PARTICIPANT")
    assert _invite(consultant, guest, description, summary) == [guest.email]


def test_colleagues_on_the_employers_domains_both_interview() -> None:
    colleague = Attendee("Greta Moss", "greta.moss@tarnwell-labs.com", role="REQ-PARTICIPANT")
    assert _invite(colleague, GUEST, "Greta and Wen will walk you through the case.") == sorted(
        ["greta.moss@tarnwell-labs.com", "wen.hollis@tarnwell.io"])


@pytest.mark.parametrize(("description", "phantom"), [
    # honorifics with no name after them are nobody
    ("Teilnehmen werden Herr Dr. Vargas (Leiter Analytik) und Frau Hollis (Teamleiterin).", "herr dr"),
    # a closing is nobody
    ("Ihr Gesprächspartner ist Herr Tariq Osman (Technischer Leiter).\nViel Erfolg!\nGreta", "viel erfolg"),
    # the room the event books is no person the user meets
    ("Your onsite interview schedule:\n09:30 Wen Hollis – Analytics Manager\n10:30 Tariq Osman – Data Lead\n"
     "Ask for Room Kestrel at reception.", "room kestrel"),
])
def test_words_that_name_nobody_are_no_interviewer(description: str, phantom: str) -> None:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    event = CalendarEvent(uid="p8n", summary="Fachgespräch / onsite interview – Tarnwell", start=start,
                          end=start + timedelta(hours=2), description=description, organizer=SENDER,
                          attendees=(USER, SENDER, *PANEL[:2], ROOM))
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    names = {(i.name or "").lower() for i in verdict.interviewers}
    assert phantom not in names and names


def test_a_coordinator_the_schedule_names_by_full_name_stays_out() -> None:
    start = datetime(2026, 6, 3, 14, 0, tzinfo=UTC)
    coordinator = Attendee("Greta Moss (Recruiting Coordinator)", "greta.moss@tarnwell.io", role="NON-PARTICIPANT")
    event = CalendarEvent(
        uid="p8c", summary="Interview with Jordan Lee for Product Analyst", start=start,
        end=start + timedelta(hours=1), organizer=Attendee("Lever", "no-reply@hire.lever.co"),
        description="Tarnwell — Product Analyst\nSchedule:\n2:00 pm Wen Hollis, Analytics Manager\n"
                    "2:45 pm Tariq Osman, Data Lead\nGreta Moss is your point of contact for logistics.",
        attendees=(USER, *PANEL[:2], coordinator))
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    assert sorted(i.email or (i.name or "") for i in verdict.interviewers) == ["tariq.osman@tarnwell.io",
                                                                              "wen.hollis@tarnwell.io"]


@pytest.mark.parametrize("description", [
    # a recruitment agency's consultant signs and names whom the user meets
    "Hallo Herr Lee,\nanbei der Termin beim Mandanten. Ihr Gesprächspartner ist Herr Wen Hollis (Technischer Leiter).\n"
    "Beste Grüße\nGreta Moss\nMoss & Partner Personalberatung",
    # the sender signs after a bar as the people team
    "Jordan,\nWen runs our data platform and will go through a modelling case with you.\nGreta | People team",
    # ... or after a dash as the people department
    "Hola Jordan,\ncomo has presentado tu candidatura, Wen Hollis (directora de Datos) quiere entrevistarte.\n"
    "Greta Moss – Personas",
])
def test_a_sender_who_signs_as_an_agency_or_the_people_team_is_no_interviewer(description: str) -> None:
    start = datetime(2026, 6, 3, 11, 0, tzinfo=UTC)
    event = CalendarEvent(uid="p8s", summary="Interview – Product Analyst (Tarnwell)", start=start,
                          end=start + timedelta(hours=1), description=description, organizer=SENDER,
                          attendees=(USER, PANEL[0]))
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    assert "greta.moss@tarnwell.io" not in {i.email for i in verdict.interviewers}
    assert verdict.interviewers


@pytest.mark.parametrize("description", [
    "Welcome to an interview at Tarnwell. Panel: Wen Hollis (Head of Unit) and Tariq Osman (Senior Economist). "
    "Greta Moss (HR) will meet you at reception.",
    "Dear Jordan,\nOn behalf of Wen Hollis, head of the team and hiring manager, I am pleased to confirm your "
    "interview with Wen and Tariq Osman. I am Wen's assistant and will welcome you at the desk.\nGreta Moss",
])
def test_who_only_receives_the_user_at_the_door_is_no_interviewer(description: str) -> None:
    start = datetime(2026, 6, 3, 10, 0, tzinfo=UTC)
    event = CalendarEvent(uid="p8d", summary="Interview – Senior Analyst (Tarnwell)", start=start,
                          end=start + timedelta(hours=1), description=description, organizer=SENDER,
                          attendees=(USER, SENDER, *PANEL[:2], ROOM))
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    assert sorted(i.email or "" for i in verdict.interviewers) == ["tariq.osman@tarnwell.io", "wen.hollis@tarnwell.io"]


@pytest.mark.parametrize(("description", "place"), [
    ("Última fase. Te recibirán Wen Hollis (Directora) y Tariq Osman (Director) en nuestra sede de Bilbao, "
     "Monte Verde 12, 3ª planta.", "monte verde"),
    ("Entrevistadores: Wen Hollis (Directora Jurídica) y Tariq Osman (Compras). Villanueva del Prado, "
     "edificio Norte.",
     "villanueva del prado"),
])
def test_an_address_the_description_gives_is_no_interviewer(description: str, place: str) -> None:
    start = datetime(2026, 6, 3, 11, 0, tzinfo=UTC)
    event = CalendarEvent(uid="p8p", summary="Entrevista final – Tarnwell", start=start,
                          end=start + timedelta(hours=1), description=description, organizer=SENDER,
                          attendees=(USER, *PANEL[:2]))
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    names = {(i.name or "").lower() for i in verdict.interviewers}
    assert place not in names and {"wen hollis", "tariq osman"} <= names


@pytest.mark.parametrize("line", [
    "Entrevistadora: Wen Hollis, Técnica de Selección",
    "Interviewers:\nTariq Osman - Senior Scientist\nWen Hollis - Product Owner, Hand Devices",
])
def test_the_rest_of_a_participants_title_is_no_interviewer(line: str) -> None:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    event = CalendarEvent(uid="p8t", summary="Entrevista telefónica – Product Analyst", start=start,
                          end=start + timedelta(minutes=30), description=f"Dear Jordan,\n{line}\nGood luck.",
                          organizer=Attendee("Tarnwell Careers", "tarnwell@myworkday.com"),
                          attendees=(USER, *PANEL[:2]))
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    assert all(i.email for i in verdict.interviewers) and verdict.interviewers
