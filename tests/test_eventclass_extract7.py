"""Company extraction, session 7: the organisation's full name as the event writes it, without event words, places
or the agency's own name (own examples, not corpus files)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.company import text_companies
from afterview.daemon.eventclass.companyname import clean_company
from afterview.daemon.eventclass.domainmatch import name_fits_label
from afterview.daemon.eventclass.fullname import fullest
from afterview.daemon.eventclass.role import extract_role

ME = ("jordan.lee@gmail.com",)
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _invite(summary: str, description: str, organizer: Attendee, *others: Attendee) -> CalendarEvent:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="x7", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=(USER, organizer, *others))


@pytest.mark.parametrize(("title", "company"), [
    ("Entrevista 3ª Berrocal Datos – Iker (Personas) 10h", "Berrocal Datos"),  # an ordinal with ª, a person after
    ("Entrevista final Tormenta 🎯", "Tormenta"),  # a symbol is no word of the title
    ("Quillmoor final round in Leeds (Risk Analyst) - bus at 8", "Quillmoor"),  # where, after "in"
    ("Quillmoor skills interview - Payroll Specialist", "Quillmoor"),  # the talk's subject in lower case
    ("Primera entrevista Nubaria entre Marta Gil y Jordan Lee", "Nubaria"),  # who meets follows "between"
    ("Telefoninterview Grauwerk Handelsgruppe – Teamlead", "Grauwerk Handelsgruppe"),  # a compound interview word
    ("Vor-Ort-Interviews Lindauer Bank MUC (2 Gespräche)", "Lindauer Bank"),  # a site tag after a company word
    ("Vorstellungsgespräch Ostvolt 2. Runde, Fr. Berg + Teamlead", "Ostvolt"),  # the round's number
    ("Interview with St. Brigid's Hospital - Ward Clerk", "St. Brigid's Hospital"),  # an abbreviation inside
])
def test_the_title_gives_the_company_without_event_words(title: str, company: str) -> None:
    assert text_companies(title, "", {"jordan lee", "marta gil"})[0] == company


@pytest.mark.parametrize(("name", "label"), [
    ("Transports Garonne", "garonne-transports"),  # hyphenated parts in another order
    ("Bodegas Valdecruz", "valdecruz"),  # the trade before the name, left out of the domain
])
def test_the_domain_spells_the_name(name: str, label: str) -> None:
    assert name_fits_label(name, label)


def test_a_word_with_a_digit_after_the_name_is_not_the_name() -> None:
    assert not name_fits_label("Dockwell 3PL", "dockwell")
    assert clean_company("Dockwell") == "Dockwell"


def test_the_signature_writes_the_trade_before_the_name_the_domain_spells() -> None:
    texts = ["Entrevista técnica – Analista", "Un saludo,\nJavier\nTransportes Riberal Norte", ""]
    assert fullest("Riberal Norte", texts, ["riberalnorte"], "", set()) == "Transportes Riberal Norte"


def test_a_sister_organisation_that_spells_only_part_of_the_domain_gives_way() -> None:
    texts = ["Heron Academy - 1st interview", "Heron Academy (the training arm of Heron Logistics) would like to meet"]
    assert fullest("Heron Academy", texts, ["heron-academy"], "", set()) == "Heron Academy"


def test_an_agency_names_the_client_whose_people_come_not_its_own_signature() -> None:
    agent = Attendee("Carla Ruiz", "c.ruiz@velarde-talent.es")
    client = Attendee("Raúl Pardo", "r.pardo@hmontalvo.es")
    event = _invite("Entrevista con nuestro cliente Hierros Montalvo – Logistics Analyst",
                    "Hola Jordan:\nTe confirmo la entrevista con Hierros Montalvo. Te recibirá Raúl Pardo.\n"
                    "Saludos,\nCarla Ruiz | Consultora | Velarde Industrial Talent", agent, client)
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview and verdict.company == "Hierros Montalvo"


def test_asset_management_words_may_follow_the_name_the_domain_spells() -> None:
    assert name_fits_label("Harbourline Asset Management", "harbourline")


@pytest.mark.parametrize(("title", "company"), [
    ("Ana + Iker – charla puesto Finanzas (Txoko Market)", "Txoko Market"),  # who holds the talk, in brackets
    ("Échange candidature Lumio entre Paul Morel et Jordan Lee", "Lumio"),  # the application is what the talk is
])
def test_the_title_names_the_company_after_what_the_talk_is(title: str, company: str) -> None:
    assert text_companies(title, "", {"jordan lee", "paul morel", "ana", "iker"})[0] == company


def test_a_city_the_domain_adds_and_the_address_writes_is_no_word_of_the_name() -> None:
    location = "Kurswerk, Torstraße 1, 10119 Berlin"
    assert fullest("Kurswerk Berlin", ["Zweitgespräch", "", location], ["kurswerk-berlin"], location, set()) \
        == "Kurswerk"


def test_the_users_entry_names_the_company_without_the_city_its_location_adds() -> None:
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    event = CalendarEvent(uid="x7b", summary="Bewerbungsgespräch Nordlicht Reisen", start=start,
                          end=start + timedelta(hours=1), location="Nordlicht Reisen Graz",
                          description="Fr. Huber (HR)\nAdresse: Herrengasse 3, Graz")
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview and verdict.company == "Nordlicht Reisen"


def test_an_agencys_client_is_named_as_the_title_writes_it() -> None:
    agent = Attendee("Rosa Vidal (Selección Docente)", "rosa.vidal@selecciondocente.es")
    client = Attendee("Pablo Ruiz", "pablo.ruiz@campusalto.edu.es")
    event = _invite("Entrevista Campus Alto (vía Selección Docente) - Coordinadora e-learning",
                    "Hola Jordan,\nNuestro cliente, la Universidad Campus Alto, quiere conocerte para la plaza de "
                    "Coordinadora e-learning. Te entrevistará Pablo Ruiz.", agent, client)
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview and verdict.company == "Campus Alto"


def test_a_city_after_a_one_word_name_is_the_office_not_the_name() -> None:
    assert [clean_company(n) for n in ("Lumora Paris", "Quellhof Wien")] == ["Lumora", "Quellhof"]
    # a company word before the city: the city is part of the name
    assert [clean_company(n) for n in ("Stadtwerke München", "Kaffeehaus Gruppe Wien")] == [
        "Stadtwerke München", "Kaffeehaus Gruppe Wien"]


@pytest.mark.parametrize(("title", "role"), [
    ("Candidate interview: Learning & Development Officer", "Learning & Development Officer"),  # "&" in the job
    ("Skylark Air – final stage (Learning & Development Specialist)", "Learning & Development Specialist"),
    ("Última entrevista - KYC Officer Luxemburgo - Directora", "KYC Officer"),  # the office's city
    ("Fachinterview FCC Analyst – Nordbank", "FCC Analyst"),  # what the event is, before the job
    ("Visio – candidature conseillère pédagogique numérique", "conseillère pédagogique numérique"),
    ("Teams call – 2nd round, Transaction Monitoring Analyst", "Transaction Monitoring Analyst"),
])
def test_the_role_without_the_event_or_the_office(title: str, role: str) -> None:
    assert extract_role(title, "") == role


def test_the_role_ends_where_the_sentence_goes_on() -> None:
    assert extract_role("Gespräch", "unser Mandant möchte Sie für die Position Ausbildungsleiterin kennenlernen.") \
        == "Ausbildungsleiterin"
    assert extract_role("Entretien", "pour le poste de Chef de produit capteurs basé à Lyon.") \
        == "Chef de produit capteurs"
    assert extract_role("Interview", "Position: Compliance Analyst (Frankfurt am Main)\nTeam: Risk") \
        == "Compliance Analyst"
    assert extract_role("Finales Gespräch", "(Position: Head of People & Culture, Standort Graz).") \
        == "Head of People & Culture"


def test_a_person_addressed_with_an_honorific_is_no_company() -> None:
    assert text_companies("Telefoninterview Hr. Gruber – Talblick Seilbahnen AG", "", set()) == ["Talblick Seilbahnen"]
