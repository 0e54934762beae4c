"""Decision-date phrasings added after train5: month-end, day/month/year, casual FR/DE promises, year-ending stops."""

from __future__ import annotations

from datetime import date

import pytest
from afterview.daemon.mailclass.dates import find_decision_date

WEDNESDAY = date(2024, 11, 6)


@pytest.mark.parametrize(("text", "want"), [
    ("we will get back to you by month-end.", date(2024, 11, 30)),
    ("we aim to respond to every applicant by the month end.", date(2024, 11, 30)),
    ("danach entscheiden wir bis monatsende.", date(2024, 11, 30)),
    ("te contestaremos antes del 15/11/2024.", date(2024, 11, 15)),
    ("tomaremos la decisión como muy tarde el 20/11/2024.", date(2024, 11, 20)),
    ("we'll decide within 3 days.", date(2024, 11, 9)),
    ("i'll know more no later than 22 november.", date(2024, 11, 22)),
    ("they've promised me feedback by the end of the week.", date(2024, 11, 8)),
    ("je vous tiens informé d'ici vendredi.", date(2024, 11, 8)),
    ("on te dit ça sous cinq jours ouvrés.", date(2024, 11, 13)),
    ("l'équipe reviendra vers vous d'ici mardi au plus tard.", date(2024, 11, 12)),
    ("le responsable vous répondra dès demain.", date(2024, 11, 7)),
    ("wir melden uns in den nächsten zehn geschäftstagen bei ihnen.", date(2024, 11, 20)),
])
def test_promises_resolve(text: str, want: date) -> None:
    found = find_decision_date(text, WEDNESDAY)
    assert found is not None and found[0] == want


@pytest.mark.parametrize("text", [
    # A year ends the interview's sentence: its date is no promise, and the next sentence has none.
    "nous vous invitons à un entretien le 21/11/2024. nous prendrons notre décision dans les semaines à venir.",
    "please return the signed contract by 15/11/2024.",
    "half of the panel (1/2) will decide soon.",
])
def test_non_promises_stay_null(text: str) -> None:
    assert find_decision_date(text, WEDNESDAY) is None


def test_a_day_number_before_a_month_still_joins_its_sentence() -> None:
    found = find_decision_date("wir melden uns am 15. november bei ihnen.", WEDNESDAY)
    assert found is not None and found[0] == date(2024, 11, 15)


@pytest.mark.parametrize(("text", "want"), [
    # Answering, deciding or telling everyone in the future tense, in each language (a new author's wording).
    ("we review every application and will reply within 6 business days.", date(2024, 11, 14)),
    ("we expect to communicate decisions in the next five days.", date(2024, 11, 11)),
    ("our recruiters aim to review every application by the end of november.", date(2024, 11, 30)),
    ("we will contact all candidates tomorrow.", date(2024, 11, 7)),
    ("die zu- oder absage kommt bis kommenden dienstag.", date(2024, 11, 12)),
    ("nous comptons trancher d'ici la fin de la semaine prochaine.", date(2024, 11, 15)),
    ("el comité resolverá como muy tarde el 20/11/2024.", date(2024, 11, 20)),
    ("decidiremos antes del viernes.", date(2024, 11, 8)),
])
def test_future_answers_in_four_languages_resolve(text: str, want: date) -> None:
    found = find_decision_date(text, WEDNESDAY)
    assert found is not None and found[0] == want


@pytest.mark.parametrize("text", [
    "please reply within 3 business days.",  # the candidate's deadline
    "we will review your portfolio during the interview on friday.",  # a meeting
    "tu respuesta antes del viernes, por favor.",
])
def test_future_answer_words_in_a_request_or_a_slot_stay_null(text: str) -> None:
    assert find_decision_date(text, WEDNESDAY) is None
