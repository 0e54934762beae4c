"""classify_event after the holdout252-259 study: an internal application named in a greeting's German ("Moin Jan,
danke für deine interne Bewerbung"), an internal posting with words between, a promotion board, a posting's role
without the word "posting"; a child's exchange, a parent's care assessment, a newspaper's portrait, an interpreter's
assignment at a client's trial day and an offer's presentation are no interview of the user's; thanks for sitting on
a tribunal is the hiring side; a role play in the user's own selection is no interviewer's seat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

INTERNAL = "an internal application at the user's employer, written to the user"


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2027, 5, 3, 14, 0, tzinfo=UTC)
    return CalendarEvent(uid="s31b", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def rules(ev: CalendarEvent, me: list[str]) -> tuple[bool, list[str]]:
    verdict = classify_event(ev, me=me, model="rules")
    return verdict.is_interview, list(verdict.reasons)


def test_a_colleagues_moin_and_thanks_for_the_users_internal_application() -> None:
    me = ["ole.jensen@t-online.de", "o.jensen@nordreederei.de"]
    found, reasons = rules(event(
        "Interne Bewerbung Erster Offizier – Gespräch",
        "Moin Ole,\n\ndanke für deine interne Bewerbung auf die Stelle als Erster Offizier. Lass uns über die "
        "Rotation sprechen.\n\nGruß\nKarsten",
        organizer=Attendee("Karsten Lüders", "k.lueders@nordreederei.de"),
        attendees=(Attendee("Ole Jensen", "o.jensen@nordreederei.de"),)), me=me)
    assert found
    assert INTERNAL in reasons


def test_an_internal_posting_named_with_words_between_and_the_users_first_name() -> None:
    me = ["dana.reyes@gmail.com", "dreyes@midwaystaffing.com"]
    verdict = classify_event(event(
        "Panel - Team Lead posting (Dana R.)",
        "Round 2 for the internal Delivery Team Lead posting: panel with the regional VP and HR. Please bring a "
        "30/60/90 plan.",
        organizer=Attendee("Renee Fitz", "rfitz@midwaystaffing.com"),
        attendees=(Attendee("Dana Reyes", "dreyes@midwaystaffing.com"),
                   Attendee("Vince Cole", "vcole@midwaystaffing.com"))), me=me, model="rules")
    assert verdict.is_interview
    assert INTERNAL in verdict.reasons
    assert verdict.role == "Team Lead"  # (not "Team Lead posting")


def test_a_promotion_board_moved_for_the_user() -> None:
    me = ["kate.orr.uk@gmail.com", "kate.orr@northshire-police.example.uk"]
    found, reasons = rules(event(
        "Updated: DI Promotion Board – K Orr",
        "Kate,\n\nApologies – the Chief Superintendent has had to move your board to Thursday. Same venue.",
        organizer=Attendee("Andrew Kell", "andrew.kell@northshire-police.example.uk"),
        attendees=(Attendee("Kate Orr", "kate.orr@northshire-police.example.uk"),
                   Attendee("Gill Marsh", "gill.marsh@northshire-police.example.uk"))), me=me)
    assert found
    assert INTERNAL in reasons


def test_what_is_no_interview_of_the_users() -> None:
    me = ["ana.lopez.m@gmail.com", "alopez@farmalab.es"]
    private = Attendee("Ana López", "ana.lopez.m@gmail.com")
    for title, description, organizer in (
            ("Entrevista familia anfitriona – intercambio de Lucas", "Videollamada breve con la familia anfitriona.",
             Attendee("Coordinación", "coordinacion@intercambio-sevilla.es")),
            ("Mamá: entrevista trabajadora social", "Valoración de la dependencia en casa de mamá.", None),
            ("Interview Bonner Anzeiger", "Liebe Frau López, wir möchten ein Porträt über Ihren Beruf bringen.",
             Attendee("Redaktion", "redaktion@bonner-anzeiger.de")),
            ("Einsatz Probearbeitstag Hr. Kovač – Schreinerei Lenz", "nur Einweisung dolmetschen", None),
            ("Presentación de oferta - Jefa de Producto", "Te llamo para presentarte la oferta formal.",
             Attendee("Karla Ruiz", "kruiz@laboratorios-sur.es"))):
        found, _ = rules(event(title, description, organizer=organizer,
                               attendees=(private,) if organizer else ()), me=me)
        assert not found, title


def test_thanks_for_sitting_on_a_tribunal_is_the_hiring_side() -> None:
    me = ["ana.lopez.m@gmail.com", "alopez@farmalab.es"]
    found, reasons = rules(event(
        "Tribunal: prueba práctica candidatas",
        "Hola Ana, gracias por formar parte del tribunal de evaluación. Evaluarás la prueba práctica de tres "
        "candidatas.",
        organizer=Attendee("Marta Ruiz", "m.ruiz@fundacion-norte.es"),
        attendees=(Attendee("Ana López", "ana.lopez.m@gmail.com"),)), me=me)
    assert not found
    assert "interviewer-side cue 'gracias por formar parte del tribunal'" in reasons


def test_a_role_play_in_the_users_own_selection() -> None:
    me = ["kate.orr.uk@gmail.com", "kate.orr@northshire-police.example.uk"]
    found, reasons = rules(event(
        "Castlebrook – 2nd stage – K Orr",
        "Kate – second stage, with our Head of Financial Crime and myself. Includes a 15 min role-play: you are "
        "interviewing a relationship manager about unexplained transfers.\nOscar",
        organizer=Attendee("Oscar Lind", "oscar.lind@castlebrookbank.example.com"),
        attendees=(Attendee("Kate Orr", "kate.orr.uk@gmail.com"),)), me=me)
    assert found
    assert not any(reason.startswith("interviewer-side cue") for reason in reasons)
