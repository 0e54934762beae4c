"""Rules added in session 5 from the holdout13 misses: rejections said of a class of candidates or presumed after
silence, applications sent to the user, a colleague "on leave" in a person's mail, a withdrawal the employer
confirms."""

from __future__ import annotations

import pytest
from afterview.daemon.verdicts import MailVerdict
from rules_mail import rules_verdict


def verdict(body: str, subject: str = "Update") -> MailVerdict:
    return rules_verdict(body, subject)


@pytest.mark.parametrize("body", [
    "Thank you for your application for HR Business Partner. We confirm receipt.\n\nDue to the volume of "
    "applications we are not able to give individual feedback to candidates who are not shortlisted. If you have "
    "not heard from us within 3 weeks of the closing date, please assume your application has not been successful.",
    "Thanks for applying to the Analyst role, we have received your application. We can only reply to applicants "
    "who are shortlisted; if you hear nothing within a month, please assume that you were unsuccessful.",
])
def test_an_acknowledgement_with_a_presumed_rejection_stays_an_acknowledgement(body: str) -> None:
    assert verdict(body, "Thank you for your application").label == "acknowledgement"


def test_a_plain_rejection_still_counts() -> None:
    got = verdict("Thank you for interviewing with us. I'm sorry to say that your application has not been "
                  "successful on this occasion; we have decided to move forward with other candidates.")
    assert got.label == "rejection"


@pytest.mark.parametrize(("body", "subject"), [
    ("Dear Ms Lee,\n\nI am writing to apply for the Supervisor position advertised in your store window. I have two "
     "years' experience as a team leader and could start immediately. I would be grateful for an interview.",
     "Application for supervisor position"),
    ("Sehr geehrte Frau Lee,\n\nich bewerbe mich auf die Aushilfsstelle in Ihrem Store. Über eine Einladung zum "
     "Gespräch würde ich mich freuen.", "Bewerbung als Aushilfe"),
    ("Madame,\n\nje vous adresse ma candidature pour le poste de vendeuse. Je serais ravie d'être reçue en "
     "entretien.", "Candidature vendeuse"),
])
def test_an_application_sent_to_the_user_is_other(body: str, subject: str) -> None:
    assert verdict(body, subject).label == "other"


def test_a_colleague_on_leave_is_no_auto_reply() -> None:
    got = verdict("Apologies for the silence since your interview. Our Operations Director has been on leave and "
                  "we need his sign-off before we can decide. He's back today, so I expect to confirm the outcome "
                  "within 5 working days.")
    assert got.label == "pending"
    assert verdict("I'm currently on leave with limited access to email and will reply when I'm back on "
                   "Monday.", "Automatic reply").label == "auto_reply"


def test_an_employer_confirming_the_users_withdrawal_is_other() -> None:
    got = verdict("Bonjour,\n\nBien noté, nous retirons votre candidature. Nous regrettons de ne pas poursuivre "
                  "ensemble mais vous souhaitons une belle réussite dans votre nouveau poste.")
    assert got.label == "other"
