"""iCalendar text helpers for the holdout86 event split (blind, hand-composed invitations).

Every event of the split is composed as a list of unfolded content lines; these helpers escape text values,
fold long lines at 75 octets the way RFC 5545 asks, and wrap events into VCALENDAR objects with the time-zone
blocks that Google, Outlook/Exchange, Apple and Thunderbird really emit.
"""

from __future__ import annotations

ME_FREE = "reto.baumann@bluewin.ch"
ME_WORK = "r.baumann@limmatbau.ch"

STAMP = "20250901T080000Z"


def esc(text: str) -> str:
    """Escapes a TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Folds one content line into chunks of at most 75 octets, never splitting a UTF-8 character."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = b""
    limit = 75
    for ch in line:
        enc = ch.encode("utf-8")
        if len(cur) + len(enc) > limit:
            parts.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += enc
    parts.append(cur.decode("utf-8"))
    return "\r\n ".join(parts)


TZ_ZURICH = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Zurich",
    "X-LIC-LOCATION:Europe/Zurich",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]

TZ_PARIS = [line.replace("Europe/Zurich", "Europe/Paris") for line in TZ_ZURICH]


def tz_windows(tzid: str = "W. Europe Standard Time") -> list[str]:
    """The VTIMEZONE block Outlook/Exchange writes, under a Windows name or an '(UTC+01:00) …' display name."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


UTC_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//iPhone OS 17.5.1//EN",
    "mac": "-//Apple Inc.//macOS 14.6//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Interview Scheduler//EN",
    "lever": "-//Lever//Lever Interview//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "workday": "-//Workday Inc//Workday Recruiting//EN",
    "smartrecruiters": "-//SmartRecruiters//Interview Scheduler//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "teamtailor": "-//Teamtailor//Teamtailor Calendar//EN",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "workable": "-//Workable//Workable Calendar//EN",
    "icims": "-//iCIMS//iCIMS Interview Scheduling//EN",
    "successfactors": "-//SAP SuccessFactors//Recruiting Management//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//ModernLoop Scheduling//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Webex//Webex Meetings//EN",
    "abacus": "-//Abacus Research AG//AbaRecruiting//DE",
    "jobcloud": "-//Refline AG//Refline Recruiting//DE",
    "ics": "-//ical.marudot.com//iCal Event Maker//EN",
}


def cal(
    events: list[list[str]],
    prodid: str = "google",
    method: str | None = "REQUEST",
    tz: list[str] | None = None,
    extra: list[str] | None = None,
) -> str:
    """Wraps VEVENT line lists into a VCALENDAR text with CRLF line ends, folded."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID.get(prodid, prodid)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += extra or []
    lines += tz or []
    for ev in events:
        lines += ["BEGIN:VEVENT", *ev, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str | None = None) -> str:
    """One ATTENDEE line."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    """One ORGANIZER line."""
    params = ""
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn) else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def when(start: str, end: str, tzid: str | None = "Europe/Zurich") -> list[str]:
    """DTSTART/DTEND lines: with a TZID, in UTC (ends in Z), floating (tzid None) or all-day (8 digits)."""
    if len(start) == 8:
        return [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    if start.endswith("Z") or tzid is None:
        return [f"DTSTART:{start}", f"DTEND:{end}"]
    q = f'"{tzid}"' if ("," in tzid or ":" in tzid) else tzid
    return [f"DTSTART;TZID={q}:{start}", f"DTEND;TZID={q}:{end}"]


def meet(code: str) -> str:
    """Google Meet boilerplate in German, as Google Calendar writes it for a de-CH account."""
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n"
        "Oder telefonisch teilnehmen: (CH) +41 43 500 17 62 PIN: 318 442 906#\n"
        "Weitere Telefonnummern: https://tel.meet/" + code + "?pin=318442906\n"
        "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n"
        "Bitte bearbeiten Sie diesen Abschnitt der Beschreibung nicht.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def teams(lang: str = "de", mid: str = "341 887 205 119", pw: str = "Vx7bQ2") -> str:
    """Microsoft Teams boilerplate in German, French or English."""
    bar = "_" * 80
    link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZTk2%40thread.v2/0?context=%7b%22Tid%22%3a%22"
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nParticipez à partir de votre ordinateur, de votre application mobile "
                f"ou de l'appareil de la salle\nRejoindre la réunion maintenant: {link}\nID de la réunion: {mid}\n"
                f"Code secret: {pw}\nEn savoir plus | Options de réunion\n{bar}")
    if lang == "en":
        return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                f"Click here to join the meeting: {link}\nMeeting ID: {mid}\nPasscode: {pw}\n"
                f"Learn More | Meeting options\n{bar}")
    return (f"{bar}\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr "
            f"Raumgerät teil\nJetzt an der Besprechung teilnehmen: {link}\nBesprechungs-ID: {mid}\nKennung: {pw}\n"
            f"Weitere Infos | Besprechungsoptionen\n{bar}")


def zoom(lang: str, mid: str, host: str = "us02web") -> str:
    """Zoom boilerplate."""
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd=RkZtU3dWb2pQ"
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion: {mid}\nCode secret: 558213\n\n"
                "Une seule touche sur l'appareil mobile\n+41315280988,,"
                f"{mid.replace(' ', '')}# Suisse")
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: 558213\n\n"
                f"Schnelleinwahl mobil\n+41432107042,,{mid.replace(' ', '')}# Schweiz")
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: 558213")
    return f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: 558213"


def webex(lang: str, num: str) -> str:
    """Webex boilerplate."""
    url = f"https://nwinfra.webex.com/nwinfra/j.php?MTID=m4f2c{num.replace(' ', '')}"
    if lang == "de":
        return (f"Webex-Meeting beitreten\n{url}\nMeeting-Kennnummer (Zugriffscode): {num}\nMeeting-Passwort: "
                "Bau2025\n\nÜber Telefon teilnehmen\n+41-44-210-2424 Schweiz gebührenpflichtig")
    return f"Join Webex meeting\n{url}\nMeeting number (access code): {num}\nMeeting password: Bau2025"


class Item:
    """One labelled file: its kind (for the file name), text, UID and label cells."""

    def __init__(self, kind: str, text: str, uid: str, is_interview: int, company: str = "", role: str = "",
                 stage: str = "", interviewers: str = "", trap: str = "") -> None:
        self.kind, self.text, self.uid = kind, text, uid
        self.is_interview, self.company, self.role, self.stage = is_interview, company, role, stage
        self.interviewers, self.trap = interviewers, trap


def vevent(uid: str, start: str, end: str, summary: str, desc: str | None = None, loc: str | None = None,
           organizer: str | None = None, attendees: tuple | list = (), tzid: str | None = "Europe/Zurich",
           extra: tuple | list = (), seq: int = 0, status: str = "CONFIRMED") -> list[str]:
    """The usual lines of a VEVENT, in the order most tools write them."""
    lines = [f"DTSTAMP:{STAMP}", *when(start, end, tzid)]
    if organizer:
        lines.append(organizer)
    lines.append(f"UID:{uid}")
    lines += list(attendees)
    lines += ["CREATED:20250825T141200Z", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}"]
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if loc:
        lines.append(f"LOCATION:{esc(loc)}")
    lines += list(extra)
    lines.append("TRANSP:OPAQUE")
    return lines
