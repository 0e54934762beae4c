"""The user's own copy of an invitation the user received: forwarded to, or copied into, the other calendar.

A candidate forwards the interview invitation from the private address to the work calendar ("FW: Interview – Data
Analyst – <the user's name>", "Weitergeleitet von <the user's private address>") to block the time there: the copy is
organised by the user at the work address, yet the user is the one invited. Who organises such a copy says nothing;
what it says does: the user named in its title, greeted in the forwarded text, or the copy sent on from the user's
own other address. (A copy the user makes of the user's own interviewer duty names someone else as the candidate
and is decided by the seat and candidate rules before this is asked.)

Patterns are written against `fold()`ed text (signals.py).
"""

from __future__ import annotations

import re

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass.people import Me
from afterview.daemon.eventclass.signals import GREETING_WORDS, fold, words_rx
from afterview.daemon.eventclass.usernames import could_be_user

__all__ = ["pasted_invitation", "received_copy", "user_booked"]

# A mail client's forward prefix on the title (EN, DE, FR, ES: "FW:", "Fwd:", "WG:", "TR:", "RV:", "ENC:").
_FORWARD_PREFIX = re.compile(r"^\s*(?:fw|fwd|wg|tr|rv|enc)\s*:")
# The forwarded text's own markers.
_FORWARDED = words_rx([
    r"original appointment", r"forwarded (?:from|by|to)", r"ursprunglicher termin", r"weitergeleitet (?:von|an|vom)",
    r"rendez-vous d'origine", r"message d'origine", r"transfere (?:de|depuis|sur|vers)", r"cita original",
    r"mensaje original", r"reenviado (?:de|desde|a)",
])


# A video tool's invitation text pasted into the entry names who sends it ("Michigan Medicine IM Residency is inviting
# you to a scheduled Zoom meeting"; a lost space too: "scheduledZoom"; "Barbara Kellermann lädt Sie zu einem geplanten
# Zoom-Meeting ein").
_INVITER = re.compile(r"(?im)^[ \t]*(?P<name>[^\n]{2,80}?) (?:is inviting you to a scheduled ?zoom meeting"
                      r"|l[äa]dt sie zu einem geplanten zoom-meeting|vous invite [àa] une r[ée]union zoom planifi[ée]e"
                      r"|le est[áa] invitando a una reuni[óo]n de zoom programada)")


def _forwarded(title: str, body: str) -> bool:
    return bool(_FORWARD_PREFIX.match(title) or _FORWARDED.search(body))


def received_copy(event: CalendarEvent, me: Me) -> bool:
    """Given an event the user organises and the user, returns whether it is a forwarded copy of an invitation the
    user received: forwarded, and naming the user in the title, greeting the user, or sent on from the user's own
    other address."""
    title, body = fold(event.summary), fold(event.description)
    if not _forwarded(title, body):
        return False
    if any(re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", title) for name in me.full_names):
        return True
    if any(re.search(rf"(?<![a-z]){GREETING_WORDS}\s+{re.escape(first)}(?![a-z])", body) for first in me.first_names):
        return True
    organizer = (event.organizer.email or "").lower() if event.organizer is not None else ""
    return any(address in body for address in me.emails if address != organizer)


def pasted_invitation(event: CalendarEvent, me: Me) -> bool:
    """Given an event and the user, returns whether its text is a video invitation that someone other than the user
    sent: an entry nobody else attends is then still the inviter's, not the user's own note."""
    return any(not could_be_user(m.group("name"), me) for m in _INVITER.finditer(event.description))


# A booking page's confirmation lists its booker's details, one per line ("Name: …", "Email: …").
_BOOKER_ADDRESS = re.compile(r"(?im)^[ \t]*(?:e-?mail|correo(?: electr[oó]nico)?|courriel)[ \t]*:[ \t]*<?"
                             r"(?:mailto:)?([^\s<>@]+@[^\s<>]+?)>?[ \t]*$")


def user_booked(event: CalendarEvent, me: Me) -> bool:
    """Given an event and the user, returns whether its text is a booking page's confirmation with the user's address
    as the booker's (an Acuity slot the user booked with an employer): written by the page, not the user's note."""
    return any(m.group(1).lower() in me.emails for m in _BOOKER_ADDRESS.finditer(event.description))
