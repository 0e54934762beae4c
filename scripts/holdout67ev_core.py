"""Shared helpers for the holdout67 event corpus (raw iCalendar text, written blind).

The user of this split is Yusuf Demir, junior mechatronics engineer at Neckar Automation near Stuttgart.
Everything here is invented; released under CC0 1.0.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

U_WEB = "yusuf.demir96@web.de"
U_WORK = "y.demir@neckar-automation.de"
U_CN = "Yusuf Demir"

CRLF = "\r\n"


@dataclass
class Ev:
    kind: str
    text: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def t(name: str, text: str) -> str:
    """A TEXT property line: NAME[;params]:escaped-value."""
    return f"{name}:{esc(text)}"


def q(param: str) -> str:
    """Quote a parameter value when it holds a character that needs it."""
    return f'"{param}"' if any(c in param for c in ',;:') else param


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    limit = 75
    cur = b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            parts.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += b
    parts.append(cur.decode("utf-8"))
    return (CRLF + " ").join(parts)


def hexid(seed: str, n: int = 32) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def guid(seed: str, upper: bool = False) -> str:
    h = hexid(seed, 32)
    g = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return g.upper() if upper else g


def outlook_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hexid(seed, 72).upper()


def google_uid(seed: str) -> str:
    alphabet = "abcdefghijklmnopqrstuv0123456789"
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    return "".join(alphabet[b % 32] for b in h[:26]) + "@google.com"


def digits(seed: str, n: int) -> str:
    return "".join(str(int(c, 16) % 10) for c in hexid(seed, n))


# --------------------------------------------------------------------------- time zones

def _olson(tzid: str, std: str, dst: str, so: str = "+0100", do: str = "+0200") -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dst}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{std}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _windows(tzid: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


WIN_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
WIN_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"

TZ = {
    "Europe/Berlin": _olson("Europe/Berlin", "CET", "CEST"),
    "Europe/Vienna": _olson("Europe/Vienna", "CET", "CEST"),
    "Europe/Amsterdam": _olson("Europe/Amsterdam", "CET", "CEST"),
    "Europe/Madrid": _olson("Europe/Madrid", "CET", "CEST"),
    "Europe/Istanbul": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Istanbul", "BEGIN:STANDARD", "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300", "TZNAME:+03", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
    ],
    "W. Europe Standard Time": _windows("W. Europe Standard Time"),
    "Romance Standard Time": _windows("Romance Standard Time"),
    WIN_DE: _windows(WIN_DE),
    WIN_EN: _windows(WIN_EN),
    "Turkey Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Turkey Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE",
    ],
}


def vcal(header: list[str], tzs: list[str], vevents: list[list[str]], eol: str = CRLF) -> str:
    """Wrap VEVENT line lists into a VCALENDAR; header holds PRODID/VERSION/METHOD/X-WR-* in tool order."""
    lines = ["BEGIN:VCALENDAR", *header]
    for tz in tzs:
        lines += TZ[tz]
    for ve in vevents:
        lines += ve
    lines.append("END:VCALENDAR")
    text = CRLF.join(fold(x) for x in lines) + CRLF
    return text if eol == CRLF else text.replace(CRLF, eol)


# --------------------------------------------------------------------------- people


def a_ol(cn: str, mail: str, role: str = "REQ-PARTICIPANT", rsvp: str = "TRUE") -> str:
    """Outlook/Exchange attendee."""
    return f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP={rsvp};CN={q(cn)}:mailto:{mail}"


def a_room(cn: str, mail: str, cutype: str = "ROOM") -> str:
    return f"ATTENDEE;CUTYPE={cutype};ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={q(cn)}:mailto:{mail}"


def a_g(cn: str, mail: str, ps: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT", rsvp: str = "TRUE") -> str:
    """Google Calendar attendee."""
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP={rsvp};CN={q(cn)};"
            f"X-NUM-GUESTS=0:mailto:{mail}")


def a_plain(cn: str, mail: str, ps: str = "NEEDS-ACTION") -> str:
    """ATS-style attendee (no CUTYPE, PARTSTAT and CN only)."""
    return f"ATTENDEE;CN={q(cn)};PARTSTAT={ps};RSVP=TRUE:mailto:{mail}"


def a_apple(cn: str, mail: str, ps: str = "NEEDS-ACTION") -> str:
    return (f"ATTENDEE;CN={q(cn)};CUTYPE=INDIVIDUAL;EMAIL={mail};PARTSTAT={ps};ROLE=REQ-PARTICIPANT;"
            f"RSVP=TRUE:mailto:{mail}")


def org(cn: str, mail: str, sent_by: str = "") -> str:
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    return f"ORGANIZER;CN={q(cn)}{sb}:mailto:{mail}"


# --------------------------------------------------------------------------- tool trailers


def outlook_tail(seed: str, busy: str = "TENTATIVE", allday: str = "FALSE", seq: int = 0) -> list[str]:
    return [
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(digits(seed, 10)) % 2000000000 - 1000000000}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        f"X-MICROSOFT-CDO-ALLDAYEVENT:{allday}",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]


def valarm(minutes: int = 15, desc: str = "REMINDER") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{desc}", f"TRIGGER:-PT{minutes}M", "END:VALARM"]


def html(text: str) -> str:
    body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f"<p class=MsoNormal>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17928.20114">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            f"{paras}\n</BODY>\n</HTML>")


H_OUTLOOK = ["METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
H_OUTLOOK_CANCEL = ["METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
H_GOOGLE = ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:REQUEST"]
H_APPLE = ["CALSCALE:GREGORIAN", "METHOD:REQUEST", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN", "VERSION:2.0"]
H_TB = ["PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0", "METHOD:REQUEST"]


def google_export(calname: str = "Yusuf privat") -> list[str]:
    return ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", f"X-WR-CALNAME:{calname}", "X-WR-TIMEZONE:Europe/Berlin"]


# --------------------------------------------------------------------------- video boilerplate


def teams_de(seed: str) -> str:
    mid = digits(seed + "m", 12)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\n"
            "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
            f"Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/"
            f"19%3ameeting_{hexid(seed, 40)}%40thread.v2/0>\n"
            f"Besprechungs-ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n"
            f"Passcode: {hexid(seed + 'p', 6)}\n"
            "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
            "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/"
            "meetingOptions/>\n"
            "________________________________________________________________________________")


def teams_en(seed: str) -> str:
    mid = digits(seed + "m", 12)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{hexid(seed, 40)}%40thread.v2/0>\n"
            f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n"
            f"Passcode: {hexid(seed + 'p', 6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            "meetingOptions/>\n"
            "________________________________________________________________________________")


def teams_fr(seed: str) -> str:
    mid = digits(seed + "m", 12)
    return ("________________________________________________________________________________\n"
            "Réunion Microsoft Teams\n"
            "Rejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            f"Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{hexid(seed, 40)}%40thread.v2/0>\n"
            f"ID de la réunion : {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n"
            f"Code secret : {hexid(seed + 'p', 6)}\n"
            "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
            "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/"
            "meetingOptions/>\n"
            "________________________________________________________________________________")


def teams_tr(seed: str) -> str:
    mid = digits(seed + "m", 12)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams toplantısı\n"
            "Bilgisayarınızda, mobil uygulamanızda veya oda cihazınızda katılın\n"
            f"Toplantıya katılmak için buraya tıklayın<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{hexid(seed, 40)}%40thread.v2/0>\n"
            f"Toplantı Kimliği: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n"
            f"Geçiş Kodu: {hexid(seed + 'p', 6)}\n"
            "Teams'i indirin<https://www.microsoft.com/tr-tr/microsoft-teams/download-app> | "
            "Web'de katılın<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "________________________________________________________________________________")


def zoom_de(seed: str, host: str, topic: str, when: str, sub: str = "us06web") -> str:
    mid = digits(seed, 11)
    return (f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n"
            f"Thema: {topic}\nUhrzeit: {when} Amsterdam, Berlin, Rom, Stockholm, Wien\n\n"
            f"Zoom-Meeting beitreten\nhttps://{sub}.zoom.us/j/{mid}?pwd={hexid(seed + 'w', 32)}\n\n"
            f"Meeting-ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nKenncode: {digits(seed + 'k', 6)}\n\n---\n\n"
            "Schnelleinwahl mobil\n"
            f"+496938079883,,{mid}#,,,,*{digits(seed + 'k', 6)}# Deutschland\n\n"
            "Einwahl nach aktuellem Standort\n• +49 69 3807 9883 Deutschland\n• +49 695 050 2596 Deutschland\n\n"
            f"Meeting-ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nKenncode: {digits(seed + 'k', 6)}\n"
            "Ortseinwahl suchen: https://us06web.zoom.us/u/kdRz8Qx1b")


def zoom_en(seed: str, host: str, topic: str, when: str) -> str:
    mid = digits(seed, 11)
    return (f"{host} is inviting you to a scheduled Zoom meeting.\n\n"
            f"Topic: {topic}\nTime: {when} Amsterdam, Berlin, Rome, Stockholm, Vienna\n\n"
            f"Join Zoom Meeting\nhttps://us02web.zoom.us/j/{mid}?pwd={hexid(seed + 'w', 32)}\n\n"
            f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nPasscode: {digits(seed + 'k', 6)}\n\n---\n\n"
            "One tap mobile\n"
            f"+31207941375,,{mid}#,,,,*{digits(seed + 'k', 6)}# Netherlands\n"
            f"+496971049922,,{mid}#,,,,*{digits(seed + 'k', 6)}# Germany\n\n"
            "Find your local number: https://us02web.zoom.us/u/abOZ3mKq1")


def meet_en(seed: str, pin_cc: str = "(DE) +49 30 300195311") -> str:
    h = hexid(seed, 10)
    code = f"{''.join(c for c in h if c.isalpha())}qwertyzux"[:10]
    link = f"meet.google.com/{code[:3]}-{code[3:7]}-{code[7:10]}"
    return ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Join with Google Meet: https://{link}\n\nJoin by phone\n{pin_cc} PIN: {digits(seed, 9)}#\n\n"
            f"More phone numbers: https://tel.meet/{code[:3]}-{code[3:7]}-{code[7:10]}?pin={digits(seed, 13)}\n\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def meet_de(seed: str) -> str:
    h = hexid(seed, 10)
    code = f"{''.join(c for c in h if c.isalpha())}pxkqrtsvn"[:10]
    link = f"meet.google.com/{code[:3]}-{code[3:7]}-{code[7:10]}"
    return ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Mit Google Meet teilnehmen: https://{link}\n\nTelefonisch teilnehmen\n(DE) +49 40 8081617021 "
            f"PIN: {digits(seed, 9)}#\n\n"
            f"Weitere Telefonnummern: https://tel.meet/{code[:3]}-{code[3:7]}-{code[7:10]}?pin={digits(seed, 13)}\n\n"
            "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
            "Bitte bearbeiten Sie diesen Abschnitt nicht.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def webex_de(seed: str, site: str) -> str:
    mid = digits(seed, 10)
    return ("-- Nicht löschen oder ändern Sie keinen der folgenden Texte. --\n\n"
            "Wenn es Zeit ist, nehmen Sie am Webex-Meeting hier teil.\n\n"
            f"Meeting beitreten <https://{site}.webex.com/{site}/j.php?MTID=m{hexid(seed, 32)}>\n\n"
            f"Weitere Möglichkeiten zum Beitreten:\n\nÜber den Meeting-Link beitreten\n"
            f"https://{site}.webex.com/{site}/j.php?MTID=m{hexid(seed, 32)}\n\n"
            "Über die Meeting-Kennnummer beitreten\n"
            f"Meeting-Kennnummer (Zugriffscode): {mid[:4]} {mid[4:7]} {mid[7:]}\n"
            f"Meeting-Passwort: {hexid(seed + 'x', 10)}\n\n"
            "Tippen, um mit Mobilgerät beizutreten (nur für Teilnehmer)\n"
            f"+49-619-6781-9736,,{mid}## Germany Toll\n\n"
            "Wenn Sie Gastgeber sind, klicken Sie hier, um die Gastgeberinformationen anzuzeigen.\n\n"
            "Benötigen Sie Hilfe? Gehen Sie zu https://help.webex.com")
