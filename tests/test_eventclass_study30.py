"""classify_event after the holdout236-243 study: an orchestra's audition the user plays (a Probespiel, an audición for
a seat, a prueba behind the screen) and what is none (a pupils' concert, a mock audition, the jury's seat, a report on
a new colleague's trial); the user's own note of one trial lecture; a registration number in the title is the
user's, a place in the day's order is another candidate's; a listener's seat at a colleague's interview; a
freelancer's own firm named in a client's invitation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event

PRIVATE = "ines.varela.cello@gmail.com"
WORK = "ines.varela@orquesta-levante.es"
ME = [PRIVATE, WORK]
INES = Attendee("Inés Varela", PRIVATE)


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2027, 3, 15, 10, 0, tzinfo=UTC)
    return CalendarEvent(uid="s30", summary=summary, start=start, end=start + timedelta(hours=2),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def rules(ev: CalendarEvent, me: list[str] = ME) -> tuple[bool, list[str]]:
    verdict = classify_event(ev, me=me, model="rules")
    return verdict.is_interview, list(verdict.reasons)


def test_the_users_own_note_of_a_probespiel() -> None:
    found, reasons = rules(event("Probespiel Kassel – Vorrunde", "Einspielen ab 9:30, Haydn D-Dur + Stellen",
                                 location="Staatstheater Kassel"))
    assert found
    assert "one audition for a post, the user's own or sent to the private address: 'probespiel'" in reasons


def test_an_orchestras_invitation_to_audition_for_a_seat_at_the_private_address() -> None:
    found, _ = rules(event(
        "Audición Violonchelo Tutti – Orquesta Sinfónica de Cádiz",
        "Estimada Inés:\n\nle confirmamos su turno para la primera prueba (tras cortina).\n\n"
        "Un saludo,\nSecretaría técnica",
        organizer=Attendee("Secretaría técnica OSC", "audiciones@sinfonicacadiz.es"), attendees=(INES,),
        location="Gran Teatro Falla, Cádiz"))
    assert found


def test_a_prueba_played_behind_the_screen() -> None:
    found, reasons = rules(event("OSM - prueba tras cortina", "coche con Lucía"))
    assert found
    assert any("'prueba tras cortina'" in reason for reason in reasons)


def test_what_is_no_audition_the_user_plays() -> None:
    for title in ("Audición de alumnos – cuerda (violín, viola, violonchelo)",
                  "Simulacro audición tras cortina con la sección",
                  "Audición violonchelo tutti – oyente en el tribunal",
                  "Informe período de prueba Marcos (tutti vc.) para RRHH",
                  "Webinar: Probespiel-Vorbereitung und Lampenfieber"):
        found, reasons = rules(event(title))
        assert not found, title
        assert not any(reason.startswith("one audition") for reason in reasons), title


def test_a_nurses_probedienst_of_an_applicant_is_no_audition() -> None:
    found, _ = rules(event("ND + Probedienst Hr. Albers"), me=["k.brandt@web.de", "k.brandt@klinikum-nord.de"])
    assert not found


def test_the_users_own_note_of_one_trial_lecture() -> None:
    me = ["anja.roeder@posteo.de", "anja.roeder@uni-hohenheim.de"]
    found, reasons = rules(event("Jena Berufungsvortrag W2 Mikrobiologie", "Vortrag 14:00, danach Kommission"), me=me)
    assert found
    assert "the user's own entry notes one trial lecture: 'berufungsvortrag'" in reasons
    # a committee member's entry hears several, or names the candidate
    for title in ("Probevorträge W2 Mikrobiologie – Tag 1", "Berufungsvortrag: Dr. Jonas Ebert (W2 Mikrobiologie)"):
        assert not rules(event(title), me=me)[0], title


def test_a_registration_number_is_the_users_but_a_place_in_the_day_is_another_candidates() -> None:
    me = ["ryan.doyle.fire@gmail.com", "rdoyle@lakesidefire.org"]
    board = event("Firefighter Oral Board - Candidate #4187",
                  "Mr. Doyle,\n\nYou are scheduled for the oral board of the entry-level firefighter exam. Bring photo "
                  "ID.\n\nCivil Service Commission",
                  organizer=Attendee("Civil Service Commission", "exams@cityofmarlow.gov"),
                  attendees=(Attendee("Ryan Doyle", "ryan.doyle.fire@gmail.com"),))
    found, reasons = rules(board, me=me)
    assert found
    assert not any(reason.startswith("the title speaks of a candidate") for reason in reasons)
    panel = event("Lieutenant panel - candidate 2 of 3", "Scoring sheets in the binder.",
                  organizer=Attendee("Battalion Chief Moss", "bmoss@lakesidefire.org"),
                  attendees=(Attendee("Ryan Doyle", "rdoyle@lakesidefire.org"),))
    assert not rules(panel, me=me)[0]


def test_the_user_listening_in_on_a_colleagues_interview_for_an_internal_post() -> None:
    me = ["t.krause@posteo.de", "tobias.krause.ext@mainwerke.de"]
    found, reasons = rules(event(
        "VG Teamleitung Instandhaltung – Fr. Yilmaz (Hospitation T. Krause)",
        "Tobias, du kannst gern als Zuhörer dabei sein (Kamera aus, keine Fragen). Bewerberin: interne Stelle "
        '"Teamleitung Instandhaltung (w/m/d)", Fr. Yilmaz.',
        organizer=Attendee("Petra Lang", "petra.lang@mainwerke.de"),
        attendees=(Attendee("Tobias Krause", "tobias.krause.ext@mainwerke.de"),)), me=me)
    assert not found
    assert "organised by a colleague at the user's employer" in reasons


def test_a_freelancers_own_firm_named_in_a_clients_invitation() -> None:
    me = ["j.lorenz@lorenz-it.de"]
    found, reasons = rules(event(
        "Ausschreibung SAP-Beratung Los 3 – Interview benannter Berater (Lorenz IT)",
        "Sehr geehrter Herr Lorenz,\n\nwir laden Sie als vom Bieter benannten Berater zu einem Interview ein.",
        organizer=Attendee("Vergabestelle", "vergabe@stadtwerke-oberlahn.de"),
        attendees=(Attendee("Jan Lorenz", "j.lorenz@lorenz-it.de"),)), me=me)
    assert found
    assert "the user represents the employer named in the title" not in reasons


def test_the_users_own_entry_for_a_physical_ability_test_and_a_numbered_written_exam() -> None:
    me = ["ryan.doyle.fire@gmail.com", "rdoyle@lakesidefire.org"]
    found, reasons = rules(event("CPAT - Marlow Fire & Rescue (Firefighter/Paramedic)",
                                 "Candidate Physical Ability Test. Bring photo ID and athletic clothing."), me=me)
    assert found
    assert "title says 'cpat'" in reasons
    _, reasons = rules(event("Firefighter Entrance Exam - Written (Applicant 11873)"), me=me)
    assert not any(reason.startswith("the user's own entry speaks of hiring someone") for reason in reasons)
