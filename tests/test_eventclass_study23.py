"""classify_event after the holdout172-179 study: the user's own note that someone calls about a job; an agency's
client named in a sentence; an applicant tracking system's or a practice's invitation in the user's own trade is no
personal appointment; a coach's interview simulation, a survey, a relative's interview, an apprentice's follow-up
and a professional order's registration talk are no interviews; a practice's name its domain abbreviates; the
user's own candidate number or CV, a public body's summons and "no visa needed" leave the user the candidate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.domainmatch import registrable_label
from afterview.daemon.eventclass.loosefit import tail_named

PRIVATE = "noa.vidal.fisio@gmail.com"
WORK = "nvidal@clinica-arenal.es"
ME = [PRIVATE, WORK]
NOA = Attendee("Noa Vidal", PRIVATE)
CALLED = "the user's own entry: someone calls the user about a job"


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2026, 12, 14, 10, 0, tzinfo=UTC)
    return CalendarEvent(uid="s23", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize(("summary", "description"), [
    ("Call Nordhafen (Ina, TA) – Head of Platform", "ruft mich an. Gehalt: 140+? 2 Tage remote?"),
    ("Tél Le Quai – M. Roux (proprio)", "c'est lui qui appelle. brasserie 120 cvts, cherche chef. salaire ?"),
    ("Orvale - Tasha - Research Lead", "she calls my cell. salary range?? hybrid ok?"),
    ("tlf Marga (RRHH Sanitas)", "1a llamada. me llama ella. horario? guardias?"),
])
def test_someone_calling_the_user_about_a_job_in_the_users_own_note_is_an_interview(
        summary: str, description: str) -> None:
    verdict = classify_event(event(summary, description), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert any(reason.startswith(CALLED) for reason in verdict.reasons)


@pytest.mark.parametrize(("summary", "description"), [
    ("Referenz für Jonas Keller", "Fr. Maier (HR Kranwerk) ruft an, Jonas hat mich als Referenz angegeben."),
    ("Kantar call", "they call me on mobile. 20 min survey on IT salaries, paid."),
    ("Brightline - Dana", "she calls me with the offer. ask for the salary in writing"),
    ("Mia (SRE Kandidatin) zurückrufen", "Gehalt 95k, Band bis 88. ich rufe an."),
])
def test_a_call_that_is_no_applicants_is_not_read_as_one(summary: str, description: str) -> None:
    verdict = classify_event(event(summary, description), me=ME, model="rules")
    assert not any(reason.startswith(CALLED) for reason in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(("sentence", "client"), [
    ("As mentioned, the client is KopiPay (a licensed payment institution).", "KopiPay"),
    ("we've been retained by Orchard Clinics to find their first Head of Research.", "Orchard Clinics"),
    ("this is the off-cycle search we're running for Pinecrest Growth Partners.", "Pinecrest Growth Partners"),
])
def test_an_agency_naming_its_client_in_a_sentence_is_an_interview_for_that_client(sentence: str,
                                                                                  client: str) -> None:
    agency = Attendee("Geraldine Foo", "geraldine.foo@crestmontsearch.com")
    verdict = classify_event(event("Noa Vidal / Crestmont Search – confidential search",
                                   f"Hi Noa,\n\n{sentence} I'll call you on your mobile.\n\nGeraldine Foo\nPartner",
                                   agency, (NOA,)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == client


def test_a_roles_last_word_is_not_the_agencys_client() -> None:
    agency = Attendee("James Whitfield", "james@kestrel-search.co.uk")
    verdict = classify_event(event(
        "Interview: Noa Vidal – Head of Distribution DE",
        "Hi Noa,\n\nthe client is Conexa Freight GmbH and the role is Head of Distribution Germany.", agency,
        (NOA,)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company is not None and verdict.company.startswith("Conexa Freight")


def test_an_applicant_tracking_systems_invitation_from_a_school_is_no_personal_appointment() -> None:
    verdict = classify_event(event(
        "Entrevista / Gespräch: Lehrkraft Mathematik/Physik – Noa Vidal",
        "Hola Noa, hallo Frau Vidal,\n\nhier die Bestätigung Ihres Termins / aquí tienes la confirmación de tu "
        "cita.\n\nDeutsche Schule Valencia – Colegio Alemán",
        Attendee("Deutsche Schule Valencia", "noreply@teamtailor.com"),
        (Attendee("Equipo de Personal DSV", "personal@dsvalencia.com"), NOA)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_practice_titling_the_users_trade_and_name_is_no_personal_appointment() -> None:
    clinic = Attendee("Marta Puig", "marta.puig@fisio-diagonal.cat")
    verdict = classify_event(event(
        "Videollamada Noa Vidal - Fisioterapeuta deportiva (Fisio Diagonal)",
        "Hola Noa,\n\nhablaremos de tu experiencia con deportistas y del cuadrante de turnos.\n\nMarta",
        clinic, (clinic, NOA)), me=ME, model="rules")
    assert not any(reason.startswith("a personal-life setting") for reason in verdict.reasons), verdict.reasons


def test_the_users_own_physio_appointment_is_still_personal() -> None:
    verdict = classify_event(event("Fisioterapeuta – rodilla", "sesión 3 de 6. llevar toalla"), me=ME,
                             model="rules")
    assert not verdict.is_interview


@pytest.mark.parametrize(("summary", "description", "organizer"), [
    ("Noa Vidal and Dr. Ulrike Sand", "Event Name: Interview-Simulation Executive (75 Min.)\n\nPowered by Calendly.com",
     Attendee("Dr. Ulrike Sand", "kontakt@sand-coaching.de")),
    ("Statistik Austria Interview (Mikrozensus) – ruft an", "Arbeitskräfteerhebung, Haushaltsnr. auf dem Brief",
     None),
    ("Pablo interview @ Hospital Clínic (pharmacist role) - drive him", "drop him at the main gate, wait in car park",
     None),
    ("Visite en entreprise – suivi de l'apprenti Léo M. (CAP Cuisine)",
     "Entretien tripartite apprenti / maître d'apprentissage / formateur. Poste : commis.",
     Attendee("Olivier Baldacci (CFA)", "o.baldacci@cfa-paca.fr")),
    ("Entretien d'inscription - Dr Vidal",
     "Suite à votre demande d'inscription au tableau de l'Ordre, vous êtes invitée à un entretien au secrétariat.",
     Attendee("Secrétariat", "secretariat@ordre-kines.be")),
    ("Max Fußball – Testspiel", "Testspiel gg. Rapid U12 – Treffpunkt 15:45!", None),
])
def test_look_alikes_are_no_interviews(summary: str, description: str, organizer: Attendee | None) -> None:
    attendees = (NOA,) if organizer is not None else ()
    verdict = classify_event(event(summary, description, organizer, attendees), me=ME, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_an_agency_whose_name_the_title_brackets_is_no_role() -> None:
    agency = Attendee("Sarah Cohen", "s.cohen@talents-hotellerie.fr")
    verdict = classify_event(event(
        "Échange Sarah Cohen (Talents Hôtellerie) / Noa Vidal",
        "Bonjour Noa,\n\nJ'ai vu votre profil sur LinkedIn. Je vous propose un échange de 30 minutes pour faire "
        "connaissance : votre parcours et le type de poste que vous recherchez.\n\nSarah", agency, (NOA,)),
        me=ME, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("a recruitment agency's first talk"), verdict.reasons


def test_a_practices_name_its_domain_abbreviates_is_read_from_the_text() -> None:
    assert tail_named("veto-saintgilles", ["Entretien - Clinique Vétérinaire Saint-Gilles", ""], set()) \
        == "Clinique Vétérinaire Saint-Gilles"
    # a head the name writes out is the domain's own spelling; a long head is no abbreviation
    assert tail_named("lumera-health", ["Dein Lumera Health Team", ""], set()) is None
    assert tail_named("glockner-erlebniswelt", ["Rundgang Erlebniswelt", ""], set()) is None
    # ... nor is a role before the place a practice's name
    assert tail_named("brg-privee", ["Responsable Banque Privee", ""], set()) is None


def test_the_users_own_candidate_number_in_an_invitation_to_them_is_no_hiring_side() -> None:
    agency = Attendee("EMA Selection", "selection@ema.europa.eu")
    verdict = classify_event(event(
        "EMA/AD/2026/021 – Interview with the Selection Committee – Candidate 0417",
        "Dear candidate,\n\nfurther to your application for selection procedure EMA/AD/2026/021, we are pleased to "
        "invite you to an interview with the Selection Committee.", agency, (NOA,)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_take_home_graded_for_candidate_number_is_still_the_hiring_sides() -> None:
    verdict = classify_event(event("Review take-home: candidate #4471 (backend)", "grade against the rubric"),
                             me=ME, model="rules")
    assert not verdict.is_interview


@pytest.mark.parametrize(("summary", "description"), [
    ("Anhörung – Leitung Therapiezentrum Süd",
     "Sehr geehrte Frau Vidal,\n\ndie Begutachtungskommission tritt am 10. März zusammen. Sie werden ersucht, sich "
     "zum angegebenen Zeitpunkt zur Anhörung einzufinden.\n\nDie Mitglieder der Kommission werden Ihnen vor Ort "
     "vorgestellt."),
    ("Auswahlgespräch II/3 – Vidal",
     "Auswahlgespräch zur Ausschreibung BMG-2026/0112.\n\nDas Gespräch führen MR Mag. Stefan Wurzer und Mag.a Eva "
     "Reisinger."),
])
def test_a_public_bodys_summons_to_the_applicant_is_an_interview(summary: str, description: str) -> None:
    body = Attendee("Horvath, Elisabeth", "elisabeth.horvath@gesundheit-bgld.gv.at")
    verdict = classify_event(event(summary, description, body, (body, NOA)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_an_agency_sending_the_users_own_resume_to_the_employer_is_no_hiring_side() -> None:
    agency = Attendee("Dana Whitlock", "dwhitlock@keystonesearch.ca")
    verdict = classify_event(event(
        "Aurora Clinics - Noa Vidal / Victor Chen (via Keystone)",
        "Hi Noa and Victor,\n\nI've booked time for you both to meet about the Lead Physiotherapist role on Victor's "
        "team at Aurora Clinics. Victor, Noa's resume is attached to my earlier email.\n\nDana", agency,
        (NOA, Attendee("Chen, Victor", "victor.chen@auroraclinics.ca"))), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_no_visa_needed_is_no_visa_appointment() -> None:
    ta = Attendee("Lena Hoffmann", "lena.hoffmann@bis-school.com")
    verdict = classify_event(event(
        "Bavarian International School - Noa Vidal - Initial Call",
        "Hi Noa,\n\nThanks for your interest in the School Physiotherapist role. This first call is about your "
        "background, contract questions (EU citizen – no visa needed) and the process.", ta, (NOA,)),
        me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("domain", "label"), [
    ("orchidpacific.com.my", "orchidpacific"), ("careers.rhb.gov.sg", "rhb"), ("mail.ngo.or.id", "ngo"),
    ("acme.co", "acme"), ("hr.acme.io", "acme"),
])
def test_a_countrys_generic_second_level_is_no_organisation(domain: str, label: str) -> None:
    assert registrable_label(domain) == label


@pytest.mark.parametrize("summary", [
    "elkarrizketa Ibarmia",  # Basque
    "Temu Duga Bersemuka - Pengurus Kanan",  # Malay
    "【华星云】面试邀请 - 安全运营经理",  # Chinese
    "Voltana eindgesprek w/ Pieter",  # Dutch: the final talk
    "Belmont HireVue - due 11.59pm!!",  # the one-way video interview
    "Copperleaf final (Teams) - CPO",  # a final with one executive
])
def test_the_users_own_note_of_an_interview_in_other_words_is_one(summary: str) -> None:
    verdict = classify_event(event(summary, "Procurement Director role."), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_prep_block_for_a_final_with_an_executive_is_no_interview() -> None:
    verdict = classify_event(event("Prep Kranich final – STAR stories, questions for CEO", "1) rollout story"),
                             me=ME, model="rules")
    assert not verdict.is_interview


def test_a_schools_name_in_the_signature_is_no_personal_setting() -> None:
    principal = Attendee("Dana Gallagher", "dgallagher@ris.at")
    verdict = classify_event(event(
        "Noa Vidal / Dana Gallagher - HS Physio", "Hi Noa, so sorry – a board meeting landed on Tuesday. Moved "
        "us to Thursday, same link.\n\nDana Gallagher\nHigh School Principal, Riverside International School",
        principal, (principal, NOA)), me=ME, model="rules")
    assert not any(reason.startswith("a personal-life setting") for reason in verdict.reasons), verdict.reasons


def test_an_international_schools_recruiting_platform_is_an_applicant_tracking_system() -> None:
    verdict = classify_event(event(
        "Schrole Connect - Interview scheduled: Al Barsha British Academy",
        "Your interview with Al Barsha British Academy has been scheduled. School: Al Barsha British Academy.",
        Attendee("Schrole Connect", "notifications@schrole.com"), (NOA,)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize("description", [
    "Hi Noa,\n\nthanks for your interest. We'll talk about relocation/visa support (EU Blue Card) and our process.",
    "Hi Noa,\n\nthis first call is for me to walk you through the role and check bar/visa timing before I submit you.",
    "Hi Noa,\n\nCheck in at the main lobby; the visitor badge requires a passport or visa. Itinerary below.",
])
def test_a_visa_among_the_jobs_practicalities_is_no_visa_appointment(description: str) -> None:
    ta = Attendee("Kim Lee", "kim.lee@deliverwell.com")
    verdict = classify_event(event("First Call: Lead Physiotherapist - Deliverwell", description, ta, (NOA,)),
                             me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_doodle_poll_is_no_survey() -> None:
    verdict = classify_event(event("Schlussgespräch Leitung Physiotherapie – Bergklinik Arosa",
                                   "Termin aus der Doodle-Umfrage bestätigt. Mit Frau Dr. Meier (Chefärztin).",
                                   Attendee("Meier, Anna", "anna.meier@bergklinik.ch"), (NOA,)), me=ME, model="rules")
    assert not verdict.reasons[0].startswith("research or press interview"), verdict.reasons


def test_a_numbered_round_is_no_blog_post() -> None:
    verdict = classify_event(event("Coveo entrevue 2e ronde", "relire leur blog tech avant"), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("description", "company"), [
    ("Hi Noa, happy to chat about the physio lead job. I'll send a Meet link.\n\nSinéad\nFounder, Patchwork & Co.",
     "Patchwork & Co"),
    ("Hallo Noa, anbei der Termin für unser Kennenlernen. Kurz zu uns: Flinkwerk liefert Lebensmittel in unter "
     "15 Minuten.", "Flinkwerk"),
    ("Thanks for making time on Thursday. As mentioned on the phone, we're setting up Zephyr Air Cargo and need "
     "a head of crew health.", "Zephyr Air Cargo"),
])
def test_a_founder_on_personal_mail_names_the_company_in_a_signature_or_pitch(description: str,
                                                                               company: str) -> None:
    founder = Attendee("Sinéad Walsh", "sinead.walsh77@gmail.com")
    verdict = classify_event(event("Noa / Sinéad - chat about the physio lead role", description, founder,
                                   (founder, NOA)), me=ME, model="rules")
    assert verdict.company == company, verdict.reasons
