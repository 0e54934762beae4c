"""Raw iCalendar helpers for the holdout133 event split (blind author; CC0 1.0).

Nothing here is clever on purpose: the events are composed by hand in the holdout133ev_pos_* and
holdout133ev_neg_* modules; this module only escapes text, folds long lines at 75 octets and wraps
VEVENTs in a VCALENDAR with the time-zone blocks the sending tool would emit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

USER_NAME = "Ainhoa Etxeberria Lasa"
USER_GMAIL = "ainhoa.etxeberria.ing@gmail.com"
USER_WORK = "aetxeberria@construcciones-nervion.es"


@dataclass
class Ev:
    """One labelled calendar file."""

    kind: str
    text: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""
    forms: list[str] = field(default_factory=list)


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
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
    return out


def att(
    email: str,
    cn: str | None = None,
    *,
    role: str = "REQ-PARTICIPANT",
    partstat: str = "NEEDS-ACTION",
    cutype: str | None = None,
    rsvp: bool = True,
    extra: str = "",
) -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    if extra:
        params.append(extra)
    return "ATTENDEE;" + ";".join(params) + ":mailto:" + email


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = []
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    head = "ORGANIZER" + (";" + ";".join(params) if params else "")
    return head + ":mailto:" + email


def desc(text: str) -> str:
    return "DESCRIPTION:" + esc(text)


def vev(
    uid: str,
    stamp: str,
    start: str,
    end: str | None,
    summary: str,
    *,
    organizer: str | None = None,
    attendees: list[str] | tuple[str, ...] = (),
    location: str | None = None,
    description: str | None = None,
    extra: list[str] | tuple[str, ...] = (),
    seq: int | None = 0,
    status: str | None = "CONFIRMED",
) -> list[str]:
    """One VEVENT's lines; start/end are whole DTSTART/DTEND (or DURATION) lines."""
    lines = [f"UID:{uid}", f"DTSTAMP:{stamp}", start]
    if end:
        lines.append(end)
    lines.append("SUMMARY:" + esc(summary))
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    if location is not None:
        lines.append("LOCATION:" + esc(location))
    if description is not None:
        lines.append(desc(description))
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.extend(extra)
    return lines


TZ_MADRID = """BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
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

TZ_ROMANCE = """BEGIN:VTIMEZONE
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

TZ_OUTLOOK_ES = TZ_ROMANCE.replace("TZID:Romance Standard Time", "TZID:(UTC+01:00) Bruselas, Copenhague, Madrid, París")
TZID_OUTLOOK_ES = '"(UTC+01:00) Bruselas, Copenhague, Madrid, París"'

TZ_WEUROPE = TZ_ROMANCE.replace("TZID:Romance Standard Time", "TZID:W. Europe Standard Time")

TZ_GMT = """BEGIN:VTIMEZONE
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

TZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

TZ_PARIS = TZ_MADRID.replace("Europe/Madrid", "Europe/Paris")
TZ_AMSTERDAM = TZ_MADRID.replace("Europe/Madrid", "Europe/Amsterdam")

TZ_SANTIAGO = """BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""

TZ_DUBAI = """BEGIN:VTIMEZONE
TZID:Arabian Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
END:STANDARD
END:VTIMEZONE"""

TZ_MONTREAL = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def cal(
    vevents: list[list[str]],
    prodid: str,
    *,
    method: str | None = "REQUEST",
    tz: list[str] | tuple[str, ...] = (),
    head: list[str] | tuple[str, ...] = (),
) -> str:
    """Wrap VEVENT line lists into a VCALENDAR text (CRLF, folded)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for block in tz:
        lines.extend(block.split("\n"))
    for ev in vevents:
        lines.append("BEGIN:VEVENT")
        lines.extend(ev)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out.extend(fold(line))
    return "\r\n".join(out) + "\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
MACOS = "-//Apple Inc.//macOS 15.1//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

TEAMS_ES = (
    "________________________________________________________________________________\n"
    "Reunión de Microsoft Teams\n"
    "Únase desde el equipo\\, la aplicación móvil o el dispositivo de la sala\n"
    "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    "Id. de la reunión: {num}\nCódigo de acceso: {code}\n"
    "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | "
    "Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________"
)

TEAMS_EN = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\n"
    "Join on your computer\\, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    "Meeting ID: {num}\nPasscode: {code}\n"
    "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
    "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________"
)


def teams(lang: str, mid: str, num: str, code: str) -> str:
    base = TEAMS_ES if lang == "es" else TEAMS_EN
    return base.replace("\\,", ",").format(mid=mid, num=num, code=code)


def zoom_es(host: str, mid: str, pwd: str) -> str:
    return (
        f"{host} le está invitando a una reunión de Zoom programada.\n\n"
        "Unirse a la reunión Zoom\n"
        f"https://us06web.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}\n\n"
        f"ID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}\n\n"
        "---\nMóvil con un toque\n+34843685267,,"
        f"{mid.replace(' ', '')}# España\n+34911238567,,{mid.replace(' ', '')}# España"
    )


def zoom_en(mid: str, pwd: str) -> str:
    return (
        "Join Zoom Meeting\n"
        f"https://zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}\n\n"
        f"Meeting ID: {mid}\nPasscode: {pwd[:6]}\n\n"
        "---\nOne tap mobile\n+442034815240,,"
        f"{mid.replace(' ', '')}# United Kingdom"
    )


def meet(lang: str, code: str, phone: str = "+34 910 48 73 21", pin: str = "318 552 906") -> str:
    if lang == "es":
        return (
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Únete con Google Meet: https://meet.google.com/{code}\n"
            f"O llama al: (ES) {phone} PIN: {pin}#\n"
            f"Más números de teléfono: https://tel.meet/{code}?pin={pin.replace(' ', '')}\n\n"
            "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
            "No edites esta sección de la descripción.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
        )
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Join with Google Meet: https://meet.google.com/{code}\n"
        f"Or dial: (GB) +44 20 3937 0021 PIN: {pin}#\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


GOOGLE_INVITE_ES = (
    "\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
    "Recibes este correo porque eres un invitado al evento. Para dejar de recibir actualizaciones de este evento\\, "
    "rechaza la invitación."
).replace("\\,", ",")
