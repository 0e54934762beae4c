"""Rules added in session 6 from the holdout15-17 misses (each measured blind once before): a better offer refused
is a negotiation, not a rejection."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from afterview.connectors.base import MailMessage, MessageHeader, Person
from afterview.daemon.mailclass import classify_message
from afterview.daemon.verdicts import MailVerdict

SENT = datetime(2026, 11, 16, 9, 59, tzinfo=timezone(timedelta(hours=1)))


def verdict(body: str, subject: str = "Update") -> MailVerdict:
    header = MessageHeader(
        ref="t", message_id="m@t", folder="inbox", date=SENT, sender=Person("Kim Roe", "kim@roe.example"),
        subject=subject, to=(Person("Alex", "alex@example.org"),),
    )
    return classify_message(MailMessage(header=header, text=body), model="rules")


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
