"""Session 12's fixes from studying holdout53-57: a double-barrelled family name, German and French first-screen
words, a candidate named in the user's own note, driving someone to their interview, a lower-case role after
"Entrevista", a course on interviewing, and schools as the employer of a teacher who applies to them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.people import me_from

START = datetime(2026, 12, 9, 9, tzinfo=UTC)
AMA = ["ama.owusu-kraft@web.de", "a.owusu-kraft@lindner-muehle.de"]
RENE = ["rene.favre@bluewin.ch", "rene.favre@edu.vd.ch"]


def _event(summary: str, description: str = "", organizer: Attendee | None = None,
           attendees: tuple[Attendee, ...] = (), location: str = "") -> CalendarEvent:
    return CalendarEvent(uid="fixes12@x", summary=summary, start=START, end=START + timedelta(hours=1),
                         description=description, location=location, organizer=organizer, attendees=attendees)


def test_a_double_barrelled_family_name_in_the_address_is_the_users_name() -> None:
    me = me_from(AMA)
    assert "ama owusu-kraft" in me.full_names and "ama" in me.first_names


def test_an_ats_naming_the_user_by_a_double_barrelled_name_is_the_users_interview() -> None:
    ats = Attendee("Lindau Foods Recruiting", "jobs@lindau-foods.de")
    verdict = classify_event(_event(
        "Interview: Ama Owusu-Kraft - R-2231 Leiter Einkauf (m/w/d)",
        "Kandidat: Ama Owusu-Kraft\nStelle: Leiter Einkauf (m/w/d)\nInterviewer: Jens Albers (COO)", ats,
        (ats, Attendee("Jens Albers", "j.albers@lindau-foods.de"), Attendee("Ama Owusu-Kraft", AMA[0]))),
        me=AMA, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_preselection_call_in_the_users_own_note_is_a_recruiter_screen() -> None:
    verdict = classify_event(_event("Telefonat Fr. Lind (Brandt Senf) – Vorauswahl", "ruft mich an"),
                             me=AMA, model="rules")
    assert verdict.is_interview and verdict.stage == "recruiter_screen", verdict.reasons


def test_a_prequalification_call_from_a_booking_page_is_a_recruiter_screen() -> None:
    host = Attendee("Inès Morel", "ines.morel@hotel-lac-bleu.ch")
    verdict = classify_event(_event(
        "Appel de préqualification entre Inès Morel et René Favre", "Où : Téléphone", host,
        (Attendee("René Favre", RENE[0]),)), me=RENE, model="rules")
    assert verdict.is_interview and verdict.stage == "recruiter_screen", verdict.reasons


def test_the_user_noting_an_applicant_by_name_and_candidate_is_on_the_hiring_side() -> None:
    verdict = classify_event(_event("entretien alternance – 3 questions",
                                    "Tom Richard, candidat alternance, CV dans mes mails"), me=RENE, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("the description names someone else as the candidate"), verdict.reasons


def test_driving_a_relative_to_their_interview_is_someone_elses() -> None:
    verdict = classify_event(_event("Luis – entrevista en Mapfre (llevarlo a Atocha)", "Su entrevista es a las 10."),
                             me=RENE, model="rules")
    assert not verdict.is_interview and verdict.reasons[0].startswith("someone else's interview"), verdict.reasons


def test_a_founders_invitation_naming_a_lower_case_role_after_entrevista_is_an_interview() -> None:
    founder = Attendee("Quim Roig", "quim.roig.brisa@gmail.com")
    verdict = classify_event(_event(
        "Entrevista gerente Hostal Brisa", "Hola! Te enseño el hostal y hablamos de la temporada.", founder,
        (founder, Attendee("René Favre", RENE[0]))), me=RENE, model="rules")
    assert verdict.is_interview and verdict.role == "gerente", verdict.reasons


def test_a_course_on_conducting_recruitment_interviews_is_a_class() -> None:
    school = Attendee("IFMS – Formation continue", "formation@ifms.ch")
    verdict = classify_event(_event(
        "Formation IFMS : l'entretien de recrutement", "Module de formation des cadres : grilles, biais.", school,
        (school, Attendee("René Favre", RENE[0]))), me=RENE, model="rules")
    assert not verdict.is_interview and verdict.reasons[0].startswith("class or webinar"), verdict.reasons


def test_a_school_titling_the_talk_with_the_users_name_is_the_users_interview() -> None:
    head = Attendee("Claire Rappaz", "direction@ecole-des-cedres.ch")
    verdict = classify_event(_event("Entretien René Favre", "", head, (head, Attendee("René Favre", RENE[0])),
                                    location="École des Cèdres, Lausanne"), me=RENE, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_schools_final_round_with_human_resources_is_an_interview() -> None:
    hr = Attendee("Rocío Pérez", "r.perez@lfmoliere.es")
    verdict = classify_event(_event(
        "Entrevista final con el Consejo de Gestión – Lycée Français Molière",
        "Estimado Sr. Favre: le convocamos a la entrevista final para la dirección de Primaria. Rocío Pérez, RRHH", hr,
        (hr, Attendee("Rolf Hahn", "presidencia@lfmoliere.es"), Attendee("René Favre", RENE[0])),
        location="Lycée Français Molière, Av. de las Cortes 51, Valencia"), me=RENE, model="rules")
    assert verdict.is_interview and verdict.stage == "final", verdict.reasons


def test_a_schools_name_in_the_title_is_no_candidate() -> None:
    # invited at the user's work address: a person named in the title would be the employer's candidate
    head = Attendee("Iker Arana", "direccion@liceofrancesvigo.es")
    verdict = classify_event(_event(
        "Entrevista: Jefatura de estudios (secundaria) – Liceo Francés de Vigo", "Zoom: https://zoom.us/j/123",
        head, (head, Attendee("René Favre", RENE[1]))), me=RENE, model="rules")
    assert verdict.is_interview, verdict.reasons


def test_a_phone_screen_titled_with_the_users_name_is_theirs_whatever_the_kit_line_says() -> None:
    recruiter = Attendee("Joana Vidal", "joana.vidal@portside-school.es")
    verdict = classify_event(_event(
        "Phone screen: René Favre (Head of Year)",
        "Portside International School – Barcelona\nJoana will call you.\nInterview kit for the interviewer is in "
        "Greenhouse.", recruiter, (recruiter, Attendee("René Favre", RENE[0]))), me=RENE, model="rules")
    assert verdict.is_interview and verdict.stage == "recruiter_screen", verdict.reasons


@pytest.mark.parametrize(("summary", "description"), [
    ("Entretien avec la maîtresse – École Jules Ferry", "Bulletin de Léo"),
    ("Elterngespräch Grundschule Am Park", ""),
])
def test_a_parents_talk_at_the_childs_school_stays_personal(summary: str, description: str) -> None:
    verdict = classify_event(_event(summary, description), me=RENE, model="rules")
    assert not verdict.is_interview, verdict.reasons


def test_carrying_something_out_is_nobody_elses_interview() -> None:
    recruiter = Attendee("Marta Gil", "marta.gil@grupo-olivar.es")
    verdict = classify_event(_event(
        "Entrevista – Jefe de sala, Grupo Olivar", "Queremos llevarlo a cabo en nuestras oficinas.", recruiter,
        (recruiter, Attendee("René Favre", RENE[0]))), me=RENE, model="rules")
    assert verdict.is_interview, verdict.reasons


def _invite(summary: str, description: str, organizer: Attendee, *others: Attendee) -> CalendarEvent:
    return _event(summary, description, organizer, (organizer, *others, Attendee("Ama Owusu-Kraft", AMA[0])))


def test_a_secretarys_sentence_about_the_boss_is_no_company_name() -> None:
    boss = Attendee("Brandt, Ilse", "i.brandt@brandt-senf.de")
    verdict = classify_event(_invite(
        "Termin Fr. Owusu-Kraft",
        "Sehr geehrte Frau Owusu-Kraft,\n\nFrau Brandt freut sich auf das Gespräch über die Stelle Leitung Einkauf.",
        boss), me=AMA, model="rules")
    assert verdict.is_interview and verdict.company == "Brandt Senf", (verdict.company, verdict.reasons)


def test_a_booking_pages_hiring_mailbox_word_is_no_part_of_the_company() -> None:
    bookings = Attendee("Hollbach Bewerbungen", "Bewerbung@hollbach-feinkost.de")
    verdict = classify_event(_invite(
        "Bewerbungsgespräch Planer/in mit Ama Owusu-Kraft",
        "Ihre Buchung wurde bestätigt.\n\nDienst: Bewerbungsgespräch (45 Minuten)\nMitarbeiter: Jan Roth\n\n"
        "Hollbach Feinkost GmbH · Bamberg\nBuchung verwalten: "
        "https://outlook.office365.com/owa/calendar/HollbachBewerbungen@hollbach-feinkost.de/bookings/", bookings,
        Attendee("Jan Roth", "j.roth@hollbach-feinkost.de")), me=AMA, model="rules")
    assert verdict.company == "Hollbach Feinkost", (verdict.company, verdict.reasons)


def test_the_kind_of_firm_written_before_the_name_stays_with_it() -> None:
    ats = Attendee("Gebr. Auer Karriere", "karriere@auer-saft.at")
    verdict = classify_event(_invite(
        "Video-Interview Gebrüder Auer | Planer:in",
        "Ihre Gesprächspartner: Lena Auer (Geschäftsführung).\n\nGebrüder Auer Fruchtsäfte GmbH, Kirchdorf", ats,
        Attendee("Lena Auer", "l.auer@auer-saft.at")), me=AMA, model="rules")
    assert verdict.company == "Gebrüder Auer Fruchtsäfte", (verdict.company, verdict.reasons)


@pytest.mark.parametrize("summary", [
    "entretien Tom R. (alternance) – 3 questions",
    "Interview – Kwame O. (junior tester), MR2",
])
def test_the_users_own_note_naming_someone_by_first_name_and_initial_is_the_hiring_side(summary: str) -> None:
    verdict = classify_event(_event(summary), me=RENE, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("the user's own entry names whom the user interviews"), verdict.reasons


@pytest.mark.parametrize("summary", ["Phone screen - Clarendon (Olivia H.)", "Interview René F. – Acme Robotics"])
def test_an_own_note_naming_the_employer_or_the_user_by_initial_stays_an_interview(summary: str) -> None:
    verdict = classify_event(_event(summary), me=RENE, model="rules")
    assert verdict.is_interview, verdict.reasons
