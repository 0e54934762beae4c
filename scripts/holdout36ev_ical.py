"""iCalendar text helpers for the holdout36 event corpus (raw text, the way producers emit it)."""

from __future__ import annotations

from dataclasses import dataclass, field

P = "isabel.cortes.ing@gmail.com"
W = "icortes@construcciones-giralda.es"

VTZ_ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
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

VTZ_WEUROPE = VTZ_ROMANCE.replace("Romance Standard Time", "W. Europe Standard Time")
VTZ_GMT = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def vtz_olson(name: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{name}
X-LIC-LOCATION:{name}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


WINZONES = {"Romance Standard Time": VTZ_ROMANCE, "W. Europe Standard Time": VTZ_WEUROPE,
            "GMT Standard Time": VTZ_GMT}

PRODIDS = {
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.5//EN",
    "infojobs": "-//InfoJobs//Agenda de entrevistas//ES",
    "workday": "-//Workday Inc.//Workday Recruiting//EN",
    "taleo": "-//Oracle//Taleo Enterprise Scheduling 23B//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Recruiting//EN",
    "teamtailor": "-//Teamtailor//Teamtailor Calendar//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco//Webex Meetings//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur = ch
            limit = 74
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


Person = tuple[str, str]


@dataclass
class Ev:
    """One VEVENT; times are strings 'YYYYMMDDTHHMMSS' (with Z for UTC) or 'YYYYMMDD' for all-day."""

    uid: str
    summary: str
    start: str
    end: str
    tz: str | None = None
    desc: str = ""
    location: str = ""
    organizer: Person | None = None
    organizer_params: str = ""
    attendees: list[tuple[str, str, str]] = field(default_factory=list)
    status: str = ""
    rrule: str = ""
    recurrence_id: str = ""
    sequence: int = 0
    extra: list[str] = field(default_factory=list)
    stamp: str = "20261102T091500Z"


def _dt(name: str, value: str, tz: str | None) -> str:
    if len(value) == 8:
        return f"{name};VALUE=DATE:{value}"
    if tz and not value.endswith("Z"):
        tzp = f'"{tz}"' if ":" in tz else tz
        return f"{name};TZID={tzp}:{value}"
    return f"{name}:{value}"


def vevent(e: Ev) -> list[str]:
    out = ["BEGIN:VEVENT", f"UID:{e.uid}"]
    if e.recurrence_id:
        out.append(_dt("RECURRENCE-ID", e.recurrence_id, e.tz))
    out.append(f"DTSTAMP:{e.stamp}")
    out.append(_dt("DTSTART", e.start, e.tz))
    out.append(_dt("DTEND", e.end, e.tz))
    if e.rrule:
        out.append(f"RRULE:{e.rrule}")
    out.append(f"SUMMARY:{esc(e.summary)}")
    if e.organizer:
        cn, mail = e.organizer
        cnp = f'CN="{cn}"' if ("," in cn or ":" in cn) else f"CN={cn}"
        out.append(f"ORGANIZER;{cnp}{e.organizer_params}:mailto:{mail}")
    for cn, mail, params in e.attendees:
        cnp = f'CN="{cn}"' if ("," in cn or ":" in cn) else f"CN={cn}"
        out.append(f"ATTENDEE;{params or 'ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE'};{cnp}:mailto:{mail}")
    if e.desc:
        out.append(f"DESCRIPTION:{esc(e.desc)}")
    if e.location:
        out.append(f"LOCATION:{esc(e.location)}")
    if e.status:
        out.append(f"STATUS:{e.status}")
    out.append(f"SEQUENCE:{e.sequence}")
    out.extend(e.extra)
    out.append("END:VEVENT")
    return out


def calendar(prod: str, events: list[Ev], method: str = "", xwr: str = "", tzblocks: list[str] | None = None,
             header: list[str] | None = None) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS.get(prod, prod)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if xwr:
        lines.append(f"X-WR-TIMEZONE:{xwr}")
    lines.extend(header or [])
    for block in tzblocks or []:
        lines.extend(block.split("\n"))
    for e in events:
        lines.extend(vevent(e))
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def auto_tz(events: list[Ev]) -> list[str]:
    seen: list[str] = []
    for e in events:
        if e.tz and e.tz not in seen:
            seen.append(e.tz)
    return [WINZONES[t] if t in WINZONES else vtz_olson(t) for t in seen]


REQ = "CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
OPT = "CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
ACC = "CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED"
ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
RES = "CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
CHAIR = "CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=ACCEPTED"

TEAMS_ES = ("________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\nUnirse desde el equipo\\, la aplicación móvil o el dispositivo de la sala\n"
            "Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}>\n"
            "Id. de reunión: 3{k} 884 120\nCódigo de acceso: Qx7{k}\n"
            "Más información <https://aka.ms/JoinTeamsMeeting> | Opciones de reunión\n"
            "________________________________________________________________________________")
TEAMS_EN = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer\\, mobile app or room device\n"
            "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}>\n"
            "Meeting ID: 3{k} 552 017\nPasscode: bT4{k}\nLearn More | Meeting options\n"
            "________________________________________________________________________________")
ZOOM_EN = ("Join Zoom Meeting\nhttps://us06web.zoom.us/j/8{k}47120?pwd=Zk{k}\n\nMeeting ID: 8{k} 4712 0\n"
           "Passcode: 55{k}\n\nOne tap mobile\n+34917873431\\,\\,8{k}47120# Spain\n")
ZOOM_ES = ("Unirse a la reunión Zoom\nhttps://us02web.zoom.us/j/7{k}30011?pwd=Rt{k}\n\nID de reunión: 7{k} 3001 1\n"
           "Código de acceso: 81{k}\n")
MEET = "Join with Google Meet: https://meet.google.com/{k}\nOr dial: (ES) +34 910 48 81 36 PIN: 2{k}#\n"
MEET_ES = "Unirse con Google Meet: https://meet.google.com/{k}\nO marcar: (ES) +34 932 75 09 11 PIN: 7{k}#\n"
WEBEX = ("Join Webex meeting\nhttps://{org}.webex.com/{org}/j.php?MTID=m{k}\nMeeting number (access code): 2{k} 118 4\n"
         "Meeting password: Wx{k}\n")
GOOGLE_FOOTER = ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                 "You are receiving this email because you are an attendee on the event.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def teams(lang: str, k: str) -> str:
    return (TEAMS_ES if lang == "es" else TEAMS_EN).replace("{k}", k)


def zoom(lang: str, k: str) -> str:
    return (ZOOM_ES if lang == "es" else ZOOM_EN).replace("{k}", k)


def meet(lang: str, k: str) -> str:
    return (MEET_ES if lang == "es" else MEET).replace("{k}", k)


def webex(org: str, k: str) -> str:
    return WEBEX.replace("{org}", org).replace("{k}", k)
