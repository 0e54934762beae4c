"""A message written in a test, classified by the mail rules alone (no learned model)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from afterview.connectors.base import MailMessage, MessageHeader, Person
from afterview.daemon.mailclass import classify_message
from afterview.daemon.verdicts import MailVerdict

SENT = datetime(2024, 11, 6, 10, 30, tzinfo=timezone(timedelta(hours=1)))
SENDER = Person("Sam Hale", "sam@hale.example")


def rules_verdict(body: str, subject: str = "Update", *, sent: datetime = SENT,
                  sender: Person = SENDER) -> MailVerdict:
    """Given a body and subject (and the Date and sender), returns the rules' verdict on that message to Alex."""
    header = MessageHeader(ref="t", message_id="m@t", folder="inbox", date=sent, sender=sender, subject=subject,
                           to=(Person("Alex", "alex@example.org"),))
    return classify_message(MailMessage(header=header, text=body), model="rules")
