"""Company extraction, session 8b: the name the event writes rather than one built from a domain's letters
(own examples, not corpus files)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.domainmatch import name_fits_label, spelled_out

ME = ("jordan.lee@gmail.com",)
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _invite(summary: str, description: str, organizer: Attendee | None, *others: Attendee,
            location: str = "") -> CalendarEvent:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    attendees = (USER, *(() if organizer is None else (organizer,)), *others)
    return CalendarEvent(uid="x10", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=attendees, location=location)


def test_a_domain_spells_the_initials_of_a_name_with_particles() -> None:
    assert name_fits_label("Agencia Nacional de Puertos del Norte", "anpn")
    assert not name_fits_label("Agencia Nacional de Puertos del Norte", "anp")
    event = _invite("Entrevista personal – Técnico de Proyectos",
                    "Se le convoca a la entrevista del proceso selectivo en la Agencia Nacional de Puertos del Norte."
                    "\nComisión de valoración: D. Luis Prieto (presidente).",
                    Attendee("Recursos Humanos ANPN", "seleccion@anpn.es"),
                    Attendee("Luis Prieto", "lprieto@anpn.es"))
    assert classify_event(event, me=ME).company == "Agencia Nacional de Puertos del Norte"


def test_an_acronym_in_a_terse_title_is_the_name_the_location_writes_out() -> None:
    assert spelled_out("MDC", ["Maison des Cartographes, Nantes"]) == "Maison des Cartographes"
    assert spelled_out("MC", ["Maison des Cartographes, Nantes"]) == "Maison des Cartographes"
    assert spelled_out("XYZ", ["Maison des Cartographes, Nantes"]) is None
    event = _invite("Entretien final MDC Nantes (DG)", "TGV 8h10. Mme Roux + RH.", None,
                    location="Maison des Cartographes, Nantes")
    assert classify_event(event, me=ME).company == "Maison des Cartographes"


def test_a_city_before_plural_interview_words_is_where_not_who() -> None:
    event = _invite("Bilbao: entrevistas Naviera Sotavento (marketing)", "", None)
    assert classify_event(event, me=ME).company == "Naviera Sotavento"


def test_interview_words_joined_by_a_slash_are_no_company() -> None:
    event = _invite("Charla/entrevista - Huerto Digital",
                    "Hola Jordan, soy Iker, fundador de Huerto Digital. Me encantaría entrevistarte para el puesto.",
                    Attendee("Iker Sola", "iker.sola.hd@hotmail.com"))
    assert classify_event(event, me=ME).company == "Huerto Digital"


def test_a_comma_ends_the_name_after_the_interview_words() -> None:
    event = _invite("Lille - entretiens Ombelle Conseil (chef de projet), TGV 8h12", "retour TGV 19h10", None)
    assert classify_event(event, me=ME).company == "Ombelle Conseil"


def test_the_person_met_comes_after_the_company_another_title_part_names() -> None:
    event = _invite("Call w/ Ilona – Brotkorb (category mgr)", "she's the founder, 1st round", None)
    assert classify_event(event, me=ME).company == "Brotkorb"


def test_a_comma_ends_the_name_before_the_job_in_lower_case() -> None:
    event = _invite("Call w/ Ilona (hiring mgr) - Kinetic Sound, sound designer job", "she'll ring me", None)
    assert classify_event(event, me=ME).company == "Kinetic Sound"


def test_one_word_after_chat_with_in_the_description_is_whom_the_user_met() -> None:
    event = _invite("Quick call – Jordan & Bram",
                    "Lovely to e-meet you. I'm the co-founder of Inkwell Tales (story apps, 5 people). Next step after "
                    "your chat with Priya: I'd like to hear how you'd plan our content roadmap.",
                    Attendee("Bram Visser", "bram.visser@icloud.com"))
    assert classify_event(event, me=ME).company == "Inkwell Tales"
