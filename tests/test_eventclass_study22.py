"""classify_event after the holdout156-171 study: candidates in the user's own note are the hiring side's; a tool's
invitation that greets the user keeps a company in its title; and the company is cut to what its domain spells when
the text also writes it so, never a person someone acts for or the user's own name, the client an agency "is" for,
and never a job board's or HR suite's name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.freemail import is_free_mail
from afterview.daemon.eventclass.labelspan import fit_label
from afterview.daemon.eventclass.signals import is_tool_domain

PRIVATE = "noa.vidal.ing@gmail.com"
WORK = "nvidal@talleres-urola.es"
ME = [PRIVATE, WORK]
NOA = Attendee("Noa Vidal", PRIVATE)


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = ()) -> CalendarEvent:
    start = datetime(2026, 12, 9, 9, 30, tzinfo=UTC)
    return CalendarEvent(uid="s22", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=attendees)


@pytest.mark.parametrize(("summary", "description"), [
    ("Entretien Mme Dubreuil", "candidate poste MK neuro chez nous, 3 ans Bagatelle, dispo sept."),
    ("PE cands - notes", "Nurul - v steady, knows Ariba. 2nd rd w Suresh.\nBryan - keen but no exp. KIV"),
    ("Call back cand - night shift lead", "ask notice period + salary exp"),
])
def test_candidates_in_the_users_own_note_are_the_hiring_sides(summary: str, description: str) -> None:
    verdict = classify_event(event(summary, description), me=ME, model="rules")
    assert not verdict.is_interview
    assert verdict.reasons[0].startswith("the user's own note speaks of candidates"), verdict.reasons


@pytest.mark.parametrize(("summary", "description"), [
    # the user's own number as a candidate, another candidate beside the user, instructions pasted from an invitation
    ("Assessment day – Meridia Airways", "Hotel Castilla, sala Goya. 07:45. ref candidato 88231"),
    ("Sim check Iberavia", "4h incl. brief. Examiner tbc, paired with another candidate."),
    ("Written test – Dept of Education", "Candidates will be asked to complete a short written exercise."),
])
def test_the_users_own_candidacy_in_a_note_is_no_hiring_note(summary: str, description: str) -> None:
    verdict = classify_event(event(summary, description), me=ME, model="rules")
    assert not any(reason.startswith("the user's own note speaks of candidates") for reason in verdict.reasons)


def test_a_tools_invitation_greeting_the_user_keeps_the_company_in_its_title() -> None:
    tool = Attendee("Skyline Talent Acquisition", "skyline@myworkday.com")
    verdict = classify_event(event(
        "Skyline Airways: Virtual Assessment Centre - Direct Entry Captain A320 (JR104455)",
        "Dear Noa,\n\nYou are invited to attend the Virtual Assessment Centre for Direct Entry Captain A320.\n\n"
        "10:00 Welcome and company presentation\n12:00 Technical interview", tool, (NOA,)), me=ME)
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Skyline Airways"


def test_a_name_is_cut_to_its_domain_when_the_text_writes_it_alone_too() -> None:
    texts = ["Eurowings Sim – Type rating check", "Your Eurowings assessment at the training centre"]
    assert fit_label("Eurowings Sim", ["eurowings"], "", texts) == "Eurowings"
    # written whole throughout: the trade is part of the name
    assert fit_label("Iberluz Renovables", ["iberluz"], "", ["Entrevista Iberluz Renovables"]) == \
        "Iberluz Renovables"
    # a company word is never cut
    assert fit_label("Kestrel Analytics", ["kestrel"], "", ["Kestrel Analytics", "at Kestrel"]) == "Kestrel Analytics"


def test_a_person_someone_acts_for_is_not_the_company() -> None:
    lisa = Attendee("Patterson, Lisa", "lisa_patterson@northmark.com")
    verdict = classify_event(event(
        "Richard Ames / Noa Vidal",
        "Hi Noa,\n\nOn behalf of Richard Ames, SVP & Chief Data Officer, I'm sending this invitation for your final "
        "conversation regarding the AVP, Machine Learning Engineering role.", lisa, (lisa, NOA)), me=ME)
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Northmark"


def test_the_users_name_an_address_spells_run_together_is_not_the_company() -> None:
    consultant = Attendee("Delgado, Alvaro", "alvaro.delgado@hays.es")
    verdict = classify_event(event(
        "Noa Vidal / Hays - llamada",
        "Hola Noa,\n\nGracias por atenderme ayer. Como te comenté, nuestro cliente es la Fundación Ardenta, que busca "
        "una persona Responsable de Planta para su nueva sede. Te llamo para la primera entrevista.",
        consultant, (Attendee("noavidal.ing@gmail.com", "noavidal.ing@gmail.com"),)),
        me=["noavidal.ing@gmail.com"])
    assert verdict.is_interview, verdict.reasons
    assert verdict.company == "Fundación Ardenta"


def test_job_boards_and_hr_suites_are_tools_and_isp_mail_is_private() -> None:
    for domain in ("bizneohr.com", "darwinbox.in", "indeed.com", "bumeran.com.pe", "coveto.ch", "rezoomo.com"):
        assert is_tool_domain(domain), domain
    assert is_free_mail("euskaltel.net")


@pytest.mark.parametrize(("summary", "description"), [
    # dial-in boilerplate is no election ("…wahlen")
    ("Gespräch Leitung Marketing – Frau Vidal", "Sehr geehrte Frau Vidal,\n\nanbei der Termin für unser Gespräch. "
     "Sie können sich auch über Ihr Telefon einwählen."),
    # a later round is said of a job, whatever else the text speaks of ("matrícula" is the post's own work here)
    ("2ª entrevista - Noa Vidal - Resp. Gestión Académica", "Hola Noa, te propongo esta hora para la segunda "
     "entrevista y te cuento cómo está organizado el equipo (matrícula, expedientes, títulos)."),
])
def test_a_personal_word_in_a_job_talk_vetoes_nothing(summary: str, description: str) -> None:
    sender = Attendee("Petra Lindemann", "p.lindemann@hauke-maschinenbau.de")
    verdict = classify_event(event(summary, description, sender, (sender, NOA)), me=ME, model="rules")
    assert not any("personal-life" in reason for reason in verdict.reasons), verdict.reasons
