"""The employer-mail classifier: traps, decision dates, non-dates, bad input, attribution, corpus targets."""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from afterview.connectors.base import MailMessage, MessageHeader, Person
from afterview.daemon.mailclass import classify_bytes, classify_message
from afterview.daemon.verdicts import MailVerdict

ROOT = Path(__file__).resolve().parent.parent
# A Wednesday, so weekday arithmetic in the date tests is easy to check by hand.
SENT = datetime(2024, 11, 6, 10, 30, tzinfo=timezone(timedelta(hours=1)))
RECRUITER = Person("Dana Recruiter", "dana@acme-robotics.com")


def message(
    body: str,
    *,
    subject: str = "Your application",
    sender: Person = RECRUITER,
    reply_to: tuple[Person, ...] = (),
    headers: Mapping[str, str] | None = None,
    sent: datetime = SENT,
) -> MailMessage:
    header = MessageHeader(
        ref="t", message_id="m@t", folder="inbox", date=sent, sender=sender, subject=subject,
        to=(Person("Alex", "alex@example.org"),), reply_to=reply_to, headers=dict(headers or {}),
    )
    return MailMessage(header=header, text=body)


def verdict(body: str, **kwargs: object) -> MailVerdict:
    return classify_message(message(body, **kwargs))  # type: ignore[arg-type]


# ---------------------------------------------------------------- the traps of issue 3


@pytest.mark.parametrize("body", [
    "Hi Alex,\n\nWe were really impressed by your portfolio and enjoyed meeting you. However, after much "
    "thought we have decided to move forward with another candidate.\n\nBest,\nDana",
    "Hallo Alex,\n\nIhr Profil hat uns sehr gefallen. Dennoch haben wir uns für eine andere Kandidatin "
    "entschieden.\n\nViele Grüße\nDana",
])
def test_warm_rejection_is_a_rejection(body: str) -> None:
    result = verdict(body)
    assert result.label == "rejection"
    assert any(r.startswith("cue:rejection") for r in result.reasons)


def test_talent_pool_promise_is_still_a_rejection() -> None:
    result = verdict("Hi Alex,\n\nWhile we won't be progressing your application for this role, we'd love to "
                     "keep you in our talent pool for future opportunities.\n\nBest,\nDana")
    assert result.label == "rejection"


def test_talent_pool_newsletter_alone_is_not_a_rejection() -> None:
    result = verdict("Join our talent community to hear about new jobs at Acme Robotics! Unsubscribe any time.",
                     headers={"list-unsubscribe": "<https://acme.example/u>"})
    assert result.label == "other"


@pytest.mark.parametrize("body", [
    "Having reviewed your CV, we are unable to offer you an interview on this occasion.",
    "Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.",
    "Nous ne sommes malheureusement pas en mesure de vous proposer un entretien.",
])
def test_unable_to_offer_an_interview_is_a_rejection_not_an_offer(body: str) -> None:
    assert verdict(body).label == "rejection"


def test_negated_offer_is_reported() -> None:
    result = verdict("Sadly we can't make you an offer after all.")
    assert result.label == "rejection"
    assert any(r.startswith("negated:") for r in result.reasons)


def test_rescinded_offer_is_a_rejection() -> None:
    result = verdict("I'm very sorry, but due to a hiring freeze we have to rescind the offer we extended "
                     "last week.", subject="Your offer")
    assert result.label == "rejection"


@pytest.mark.parametrize("body", [
    "You were a strong finalist. We have offered the role to another candidate, but you are on our waitlist "
    "and we will come back to you if anything changes.",
    "The position has been put on hold while we review our budget. Your application remains active.",
])
def test_wait_list_and_on_hold_are_pending(body: str) -> None:
    assert verdict(body).label == "pending"


def test_rescheduling_with_unfortunately_is_a_next_step() -> None:
    result = verdict("Unfortunately the hiring manager is ill tomorrow. Could we reschedule your interview "
                     "to Friday? Please pick a new slot using the link below.", subject="Interview rescheduling")
    assert result.label == "next_step"


@pytest.mark.parametrize("body", [
    "Hey Alex! Good news - we'd love to have you join the team. I'll send the paperwork this afternoon.",
    "Following our call, I'm pleased to confirm our verbal offer. The written offer will follow once your "
    "references are checked.",
    "We are pleased to offer you the position, subject to satisfactory references.",
])
def test_casual_verbal_and_conditional_offers_are_offers(body: str) -> None:
    assert verdict(body).label == "offer"


def test_conditional_offer_language_is_not_an_offer() -> None:
    result = verdict("Thanks for applying! If you are successful in the next rounds, we will make you an offer "
                     "within two weeks. We'd like to invite you to a technical interview; please pick a time.")
    assert result.label == "next_step"
    assert any(r.startswith("conditional:") for r in result.reasons)


@pytest.mark.parametrize("body", [
    "12 new jobs match your alert. Acme Robotics offers flexible hours and a great package. Apply now!",
    "We regret to inform you that our careers meetup on Thursday is cancelled. See you at the next one!",
])
def test_job_alerts_and_newsletters_are_other(body: str) -> None:
    assert verdict(body, headers={"list-unsubscribe": "<https://x.example/u>"}).label == "other"


def test_out_of_office_by_header_and_by_text() -> None:
    by_header = verdict("Thanks for your message.", subject="Automatic reply: Following up",
                        headers={"auto-submitted": "auto-replied"})
    by_text = verdict("I am out of the office until Monday with limited access to email.")
    assert by_header.label == by_text.label == "auto_reply"
    assert "header:auto-submitted" in by_header.reasons
    assert by_header.decision_date is None


def test_confirmation_of_own_withdrawal_is_other() -> None:
    result = verdict("Thank you for letting us know you wish to withdraw your application. We're sorry to see "
                     "you go and have closed your application. Best of luck!")
    assert result.label == "other"


def test_mail_to_the_user_as_interviewer_is_other() -> None:
    result = verdict("You have been scheduled to interview candidate Jane Doe on Thursday at 3pm. Please "
                     "submit your scorecard within 24 hours.", subject="Interview scheduled: Jane Doe")
    assert result.label == "other"


def test_quoted_candidate_text_is_ignored() -> None:
    body = ("Hi Alex,\n\nWe'd like to invite you to a second interview with the hiring manager. What times "
            "work next week?\n\nBest,\nDana\n\nOn Mon, 4 Nov 2024 at 09:00, Alex <alex@example.org> wrote:\n"
            "> I understand if you decided to move forward with other candidates.\n"
            "> I'd also be thrilled to receive an offer.\n")
    result = verdict(body)
    assert result.label == "next_step"
    assert "text:quoted-reply" in result.reasons


def test_mail_from_the_user_is_other() -> None:
    msg = message("We have decided to move forward with other candidates.",
                  sender=Person("Alex", "alex@example.org"))
    assert classify_message(msg, me=["Alex@Example.org"]).label == "other"


# ---------------------------------------------------------------- real-world misses (holdout3 review)

ISSUE_REJECTION = (
    "Dear Jordan,\n\n"
    "Thank you for taking the time to interview with us for the Senior Data Engineer role. We were impressed "
    "by your background; however, after careful consideration we have decided to move forward with other "
    "candidates whose experience more closely matches our needs.\n\n"
    "We wish you all the best in your search.\n\n"
    "Dana Smith, Acme"
)
THANK_YOU_SUBJECT = "Re: Thank you \u2014 Senior Data Engineer interview"


def test_the_most_common_rejection_form_is_a_confident_rejection() -> None:
    result = verdict(ISSUE_REJECTION)
    assert result.label == "rejection"
    assert result.confidence >= 0.85
    assert not any(r.startswith("cue:next_step") for r in result.reasons)


@pytest.mark.parametrize("thanks", [
    "Thank you for interviewing with us for the Backend Engineer role.",
    "Thanks for taking the time to interview with our team last week.",
    "Thank you for meeting with us on Tuesday and for your interest in the role.",
    "Thanks so much for speaking with us about the position.",
    "Vielen Dank, dass Sie sich letzte Woche Zeit für das Interview mit uns genommen haben.",
    "Merci pour l'entretien de mardi.",
    "Gracias por la entrevista del martes.",
])
def test_thanks_for_a_past_interview_is_no_next_step_cue(thanks: str) -> None:
    result = verdict(f"Hi Jordan,\n\n{thanks} After careful consideration, we have decided to move forward "
                     "with other candidates.\n\nBest,\nDana")
    assert result.label == "rejection"
    assert result.confidence >= 0.85
    assert not any(r.startswith("cue:next_step") for r in result.reasons)


def test_thanks_for_a_past_interview_does_not_hide_a_real_invitation() -> None:
    result = verdict("Hi Jordan,\n\nThanks for interviewing with us last week. We'd like to invite you to a "
                     "final round with our CTO. What times work for you?\n\nBest,\nDana")
    assert result.label == "next_step"


@pytest.mark.parametrize("quote", [
    # Gmail
    "On Mon, Nov 4, 2024 at 9:12 AM Jordan Lee <jordan@example.org> wrote:\n"
    "> Hi Dana,\n>\n> Thank you so much for the interview today! I'm excited about the next steps and happy\n"
    "> to send references. I'd be thrilled to receive an offer.\n>\n> Best,\n> Jordan\n",
    # Outlook: header block, text not prefixed with ">"
    "________________________________\nFrom: Jordan Lee <jordan@example.org>\nSent: Monday, November 4, 2024 "
    "9:12 AM\nTo: Dana Smith <dana@acme-robotics.com>\nSubject: Thank you \u2014 Senior Data Engineer interview\n\n"
    "Hi Dana,\n\nThank you so much for the interview today! I look forward to the next round.\n\nJordan\n",
])
def test_rejection_sent_in_the_candidates_thank_you_thread(quote: str) -> None:
    body = ("Hi Jordan,\n\nThanks so much for the kind note, and for the time you spent with us. I wish I had "
            "better news: the team decided to go with another candidate whose background is a closer fit.\n\n"
            "Warmly,\nDana\n\n" + quote)
    result = verdict(body, subject=THANK_YOU_SUBJECT)
    assert result.label == "rejection"
    assert result.confidence >= 0.85
    assert "subject:reply" in result.reasons
    assert "text:quoted-reply" in result.reasons


def test_german_rejection_in_the_thank_you_thread() -> None:
    body = ("Hallo Jordan,\n\nvielen Dank für Ihre nette Nachricht. Leider habe ich keine guten Neuigkeiten: "
            "Wir haben uns nach der zweiten Runde für einen anderen Bewerber entschieden.\n\nBeste Grüße\nDana\n\n"
            "Am Mo., 4. Nov. 2024 um 16:05 Uhr schrieb Jordan Lee <jordan@example.org>:\n"
            "> Vielen Dank für das Gespräch! Ich freue mich auf die nächsten Schritte.\n")
    result = verdict(body, subject="AW: Vielen Dank für das Gespräch")
    assert result.label == "rejection"


@pytest.mark.parametrize("body", [
    "I'm sorry to say it wasn't the news you were hoping for: we have selected another candidate.",
    "This isn't an easy email to write \u2014 we have selected another candidate for the role.",
    "It's not what you wanted to hear; we have decided to move forward with other candidates.",
])
def test_negation_scope_ends_at_colon_dash_and_semicolon(body: str) -> None:
    result = verdict(f"Hi Jordan,\n\n{body}\n\nBest,\nDana")
    assert result.label == "rejection"
    assert not any(r.startswith("negated:") for r in result.reasons)


def test_negation_still_applies_inside_its_clause() -> None:
    result = verdict("Hi Jordan, to be clear: we have not selected another candidate yet. We are still "
                     "interviewing and will let you know by Friday.")
    assert result.label == "pending"


def test_warm_rejection_with_the_candidates_quoted_reply() -> None:
    body = ("Hi Jordan,\n\nThank you for interviewing with us, and for your thoughtful follow-up. After a lot of "
            "discussion, we won't be moving forward with your candidacy. I'm happy to share the panel's "
            "feedback on a call.\n\nBest,\nDana\n\nOn Mon, Nov 4, 2024 at 9:12 AM Jordan <jordan@example.org> "
            "wrote:\n> Thanks again for the interview! Looking forward to the next steps.\n")
    result = verdict(body, subject=THANK_YOU_SUBJECT)
    assert result.label == "rejection"
    assert result.confidence >= 0.85


@pytest.mark.parametrize(("body", "expected"), [
    ("Wir führen derzeit noch Gespräche. Spätestens am Freitag, den 15. November hören Sie von uns.",
     date(2024, 11, 15)),
    ("Die Entscheidung ist noch nicht gefallen. Wir geben Ihnen bis Ende des Monats Bescheid.",
     date(2024, 11, 30)),
    ("Wir sind noch mitten in den Gesprächen. Eine Entscheidung erwarten wir bis Ende KW 47.",
     date(2024, 11, 22)),
    ("Innerhalb der nächsten zwei Wochen erhalten Sie eine Rückmeldung von uns.", date(2024, 11, 20)),
    ("Nous n'avons pas encore pris de décision. Vous aurez un retour de notre part sous 15 jours.",
     date(2024, 11, 21)),
    ("Nous nous engageons à répondre à chaque candidat dans un délai de 3 semaines.", date(2024, 11, 27)),
    ("Todavía no tenemos una decisión. Te diré algo antes del viernes.", date(2024, 11, 8)),
    ("Recibirás una respuesta en las próximas dos semanas.", date(2024, 11, 20)),
])
def test_german_french_spanish_decision_dates(body: str, expected: date) -> None:
    result = verdict(body)
    assert result.label in {"pending", "acknowledgement"}
    assert result.decision_date == expected


def test_a_weekday_and_its_date_together_resolve_to_the_date_after_by() -> None:
    result = verdict("We're still interviewing. We meet on Monday and will let you know by Friday.")
    assert result.decision_date == date(2024, 11, 8)


@pytest.mark.parametrize("body", [
    "Vielen Dank für Ihre Bewerbung als Data Scientist! Sie ist gut bei uns angekommen.",
    "Danke für Ihre Unterlagen, die sind gut angekommen. Ich leite sie an die Fachabteilung weiter.",
    "¡Gracias por tu interés! Hemos recibido correctamente tu candidatura.",
])
def test_acknowledgement_phrasings(body: str) -> None:
    assert verdict(body).label == "acknowledgement"


@pytest.mark.parametrize(("body", "label"), [
    ("We have decided to move forward with other candidates.", "rejection"),
    ("We are delighted to offer you the position.", "offer"),
])
def test_one_clear_stop_cue_alone_clears_the_review_threshold(body: str, label: str) -> None:
    result = verdict(body)
    assert result.label == label
    assert result.confidence >= 0.85


# ---------------------------------------------------------------- decision dates


@pytest.mark.parametrize(("body", "expected"), [
    ("We expect to make a decision by the end of next week.", date(2024, 11, 15)),
    ("You will hear back from us within 10 business days.", date(2024, 11, 20)),
    ("Wir melden uns bis Ende November bei Ihnen.", date(2024, 11, 30)),
    ("Nous reviendrons vers vous d'ici vendredi.", date(2024, 11, 8)),
    ("I'll get back to you next Tuesday with an update.", date(2024, 11, 12)),
    ("We hope to have an answer for you in two weeks.", date(2024, 11, 20)),
    ("Te daremos una respuesta antes del 15 de noviembre.", date(2024, 11, 15)),
])
def test_decision_date_is_resolved_against_the_message_date(body: str, expected: date) -> None:
    result = verdict("We are still reviewing applications. " + body)
    assert result.label == "pending"
    assert result.decision_date == expected


def test_as_of_overrides_the_message_date() -> None:
    msg = message("We are still interviewing. You'll hear from us by Friday.")
    assert classify_message(msg, as_of=date(2024, 11, 11)).decision_date == date(2024, 11, 15)


@pytest.mark.parametrize("body", [
    "We are delighted to offer you the role! Please let us know your decision by Friday, November 15.",
    "New jobs matching your alert: Data Engineer at Acme Robotics. Applications close on November 30.",
    "As a next step, please complete the coding assessment by Friday. We'll review it together afterwards.",
    "Unfortunately we will not be moving forward. You are welcome to re-apply in 6 months.",
    "I'm out of the office and will return on Monday, November 11.",
])
def test_deadlines_that_are_not_decision_dates(body: str) -> None:
    assert verdict(body).decision_date is None


# ---------------------------------------------------------------- attribution


def test_company_comes_from_reply_to_not_the_ats_brand() -> None:
    msg = message("Thanks for applying to the Senior Data Engineer position. We have received your application.",
                  sender=Person("Greenhouse", "no-reply@greenhouse-mail.io"),
                  reply_to=(Person("Dana", "dana@northwind-analytics.io"),),
                  subject="Thank you for applying", )
    result = classify_message(msg)
    assert result.label == "acknowledgement"
    assert result.company is not None and "greenhouse" not in result.company.lower()
    assert result.company.lower().startswith("northwind")
    assert result.role == "Senior Data Engineer"


def test_company_from_signature_when_the_sender_uses_free_mail() -> None:
    msg = message("Hi Alex,\n\nThe team would like to invite you to a second interview.\n\nBest,\nTom\n"
                  "Head of Engineering | Kestrel Payments", sender=Person("Tom", "tom.baker84@gmail.com"))
    result = classify_message(msg)
    assert result.company == "Kestrel Payments"


# ---------------------------------------------------------------- bad input


def test_empty_message_is_other_with_a_reason() -> None:
    result = classify_bytes(b"")
    assert result.label == "other"
    assert result.reasons


def test_broken_mime_is_other_with_a_reason_and_no_traceback() -> None:
    data = (b"From: \x00\xff\nSubject: =?utf-8?B?!!!?=\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n"
            b"--zz\nContent-Type: text/plain; charset=unknown-8bit-xx\n\n\xff\xfe\x00\n")
    result = classify_bytes(data)
    assert result.label == "other"
    assert any(r.startswith(("mime:", "empty")) for r in result.reasons)


def test_garbage_bytes_give_other() -> None:
    assert classify_bytes(bytes(range(256)) * 40).label == "other"


def test_ten_megabyte_body_is_fast_and_bounded() -> None:
    body = "We are still reviewing applications and will get back to you by Friday.\n" + "lorem ipsum " * 900_000
    msg = message(body)
    start = time.perf_counter()
    result = classify_message(msg)
    assert time.perf_counter() - start < 0.5
    assert result.label == "pending"
    assert "text:truncated" in result.reasons


def test_html_only_message_through_bytes() -> None:
    data = (b"From: Dana <dana@acme-robotics.com>\nTo: alex@example.org\nSubject: Your application\n"
            b"Date: Wed, 06 Nov 2024 10:30:00 +0100\nContent-Type: text/html; charset=iso-8859-1\n\n"
            b"<html><body><p>Leider m\xfcssen wir Ihnen mitteilen, dass wir uns f\xfcr andere Kandidaten "
            b"entschieden haben.</p></body></html>\n")
    assert classify_bytes(data).label == "rejection"


# ---------------------------------------------------------------- the corpus targets (dev split)


def _load_eval() -> object:
    spec = importlib.util.spec_from_file_location("eval_mail", ROOT / "scripts" / "eval_mail.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


def test_dev_split_meets_the_targets() -> None:
    evaluation = _load_eval()
    report = evaluation.evaluate("dev")  # type: ignore[attr-defined]
    assert report.n >= 250
    assert report.failures() == []


def test_corpus_has_all_labels_traps_and_a_stratified_holdout() -> None:
    evaluation = _load_eval()
    rows = evaluation.load_rows("all")  # type: ignore[attr-defined]
    assert len(rows) >= 400
    first = [r for r in rows if r["split"] in {"dev", "holdout"}]
    holdout = [r for r in first if r["split"] == "holdout"]
    assert 0.25 <= len(holdout) / len(first) <= 0.35
    # The later, independent holdout (scripts/make_mail_corpus_holdout3.py).
    third = [r for r in rows if r["split"] == "holdout3"]
    assert len(third) >= 150
    assert {r["file"].rsplit("-", 1)[1][:2] for r in third} == {"en", "de", "fr", "es"}
    for split_rows in (rows, holdout, third):
        assert {r["label"] for r in split_rows} == {
            "rejection", "offer", "next_step", "pending", "acknowledgement", "auto_reply", "other"}
    traps = {r["trap"] for r in rows}
    for trap in ("warm_rejection", "talent_pool", "no_interview", "rescinded", "waitlist", "on_hold",
                 "reschedule", "casual_offer", "verbal_offer", "job_alert", "newsletter_regret",
                 "withdrawal", "interviewer"):
        assert trap in traps
