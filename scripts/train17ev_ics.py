"""iCalendar text helpers for the train17 event corpus (Katrin Vogel, Munich).

Shared only for the mechanics (escaping, folding, time-zone blocks, video-call boilerplate); every event in the
train17 modules is composed on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ME_PRIVATE = "katrin.vogel@mailbox.org"
ME_WORK = "k.vogel@stadtkaemmerei-muenchen.de"


@dataclass(frozen=True)
class Ev:
    """One generated .ics file and its label row."""

    kind: str
    lang: str
    text: str
    interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""

    @property
    def uid(self) -> str:
        # The text is folded at 75 octets: unfold before reading a long UID.
        m = re.search(r"^UID:(.*)$", re.sub(r"\r?\n[ \t]", "", self.text), re.M)
        if m is None:
            raise ValueError(f"no UID in {self.kind}")
        return m.group(1).strip()


def yes(kind: str, lang: str, text: str, company: str, role: str, stage: str, interviewers: str = "",
        trap: str = "") -> Ev:
    return Ev(kind, lang, text, True, company, role, stage, interviewers, trap or kind)


def no(kind: str, lang: str, text: str, trap: str = "") -> Ev:
    return Ev(kind, lang, text, False, trap=trap or kind)


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def d(text: str) -> str:
    return "DESCRIPTION:" + esc(text)


def s(text: str) -> str:
    return "SUMMARY:" + esc(text)


def loc(text: str) -> str:
    return "LOCATION:" + esc(text)


def fold(line: str, width: int = 75) -> list[str]:
    out: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = width
        else:
            cur += ch
    out.append(cur)
    return out


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: str = "TRUE") -> str:
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={partstat}")
    if rsvp:
        parts.append(f"RSVP={rsvp}")
    if cn:
        parts.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f'CN="{cn}"' if ("," in cn or ":" in cn) else f"CN={cn}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


TZ_WEST = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

TZ_ROMANCE = TZ_WEST.replace("W. Europe Standard Time", "Romance Standard Time")
TZ_CENTRAL_EU = TZ_WEST.replace("W. Europe Standard Time", "Central Europe Standard Time")


def olson(tzid: str, lic: bool = True) -> str:
    """A VTIMEZONE for a CET/CEST Olson zone as Google, Apple and most tools write it."""
    std = "CET"
    dst = "CEST"
    x = f"X-LIC-LOCATION:{tzid}\n" if lic else ""
    return (f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{x}BEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:{dst}\n"
            "DTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
            f"TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:{std}\nDTSTART:19701025T030000\n"
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE")


def cal(prodid: str, body: str, method: str = "", tz: str = "", head: str = "", do_fold: bool = True,
        extra: str = "") -> str:
    """Wrap VEVENT text (one property per line, newline separated) into a VCALENDAR with CRLF endings."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [x for x in head.split("\n") if x]
    if tz:
        lines += tz.split("\n")
    for block in [body, extra]:
        if not block:
            continue
        lines += [x for x in block.strip("\n").split("\n") if x]
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out += fold(line) if do_fold else [line]
    return "\r\n".join(out) + "\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"


def teams(lang: str, meeting_id: str, code: str) -> str:
    if lang == "de":
        return ("________________________________________________________________________________\n"
                "Microsoft Teams-Besprechung\nNehmen Sie auf Ihrem Computer, in der mobilen App oder über ein "
                "Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen\n"
                f"Besprechungs-ID: {meeting_id}\nPasscode: {code}\nTeams herunterladen | Im Web beitreten\n"
                "Weitere Informationen | Besprechungsoptionen\n"
                "________________________________________________________________________________")
    if lang == "fr":
        return ("________________________________________________________________________________\n"
                "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de "
                f"salle\nCliquez ici pour rejoindre la réunion\nID de réunion : {meeting_id}\n"
                f"Code secret : {code}\nTélécharger Teams | Rejoindre sur le web\n"
                "________________________________________________________________________________")
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
            f"meeting\nMeeting ID: {meeting_id}\nPasscode: {code}\nDownload Teams | Join on the web\n"
            "Learn More | Meeting options\n"
            "________________________________________________________________________________")


def zoom(lang: str, host: str, mid: str, pwd: str) -> str:
    plain = mid.replace(" ", "")
    url = f"https://{host}.zoom.us/j/{plain}?pwd={pwd}"
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pwd[:6]}\n\n"
                f"Schnelleinwahl mobil\n+496938079883,,{plain}# Deutschland")
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}")
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : {pwd[:6]}")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\nOne tap mobile\n"
            f"+13017158592,,{plain}# US (Washington DC)")


def meet(lang: str, code: str) -> str:
    if lang == "de":
        return (f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n"
                "Weitere Telefonnummern: https://tel.meet/" + code + "?pin=2291047731\n\n"
                "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                "Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.")
    if lang == "fr":
        return (f"Participer avec Google Meet : https://meet.google.com/{code}\n\n"
                "Invitation de Google Agenda : https://calendar.google.com/calendar/")
    if lang == "es":
        return (f"Unirse con Google Meet: https://meet.google.com/{code}\n\n"
                "Invitación de Google Calendar: https://calendar.google.com/calendar/")
    return (f"Join with Google Meet: https://meet.google.com/{code}\nJoin by phone\n(DE) +49 30 300195061 "
            "PIN: 812 447 203#\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.")


def webex(lang: str, site: str, number: str, pwd: str) -> str:
    if lang == "de":
        return (f"Webex-Meeting beitreten\nhttps://{site}.webex.com/{site}/j.php?MTID=m{number.replace(' ', '')}\n"
                f"Meeting-Kennnummer (Zugriffscode): {number}\nMeeting Passwort: {pwd}\n\n"
                "Über Telefon beitreten\n+49-619-6781-9736 Deutschland gebührenpflichtig")
    return (f"Join Webex meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m{number.replace(' ', '')}\n"
            f"Meeting number (access code): {number}\nMeeting password: {pwd}")
