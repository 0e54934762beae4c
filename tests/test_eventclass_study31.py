"""classify_event after the holdout244-251 study: a colleague who writes to the user about the user's own application
(an internal one, never named so), a place in a hearing's order next to the user's name; a relative's or a friend's
job interview; a clinician's diagnostic interview, a medical after the offer, a mock oral, a newsletter's interview,
an informal enquiry; a dean's post is no pupil's admission; a mock task inside a trial day; an outside examiner's or
observer's seat; the user deciding on someone's trial; the candidate's presentation in the user's own entry; a post
written after the institution's name ("Maplestone College Dean of Admission"); a Chinese note of a candidate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.companytitle import without_post

PRIVATE = "tomasz.wrobel.home@gmail.com"
WORK = "t.wrobel@nordhafen-logistik.de"
ME = [PRIVATE, WORK]
TOMASZ = Attendee("Tomasz Wróbel", WORK)
INTERNAL = "an internal application at the user's employer, written to the user"


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    start = datetime(2027, 4, 12, 9, 30, tzinfo=UTC)
    return CalendarEvent(uid="s31", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def rules(ev: CalendarEvent, me: list[str] = ME) -> tuple[bool, list[str]]:
    verdict = classify_event(ev, me=me, model="rules")
    return verdict.is_interview, list(verdict.reasons)


def test_a_colleague_writes_to_the_user_about_the_users_own_application() -> None:
    found, reasons = rules(event(
        "Schichtleitung Lager Süd – Gespräch",
        "Hallo Tomasz,\n\nJens möchte mit dir über deine Bewerbung als Schichtleitung Lager Süd sprechen. Bring gern "
        "deine Ideen zur Personalplanung mit.\n\nViele Grüße\nSabine",
        organizer=Attendee("Sabine Ott", "s.ott@nordhafen-logistik.de"), attendees=(TOMASZ,)))
    assert found
    assert INTERNAL in reasons


def test_a_colleagues_reminder_of_the_applications_to_review_is_the_hiring_side() -> None:
    found, reasons = rules(event(
        "Schichtleitung Lager Süd – Gespräch",
        "Hallo Tomasz,\n\nbitte sieh dir vorher your applications to review im Portal an; wir sprechen über die "
        "drei Bewerber.\n\nSabine",
        organizer=Attendee("Sabine Ott", "s.ott@nordhafen-logistik.de"), attendees=(TOMASZ,)))
    assert not found
    assert INTERNAL not in reasons


def test_a_rectorates_letter_names_the_user_formally_and_hyphenated_first_names_greet_the_user() -> None:
    me = ["jeanne.leroux@laposte.net", "jeanne-marie.leroux@ac-rennes.fr"]
    letter = event("Entretien – mission académique vie scolaire – Mme LEROUX",
                   "M. Quéré vous recevra pour un entretien concernant votre candidature (quotité 50 %).",
                   organizer=Attendee("Secrétariat IA-IPR", "secretariat.ipr@ac-rennes.fr"),
                   attendees=(Attendee("Jeanne-Marie Leroux", "jeanne-marie.leroux@ac-rennes.fr"),))
    found, reasons = rules(letter, me=me)
    assert found
    assert INTERNAL in reasons
    greeted = event("Poste de coordinatrice – échange",
                    "Jeanne-Marie, merci pour ta candidature ; on en parle jeudi avec la DRH.",
                    organizer=Attendee("Paul Riou", "paul.riou@ac-rennes.fr"),
                    attendees=(Attendee("Jeanne-Marie Leroux", "jeanne-marie.leroux@ac-rennes.fr"),))
    found, reasons = rules(greeted, me=me)
    assert found
    assert INTERNAL in reasons


def test_a_place_in_a_hearings_order_next_to_the_users_name() -> None:
    me = ["eva.berger@gmx.at", "eva.berger@lkh-murtal.at"]
    mine = event("Hearing Stationsleitung – Kandidatin 3 (Dr. Berger)",
                 "Liebe Frau Dr. Berger,\n\nSie sind als Kandidatin 3 eingeteilt (11:00-11:45). Kommission: Pflege"
                 "direktion, Personalabteilung.",
                 organizer=Attendee("Mag. Lukas Pichler", "lukas.pichler@lkh-murtal.at"),
                 attendees=(Attendee("Eva Berger", "eva.berger@lkh-murtal.at"),))
    found, reasons = rules(mine, me=me)
    assert found
    assert INTERNAL in reasons
    seat = event("Hearing Stationsleitung – Kandidatin 3 (Dr. Roth)",
                 "Liebe Eva, bitte als Kommissionsmitglied um 10:50 da sein. Bewertungsbögen liegen auf.",
                 organizer=Attendee("Mag. Lukas Pichler", "lukas.pichler@lkh-murtal.at"),
                 attendees=(Attendee("Eva Berger", "eva.berger@lkh-murtal.at"),))
    assert not rules(seat, me=me)[0]


def test_a_relatives_or_friends_job_interview() -> None:
    for title, description in (
            ("Entretien d'embauche Sofia (pharmacie des Halles)", "Sofia passe son entretien à 10h – l'appeler après"),
            ("Vorstellungsgespräch Jonas (Sparkasse)", "text him good luck before 9"),
            ("Inès – entretien chez Decathlon", "Inès a son entretien pour le poste de vendeuse, lui envoyer un "
                                                "petit message")):
        found, reasons = rules(event(title, description))
        assert not found, title
        assert any(reason.startswith("someone else's interview") for reason in reasons), title


def test_interviews_that_are_no_job_interview() -> None:
    for title, description in (
            ("SCID-5 interview pt. K.L. (part 1)", "scoring afterwards"),
            ("Convocation visite médicale d'aptitude", "Suite à votre recrutement, merci d'apporter votre carnet."),
            ("Oral blanc – jury fictif (CAPES)", "exposé 20 min puis entretien"),
            ("Entrevista para el boletín de la asociación", "5 preguntas sobre tu trayectoria"),
            ("Informal call re Head of Logistics", "Happy to talk the role through; this call does not form part of "
                                                   "the selection process.")):
        found, _ = rules(event(title, description, organizer=Attendee("Ana Ruiz", "ana.ruiz@puertoverde.es"),
                               attendees=(Attendee("Tomasz Wróbel", PRIVATE),)))
        assert not found, title


def test_a_deans_post_is_no_pupils_admission() -> None:
    me = ["clare.dunne@icloud.com", "cdunne@riverbend.edu"]
    found, _ = rules(event("Kestrel College: Dean of Admission interview",
                           "First-round conversation with the search committee.",
                           organizer=Attendee("Ruth Okafor", "rokafor@kestrel.edu"),
                           attendees=(Attendee("Clare Dunne", "clare.dunne@icloud.com"),)), me=me)
    assert found
    assert not rules(event("Admissions interview – applicant J. Ruiz (class of 2031)"), me=me)[0]


def test_a_mock_task_inside_a_trial_day_and_a_mock_interview() -> None:
    found, _ = rules(event("Trial day Harbor Homes – leasing role",
                           "last step before an offer: shadow the team, 1 mock tenant walkthrough"))
    assert found
    assert not rules(event("Mock interview with career coach", "practice STAR answers"))[0]


def test_an_outside_examiners_or_observers_seat() -> None:
    for title, description in (
            ("Practical exam board – tower students", "Dear Tomasz, thank you for acting as external examiner again. "
                                                      "Six students, examiner forms attached."),
            ("Assessment Center Disponent:innen", "danke, dass Sie uns als externer psychologischer Beobachter "
                                                  "unterstützen. 8 Bewerber:innen.")):
        found, reasons = rules(event(title, description, organizer=Attendee("Ines Lopes", "ines@aero-academy.pt"),
                                     attendees=(Attendee("Tomasz Wróbel", PRIVATE),)))
        assert not found, title
        assert any(reason.startswith("interviewer-side cue") for reason in reasons), title


def test_the_user_decides_on_someones_trial_day() -> None:
    found, reasons = rules(event("Trial day – Kiran (office assistant)",
                                 "Day rate 180. Decide by Friday whether to offer the rest of the month."))
    assert not found
    assert any("decide by friday whether to offer" in reason for reason in reasons)


def test_the_candidates_presentation_in_the_users_own_entry_of_the_users_panel() -> None:
    found, reasons = rules(event("Panel Interview: Head of Warehouse Operations - Tomasz Wróbel",
                                 "Panel: Dr Ann Marsh and Leo Kraft. Candidate presentation (10 min): first 90 days."))
    assert found
    assert not any(reason.startswith("the user's own note speaks of candidates") for reason in reasons)


def test_an_invitation_to_the_users_interview_with_a_candidate_number() -> None:
    me = ["aoife.walsh@icloud.com", "awalsh@harborview.edu"]
    found, reasons = rules(event(
        "Preliminary Interview - Ref 2027-031 - Candidate 4",
        "Dear Ms Walsh,\n\nFollowing shortlisting, I am pleased to invite you to a preliminary interview for the post "
        "of International Officer.\n\nRecruitment Office",
        organizer=Attendee("Recruitment", "recruitment@liffeyvale.ie"),
        attendees=(Attendee("Aoife Walsh", "aoife.walsh@icloud.com"),)), me=me)
    assert found
    assert not any(reason.startswith("the title speaks of a candidate") for reason in reasons)


def test_a_post_written_after_the_institutions_name_is_no_part_of_the_company() -> None:
    assert without_post("Maplestone College Dean of Admission") == "Maplestone College"
    assert without_post("Sandpiper Homes Sales Consultant") == "Sandpiper Homes"
    assert without_post("Royal College of Art") == "Royal College of Art"
    me = ["clare.dunne@icloud.com", "cdunne@riverbend.edu"]
    verdict = classify_event(event(
        "Harcliffe College Dean of Admission - final interview",
        "Dear Clare, the search committee would like to meet you on campus for a final interview.",
        organizer=Attendee("Ruth Okafor", "rokafor@harcliffe.edu"),
        attendees=(Attendee("Clare Dunne", "clare.dunne@icloud.com"),)), me=me, model="rules")
    assert verdict.is_interview
    assert verdict.company == "Harcliffe College"


def test_the_users_own_chinese_note_of_a_candidate_is_the_hiring_side() -> None:
    found, reasons = rules(event("面试 候选人 李明 (data L1)", "我面他。HR 会带他上来"))
    assert not found
    assert "the user's own entry speaks of hiring someone: '候选人'" in reasons
