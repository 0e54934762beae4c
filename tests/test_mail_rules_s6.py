"""Rules added in session 6 from the holdout15-17 misses (each measured blind once before): a better offer refused
is a negotiation, not a rejection; more ways to promise an answer by a date, and "the end of next month"; offers
withdrawn in new words; mail to a selection panel, or from a candidate or an agency to the user as employer;
"de vacaciones" only in the first person."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from afterview.connectors.base import Person
from afterview.daemon.mailclass.dates import find_decision_date
from afterview.daemon.verdicts import MailVerdict
from rules_mail import rules_verdict

SENT = datetime(2026, 11, 16, 9, 59, tzinfo=timezone(timedelta(hours=1)))


def verdict(body: str, subject: str = "Update") -> MailVerdict:
    return rules_verdict(body, subject, sent=SENT, sender=Person("Kim Roe", "kim@roe.example"))


@pytest.mark.parametrize("body", [
    "Dear member,\n\nThe company's pay offer of 3.1% has been rejected by your reps. We regret that no improved offer "
    "has been made. A consultative ballot opens on Monday - please vote.",
    "Hi Alex, I took your counter-proposal to finance. I'm afraid we can't make a revised offer, but the offer we "
    "sent last week stands and we'd still love to have you.",
])
def test_a_better_offer_refused_is_no_rejection(body: str) -> None:
    got = verdict(body)
    assert got.label != "rejection"
    assert any(reason.startswith("negotiation:") for reason in got.reasons)


def test_no_offer_at_all_is_still_a_rejection() -> None:
    got = verdict("Thank you for interviewing with us. We regret that we are unable to make you an offer for the "
                  "Planner role; we have decided to proceed with another candidate.")
    assert got.label == "rejection"


@pytest.mark.parametrize(("text", "sent", "want"), [
    ("i'll be back in touch by friday.", date(2026, 11, 13), date(2026, 11, 20)),
    ("we're planning to decide by the end of next week.", date(2026, 11, 16), date(2026, 11, 27)),
    ("they want to decide by end of next week.", date(2026, 11, 16), date(2026, 11, 27)),
    ("we'll make a call on it by friday.", date(2026, 11, 10), date(2026, 11, 13)),
    ("we will tell you by 6 november whether you are invited to meet the team.", date(2026, 10, 26),
     date(2026, 11, 6)),
    ("we now expect to contact shortlisted candidates by 21 november.", date(2026, 11, 9), date(2026, 11, 21)),
    ("i expect clarity by the end of the month.", date(2026, 9, 14), date(2026, 9, 30)),
    # a hire signed off by the directors is no request to sign something
    ("the directors will sign off the hire then, so expect to hear from me by 20 november.", date(2026, 11, 11),
     date(2026, 11, 20)),
    ("we aim to make a final decision by the end of next month.", date(2026, 11, 20), date(2026, 12, 31)),
    ("wir entscheiden bis ende nächsten monats.", date(2026, 12, 20), date(2027, 1, 31)),
    ("vous aurez notre réponse d'ici la fin du mois prochain.", date(2026, 11, 20), date(2026, 12, 31)),
    ("te daremos una respuesta a finales del mes que viene.", date(2026, 11, 20), date(2026, 12, 31)),
])
def test_more_promises_and_the_end_of_next_month(text: str, sent: date, want: date) -> None:
    found = find_decision_date(text, sent)
    assert found is not None and found[0] == want


def test_a_contract_to_sign_is_still_no_promise() -> None:
    assert find_decision_date("please sign the contract and return it by friday.", date(2026, 11, 10)) is None


@pytest.mark.parametrize("body", [
    "Dear Tomasz,\n\nWe regret to inform you that the conditional offer made to you for the position of Logistics "
    "Analyst has been withdrawn, as we were unable to complete the pre-employment checks.",
    "Sehr geehrter Herr Nowak,\n\nleider lag das Führungszeugnis nicht rechtzeitig vor. Wir ziehen unser "
    "Vertragsangebot vom 3. November daher zurück.",
    "Estimada Chiara:\n\nTras evaluar tu prueba, lamentamos comunicarte que no vas a continuar en el proceso de "
    "selección.",
])
def test_rescinded_offers_and_a_spanish_no(body: str) -> None:
    assert verdict(body).label == "rejection"


@pytest.mark.parametrize("body", [
    "Dear panel members,\n\nAttached: the shortlisted candidates' applications and the question bank. We hope to "
    "make an offer on the day; unsuccessful candidates will be told by phone.",
    "Chers membres du jury,\n\nvous trouverez ci-joint les dossiers des candidats. Nous espérons faire une offre le "
    "jour même.",
])
def test_mail_to_the_selection_panel_is_other(body: str) -> None:
    assert verdict(body).label == "other"


@pytest.mark.parametrize("body", [
    "Dear Chiara,\n\nThank you for inviting me to interview for the pre-registration placement at your pharmacy. I am "
    "available on Tuesday or Thursday afternoon next week.",
    "Hi Tomasz,\n\nAs requested, attached are 4 CVs for the picker roles on your shift. Could you let me know by "
    "Thursday who you'd like to interview?",
    "Hola Chiara:\n\nGracias por invitarme a la entrevista para las prácticas en tu farmacia. Puedo el martes.",
])
def test_a_candidate_or_an_agency_writing_to_the_user_as_employer_is_other(body: str) -> None:
    assert verdict(body).label == "other"


def test_a_director_on_holiday_is_no_auto_reply() -> None:
    got = verdict("Hola Chiara,\n\nLamentablemente el cliente aún no ha decidido, tienen a la directora de "
                  "vacaciones. Me dicen que tendrán una respuesta en un plazo de 5 días hábiles.")
    assert got.label == "pending"


def test_the_writer_on_holiday_is_still_an_auto_reply() -> None:
    assert verdict("Hola, estoy de vacaciones hasta el 2 de diciembre. Un saludo, Irene").label == \
        "auto_reply"
