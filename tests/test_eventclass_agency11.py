"""An agency's call about roles whose employer it keeps unnamed is no interview (session 11): the client named only
later, a confidential position in the singular, several openings at once, the user's own name in the title, and
"unserer Auftraggeber" said of clients the agency will not name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ["ines.varga@gmail.com", "i.varga@donaufracht.at"]
START = datetime(2026, 12, 2, 9, tzinfo=UTC)
AGENCY_FIRST_TALK = "a recruitment agency's first talk"


def _call(summary: str, description: str, organizer: Attendee, *, user_name: str | None = None) -> CalendarEvent:
    return CalendarEvent(
        uid="ag11@x", summary=summary, start=START, end=START + timedelta(minutes=30), description=description,
        organizer=organizer, attendees=(organizer, Attendee(user_name, ME[0])))


@pytest.mark.parametrize(("summary", "description", "organizer"), [
    # the client's name comes later, the role is named
    ("Telefonat Brückner Consult – vertrauliche Position Leitung Einkauf",
     "Guten Tag Frau Varga, mein Mandant (ein Maschinenbauer aus Oberösterreich) möchte seinen Namen in dieser Phase "
     "noch nicht nennen. Ich stelle Ihnen die Position Leitung Einkauf vor.\n\nPaul Brückner\n"
     "Brückner Consult Personalberatung GmbH",
     Attendee("Brückner, Paul", "p.brueckner@brueckner-consult.at")),
    ("Telefonat Fr. Varga / Hr. Lenz – Einkaufsleiter-Mandate Raum Linz",
     "Gerne stelle ich Ihnen unsere aktuellen Mandate vor. Die Namen unserer Auftraggeber kann ich erst nach Ihrer "
     "Zustimmung nennen.", Attendee("Lenz, Mario", "m.lenz@lenz-partner.at")),
    ("Intro call – Procurement Director search",
     "A search for a client in Upper Austria (client name shared at a later stage).",
     Attendee("Olivia Marsh", "olivia.marsh@marshsearch.co.uk")),
    ("Llamada Inés / Rubén – posiciones de compras",
     "Te cuento las posiciones que llevamos (cliente confidencial del sector químico) y vemos si encajan.\n\n"
     "Rubén Gil – Gil Partners Executive Search",
     Attendee("Rubén Gil", "ruben.gil@gilpartners.es")),
])
def test_an_agency_that_keeps_its_client_unnamed_is_no_interview_even_with_a_role(
        summary: str, description: str, organizer: Attendee) -> None:
    verdict = classify_event(_call(summary, description, organizer), me=ME, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith(AGENCY_FIRST_TALK), verdict.reasons


@pytest.mark.parametrize(("summary", "description"), [
    ("Échange Ines Varga / Chloé Petit (Vireo)",
     "Bonjour Ines, je vous appelle pour vous présenter deux opportunités de Head of Procurement chez des clients "
     "viennois que je ne peux pas encore nommer."),
    ("Call: Ines / Chloé (Vireo)",
     "Hi Ines, I'm working on a few senior procurement and supply roles across Vienna, a couple of manufacturers."),
])
def test_the_users_own_name_in_the_title_is_no_client_of_the_agency(summary: str, description: str) -> None:
    verdict = classify_event(_call(summary, description, Attendee("Chloé Petit", "chloe.petit@vireo-conseil.fr")),
                             me=ME, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith(AGENCY_FIRST_TALK), verdict.reasons


def test_a_calendly_introductory_call_names_no_client() -> None:
    verdict = classify_event(_call(
        "Introductory call between Olivia Marsh and Ines Varga",
        "Event Name: Introductory call (30 min)\n\nMarsh Search – Supply Chain practice. Confidential search for a "
        "client in Austria (client name shared at a later stage).",
        Attendee("Olivia Marsh", "olivia.marsh@marshsearch.co.uk")), me=ME, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert verdict.company != "Introductory"


def test_an_agency_naming_its_client_for_one_role_stays_an_interview() -> None:
    verdict = classify_event(_call(
        "Telefoninterview Brückner Consult – Leitung Einkauf bei Pankl Racing",
        "Guten Tag Frau Varga, für unseren Mandanten Pankl Racing führe ich das erste Interview für die Position "
        "Leitung Einkauf.", Attendee("Brückner, Paul", "p.brueckner@brueckner-consult.at")), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_an_employer_with_several_openings_that_names_itself_stays_an_interview() -> None:
    recruiter = Attendee("Hanna Moser", "hanna.moser@kestrel-logistik.at")
    verdict = classify_event(CalendarEvent(
        uid="ag11c@x", summary="Vorstellungsgespräch Kestrel Logistik – Einkauf", start=START,
        end=START + timedelta(minutes=45), organizer=recruiter, attendees=(recruiter, Attendee("Ines Varga", ME[0])),
        description="Wir besetzen derzeit mehrere Stellen im Einkauf und freuen uns auf das Gespräch mit Ihnen."),
        me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons
