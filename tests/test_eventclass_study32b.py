"""classify_event after the holdout268-275 study: an exercise of a selection may take a mock, an HR talk or an
onboarding as its topic; a relative's interview in a shared family calendar is someone else's; an official list's
"FAMILY First" order names the user; whom a candidate meets ("the hiring committee is …") is no interviewer's cue; an
agency's vacancy intake and a phone screen "for our … crew" are the hiring side; a driving test, a leak and a pet's
adoption are no job interview; a trial at work is about a job even from a private person."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.companytitle import without_post
from afterview.daemon.eventclass.people import me_from
from afterview.daemon.eventclass.usernames import could_be_user


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2027, 7, 12, 10, 0, tzinfo=UTC)
    return CalendarEvent(uid="s32b", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def rules(ev: CalendarEvent, me: list[str]) -> tuple[bool, list[str]]:
    verdict = classify_event(ev, me=me, model="rules")
    return verdict.is_interview, list(verdict.reasons)


def test_an_assessment_centres_role_play_of_an_hr_talk_is_an_exercise() -> None:
    me = ["maria.huber@gmx.at", "m.huber@bestattung-donau.example.at"]
    found, reasons = rules(event(
        "Assessment Center Betriebsleiter*in – Mag. Maria Huber",
        "Sehr geehrte Frau Mag. Huber,\n\nwir laden Sie zum Assessment Center für die Position Betriebsleiter*in ein."
        "\n\n09:00 Fallstudie\n11:00 Rollenspiel: Mitarbeitergespräch Friedhofsarbeiter\n14:00 Interview",
        organizer=Attendee("Dora Strasser", "d.strasser@personalpartner.example.at"),
        attendees=(Attendee("Maria Huber", "maria.huber@gmx.at"),)), me=me)
    assert found, reasons


def test_a_demo_exercises_onboarding_session_is_an_exercise() -> None:
    me = ["liam.roe@shaw.ca", "lroe@timberco.example.ca"]
    _, reasons = rules(event(
        "Forestrix | Liam Roe | Demo exercise (Customer Success Forester)",
        "Hi Liam,\n\nHere are the details for your demo exercise: 30 min, you run a live onboarding session for a "
        "licensee's planning team, then questions.",
        organizer=Attendee("Forestrix", "no-reply@forestrix.example.com"),
        attendees=(Attendee("Liam Roe", "liam.roe@shaw.ca"),
                   Attendee("Maya Lindgren", "maya.lindgren@forestrix.example.com"))), me=me)
    assert not any(reason.startswith("not about a job") for reason in reasons), reasons


def test_a_relatives_interview_in_a_family_calendar() -> None:
    me = ["owen.hart@shaw.ca", "ohart@timberco.example.ca"]
    found, reasons = rules(event("Kara - 2nd interview (NIH)",
                                 "Kara - 2nd interview, Clinical Nurse Educator at Northern Interior Health. Owen "
                                 "does school drop-off.", location="NIH admin building"), me=me)
    assert not found
    assert reasons == ["someone else's interview: 'Kara'"]
    # the user's own entry that names an interviewer and the user's own errand is still the user's
    found, _ = rules(event("Kara - 2nd interview (NIH)", "Owen: bring portfolio, then school pick up at 4",
                           location="NIH admin building"), me=["kara.hart@shaw.ca"])
    assert found


def test_an_official_lists_family_first_order_names_the_user() -> None:
    me = me_from(["katrien.desmet.lefort@proton.me", "kdesmet@brussel-innovatie.example.be"])
    assert could_be_user("DE SMET-LEFORT Katrien", me)
    assert not could_be_user("PEETERS Jan", me)
    assert could_be_user("M-O Chen", me_from(["mo.chen.prod@gmail.com", "marcolivier.chen@northlightpictures.ca"]))


def test_whom_a_candidate_meets_is_no_interviewers_cue() -> None:
    me = ["owen.hart@shaw.ca", "ohart@timberco.example.ca"]
    found, reasons = rules(event(
        "WFCF General Manager - interview with the Board",
        "Dear Owen,\n\nThe Board invites you to interview for the position of General Manager. The hiring committee "
        "is Lorraine Beaudry (Board Chair) and Ken Ostrowski (Director).",
        organizer=Attendee("Lorraine Beaudry", "lorraine.beaudry@willowflatscf.example.ca"),
        attendees=(Attendee("Owen Hart", "owen.hart@shaw.ca"),)), me=me)
    assert found, reasons


def test_the_hiring_side_of_an_agencys_intake_and_a_crew_phone_screen() -> None:
    me = ["javier.lacasa@gmail.com", "jlacasa@construcciones-ebro.es"]
    found, _ = rules(event(
        "Intake vacante Técnico/a PRL obra PLAZA – Talento Cierzo",
        "Hola Cristina, hola Javier:\n\nReunión de arranque (intake) del proceso Técnico/a PRL: perfil, requisitos y "
        "calendario.",
        organizer=Attendee("Laura Ezquerra", "laura.ezquerra@talentocierzo.es"),
        attendees=(Attendee("Javier Lacasa", "jlacasa@construcciones-ebro.es"),
                   Attendee("Cristina Pérez", "cperez@construcciones-ebro.es"))), me=me)
    assert not found
    found, _ = rules(event("phone screen Tyler Braun - fire crew lead",
                           "for our licensee initial attack crew. he has S-100/S-185. call him 250-555-0193."),
                     me=["owen.hart@shaw.ca", "ohart@timberco.example.ca"])
    assert not found


def test_what_is_no_job_interview() -> None:
    me = ["markus.ebner@web.de", "m.ebner@fahrschule.example.de"]
    for title, description in (
            ("Prakt. Prüfung Kl. B Aylin S. – Prüfer Hr. Seitz", "Aylin S., 2. Versuch. Der aus meinem Fachgespräch!"),
            ("Entretien avec le syndic - fuite garage", "photos fuite + devis plombier"),
            ("Biscuit adoption interview", "adoption interview + meet Biscuit!! bring lease showing pets ok")):
        found, reasons = rules(event(title, description), me=me)
        assert not found, (title, reasons)


def test_a_trial_at_work_from_a_private_person_is_about_a_job() -> None:
    found, reasons = rules(event(
        "Paid trial days - Dunn Silviculture",
        "Owen, come out Tuesday and Wednesday, we'll see how you run a planting block.",
        organizer=Attendee("Rick Dunn", "rick.dunn.silv@gmail.com"),
        attendees=(Attendee("Owen Hart", "owen.hart@shaw.ca"),)), me=["owen.hart@shaw.ca", "ohart@timberco.ca"])
    assert found, reasons


def test_a_selection_step_or_a_room_is_no_part_of_the_company() -> None:
    assert without_post("WFRI Seminar Room") == "WFRI"
    assert without_post("Ashbury Town FC Training Ground") == "Ashbury Town FC"
    assert without_post("Seminar Room") == "Seminar Room"  # (nothing left: not a name with a room after it)
    verdict = classify_event(event(
        "Probearbeiten FS Remstal", "Probearbeiten bei der Fahrschule Remstal, 2 Fahrstunden mit Schülern.",
        location="Fahrschule Remstal, Bahnhofstr. 3, Schorndorf"), me=["markus.ebner@web.de"], model="rules")
    assert verdict.is_interview
    assert verdict.company is not None and not verdict.company.startswith("Probearbeiten")
