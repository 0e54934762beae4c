"""classify_event after the holdout220-227 study: Japanese interview words and leave; the model vetoing nothing whose
title it split no word from; the user's note on an applicant; the public employment office; trial half days and
shifts; agencies that keep the client confidential or name it on a labelled line or by its search; a booking page's
confirmation of the user's own slot; pasted video invitations in German; a Kita's trial half day as a job; welfare
checks after an incident; a mock document inside an exercise; a post that goes on after "&"; company names (Japanese
brackets, particles and honorifics, K.K., a head office, a phone number)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.combine import with_model
from afterview.daemon.eventclass.company import text_companies
from afterview.daemon.eventclass.companyname import clean_company
from afterview.daemon.eventclass.stage import find_stage

PRIVATE = "haruto.sato.plan@gmail.com"
WORK = "haruto.sato@kirigaoka-foods.co.jp"
ME = [PRIVATE, WORK]
HARUTO = Attendee("Haruto Sato", PRIVATE)


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2026, 12, 14, 10, 0, tzinfo=UTC)
    return CalendarEvent(uid="s28", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize(("title", "company", "stage"), [
    ("Morvane 最終面接", "Morvane", "final"),
    ("Tessaly niji mensetsu", "Tessaly", None),
    ("Orrick Foods saishuu mensetsu", "Orrick Foods", "final"),
])
def test_the_users_own_japanese_interview_entry(title: str, company: str, stage: str | None) -> None:
    verdict = classify_event(event(title), me=ME, model="rules")
    assert verdict.is_interview
    assert (verdict.company, verdict.stage) == (company, stage)


def test_paid_leave_taken_for_a_japanese_interview() -> None:
    verdict = classify_event(event("最終面接 ベルナール", "有給申請済み。新幹線で移動"), me=ME, model="rules")
    assert any(r.startswith("the user takes leave from work for it: '有給'") for r in verdict.reasons)


def test_the_model_vetoes_nothing_whose_title_it_split_no_word_from() -> None:
    reasons = ["title says '面接'", "score 3.0 (threshold 3.0)"]
    kept, _, _ = with_model(True, reasons, lambda: (0.1, 12, {"s:hand_typed", "s:org=none"}))
    vetoed, _, _ = with_model(True, reasons, lambda: (0.1, 12, {"s:hand_typed", "t:lunch"}))
    assert kept and not vetoed


def test_an_agencys_casual_meeting_that_says_it_is_no_selection() -> None:
    verdict = classify_event(event(
        "【Northbay】カジュアル面談 / Casual meeting",
        "まずはカジュアルにお話しできればと思います（選考ではございません）。\n"
        "A casual meeting to hear about your career, not a screening.",
        Attendee("Aya Mori", "a.mori@northbay-search.jp"), (HARUTO,)), me=ME)
    assert not verdict.is_interview


@pytest.mark.parametrize("note", [
    "K. Brunner 079 xxx - wirkt motiviert, AD Grundlagen. -> eher nein",
    "Lohnvorst. 80k. Martina fragen ob 2. Runde",
])
def test_the_users_own_note_on_an_applicant(note: str) -> None:
    verdict = classify_event(event("Tel.interview K. Brunner", note), me=ME)
    assert not verdict.is_interview
    assert any("assesses someone" in r for r in verdict.reasons)


def test_the_unemployment_offices_advisor_is_no_headhunter() -> None:
    verdict = classify_event(event(
        "RAV Beratungsgespräch (Hr. Kuster)", "Mitnehmen: Nachweis Arbeitsbemühungen, CV.\nPersonalberater: Hr. "
        "Kuster", location="RAV Thun"), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("a personal-life setting")


@pytest.mark.parametrize(("title", "note"), [
    ("Probehalbtag Brunnmatt Logistik", "Sicherheitsschuhe mitnehmen. Ferientag eingegeben."),
    ("Turno de prueba Clínica Levante", "Turno de mañana con la supervisora, luego hablo con la coordinadora."),
])
def test_a_trial_half_day_or_shift_in_the_users_own_entry(title: str, note: str) -> None:
    assert classify_event(event(title, note), me=ME, model="rules").is_interview


def test_behavioural_stories_readied_by_the_applicant() -> None:
    verdict = classify_event(event("Westgate panel Kwinana", "Rhys (maint supt) + Tash (HR). STAR: outage story, "
                                   "crew conflict"), me=ME, model="rules")
    assert any("'star: outage story'" in r for r in verdict.reasons)


def test_a_visit_and_an_interview_in_one_terse_title() -> None:
    assert classify_event(event("KCM site visit + int - elec sup"), me=ME, model="rules").is_interview


@pytest.mark.parametrize("description", [
    "Hi Haruto, I'm recruiting for a tier-one miner in the Pilbara. Client is confidential at this stage.",
    "Thank you for your time. Because the search is confidential at this stage, we will share the client's name "
    "after this initial screening conversation. Please have your resume handy.",
])
def test_an_agency_keeping_its_client_confidential(description: str) -> None:
    verdict = classify_event(event("Screening Conversation: Haruto Sato / Ridgefield Search", description,
                                   Attendee("Okafor, Grace", "gokafor@ridgefieldsearch.com"), (HARUTO,)), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("a recruitment agency's first talk")


@pytest.mark.parametrize(("description", "client"), [
    ("Hola Haruto: te llamo para contarte la posición.\n\nCliente (confidencial, no lo comentes): Princess Grace "
     "Clinic, Londres - Senior Staff Nurse.", "Princess Grace Clinic"),
    ("Bonjour,\n- Client : Lorvenne SA, Brest\n- Poste : Conducteur de travaux principal", "Lorvenne"),
])
def test_an_agency_names_its_client_on_a_labelled_line(description: str, client: str) -> None:
    verdict = classify_event(event("Llamada Javier / Haruto", description,
                                   Attendee("Javier Ruano", "javier@albionsearch.com"), (HARUTO,)), me=ME)
    assert verdict.is_interview
    assert verdict.company == client


def test_an_agency_names_its_client_by_the_search_it_runs() -> None:
    verdict = classify_event(event(
        "Kinsley Search - Haruto Sato", "Hi Haruto - this is our first-round interview for the Harbour Opera's "
        "Director of Development search. Talk soon, Avery", Attendee("Avery Lockhart", "avery@kinsleysearch.com"),
        (HARUTO,)), me=ME)
    assert verdict.is_interview


def test_a_headhunter_discloses_the_client_after_the_word_auftraggeber() -> None:
    verdict = classify_event(event(
        "Telefonat Kestner / Sato", "Wie angekündigt, darf ich Ihnen den Auftraggeber nun offenlegen: Es handelt sich "
        "um die Stiftung Sonnenhof, die eine Bereichsleitung sucht. Ihre Wechselmotivation besprechen wir am Telefon.",
        Attendee("Christoph Kestner", "c.kestner@kestner-executive.de"), (HARUTO,)), me=ME)
    assert verdict.is_interview


def test_a_founder_who_got_the_users_cv_for_a_catch_up_about_the_job() -> None:
    verdict = classify_event(event(
        "Catch up - Haruto / Dave (Brightspark)", "G'day Haruto, got your CV off Seek. Come by the workshop for a "
        "catch up about the supervisor job. Dave", Attendee("Dave Kostas", "davebrightspark@gmail.com"), (HARUTO,)),
        me=ME, model="rules")
    assert verdict.is_interview


def test_a_booking_pages_confirmation_of_the_users_own_slot() -> None:
    verdict = classify_event(event(
        "VP of Development - Candidate Phone Screen (Homeward Housing Trust)",
        f"Name: Haruto Sato\nPhone: (404) 555-0100\nEmail: {PRIVATE}\n\nLeah Tomlin will call you.\n\n"
        "Change/cancel appointment: https://app.acuityscheduling.com/schedule.php?owner=1&action=appt"), me=ME)
    assert verdict.is_interview
    assert verdict.company == "Homeward Housing Trust"


def test_a_pasted_german_zoom_invitation_is_not_the_users_own_note() -> None:
    verdict = classify_event(event(
        "Kurzes Vorgespräch Fachberatung", "Barbara Kellermann lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n"
        "Liebe Frau Sato, kurzes Vorgespräch zur Stelle – danach laden wir ausgewählte Bewerberinnen zum Gespräch "
        "mit dem Vorstand ein.\nhttps://us02web.zoom.us/j/86672019934"), me=ME)
    assert not any("speaks of candidates" in r for r in verdict.reasons)


def test_a_kitas_trial_half_day_for_its_next_head_is_a_job() -> None:
    verdict = classify_event(event(
        "Hospitation Hr. Sato – Kita Regenbogen", "Wie vereinbart der halbe Tag in der Kita. Frau Ruf zeigt Ihnen das "
        "Haus, danach reflektieren wir gemeinsam.", Attendee("Birgit Lindemann", "b.lindemann@kitawerk-ulm.de"),
        (HARUTO,), location="Kita Regenbogen, Ulm"), me=ME, model="rules")
    assert verdict.is_interview


def test_a_welfare_check_after_an_incident() -> None:
    verdict = classify_event(event("TRiM 28 day - w/ Sue (OH)", "follow up. she'll do the risk assessment interview "
                                   "again."), me=ME)
    assert not verdict.is_interview


def test_a_mock_document_inside_an_assessment_is_no_mock_interview() -> None:
    verdict = classify_event(event(
        "Harlow Airport - Security Manager - Stage 2 Assessment", "The assessment includes a competency interview and "
        "a practical exercise reviewing a (mock) compliance inspection report.",
        Attendee("Harlow Airport Careers", "careers@harlowairport.co.uk"), (HARUTO,)), me=ME, model="rules")
    assert verdict.is_interview


def test_a_post_going_on_after_an_ampersand_is_no_candidates_name() -> None:
    verdict = classify_event(event(
        "Interview: Violence Reduction & Security Lead - Band 7", "Dear Haruto Sato, we are pleased to invite you to "
        "interview for the above post.", Attendee("Recruitment", "noreply@trac.jobs")), me=ME, model="rules")
    assert verdict.is_interview


@pytest.mark.parametrize(("name", "clean"), [
    ("【一次面接】Halvorsen Pharma K.K. 様", "Halvorsen Pharma"),
    ("Tidewell FoodsのTalent Acquisitionの遠藤です", "Tidewell Foods"),
    ("ヴァンデル製薬 東京本社", "ヴァンデル製薬"),
])
def test_japanese_around_a_company_name(name: str, clean: str) -> None:
    assert clean_company(name) == clean


def test_what_is_no_company() -> None:
    found = text_companies("Screening Conversation: Haruto Sato / Whitcombe Partners", "Grace will call you at "
                           "404-555-0187.", {"haruto sato"})
    assert "Conversation" not in found and not any(name[0].isdigit() for name in found)


def test_the_japanese_final() -> None:
    assert find_stage("最終面接：佐藤 様", "")[0] == "final"
