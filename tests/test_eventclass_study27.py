"""classify_event after the holdout212-219 study: a video invitation someone else sent, pasted into an entry; an
academic post's audition (the user's note, an invitation, the user's own university's committee); an invitation
written to the user about "your interview for the … post"; agencies that keep their client unnamed (Dutch, French) or
name it ("ons mandaat … bij", "el cliente es", "pour le compte de"), which the model no longer vetoes; an agency's final
round; the user's own applicant notes in Dutch and Spanish; a recommendation for someone's next round; a chamber's
trainer exam; the psychological part of an aptitude test; an airline's selecting open day; residency interview tools,
programs and a home applicant; a Dutch trial day; a talk "w/" someone of a post; company names (an airline's crew post,
a French university's domain, a Canadian federal domain's pair of acronyms)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.auditions import own_audition
from afterview.daemon.eventclass.combine import with_model
from afterview.daemon.eventclass.companyname import clean_company
from afterview.daemon.eventclass.displayname import domain_display, first_of_pair
from afterview.daemon.eventclass.role import extract_role
from afterview.daemon.eventclass.signals import fold

PRIVATE = "margot.lefranc.pro@free.fr"
WORK = "margot.lefranc@lab-chimie.fr"
ME = [PRIVATE, WORK]
MARGOT = Attendee("Margot Lefranc", PRIVATE)


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
    return CalendarEvent(uid="s27", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def test_a_pasted_video_invitation_from_a_program_is_not_the_users_own_note_about_applicants() -> None:
    verdict = classify_event(event(
        "Riverside Health IM Residency Interview Day",
        "Riverside Health IM Residency is inviting you to a scheduled Zoom meeting.\n\nApplicant Interview Day - "
        "please join 15 minutes early; you will move to breakout rooms for two faculty interviews.\n\n"
        "Join Zoom Meeting\nhttps://riverside.zoom.us/j/81234567890"), me=ME)
    assert not any("speaks of candidates" in r for r in verdict.reasons)


def test_the_users_own_pasted_invitation_about_an_applicant_stays_the_hiring_side() -> None:
    verdict = classify_event(event(
        "Lab technician applicant - Tom Berger",
        "Margot Lefranc is inviting you to a scheduled Zoom meeting.\nTopic: interview for the lab technician post "
        "with the applicant Tom Berger.\nJoin Zoom Meeting\nhttps://zoom.us/j/81234567891"), me=ME)
    assert not verdict.is_interview


@pytest.mark.parametrize(("title", "post"), [
    ("Audition MCF Rennes (visio) - 32 MCF 1234", "mcf"),
    ("Audition concours CR CNRS - section 14", "cr"),
    ("Audition Unicaen 31MCF0456 !!", "31mcf0456"),
])
def test_the_users_own_note_of_an_academic_audition(title: str, post: str) -> None:
    assert own_audition(fold(title)) == post


@pytest.mark.parametrize("title", [
    "Auditions 32 MCF 1234 - jury", "Audition blanche MCF - Margot", "PRÉPA audition Rennes - slides",
    "Comité de sélection 32 MCF 1234 - audition des candidats", "Audition témoin – PV 2026/0412",
])
def test_a_committees_auditions_a_rehearsal_or_a_witness_are_no_own_audition(title: str) -> None:
    assert own_audition(fold(title)) is None


def test_a_committee_hearing_the_user_by_family_name_is_the_users_audition() -> None:
    verdict = classify_event(event(
        "Comité de sélection 32 MCF 0777 - audition LEFRANC",
        "Bonjour,\n\nle comité de sélection du poste 32 MCF 0777 a retenu votre dossier pour audition, en visio.\n"
        "Format : 15 min de présentation, 25 min de questions.\n\nCordialement,\nJ. Morvan",
        Attendee("Jean Morvan", "jean.morvan@univ-bretagne.fr"), (MARGOT,)), me=ME)
    assert any("audition lefranc" in r for r in verdict.reasons)


def test_an_invitation_about_your_interview_for_a_post_at_a_school_is_no_personal_life() -> None:
    verdict = classify_event(event(
        "Interview - Lecturer (Analytical Chemistry) - M. Lefranc",
        "Dear Margot, please find the Zoom details for your interview for the Lecturer post with the Head of the "
        "School of Chemistry and myself.\nZoom: https://northbay.zoom.us/j/84410927000",
        Attendee("Clare Dunne", "clare.dunne@northbay.ac.uk"), (MARGOT,)), me=ME)
    assert not any("personal-life" in r for r in verdict.reasons)


def test_a_dutch_agency_keeping_its_client_unnamed_holds_a_first_talk() -> None:
    verdict = classify_event(event(
        "Kennismakingsgesprek Scheldt Selectie - Margot Lefranc",
        "Dag Margot,\n\nWij zoeken voor een klant een ervaren profiel in de chemie. De naam van onze klant kan ik in "
        "dit stadium nog niet vrijgeven, dat doe ik na ons gesprek.\n\nGroeten,\nEls",
        Attendee("Els Maes", "els.maes@scheldtselectie.be"), (MARGOT,)), me=ME)
    assert not verdict.is_interview
    assert any("no employer named" in r for r in verdict.reasons)


def test_a_dutch_headhunters_mandate_names_the_client() -> None:
    verdict = classify_event(event(
        "Call Tom Peeters / Margot Lefranc",
        "Dag Margot,\n\nBetreft: ons mandaat Head of Analytical Lab bij Polder Polymers NV (Kallo). Ik loop graag je "
        "CV door en stel je daarna voor aan hun R&D Director.\n\nTom Peeters\nPartner – Keystone Executive Search",
        Attendee("Tom Peeters", "tom.peeters@keystone-search.be"), (MARGOT,)), me=ME)
    assert verdict.is_interview
    assert verdict.company == "Polder Polymers NV"


def test_a_french_headhunter_telling_more_about_the_client_later_holds_a_first_talk() -> None:
    verdict = classify_event(event(
        "Échange confidentiel - Harcourt Conseil / M. Lefranc",
        "Chère Margot,\n\nje vous propose un premier échange au sujet d'un poste de directrice R&D pour un groupe "
        "chimique. Je pourrai vous en dire davantage sur le client une fois que nous aurons fait connaissance.\n\n"
        "Laurence Dubreuil, Partner, Harcourt Conseil Executive Search",
        Attendee("Laurence Dubreuil", "ldubreuil@harcourt-conseil.com"), (MARGOT,)), me=ME)
    assert not verdict.is_interview


def test_a_spanish_agency_naming_the_client_and_its_final_round() -> None:
    screen = classify_event(event(
        "Entrevista en profundidad (60 min) between Pablo Ruiz and Margot Lefranc",
        "Como te adelanté por teléfono, el cliente es Quimsa (Química del Mediterráneo), puesto de Responsable de "
        "Laboratorio en Castellón. Repasaremos tu experiencia antes de presentar tu candidatura.",
        Attendee("Pablo Ruiz", "pruiz@levantetalent.es"), (MARGOT,)), me=ME)
    assert screen.is_interview and screen.company == "Quimsa"
    final = classify_event(event(
        "Entrevista final con Directora de Laboratorio",
        "Margot, ¡enhorabuena por pasar a la final! Te reunirás con Dña. Carmen Vidal, Directora de Laboratorio de "
        "Quimsa, en su oficina de Castellón.", Attendee("Pablo Ruiz", "pruiz@levantetalent.es"), (MARGOT,)), me=ME)
    assert not any("no employer named" in r for r in final.reasons)


def test_an_agencys_evaluation_interview_for_its_named_client_is_about_a_job() -> None:
    verdict = classify_event(event(
        "Margot Lefranc - Page Personnel - Responsable Qualité Labo",
        "Hola Margot,\n\nte envío la convocatoria para la entrevista de evaluación sobre la posición Responsable "
        "Calidad de nuestro cliente Farmalev Industrial (Valencia). Tras esta reunión presentaríamos tu candidatura.",
        Attendee("Moreno, Carlos", "CarlosMoreno@pagepersonnel.es"), (MARGOT,)), me=ME)
    assert not any(r.startswith("not about a job") for r in verdict.reasons)


def test_the_users_own_dutch_note_of_what_to_bring() -> None:
    verdict = classify_event(event(
        "gesprek Van Acker Gent",
        "sollicitatie - Pieter Van Acker zelf (zaakvoerder). CV + attest opleiding mee, vragen naar firmawagen",
        location="Van Acker Labo, Kortrijksesteenweg Gent"), me=ME)
    assert any("reads as an applicant's" in r for r in verdict.reasons)


@pytest.mark.parametrize(("summary", "description"), [
    ("Quimsa tlf RRHH", "Me llama Sonia de RRHH. Puesto de técnica de laboratorio. Tener a mano salario actual."),
    ("Llamada Farmalev", "Llamada de Marta (selección Farmalev) - técnica de calidad. Ojo: piden inglés B2."),
])
def test_the_users_own_spanish_note_of_a_recruiters_call(summary: str, description: str) -> None:
    verdict = classify_event(event(summary, description), me=ME)
    assert any("calls the user about a job" in r or "title says" in r for r in verdict.reasons)


def test_a_recommendation_for_someones_next_round_in_the_users_note_is_the_hiring_side() -> None:
    verdict = classify_event(event("Feedback Brandt -> Claudia (Forms)",
                                   "Brandt: Fachteil gut, unpünktlich. Empfehlung: 2. Gespräch."), me=ME)
    assert not verdict.is_interview
    assert any("assesses someone" in r for r in verdict.reasons)


def test_a_chambers_trainer_exam_is_no_interview() -> None:
    verdict = classify_event(event(
        "Ausbildereignungsprüfung (AEVO) – praktischer Teil: Präsentation und Fachgespräch",
        "Prüfungsteilnehmer-Nr. 2210\nPräsentation einer Ausbildungssituation und Fachgespräch mit dem "
        "Prüfungsausschuss.", location="IHK Leipzig, Raum 204"), me=ME)
    assert not verdict.is_interview


def test_the_psychological_part_of_an_aptitude_test_is_a_selection_step_not_a_medical() -> None:
    verdict = classify_event(event(
        "Eignungsuntersuchung – psychologischer Teil (Auswahlverfahren Regiobahn, Tf)",
        "Termin im Rahmen Ihres Bewerbungsverfahrens: Leistungstests und Explorationsgespräch mit der Psychologin.",
        Attendee("Terminvergabe Psychologischer Dienst", "termine@bahn-gesundheit.de"), (MARGOT,)), me=ME)
    assert not any(r.startswith("not about a job") for r in verdict.reasons)


def test_an_airlines_open_day_that_selects_on_the_day_is_no_class() -> None:
    verdict = classify_event(event(
        "GULFAIR OPEN DAY",
        "Open Day - Cabin Crew. CV drop from 9am, then group activities + English test, and the final interview "
        "maybe the next day. Bring CV with photo and passport."), me=ME)
    assert not any(r.startswith("class or webinar") for r in verdict.reasons)


def test_a_residency_scheduler_is_a_tool_and_a_specialty_is_no_candidate() -> None:
    verdict = classify_event(event(
        "Interview Day: Lakeshore University Medical Center - Internal Medicine",
        "Program: Lakeshore University Medical Center - Internal Medicine - Categorical\nCheck-in: 7:00 AM CT\n\n"
        "Manage in Thalamus.", Attendee("Thalamus", "no-reply@thalamusgme.com"), (MARGOT,)), me=ME)
    assert not any("the candidate" in r for r in verdict.reasons)
    assert any("applicant tracking system" in r for r in verdict.reasons)
    assert verdict.company == "Lakeshore University Medical Center"


def test_an_applicant_label_with_the_users_name_is_the_users_own_interview() -> None:
    verdict = classify_event(event(
        "Lakeshore University - Internal Medicine Residency Interview",
        "Applicant: Margot Lefranc (AAMC ID 12345678)\nProgram: Lakeshore University - Internal Medicine\n"
        "Manage your interview: https://www.interviewbroker.com/applicant"), me=ME)
    assert not any("speaks of candidates" in r for r in verdict.reasons)


@pytest.mark.parametrize(("raw", "clean"), [
    ("UW IM Residency", "UW"), ("Lakeshore Internal Medicine Residency", "Lakeshore"), ("Duke IM", "Duke"),
    ("Yale Traditional IM Residency", "Yale"),
])
def test_a_residency_programs_name_after_the_hospital_is_cut(raw: str, clean: str) -> None:
    assert clean_company(raw) == clean


def test_a_dutch_trial_day_is_a_hiring_step() -> None:
    verdict = classify_event(event(
        "Meeloopdag Margot Lefranc (kandidaat labo-verantwoordelijke)",
        "Dag Margot, zoals besproken loop je woensdag een dag mee met het labo. Om 16u zitten we samen voor een "
        "evaluatie.", Attendee("Verhaert, Dieter", "dieter.verhaert@verhaert-labo.be"), (MARGOT,)), me=ME)
    assert any("meeloopdag" in r for r in verdict.reasons)


def test_a_talk_with_someone_of_a_post_names_no_role() -> None:
    assert extract_role("TB sub – walk-through w/ TBS PSS analyst", "") is None


@pytest.mark.parametrize(("raw", "clean"), [
    ("Emirates Cabin Crew", "Emirates"), ("Comlux Crew", "Comlux"), ("CityJet Instructor", "CityJet"),
    ("Meridian Crew Solutions", "Meridian Crew Solutions"),
])
def test_an_airlines_crew_post_after_its_name_is_cut(raw: str, clean: str) -> None:
    assert clean_company(raw) == clean


@pytest.mark.parametrize(("domain", "shown"), [
    ("nrcan-rncan.gc.ca", "NRCAN"), ("univ-lille.fr", "Université de Lille"), ("saint-gobain.com", "Saint Gobain"),
])
def test_a_domains_display_name(domain: str, shown: str) -> None:
    assert domain_display(domain) == shown


@pytest.mark.parametrize(("name", "domain", "first"), [
    ("PCO-BCP", "pco-bcp.gc.ca", "PCO"), ("HC SC", "hc-sc.gc.ca", "HC"), ("NRCan RNCan", "nrcan-rncan.gc.ca", "NRCan"),
    ("CMA CGM", "cma-cgm.com", "CMA CGM"), ("AB InBev", "ab-inbev.com", "AB InBev"),
])
def test_the_first_of_a_federal_domains_bilingual_pair_of_acronyms(name: str, domain: str, first: str) -> None:
    assert first_of_pair(name, [domain]) == first


def test_the_model_never_vetoes_an_agencys_invitation_that_names_its_client() -> None:
    reasons = ["another company takes part", "a recruitment agency names its client", "score 5.0 (threshold 3.0)"]
    decided, _, added = with_model(True, reasons, lambda: (0.05, 40, {"s:org=company", "t:interview"}))
    assert decided and added == ["model: interview 0.05"]
    vetoed, _, _ = with_model(True, reasons[:1] + reasons[2:], lambda: (0.05, 40, {"s:org=company", "t:interview"}))
    assert not vetoed


def test_a_headhunter_searching_on_behalf_of_a_named_client_in_bold() -> None:
    verdict = classify_event(event(
        "Échange confidentiel - A. Vernet / M. Lefranc",
        "Bonjour Margot,<br><br>je mène pour le compte de <b>Polymeris</b> (Centre R&D, Lyon) le recrutement d'une "
        "responsable d'équipe R&D. Cet échange me permettra de mieux connaître votre parcours.<br><br>Agathe Vernet",
        Attendee("Agathe Vernet", "agathe.vernet@arverne-search.com"), (MARGOT,)), me=ME)
    assert not any("no employer named" in r for r in verdict.reasons)
    assert verdict.company == "Polymeris"


def test_the_users_own_universitys_committee_hearing_the_user_is_an_internal_application() -> None:
    verdict = classify_event(event(
        "COS 32 MCF 0158 - audition Mme LEFRANC",
        "Bonjour,\n\nveuillez trouver ci-dessous votre créneau d'audition devant le comité de sélection 32 MCF 0158.\n"
        "Présentation 12 min puis questions du comité.\n\nService concours - DRH",
        Attendee("BERTHIER, Martine", "martine.berthier@lab-chimie.fr"),
        (Attendee("LEFRANC, Margot", WORK), Attendee("LACOMBE, Olivier", "olivier.lacombe@lab-chimie.fr"))), me=ME)
    assert any("internal application" in r for r in verdict.reasons)


def test_a_home_applicants_interview_at_the_users_school_is_an_internal_application() -> None:
    verdict = classify_event(event(
        "Home Applicant Interview - Lefranc w/ Dr. Hargrove (PD)",
        "Margot, as a home applicant your interview is held in person with the Program Director.",
        Attendee("Residency Program", "residency@lab-chimie.fr"),
        (Attendee("Lefranc, Margot", WORK), Attendee("Hargrove, Michael", "michael.hargrove@lab-chimie.fr"))), me=ME)
    assert verdict.is_interview
    assert any("internal application" in r for r in verdict.reasons)
