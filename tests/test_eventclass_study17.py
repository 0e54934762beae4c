"""Session 17's fixes from studying holdout104-107: Luxembourg's POST mail as a personal address, a professional
body's panel evening, a recruiter's call with the client kept unnamed, a step word that is no client, the Swiss
greeting without a comma, "the internal vacancy of …", the user's note on the second candidate, aptitude tests and
their practice; and company names: "Studio X" at x.studio, a meeting link, "Job (Company)" in a founder's title, an
employer's own recruitment team signing, UK school and college recruiting systems, an HR desk, a person's post before
a registered name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

START = datetime(2027, 3, 2, 9, tzinfo=UTC)
ANNE = ["anne.weber@pt.lu", "anne.weber@banque-alzette.lu"]
PAUL = ["paul.mercier.prod@videotron.ca", "pmercier@studio-aurore.ca"]
ROB = ["rob.kaeser.bern@bluewin.ch", "rob.kaeser@aare-bahn.ch"]
ISLA = ["isla.reid.careers@gmail.com", "isla.reid@forthuni-careers.ac.uk"]


def _event(summary: str, description: str = "", organizer: Attendee | None = None,
           attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    return CalendarEvent(uid="study17@x", summary=summary, start=START, end=START + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def test_a_post_lu_address_is_private_not_the_users_employer() -> None:
    # (read as the employer's, pt.lu made "Pétrusse Trust" the user's own employer by its initials)
    founder = Attendee("Marc Schmit", "marc.schmit.lu@gmail.com")
    verdict = classify_event(_event(
        "Call re Head of Compliance role @ Pétrusse Trust", "Hi Anne, a first chat about the Head of Compliance role "
        "at Pétrusse Trust. I'll ring your mobile.", founder, (founder, Attendee("", ANNE[0]))), me=ANNE, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_professional_bodys_panel_evening_is_no_interview() -> None:
    chapter = Attendee("AML Forum Luxembourg", "events@amlforum-lux.org")
    verdict = classify_event(_event(
        "AML Forum – panel 'Hiring for compliance'", "Panel + networking. Anne Weber speaking (10 min). Drinks after.",
        chapter, (Attendee("Anne Weber", ANNE[0]),)), me=ANNE, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("class or webinar"), verdict.reasons


def test_a_recruiters_call_in_the_users_own_note_with_the_client_unnamed_is_no_interview() -> None:
    verdict = classify_event(_event("Telefonat Personalberater (Fr. Lang) – vertrauliche Position",
                                    "Fr. Lang ruft an. Mandant wird noch nicht genannt."), me=ANNE, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_an_agencys_first_call_on_a_confidential_mandate_is_no_interview() -> None:
    consultant = Attendee("Roy, Nadia", "nadia.roy@northtalent.ca")
    verdict = classify_event(_event(
        "Appel découverte - North Talent Partners (mandat confidentiel)", "Salut Paul, j'ai quelques mandats pour "
        "des studios à Montréal. Je préfère t'en parler avant de nommer les clients.", consultant,
        (Attendee("Mercier, Paul", PAUL[0]),)), me=PAUL, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("a recruitment agency's first talk"), verdict.reasons


def test_the_swiss_greeting_without_a_comma_still_greets_the_user() -> None:
    hr = Attendee("Zbinden, Lea", "lea.zbinden@aare-bahn.ch")
    verdict = classify_event(_event(
        "Interne Bewerbung: Gespräch Teamleiter Rangier", "Lieber Rob\nDanke für deine interne Bewerbung. Ich lade "
        "dich zusammen mit Beat Frei zum Gespräch ein.\nGruss, Lea", hr,
        (Attendee("Frei, Beat", "beat.frei@aare-bahn.ch"), Attendee("Käser, Rob", ROB[1]))), me=ROB, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert "an internal application at the user's employer, written to the user" in verdict.reasons


def test_the_internal_vacancy_of_a_post_is_an_internal_application_with_that_role() -> None:
    hr = Attendee("HR Resourcing", "hr-resourcing@forthuni-careers.ac.uk")
    verdict = classify_event(_event(
        "Interview - Employer Engagement Manager - internal", "Dear Isla,\n\nThank you for your application for the "
        "internal vacancy of Employer Engagement Manager. I am pleased to invite you to interview.", hr,
        (Attendee("Reid, Isla", ISLA[1]), Attendee("Law, Ken (Prof)", "ken.law@forthuni-careers.ac.uk"))),
        me=ISLA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.role == "Employer Engagement Manager"


def test_the_users_note_on_the_second_candidate_is_the_hiring_side() -> None:
    verdict = classify_event(_event("interview T Bell (careers asst)", "2nd candidate. use Q set A. Ruth joining"),
                             me=ISLA, model="rules")
    assert not verdict.is_interview
    assert "2nd candidate" in verdict.reasons[0]


def test_an_aptitude_test_is_a_hiring_step_and_its_practice_is_not() -> None:
    own = classify_event(_event("Test d'aptitude TRN Bienne (régulateur)", "Tests écrits + simulateur.",
                                location="TRN, Rue de la Gare 3, Bienne"), me=ROB, model="rules")
    assert own.is_interview, own.reasons
    practice = classify_event(_event("Aptitude test practice (mental maths) 1h"), me=ROB, model="rules")
    assert not practice.is_interview
    assert practice.reasons[0].startswith("mock or practice interview"), practice.reasons


def test_a_psychological_assessment_for_an_employer_is_the_users_hiring_step() -> None:
    psych = Attendee("Dr. Vera Hug", "vera.hug@verkehrspsy-bern.ch")
    verdict = classify_event(_event(
        "Psychologische Eignungsabklärung (Seetalbahn) – Rob Käser", "Im Auftrag der Seetalbahn AG führen wir mit "
        "Ihnen die Eignungsabklärung für die Funktion Leiter Fahrdienst durch.", psych,
        (Attendee("Rob Käser", ROB[0]),)), me=ROB, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_studio_before_the_name_fits_a_domain_ending_studio() -> None:
    lead = Attendee("Léa Roy", "lea.roy@marguerite.studio")
    verdict = classify_event(_event(
        "Interview with Studio Marguerite: Development Director", "Hi Paul, Léa Roy has invited you to a video "
        "interview for the Development Director position.\nThe Studio Marguerite hiring team",
        Attendee("Studio Marguerite (via Workable)", "marguerite@workablemail.com"),
        (lead, Attendee("Paul Mercier", PAUL[0]))), me=PAUL, model="rules")
    assert verdict.company == "Studio Marguerite"


def test_a_meeting_link_names_no_company() -> None:
    lead = Attendee("Ana Gauthier", "ana.gauthier@borealpixel.com")
    verdict = classify_event(_event(
        "Portfolio review - Paul Mercier (Senior Producer)", "Hi Paul, portfolio review for the Senior Producer "
        "opening. Jitsi: https://meet.jit.si/BorealPixelReviewPM", lead, (Attendee("Paul Mercier", PAUL[0]), lead),
        location="https://meet.jit.si/BorealPixelReviewPM"), me=PAUL, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company and "Review" not in verdict.company, verdict.company


def test_a_founders_title_names_the_company_in_brackets_after_the_job() -> None:
    founder = Attendee("Jo Tremblay", "jo.tremblay.games@gmail.com")
    verdict = classify_event(_event(
        "Entrevue - Producteur exécutif (Loup Bleu)", "Salut Paul, on est 8 au studio, je fais les entrevues "
        "moi-même. On parle du poste de producteur exécutif.", founder, (founder, Attendee("Paul Mercier", PAUL[0]))),
        me=PAUL, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Loup Bleu"


def test_a_colleges_own_recruitment_team_signing_is_no_agency() -> None:
    verdict = classify_event(_event(
        "Interview: Student Careers Manager", "Dear Isla Reid,\n\nInterview: Student Careers Manager\nAllan Water "
        "College\nInterviewers: Fiona Kerr, Head of Student Experience\n\nAllan Water College Recruitment",
        Attendee("Allan Water College Recruitment", "recruitment@allanwater.ac.uk"), (Attendee("", ISLA[0]),)),
        me=ISLA, model="rules")
    assert verdict.company == "Allan Water College"


def test_a_school_trusts_recruiting_system_is_no_company_and_the_trust_it_sends_for_is() -> None:
    verdict = classify_event(_event(
        "Interview - Careers Lead - Riverside Learning Trust", "Interview invitation\nRole: Careers Lead\n"
        "With: Amy Cole (Director of Education)", Attendee("Riverside Learning Trust", "noreply@tribepad.com"),
        (Attendee("Isla Reid", ISLA[0]),), location="Riverside East Academy, Mill Road, Stirling"),
        me=ISLA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Riverside Learning Trust"


def test_an_hr_desk_after_a_comma_is_no_employer() -> None:
    verdict = classify_event(_event(
        "Interview - Deputy Head of Careers (GU-0042)", "Dear Isla,\n\nThank you for your interest in the Deputy Head "
        "of Careers role. We're delighted to invite you to interview.", Attendee("Recruitment, People Services",
                                                                                 "recruitment@glenmore.ac.uk"),
        (Attendee("", ISLA[0]), Attendee("Shaw, Ian", "ian.shaw@glenmore.ac.uk"))), me=ISLA, model="rules")
    assert verdict.company == "Glenmore"


def test_a_persons_post_before_a_registered_name_is_not_part_of_it() -> None:
    ta = Attendee("Vogel, Nina", "n.vogel@westwind-logistik.de")
    verdict = classify_event(_event(
        "Zweitgespräch Fachbereich - Leitung Early Careers UK - Reid", "Liebe Frau Reid,\n\nanbei die Einladung für "
        "das Zweitgespräch mit Herrn Tim Kurz (Geschäftsführer Westwind UK Ltd., Ihr künftiger Vorgesetzter).\n\n"
        "Viele Grüße\nNina Vogel\nTalent Acquisition", ta, (Attendee("", ISLA[0]),
                                                            Attendee("Kurz, Tim", "t.kurz@westwind-logistik.de"))),
        me=ISLA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company and not verdict.company.startswith("Geschäftsführer"), verdict.company


# holdout108-111

LENA = ["lena.vogt.logo@gmx.de", "l.vogt@sprachpraxis-ehrenfeld.de"]
TOMAS = ["tomas.rojas.vino@gmail.com", "trojas@hotelcerroazul.cl"]
NIAMH = ["niamh.byrne.ta@gmail.com", "niamh.byrne@harbourline-software.ie"]


def test_a_tax_office_query_is_no_interview() -> None:
    verdict = classify_event(_event("Finanzamt Köln-Nord – Rückfrage Steuererklärung", "Fr. Hahn ruft an."),
                             me=LENA, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("not about a job"), verdict.reasons


def test_a_callback_from_a_clinics_hr_about_the_application_is_the_users_call() -> None:
    verdict = classify_event(_event("Rückruf Fr. Kuhn (Personal Elisabethklinik) wg. Bewerbung",
                                    "Sie ruft mich an, erstes Telefonat."), me=LENA, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Elisabethklinik"


def test_a_job_interview_word_is_about_a_job_even_from_a_private_address() -> None:
    owner = Attendee("Maren Kolb", "maren.kolb@posteo.de")
    verdict = classify_event(_event(
        "Vorstellungsgespräch bei Sprachraum", "Hallo Lena,\nwie am Telefon verabredet, nach meinem letzten "
        "Patienten.\nMaren", owner, (Attendee("Lena Vogt", LENA[0]),),
        location="Sprachraum, Kölner Str. 5, Bonn"), me=LENA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_papers_taken_along_with_the_german_shorthand_mit_make_an_applicants_note() -> None:
    verdict = classify_event(_event("VG Klinik Rheinblick (Dr. Haas) – Logo Neuro",
                                    "Zug 7:12 ab Köln\nZeugnisse + Urkunde mit!"), me=LENA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_someone_elses_interview_while_the_user_minds_the_children() -> None:
    verdict = classify_event(_event("Paula entrevista trabajo 10:00 – yo llevo a los niños"), me=TOMAS,
                             model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("someone else's interview"), verdict.reasons


def test_a_cv_taken_along_among_other_things_makes_an_applicants_note() -> None:
    verdict = classify_event(_event("cata técnica Viña Los Robles 10am – llevar sacacorchos y CV impreso",
                                    "proceso sommelier corporativo"), me=TOMAS, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_new_bars_owner_building_the_team_about_the_post_invites_to_a_job_talk() -> None:
    owner = Attendee("Josefa Mena", "josefa.mena.vinos@gmail.com")
    verdict = classify_event(_event(
        "Tomás / Josefa", "Hola Tomás! Estamos armando el equipo de Vino Vivo, el bar que abrimos en Providencia, y "
        "buscamos quien lleve la carta. Conversemos por video y te cuento del cargo. Josefa\n\n"
        "Unirse con Google Meet: https://meet.google.com/abc-defg-hij", owner,
        (owner, Attendee("Tomás Rojas", TOMAS[0]))), me=TOMAS, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_mock_task_in_a_work_trial_does_not_make_it_a_mock_interview() -> None:
    lead = Attendee("Orla Quinn", "orla@fernhill.co")
    verdict = classify_event(_event(
        "Work trial – People Lead (Fernhill)", "Paid work trial for the People Lead role: you'll audit our hiring "
        "funnel and run a mock intake with Orla.", lead, (lead, Attendee("Niamh Byrne", NIAMH[0]))),
        me=NIAMH, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_the_trackers_admin_is_the_hiring_sides_work() -> None:
    verdict = classify_event(_event("Greenhouse admin – close stale reqs, fix interview plans"), me=NIAMH,
                             model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("the hiring side's work on applications"), verdict.reasons


def test_outlook_last_first_display_names_no_company() -> None:
    boss = Attendee("Pérez Lagos, Andrés", "andres.perez@perezlagos.es")
    verdict = classify_event(_event(
        "Entrevista Director de Exportación – D. Andrés Pérez", "Buenas tardes, Tomás:\nle confirmo la entrevista "
        "para el puesto de Director de Exportación.", boss, (Attendee("", TOMAS[0]),)), me=TOMAS, model="rules")
    assert verdict.company != "Pérez Lagos, Andrés"
    assert verdict.company and "," not in verdict.company, verdict.company


def test_a_desks_initials_in_brackets_are_no_company_and_srl_is_a_legal_form() -> None:
    note = classify_event(_event("Lumina Bioservices – phone screen w/ Dan Ruiz (TA)", "He calls my mobile."),
                          me=NIAMH, model="rules")
    assert note.company == "Lumina Bioservices"
    buyer = Attendee("Hugo Lucero", "hlucero@andesvino.com.ar")
    verdict = classify_event(_event(
        "Entrevista Gerente Comercial", "Hola Tomás, te espero en la oficina de Andes Vino S.R.L para la entrevista "
        "por el puesto de Gerente Comercial.", buyer, (Attendee("", TOMAS[0]), buyer)), me=TOMAS, model="rules")
    assert verdict.company == "Andes Vino"
