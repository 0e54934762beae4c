"""Company extraction, session 7 (second pass): cancellation and call words are no company, the kind of organisation
before the name, words the domain spells after it, an agency's client in the title (own examples, not corpus files)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.company import text_companies
from afterview.daemon.eventclass.companyname import clean_company, fuller
from afterview.daemon.eventclass.companyplace import location_company
from afterview.daemon.eventclass.displayname import with_label_word
from afterview.daemon.eventclass.domainmatch import name_fits_label
from afterview.daemon.eventclass.fullname import fullest
from afterview.daemon.eventclass.role import extract_role

ME = ("jordan.lee@gmail.com",)
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def _invite(summary: str, description: str, organizer: Attendee, *others: Attendee) -> CalendarEvent:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="x8", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=(USER, organizer, *others))


@pytest.mark.parametrize(("title", "company"), [
    ("Cancelada: Entrevista – Marbella Viajes – Jordan", "Marbella Viajes"),
    ("Abgesagt: Vorstellungsgespräch – Tannwerk", "Tannwerk"),
    ("Annulée : Entretien – Voltane", "Voltane"),
])
def test_a_cancellation_word_heading_the_title_is_no_company(title: str, company: str) -> None:
    assert text_companies(title, "", {"jordan lee", "jordan"}) == [company]


def test_a_hiring_function_and_what_the_call_is_are_no_organisation() -> None:
    assert clean_company("RH téléphonique") is None
    assert clean_company("HR follow up") is None
    assert clean_company("Lumen RH") == "Lumen"  # the function after a name still goes, the name stays


def test_an_nhs_trusts_legal_form_is_no_part_of_the_hospitals_name() -> None:
    assert clean_company("St Aidan's Hospital NHS Foundation Trust") == "St Aidan's Hospital"
    assert clean_company("Wellspring Trust") == "Wellspring Trust"  # a trust that is not the NHS's keeps its word


@pytest.mark.parametrize(("name", "label"), [
    ("Maison Belcourt Palace", "belcourt-palace"),
    ("Mutuelle Ondine Santé", "ondine-sante"),
    ("Hôtel Le Grand Ravel", "grand-ravel"),
])
def test_the_kind_of_organisation_before_the_name_may_be_left_out_of_the_domain(name: str, label: str) -> None:
    assert name_fits_label(name, label)


def test_two_words_for_the_kind_of_organisation_before_the_name() -> None:
    texts = ["Entretien – Groupe Hôtelier Mer Calme", "", ""]
    assert fullest("Mercalme Hotels", texts, ["mercalme-hotels"], "", set()) == "Groupe Hôtelier Mer Calme"


def test_a_word_for_the_kind_of_business_between_the_parts_the_domain_spells() -> None:
    texts = ["Hiring manager call (Bluecrest Health Cover)", "Your booking with Bluecrest Health Cover is on.", ""]
    assert fullest("Bluecrestcover", texts, ["bluecrestcover"], "", set()) == "Bluecrest Health Cover"


def test_the_domains_english_company_word_stands_for_the_names_own() -> None:
    texts = ["Entrevista panel - Analista - Clarofin Banco Digital", "", ""]
    assert fullest("Clarofin Bank", texts, ["clarofinbank"], "", set()) == "Clarofin Banco Digital"


def test_a_word_the_domain_spells_after_the_name_stays() -> None:
    texts = ["Primera entrevista entre Kestral Ops y Jordan Lee", "", ""]
    assert fullest("Kestral", texts, ["kestralops"], "", set()) == "Kestral Ops"
    texts = ["Entrevista: Analista – Nimbo Madrid", "", ""]
    assert fullest("Nimbo", texts, ["nimbomadrid"], "", set()) == "Nimbo Madrid"


def test_a_city_after_the_name_the_domain_does_not_spell_is_the_office() -> None:
    texts = ["Entretien manager", "avec le directeur des opérations de Quartz Events Bruxelles", ""]
    assert fullest("Quartz Events Bruxelles", texts, ["quartz-events"], "", set()) == "Quartz Events"


def test_the_titles_first_words_give_way_to_the_full_name_the_event_writes() -> None:
    texts = ["Solenne Hotels – Revenue Manager", "", "Solenne Hotels & Resorts, 4 quai Nord, Nice"]
    assert fullest("Solenne Hotels & Resorts", texts, ["solenne-hotels"], texts[2], set()) \
        == "Solenne Hotels & Resorts"


def test_an_agency_names_its_client_in_the_title() -> None:
    agent = Attendee("Vogt, Petra", "p.vogt@vogt-lindner.de")
    event = _invite("Vorstellungsgespräch bei unserem Mandanten Nordmole Energie GmbH",
                    "Hallo Herr Lee,\nanbei der Termin beim Mandanten. Ihr Gesprächspartner ist Herr Kolb.\n"
                    "Petra Vogt\nVogt & Lindner Personalberatung", agent)
    verdict = classify_event(event, me=ME)
    assert verdict.is_interview and verdict.company == "Nordmole Energie"


def test_the_company_before_a_slash_is_no_part_of_the_role() -> None:
    assert extract_role("Conversation - Solenne Hotels & Resorts / Front Office Director role", "") \
        == "Front Office Director"


@pytest.mark.parametrize(("title", "company"), [
    ("Jornada de evaluación Orthel Iberia (todo el día)", "Orthel"),  # the day, and the region after the name
    ("Assessment day - Skyward Airways cabin crew management programme (Paris CDG)", "Skyward Airways"),
    ("Appel recruteuse Lernbox Academy (poste formatrice)", "Lernbox Academy"),  # who calls is no word of the name
])
def test_the_title_names_the_company_after_the_day_or_the_caller(title: str, company: str) -> None:
    assert text_companies(title, "", set())[0] == company


def test_the_location_writes_the_name_the_title_writes_tight() -> None:
    start = datetime(2026, 7, 8, 9, 0, tzinfo=UTC)
    event = CalendarEvent(uid="x8b", summary="Kessel&Mohr Werksbesichtigung", start=start,
                          end=start + timedelta(hours=2), location="Kessel & Mohr Maschinenbau\nIndustriestraße 1")
    assert location_company(event) == "Kessel & Mohr Maschinenbau"


def test_the_company_word_the_domain_joins_to_the_name() -> None:
    assert with_label_word("Lumara", ["lumaracapital"]) == "Lumara Capital"
    assert with_label_word("Lumara", ["lumarasoft"]) == "Lumara"  # not a company word


def test_an_institutions_name_goes_on_with_what_it_is_of() -> None:
    texts = ["Assessment day", "Thornbury Museum of Flight – Learning Lead. Arrive 9:00."]
    assert fuller("Thornbury Museum", texts) == "Thornbury Museum of Flight"
    assert fuller("Thornbury Bank", ["Thornbury Bank for the win"]) == "Thornbury Bank"  # lowercase: no name


@pytest.mark.parametrize(("summary", "description", "role"), [
    ("Candidate call", "Service: Candidate call (30 min) - Guest Services Manager", "Guest Services Manager"),
    ("Charla – Viajalia", "Hola, soy Pablo, fundador de Viajalia. Buscamos Customer Experience Manager. Hablamos.",
     "Customer Experience Manager"),
    ("Meet the founder", "Service: first chat, Head of Guest Ops", "Head of Guest Ops"),
    ("Trial shift", "Paid trial for the Night Desk Lead @ Roomly role.", "Night Desk Lead"),
    ("Tech interview for Cloud Engineer between Ledgerwise and Jordan Lee", "", "Cloud Engineer"),
])
def test_the_role_without_what_the_talk_is_or_who_meets(summary: str, description: str, role: str) -> None:
    assert extract_role(summary, description) == role


def test_a_trainer_is_a_job_a_training_programme_is_not() -> None:
    assert extract_role("Final round", "Congratulations on reaching the final stage for Clinical Trainer.") \
        == "Clinical Trainer"
    assert extract_role("Centre d'évaluation – programme Formateurs Lumavia Academy", "") is None


def test_a_short_form_written_before_the_name_the_domain_spells_is_part_of_it() -> None:
    texts = ["Gespräch mit der Teamleitung", "Gespräch bei SKW Solarkraft-Werke GmbH. Remote-Stelle.", ""]
    assert fullest("Solarkraft Werke", texts, ["solarkraft-werke"], "", set()) == "SKW Solarkraft-Werke"
