"""Company, role and interviewer extraction on new authors' kinds of events (own examples, not corpus files)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.domainmatch import registrable_label

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _invite(summary: str, description: str, organizer: Attendee, *others: Attendee) -> CalendarEvent:
    start = datetime(2026, 5, 6, 10, 0, tzinfo=UTC)
    return CalendarEvent(uid="x6", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=(USER, organizer, *others))


@pytest.mark.parametrize(("domain", "label"), [
    ("hr.kestrel-clinic.example.org", "kestrel-clinic"), ("tarn.example.co.uk", "tarn"), ("tarn.test", "tarn"),
    ("tarn.co.uk", "tarn"), ("mail.tarn.de", "tarn"), ("example.com", "example"),
])
def test_a_documentation_domain_stands_for_the_label_before_it(domain: str, label: str) -> None:
    assert registrable_label(domain) == label


def test_a_company_behind_a_documentation_domain_is_named_from_its_own_label() -> None:
    boss = Attendee("Ines Duarte", "i.duarte@hospital-marvao.example.pt")
    event = _invite("Entrevista - Técnico de Sistemas", "Le esperamos en el Hospital Marvão, edificio B.", boss)
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview and verdict.company == "Hospital Marvão"


def test_a_hiring_mailbox_of_a_department_or_board_is_no_interviewer() -> None:
    boss = Attendee("Nadia Benali", "n.benali@vireo-sante.fr")
    people = [Attendee(None, f"{local}@vireo-sante.fr") for local in (
        "recrutement.dsi", "drh-concours", "auswahl", "ops.hiring", "a.li", "gleichstellung")]
    event = _invite("Entretien - Responsable support", "Entretien avec Nadia Benali.", boss, *people)
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    assert [i.email for i in verdict.interviewers] == [
        "n.benali@vireo-sante.fr", "a.li@vireo-sante.fr", "gleichstellung@vireo-sante.fr"]
