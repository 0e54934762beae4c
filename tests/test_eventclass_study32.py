"""classify_event after the holdout260-267 study: a health trade as a post on a team or tried out at work is no
personal appointment; a greeting after a one-line header, before a dash or by a short form of the first name greets
the user; internal processes and acting assignments are internal moves; a job-centre client's interview, a clinical
anamnesis, career guidance and a car's tyres are not the user's interviews; a placement "bei uns" is the hiring side;
a driver's road test and a teacher's Lehrprobe are selection steps; sample invitations' reserved domains
("gmail.example.com", "myworkday.example.com") are a free-mail provider and a tool."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.freemail import is_free_mail
from afterview.daemon.eventclass.reserved import without_reserved
from afterview.daemon.eventclass.toolnames import is_tool_domain

INTERNAL = "an internal application at the user's employer, written to the user"


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2027, 6, 8, 9, 30, tzinfo=UTC)
    return CalendarEvent(uid="s32", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def rules(ev: CalendarEvent, me: list[str]) -> tuple[bool, list[str]]:
    verdict = classify_event(ev, me=me, model="rules")
    return verdict.is_interview, list(verdict.reasons)


PHYSIO = ["jordi.pons.fisio@gmail.com", "jpons@castellofc.es"]


def test_a_physiotherapists_post_on_a_clubs_first_team_is_a_job() -> None:
    found, reasons = rules(event(
        "Reunión final - Fisioterapeuta Primer Equipo",
        "Jordi, te citamos en el estadio para la reunión final con el director deportivo.",
        organizer=Attendee("Secretaría Técnica", "secretaria@cdlevante-norte.es"),
        attendees=(Attendee("Jordi Pons", "jordi.pons.fisio@gmail.com"),
                   Attendee("Marc Roig", "mroig@cdlevante-norte.es"))), me=PHYSIO)
    assert found
    assert not any(reason.startswith("a personal-life setting") for reason in reasons)


def test_a_physio_tried_out_at_a_teams_training_is_not_a_personal_appointment() -> None:
    _, reasons = rules(event("Prueba Rugby Turia – entrenos",
                             "me quieren ver trabajar 2 entrenos antes de decidir lo del fisio del senior"),
                       me=PHYSIO)
    assert not any(reason.startswith("a personal-life setting") for reason in reasons)


def test_a_greeting_after_a_header_line_makes_an_internal_application() -> None:
    me = ["heike.brandt@web.de", "heike.brandt@jobcenter-halle.example.de"]
    found, reasons = rules(event(
        "Auswahlgespräch IA 07/2026 TL Eingangszone",
        "Interne Stellenausschreibung IA 07/2026 – Teamleitung Eingangszone\n\nLiebe Frau Brandt,\n\nim Rahmen "
        "Ihrer internen Bewerbung laden wir Sie zum Auswahlgespräch ein.",
        organizer=Attendee("Reuter, Tom", "t.reuter@jobcenter-halle.example.de"),
        attendees=(Attendee("Brandt, Heike", "heike.brandt@jobcenter-halle.example.de"),
                   Attendee("Fuchs, Anja", "a.fuchs@jobcenter-halle.example.de"))), me=me)
    assert found
    assert INTERNAL in reasons


def test_a_short_form_of_the_first_name_greets_the_user() -> None:
    me = ["valentina.gomez.r@gmail.com", "vgomez@contactosur.com.co"]
    found, reasons = rules(event(
        "Convocatoria interna CI-2026-014 Gerente de Calidad - entrevista Gestión Humana",
        "Hola Vale,\n\nGracias por postularte a la convocatoria interna CI-2026-014. Como primer filtro tendremos "
        "una entrevista con Gestión Humana.",
        organizer=Attendee("Julián Ochoa", "jochoa@contactosur.com.co"),
        attendees=(Attendee("Valentina Gómez", "vgomez@contactosur.com.co"),)), me=me)
    assert found
    assert INTERNAL in reasons


def test_an_internal_process_by_its_number_and_an_acting_assignment_after_a_dash_greeting() -> None:
    me = ["li.chen.ottawa@outlook.com", "li.chen@ised.example.ca"]
    colleague = Attendee("Patrice Gagnon", "patrice.gagnon@ised.example.ca")
    user = Attendee("Li Chen", "li.chen@ised.example.ca")
    found, reasons = rules(event(
        "TPB-0311 interview - L. Chen",
        "Interview for internal process 2026-ISED-IA-0311 (EC-06). Board: Patrice Gagnon and Olivia Brennan.",
        organizer=colleague, attendees=(user, Attendee("Olivia Brennan", "olivia.brennan@ised.example.ca"))), me=me)
    assert found
    assert INTERNAL in reasons
    _, reasons = rules(event(
        "Acting EC-07 - chat w/ Li",
        "Hi Li - thanks for answering the call for the 4-month acting EC-07 assignment. 30 min, a few questions.",
        organizer=colleague, attendees=(user,)), me=me)
    assert INTERNAL in reasons


def test_what_is_no_interview_of_the_users() -> None:
    me = ["petra.lang@web.de", "petra.lang@jobcenter-nord.example.de"]
    for title, description in (
            ("VG Herr M. bei Logistik Süd", "VG Kd. Herr M. bei Logistik Süd GmbH, Ansprechpartner Hr. Ebert."),
            ("Vorstellungsgespräch Fr. Sommer bei Elbtal Pflege – ich begleite", "vorher Treffen vor der Tür"),
            ("Erstgespräch Laufbahnberatung (BIZ)", "Bitte Lebenslauf und Zeugnisse mitbringen."),
            ("Entretien Peugeot - Garage du Rhin", "Entretien annuel + pneus hiver. Demander devis freins."),
            ("Entrevista clínica + valoración Iván", "anamnesis, dolor en escala, test de squeeze"),
            ("Tel. Interview J. Otto (Praxissemester bei uns)", "ich rufe an. Motivation, Verfügbarkeit fragen")):
        found, reasons = rules(event(title, description), me=me)
        assert not found, (title, reasons)


def test_an_agency_that_accompanies_the_candidate_still_invites_to_an_interview() -> None:
    me = ["petra.lang@web.de", "petra.lang@jobcenter-nord.example.de"]
    found, _ = rules(event(
        "Vorstellungsgespräch Stadtwerke Halle – Teamleitung Kundenservice",
        "Liebe Frau Lang, unser Mandant lädt Sie zum Vorstellungsgespräch ein; ich begleite Sie vor Ort.",
        organizer=Attendee("Tim Berger", "t.berger@personalpartner-halle.de"),
        attendees=(Attendee("Petra Lang", "petra.lang@web.de"),)), me=me)
    assert found


def test_selection_steps_of_a_driver_and_a_teacher() -> None:
    me = ["troy.banks.cdl@yahoo.com", "tbanks@riverlinefreight.com"]
    found, _ = rules(event(
        "Road test - Troy Banks (CDL-A Grocery)",
        "Road test with Walt Brannon (Driver Trainer), Forest Park DC gate 3. Pre-trip + alley dock + street route.",
        organizer=Attendee("Lena McClain", "lmcclain@magnoliafresh.com"),
        attendees=(Attendee("Troy Banks", "troy.banks.cdl@yahoo.com"),
                   Attendee("Walt Brannon", "wbrannon@magnoliafresh.com"))), me=me)
    assert found
    found, reasons = rules(event("Lehrprobe BWS - Bewerbungstraining 45min, 12 TN",
                                 "für Standortleitung. Danach Auswertung mit Hr Hartung"),
                           me=["petra.lang@web.de"])
    assert not any(reason.startswith("mock or practice") for reason in reasons)
    found, reasons = rules(event(
        "Harvest Markets - Driver Skills Assessment (written test + road test) - Class A Store Delivery",
        "Part 1: written test. Part 2: road test with the transportation supervisor.",
        organizer=Attendee("Jobs", "jobs@harvestmarkets.com"),
        attendees=(Attendee("Troy", "troy.banks.cdl@yahoo.com"),)), me=me)
    assert found, reasons


def test_a_sample_exercise_for_a_final_interview_is_no_mock() -> None:
    found, reasons = rules(event(
        "FW: Final Interview - Safety & Training Specialist",
        "Final round: Clay Abernathy (VP Safety) and Raj Singh (HR). Please prepare a 10 minute sample coaching "
        "session for a driver with two hard-braking events.",
        organizer=Attendee("Mia Harrell", "mharrell@sterlingfleet.com"),
        attendees=(Attendee("Troy Banks", "troy.banks.cdl@yahoo.com"),
                   Attendee("Clay Abernathy", "cabernathy@sterlingfleet.com"))),
        me=["troy.banks.cdl@yahoo.com", "tbanks@riverlinefreight.com"])
    assert found, reasons


@pytest.mark.parametrize(("domain", "plain"), [
    ("gmail.example.com", "gmail.com"), ("hotmail.example", "hotmail.com"), ("hire.lever.example", "hire.lever.com"),
    ("x.paradox-mail.example.ai", "x.paradox-mail.ai"), ("example.com", "example.com"),
    ("acme.example.com", "acme.com"), ("acme.de", "acme.de")])
def test_reserved_labels_are_read_away(domain: str, plain: str) -> None:
    assert without_reserved(domain)[0] == plain


def test_sample_domains_of_tools_and_free_mail_are_never_the_company() -> None:
    assert is_free_mail("gmail.example.com") and is_free_mail("btinternet.example.com")
    assert is_tool_domain("myworkday.example.com") and is_tool_domain("indeed-mail.example.com")
    assert not is_tool_domain("ontario.example.ca") and not is_free_mail("ontario.example.ca")
    me = ["rhys.price.arch@gmail.com", "r.price@heritageunit.example.co.uk"]
    verdict = classify_event(event(
        "Interview - Senior Heritage Consultant (Halcyon Engineering)",
        "Your interview for Senior Heritage Consultant at Halcyon Engineering.",
        organizer=Attendee("Halcyon Recruiting", "halcyon@myworkday.example.com"),
        attendees=(Attendee("Rhys Price", "rhys.price.arch@gmail.com"),)), me=me, model="rules")
    assert verdict.is_interview
    assert verdict.company != "Myworkday"


def test_a_private_persons_invitation_about_a_job_as_advertised() -> None:
    found, reasons = rules(event(
        "Gower Coastal - interview & site walkover",
        "Hi Rhys, come down to Rhossili and we'll walk the cliff-top midden, then interview back at mine - we're "
        "tiny so it's just me. Senior Archaeologist job as advertised. Nia",
        organizer=Attendee("Nia Harcombe", "nia.harcombe@btinternet.com"),
        attendees=(Attendee("Rhys Price", "rhys.price.arch@gmail.com"),)),
        me=["rhys.price.arch@gmail.com", "r.price@heritageunit.example.co.uk"])
    assert found, reasons
