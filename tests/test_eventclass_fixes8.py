"""classify_event: the general weaknesses a blind split by a new author for another user showed (own examples)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

ME = ("alex.moreno@gmail.com", "alex@quillwork.io")
USER = Attendee("Alex Moreno", "alex.moreno@gmail.com")


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (USER,), location: str = "") -> CalendarEvent:
    start = datetime(2026, 5, 6, 14, 0, tzinfo=UTC)
    return CalendarEvent(uid="u8", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize(("summary", "description", "location"), [
    ("Entrevista consular", "cita previa, llevar fotos", "Consulado General, Avenida 12"),
    ("Interview", "bring the forms", "Embassy of Norway, 2 Kings Rd"),
    ("Termin Reisepass beantragen", "Interview am Schalter 3", ""),
    ("Entrevista - renovación de pasaporte", "", ""),
])
def test_papers_and_consulates_are_personal(summary: str, description: str, location: str) -> None:
    assert not classify_event(event(summary, description, location=location), me=ME).is_interview


def test_bring_your_passport_to_an_onsite_is_still_the_onsite() -> None:
    onsite = event("Orrery Bank onsite interview - bring passport", "Final loop, 4 sessions.")
    assert classify_event(onsite, me=ME).is_interview


@pytest.mark.parametrize("summary", [
    "Clase 3: Cómo preparar entrevistas de trabajo", "Cours 2 : comment réussir les entretiens",
    "Vorlesung: Wie man sich auf Vorstellungsgespräche vorbereitet", "Lesson 4 - Interview skills class",
])
def test_classes_about_interviews_are_training(summary: str) -> None:
    school = Attendee("Escuela Norte", "cursos@escuelanorte.es")
    assert not classify_event(event(summary, "Curso online para buscar trabajo.", school), me=ME).is_interview


def test_prep_words_in_the_notes_of_a_round_are_notes() -> None:
    assert classify_event(event("Orrery 2nd rd", "prep: pricing story, the migration"), me=ME).is_interview
    assert not classify_event(event("Prep: Orrery onsite", "STAR stories"), me=ME).is_interview


@pytest.mark.parametrize(("summary", "description"), [
    ("Erstgespräch Personalberatung Vogt & Partner - Ihr Profil",
     "ein unverbindliches Erstgespräch zu Ihrem Profil. Konkrete Mandate stelle ich Ihnen danach vor."),
    ("Intro call - Harbour Executive Search", "A first chat about your profile and what you are looking for."),
    ("Premier échange - cabinet de recrutement Lenoir", "Pour faire connaissance et parler de votre profil."),
])
def test_an_agency_first_talk_with_no_employer_is_no_interview(summary: str, description: str) -> None:
    agent = Attendee("Vogt, Tina", "t.vogt@vogt-partner.de")
    assert not classify_event(event(summary, description, agent, (USER, agent)), me=ME).is_interview


def test_an_agency_talk_naming_the_client_or_the_role_stays_an_interview() -> None:
    agent = Attendee("Vogt, Tina", "t.vogt@vogt-partner.de")
    client = event("Erstgespräch Personalberatung Vogt & Partner",
                   "Vorstellung für unseren Mandanten Kranich Logistik, Stelle als Teamleiter Disposition.",
                   agent, (USER, agent))
    verdict = classify_event(client, me=ME)
    assert verdict.is_interview and verdict.company == "Kranich Logistik"


def test_the_inviting_company_named_in_the_title_is_no_outside_candidate() -> None:
    ats = Attendee("Larchfield Bank Careers", "larchfieldbank@myworkday.com")
    day = event("Group assessment - Graduate cohort (Larchfield Bank)",
                "You are invited to a group assessment with other candidates and a short interview.", ats)
    assert classify_event(day, me=ME).is_interview
    es = event("Jornada de evaluación - Larchfield Bank", "dinámica de grupo y entrevista con el panel",
               Attendee("Larchfield Bank Reclutamiento", "larchfield@myworkday.com"))
    assert classify_event(es, me=ME).is_interview


def test_the_hiring_process_in_german_is_a_job_conversation() -> None:
    org = Attendee("Ute Brandt", "ute.brandt@sonnenhof-energie.de")
    talk = event("Gespräch mit der Bereichsleitung - Sonnenhof Energie",
                 "Nächster Schritt im Bewerbungsprozess: Gespräch mit Ihrem künftigen Vorgesetzten.", org,
                 (USER, org, Attendee("Kai Ober", "kai.ober@sonnenhof-energie.de")))
    assert classify_event(talk, me=ME).is_interview


def test_a_coffee_that_is_a_named_round_is_an_interview() -> None:
    org = Attendee("Dana Holt", "dana.holt@orrerybank.com")
    round2 = event("Coffee with Dana - Orrery Bank", "Second round for the Risk Analyst role, informal, over coffee.",
                   org, (USER, org))
    assert classify_event(round2, me=ME).is_interview
    chat = event("Coffee with Dana - Orrery Bank", "Happy to tell you about the team, no agenda.", org, (USER, org))
    assert not classify_event(chat, me=ME).is_interview


def test_a_company_person_inviting_the_private_address_to_a_chat_with_them() -> None:
    org = Attendee("Noa Lind", "noa.lind@orrerybank.com")
    assert classify_event(event("Chat with Noa (Orrery Bank)", "", org, (USER, org)), me=ME).is_interview
    # the same title at the work address is business as usual
    work = Attendee("Alex Moreno", "alex@quillwork.io")
    assert not classify_event(event("Chat with Noa (Orrery Bank)", "", org, (work, org)), me=ME).is_interview


def test_the_users_own_org_and_round_word_entry() -> None:
    assert classify_event(event("Orrery panel 3pm!! (Zoom link in email)", "panel = Dana + 2 people"),
                          me=ME).is_interview
    assert not classify_event(event("Erstgespräch Psychotherapie"), me=ME).is_interview
    assert not classify_event(event("Panel discussion: AI in banking"), me=ME).is_interview


def test_company_from_the_party_an_interviewing_service_acts_for() -> None:
    service = Attendee("Brightline Scheduling", "scheduling@brightlineinterviews.com")
    verdict = classify_event(event(
        "Orrery Bank Technical Interview (conducted by Brightline)",
        "Brightline conducts the first technical interview on behalf of Orrery Bank for the Data Analyst role.",
        service, (USER, Attendee("Kim Osei", "k.osei@brightlineinterviews.com"))), me=ME)
    assert verdict.is_interview and verdict.company == "Orrery Bank"


def test_company_extraction_from_terse_titles_and_domains() -> None:
    own = classify_event(event("Vorstellungsgespräch Kranich 14h"), me=ME)
    assert own.company == "Kranich"
    aside = classify_event(event("Zweitgespräch Kranich (vor Ort) - Zeugnisse mitnehmen"), me=ME)
    assert aside.company == "Kranich"
    located = classify_event(event("Orrery 2nd rd", location="Orrery Maps (Zoom)"), me=ME)
    assert located.company == "Orrery Maps"
    org = Attendee("Lena Varga", "lena.varga@ferncliff.energy")
    tld = classify_event(event("Interview - Sam / Lena", "Let's talk about the role.", org, (USER, org)), me=ME)
    assert tld.company == "Ferncliff Energy"
    dated = classify_event(event("orrery sys design (redo) 4pm", "rescheduled from the 8th."), me=ME)
    assert dated.company != "8th"


def test_company_name_is_taken_off_the_front_of_a_role() -> None:
    org = Attendee("Ravi Patel", "ravi@pinionfreight.co.uk")
    verdict = classify_event(event("Technical interview between Ravi Patel and Alex Moreno",
                                   "Second step for the Pinion Freight Data Engineer role.", org, (USER,)), me=ME)
    assert verdict.company == "Pinion Freight" and verdict.role == "Data Engineer"


def test_people_from_the_users_own_notes() -> None:
    call = classify_event(event("call w/ Priya re: PM role",
                                "Priya Nair - Vantage Kiln, she's the hiring mgr. she calls my cell"), me=ME)
    assert call.company == "Vantage Kiln" and [i.name for i in call.interviewers] == ["Priya Nair"]
    onsite = classify_event(event("Interview @ Helix & Stone - Maya + Jon",
                                  "Maya Ortiz (Head of Analytics), Jon Park (Staff Data Eng). 40 Water St"), me=ME)
    assert [i.name for i in onsite.interviewers] == ["Maya Ortiz", "Jon Park"]
    de = classify_event(event("Zweitgespräch Kranich", "mit Herrn Albers (Teamleitung), Frau Roth holt mich ab"),
                        me=ME)
    assert [i.name for i in de.interviewers] == ["Albers"]


def test_a_hotel_named_embassy_is_no_consulate_when_a_job_is_named() -> None:
    fair = event("Interview - Front Desk Supervisor role", "Hiring day for the new hotel.",
                 Attendee("Orrery Hotels Careers", "careers@orreryhotels.com"), location="Embassy Suites, 5 Main St")
    assert classify_event(fair, me=ME).is_interview


def test_an_everyday_hobby_entry_is_no_round() -> None:
    assert not classify_event(event("Python coding 7pm"), me=ME).is_interview


def test_the_organizer_only_arranges_when_the_round_is_with_someone_else() -> None:
    org = Attendee("Ines Moreau", "ines.moreau@orrerybank.com")
    wes = Attendee("Wes Abara", "wes.abara@orrerybank.com")
    verdict = classify_event(event("Interview with Orrery Bank - System Design",
                                   "Interview for the Analytics Lead role - system design with Wes Abara.",
                                   org, (USER, wes)), me=ME)
    assert [i.email for i in verdict.interviewers] == ["wes.abara@orrerybank.com"]
    both = classify_event(event("Entrevista técnica - Orrery Bank",
                                "Te confirmo la entrevista técnica con Wes Abara (Tech Lead) y conmigo.",
                                org, (USER, org, wes)), me=ME)
    assert sorted(i.email or "" for i in both.interviewers) == ["ines.moreau@orrerybank.com",
                                                                "wes.abara@orrerybank.com"]


def test_function_mailboxes_and_business_names_are_no_interviewers() -> None:
    careers = Attendee("Meridian Rail Careers", "MeridianRailCareers@meridianrail.co.uk")
    tara = Attendee("Tara Bishop", "t.bishop@meridianrail.co.uk")
    call = classify_event(event("Recruiter call - Alex Moreno", "Regarding: Data Engineer (ref MR-4471)",
                                careers, (USER, tara)), me=ME)
    assert [i.email for i in call.interviewers] == ["t.bishop@meridianrail.co.uk"] and call.role == "Data Engineer"
    on_gmail = Attendee("Pebblestone Recruiting", "pebblestone.recruiting@gmail.com")
    screen = classify_event(event("Chat w/ recruiter re: Solutions Engineer @ Pebblestone",
                                  "Our first-round screen for the Solutions Engineer position.", on_gmail), me=ME)
    assert [i.email for i in screen.interviewers] == ["pebblestone.recruiting@gmail.com"]
    ac = classify_event(event("Assessment-Center Elbwerk Versicherung",
                              "Ablauf: Gruppenübung, Fallstudie. Ort: Elbwerk Versicherung AG, Ballindamm 7.",
                              Attendee("Elbwerk Versicherung Karriere", "karriere@elbwerk-versicherung.de")), me=ME)
    assert ac.interviewers == () and ac.stage == "onsite"


@pytest.mark.parametrize(("description", "role"), [
    ("Segunda fase del proceso de selección (Data Engineer Senior): prueba técnica.", "Data Engineer Senior"),
    ("Última ronda del proceso para Head of Data. Oficina: Paseo de Gracia 88.", "Head of Data"),
    ("Le invitamos a la jornada para la vacante Gerente de Analítica: caso práctico.", "Gerente de Analítica"),
    ("I lead the forecasting team and am hiring for the Analytics Lead. Let's talk.", "Analytics Lead"),
    ("Job Requisition: R-20418 Senior Data Engineer, Claims Analytics", "Senior Data Engineer, Claims Analytics"),
])
def test_roles_written_around_the_process(description: str, role: str) -> None:
    org = Attendee("Lena Varga", "lena.varga@orrerybank.com")
    verdict = classify_event(event("Interview - Orrery Bank", description, org, (USER, org)), me=ME)
    assert verdict.role == role


def test_hiring_manager_rounds_in_german_and_english() -> None:
    org = Attendee("Jana Wolff", "jana.wolff@orrerybank.com")
    de = classify_event(event("Gespräch mit der Bereichsleitung - Orrery Bank", "Ein Gespräch im Bewerbungsprozess.",
                              org, (USER, org)), me=ME)
    en = classify_event(event("Interview - Orrery Bank", "I lead the data team and am hiring for the Data Lead.",
                              org, (USER, org)), me=ME)
    assert de.stage == "hiring_manager" and en.stage == "hiring_manager"


def test_every_role_pattern_has_its_needles() -> None:
    # Every pattern is guarded since db1f7fb (tests/test_role_guard.py holds the guard to the unguarded scan).
    from afterview.daemon.eventclass.role import _NEEDLES, _ROLE_PATTERNS
    assert set(_NEEDLES) == {p.pattern for p in _ROLE_PATTERNS} and all(_NEEDLES.values())


def test_a_team_ending_the_sentence_stays_with_the_role_and_abbreviations_are_written_out() -> None:
    from afterview.daemon.eventclass.role import extract_role
    assert extract_role("Interview Confirmed", "Your panel interview for Lead Data Analyst, Player Insights.") \
        == "Lead Data Analyst, Player Insights"
    assert extract_role("Interview Confirmed", "Your interview for Data Analyst, remote.") == "Data Analyst"
    assert extract_role("call w/ Priya re: PM role", "she's the hiring mgr for Product Manager, Data Platform.") \
        == "Product Manager, Data Platform"
    assert extract_role("call w/ Priya re: PM role", "she calls my cell") == "PM"


def test_agency_first_talks_in_spanish_and_by_domain_and_never_an_ats() -> None:
    es = event("Primera llamada - Consultora de selección Norte", "Hablamos de tu perfil y de lo que buscas.",
               Attendee("Ana Ruiz", "ana@norte-seleccion.es"))
    assert not classify_event(es, me=ME).is_interview
    by_domain = event("Intro call - Redwood Recruitment", "A first chat about your profile.",
                      Attendee("Lena Ford", "lena@redwoodrecruitment.co.uk"))
    assert not classify_event(by_domain, me=ME).is_interview
    named = event("Intro call - Redwood Recruitment", "A first chat about the opening at Kestrel Bank.",
                  Attendee("Lena Ford", "lena@redwoodrecruitment.co.uk"))
    assert classify_event(named, me=ME).is_interview
    ats = event("Interview", "Your interview is confirmed.", Attendee("Acme via SmartRecruiters",
                                                                     "noreply@smartrecruiters.com"))
    assert classify_event(ats, me=ME).is_interview


def test_the_employer_an_agency_names_is_the_company() -> None:
    agent = Attendee("Lena Ford", "lena@redwoodrecruitment.co.uk")
    verdict = classify_event(event("Intro call - Redwood Recruitment",
                                   "A first chat about the opening at Kestrel Bank.", agent), me=ME)
    assert verdict.is_interview and verdict.company == "Kestrel Bank"
    # An agency's screen for a client it keeps unnamed names no employer: no interview, as the corpus's authors label
    # it ("retained search … for a stealth client", train13-055; five of holdout43-47's authors). Session 11.
    search = Attendee("Dan Reyes", "dan@kinsleysearch.com")
    confidential = classify_event(event("Screening call - Senior Java Developer",
                                        "Confidential client, details on the call.\nDan Reyes, Kinsley Search",
                                        search), me=ME)
    assert not confidential.is_interview and confidential.company is None, confidential.reasons


def test_a_street_named_cours_is_no_class() -> None:
    org = Attendee("Léa Roux", "lea.roux@maison-orsay.fr")
    onsite = event("Entretien - Maison Orsay, 12 cours Lafayette", "Entretien pour le poste de Data Analyst.", org)
    assert classify_event(onsite, me=ME).is_interview


def test_company_behind_a_hosted_interview_and_a_function_mailbox() -> None:
    host = Attendee("Codecraft Interviewing", "no-reply@codecraft.io")
    hosted = classify_event(event("Technical Interview for Lumen Freight (hosted by Codecraft)",
                                  "Lumen Freight has partnered with Codecraft to conduct the first interview.",
                                  host, (USER, Attendee("Isa Adams", "i.adams@codecraft.io"))), me=ME)
    assert hosted.company == "Lumen Freight"
    office = Attendee("Lindenau Digital Office", "office@lindenau-digital.de")
    final = classify_event(event("Abschlussgespräch mit der Geschäftsführung",
                                 "Finales Gespräch zur Position Head of Engineering mit Mara Ost.", office,
                                 (USER, office, Attendee("Mara Ost", "m.ost@lindenau-digital.de"))), me=ME)
    assert final.company == "Lindenau Digital"
    assert [i.email for i in final.interviewers] == ["m.ost@lindenau-digital.de"]
    dash = Attendee("Bergwerk Versicherung AG – Recruiting", "recruiting@bergwerk-versicherung.de")
    ac = classify_event(event("Einladung Assessment Center – IT-Architekt (w/m/d)", "Ihre Bewerbung", dash), me=ME)
    assert ac.company == "Bergwerk Versicherung"


def test_foreign_company_words_and_a_function_word_before_the_name() -> None:
    org = Attendee("Selección Brisa Norte Logística", "seleccion@brisanorte.es")
    verdict = classify_event(event("Entrevista presencial – oficinas de Barcelona",
                                   "Jornada de entrevistas presenciales para Jefe/a de Operaciones.", org), me=ME)
    assert verdict.company == "Brisa Norte Logística" and verdict.role == "Jefe/a de Operaciones"
