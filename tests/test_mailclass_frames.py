"""Compositional cue frames, the user-in-gap guard, forwards with notes, boilerplate, and promise phrasings.

The wordings here appear in no corpus split: they check that frames generalise beyond the phrases tuned on.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from afterview.connectors.base import MailMessage, MessageHeader, Person
from afterview.daemon.mailclass import classify_message
from afterview.daemon.verdicts import MailVerdict

# A Wednesday.
SENT = datetime(2024, 11, 6, 10, 30, tzinfo=timezone(timedelta(hours=1)))


def verdict(body: str, subject: str = "Your application") -> MailVerdict:
    header = MessageHeader(
        ref="t", message_id="m@t", folder="inbox", date=SENT, sender=Person("Dana Reyes", "dana@orbitlabs.io"),
        subject=subject, to=(Person("Alex", "alex@example.org"),), reply_to=(), headers={},
    )
    return classify_message(MailMessage(header=header, text=f"Hi Alex,\n\n{body}\n\nBest,\nDana"))


@pytest.mark.parametrize(("body", "label"), [
    ("After a lot of discussion we have decided to close out your candidacy for the Platform role.", "rejection"),
    ("Leider haben wir uns entschieden, Ihnen kein Angebot zu machen.", "rejection"),
    ("Nous avons fait le choix d'un profil plus expérimenté pour ce poste.", "rejection"),
    ("Finalmente nos hemos decantado por otro candidato para la posición.", "rejection"),
    ("The hiring panel has elected to move ahead with a candidate whose background maps more directly.", "rejection"),
    ("We ended up hiring someone with more leadership experience.", "rejection"),
    ("I'm afraid we've gone another way with this hire.", "rejection"),
    ("Nous avons décidé de ne pas retenir votre candidature.", "rejection"),
    ("J'ai le plaisir de vous informer que votre candidature a été retenue. Votre contrat suit.", "offer"),
    ("The team would love for you to come on board as our Data Engineer. Paperwork will follow.", "offer"),
    ("Das Team ist sich einig: Wir würden dich sehr gerne als Data Engineer einstellen.", "offer"),
    ("El puesto es tuyo si lo quieres.", "offer"),
    ("The next part of the process is a take-home project; I'll send it over today.", "next_step"),
    ("Nos gustaría tener una última conversación contigo. ¿Qué día te vendría mejor?", "next_step"),
    ("Vous êtes retenue pour la prochaine étape : un entretien avec l'équipe.", "next_step"),
    ("The process has slowed down because of budget planning, but you are still in consideration.", "pending"),
    ("Todavía no tenemos noticias del comité, pero sigues en el proceso.", "pending"),
    ("Nous avons bien reçu votre dossier et l'étudions avec attention.", "acknowledgement"),
    ("Tu solicitud ha sido registrada correctamente.", "acknowledgement"),
])
def test_frames_read_wordings_no_split_contains(body: str, label: str) -> None:
    assert verdict(body).label == label


@pytest.mark.parametrize(("body", "label"), [
    # "you" between the choice and "other candidates": the user is among the chosen.
    ("We'd like to invite you and two other candidates to a final presentation day.", "next_step"),
    # Talking with others is still going on: no choice made.
    ("We are continuing our conversations with other candidates this week.", "other"),
    # An interview offered is a next step, not an offer of employment.
    ("Thanks for applying! We'd like to offer you an interview with our head of data.", "next_step"),
    # Only soft words ("unfortunately", "future roles") are no rejection.
    ("Unfortunately our careers site is down today. Please check future roles next week.", "other"),
])
def test_guards_keep_choices_offers_and_soft_words_apart(body: str, label: str) -> None:
    assert verdict(body).label == label


def test_a_short_forwarding_note_is_read_with_what_it_forwards() -> None:
    body = ("FYI, see the note from Priya below; she asked me to pass it on to you today.\n\nTom\n\n"
            "---------- Forwarded message ---------\n"
            "From: Priya Raman <priya@orbitlabs.io>\nSubject: Offer\n\n"
            "As discussed on the phone, we are happy to extend you a verbal offer for the role.")
    result = verdict(body)
    assert result.label == "offer"
    assert "text:forwarded-with-note" in result.reasons


def test_legal_boilerplate_says_nothing_about_the_application() -> None:
    body = ("Thanks for your message, I've passed your questions on to the hiring manager.\n\n"
            "CONFIDENTIALITY NOTICE: Nothing in this message constitutes an offer of employment. If you received "
            "it in error, we regret any inconvenience.")
    result = verdict(body)
    assert result.label == "acknowledgement"
    assert "text:boilerplate" in result.reasons


@pytest.mark.parametrize(("body", "when"), [
    ("Vous recevrez une réponse sous quinze jours.", date(2024, 11, 20)),
    ("Sie sind weiterhin im Rennen. Ich gebe Ihnen noch diese Woche Bescheid.", date(2024, 11, 8)),
    ("Seguimos valorando perfiles. Te digo algo el viernes como muy tarde.", date(2024, 11, 8)),
    ("Still interviewing. I'll circle back within 10 business days.", date(2024, 11, 20)),
    ("We haven't decided yet. Decisions will be communicated on or before 22 November.", date(2024, 11, 22)),
])
def test_promises_in_more_words(body: str, when: date) -> None:
    assert verdict(body).decision_date == when


def test_a_confirmed_meeting_date_is_no_decision_date() -> None:
    result = verdict("Te confirmo la entrevista para el 14 de noviembre a las 10:30.")
    assert result.label == "next_step"
    assert result.decision_date is None


def test_thanks_for_applying_with_a_dated_promise_is_an_acknowledgement() -> None:
    result = verdict("Danke für deine Bewerbung. Wir schauen uns dein Profil an und geben dir bis Freitag Bescheid.")
    assert (result.label, result.decision_date) == ("acknowledgement", date(2024, 11, 8))



@pytest.mark.parametrize(("body", "label"), [
    ("Your application status has been updated.\n\nSenior Data Analyst - rejected\n\nSee your dashboard.", "rejection"),
    ("Ta candidature a changé de statut.\n\nChef de projet - candidature déclinée\n\nVoir le détail.", "rejection"),
    ("In deinem Bewerbungsprozess gibt es eine Änderung.\n\nAktueller Stand: Absage\n\nDetails im Portal.",
     "rejection"),
    ("El estado de su solicitud se ha actualizado.\n\nJefe de administración - no seleccionada\n\nConsulte el portal.",
     "rejection"),
    # The status word inside a sentence, not ending a "role - status" line, is no portal status.
    ("The offer was rejected by the board - rejected twice, in fact. We will share more next month.", "other"),
])
def test_a_portal_status_line_in_four_languages_by_the_rules(body: str, label: str) -> None:
    header = MessageHeader(
        ref="t", message_id="m@t", folder="inbox", date=SENT, sender=Person("Workday", "noreply@myworkday.com"),
        subject="Application update", to=(Person("Alex", "alex@example.org"),), reply_to=(), headers={},
    )
    got = classify_message(MailMessage(header=header, text=body), model="rules")
    assert got.label == label
    assert any(reason.startswith("cue:rejection:") for reason in got.reasons) is (label == "rejection")
