#!/usr/bin/env python3
"""Blind holdout6 of calendar events for the event classifier (issue 4).

Given --out DIR, writes ~100 `holdout6-NNN-<kind>.ics` files as raw iCalendar text in the shapes real producers
emit and replaces the `holdout6` rows of DIR/labels.csv (other rows kept); raises SystemExit on a bad DIR.
Written by an author who never read the classifier, its tests, the other generators or the existing .ics files.
Deterministic: no clock, no randomness; identifiers come from hashes of fixed seeds. CC0 1.0.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SPLIT = "holdout6"
STAMP = "20270104T081500Z"
ME = "jordan.lee@gmail.com"
ME_WORK = "jordan@northwind-labs.com"
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
UI = "user as interviewer"


# ---------------------------------------------------------------- identifiers (deterministic)


def hx(seed: str, n: int) -> str:
    """Given a seed and a length, returns that many lowercase hex digits derived from the seed."""
    return (hashlib.sha256(seed.encode()).hexdigest() * 2)[:n]


def gid(seed: str) -> str:
    """Given a seed, returns a Google-Calendar-shaped UID (26 base32hex characters @google.com)."""
    alphabet = "0123456789abcdefghijklmnopqrstuv"
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % 32] for b in digest[:26]) + "@google.com"


def olk(seed: str) -> str:
    """Given a seed, returns an Outlook/Exchange global-object-id UID (long uppercase hex)."""
    return ("040000008200E00074C5B7101A82E00800000000" + hx(seed, 16) + "000000000000000010000000"
            + hx(seed + "/2", 32)).upper()


def uuid(seed: str, upper: bool = False) -> str:
    """Given a seed, returns a UUID-shaped string (upper case the way Apple writes them when asked)."""
    d = hx(seed, 32)
    text = f"{d[:8]}-{d[8:12]}-4{d[13:16]}-a{d[17:20]}-{d[20:32]}"
    return text.upper() if upper else text


# ---------------------------------------------------------------- text encoding


def esc(text: str) -> str:
    """Given a TEXT value, returns it escaped per RFC 5545 (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """Given one content line, returns it folded at `limit` octets without splitting a UTF-8 character."""
    parts: list[str] = []
    cur = ""
    size = 0
    for ch in line:
        n = len(ch.encode())
        if size + n > limit:
            parts.append(cur)
            cur, size = " " + ch, 1 + n
        else:
            cur += ch
            size += n
    parts.append(cur)
    return "\r\n".join(parts)


def render(lines: list[str], limit: int = 75) -> str:
    """Given content lines, returns the folded CRLF text of a calendar object."""
    return "".join(fold(line, limit) + "\r\n" for line in lines)


def cn(name: str) -> str:
    """Given a display name, returns it as a CN parameter value (quoted when it holds , ; or :)."""
    return f'"{name}"' if any(c in name for c in ",;:") else name


# ---------------------------------------------------------------- time zones


def _eu(tzid: str, std: str, dst: str, sname: str, dname: str, style: str) -> list[str]:
    """Given a zone with EU rules, returns its VTIMEZONE lines in Google/Olson or Outlook style."""
    if style == "outlook":
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
                "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def _us(tzid: str, std: str, dst: str, sname: str, dname: str, style: str) -> list[str]:
    """Given a zone with US rules, returns its VTIMEZONE lines in Google/Olson or Outlook style."""
    if style == "outlook":
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
                "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
                "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
                "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


VTZ: dict[str, list[str]] = {
    "Europe/Berlin": _eu("Europe/Berlin", "+0100", "+0200", "CET", "CEST", "olson"),
    "Europe/Paris": _eu("Europe/Paris", "+0100", "+0200", "CET", "CEST", "olson"),
    "Europe/Madrid": _eu("Europe/Madrid", "+0100", "+0200", "CET", "CEST", "olson"),
    "Europe/Zurich": _eu("Europe/Zurich", "+0100", "+0200", "CET", "CEST", "olson"),
    "Europe/London": _eu("Europe/London", "+0000", "+0100", "GMT", "BST", "olson"),
    "America/New_York": _us("America/New_York", "-0500", "-0400", "EST", "EDT", "olson"),
    "America/Los_Angeles": _us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT", "olson"),
    "America/Chicago": _us("America/Chicago", "-0600", "-0500", "CST", "CDT", "olson"),
    "America/Mexico_City": ["BEGIN:VTIMEZONE", "TZID:America/Mexico_City", "X-LIC-LOCATION:America/Mexico_City",
                            "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600", "TZNAME:CST",
                            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "W. Europe Standard Time": _eu("W. Europe Standard Time", "+0100", "+0200", "", "", "outlook"),
    "Romance Standard Time": _eu("Romance Standard Time", "+0100", "+0200", "", "", "outlook"),
    "GMT Standard Time": _eu("GMT Standard Time", "+0000", "+0100", "", "", "outlook"),
    "Pacific Standard Time": _us("Pacific Standard Time", "-0800", "-0700", "", "", "outlook"),
    "Eastern Standard Time": _us("Eastern Standard Time", "-0500", "-0400", "", "", "outlook"),
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": _eu(
        "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "+0100", "+0200", "", "", "outlook"),
}


def dt(name: str, value: str, tz: str | None) -> str:
    """Given DTSTART/DTEND/RECURRENCE-ID, a value and a zone ("date", "floating", None = UTC), returns the line."""
    if tz == "date":
        return f"{name};VALUE=DATE:{value}"
    if tz in (None, "floating"):
        return f"{name}:{value}"
    return f"{name};TZID={cn(tz)}:{value}"


# ---------------------------------------------------------------- people and events


@dataclass(frozen=True)
class Att:
    """An attendee: a person, or a room / resource (kind) with an RFC 5545 role and participation status."""

    name: str
    email: str
    kind: str = "INDIVIDUAL"
    role: str = "REQ-PARTICIPANT"
    partstat: str = "NEEDS-ACTION"


def room(name: str, email: str, kind: str = "ROOM") -> Att:
    """Given a room's name and address, returns it as a non-participant ROOM (or RESOURCE) attendee."""
    return Att(name, email, kind, "NON-PARTICIPANT", "ACCEPTED")


@dataclass(frozen=True)
class Ov:
    """An overridden instance of a recurring event (RECURRENCE-ID), optionally moved, renamed or cancelled."""

    rid: str
    start: str
    end: str
    summary: str | None = None
    description: str | None = None
    status: str | None = None
    seq: int = 1


@dataclass
class Ev:
    """One event as a producer would write it; `style` picks the producer's shape."""

    style: str
    uid: str
    summary: str
    start: str
    end: str | None = None
    tz: str | None = None
    organizer: Att | None = None
    attendees: list[Att] = field(default_factory=list)
    description: str = ""
    location: str = ""
    seq: int = 0
    status: str = "CONFIRMED"
    method: str | None = "REQUEST"
    prodid: str | None = None
    rrule: str | None = None
    exdate: str | None = None
    overrides: list[Ov] = field(default_factory=list)
    x_wr_tz: str | None = None
    cal_name: str | None = None
    vtz: bool = True
    extra: list[str] = field(default_factory=list)
    html: str | None = None
    lang: str = "en-US"
    url: str | None = None
    fold_limit: int = 75
    alarm: bool = False


def _att_line(style: str, a: Att) -> str:
    """Given a producer style and an attendee, returns the ATTENDEE line in that producer's parameter order."""
    if style == "google":
        return (f"ATTENDEE;CUTYPE={a.kind};ROLE={a.role};PARTSTAT={a.partstat};"
                + ("RSVP=TRUE;" if a.partstat == "NEEDS-ACTION" else "")
                + f"CN={cn(a.name)};X-NUM-GUESTS=0:mailto:{a.email}")
    if style == "outlook":
        cut = "" if a.kind == "INDIVIDUAL" else f"CUTYPE={a.kind};"
        return f"ATTENDEE;{cut}ROLE={a.role};PARTSTAT={a.partstat};RSVP=TRUE;CN={cn(a.name)}:mailto:{a.email}"
    if style == "apple":
        return (f'ATTENDEE;CN="{a.name}";CUTYPE={a.kind};EMAIL="{a.email}";PARTSTAT={a.partstat};'
                f"ROLE={a.role}:mailto:{a.email}")
    return f"ATTENDEE;CN={cn(a.name)};CUTYPE={a.kind};ROLE={a.role};PARTSTAT={a.partstat};RSVP=TRUE:mailto:{a.email}"


def _org_line(style: str, o: Att) -> str:
    """Given a producer style and the organizer, returns the ORGANIZER line."""
    if style == "apple":
        return f'ORGANIZER;CN="{o.name}";EMAIL="{o.email}":mailto:{o.email}'
    return f"ORGANIZER;CN={cn(o.name)}:mailto:{o.email}"


def _body(e: Ev, start: str, end: str | None, rid: str | None, summary: str, description: str, status: str,
          seq: int, recurring: bool) -> list[str]:
    """Given an event (or an override's values), returns its VEVENT lines in the producer's property order."""
    s = e.style
    when = [dt("DTSTART", start, e.tz)] + ([dt("DTEND", end, e.tz)] if end else [])
    if rid:
        when.append(dt("RECURRENCE-ID", rid, e.tz))
    if recurring and e.rrule:
        when.append(f"RRULE:{e.rrule}")
        if e.exdate:
            when.append(dt("EXDATE", e.exdate, e.tz))
    people = ([_org_line(s, e.organizer)] if e.organizer else []) + [_att_line(s, a) for a in e.attendees]
    lang = f";LANGUAGE={e.lang}" if s == "outlook" else ""
    desc = [f"DESCRIPTION{lang}:{esc(description)}"] if description else []
    loc = [f"LOCATION{lang}:{esc(e.location)}"] if e.location else []
    created = f"CREATED:20261228T1{seq}0000Z"
    insttype = 3 if rid else (1 if recurring and e.rrule else 0)
    if s == "google":
        lines = [*when, f"DTSTAMP:{STAMP}", *people[:1], f"UID:{e.uid}", *people[1:]]
        lines += [created, *desc, f"LAST-MODIFIED:{STAMP}", *loc]
        lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    elif s == "outlook":
        lines = people + desc + [f"UID:{e.uid}", f"SUMMARY{lang}:{esc(summary)}"] + when
        lines += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{STAMP}", "TRANSP:OPAQUE", f"STATUS:{status}",
                  f"SEQUENCE:{seq}", *loc]
        lines += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:-{int(hx(e.uid, 7), 16)}",
                  "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                  f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if e.tz == 'date' else 'FALSE'}",
                  "X-MICROSOFT-CDO-IMPORTANCE:1", f"X-MICROSOFT-CDO-INSTTYPE:{insttype}",
                  "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if e.html:
            lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{esc(e.html)}")
    elif s == "apple":
        lines = [created, f"UID:{e.uid}", *when[1:2], "TRANSP:OPAQUE", *people[1:]]
        lines += ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", f"SUMMARY:{esc(summary)}",
                  f"LAST-MODIFIED:{STAMP}", f"DTSTAMP:{STAMP}", *when[:1], *when[2:], f"SEQUENCE:{seq}"]
        lines += people[:1] + loc + desc
        if status != "CONFIRMED":
            lines.append(f"STATUS:{status}")
    else:
        lines = [f"UID:{e.uid}", f"DTSTAMP:{STAMP}", *when, f"SUMMARY:{esc(summary)}", *desc, *loc, *people]
        lines += [f"SEQUENCE:{seq}", f"STATUS:{status}"]
        if e.url:
            lines.append(f"URL:{e.url}")
    if not rid:
        lines += e.extra
    if e.alarm:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.6.1//EN",
}


def ics(e: Ev) -> str:
    """Given an event, returns the whole calendar object as raw, folded iCalendar text."""
    prodid = e.prodid or PRODIDS.get(e.style, "-//afterview corpus//holdout6//EN")
    head = ["BEGIN:VCALENDAR"]
    if e.style == "outlook":
        head += ([f"METHOD:{e.method}"] if e.method else []) + [f"PRODID:{prodid}", "VERSION:2.0"]
    else:
        head += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        head += [f"METHOD:{e.method}"] if e.method else []
    if e.cal_name:
        head.append(f"X-WR-CALNAME:{esc(e.cal_name)}")
    if e.x_wr_tz:
        head.append(f"X-WR-TIMEZONE:{e.x_wr_tz}")
    if e.tz and e.tz in VTZ and e.vtz:
        head += VTZ[e.tz]
    body = _body(e, e.start, e.end, None, e.summary, e.description, e.status, e.seq, True)
    for o in e.overrides:
        body += _body(e, o.start, o.end, o.rid, o.summary or e.summary, o.description or e.description,
                      o.status or e.status, o.seq, False)
    return render(head + body + ["END:VCALENDAR"], e.fold_limit)


# ---------------------------------------------------------------- video-call and invitation boilerplate

_SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def meet(code: str, lang: str = "en") -> str:
    """Given a Meet code and a language, returns the block Google Calendar appends to a description."""
    pin = str(int(hx(code, 8), 16))[:9]
    link = f"https://meet.google.com/{code}"
    texts = {
        "en": (f"Join with Google Meet: {link}\nOr dial: (US) +1 347-555-0142 PIN: {pin}#\n"
               f"More phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
               "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
               "Please do not edit this section."),
        "de": (f"An Google Meet-Videokonferenz teilnehmen: {link}\nOder telefonisch teilnehmen: "
               f"(DE) +49 30 5557 1934 PIN: {pin}#\nWeitere Telefonnummern: https://tel.meet/{code}?pin={pin}\n\n"
               "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
               "Bitte bearbeiten Sie diesen Abschnitt nicht."),
        "fr": (f"Participer avec Google Meet : {link}\nOu appelez le : (FR) +33 1 55 55 27 40 PIN : {pin}#\n"
               f"Autres numéros de téléphone : https://tel.meet/{code}?pin={pin}\n\n"
               "Pour en savoir plus sur Meet, consultez la page : https://support.google.com/a/users/answer/9282720"
               "\n\nVeuillez ne pas modifier cette section."),
        "es": (f"Unirse con Google Meet: {link}\nO marca el: (ES) +34 910 55 53 21 PIN: {pin}#\n"
               f"Más números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
               "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
               "No edites esta sección."),
    }
    return f"{_SEP}\n{texts[lang]}\n{_SEP}"


GCAL_FOOTER = ("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
               "You are receiving this email because you are an attendee on the event. To stop receiving future "
               "updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient "
               "to send a response to the organizer, be added to the guest list, invite others regardless of their "
               "own invitation status, or modify your RSVP. Learn more "
               "https://support.google.com/calendar/answer/37135#forwarding")


def teams(seed: str, lang: str = "en") -> str:
    """Given a seed and a language, returns the Microsoft Teams join block Outlook puts in a description."""
    mid = " ".join(str(int(hx(seed, 12), 16))[i:i + 3] for i in range(0, 12, 3))
    join = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx(seed, 40)}%40thread.v2/0"
    rule = "_" * 80
    texts = {
        "en": ("Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               f"Click here to join the meeting<{join}>\nMeeting ID: {mid}\nPasscode: {hx(seed, 6)}\n"
               "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
               "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>"),
        "de": ("Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät "
               f"aus teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{join}>\nBesprechungs-ID: {mid}\n"
               f"Kennung: {hx(seed, 6)}\nTeams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | "
               "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               "Weitere Infos<https://aka.ms/JoinTeamsMeeting> | "
               "Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>"),
        "fr": ("Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
               f"Cliquez ici pour rejoindre la réunion<{join}>\nID de réunion : {mid}\nCode secret : {hx(seed, 6)}\n"
               "Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
               "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               "En savoir plus<https://aka.ms/JoinTeamsMeeting> | "
               "Options de réunion<https://teams.microsoft.com/meetingOptions/>"),
        "es": ("Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
               f"Haga clic aquí para unirse a la reunión<{join}>\nId. de reunión: {mid}\n"
               f"Código de acceso: {hx(seed, 6)}\nDescargar Teams<https://www.microsoft.com/microsoft-teams/download-app>"
               " | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               "Más información<https://aka.ms/JoinTeamsMeeting> | "
               "Opciones de reunión<https://teams.microsoft.com/meetingOptions/>"),
    }
    return f"{rule}\n{texts[lang]}\n{rule}"


def zoom(seed: str, host: str, lang: str = "en", sub: str = "us02web") -> str:
    """Given a seed, the host's name and a language, returns Zoom's copied invitation text."""
    num = str(int(hx(seed, 14), 16))[:11]
    mid = f"{num[:3]} {num[3:7]} {num[7:]}"
    pwd = str(int(hx(seed + "p", 6), 16))[:6]
    url = f"https://{sub}.zoom.us/j/{num}?pwd={hx(seed, 32)}.1"
    texts = {
        "en": (f"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{url}\n\n"
               f"Meeting ID: {mid}\nPasscode: {pwd}\n\n---\n\nOne tap mobile\n+16469313860,,{num}#,,,,*{pwd}# US\n"
               f"+13017158592,,{num}#,,,,*{pwd}# US (Washington DC)\n\n---\n\nDial by your location\n"
               "• +1 646 931 3860 US\n• +1 669 444 9171 US\n\nFind your local number: https://us02web.zoom.us/u/kdX"),
        "de": (f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZoom-Meeting beitreten\n{url}\n\n"
               f"Meeting-ID: {mid}\nKenncode: {pwd}\n\n---\n\nSchnelleinwahl mobil\n"
               f"+496971049922,,{num}#,,,,*{pwd}# Deutschland\n\n---\n\nEinwahl nach aktuellem Standort\n"
               "• +49 69 7104 9922 Deutschland\n• +49 30 5679 5800 Deutschland\n\n"
               "Ortseinwahl suchen: https://us02web.zoom.us/u/kbR"),
        "fr": (f"{host} vous invite à une réunion Zoom planifiée.\n\nParticiper à la réunion Zoom\n{url}\n\n"
               f"ID de réunion: {mid}\nCode secret: {pwd}\n\n---\n\nUne seule touche sur l’appareil mobile\n"
               f"+33170372246,,{num}#,,,,*{pwd}# France\n\n---\n\nComposez un numéro en fonction de votre position\n"
               "• +33 1 7037 2246 France\n\nTrouvez votre numéro local : https://us02web.zoom.us/u/ke3"),
        "es": (f"{host} le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\n{url}\n\n"
               f"ID de reunión: {mid}\nCódigo de acceso: {pwd}\n\n---\n\nMóvil con un toque\n"
               f"+34917873431,,{num}#,,,,*{pwd}# España\n\n---\n\nMarcar según su ubicación\n"
               "• +34 91 787 3431 España\n\nEncuentre su número local: https://us02web.zoom.us/u/kcA"),
    }
    return texts[lang]


def webex(seed: str, site: str) -> str:
    """Given a seed and a Webex site name, returns Webex's meeting block."""
    num = str(int(hx(seed, 12), 16))[:10]
    return (f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n"
            f"https://{site}.webex.com/{site}/j.php?MTID=m{hx(seed, 32)}\nMeeting number (access code): "
            f"{num[:4]} {num[4:7]} {num[7:]}\nMeeting password: {hx(seed, 4).upper()}kp{hx(seed, 3)}\n\n"
            "Join by phone\n+1-408-525-6800 United States Toll\n+44-20-7660-8149 United Kingdom Toll\n\n"
            "Can't join the meeting? https://help.webex.com/docs/DOC-5412\n\nIMPORTANT NOTICE: Please note that this "
            "Webex service allows audio and other information sent during the session to be recorded, which may "
            "be discoverable in a legal matter.")


# ---------------------------------------------------------------- corpus


@dataclass
class Item:
    """One corpus file: its kind, language, event and label."""

    kind: str
    lang: str
    event: Ev
    positive: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""


ITEMS: list[Item] = []


def pos(kind: str, lang: str, e: Ev, company: str, role: str, stage: str, iv: list[str], trap: str = "") -> None:
    """Given a user's-own-interview event and its expected extraction, adds it to the corpus."""
    ITEMS.append(Item(kind, lang, e, True, company, role, stage, iv, trap))


def neg(kind: str, lang: str, e: Ev, trap: str) -> None:
    """Given an event that is not the user's own interview and the kind of trap, adds it to the corpus."""
    ITEMS.append(Item(kind, lang, e, False, trap=trap))


JL = Att("Jordan Lee", ME)
JLW = Att("Jordan Lee", ME_WORK)


def _interviews_en() -> None:
    """Adds the user's own interviews written in English."""
    # Greenhouse-scheduled recruiter screen, sent from the recruiter's Google calendar.
    rec = Att("Maren Sato", "maren.sato@halvardsystems.com", partstat="ACCEPTED")
    pos("greenhouse-recruiter-screen", "en", Ev(
        "google", gid("h6-halvard-screen"), "Halvard Systems: Recruiter call with Jordan Lee",
        "20270112T160000Z", "20270112T163000Z", organizer=rec, attendees=[rec, JL],
        description=("Hi Jordan,\n\nThanks for applying for the Senior Backend Engineer (Billing) position at "
                     "Halvard Systems! This 30 minute call with Maren, our technical recruiter, covers your "
                     "background, what you're looking for and the next steps in our process.\n\n"
                     "Scheduled via Greenhouse\n\n" + meet("qvx-mtra-fpe") + "\n\n" + GCAL_FOOTER)),
        "Halvard Systems", "Senior Backend Engineer (Billing)", "recruiter_screen", [rec.email])

    # Greenhouse technical round: coordinator is the organizer and an optional attendee; two engineers.
    coord = Att("Tess Ambrose (Recruiting Coordinator)", "tess.ambrose@tessellate.ai", role="OPT-PARTICIPANT",
                partstat="ACCEPTED")
    e1 = Att("Oluwaseun Bello", "seun.bello@tessellate.ai")
    e2 = Att("Greta Lindqvist", "greta.lindqvist@tessellate.ai")
    pos("greenhouse-technical-coordinator", "en", Ev(
        "google", gid("h6-tessellate-tech"), "Jordan Lee - Technical Interview (Staff Data Engineer)",
        "20270114T170000Z", "20270114T183000Z", organizer=coord, attendees=[coord, e1, e2, JL],
        description=("Interview schedule for Jordan Lee\nPosition: Staff Data Engineer\n\n"
                     "10:00 - 10:45 PST  Data modelling - Oluwaseun Bello, Senior Data Engineer\n"
                     "10:45 - 11:30 PST  Pipeline design - Greta Lindqvist, Engineering Manager, Data Platform\n\n"
                     "Please have a laptop ready; no prep needed. Tess (coordinating) will not join the call.\n\n"
                     "Tessellate AI | Talent team\n\n" + meet("ubd-nqwe-rta") + "\n\n" + GCAL_FOOTER)),
        "Tessellate AI", "Staff Data Engineer", "technical", [e1.email, e2.email])

    # Lever phone screen; Lever's own calendar file, recruiter as organizer.
    rec = Att("Dario Kemp", "dario@kestrelfreight.com")
    pos("lever-phone-screen", "en", Ev(
        "ats", uuid("h6-kestrel-screen"), "Kestrel Freight <> Jordan Lee | Phone Screen",
        "20270113T150000Z", "20270113T153000Z", organizer=rec, attendees=[rec, JL],
        prodid="-//Lever//Lever Hire Interview//EN",
        description=("Interview: Phone Screen\nCandidate: Jordan Lee\nPosting: Platform Engineer II (Remote, US)\n"
                     "Interviewer: Dario Kemp (Talent Partner)\n\nDario will call you at the number on your "
                     "application: +1 (617) 555-0163.\n\nThis event was scheduled with Lever."),
        location="Phone call", url="https://hire.lever.co/interviews/" + uuid("kestrel-i")),
        "Kestrel Freight", "Platform Engineer II", "recruiter_screen", [rec.email])

    # Ashby virtual onsite: one event for a panel of three, the scheduler as organizer.
    ash = Att("Vireo Payments Recruiting", "no-reply@ashbyhq.com")
    ivs = [Att("Kalani Mahoe", "kalani@vireopay.com"), Att("Ines Duarte", "ines.duarte@vireopay.com"),
           Att("Mo Farouk", "mo@vireopay.com")]
    pos("ashby-virtual-onsite", "en", Ev(
        "ats", "ashby-" + uuid("h6-vireo-onsite"), "Virtual Onsite: Jordan Lee (Platform Engineer) - Vireo Payments",
        "20270120T140000Z", "20270120T173000Z", organizer=ash, attendees=[*ivs, JL],
        prodid="-//Ashby//Interview Scheduler//EN",
        description=("Hi Jordan,\n\nHere is your virtual onsite with Vireo Payments for the Platform Engineer role.\n\n"
                     "9:00am ET - System Design with Kalani Mahoe (Staff Engineer)\n"
                     "10:00am ET - Coding with Ines Duarte (Senior Engineer)\n"
                     "11:00am ET - Break\n11:30am ET - Values & collaboration with Mo Farouk (Head of Platform)\n\n"
                     "All sessions use the same Zoom link:\n\n" + zoom("h6-vireo", "Vireo Payments") +
                     "\n\nNeed to reschedule? Reply to this email.\nPowered by Ashby"),
        location="Zoom (link in description)", fold_limit=75),
        "Vireo Payments", "Platform Engineer", "onsite", [a.email for a in ivs])

    # Workday notification: the organizer is a workflow mailbox; company and requisition only in the body.
    wd = Att("Stonebridge Insurance Careers", "stonebridge@myworkday.com")
    hm = Att("Patrice Whitlock", "patrice.whitlock@stonebridgeins.com")
    pos("workday-hiring-manager", "en", Ev(
        "ats", "WD-CAL-" + hx("h6-stonebridge", 20).upper(), "Interview Scheduled: Software Engineer III - R0048812",
        "20270115T190000Z", "20270115T194500Z", organizer=wd, attendees=[hm, JL],
        prodid="-//Workday//Workday Recruiting Calendar//EN", method="REQUEST",
        description=("Dear Jordan,\n\nYou have been scheduled for an interview for the position of Software "
                     "Engineer III (R0048812) at Stonebridge Insurance.\n\nInterview type: Hiring Manager Interview\n"
                     "Interviewer: Patrice Whitlock, Director, Claims Technology\nFormat: Microsoft Teams (link to "
                     "follow from the interviewer)\n\nIf you need an accommodation, reply to this message.\n\n"
                     "Stonebridge Talent Acquisition\n\nThis is a system-generated message from Workday.")),
        "Stonebridge Insurance", "Software Engineer III", "hiring_manager", [hm.email])

    # GoodTime onsite loop with a room resource and a coordinator.
    gt = Att("Gull Harbor Robotics via GoodTime", "scheduling@goodtime.io")
    coord = Att("Noor Abbasi", "noor.abbasi@gullharbor.com", role="OPT-PARTICIPANT")
    ivs = [Att("Henrik Solberg", "henrik.solberg@gullharbor.com"), Att("Adaeze Nwosu", "adaeze.nwosu@gullharbor.com"),
           Att("Cole Brannigan", "cole.brannigan@gullharbor.com"), Att("Yuki Arai", "yuki.arai@gullharbor.com")]
    pos("goodtime-onsite-rooms", "en", Ev(
        "ats", f"gt-{hx('h6-gull', 10)}@goodtime.io",
        "Onsite Interview – Jordan Lee – Senior Robotics Software Engineer",
        "20270126T090000", "20270126T150000", tz="America/Los_Angeles", organizer=gt,
        attendees=[*ivs, coord, room("SEA-3-Puget (12)", "sea3-puget@gullharbor.com"), JL],
        prodid="-//GoodTime.io//GoodTime Scheduling//EN",
        description=("Welcome to Gull Harbor Robotics!\n\nPlease arrive at 8:45am and check in with Noor Abbasi, "
                     "your Recruiting Coordinator, at the 3rd floor reception.\n\nAgenda\n"
                     "09:00 Henrik Solberg – Robotics Lead – Motion planning deep dive\n"
                     "10:00 Adaeze Nwosu – Senior SWE – Coding (C++)\n11:00 Lunch with the team\n"
                     "12:30 Cole Brannigan – VP Engineering – Leadership & career\n"
                     "13:30 Yuki Arai – Product Manager – Product sense\n\n"
                     "Address: 1201 Western Ave, Suite 300, Seattle, WA 98101\nParking validation at reception."),
        location="Gull Harbor Robotics, 1201 Western Ave, Suite 300, Seattle, WA 98101, Room SEA-3-Puget"),
        "Gull Harbor Robotics", "Senior Robotics Software Engineer", "onsite", [a.email for a in ivs])

    # ModernLoop technical pairing session.
    ml = Att("Auklet Recruiting", "recruiting@auklet.dev")
    ivs = [Att("Sasha Petrenko", "sasha@auklet.dev"), Att("Bram de Vries", "bram@auklet.dev")]
    pos("modernloop-pairing", "en", Ev(
        "ats", f"ml-{uuid('h6-auklet-pair')}", "Auklet | Pair programming session | Jordan Lee",
        "20270119T130000", "20270119T143000", tz="Europe/London", organizer=ml, attendees=[*ivs, JL],
        prodid="-//ModernLoop//ModernLoop Scheduler 2.0//EN",
        description=("Hi Jordan,\n\nYou're confirmed for a 90 minute pair programming session for the Backend Engineer "
                     "(Developer Tools) role. You'll pair with Sasha and Bram on a small, realistic task in our "
                     "codebase; use any language you like.\n\nJoin: https://meet.google.com/hwq-ztpk-oes\n\n"
                     "Scheduled with ModernLoop")),
        "Auklet", "Backend Engineer (Developer Tools)", "technical", [a.email for a in ivs])

    # Calendly: the user booked the recruiter's link; the host's Google calendar sends the invite.
    host = Att("Marisa Chen", "marisa.chen@pinegate.software", partstat="ACCEPTED")
    pos("calendly-booked-recruiter", "en", Ev(
        "google", gid("h6-pinegate-calendly"), "Jordan Lee and Marisa Chen",
        "20270111T220000Z", "20270111T223000Z", organizer=host, attendees=[host, JL],
        description=("Event Name: Pinegate Software – Intro call (30 min)\n\n"
                     "Location: This is a Google Meet web conference.\nhttps://meet.google.com/pkr-yuzx-woc\n\n"
                     "Please share anything that will help prepare for our meeting.\nApplying for the Senior "
                     "Full-Stack Engineer opening; happy to talk any time that week.\n\nNeed to make changes to this "
                     "event?\nCancel: https://calendly.com/cancellations/" + uuid("pg-c") + "\nReschedule: "
                     "https://calendly.com/reschedulings/" + uuid("pg-r") + "\n\nPowered by Calendly.com")),
        "Pinegate Software", "Senior Full-Stack Engineer", "recruiter_screen", [host.email])

    # Pinegate second round: hiring manager, Outlook with a Windows zone name and VTIMEZONE.
    hm = Att("Gideon Marsh", "gideon.marsh@pinegate.software")
    pos("outlook-hiring-manager", "en", Ev(
        "outlook", olk("h6-pinegate-hm"), "Pinegate Software - Hiring Manager Interview - Jordan Lee",
        "20270118T110000", "20270118T120000", tz="Eastern Standard Time", organizer=hm, attendees=[JL],
        description=("Hi Jordan, looking forward to chatting about the Senior Full-Stack Engineer role and the "
                     "Payments squad. I lead the team and will walk you through how we work.\n\nGideon\n\n"
                     + teams("h6-pinegate-hm"))),
        "Pinegate Software", "Senior Full-Stack Engineer", "hiring_manager", [hm.email])

    # Cal.com booking with a startup CTO; no folding (the library does not fold).
    cto = Att("Ravi Subramanian", "ravi@redalder.bio")
    pos("calcom-technical", "en", Ev(
        "ats", f"{hx('h6-redalder', 22)}@Cal.com", "Technical deep dive between Ravi Subramanian and Jordan Lee",
        "20270121T163000Z", "20270121T173000Z", organizer=cto, attendees=[JL], method="REQUEST",
        prodid="-//Cal.com Inc.//Cal.com Event//EN", fold_limit=10000,
        description=("What: Technical deep dive between Ravi Subramanian and Jordan Lee\nInvitee Time Zone: "
                     "Europe/Berlin\nWho:\nRavi Subramanian - Organizer\nravi@redalder.bio\nJordan Lee\n"
                     "jordan.lee@gmail.com\nWhere: Cal Video\nDescription\nSecond interview for the Bioinformatics "
                     "Platform Engineer role at Red Alder Bio: we'll go through the take-home together and talk "
                     "architecture.\nNeed to make a change? Cancel or reschedule: https://cal.com/booking/"
                     + hx("ra", 22)), location="https://app.cal.com/video/" + hx("ra-v", 20)),
        "Red Alder Bio", "Bioinformatics Platform Engineer", "technical", [cto.email])

    # Direct Google invite from a hiring manager with a short note.
    hm = Att("Samira Haddou", "samira.haddou@ironbarkhealth.com", partstat="ACCEPTED")
    pos("google-direct-hm", "en", Ev(
        "google", gid("h6-ironbark-hm"), "Jordan / Samira - intro to the Care Platform team",
        "20270113T100000", "20270113T104500", tz="America/Chicago", organizer=hm, attendees=[hm, JL],
        description=("Hi Jordan - Lukas from our recruiting team passed along your profile for the Senior Backend "
                     "Engineer, Care Platform opening. As the hiring manager I'd love to hear about your experience "
                     "with event-driven systems and tell you about the team.\n\n" + meet("ibk-samh-wmn") + "\n\n"
                     + GCAL_FOOTER)),
        "Ironbark Health", "Senior Backend Engineer, Care Platform", "hiring_manager", [hm.email])

    # Ironbark final with the CTO, Zoom, rescheduled (same UID, higher SEQUENCE).
    cto = Att("Winston Achebe", "winston@ironbarkhealth.com")
    pos("rescheduled-final-cto", "en", Ev(
        "google", gid("h6-ironbark-final"), "Updated invitation: Final conversation - Jordan Lee & Winston (CTO)",
        "20270128T200000Z", "20270128T204500Z", organizer=cto, attendees=[cto, JL], seq=2,
        description=("Moved to Thursday at Winston's request - apologies for the shuffle!\n\nFinal round for the "
                     "Senior Backend Engineer, Care Platform role: a conversation with our CTO about how you'd "
                     "approach the first 90 days.\n\n" + zoom("h6-ironbark-final", "Winston Achebe") + "\n\n"
                     + GCAL_FOOTER)),
        "Ironbark Health", "Senior Backend Engineer, Care Platform", "final", [cto.email], "rescheduled")

    # Outlook invite from an investment firm: Teams, Windows zone without VTIMEZONE, an HTML body.
    ivs = [Att("Bennett, Clara", "clara.bennett@brackenridgecap.com"),
           Att("Okafor, Emeka", "emeka.okafor@brackenridgecap.com")]
    pos("outlook-technical-no-vtimezone", "en", Ev(
        "outlook", olk("h6-brackenridge-tech"), "Interview – Jordan Lee – Cloud Security Engineer (Round 2)",
        "20270119T140000", "20270119T150000", tz="GMT Standard Time", vtz=False,
        organizer=Att("Talent Acquisition", "talent@brackenridgecap.com"), attendees=[*ivs, JL],
        description=("Dear Jordan,\n\nPlease find below the details for your second-round technical interview for the "
                     "Cloud Security Engineer position with Brackenridge Capital. You will meet Clara Bennett "
                     "(Head of Cloud Security) and Emeka Okafor (Principal Security Architect).\n\nKind regards,\n"
                     "Talent Acquisition\n\n" + teams("h6-brackenridge")),
        html="<html><body><p>Dear Jordan,</p><p>Please find below the details for your second-round technical "
             "interview.</p></body></html>"),
        "Brackenridge Capital", "Cloud Security Engineer", "technical", [a.email for a in ivs])

    # The user forwarded the invite from the work mailbox to the private one (FW: prefix).
    rec = Att("Lena Hoffmann", "lena.hoffmann@quarryquill.com")
    pos("outlook-forwarded", "en", Ev(
        "outlook", olk("h6-quarry-fw"), "FW: Quarry & Quill – video interview, Jordan Lee (Solutions Architect)",
        "20270122T150000", "20270122T160000", tz="Romance Standard Time", organizer=rec, attendees=[JL, JLW],
        method="REQUEST",
        description=("-----Original Appointment-----\nFrom: Lena Hoffmann <lena.hoffmann@quarryquill.com>\n"
                     "Sent: Monday, January 11, 2027 9:02 AM\nTo: Jordan Lee\nSubject: Quarry & Quill – video "
                     "interview, Jordan Lee (Solutions Architect)\nWhen: Friday, January 22, 2027 3:00 PM-4:00 PM "
                     "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris.\nWhere: Microsoft Teams Meeting\n\n"
                     "Hello Jordan,\n\nAs discussed, here is the invitation for your first interview with me "
                     "(Talent Acquisition Lead) about the Solutions Architect role.\n\nBest,\nLena\n\n"
                     + teams("h6-quarry")), location="Microsoft Teams Meeting"),
        "Quarry & Quill", "Solutions Architect", "recruiter_screen", [rec.email])

    # Founder on free mail; the company name is only in the text.
    fnd = Att("Lena Voss", "lena.voss.builds@gmail.com", partstat="ACCEPTED")
    pos("founder-gmail", "en", Ev(
        "google", gid("h6-nimbus-founder"), "Jordan x Nimbus Orchard - founding engineer interview",
        "20270116T090000", "20270116T100000", tz="Europe/Berlin", organizer=fnd, attendees=[fnd, JL],
        description=("Hey Jordan! Great to connect via the HN thread. This is the first proper interview for the "
                     "founding engineer role at Nimbus Orchard - I'll ask about things you've built end to end and "
                     "you can grill me about the company.\n\nLena (co-founder & CEO)\n\n" + meet("nmb-orch-vss", "en")
                     + "\n\n" + GCAL_FOOTER)),
        "Nimbus Orchard", "Founding Engineer", "", [fnd.email], "free-mail founder")

    # Agency invite naming the employer; the agency recruiter organizes but does not attend.
    ag = Att("Sophie Grant | Talentbridge", "sophie.grant@talentbridge-search.co.uk")
    hm = Att("Ewan McAllister", "ewan.mcallister@fernhollowgames.com")
    pos("agency-outlook-employer", "en", Ev(
        "outlook", olk("h6-fernhollow-agency"), "Interview: Fernhollow Games – Senior Gameplay Engineer (Jordan Lee)",
        "20270120T103000", "20270120T113000", tz="GMT Standard Time", organizer=ag, attendees=[hm, JL],
        description=("Hi Jordan,\n\nDelighted to confirm your interview with Fernhollow Games for the Senior "
                     "Gameplay Engineer role. You'll be speaking with Ewan McAllister, Lead Engineer and hiring "
                     "manager for the team. I won't be on the call but give me a ring afterwards to debrief.\n\n"
                     "Good luck!\nSophie Grant\nSenior Consultant, Talentbridge Search\n\n" + teams("h6-fernhollow"))),
        "Fernhollow Games", "Senior Gameplay Engineer", "hiring_manager", [hm.email], "agency")

    # Title-only entry the user typed into the private calendar from a phone.
    pos("handtyped-chat-title", "en", Ev(
        "apple", uuid("h6-marisol-chat", upper=True), "Chat with Priyanka (Marisol Analytics)",
        "20270112T133000", "20270112T140000", tz="Europe/Berlin", method=None,
        prodid="-//Apple Inc.//iPhone OS 17.5.1//EN",
        description="She's the hiring manager for the analytics engineer role. Phone, she calls me.", alarm=True),
        "Marisol Analytics", "Analytics Engineer", "hiring_manager", ["Priyanka"], "title only")

    # The user copied a final round by hand: floating time, address, names only in the notes.
    pos("handcopied-final-floating", "en", Ev(
        "google", gid("h6-quarry-final"), "Quarry & Quill final round (onsite)", "20270203T093000",
        "20270203T133000", tz="floating", method="PUBLISH", cal_name="Jordan (personal)", x_wr_tz="Europe/Berlin",
        description=("Final round for Solutions Architect. 4 x 45 min:\n- Ana Ruiz (VP Eng)\n- Tom Hale (Principal "
                     "Architect)\n- Beatriz Oyelaran (Customer Success)\n- lunch with the team\n"
                     "Bring ID for reception. "
                     "Lena said decision by mid Feb."),
        location="Quarry & Quill, 14 Rue des Petites Écuries, 75010 Paris"),
        "Quarry & Quill", "Solutions Architect", "final", ["Ana Ruiz", "Tom Hale", "Beatriz Oyelaran"], "hand copied")

    # All-day onsite copied into the private calendar (Google export with X-WR-TIMEZONE).
    pos("allday-onsite", "en", Ev(
        "google", gid("h6-meridian-onsite"), "Onsite @ Meridian Tide – Staff SRE interviews",
        "20270209", "20270210", tz="date", method="PUBLISH", x_wr_tz="Europe/Berlin", cal_name="Jordan Lee",
        description="Full day in Rotterdam. Travel booked by their recruiter (Femke). Agenda to follow by email.",
        location="Meridian Tide BV, Wilhelminakade 91, Rotterdam"),
        "Meridian Tide", "Staff SRE", "onsite", [], "all-day")

    # Cancelled Greenhouse round.
    rec = Att("Copperleaf Energy Recruiting", "recruiting@copperleaf-energy.com")
    iv = Att("Harriet Osei", "harriet.osei@copperleaf-energy.com")
    pos("cancelled-technical", "en", Ev(
        "google", gid("h6-copperleaf-tech"), "Canceled event: Copperleaf Energy | Technical Interview | Jordan Lee",
        "20270125T150000Z", "20270125T160000Z", organizer=rec, attendees=[iv, JL], status="CANCELLED",
        method="CANCEL", seq=1,
        description=("This event has been canceled.\n\nCopperleaf Energy | Technical Interview | Jordan Lee\n"
                     "Grid Software Engineer – systems design with Harriet Osei (Principal Engineer)\n\n"
                     + zoom("h6-copperleaf", "Copperleaf Energy Recruiting"))),
        "Copperleaf Energy", "Grid Software Engineer", "technical", [iv.email], "cancelled")

    # Webex panel at a large bank-like employer; Outlook from Exchange Online.
    ivs = [Att("Rosalind Achterberg", "r.achterberg@lumenloom.com"), Att("Tobias Wren", "t.wren@lumenloom.com"),
           Att("Anjali Rao", "a.rao@lumenloom.com")]
    pos("webex-panel", "en", Ev(
        "outlook", olk("h6-lumenloom-panel"), "Panel interview – Data Platform Lead – Jordan Lee",
        "20270127T090000", "20270127T103000", tz="Eastern Standard Time", prodid="Microsoft Exchange Server 2019",
        organizer=Att("Lumen & Loom Talent", "careers@lumenloom.com"), attendees=[*ivs, JL],
        description=("Thank you for your interest in Lumen & Loom. Your 90 minute final-round panel "
                     "for the Data Platform Lead "
                     "position includes a 20 minute presentation (see the brief we emailed) followed by questions "
                     "from the panel.\n\n" + webex("h6-lumenloom", "lumenloom")), location="Webex"),
        "Lumen & Loom", "Data Platform Lead", "final", [a.email for a in ivs], "presentation panel")

    # Internal transfer: the user is the candidate at the current employer.
    hm = Att("Rachel Ng", "rachel.ng@northwind-labs.com")
    pos("internal-transfer", "en", Ev(
        "google", gid("h6-nw-internal-mobility"),
        "Internal mobility interview: Jordan Lee for Staff Engineer, Payments",
        "20270121T130000", "20270121T140000", tz="Europe/Berlin", organizer=Att("Northwind People Team",
        "people@northwind-labs.com"), attendees=[hm, JLW],
        description=("Hi Jordan,\n\nAs part of your application through the internal job board, Rachel Ng (Director "
                     "of Engineering, Payments) would like to interview you for the Staff Engineer, Payments "
                     "opening. Your current manager has been informed per the internal mobility policy.\n\n"
                     "People Team\n\n" + meet("nwl-intm-rcl")), location="Berlin HQ – Room Elbe"),
        "Northwind Labs", "Staff Engineer, Payments", "hiring_manager", [hm.email], "internal transfer")

    # Group assessment at a consultancy.
    ivs = [Att("Imogen Pryce", "imogen.pryce@stonewardconsulting.com"),
           Att("Marcus Oyelowo", "marcus.oyelowo@stonewardconsulting.com")]
    pos("group-assessment", "en", Ev(
        "google", gid("h6-stoneward-ac"), "Stoneward Consulting – Assessment Day (Technology Consultant)",
        "20270204T083000Z", "20270204T150000Z", organizer=Att("Stoneward Early Careers & Experienced Hire",
        "hiring@stonewardconsulting.com"), attendees=[*ivs, JL],
        description=("Dear Jordan,\n\nWe are pleased to invite you to our assessment day for the Technology "
                     "Consultant role. The day includes a group case exercise with five other candidates, a "
                     "written exercise and a one-to-one competency interview with Imogen Pryce (Partner) and "
                     "Marcus Oyelowo (Senior Manager).\n\nPlease bring photo ID.\n\n" + GCAL_FOOTER),
        location="Stoneward Consulting, 30 Finsbury Square, London EC2A 1AG"),
        "Stoneward Consulting", "Technology Consultant", "onsite", [a.email for a in ivs], "assessment centre")

    # Take-home review over Zoom, invite from an engineer's Google calendar.
    eng = Att("Callum Reyes", "callum.reyes@sablefin.com", partstat="ACCEPTED")
    pos("takehome-review", "en", Ev(
        "google", gid("h6-sablefin-takehome"), "Sablefin take-home walkthrough – Jordan Lee",
        "20270126T170000Z", "20270126T180000Z", organizer=eng, attendees=[eng, JL],
        description=("Thanks for submitting the take-home! In this session we'll walk through your solution, "
                     "discuss trade-offs and extend it together. Role: Product Engineer (Mobile).\n\n"
                     + zoom("h6-sablefin", "Callum Reyes") + "\n\n" + GCAL_FOOTER)),
        "Sablefin", "Product Engineer (Mobile)", "technical", [eng.email])

    # Recurring paid work-trial days with one day moved (override).
    lead = Att("Kit Darrow", "kit@sablefin.com", partstat="ACCEPTED")
    pos("recurring-worktrial-override", "en", Ev(
        "google", gid("h6-sablefin-trial"), "Sablefin paid work trial (Product Engineer) – day with the mobile team",
        "20270208T093000", "20270208T170000", tz="Europe/London", organizer=lead, attendees=[lead, JL],
        rrule="FREQ=DAILY;COUNT=3",
        description=("Final stage of the Product Engineer (Mobile) process: three paid trial days working with the "
                     "mobile squad. Kit Darrow (Mobile Lead) is your buddy.\n\nOffice: 5 Hoxton Square, London"),
        location="Sablefin, 5 Hoxton Square, London N1 6NU",
        overrides=[Ov("20270209T093000", "20270209T113000", "20270209T190000",
                      "Sablefin paid work trial – day 2 (late start)")]),
        "Sablefin", "Product Engineer (Mobile)", "final", [lead.email], "recurring with override")

    # Phone screen where the company is only in the organizer's domain and signature.
    rec = Att("Jasper Holm", "jasper.holm@gullharbor.com")
    pos("phone-screen-plain", "en", Ev(
        "google", gid("h6-gull-phone"), "Phone Screen: Jordan Lee", "20270113T180000Z", "20270113T183000Z",
        organizer=rec, attendees=[rec, JL],
        description=("I'll call you on +49 151 5550 1187.\n\nJasper Holm\nTechnical Recruiter | Gull Harbor Robotics"),
        location="Phone"),
        "Gull Harbor Robotics", "", "recruiter_screen", [rec.email])

    # Lever virtual onsite sent as separate back-to-back events; this is one of them.
    iv = Att("Naledi Khumalo", "naledi.khumalo@kestrelfreight.com")
    pos("lever-system-design", "en", Ev(
        "ats", uuid("h6-kestrel-sd"), "Kestrel Freight Virtual Onsite (2/4) - Jordan Lee",
        "20270127T160000Z", "20270127T170000Z", organizer=Att("Kestrel Freight Talent", "talent@kestrelfreight.com"),
        attendees=[iv, JL], prodid="-//Lever//Lever Hire Interview//EN",
        description=("Virtual onsite – Platform Engineer II\n\nSession 2 of 4: System Design\nInterviewer: Naledi "
                     "Khumalo, Staff Engineer\n\nJoin: https://meet.google.com/kfr-sdnk-lhu\n\nThis event was "
                     "scheduled with Lever.")),
        "Kestrel Freight", "Platform Engineer II", "onsite", [iv.email])

    # An Apple Calendar invite from an engineering director using iCloud with a work address as organizer.
    dr = Att("Hollis Graham", "hollis@fieldnotes.app")
    pos("apple-direct-invite", "en", Ev(
        "apple", uuid("h6-fieldnotes", upper=True), "Fieldnotes – coffee & interview with Hollis (Eng Director)",
        "20270202T100000", "20270202T110000", tz="America/New_York", organizer=dr,
        attendees=[Att("Hollis Graham", "hollis@fieldnotes.app", role="CHAIR", partstat="ACCEPTED"), JL],
        description=("Let's meet at the office and grab a coffee. This is the hiring manager interview for the Senior "
                     "iOS Engineer role – expect questions about your past projects and how you work with design."),
        location="Fieldnotes HQ, 220 Water St, Brooklyn, NY 11201",
        extra=["X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=220 Water St\\nBrooklyn NY 11201\\nUnited States;"
               "X-APPLE-RADIUS=70.6;X-TITLE=Fieldnotes HQ:geo:40.703190,-73.988270"]),
        "Fieldnotes", "Senior iOS Engineer", "hiring_manager", [dr.email], "coffee wording")

    # Executive round via GoodTime, coordinator as organizer, VP as the only interviewer.
    vp = Att("Delphine Marchetti", "delphine.marchetti@tessellate.ai")
    pos("goodtime-final-exec", "en", Ev(
        "ats", f"gt-{hx('h6-tess-final', 10)}@goodtime.io",
        "Final Interview: Jordan Lee <> Delphine Marchetti (VP Eng)",
        "20270129T180000Z", "20270129T184500Z", organizer=Att("Tess Ambrose", "tess.ambrose@tessellate.ai"),
        attendees=[vp, JL], prodid="-//GoodTime.io//GoodTime Scheduling//EN",
        description=("Hi Jordan, congratulations on reaching the final stage for Staff Data Engineer! Delphine, our "
                     "VP of Engineering, would like to meet you.\n\nTess Ambrose, Recruiting Coordinator\n\n"
                     + meet("tsl-fnl-dlm"))),
        "Tessellate AI", "Staff Data Engineer", "final", [vp.email])

    # A recruiter screen set up by an ATS relay address; the real company shows in attendee domains.
    rec = Att("Priya Venkataraman", "priya.v@brightwaterlabs.io")
    pos("smartrecruiters-relay", "en", Ev(
        "ats", f"sr-{hx('h6-brightwater', 16)}", "Interview with Brightwater Labs",
        "20270114T140000Z", "20270114T143000Z",
        organizer=Att("Brightwater Labs", "noreply@smartrecruiters.com"), attendees=[rec, JL],
        prodid="-//SmartRecruiters//Interview Scheduler//EN",
        description=("Interview type: Recruiter screen (30 min)\nJob: Machine Learning Engineer, Search\n"
                     "Interviewer: Priya Venkataraman\nLocation: Google Meet https://meet.google.com/bwl-prya-vkt\n\n"
                     "Manage your interview at https://jobs.smartrecruiters.com/")),
        "Brightwater Labs", "Machine Learning Engineer, Search", "recruiter_screen", [rec.email])

    # Short direct invite with hardly any text; company from the domain, role from the title.
    iv = Att("Otto Brandauer", "otto@quietharbor.dev", partstat="ACCEPTED")
    pos("terse-direct", "en", Ev(
        "google", gid("h6-quietharbor"), "Quiet Harbor: DevOps Engineer interview (Jordan)",
        "20270118T150000Z", "20270118T154500Z", organizer=iv, attendees=[iv, JL],
        description=meet("qhb-otto-dvp") + "\n\n" + GCAL_FOOTER),
        "Quiet Harbor", "DevOps Engineer", "", [iv.email])

    # Rooms as Google resources and a candidate-facing onsite at a hardware company.
    ivs = [Att("Farah Quraishi", "farah.q@orbitalmesh.com"), Att("Jonas Eberhardt", "jonas.e@orbitalmesh.com")]
    pos("google-onsite-resource-room", "en", Ev(
        "google", gid("h6-orbital-onsite"), "Orbital Mesh onsite: Jordan Lee (Embedded Linux Engineer)",
        "20270205T100000", "20270205T130000", tz="Europe/Zurich",
        organizer=Att("Orbital Mesh Hiring", "hiring@orbitalmesh.com"),
        attendees=[*ivs, room("ZRH-2-Limmat (6)", "c_1889" + hx("lim", 14) + "@resource.calendar.google.com",
                              "RESOURCE"), JL],
        description=("Onsite interviews for the Embedded Linux Engineer role: hardware lab tour, a debugging "
                     "exercise with Farah Quraishi and a design conversation with Jonas Eberhardt."),
        location="Orbital Mesh AG, Hardturmstrasse 161, 8005 Zürich"),
        "Orbital Mesh", "Embedded Linux Engineer", "onsite", [a.email for a in ivs], "room resource")


def _interviews_de() -> None:
    """Adds the user's own interviews written in German."""
    rec = Att("Svenja Kórös", "svenja.koros@feldkraft.de")
    pos("personio-kennenlernen", "de", Ev(
        "ats", f"personio-{hx('h6-feldkraft-kl', 18)}", "Kennenlerngespräch – Feldkraft GmbH",
        "20270112T100000", "20270112T104500", tz="Europe/Berlin", organizer=Att("Feldkraft GmbH",
        "noreply@feldkraft.jobs.personio.de"), attendees=[rec, JL], prodid="-//Personio GmbH//Recruiting//DE",
        description=("Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung als Senior Softwareentwickler (m/w/d) "
                     "Industrie-IoT. Gerne möchten wir Sie in einem ersten, lockeren Kennenlerngespräch mit Svenja "
                     "Kórös (Talent Acquisition) näher kennenlernen.\n\nDas Gespräch findet per Microsoft Teams "
                     "statt; den Link erhalten Sie separat.\n\nViele Grüße\nIhr Feldkraft Recruiting-Team")),
        "Feldkraft", "Senior Softwareentwickler (m/w/d) Industrie-IoT", "recruiter_screen", [rec.email])

    ivs = [Att("Dr. Matthias Brenner", "m.brenner@lindwurm-logistik.de"),
           Att("Aylin Demir", "a.demir@lindwurm-logistik.de")]
    pos("outlook-vorstellungsgespraech-teams", "de", Ev(
        "outlook", olk("h6-lindwurm-vg"), "Vorstellungsgespräch Backend-Entwickler (m/w/d) – Jordan Lee",
        "20270115T140000", "20270115T150000", tz="W. Europe Standard Time", lang="de-DE",
        organizer=Att("Personalabteilung Lindwurm", "karriere@lindwurm-logistik.de"), attendees=[*ivs, JL],
        description=("Sehr geehrte/r Jordan Lee,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die "
                     "Position Backend-Entwickler (m/w/d) einzuladen. Ihre Gesprächspartner sind Dr. Matthias "
                     "Brenner (Bereichsleiter IT, Ihr zukünftiger Vorgesetzter) und Aylin Demir (Teamleitung "
                     "Plattform).\n\nMit freundlichen Grüßen\nLindwurm Logistik SE – Personalabteilung\n\n"
                     + teams("h6-lindwurm", "de")), location="Microsoft Teams-Besprechung"),
        "Lindwurm Logistik", "Backend-Entwickler (m/w/d)", "hiring_manager", [a.email for a in ivs])

    iv = Att("Konstantin Weber", "konstantin.weber@kranich-mobility.de", partstat="ACCEPTED")
    pos("google-technisches-interview", "de", Ev(
        "google", gid("h6-kranich-tech"), "Technisches Interview: Jordan Lee / Kranich Mobility",
        "20270119T090000Z", "20270119T100000Z", organizer=iv, attendees=[iv, JL],
        description=("Hi Jordan,\n\nwie besprochen das technische Interview für die Stelle als Data Engineer "
                     "(Flottenanalyse): 60 Minuten, davon ca. 40 Minuten Live-Coding in Python und SQL.\n\n"
                     "Bis dann!\nKonstantin\n\n" + meet("krn-tech-kwb", "de"))),
        "Kranich Mobility", "Data Engineer (Flottenanalyse)", "technical", [iv.email])

    pos("probearbeitstag-apple", "de", Ev(
        "apple", uuid("h6-hafenlicht-probe", upper=True), "Probearbeitstag Hafenlicht Energie",
        "20270201T090000", "20270201T170000", tz="Europe/Berlin", method=None,
        description=("Letzte Runde für die Stelle Cloud Engineer. Ansprechpartnerin vor Ort: Frauke Jessen "
                     "(Teamleiterin Cloud). Laptop wird gestellt. Mittagessen mit dem Team."),
        location="Hafenlicht Energie GmbH\nAm Sandtorkai 50\n20457 Hamburg",
        extra=["X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Am Sandtorkai 50\\n20457 Hamburg\\nDeutschland;"
               "X-APPLE-RADIUS=49.9;X-TITLE=Hafenlicht Energie GmbH:geo:53.543210,9.989120"]),
        "Hafenlicht Energie", "Cloud Engineer", "final", ["Frauke Jessen"], "trial day")

    ivs = [Att("Petra Lohmann", "petra.lohmann@bergquell-versicherung.de"),
           Att("Yusuf Aksoy", "yusuf.aksoy@bergquell-versicherung.de")]
    pos("assessment-center", "de", Ev(
        "outlook", olk("h6-bergquell-ac"), "Einladung Assessment Center – IT-Architekt (w/m/d)",
        "20270210T083000", "20270210T160000", tz="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        lang="de-DE", organizer=Att("Bergquell Versicherung AG – Recruiting", "recruiting@bergquell-versicherung.de"),
        attendees=[*ivs, room("KÖL-EG-Raum Rhein", "raum.rhein@bergquell-versicherung.de"), JL],
        description=("Guten Tag Jordan Lee,\n\nim Rahmen Ihrer Bewerbung als IT-Architekt (w/m/d) laden wir Sie zu "
                     "unserem eintägigen Assessment Center ein: Gruppenübung, Fallstudie mit Präsentation und ein "
                     "Interview mit Petra Lohmann (Leiterin Enterprise Architecture) und Yusuf Aksoy (HR Business "
                     "Partner).\n\nAnfahrt: Konrad-Adenauer-Ufer 3, 50668 Köln, Empfang im Erdgeschoss."),
        location="Bergquell Versicherung, Konrad-Adenauer-Ufer 3, 50668 Köln – Raum Rhein"),
        "Bergquell Versicherung", "IT-Architekt (w/m/d)", "onsite", [a.email for a in ivs], "assessment centre")

    gf = Att("Henning Brückner", "h.brueckner@brueckner-soehne.de")
    pos("zweitgespraech-gf", "de", Ev(
        "outlook", olk("h6-brueckner-2"), "Zweitgespräch mit der Geschäftsführung (Jordan Lee)",
        "20270204T110000", "20270204T120000", tz="W. Europe Standard Time", lang="de-DE", organizer=gf,
        attendees=[JL, Att("Assistenz GF", "assistenz@brueckner-soehne.de", role="OPT-PARTICIPANT")],
        description=("Hallo Herr Lee,\n\nnach dem positiven Erstgespräch möchte ich Sie gern persönlich kennenlernen. "
                     "Im Zweitgespräch sprechen wir über die Rolle als Teamlead Softwareentwicklung und die "
                     "Konditionen.\n\nBeste Grüße\nHenning Brückner\nGeschäftsführer, Brückner & Söhne Software GmbH"),
        location="Brückner & Söhne Software GmbH, Königstraße 12, 70173 Stuttgart"),
        "Brückner & Söhne Software", "Teamlead Softwareentwicklung", "final", [gf.email])

    ag = Att("Jana Krüger (Talentwerk)", "j.krueger@talentwerk-personal.de", partstat="ACCEPTED")
    hm = Att("Dr. Ingo Faltermeier", "ingo.faltermeier@sonnfeld-medtech.de")
    pos("agentur-vorstellung", "de", Ev(
        "google", gid("h6-sonnfeld-agency"), "Vorstellung bei Sonnfeld Medizintechnik – Embedded Softwareentwickler",
        "20270122T130000Z", "20270122T140000Z", organizer=ag, attendees=[ag, hm, JL],
        description=("Hallo Jordan,\n\nwie telefonisch besprochen stelle ich Sie bei unserem Kunden Sonnfeld "
                     "Medizintechnik vor. Gesprächspartner ist Dr. Ingo Faltermeier (Leiter Entwicklung). Ich bin "
                     "nur für die ersten fünf Minuten zur Vorstellung dabei und verlasse dann das Gespräch.\n\n"
                     "Viele Grüße\nJana Krüger\nTalentwerk Personalberatung\n\n" + meet("snf-med-jkr", "de")
                     + "\n\n" + GCAL_FOOTER)),
        "Sonnfeld Medizintechnik", "Embedded Softwareentwickler", "hiring_manager", [hm.email], "agency")

    ivs = [Att("Lea Schubert", "lea.schubert@feldkraft.de"), Att("Timo Vogel", "timo.vogel@feldkraft.de")]
    pos("zoom-fachinterview", "de", Ev(
        "ats", f"personio-{hx('h6-feldkraft-fach', 18)}", "Fachinterview Systemdesign – Feldkraft GmbH",
        "20270126T130000", "20270126T143000", tz="Europe/Berlin", organizer=Att("Feldkraft GmbH",
        "noreply@feldkraft.jobs.personio.de"), attendees=[*ivs, JL], prodid="-//Personio GmbH//Recruiting//DE",
        description=("Hallo Jordan,\n\nin der zweiten Runde für die Position Senior Softwareentwickler (m/w/d) "
                     "Industrie-IoT sprechen Sie mit Lea Schubert (Principal Engineer) und Timo Vogel (Engineering "
                     "Manager) über Systemdesign.\n\n" + zoom("h6-feldkraft-fach", "Lea Schubert", "de"))),
        "Feldkraft", "Senior Softwareentwickler (m/w/d) Industrie-IoT", "technical", [a.email for a in ivs])


    iv = Att("Jens Ohlsen", "jens.ohlsen@wattwerk-solar.de")
    pos("abgesagt-fachgespraech", "de", Ev(
        "outlook", olk("h6-wattwerk-fach"), "Abgesagt: Fachgespräch DevOps Engineer (m/w/d) – Jordan Lee",
        "20270128T100000", "20270128T110000", tz="W. Europe Standard Time", lang="de-DE", organizer=iv,
        attendees=[JL], status="CANCELLED", method="CANCEL", seq=1,
        description=("Hallo Jordan,\n\nleider muss ich unser Fachgespräch für die Stelle DevOps Engineer (m/w/d) bei "
                     "Wattwerk Solar absagen, da ich kurzfristig verhindert bin. Ich melde mich mit neuen "
                     "Terminvorschlägen.\n\nViele Grüße\nJens Ohlsen\nTeamleiter Plattform")),
        "Wattwerk Solar", "DevOps Engineer (m/w/d)", "technical", [iv.email], "cancelled")

def _interviews_fr() -> None:
    """Adds the user's own interviews written in French."""
    rh = Att("Camille Roussel", "camille.roussel@maison-ardoise.fr")
    pos("wttj-entretien-rh", "fr", Ev(
        "ats", f"wttj-{hx('h6-ardoise-rh', 20)}", "Entretien RH – Maison Ardoise x Jordan Lee",
        "20270113T093000", "20270113T100000", tz="Europe/Paris",
        organizer=Att("Maison Ardoise", "no-reply@welcometothejungle.com"), attendees=[rh, JL],
        prodid="-//Welcome to the Jungle//Recrutement//FR",
        description=("Bonjour Jordan,\n\nSuite à votre candidature au poste de Développeur·se Backend senior, "
                     "Camille Roussel (Chargée de recrutement) vous propose un premier entretien téléphonique de 30 "
                     "minutes.\n\nÀ bientôt,\nL'équipe Maison Ardoise"), location="Téléphone"),
        "Maison Ardoise", "Développeur·se Backend senior", "recruiter_screen", [rh.email])

    ivs = [Att("Yanis Belkacem", "yanis@calanque.io", partstat="ACCEPTED"), Att("Manon Girard", "manon@calanque.io")]
    pos("google-entretien-technique", "fr", Ev(
        "google", gid("h6-calanque-tech"), "Entretien technique - Calanque Data (Ingénieur Data)",
        "20270118T140000Z", "20270118T151500Z", organizer=ivs[0], attendees=[*ivs, JL],
        description=("Bonjour Jordan,\n\nComme convenu, voici l'invitation pour l'entretien technique : exercice de "
                     "modélisation de données puis questions sur Spark et dbt avec Manon.\n\nYanis, Lead Data\n\n"
                     + meet("clq-tech-ybk", "fr"))),
        "Calanque Data", "Ingénieur Data", "technical", [a.email for a in ivs])

    mgr = Att("Hélène Fabre", "helene.fabre@pivoine-sante.fr")
    pos("outlook-entretien-manager", "fr", Ev(
        "outlook", olk("h6-pivoine-mgr"), "Entretien avec la manager – poste Architecte Cloud – Jordan Lee",
        "20270120T163000", "20270120T173000", tz="Romance Standard Time", lang="fr-FR", organizer=mgr,
        attendees=[JL],
        description=("Bonjour Jordan,\n\nJe vous propose un échange d'une heure pour faire connaissance et vous "
                     "présenter l'équipe que je dirige chez Pivoine Santé.\n\nBien cordialement,\nHélène Fabre\n"
                     "Responsable Infrastructure\n\n" + teams("h6-pivoine", "fr")), location="Réunion Microsoft Teams"),
        "Pivoine Santé", "Architecte Cloud", "hiring_manager", [mgr.email])

    ivs = [Att("Arnaud Lefèvre", "arnaud.lefevre@groupe-vermeil.com"),
           Att("Sofia Benali", "sofia.benali@groupe-vermeil.com"),
           Att("Thibault Moreau", "thibault.moreau@groupe-vermeil.com")]
    pos("journee-sur-site", "fr", Ev(
        "outlook", olk("h6-vermeil-site"), "Entretiens sur site – Groupe Vermeil – Lead Développeur Java",
        "20270202T093000", "20270202T130000", tz="Romance Standard Time", lang="fr-FR",
        organizer=Att("Recrutement Groupe Vermeil", "recrutement@groupe-vermeil.com"),
        attendees=[*ivs, room("Salle Garonne (10 pers.)", "salle.garonne@groupe-vermeil.com"), JL],
        description=("Bonjour,\n\nNous avons le plaisir de vous accueillir pour une matinée d'entretiens dans nos "
                     "locaux :\n9h30 Arnaud Lefèvre, DSI adjoint\n10h30 Sofia Benali, Architecte logiciel (exercice "
                     "technique)\n11h30 Thibault Moreau, Responsable RH\n\nAdresse : 8 allées Jean Jaurès, 31000 "
                     "Toulouse. Merci de vous présenter à l'accueil avec une pièce d'identité."),
        location="Groupe Vermeil, 8 allées Jean Jaurès, 31000 Toulouse – Salle Garonne"),
        "Groupe Vermeil", "Lead Développeur Java", "onsite", [a.email for a in ivs])

    rec = Att("Inès Marchal", "ines.marchal@lumiere-fret.fr")
    pos("echange-telephonique", "fr", Ev(
        "google", gid("h6-lumiere-tel"), "Premier échange téléphonique (Lumière Fret / Jordan Lee)",
        "20270114T080000Z", "20270114T083000Z", organizer=rec, attendees=[rec, JL],
        description=("Bonjour Jordan, je vous appellerai au numéro indiqué dans votre CV pour un premier échange "
                     "autour du poste d'Ingénieur DevOps. Bonne journée, Inès – Talent Acquisition, Lumière Fret\n\n"
                     + GCAL_FOOTER), location="Appel téléphonique"),
        "Lumière Fret", "Ingénieur DevOps", "recruiter_screen", [rec.email])

    ceo = Att("Maëlle Kerbrat", "maelle@calanque.io", partstat="ACCEPTED")
    pos("entretien-final-ceo", "fr", Ev(
        "google", gid("h6-calanque-final"), "Dernier entretien avec Maëlle (CEO) – Calanque Data",
        "20270129T100000", "20270129T110000", tz="Europe/Paris", organizer=ceo, attendees=[ceo, JL],
        description=("Dernière étape du processus pour le poste d'Ingénieur Data : un échange avec notre CEO, dans nos "
                     "bureaux à Marseille.\n\nCalanque Data, 12 quai de Rive Neuve, 13007 Marseille"),
        location="Calanque Data, 12 quai de Rive Neuve, 13007 Marseille"),
        "Calanque Data", "Ingénieur Data", "final", [ceo.email])

    cab = Att("Bastien Roche – Orée Conseil", "b.roche@oree-conseil.fr")
    cli = Att("Nadia Haddad", "nadia.haddad@banque-sarrazin.fr")
    pos("cabinet-entretien-client", "fr", Ev(
        "outlook", olk("h6-oree-sarrazin"), "Entretien client Banque Sarrazin – Jordan Lee (Expert Kubernetes)",
        "20270125T140000", "20270125T150000", tz="Romance Standard Time", lang="fr-FR", organizer=cab,
        attendees=[cli, JL],
        description=("Bonjour Jordan,\n\nJe vous confirme votre entretien chez notre client, la Banque Sarrazin, pour "
                     "la mission en CDI d'Expert Kubernetes. Vous rencontrerez Nadia Haddad, responsable de la "
                     "plateforme conteneurs.\n\nAdresse : 40 rue La Boétie, 75008 Paris\n\nBastien Roche\n"
                     "Consultant recrutement IT, Orée Conseil"), location="40 rue La Boétie, 75008 Paris"),
        "Banque Sarrazin", "Expert Kubernetes", "hiring_manager", [cli.email], "agency")


def _interviews_es() -> None:
    """Adds the user's own interviews written in Spanish."""
    ivs = [Att("Álvaro Ibáñez", "alvaro.ibanez@olivopagos.es"), Att("Nuria Castells", "nuria.castells@olivopagos.es")]
    pos("entrevista-tecnica-meet", "es", Ev(
        "google", gid("h6-olivo-tech"), "Entrevista técnica – Olivo Pagos – Jordan Lee",
        "20270115T100000", "20270115T113000", tz="Europe/Madrid",
        organizer=Att("Talento Olivo Pagos", "talento@olivopagos.es"), attendees=[*ivs, JL],
        description=("Hola Jordan:\n\nTe confirmamos la entrevista técnica para el puesto de Ingeniero/a Backend "
                     "(Pagos). Hablarás con Álvaro Ibáñez (Tech Lead) y Nuria Castells (Ingeniera Senior); habrá un "
                     "ejercicio de programación en vivo.\n\nUn saludo,\nEquipo de Talento\n\n"
                     + meet("olv-tech-aib", "es")
                     + "\n\n" + GCAL_FOOTER)),
        "Olivo Pagos", "Ingeniero/a Backend (Pagos)", "technical", [a.email for a in ivs])

    rh = Att("Ximena Robles", "ximena.robles@ceiba.mx")
    pos("entrevista-rrhh-teams", "es", Ev(
        "outlook", olk("h6-ceiba-rrhh"), "Entrevista con RR. HH. – Ceiba Tecnología",
        "20270112T100000", "20270112T104500", tz="America/Mexico_City", lang="es-MX", organizer=rh, attendees=[JL],
        description=("Hola Jordan,\n\nGracias por tu interés en la vacante de Arquitecto de Soluciones. Te envío la "
                     "invitación para una primera entrevista con Recursos Humanos.\n\nSaludos,\nXimena Robles\n"
                     "Reclutamiento, Ceiba Tecnología\n\n" + teams("h6-ceiba", "es"))),
        "Ceiba Tecnología", "Arquitecto de Soluciones", "recruiter_screen", [rh.email])

    jefe = Att("Guillermo Sáez", "guillermo.saez@brisaenergia.es", partstat="ACCEPTED")
    pos("entrevista-responsable-zoom", "es", Ev(
        "google", gid("h6-brisa-resp"), "Entrevista con el responsable del equipo (Brisa Energía)",
        "20270121T150000Z", "20270121T160000Z", organizer=jefe, attendees=[jefe, JL],
        description=("Hola Jordan, soy el responsable del equipo de Plataforma de Datos y futuro jefe "
                     "directo del puesto de Ingeniero de Datos Senior. Nos vemos por Zoom.\n\n"
                     + zoom("h6-brisa", "Guillermo Sáez", "es"))),
        "Brisa Energía", "Ingeniero de Datos Senior", "hiring_manager", [jefe.email])

    ivs = [Att("Marta Villalobos", "marta@llevant.io"), Att("Iker Etxeberria", "iker@llevant.io")]
    pos("entrevista-final-presencial", "es", Ev(
        "ats", f"ashby-{uuid('h6-llevant-final')}", "Entrevista final presencial – Llevant Labs",
        "20270203T100000", "20270203T130000", tz="Europe/Madrid",
        organizer=Att("Llevant Labs", "no-reply@ashbyhq.com"), attendees=[*ivs, JL],
        prodid="-//Ashby//Interview Scheduler//EN",
        description=("¡Hola Jordan!\n\nEnhorabuena por llegar a la última fase para Staff Software Engineer. La "
                     "entrevista final será en nuestra oficina de Barcelona con Marta Villalobos (CTO) e Iker "
                     "Etxeberria (VP of Product).\n\nDirección: Carrer de Pallars 108, 08018 Barcelona\n\n"
                     "Powered by Ashby"),
        location="Carrer de Pallars 108, 08018 Barcelona"),
        "Llevant Labs", "Staff Software Engineer", "final", [a.email for a in ivs])

    ivs = [Att("Rocío Montenegro", "rocio.montenegro@almendroseguros.es")]
    pos("sesion-programacion-pareja", "es", Ev(
        "outlook", olk("h6-almendro-pair"), "Prueba técnica: sesión de programación en pareja (Jordan Lee)",
        "20270127T120000", "20270127T133000", tz="Romance Standard Time", vtz=False, lang="es-ES",
        organizer=Att("Selección Almendro Seguros", "seleccion@almendroseguros.es"), attendees=[*ivs, JL],
        description=("Estimado Jordan:\n\nComo siguiente paso en el proceso para Desarrollador Full Stack, te "
                     "proponemos una sesión de programación en pareja con Rocío Montenegro (Engineering Manager).\n\n"
                     + teams("h6-almendro", "es"))),
        "Almendro Seguros", "Desarrollador Full Stack", "technical", [ivs[0].email])

    fnd = Att("Emiliano Quintero", "emi.quintero@hotmail.com", partstat="ACCEPTED")
    pos("fundador-hotmail", "es", Ev(
        "google", gid("h6-quetzal-founder"), "Entrevista – CTO fundador de Quetzal Apps / Jordan",
        "20270119T170000Z", "20270119T180000Z", organizer=fnd, attendees=[fnd, JL],
        description=("Hola Jordan, ¡gracias por escribir! Te propongo una entrevista para el puesto de "
                     "Ingeniero Móvil Fundador en Quetzal Apps. Soy cofundador y CTO; escribo desde "
                     "mi correo personal porque aún estamos montando el dominio.\n\n" + meet("qtz-emi-qnt", "es"))),
        "Quetzal Apps", "Ingeniero Móvil Fundador", "", [fnd.email], "free-mail founder")

    rec = Att("Paula Serrano", "paula.serrano@brisaenergia.es")
    pos("llamada-inicial-workday", "es", Ev(
        "ats", "WD-CAL-" + hx("h6-brisa-screen", 20).upper(), "Entrevista telefónica – Ingeniero de Datos Senior",
        "20270113T090000Z", "20270113T093000Z", organizer=Att("Brisa Energía Empleo", "brisaenergia@myworkday.com"),
        attendees=[rec, JL], prodid="-//Workday//Workday Recruiting Calendar//EN",
        description=("Estimado/a Jordan Lee:\n\nSe ha programado una entrevista telefónica de "
                     "preselección para el puesto "
                     "Ingeniero de Datos Senior (REQ-2291) en Brisa Energía.\nEntrevistadora: Paula Serrano, "
                     "Técnica de Selección\n\nEste es un mensaje generado automáticamente por Workday.")),
        "Brisa Energía", "Ingeniero de Datos Senior", "recruiter_screen", [rec.email])


def _interviews_extra() -> None:
    """Adds a Workable-relayed interview where the ATS display name is not the company."""
    hm = Att("Teodora Vasić", "teodora.vasic@corvidanalytics.com")
    pos("workable-relay", "en", Ev(
        "ats", f"workable-{hx('h6-corvid', 24)}", "Interview: Jordan Lee for Senior QA Automation Engineer",
        "20270128T113000Z", "20270128T121500Z", organizer=Att("Workable", "noreply@candidates.workablemail.com"),
        attendees=[hm, JL], prodid="-//Workable//Workable Calendar//EN",
        description=("Corvid Analytics has scheduled a video interview with you.\n\nJob: Senior QA Automation "
                     "Engineer\nInterviewer: Teodora Vasić (QA Lead, hiring manager)\nVideo call: "
                     "https://meet.google.com/cvd-tvs-qae\n\nSent via Workable on behalf of Corvid Analytics.")),
        "Corvid Analytics", "Senior QA Automation Engineer", "hiring_manager", [hm.email], "ats display name")


NW = "northwind-labs.com"


def _user_as_interviewer() -> None:
    """Adds events where the user interviews candidates for Northwind Labs (never the user's own interview)."""
    rc = Att("Northwind Recruiting", f"recruiting@{NW}")
    neg("nw-greenhouse-kit", "en", Ev(
        "google", gid("h6-nw-kit-feld"), "Interview: Marcus Feld - Backend Engineer (Payments)",
        "20270113T130000Z", "20270113T140000Z", organizer=rc,
        attendees=[JLW, Att("Marcus Feld", "marcus.feld.dev@gmail.com")],
        description=("Candidate: Marcus Feld\nJob: Backend Engineer (Payments)\nInterview: Technical – API design\n\n"
                     "Interview kit: https://app.greenhouse.io/guides/8812034/people/51220931?application_id=77120\n"
                     "Please submit your scorecard within 24 hours.\n\n" + meet("nwl-kit-mfd") + "\n\n" + GCAL_FOOTER)),
        UI)

    neg("nw-scorecard-reminder", "en", Ev(
        "ats", f"greenhouse-scorecard-{hx('h6-nw-sc', 10)}@{NW}", "Scorecard due: Priya Nair (Senior Backend)",
        "20270115", "20270116", tz="date", prodid="-//Greenhouse Software//Greenhouse Calendar//EN",
        organizer=Att("Greenhouse", "no-reply@greenhouse.io"), attendees=[JLW],
        description=("Reminder: your scorecard for Priya Nair (Senior Backend Engineer) is overdue. Submit it at "
                     "https://app.greenhouse.io/scorecards/3390185")),
        UI)

    neg("nw-debrief", "en", Ev(
        "google", gid("h6-nw-debrief"), "Debrief: Elif Aksoy – Staff SRE loop", "20270122T153000",
        "20270122T160000", tz="Europe/Berlin", organizer=Att("Hannah Ortiz", f"hannah.ortiz@{NW}"),
        attendees=[JLW, Att("Oskar Lind", f"oskar.lind@{NW}"), Att("Hannah Ortiz", f"hannah.ortiz@{NW}")],
        description="Hire/no-hire discussion. Please have your feedback submitted beforehand.\n\n"
                    + meet("nwl-dbf-eak")),
        UI)

    gt = Att("Northwind Labs via GoodTime", "scheduling@goodtime.io")
    neg("nw-goodtime-loop-rooms", "en", Ev(
        "ats", f"gt-{hx('h6-nw-loop', 10)}@goodtime.io", "Onsite – Tomás Ferreira – Senior Frontend Engineer",
        "20270127T100000", "20270127T110000", tz="Europe/Berlin", organizer=gt,
        attendees=[JLW, room("BER-4-Havel (6)", f"ber4-havel@{NW}"),
                   room("Whiteboard cart", f"cart-2@{NW}", "RESOURCE")],
        prodid="-//GoodTime.io//GoodTime Scheduling//EN",
        description=("You're interviewing Tomás Ferreira for Senior Frontend Engineer.\nYour focus area: Frontend "
                     "architecture\nCandidate résumé and interview kit are in Greenhouse.\nSession 2 of 5 in the "
                     "onsite loop."), location="BER-4-Havel"),
        UI)

    cand = Att("Wen Zhou", "wen.zhou.codes@gmail.com")
    neg("nw-user-invites-gmail-candidate", "en", Ev(
        "google", gid("h6-nw-wenzhou"), "Northwind Labs – technical interview (Wen Zhou)",
        "20270119T100000", "20270119T110000", tz="Europe/Berlin", organizer=Att("Jordan Lee", ME_WORK,
        partstat="ACCEPTED"), attendees=[Att("Jordan Lee", ME_WORK, partstat="ACCEPTED"), cand],
        description=("Hi Wen,\n\nlooking forward to our technical interview for the Backend Engineer role at "
                     "Northwind Labs. We'll spend ~45 minutes on a practical problem; any language is fine.\n\n"
                     "Jordan Lee\nSenior Engineer, Northwind Labs\n\n" + meet("nwl-wen-zhu") + "\n\n" + GCAL_FOOTER)),
        UI)

    cand = Att("Aiko Tanaka", "aiko.tanaka@tum.de")
    neg("nw-intern-university", "en", Ev(
        "outlook", olk("h6-nw-intern"), "Internship interview – Aiko Tanaka (TU München)",
        "20270120T140000", "20270120T144500", tz="W. Europe Standard Time", organizer=JLW, attendees=[cand],
        description=("Hi Aiko,\n\nthanks for applying for our summer internship in the platform team. This is a "
                     "relaxed 45 minute conversation with me about your studies and a small coding task.\n\n"
                     "Best,\nJordan\n\n" + teams("h6-nw-intern"))),
        UI)

    inv = Att("Sam Okoye", "sam.okoye@outlook.com")
    neg("nw-calendly-user-host", "en", Ev(
        "google", gid("h6-nw-calendly-host"), "Sam Okoye and Jordan Lee", "20270125T090000Z", "20270125T093000Z",
        organizer=Att("Jordan Lee", ME_WORK, partstat="ACCEPTED"),
        attendees=[Att("Jordan Lee", ME_WORK, partstat="ACCEPTED"), inv],
        description=("Event Name: Northwind Labs – Engineering screen (30 min)\n\nLocation: This is a Google Meet web "
                     "conference.\nhttps://meet.google.com/nwl-sam-oko\n\nInvitee: Sam Okoye\nInvitee Email: "
                     "sam.okoye@outlook.com\n\nQuestions:\nWhich role are you applying for?\nBackend Engineer "
                     "(Payments)\n\nPowered by Calendly.com")),
        UI)

    neg("nw-shadowing", "en", Ev(
        "google", gid("h6-nw-shadow"), "[Shadow] Jordan shadows Oskar – system design interview (Chen Wei)",
        "20270114T140000", "20270114T150000", tz="Europe/Berlin",
        organizer=Att("Northwind Recruiting", f"recruiting@{NW}"),
        attendees=[Att("Oskar Lind", f"oskar.lind@{NW}"), JLW],
        description=("Interviewer training: shadow 1 of 2. Observe only; don't ask questions. Candidate: Chen Wei, "
                     "Staff Engineer.")),
        UI)

    neg("nw-calibration", "en", Ev(
        "outlook", olk("h6-nw-calib"), "Interviewer calibration – system design rubric (Q1)",
        "20270128T160000", "20270128T170000", tz="W. Europe Standard Time",
        organizer=Att("Hannah Ortiz", f"hannah.ortiz@{NW}"),
        attendees=[JLW, Att("Oskar Lind", f"oskar.lind@{NW}"), Att("Mira Patel", f"mira.patel@{NW}")],
        description=("We'll score two recorded mock answers independently and compare. Bring your last three "
                     "scorecards.\n\n" + teams("h6-nw-calib"))),
        UI)

    cand = Att("Rafael Ortiz", "rafael.ortiz@proton.me")
    neg("nw-ashby-candidate-external", "en", Ev(
        "ats", "ashby-" + uuid("h6-nw-ashby"), "Interview with Rafael Ortiz (Platform Engineer) – Northwind Labs",
        "20270121T130000Z", "20270121T140000Z", organizer=Att("Northwind Labs", "no-reply@ashbyhq.com"),
        attendees=[JLW, Att("Mira Patel", f"mira.patel@{NW}"), cand], prodid="-//Ashby//Interview Scheduler//EN",
        description=("Interviewers: Jordan Lee, Mira Patel\nCandidate: Rafael Ortiz\nStage: Technical Interview\n"
                     "Feedback form: https://app.ashbyhq.com/feedback/" + uuid("nwfb") + "\n\nPowered by Ashby")),
        UI)

    neg("nw-outlook-interview-panel", "en", Ev(
        "outlook", olk("h6-nw-chen"), "Interview: Chen Wei - Staff Engineer - Coding", "20270121T100000",
        "20270121T110000", tz="W. Europe Standard Time", organizer=Att("Talent Team", f"talent@{NW}"),
        attendees=[JLW, Att("Chen Wei", "chen.wei@berkeley.edu", role="OPT-PARTICIPANT")],
        description=("Interviewer: Jordan Lee\nFocus: coding (graphs, concurrency)\nCV: attached in Greenhouse\n\n"
                     + teams("h6-nw-chen"))),
        UI)

    neg("nw-hiring-committee", "en", Ev(
        "google", gid("h6-nw-hc"), "Hiring committee – Backend L5 packets", "20270129T110000",
        "20270129T120000", tz="Europe/Berlin", organizer=Att("Priya Shah", f"priya.shah@{NW}"),
        attendees=[JLW, Att("Priya Shah", f"priya.shah@{NW}"), Att("Oskar Lind", f"oskar.lind@{NW}")],
        description="Three packets: Marcus Feld, Wen Zhou, Sam Okoye. Decide offers."),
        UI)

    neg("nw-interviewer-training", "en", Ev(
        "google", gid("h6-nw-training"), "Interviewer training: structured interviewing & bias", "20270111T130000Z",
        "20270111T150000Z", organizer=Att("Northwind People Team", f"people@{NW}"),
        attendees=[JLW, Att("Northwind Engineering", f"eng-all@{NW}", kind="GROUP")],
        description="Mandatory before you join interview loops as an interviewer. Certification quiz at the end."),
        UI)

    cand = Att("Katrin Vogt", "katrin.vogt@web.de")
    neg("nw-de-bewerberin", "de", Ev(
        "outlook", olk("h6-nw-vogt"), "Vorstellungsgespräch mit Bewerberin Katrin Vogt – Backend (Northwind Labs)",
        "20270126T100000", "20270126T110000", tz="W. Europe Standard Time", lang="de-DE", organizer=JLW,
        attendees=[cand, Att("Oskar Lind", f"oskar.lind@{NW}")],
        description=("Hallo Frau Vogt,\n\nanbei die Einladung zum Vorstellungsgespräch bei Northwind Labs. Von unserer "
                     "Seite sind Oskar Lind und ich dabei.\n\nViele Grüße\nJordan Lee\n\n"
                     + teams("h6-nw-vogt", "de"))),
        UI)

    neg("nw-fr-entretien-candidat", "fr", Ev(
        "google", gid("h6-nw-lambert"), "Entretien candidat : Hugo Lambert – Développeur Backend",
        "20270127T150000", "20270127T160000", tz="Europe/Berlin",
        organizer=Att("Recrutement Northwind", f"recruiting@{NW}"),
        attendees=[JLW, Att("Hugo Lambert", "hugo.lambert@free.fr")],
        description=("Interviewers : Jordan Lee (technique). Grille d'évaluation dans Greenhouse, à remplir sous 24 h."
                     "\n\n" + meet("nwl-hlb-frn", "fr"))),
        UI)

    neg("nw-es-entrevista-candidata", "es", Ev(
        "google", gid("h6-nw-herrera"), "Entrevista a candidata: Lucía Herrera – Backend",
        "20270128T090000Z", "20270128T100000Z", organizer=Att("Jordan Lee", ME_WORK, partstat="ACCEPTED"),
        attendees=[Att("Jordan Lee", ME_WORK, partstat="ACCEPTED"), Att("Lucía Herrera", "lucia.herrera@gmail.com")],
        description=("Hola Lucía, te envío la invitación para la entrevista técnica con Northwind Labs. Seré tu "
                     "entrevistador.\n\nJordan\n\n" + meet("nwl-luc-hrr", "es"))),
        UI)

    ag = Att("Sophie Grant | Talentbridge", "sophie.grant@talentbridge-search.co.uk")
    neg("nw-agency-sends-candidate", "en", Ev(
        "outlook", olk("h6-nw-agency-cand"), "Interview: Noor Haddad for Northwind Labs – Senior Backend Engineer",
        "20270203T140000", "20270203T150000", tz="GMT Standard Time", organizer=ag,
        attendees=[JLW, Att("Noor Haddad", "noor.haddad@hotmail.co.uk")],
        description=("Hi Jordan,\n\nAs agreed, please find the interview with our candidate Noor Haddad for your "
                     "Senior "
                     "Backend Engineer vacancy. CV attached to my email. Let me know your feedback afterwards.\n\n"
                     "Sophie Grant, Talentbridge Search\n\n" + teams("h6-nw-agency"))),
        UI)

    neg("nw-private-note-interviewing", "en", Ev(
        "apple", uuid("h6-nw-note", upper=True), "I'm interviewing Marcus F. at 2 – read CV first",
        "20270113T133000", "20270113T135500", tz="Europe/Berlin", method=None,
        prodid="-//Apple Inc.//iPhone OS 17.5.1//EN",
        description="Prep block: skim his GitHub, pick API design question #3. Scorecard right after."),
        UI)

    neg("nw-calcom-user-host", "en", Ev(
        "ats", f"{hx('h6-nw-calcom', 22)}@Cal.com", "Northwind technical screen between Jordan Lee and Ola Nordmann",
        "20270202T150000Z", "20270202T154500Z", organizer=Att("Jordan Lee", ME_WORK),
        attendees=[Att("Ola Nordmann", "ola.nordmann@live.no")], prodid="-//Cal.com Inc.//Cal.com Event//EN",
        fold_limit=10000, method="REQUEST",
        description=("What: Northwind technical screen between Jordan Lee and Ola Nordmann\n"
                     "Who:\nJordan Lee - Organizer"
                     "\njordan@northwind-labs.com\nOla Nordmann\nola.nordmann@live.no\nWhere: Cal Video\n"
                     "Additional notes: applying for Backend Engineer (Payments)")),
        UI)

    neg("nw-recurring-interview-block", "en", Ev(
        "outlook", olk("h6-nw-block"), "Interview slot (hold) – backend candidates", "20270112T150000",
        "20270112T160000", tz="W. Europe Standard Time", organizer=JLW, attendees=[],
        rrule="FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8", method="PUBLISH",
        description="Held for candidate interviews. Recruiting books into this slot via GoodTime.",
        overrides=[Ov("20270114T150000", "20270114T160000", "20270114T170000", "Interview slot (hold) – moved")]),
        UI)

    neg("nw-modernloop-panel", "en", Ev(
        "ats", f"ml-{uuid('h6-nw-ml')}", "[Interviewer] Bea Santos – Staff Engineer – Coding",
        "20270204T090000Z", "20270204T100000Z", organizer=Att("Northwind Recruiting", f"recruiting@{NW}"),
        attendees=[JLW], prodid="-//ModernLoop//ModernLoop Scheduler 2.0//EN",
        description=("You are an interviewer for Bea Santos (Staff Engineer). Candidate joins via the Zoom link in "
                     "the candidate invite.\n\nScheduled with ModernLoop")),
        UI)


    neg("nw-cancelled-candidate-withdrew", "en", Ev(
        "google", gid("h6-nw-brandt-cancel"), "Canceled event: Interview: Julia Brandt - Senior Backend Engineer",
        "20270201T130000Z", "20270201T140000Z", organizer=Att("Northwind Recruiting", f"recruiting@{NW}"),
        attendees=[JLW, Att("Julia Brandt", "julia.brandt@posteo.de")], status="CANCELLED", method="CANCEL",
        seq=2, description=("This event has been canceled: the candidate withdrew from the process.\n\n"
                            "Interviewer: Jordan Lee (system design)\n\n" + GCAL_FOOTER)),
        UI)

def _other_negatives() -> None:
    """Adds events that mention interviews or look like them but are not the user's own job interview."""
    friend = Att("Alex Moreno", "alex.moreno.dev@gmail.com", partstat="ACCEPTED")
    neg("mock-interview-friend", "en", Ev(
        "google", gid("h6-mock-alex"), "Mock system design interview w/ Alex (practice for Tessellate)",
        "20270110T180000", "20270110T190000", tz="Europe/Berlin", organizer=friend, attendees=[friend, JL],
        description="Alex plays interviewer, 45 min design + 15 min feedback. Record it.\n\n" + meet("mck-alx-mrn")),
        "mock interview")

    neg("peer-practice-platform", "en", Ev(
        "ats", f"pl-{hx('h6-practiceloop', 16)}", "Peer mock interview: Data structures (PracticeLoop)",
        "20270111T190000Z", "20270111T200000Z", organizer=Att("PracticeLoop", "sessions@practiceloop.io"),
        attendees=[JL, Att("Your peer", "peer-7731@relay.practiceloop.io")], prodid="-//PracticeLoop//Sessions//EN",
        description=("You're matched with a peer for a practice interview. You'll each take turns as interviewer and "
                     "candidate (30 minutes each). Join: https://practiceloop.io/room/" + hx("plr", 12))),
        "mock interview")

    coach = Att("Heike Brandt", "kontakt@brandt-karriere.de")
    neg("karriereberatung-probeinterview", "de", Ev(
        "google", gid("h6-coach-heike"), "Interviewtraining mit Heike (Karrierecoaching) – Probeinterview",
        "20270114T170000", "20270114T183000", tz="Europe/Berlin", organizer=coach, attendees=[coach, JL],
        description=("Simuliertes Vorstellungsgespräch auf Englisch mit Videoaufzeichnung und Feedback. Bitte eine "
                     "Stellenanzeige mitbringen, auf die Sie sich bewerben möchten.\n\nHeike Brandt, Karriereberatung"),
        location="Brandt Karriereberatung, Torstraße 140, 10119 Berlin"),
        "mock interview")

    neg("atelier-simulation-entretien", "fr", Ev(
        "outlook", olk("h6-simulation-fr"), "Atelier : simulation d'entretien d'embauche",
        "20270116T100000", "20270116T120000", tz="Romance Standard Time", lang="fr-FR",
        organizer=Att("Association Tremplin Numérique", "ateliers@tremplin-numerique.org"), attendees=[JL],
        description=("Atelier collectif : chaque participant passe une simulation d'entretien de 15 minutes devant le "
                     "groupe, suivie d'un retour des bénévoles recruteurs.\n\n" + teams("h6-tremplin", "fr"))),
        "mock interview")

    neg("webinar-system-design", "en", Ev(
        "ats", f"{hx('h6-webinar', 20)}@zoom.us", "Webinar: Cracking the Staff Engineer Interview",
        "20270112T170000Z", "20270112T180000Z", organizer=Att("DevCareer Live", "webinars@devcareer.live"),
        attendees=[JL], prodid="-//Zoom Video Communications//Zoom Webinar//EN", method="PUBLISH",
        description=("Hi Jordan Lee,\n\nThank you for registering for \"Cracking the Staff Engineer Interview\". "
                     "Panelists from three FAANG companies share how they run system design and behavioural "
                     "interviews.\n\nPlease submit any questions to: webinars@devcareer.live\n\n"
                     "Join from PC, Mac, iPad, "
                     "or Android: https://us06web.zoom.us/w/8127" + str(int(hx("wb", 6), 16)) + "\n\n"
                     "Webinar ID: 812 7733 0021\nPasscode: 551902")),
        "webinar")

    neg("taller-entrevista", "es", Ev(
        "google", gid("h6-taller"), "Taller: cómo preparar una entrevista de trabajo en tecnología",
        "20270120T180000", "20270120T200000", tz="Europe/Madrid", organizer=Att("Comunidad DevMadrid",
        "eventos@devmadrid.org"), attendees=[JL],
        description=("Taller práctico gratuito: cómo responder preguntas de comportamiento, negociar salario y "
                     "preparar entrevistas técnicas. Plazas limitadas.\n\n" + meet("dvm-tll-ent", "es")),
        location="Impact Hub Madrid, Calle de Alameda 22, Madrid"),
        "class")

    neg("course-interviewing-class", "en", Ev(
        "google", gid("h6-course"), "Evening class: Behavioural interviews & STAR method (week 3 of 6)",
        "20270113T180000", "20270113T200000", tz="Europe/Berlin", method="PUBLISH", x_wr_tz="Europe/Berlin",
        description="VHS course 'Job applications in English'. Homework: two STAR stories.",
        location="VHS Mitte, Linienstraße 162, Berlin", rrule="FREQ=WEEKLY;COUNT=6"),
        "class")

    res = Att("Tomasz Wilk", "tomasz.wilk@orbitly.com")
    neg("user-research-participant", "en", Ev(
        "google", gid("h6-orbitly-research"), "Orbitly user interview – 45 min ($75 gift card)",
        "20270115T150000Z", "20270115T154500Z", organizer=res, attendees=[res, JL],
        description=("Thanks for signing up for our research study about how engineers manage on-call schedules! "
                     "We'll ask about your current tools; there are no right or wrong answers. You'll receive a $75 "
                     "gift card afterwards.\n\nTomasz, UX Researcher at Orbitly\n\n"
                     + zoom("h6-orbitly", "Tomasz Wilk"))),
        "user research")

    neg("nw-user-research-host", "en", Ev(
        "google", gid("h6-nw-uxr"), "UXR: customer interview #7 – payout flows", "20270118T100000",
        "20270118T104500", tz="Europe/Berlin", organizer=Att("Ines Kraus", f"ines.kraus@{NW}"),
        attendees=[JLW, Att("Ines Kraus", f"ines.kraus@{NW}"), Att("Participant 7", "p7@research.userpanel.io")],
        description="Engineering observers: stay muted, notes in the research doc."),
        "user research")

    host = Att("Marta Lindahl", "marta@dataengweekly.fm", partstat="ACCEPTED")
    neg("podcast-interview", "en", Ev(
        "google", gid("h6-podcast"), "Podcast interview – Data Engineering Weekly (recording)",
        "20270121T170000Z", "20270121T180000Z", organizer=host, attendees=[host, JL],
        description=("Recording for episode 214: Jordan Lee on building reliable payment pipelines at Northwind "
                     "Labs. We record on Riverside: https://riverside.fm/studio/dew-" + hx("pod", 6))),
        "press")

    rep = Att("Carla Mendes", "c.mendes@techdigest.example")
    neg("press-interview-outlook", "en", Ev(
        "outlook", olk("h6-press"), "Interview with TechDigest re: Northwind Labs launch",
        "20270126T160000", "20270126T163000", tz="W. Europe Standard Time", organizer=Att("Northwind Comms",
        f"press@{NW}"), attendees=[JLW, rep],
        description="Comms prepped talking points; embargo until Feb 2.\n\n" + teams("h6-press")),
        "press")

    neg("entrevista-radio", "es", Ev(
        "google", gid("h6-radio"), "Entrevista en Radio Tecnópolis sobre pagos instantáneos",
        "20270203T110000", "20270203T113000", tz="Europe/Madrid", organizer=Att("Producción Radio Tecnópolis",
        "produccion@radiotecnopolis.es"), attendees=[JL],
        description="Entrevista en directo de 20 minutos como invitado experto. Conexión por Zoom 10 min antes."),
        "press")

    neg("visa-interview", "en", Ev(
        "apple", uuid("h6-visa", upper=True), "US visa interview – consulate", "20270205T083000",
        "20270205T093000", tz="Europe/Berlin", method=None,
        description="Bring passport, DS-160 confirmation, appointment letter, photo. No bags.",
        location="US Consulate General Frankfurt, Gießener Str. 30, 60435 Frankfurt am Main"),
        "personal")

    neg("kita-aufnahmegespraech", "de", Ev(
        "google", gid("h6-kita"), "Kita Sonnenblume – Aufnahmegespräch", "20270117T093000",
        "20270117T103000", tz="floating", method=None,
        description="Mit Frau Yilmaz. Impfpass und Geburtsurkunde mitbringen.",
        location="Kita Sonnenblume, Pappelallee 12, Berlin"),
        "personal")

    neg("dentist", "en", Ev(
        "apple", uuid("h6-dentist", upper=True), "Dentist – Dr. Albers (cleaning)", "20270119T080000",
        "20270119T084500", tz="Europe/Berlin", method=None, location="Zahnarztpraxis Albers, Kastanienallee 5"),
        "personal")

    neg("apartment-viewing", "en", Ev(
        "google", gid("h6-flat"), "Flat viewing + meeting the landlord", "20270123T110000Z", "20270123T114500Z",
        organizer=Att("Gerda Baumann", "gerda.baumann@t-online.de"), attendees=[JL, Att("Gerda Baumann",
        "gerda.baumann@t-online.de", partstat="ACCEPTED")],
        description="She wants to meet tenants in person first. Bring SCHUFA and salary slips.",
        location="Schönhauser Allee 88, 10439 Berlin"),
        "personal")

    mgr = Att("Priya Shah", f"priya.shah@{NW}")
    neg("mitarbeitergespraech", "de", Ev(
        "outlook", olk("h6-mag"), "Jahresgespräch / Mitarbeitergespräch Jordan", "20270127T130000",
        "20270127T140000", tz="W. Europe Standard Time", lang="de-DE", organizer=mgr, attendees=[JLW],
        description="Rückblick 2026, Ziele 2027, Weiterbildung. Bitte Selbsteinschätzung vorher ausfüllen."),
        "internal meeting")

    neg("internal-1on1-recurring", "en", Ev(
        "google", gid("h6-1on1"), "Jordan / Priya 1:1", "20270111T100000", "20270111T103000", tz="Europe/Berlin",
        organizer=mgr, attendees=[JLW, Att("Priya Shah", f"priya.shah@{NW}", partstat="ACCEPTED")],
        rrule="FREQ=WEEKLY;BYDAY=MO", description="Running notes: https://docs.northwind-labs.com/1on1-jl",
        overrides=[Ov("20270125T100000", "20270126T140000", "20270126T143000", "Jordan / Priya 1:1 (moved to Tue)")]),
        "internal meeting")

    neg("coffee-chat-informational", "en", Ev(
        "google", gid("h6-coffee-halvard"), "Coffee chat with Meera (Halvard Systems)",
        "20270111T160000Z", "20270111T163000Z", organizer=Att("Meera Iyer", "meera.iyer@halvardsystems.com",
        partstat="ACCEPTED"), attendees=[JL, Att("Meera Iyer", "meera.iyer@halvardsystems.com", partstat="ACCEPTED")],
        description=("Happy to share what it's like to work at Halvard - no agenda, just a casual chat. Not part of "
                     "any hiring process.\n\n" + meet("cof-mee-hlv"))),
        "coffee chat")

    neg("informational-interview", "en", Ev(
        "google", gid("h6-info-auklet"), "Informational interview – Jordan / Sven (Auklet)",
        "20270117T150000Z", "20270117T153000Z", organizer=JL,
        attendees=[JL, Att("Sven Aalto", "sven@auklet.dev", partstat="ACCEPTED")],
        description=("Asked Sven (ex-colleague) about Auklet's engineering culture before I decide whether to apply. "
                     "Questions: on-call, remote policy, tech stack.")),
        "coffee chat")

    neg("job-fair", "en", Ev(
        "google", gid("h6-jobfair"), "Berlin Tech Job Fair 2027", "20270206", "20270207", tz="date", method="PUBLISH",
        x_wr_tz="Europe/Berlin", description="Bring 20 CVs. Booths: Kranich Mobility (B12), Feldkraft (C3).",
        location="Station Berlin, Luckenwalder Str. 4-6"),
        "job fair")

    neg("salon-emploi", "fr", Ev(
        "apple", uuid("h6-salon", upper=True), "Salon de l'emploi tech – Paris Expo", "20270211", "20270212",
        tz="date", method=None, description="Rencontrer des recruteurs ; badge visiteur à imprimer."),
        "job fair")

    rec = Att("Dana Whitfield", "dana.whitfield@halvardsystems.com")
    neg("reference-call", "en", Ev(
        "google", gid("h6-reference"), "Reference call re: Chris Doyle", "20270120T150000Z", "20270120T151500Z",
        organizer=rec, attendees=[rec, JL],
        description=("Hi Jordan, Chris listed you as a reference for our Engineering Manager role at Halvard "
                     "Systems. 15 minutes about your experience working with Chris.\n\nDana, Talent Team\n\n"
                     + meet("ref-chr-dyl"))),
        "reference call")

    neg("llamada-referencia", "es", Ev(
        "outlook", olk("h6-referencia"), "Llamada de referencia sobre Marta Gil", "20270125T120000",
        "20270125T121500", tz="Romance Standard Time", lang="es-ES",
        organizer=Att("Selección Ceiba", "seleccion@ceiba.mx"), attendees=[JL],
        description=("Hola Jordan, Marta Gil te ha indicado como referencia profesional para el puesto de Tech Lead. "
                     "Serán 15 minutos de preguntas sobre vuestra experiencia trabajando juntos.")),
        "reference call")

    neg("prep-block-own-interview", "en", Ev(
        "apple", uuid("h6-prep", upper=True), "Prep: Vireo onsite (review system design notes)", "20270119T190000",
        "20270119T210000", tz="Europe/Berlin", method=None,
        description="Re-read the payments ledger design, STAR stories 2 and 5, questions for Mo."),
        "prep block")

    neg("afterview-tickler", "en", Ev(
        "ats", f"afterview-{hx('h6-tickler', 24)}@afterview.local",
        "Send thank-you notes — Kranich Mobility, Data Engineer",
        "20270119T120000", "20270119T121500", tz="Europe/Berlin", method=None, prodid="-//afterview//afterview//EN",
        description="Write down what you talked about and the names of your interviewers, then send the drafts.",
        extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KIND:tickler"]),
        "afterview tickler")


# ---------------------------------------------------------------- output


def build() -> list[Item]:
    """Returns the corpus items in a fixed order that does not group them by label."""
    ITEMS.clear()
    for part in (_interviews_en, _interviews_de, _interviews_fr, _interviews_es, _interviews_extra,
                 _user_as_interviewer, _other_negatives):
        part()
    kinds = Counter(i.kind for i in ITEMS)
    dupes = [k for k, n in kinds.items() if n > 1]
    if dupes:
        raise SystemExit(f"duplicate kinds: {dupes}")
    return sorted(ITEMS, key=lambda i: hx("order/" + i.kind, 12))


def write_labels(path: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and this split's rows, rewrites it atomically keeping every other split's rows."""
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            kept = [r for r in csv.DictReader(fh) if r.get("split") != SPLIT]
    fd, tmp = tempfile.mkstemp(prefix=".labels-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=LABEL_FIELDS, lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(kept + rows)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def main() -> None:
    """Parses --out, writes the .ics files and the labels, and prints counts per label, kind and language."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    out: Path = ap.parse_args().out
    if not out.is_dir():
        raise SystemExit(f"not a directory: {out}")
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, item in enumerate(build(), start=1):
        name = f"{SPLIT}-{n:03d}-{item.kind}.ics"
        (out / name).write_bytes(ics(item.event).encode("utf-8"))
        rows.append({"file": name, "uid": item.event.uid, "is_interview": "1" if item.positive else "0",
                     "company": item.company, "role": item.role, "stage": item.stage,
                     "interviewers": ";".join(item.interviewers), "split": SPLIT, "trap": item.trap})
    write_labels(out / "labels.csv", rows)
    items = build()
    print(f"{len(items)} files: {sum(i.positive for i in items)} interviews, {sum(not i.positive for i in items)} not")
    print("interviews by language:", dict(Counter(i.lang for i in items if i.positive)))
    print("negatives by language:", dict(Counter(i.lang for i in items if not i.positive)))
    print("negatives by trap:", dict(Counter(i.trap for i in items if not i.positive)))
    print("interview stages:", dict(Counter(i.stage or "-" for i in items if i.positive)))
    print("styles:", dict(Counter(i.event.style for i in items)))


if __name__ == "__main__":
    main()
