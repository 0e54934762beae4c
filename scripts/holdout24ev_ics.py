"""Shared iCalendar text helpers for the blind holdout24 event corpus (raw text, as producers emit it)."""

from __future__ import annotations

from dataclasses import dataclass

ME = "jonas.becker@gmx.de"
WORK = "jonas.becker@stadt-hilden.de"
STAMP = "20261120T081500Z"


@dataclass(frozen=True)
class Item:
    """One corpus file with its label row."""

    kind: str
    lang: str
    uid: str
    text: str
    is_interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


ITEMS: list[Item] = []


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets the way RFC 5545 asks."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def _eu_rules(tzid: str, std_name: str = "CET", dst_name: str = "CEST") -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", f"TZNAME:{std_name}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", f"TZNAME:{dst_name}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def vtz(tzid: str) -> list[str]:
    """Given a TZID (Olson or Windows name) returns a VTIMEZONE block with central-European rules."""
    if " " in tzid:
        # Outlook writes its own unnamed rules under the Windows name
        return [line for line in _eu_rules(tzid) if not line.startswith("TZNAME")]
    return _eu_rules(tzid)


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    """Given the organiser returns an ORGANIZER line."""
    params = ""
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    """Given an attendee returns an ATTENDEE line."""
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={ps}"
    if rsvp:
        params += ";RSVP=TRUE"
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    return f"ATTENDEE{params}:mailto:{email}"


def tdt(name: str, tzid: str, value: str) -> str:
    """Given DTSTART/DTEND, a TZID and a local time returns the property line."""
    quoted = f'"{tzid}"' if ("," in tzid or ":" in tzid) else tzid
    return f"{name};TZID={quoted}:{value}"


def doc(prodid: str, events: list[list[str]], method: str | None = "REQUEST", tzs: tuple[str, ...] = (),
        head: tuple[str, ...] = ()) -> str:
    """Given a PRODID, VEVENT property lists and time zones returns the whole calendar as CRLF text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzs:
        lines.extend(vtz(tz))
    for props in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(props)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def add(kind: str, lang: str, uid: str, text: str, yes: bool, company: str = "", role: str = "", stage: str = "",
        who: tuple[str, ...] = (), trap: str = "") -> None:
    """Given one event's text and its truth appends it to ITEMS."""
    ITEMS.append(Item(kind, lang, uid, text, yes, company, role, stage, ";".join(who), trap))


def zoom(url: str, mid: str, pw: str, lang: str = "en") -> str:
    """Given a meeting link returns Zoom's invitation boilerplate in one of four languages."""
    intro = {"en": "Join Zoom Meeting", "de": "Zoom-Meeting beitreten", "fr": "Participer à la réunion Zoom",
             "es": "Unirse a la reunión Zoom"}[lang]
    return (f"{intro}\n{url}\n\nMeeting ID: {mid}\nPasscode: {pw}\n\n---\n\nOne tap mobile\n+4969380\n"
            f"{mid.replace(' ', '')}# Germany\n")


def teams(lang: str = "de") -> str:
    """Given a language returns the Microsoft Teams footer Outlook appends."""
    head = {"de": "Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer oder der mobilen App aus teil",
            "en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device",
            "fr": "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle",
            "es": "Reunión de Microsoft Teams\nUnirse desde el equipo, la aplicación móvil o el "
            "dispositivo de sala"}[lang]
    return ("_" * 40 + f"\n{head}\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            "NjQ4YzA1OWUtZmE2OS00\nBesprechungs-ID: 371 552 804 19\nPasscode: fQ7xRk\n" + "_" * 40)


def meet(code: str, lang: str = "en") -> str:
    """Given a Meet code returns the Google Meet block of an invite."""
    head = {"en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen", "fr": "Participer avec Google Meet",
            "es": "Unirse con Google Meet"}[lang]
    return f"{head}: https://meet.google.com/{code}\n\n-::~:~::~:~:~:~:~::~:~::-"


def webex(num: str) -> str:
    """Given a meeting number returns Webex's join block."""
    return (f"Join Webex meeting\nhttps://meetings-eu.webex.com/meet/j.php?MTID=m{num}\nMeeting number: {num}\n"
            "Join by phone +49-619-6781-9736 Germany toll")
