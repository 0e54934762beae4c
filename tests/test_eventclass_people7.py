"""Interviewers without coordinators, desks or departments, and the manager's round (session 7; own examples)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.mailboxes import is_coordinator
from afterview.daemon.eventclass.stage import find_stage

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _event(summary: str, description: str, organizer: Attendee, *others: Attendee) -> CalendarEvent:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="p7", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=(USER, organizer, *others))


def _emails(event: CalendarEvent) -> list[str]:
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    return sorted(i.email or (i.name or "").lower() for i in verdict.interviewers)


@pytest.mark.parametrize(("description", "arranger"), [
    ("Tariq and Wen run the case study and the values round. Your coordinator is Priya (priya.s@marlow.io); reach "
     "out with any questions.", Attendee("Priya Sand", "priya.s@marlow.io")),
    ("Merci de vous présenter à l'accueil à 9h. Votre contact logistique : Maëlle (m.garin@marlow.io).",
     Attendee("Maëlle Garin", "m.garin@marlow.io")),
    ("Bitte bringen Sie Ihre Zeugnisse mit. Frau Kurz aus dem Recruiting organisiert nur den Termin und ist nicht "
     "dabei.", Attendee("Kurz, Anja", "anja.kurz@marlow.io")),
    ("Tariq and Wen will interview you. Nadia (recruiting coordinator) will greet you at reception but won't take part "
     "in the interviews.", Attendee("Nadia Brook", "n.brook@marlow.io")),
    ("Las entrevistas duran una hora. La sesión la organiza Recepción de Dirección.",
     Attendee("Recepción Dirección", "recepcion.direccion@marlow.es")),
])
def test_a_participant_named_next_to_arranging_words_is_no_interviewer(description: str, arranger: Attendee) -> None:
    event = _event("Interview loop – Marlow", description, Attendee("Tariq Osei", "tariq.osei@marlow.io"),
                   Attendee("Wen Li", "wen.li@marlow.io"), arranger)
    assert _emails(event) == ["tariq.osei@marlow.io", "wen.li@marlow.io"]


def test_a_coordinator_word_that_is_a_job_title_keeps_the_person() -> None:
    wen = Attendee("Wen Li", "wen@marlow.io")
    teaching = _event("Entretiens – Marlow", "Le premier créneau est jeudi. Wen (coordinatrice pédagogique) "
                      "présentera le programme.", Attendee("Tariq Osei", "tariq@marlow.io"), wen)
    assert _emails(teaching) == ["tariq@marlow.io", "wen@marlow.io"]
    hiring = _event("Entretiens – Marlow", "Le premier créneau est jeudi. Wen (coordinatrice du recrutement) vous "
                    "accueillera.", Attendee("Tariq Osei", "tariq@marlow.io"), wen)
    assert _emails(hiring) == ["tariq@marlow.io"]


def test_desk_and_coordinator_mailboxes() -> None:
    for email in ("lise.coord@marlow.io", "empfang.vorstand@marlow.de", "recepcion.gerencia@marlow.es"):
        assert is_coordinator(Attendee("Someone", email)), email
    for email in ("lise.cordier@marlow.io", "jan.empfangen@marlow.de"):
        assert not is_coordinator(Attendee("Someone", email)), email


def test_names_with_letters_beyond_latin_1_are_read() -> None:
    event = _event("Fachinterview – Marlow", "Gesprächspartner: Zoltán Kovács (Leitung Mechanik), Ayşe Doğan "
                   "(Product Owner)", Attendee("Marlow", "noreply@join.com"),
                   Attendee("Zoltán Kovács", "z.kovacs@marlow.de"), Attendee("Ayşe Doğan", "a.dogan@marlow.de"))
    assert _emails(event) == ["a.dogan@marlow.de", "z.kovacs@marlow.de"]


def test_a_department_or_role_written_where_a_name_could_stand_is_no_person() -> None:
    event = _event("Interview – Marlow", "You will speak with Wen Li, Head of Cabin Safety, who hires for the "
                   "Senior Product Manager - Surgical Robotics role.", Attendee("Marlow Talent", "talent@marlow.io"),
                   Attendee("Wen Li", "wen.li@marlow.io"))
    assert _emails(event) == ["wen.li@marlow.io"]


def test_a_name_given_twice_is_one_interviewer() -> None:
    event = _event("Vorstellungsgespräch – Marlow", "Gesprächspartner: Herr Brandt (Leiter Einkauf), Frau Lenz "
                   "(Personal), Kapitän Jonas Brandt", Attendee("Marlow Personal", "bewerbung@marlow.de"),
                   Attendee("Jonas Brandt", "j.brandt@marlow.de"), Attendee("Mia Lenz", "m.lenz@marlow.de"))
    assert _emails(event) == ["j.brandt@marlow.de", "m.lenz@marlow.de"]


def test_a_first_name_in_the_passage_about_whom_the_user_meets_counts() -> None:
    event = _event("Marlow – final stage", "You'll meet our CTO, Ravi Kapoor, and Emma again.",
                   Attendee("Emma Hill", "emma.hill@marlow.io"), Attendee("Ravi Kapoor", "ravi.kapoor@marlow.io"))
    assert _emails(event) == ["emma.hill@marlow.io", "ravi.kapoor@marlow.io"]


@pytest.mark.parametrize(("description", "organizer"), [
    ("Finales Gespräch mit unserer Geschäftsführung.\nTeilnehmer: Tariq Osei (CEO), Wen Li (CFO)\n\nBeste Grüße\n"
     "Karla Stein\nAssistentin der Geschäftsführung", Attendee("Stein Karla", "karla.stein@marlow.de")),
    ("Last step: a conversation with our COO Tariq Osei and the CFO, Wen Li.\nNoor (Talent team, Marlow)",
     Attendee("Hadid, Noor", "noor.hadid@marlow.de")),
])
def test_an_organizer_signing_as_staff_only_arranges(description: str, organizer: Attendee) -> None:
    event = _event("Final round – Marlow", description, organizer,
                   Attendee("Tariq Osei", "tariq.osei@marlow.de"), Attendee("Wen Li", "wen.li@marlow.de"))
    assert _emails(event) == ["tariq.osei@marlow.de", "wen.li@marlow.de"]


@pytest.mark.parametrize("description", [
    "Voici l'invitation pour le dernier entretien avec Tariq Osei, directeur. Je serai également présente (RRH).\n"
    "\nCordialement,\nLise Morel\nRessources humaines",
    "Entretien avec M. Tariq Osei (directeur) et Mme Lise Morel (RH).",
])
def test_a_writer_who_counts_themself_in_stays(description: str) -> None:
    event = _event("Entretien final – Marlow", description, Attendee("Morel, Lise", "lise.morel@marlow.fr"),
                   Attendee("Tariq Osei", "tariq.osei@marlow.fr"))
    assert _emails(event) == ["lise.morel@marlow.fr", "tariq.osei@marlow.fr"]


@pytest.mark.parametrize("summary", [
    "Visio entretien manager – Analyste – Marlow", "Entrevista con el responsable – Marlow",
    "Interview – meeting with the team lead (Wen Li)", "Kennenlernen mit der Fachabteilung – Analyst",
    "Marlow 2nd round w/ GM",
])
def test_titles_that_name_the_managers_round(summary: str) -> None:
    assert find_stage(summary, "")[0] == "hiring_manager"


def test_the_future_boss_in_the_body_names_the_managers_round() -> None:
    assert find_stage("Gespräch – Analyst", "Einladung zum Gespräch mit Ihrem künftigen Vorgesetzten Jan Roth.")[0] \
        == "hiring_manager"
    assert find_stage("Entrevista con el responsable de selección", "")[0] != "hiring_manager"


@pytest.mark.parametrize("description", [
    "Neuer Termin für Ihr Zweitgespräch mit Frau Dr. Lenz (Geschäftsführerin).",
    "Jordan, thanks for getting back to us. Mia will lead the conversation.",
])
def test_an_unnamed_organizer_sending_whom_the_user_meets_only_arranges(description: str) -> None:
    event = _event("Zweitgespräch – Marlow", description, Attendee("Karl Roth", "karl.roth@marlow.de"),
                   Attendee("Mia Lenz", "mia.lenz@marlow.de"))
    assert _emails(event) == ["mia.lenz@marlow.de"]


def test_the_future_boss_in_brackets_or_as_n_plus_one_names_the_managers_round() -> None:
    assert find_stage("Llamada Marlow – entrevista con dir. operaciones (futuro jefe)", "")[0] == "hiring_manager"
    assert find_stage("Visite d'atelier", "Échange avec Wen Li, qui sera votre N+1.")[0] == "hiring_manager"


def test_the_hiring_mailbox_is_who_calls_in_a_recruiter_screen_with_nobody_else() -> None:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    desk = Attendee("Marlow Recruiting", "recruiting@marlow.es")
    call = CalendarEvent(uid="p7-desk", summary="Marlow | Llamada con Recruiting", start=start,
                         end=start + timedelta(minutes=20), description="Te llamamos para una primera entrevista "
                         "telefónica.", organizer=desk, attendees=(USER,))
    assert _emails(call) == ["recruiting@marlow.es"]
