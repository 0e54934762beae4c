"""classify_event after the holdout188-195 study: the user's name as an address spells it (a dropped hyphen, a second
family name's initial); a school head's search among schools; leave taken for a trial day; an agency that keeps its
client unnamed, in French and English; a hiring desk's name that looks like a person's; the user watching others
interview; a certifying exam; the German job seeker's shorthand; a French second "rdv" and a call the user waits
for; a Doodle poll; visa sponsorship asked about; a student address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.companyname import clean_company
from afterview.daemon.eventclass.people import me_from
from afterview.daemon.eventclass.usernames import could_be_user

PRIVATE = "minji.hanssen.dev@gmail.com"
WORK = "mhanssen@lakeshorelabs.ca"
ME = [PRIVATE, WORK]
MINJI = Attendee("Min-ji Hanssen", PRIVATE)


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "", all_day: bool = False) -> CalendarEvent:
    start = datetime(2026, 12, 9, 14, 0, tzinfo=UTC)
    return CalendarEvent(uid="s25", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees,
                         all_day=all_day)


@pytest.mark.parametrize(("name", "me"), [
    ("Min-ji Hanssen", ["minji.hanssen.dev@gmail.com"]),
    ("Valeria Ochoa Ruiz", ["valeria.ochoar@outlook.com"]),
])
def test_the_users_name_as_the_address_spells_it(name: str, me: list[str]) -> None:
    assert could_be_user(name, me_from(me))


@pytest.mark.parametrize("name", ["Min-jae Hanssen", "Valeria Ortiz Ruiz"])
def test_a_similar_name_is_not_the_user(name: str) -> None:
    assert not could_be_user(name, me_from(["minji.hanssen.dev@gmail.com", "valeria.ochoar@outlook.com"]))


def test_an_agency_invitation_labelling_the_user_the_candidate_is_the_users_interview() -> None:
    verdict = classify_event(event(
        "Northlake Foods – Valeria Ochoa Ruiz – Interview w/ Dana Whitfield (Dir. Treasury)",
        "Brightpath Search is inviting you to a scheduled Zoom meeting.\n\nCandidate: Valeria Ochoa Ruiz\n"
        "Client: Northlake Foods Inc.\nInterviewer: Dana Whitfield, Director Treasury"),
        me=["valeria.ochoar@outlook.com"])
    assert verdict.is_interview
    assert verdict.company is not None and verdict.company.startswith("Northlake")


@pytest.mark.parametrize(("summary", "description", "organizer", "attendees", "location"), [
    ("Épreuve orale – jury de sélection – Direction Lycée R. Thiry",
     "Madame,\nVous êtes admise à l'épreuve orale devant le jury de sélection pour la fonction de directrice.",
     Attendee("Servais, Anne", "anne.servais@ville-exemple.be"), (Attendee("Min-ji Hanssen", PRIVATE),), ""),
    ("Min-ji x École Tilleul – direction pédagogique",
     "Bonjour Min-ji, on cherche la personne qui prendra la direction de l'École Tilleul. On te montre le bâtiment.",
     Attendee("Paul Lenoir", "paul.lenoir@gmail.com"),
     (Attendee("Paul Lenoir", "paul.lenoir@gmail.com"), Attendee("", PRIVATE)), "Café du Canal"),
    ("RDV échevine (dernière étape Athénée Sud !!)", "Relire les notes de l'oral. Pas de souci avec l'école.",
     None, (), "Hôtel de Ville"),
])
def test_a_school_heads_search_among_schools(summary: str, description: str, organizer: Attendee | None,
                                             attendees: tuple[Attendee, ...], location: str) -> None:
    verdict = classify_event(event(summary, description, organizer, attendees, location), me=ME)
    assert not any(r.startswith("a personal-life setting") for r in verdict.reasons)


def test_a_parents_meeting_at_a_named_school_stays_personal() -> None:
    verdict = classify_event(event("Reunión apoderados Tomás + entrevista profe", "Reunión de apoderados 4°A.",
                                   location="Colegio Santa Clara"), me=ME)
    assert not verdict.is_interview


@pytest.mark.parametrize(("summary", "description"), [
    ("Probetag Kranwerk Nord (Urlaub eingetragen!)", "9-16 Uhr in der Disposition, Sicherheitsschuhe mitnehmen"),
    ("Schnuppertag Hotel Bergblick", "07:00 Frühdienst mitlaufen\nUrlaubstag beim Chef eingetragen!!"),
    ("Trial day – Copperline Studio", "whole day with the art team. annual leave booked"),
])
def test_leave_taken_for_a_trial_day_makes_it_the_users(summary: str, description: str) -> None:
    verdict = classify_event(event(summary, description, all_day=True), me=ME)
    assert verdict.is_interview
    assert any(r.startswith("the user takes leave from work for it") for r in verdict.reasons)


def test_leave_for_something_else_is_no_interview() -> None:
    assert not classify_event(event("Umzug Oma", "Urlaub eingetragen, Transporter ab 8"), me=ME).is_interview


@pytest.mark.parametrize(("summary", "description", "organizer"), [
    ("Min-ji Hanssen / Keystone Talent - intro call",
     "I'm partnering exclusively with a AAA studio in Seattle on a Senior Producer search. I can't share the name "
     "until we've spoken, but happy to give you colour on the call.",
     Attendee("Lund, Erik", "elund@keystonetalent.com")),
    ("Rive Gauche Recrutement / Min-ji Hanssen – premier échange",
     "Je vous propose un premier échange pour faire connaissance : votre parcours, ce que vous cherchez.",
     Attendee("Claire Morin", "claire.morin@rivegauche-recrutement.fr")),
])
def test_an_agencys_first_talk_naming_no_client(summary: str, description: str, organizer: Attendee) -> None:
    verdict = classify_event(event(summary, description, organizer, (MINJI,)), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("a recruitment agency's first talk")


def test_a_hiring_desk_named_like_a_person_is_the_employer() -> None:
    verdict = classify_event(event(
        "Arthur Pemberton - 2026 Technology Rotation Program - Panel Interview",
        "Panel: Dana Hale (Sr Manager); Luis Ortega (Engineer III).\nThis message was sent by iCIMS on behalf of "
        "Arthur Pemberton.", Attendee("Pemberton Campus Recruiting", "pemberton-noreply@icims.com"), (MINJI,)), me=ME)
    assert verdict.is_interview


def test_sitting_in_on_interviews_is_the_hiring_side() -> None:
    verdict = classify_event(event("sit in on 212 TA intvws (observe only)", "watch how she runs them"), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("the user writes of the user's seat")


def test_a_courses_certifying_exam_is_no_interview() -> None:
    verdict = classify_event(event("Formation des directions – épreuve certificative (module 2)",
                                   "Épreuve orale devant deux formateurs : présentation du portfolio."), me=ME)
    assert not verdict.is_interview
    assert verdict.reasons[0] == "not about a job: 'epreuve certificative'"


@pytest.mark.parametrize(("summary", "description", "reason"), [
    ("Vorst.gespr. Nordkai Logistik 9:30", "Disponent Leitstelle, Hr. Brandt\nSchichtdienst auch WE, 4-Tage-Woche",
     "title says 'vorst.gespr.'"),
    ("Hagedorn Schwerlast VG", "Disponent, Gespräch mit Fr. Lüders (Prokuristin)", "the user's own entry says 'VG'"),
    ("Alpenrose Hotel - vorstellen bei Hr. Moser (GF)", "Stelle Front Office Manager\nBus ab Hbf 14:10",
     "title says 'vorstellen bei hr'"),
    ("KMA 2e rdv – C. Bastide + cheffe d'agence", "prendre book + planches. demander équipe, télétravail",
     "the user's own entry names a numbered round: '2e rdv'"),
    ("rdv tel Marchal archi - poste chef de projet", "M. Marchal m'appelle. questions : taille équipe, projets",
     "the user's own entry: someone calls the user about a job"),
])
def test_the_users_own_shorthand_for_an_interview(summary: str, description: str, reason: str) -> None:
    verdict = classify_event(event(summary, description), me=ME)
    assert verdict.is_interview
    assert any(r.startswith(reason) for r in verdict.reasons)
    assert verdict.company is None or "gespr" not in verdict.company.lower()


def test_a_doodle_poll_for_interview_slots_is_no_survey() -> None:
    verdict = classify_event(event(
        "Entretiens direction – Commune de Waltz (créneau Mme Hanssen)",
        "Sondage Doodle « Entretiens direction » clôturé par Anne Collet.\nCréneau retenu : mercredi 14:00.",
        Attendee("Anne Collet", "acollet@waltz.example")), me=ME)
    assert not any(r.startswith("research or press interview") for r in verdict.reasons)


def test_asking_about_visa_sponsorship_is_about_a_job() -> None:
    verdict = classify_event(event("llamada Sara (Talentia) - rol Northwind",
                                   "me llama ella. Sr Analyst FP&A. preguntar rango salarial y si patrocinan visa"),
                             me=ME)
    assert not any(r.startswith("not about a job") for r in verdict.reasons)


def test_a_student_address_is_no_school_setting() -> None:
    verdict = classify_event(event("MSFT 1st round (teams)",
                                   'copied from their email: "Technical Screen - Software Engineer"\n'
                                   "teams link in outlook invite they sent to school email"), me=ME)
    assert verdict.is_interview
    assert not any(r.startswith("a personal-life setting") for r in verdict.reasons)


@pytest.mark.parametrize(("summary", "description", "organizer", "company"), [
    ("Intro call - Min-ji Hanssen / Ridgeway Talent",
     "I'm partnering with Quillstone on their Senior Producer opening and would like to do a short screen first.",
     Attendee("Ava Ross", "ava.ross@ridgewaytalent.com"), "Quillstone"),
    ("Tél. Ardent Conseil – Min-ji Hanssen",
     "Je mène pour la Fondation Lumière le recrutement d'un·e chef·fe de projet. Je vous poserai quelques questions.",
     Attendee("Lebrun, Paul", "paul.lebrun@ardent-conseil.be"), "Fondation Lumière"),
    ("Point tél. Hestor Conseil / M. Hanssen",
     "Notre client est Morel Dutertre Architectes (Bordeaux, 35 collaborateurs) qui recrute un chef de projet.",
     Attendee("Aubry, Luc", "luc.aubry@hestor-conseil.com"), "Morel Dutertre Architectes"),
    ("Entrevista - Analista Senior de Finanzas | Selección",
     "Hola Min-ji, te invitamos a la entrevista para Analista Senior de Finanzas en Andes Bebidas S.A.",
     Attendee("Andes Bebidas vía Magneto", "notificaciones@magneto365.com"), "Andes Bebidas"),
])
def test_an_agencys_or_a_tools_invitation_names_the_employer(summary: str, description: str, organizer: Attendee,
                                                            company: str) -> None:
    verdict = classify_event(event(summary, description, organizer, (MINJI,)), me=ME)
    assert verdict.is_interview
    assert verdict.company == company


def test_a_committee_hearing_the_user_by_title_and_full_name() -> None:
    verdict = classify_event(event(
        "Probevorlesung / Berufungsgespräch – Dr. Minji Hanssen",
        "Sehr geehrte Frau Dr. Hanssen\n\nDie Berufungskommission lädt Sie zur Probevorlesung und zum Gespräch ein.",
        Attendee("Dekanat Naturwissenschaften", "berufungen@uni-beispiel.ch"), (MINJI,)), me=ME)
    assert verdict.is_interview
    assert any(r.startswith("a selection committee hears the user") for r in verdict.reasons)


@pytest.mark.parametrize(("written", "name"), [("Universität Basel", "Universität Basel"),
                                               ("Université Laval", "Université Laval")])
def test_a_university_keeps_its_city(written: str, name: str) -> None:
    assert clean_company(written) == name
