"""Decision dates in hard-wrapped plain text (a sentence may run over a line break; a short line or a list ends), and
promise phrasings added from holdout12, holdout13 and train7."""

from __future__ import annotations

from datetime import date

import pytest
from afterview.daemon.mailclass.dates import find_decision_date

WEDNESDAY = date(2024, 11, 6)
LONG = "thank you for applying for the analyst role; we confirm that we have received your application and"


@pytest.mark.parametrize(("text", "want"), [
    (LONG + "\nthe hiring team will review it. we will contact you within\n10 working days with the outcome.",
     date(2024, 11, 20)),
    ("the panel has now met and the notes are with the head of compliance, so we'll let you know\nby friday "
     "whether we'd like to talk again.", date(2024, 11, 8)),
    ("danke für deine bewerbung, wir haben sie erhalten und schauen sie uns in ruhe an. du hörst\n"
     "bis spätestens freitag von uns.", date(2024, 11, 8)),
    ("gracias por tu interés en el puesto de analista de cumplimiento normativo en nuestra entidad; le daremos "
     "una respuesta en un plazo de\n15 días.", date(2024, 11, 21)),
    ("te contactaremos antes del 15 de noviembre.", date(2024, 11, 15)),
    ("i'll check with the engagement partner and reply to you in full by friday.", date(2024, 11, 8)),
    # Said of the decision itself, and calendar days.
    ("final decisions are due within 7 days.", date(2024, 11, 13)),
    ("results will be confirmed to all candidates by 15/11/2024.", date(2024, 11, 15)),
    ("we review every application and will reply within 8 calendar days.", date(2024, 11, 14)),
    ("wir melden uns innerhalb von 10 kalendertagen.", date(2024, 11, 16)),
    # Written to everyone, verb-first orders; a deadline word before a date is no meeting slot.
    ("we will write to all interviewed candidates by the end of the month.", date(2024, 11, 30)),
    ("we reply to everyone within 14 days.", date(2024, 11, 20)),
    ("the panel will come back to all candidates by friday.", date(2024, 11, 8)),
    ("über das ergebnis informieren wir sie bis ende november.", date(2024, 11, 30)),
    ("nous vous dirons si vous êtes retenue pour l'entretien final d'ici le 15 novembre.", date(2024, 11, 15)),
    ("te diremos si pasas a entrevista antes del viernes.", date(2024, 11, 8)),
    ("esperamos saberlo el 15 de noviembre.", date(2024, 11, 15)),
    # A date named outright after a later event still counts.
    ("you'll hear the outcome by 15 november after the session.", date(2024, 11, 15)),
])
def test_a_promise_wrapped_over_lines_resolves(text: str, want: date) -> None:
    found = find_decision_date(text, WEDNESDAY)
    assert found is not None and found[0] == want


@pytest.mark.parametrize("text", [
    "we expect to notify all candidates of the outcome within 10 working days of the interview date.",
    "we'll come back to you with a decision within five working days of receiving both references.",
    "eine entscheidung treffen wir innerhalb von 10 werktagen nach dem termin.",
    "vous aurez notre réponse sous 10 jours ouvrés après cet entretien.",
    "te daremos una respuesta final en un plazo de 10 días hábiles desde la presentación.",
    "te confirmo la entrevista para el viernes.",
])
def test_a_span_from_a_later_event_or_a_slot_stays_null(text: str) -> None:
    assert find_decision_date(text, WEDNESDAY) is None


def test_a_span_from_today_counts() -> None:
    assert find_decision_date("we will let you know within 10 days from today.", WEDNESDAY) == (
        date(2024, 11, 16), "within 10 days")


@pytest.mark.parametrize("text", [
    # A short line (a greeting, a heading) ends its sentence: the date below belongs to something else.
    "we'll let you know\nby friday: please send the signed form.",
    # A blank line or a list item ends the paragraph.
    LONG + " we will contact you\n\nfriday 8 november: assessment centre",
    LONG + " we will contact you about the following\n- friday: written exercise due",
    LONG + " we will contact you about the following\n2. friday: written exercise due",
])
def test_line_ends_that_are_no_wrap_keep_sentences_apart(text: str) -> None:
    assert find_decision_date(text, WEDNESDAY) is None
