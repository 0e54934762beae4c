"""The parts of an event description that are not its author's words: video-call and calendar footers, and the
event name a scheduler writes into a booking."""

from __future__ import annotations

import re

__all__ = ["booking_form", "scheduler_event_name", "strip_boilerplate"]

# A forwarded message's header between dashes: the message follows, not a footer ("---- Forwarded message ----").
_FORWARDED = (r"[ \t]*(?:forwarded message|original message|begin forwarded|weitergeleitete nachricht"
              r"|urspr[uü]ngliche nachricht|message transf[eé]r[eé]|message d'origine|mensaje (?:reenviado|original))")
_BOILERPLATE_START = re.compile(
    r"(?im)^\s*(?:[-─_=~.]{6,}+(?!" + _FORWARDED + ")|join zoom meeting|join the zoom meeting|zoom meeting id"
    r"|microsoft teams"
    r"(?: meeting| need help)?|join (?:on your computer|with google meet|webex meeting)|join by phone"
    r"|meeting id:|besprechungs-id|r[eé]union microsoft teams|reuni[oó]n de microsoft teams"
    r"|rejoindre la r[eé]union|unirse a la reuni[oó]n|to join the video meeting"
    r"|invitation from google calendar"
    r"|you are receiving this email|forwarding this invitation|learn more about meet)",
)


_SCHEDULER_EVENT_NAME = re.compile(
    r"(?im)^[ \t]*(?:event name|event type|meeting type|veranstaltung(?:sname|styp)?|terminart"
    r"|nom de l'[eé]v[eé]nement|type d'[eé]v[eé]nement|nombre del evento|tipo de evento)[ \t]*:[ \t]*(\S.*)$"
)


def scheduler_event_name(description: str) -> str | None:
    """Given a description, returns the booking's event name a scheduler wrote into it ("Event Name: …")."""
    match = _SCHEDULER_EVENT_NAME.search(description)
    return match.group(1).strip() if match else None


# A booking page's other labels (Cal.com's "Invitee time zone:", "Additional notes:").
_BOOKING_NOTES = re.compile(r"(?im)^[ \t]*(?:invitee time zone|additional notes)[ \t]*:")


def booking_form(description: str) -> bool:
    """Given a description, returns whether a booking page wrote it (an event name or its other labels): what the
    notes in it say is the booker's."""
    return scheduler_event_name(description) is not None or _BOOKING_NOTES.search(description) is not None


# A paragraph of call details or calendar notices: links, meeting ids, dial-in numbers, RSVP notices.
_BOILERPLATE_PARA = re.compile(
    r"(?i)https?://|www\.|meeting (?:id|number|options)|passcode|password|access code|one tap|dial|pin:"
    r"|\+\d[\d ,#*()-]{6,}|^[ \t]*[-─_=~.]{6,}+(?!" + _FORWARDED + ")|join (?:zoom|on|by|with|the|from|webex)"
    r"|download teams"
    r"|learn more|receiving this|forwarding this|invitation from google|view all guest|reply for|rsvp"
    r"|besprechungs-id|kenncode|code secret|c[oó]digo de acceso|id de (?:la )?r[eé]union"
)


def strip_boilerplate(description: str) -> str:
    """Given an event description, returns it without the video-call / calendar footer blocks.

    Schedulers write on after the call details (Calendly's answers, a coordinator's signature), so
    prose paragraphs after the first footer block are kept.
    """
    match = _BOILERPLATE_START.search(description)
    if not match:
        return description
    kept = [p for p in re.split(r"\n[ \t]*\n", description[match.start():])[1:]
            if p.strip() and not _BOILERPLATE_PARA.search(p) and not _BOILERPLATE_START.search(p)]
    return "\n\n".join([description[: match.start()].rstrip("\n"), *kept]) if kept else description[: match.start()]
