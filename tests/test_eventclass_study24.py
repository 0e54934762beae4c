"""classify_event after the holdout180-187 study: a selection committee's hearing of the user named formally (a
chair's Berufungsverfahren, a concours' audition, a comité de sélection) and the user's own "Dr."; a pre-placement
health check, a professional order's inspection and a Québec interview simulation are no interviews, while an
assessment centre's mock exercise, a competency interview, a Mexican "liga" and a hiring team's vote are no vetoes;
a note's typos and short forms; the user's notes on someone else's trial or CV; an agency's first talk in Spanish; a
booking's notes; a teaching post's demo lesson; an agency's client named in more ways; a Québec health institution
by its people's display names; a grant panel, a member's review, a disciplinary talk and the user's notes on a trial
they supervise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.people import me_from
from afterview.daemon.eventclass.usernames import formal_user

PRIVATE = "jonas.vogt.lab@posteo.de"
WORK = "jonas.vogt@zellinstitut.ch"
ME = [PRIVATE, WORK]
JONAS = Attendee("Jonas Vogt", PRIVATE)
HEARD = "a selection committee hears the user"


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2026, 12, 15, 9, 30, tzinfo=UTC)
    return CalendarEvent(uid="s24", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize(("text", "found"), [
    ("kommissionsgesprach w2 biochemie – herr dr. vogt", "herr dr. vogt"),
    ("audition j. vogt – poste 0456", "j. vogt"),
    ("concours ir – audition de m. vogt jonas", "m. vogt"),
    ("anhorung – kandidat dr. vogt", "kandidat dr. vogt"),
    ("entretien – vogt jonas", "vogt jonas"),
])
def test_the_user_named_formally_is_found(text: str, found: str) -> None:
    assert formal_user(text, me_from(ME)) == found


@pytest.mark.parametrize("text", ["kommissionsgesprach – frau dr. lind", "audition k. vogel", "vogtland tag"])
def test_someone_else_named_formally_is_not_the_user(text: str) -> None:
    assert formal_user(text, me_from(ME)) is None


@pytest.mark.parametrize(("summary", "description", "organizer"), [
    ("Kommissionsgespräch W2 Biochemie – Herr Dr. Vogt", "Zoom-Link folgt. Kurzvortrag 10 Minuten, dann Fragen.",
     Attendee("Dekanat Biologie", "dekanat@bio.uni-kassel.de")),
    ("Anhörung W1 TT Zellbiologie – Kandidat Dr. Vogt",
     "Sehr geehrter Herr Dr. Vogt,\n\nzur Anhörung laden wir Sie herzlich ein. Vortrag 20 Minuten, Aussprache 25.",
     Attendee("Berufungsbüro", "berufungen@uni-rostock.de")),
    ("Concours IR 2026 – Audition de M. VOGT Jonas",
     "Monsieur,\nVous êtes convoqué à l'audition du concours. Exposé de 10 minutes puis échange avec le jury.",
     Attendee("Bureau des concours", "concours@inrae.fr")),
    ("Comité de sélection MCF 65 – audition J. Vogt", "Convocation à l'audition – emploi n° 0456.",
     Attendee("Service RH enseignants", "recrutement-ec@univ-nantes.fr")),
])
def test_a_committee_hearing_the_user_named_formally_is_an_interview(
        summary: str, description: str, organizer: Attendee) -> None:
    verdict = classify_event(event(summary, description, organizer, (JONAS,)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert any(reason.startswith(HEARD) for reason in verdict.reasons)
    assert not any(reason.startswith("personal cue") for reason in verdict.reasons), verdict.reasons


@pytest.mark.parametrize("summary", [
    "Kommissionsgespräch W2 Biochemie – Frau Dr. Lind",
    "3. Sitzung Berufungskommission Assistenzprofessur Zellbiologie",
    "Probevorträge & Kommissionsgespräche Tag 2 (Lind, Okafor, Brandt)",
])
def test_a_committee_hearing_someone_else_is_not_the_users(summary: str) -> None:
    secretary = Attendee("Sekretariat Prof. Hahn", "sekretariat.hahn@zellinstitut.ch")
    verdict = classify_event(event(summary, "Unterlagen im Portal.", secretary, (Attendee("Jonas Vogt", WORK),)),
                             me=ME, model="rules")
    assert not verdict.is_interview, verdict.reasons
    assert not any(reason.startswith(HEARD) for reason in verdict.reasons)


@pytest.mark.parametrize(("summary", "description", "organizer", "reason"), [
    ("Pre-placement health assessment (telephone)",
     "An Occupational Health Advisor will call you. The outcome will be shared with the recruiting organisation.",
     Attendee("Healthwise OH", "bookings@healthwise-oh.co.uk"), "not about a job"),
    ("Inspection professionnelle - entrevue - J. Vogt",
     "Vous avez été sélectionné pour une inspection : analyse de votre portfolio de formation continue et une "
     "entrevue avec l'inspectrice.", Attendee("Ordre professionnel", "inspection@ordre-pro.qc.ca"),
     "not about a job"),
    ("Simulation d'entrevue (45 min) between Chloé Aubin and Jonas Vogt",
     "Event Name: Simulation d'entrevue (45 min)\n\nPowered by Calendly.com",
     Attendee("Chloé Aubin", "chloe@aubin-carriere.ca"), "mock or practice interview"),
])
def test_look_alikes_are_vetoed_for_good(summary: str, description: str, organizer: Attendee, reason: str) -> None:
    verdict = classify_event(event(summary, description, organizer, (JONAS,)), me=ME)
    assert not verdict.is_interview, verdict.reasons
    assert verdict.reasons[0].startswith(reason), verdict.reasons


@pytest.mark.parametrize(("summary", "description", "organizer"), [
    ("Entrevista por competencias – J. Vogt (Proyecto Alba)",
     "En el marco del proceso de selección de Director/a Técnico/a para Laboratorios Alba, le convocamos a una "
     "entrevista de evaluación por competencias.", Attendee("Rosa Mena", "rmena@mena-consultores.es")),
    ("Assessment centre - Head of Communications (G7)",
     "Your assessment centre will include a recorded mock media interview, a written exercise and a panel interview.",
     Attendee("Civil Service Jobs", "noreply@civilservicejobs.service.gov.uk")),
    ("Entrevista técnica: equipo Pagos – Jonas Vogt",
     "Buen día Jonas,\n\nte compartimos la liga para la entrevista técnica con el equipo de Pagos.",
     Attendee("Laura Téllez", "laura.tellez@banco-olmeca.com.mx")),
])
def test_an_invitations_everyday_words_are_no_veto(summary: str, description: str, organizer: Attendee) -> None:
    verdict = classify_event(event(summary, description, organizer, (JONAS,)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description", "cue"), [
    ("tesco interveiw 10", "ask for Mandy at the desk", "title says 'interveiw'"),
    ("Hollins intervew (ed) - teams", "link in gmail", "title says 'intervew'"),
    ("Tech int. Brightwave", "coderpad, python", "title says 'tech int'"),
    ("Llamada reclu - Finly", "Sofía de talent me marca. tener rango en USD", "the user's own entry: someone calls"),
    ("Pret experience day!", "working on the floor with the team, then a sit-down. they vote on you apparently",
     ""),
])
def test_a_notes_typos_and_short_forms_are_read(summary: str, description: str, cue: str) -> None:
    verdict = classify_event(event(summary, description), me=ME, model="rules")
    assert not any(reason.startswith("a personal-life setting") for reason in verdict.reasons), verdict.reasons
    if cue:
        assert any(reason.startswith(cue) for reason in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(("summary", "description"), [
    ("Trial shift - Kai (Staffline) nights",
     "4hr trial. put him w Dee on dairy. Dee to text me how he got on. need to do his RTW docs first"),
    ("Entretien téléphonique M. Petit", "Candidat cariste (annonce Indeed)\nCV : 8 ans chez Geodis\nprétentions ?"),
])
def test_the_users_notes_on_someone_elses_trial_or_cv_are_the_hiring_sides(summary: str, description: str) -> None:
    verdict = classify_event(event(summary, description), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("interviewer-side cue"), verdict.reasons


def test_an_agencys_first_talk_in_spanish_is_no_interview() -> None:
    agency = Attendee("Lucía Prat", "lucia.prat@pratlegal.es")
    verdict = classify_event(event(
        "Café Lucía Prat / Jonas Vogt",
        "Jonas, tomamos un café y me cuentas qué buscas. Yo te cuento qué procesos tenemos abiertos.\n\nLucía Prat",
        agency, (agency, JONAS)), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("a recruitment agency's first talk"), verdict.reasons


def test_a_bookings_notes_are_the_bookers_not_the_hiring_sides_papers() -> None:
    cso = Attendee("Mara Lenz", "m.lenz@lumatx.com")
    verdict = classify_event(event(
        "Principal Scientist – Intro call between Mara Lenz and Jonas Vogt",
        "What: Principal Scientist – Intro call\nInvitee time zone: Europe/Zurich\nWho: Mara Lenz (CSO) – Organizer\n"
        "Jonas Vogt\nAdditional notes: CV attached via LinkedIn.", cso, (JONAS,)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_teaching_posts_demo_lesson_is_a_hiring_step_not_a_class() -> None:
    verdict = classify_event(event("Cégep Limoilou – leçon d'épreuve (pharmacologie)",
                                   "Prestation d'enseignement devant le comité, 20 min. Apporter clé USB."),
                             me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description", "client"), [
    ("Entrevista Rius & Soler – posición Director/a Técnico/a",
     "Jonas, ahora que el cliente nos ha dado luz verde ya te puedo contar que se trata de Aceros Llobregat.",
     "Aceros Llobregat"),
    ("Telefonat Vogt / Brenner - Mandat (Leitung Entwicklung)",
     "Sehr geehrter Herr Vogt,\n\nich darf Ihnen nun unseren Mandanten nennen: Es handelt sich um die Ortler "
     "Sensorik GmbH in Bozen.", "Ortler Sensorik"),
    ("Entretien de qualification - M. Vogt",
     "Je vous appellerai pour le poste de Responsable Qualité que nous recrutons pour la Verrerie Cholet.",
     "Verrerie Cholet"),
    ("Entretien client Groupe Marnier - Directeur Technique", "Bonne nouvelle : le Groupe Marnier souhaite vous "
     "rencontrer.", "Groupe Marnier"),
    ("Jonas / Gemma - Plant Manager call", "This is to run through the Plant Manager role with my client "
     "<b>Hallworth Foods</b>.", "Hallworth Foods"),
])
def test_an_agencys_client_named_in_more_ways_is_the_company(summary: str, description: str, client: str) -> None:
    agency = Attendee("Consultant", "consultant@talent-partners-search.com")
    verdict = classify_event(event(summary, description, agency, (JONAS,)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company is not None and verdict.company.startswith(client), verdict.company


def test_a_german_headhunter_naming_the_post_at_the_client_names_the_client() -> None:
    hunter = Attendee("Sebastian Kurz", "s.kurz@kurz-executive.de")
    verdict = classify_event(event(
        "Telefonat S. Kurz / J. Vogt",
        "Servus Herr Vogt,\n\nwie besprochen geht es um die Leitung Qualität bei der Zugspitz Antriebe GmbH. Ich "
        "würde gerne Ihre Wechselmotivation klären, bevor ich Sie dem Kunden vorstelle.\n\nSebastian Kurz",
        hunter, (JONAS,)), me=ME, model="rules")
    assert "a recruitment agency names its client" in verdict.reasons, verdict.reasons
    assert verdict.company is not None and verdict.company.startswith("Zugspitz Antriebe")


def test_a_quebec_institution_is_named_by_its_peoples_display_names() -> None:
    me = ["julie.roy.qc@videotron.ca", "julie.roy.cissslav@ssss.gouv.qc.ca"]
    chief = Attendee("Gagnon, Nadia (CHUQ)", "nadia.gagnon.chuq@ssss.gouv.qc.ca")
    verdict = classify_event(event(
        "Entrevue - Julie Roy - CSI cardiologie",
        "Bonjour Julie,\n\nvoici le lien Teams pour notre entrevue de jeudi au sujet du poste de conseillère en "
        "soins infirmiers.\n\nNadia Gagnon\nCheffe de service", chief,
        (Attendee("julie.roy.qc@videotron.ca", "julie.roy.qc@videotron.ca"),)), me=me, model="rules")
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "CHUQ"


@pytest.mark.parametrize(("summary", "description", "organizer"), [
    ("ERC StG interview – PE4 – VOGT", "ERC-2027-StG – Step 2 interview\nProposal: 101300042\nPanel: PE4",
     Attendee("ERCEA StG Panel PE4", "erc-stg-pe4-interviews@ec.europa.eu")),
    ("Professional Review Interview – CEng (IMechE)", "Two reviewers will discuss your submission for 60 minutes.",
     Attendee("IMechE Membership", "reviews@imeche.org")),
    ("Pre-recruitment medical examination", "As part of the recruitment formalities, please come fasting.",
     Attendee("Medical Service", "medical.service@eba.europa.eu")),
])
def test_a_grant_panel_a_members_review_and_a_medical_are_no_interviews(
        summary: str, description: str, organizer: Attendee) -> None:
    verdict = classify_event(event(summary, description, organizer, (JONAS,)), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("not about a job"), verdict.reasons


def test_a_disciplinary_talk_is_no_interview_but_its_role_play_in_an_assessment_is_no_veto() -> None:
    verdict = classify_event(event("Entretien recadrage Kevin", "retards x3 + caisse. avec Inès comme témoin"), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("not about a job"), verdict.reasons
    verdict = classify_event(event(
        "Mise en situation – Responsable de magasin", "Au programme : jeu de rôle d'un entretien de recadrage avec un "
        "conseiller, puis échange avec la directrice régionale.", Attendee("Recrutement", "recrutement@maisonlys.fr"),
        (JONAS,)), me=ME, model="rules")
    assert verdict.is_interview, verdict.reasons


@pytest.mark.parametrize(("summary", "description"), [
    ("Probearbeiten L. Kern – Betreuung Rezeption", "Einführung durch mich 14-15h, dann mit Aylin am Desk. Feedback an "
     "HR bis Do."),
    ("Probearbeiten MTA", "Herr Sommer, 8–16 Uhr\nBetreuung: ich (vorm.), Jana (nachm.)"),
    ("Schnuppertag Mia K. (Lehrstelle Büro)", "9-10 Ablage zeigen, kleine Aufgabe. Beurteilungsbogen an Petra bis Fr."),
    ("Priya - final rd (analyst)", "ask: SQL comfort, why retail. she was nervous last time - put her at ease."),
    ("Entrar con Marta a la entrevista del lateral", "escuchar y darle mi opinión. CV en el mail de RRHH."),
])
def test_the_users_notes_on_a_trial_they_supervise_or_a_candidate_are_the_hiring_sides(
        summary: str, description: str) -> None:
    verdict = classify_event(event(summary, description), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("interviewer-side cue"), verdict.reasons


def test_an_applicants_free_mail_invitation_to_the_users_work_address_is_never_rescued_by_the_model() -> None:
    applicant = Attendee("Paul Becker", "paul.becker98@gmail.com")
    verdict = classify_event(event(
        "Gespräch Praktikum Sommer – Paul Becker / Hr. Vogt",
        "Hallo Herr Vogt, wie am Telefon besprochen schicke ich Ihnen den Termin für unser Gespräch über das "
        "Praktikum im Sommer. Viele Grüße, Paul Becker", applicant,
        (Attendee("jonas.vogt@zellinstitut.ch", WORK), applicant)), me=ME)
    assert not verdict.is_interview, verdict.reasons
    assert "model-rescue" not in verdict.reasons


def test_an_applicant_tracking_systems_rating_task_to_the_interviewer_is_the_hiring_sides() -> None:
    verdict = classify_event(event(
        "Aufgabe fällig: Beurteilung Interview – Bewerbung 77120 (Laborant/in)",
        "Guten Tag Jonas Vogt\n\nSie wurden als Gesprächsteilnehmer erfasst. Bitte erfassen Sie Ihre Beurteilung bis "
        "zum 12.01.2027.", Attendee("Zellinstitut Recruiting", "noreply@abacus-umantis.ch"),
        (Attendee("Jonas Vogt", WORK),)), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("interviewer-side cue"), verdict.reasons
