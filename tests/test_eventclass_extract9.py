"""Company extraction, session 8: the brand name on events of authors never seen — a domain's unit, region or
headquarters part is no part of the name (own examples, not corpus files)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.companyname import clean_company
from afterview.daemon.eventclass.displayname import label_display
from afterview.daemon.eventclass.domainmatch import name_fits_label
from afterview.daemon.eventclass.role import extract_role

ME = ("jordan.lee@gmail.com",)
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _invite(summary: str, description: str, organizer: Attendee, *others: Attendee) -> CalendarEvent:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="x9", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=(USER, organizer, *others))


def test_a_unit_region_or_headquarters_part_of_the_domain_is_no_part_of_the_name() -> None:
    assert [label_display(label) for label in ("quillbarhq", "norvex-talent", "tarnova-recherche", "ostrelia-ge")] \
        == ["Quillbar", "Norvex", "Tarnova", "Ostrelia"]
    assert label_display("halvard-re") == "Halvard Re"  # a short part that is no region stays: a reinsurer's name


def test_the_name_the_title_writes_fits_its_talent_domain() -> None:
    assert name_fits_label("Norvex", "norvex-talent")
    event = _invite("Jordan Lee <> Norvex - Recruiter Screen", "A 30-minute call about the analyst role.",
                    Attendee("Owen Hale", "owen.hale@norvex-talent.com"))
    assert classify_event(event, me=ME).company == "Norvex"


def test_who_the_person_is_is_no_organisation() -> None:
    assert [clean_company(w) for w in ("Head of Data, Brackwater", "founder, Loomcraft", "CEO", "Gründerin")] \
        == ["Brackwater", "Loomcraft", None, None]
    assert clean_company("Head Start") == "Head Start"  # a brand that opens with a job word, not "Head of …"


def test_the_function_in_brackets_after_the_person_met_is_no_company() -> None:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    event = CalendarEvent(uid="x9", summary="2nd interview @ Pellucid Dental - w/ Maren (CEO) + Olaf", start=start,
                          end=start + timedelta(hours=1), description="bring the slides")
    assert classify_event(event, me=ME).company == "Pellucid Dental"


def test_the_city_the_user_travels_to_is_not_the_company_the_title_names_after_it() -> None:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    event = CalendarEvent(uid="x9", summary="Basel – final interviews Quorvane Bio", start=start,
                          end=start + timedelta(hours=5), description="Flight 07:05. Final round for the analyst job.")
    assert classify_event(event, me=ME).company == "Quorvane Bio"


def test_a_founders_personal_address_spells_the_company_the_text_names() -> None:
    founder = Attendee("Greta Lindner", "greta.brotwerk@gmail.com")
    event = _invite("Kennenlernen Jordan / Greta (Gründerin) – Backstube",
                    "Hi Jordan, danke für deine Bewerbung als Head of Operations bei Brotwerk! Lass uns quatschen.",
                    founder)
    assert classify_event(event, me=ME).company == "Brotwerk"
    # the first part of the address is the person, even by a nickname the display name does not spell
    nickname = _invite("Charla Velamar – Nacho (fundador) / Jordan – puesto de operaciones",
                       "Hola Jordan! Estoy montando Velamar y busco a alguien. Es una entrevista.",
                       Attendee("Ignacio Blasco", "nacho.velamar@hotmail.com"))
    assert classify_event(nickname, me=ME).company == "Velamar"
    # without a display name, the address's second part may be the family name
    unnamed = _invite("Vorstellungsgespräch – Stelle Teamleitung", "Guten Tag, hier Quellbach. Bis Dienstag!",
                      Attendee(None, "maria.quellbach@gmail.com"))
    assert classify_event(unnamed, me=ME).company != "Quellbach"



@pytest.mark.parametrize(("title", "company"), [
    ("interview quorvane", "Quorvane"),
    ("phone screen tallmoor – they call me", "Tallmoor"),
    ("entretien brisquet genève (poste juriste) - prendre le TGV 7h18", "Brisquet"),
    ("QVX interview!! med info, 2nd round w/ team lead", "QVX"),
    ("Journée d'évaluation Varnholt Luxembourg (legal ops)", "Varnholt Luxembourg"),
])
def test_the_users_terse_title_names_the_company_in_any_case(title: str, company: str) -> None:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    event = CalendarEvent(uid="x9", summary=title, start=start, end=start + timedelta(hours=1), description="")
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview
    assert verdict.company == company


def test_a_one_part_title_that_opens_with_the_talk_names_the_job_after_it() -> None:
    assert extract_role("Telefoninterview Junior Buyer Non-Food", "") == "Junior Buyer Non-Food"
    assert extract_role("Vorstellungsgespräch Frau Weber", "") is None  # whom, not which job


def test_lawyers_buyers_and_drug_safety_jobs_are_roles() -> None:
    assert extract_role("Entretien – Juriste droit social", "") == "Juriste droit social"
    assert extract_role("Call – Einkäuferin Frischware", "") == "Einkäuferin Frischware"
    assert extract_role("Entrevista – Comprador junior textil", "") == "Comprador junior textil"
    # a short form after a person's name is what the person is, not the job the user applies for
    assert extract_role("Kennenlern-Kaffee (informell) – Jonas, CRA bei Rhein CRO", "") is None
