"""Shared pieces for the holdout112 event split (raw iCalendar text, written blind).

The user is Diego Fuentes Morillo, a maestro interino in Sevilla.
"""

from __future__ import annotations

from dataclasses import dataclass

ME = "diego.fuentes.maestro@hotmail.com"
WORK = "dfuentes@ceip-triana-sevilla.es"
ME_CN = "Diego Fuentes Morillo"

P_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
P_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
P_EXCHANGE = "Microsoft Exchange Server 2010"
P_APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"
P_MAC = "-//Apple Inc.//macOS 14.3//EN"
P_TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


@dataclass
class Ev:
    kind: str
    ics: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def t(name: str, value: str) -> str:
    """A TEXT property, escaped."""
    return f"{name}:{esc(value)}"


def fold(line: str) -> str:
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
            limit = 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def att(
    email: str,
    cn: str | None = None,
    role: str = "REQ-PARTICIPANT",
    partstat: str = "NEEDS-ACTION",
    cutype: str | None = None,
    rsvp: bool = True,
    style: str = "google",
) -> str:
    params: list[str] = []
    if style == "outlook":
        params.append(f"ROLE={role}")
        params.append(f"PARTSTAT={partstat}")
        params.append("RSVP=TRUE" if rsvp else "RSVP=FALSE")
        if cn:
            params.append(f'CN="{cn}"')
    else:
        params.append(f"CUTYPE={cutype or 'INDIVIDUAL'}")
        params.append(f"ROLE={role}")
        params.append(f"PARTSTAT={partstat}")
        if rsvp:
            params.append("RSVP=TRUE")
        if cn:
            params.append(f"CN={cn}" if "," not in cn and ":" not in cn else f'CN="{cn}"')
        params.append("X-NUM-GUESTS=0")
    if style == "outlook" and cutype:
        params.insert(0, f"CUTYPE={cutype}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = []
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn) else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    head = "ORGANIZER" + (";" + ";".join(params) if params else "")
    return f"{head}:mailto:{email}"


TZ_MADRID = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Madrid",
    "X-LIC-LOCATION:Europe/Madrid",
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


def _win_tz(tzid: str, std_off: str = "+0100", dst_off: str = "+0200") -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


ROMANCE = "Romance Standard Time"
W_EUROPE = "W. Europe Standard Time"
UTC1_ES = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
UTC1_EN = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
GMT_EN = "GMT Standard Time"
TZ_ROMANCE = _win_tz(ROMANCE)
TZ_WEUROPE = _win_tz(W_EUROPE)
TZ_UTC1_ES = _win_tz(UTC1_ES)
TZ_UTC1_EN = _win_tz(UTC1_EN)
TZ_GMT = _win_tz(GMT_EN, "+0000", "+0100")

TZ_LONDON = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]

TZ_BERLIN = [line.replace("Europe/Madrid", "Europe/Berlin") for line in TZ_MADRID]
TZ_PARIS = [line.replace("Europe/Madrid", "Europe/Paris") for line in TZ_MADRID]


def vev(uid: str, *lines: str, stamp: str = "20250301T090000Z") -> list[str]:
    body = list(lines)
    if not any(x.startswith("DTSTAMP") for x in body):
        body.insert(0, f"DTSTAMP:{stamp}")
    return ["BEGIN:VEVENT", f"UID:{uid}", *body, "END:VEVENT"]


def cal(
    prodid: str,
    events: list[list[str]] | list[str],
    method: str | None = "REQUEST",
    tz: list[str] | None = None,
    head: list[str] | None = None,
) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head or [])
    lines.extend(tz or [])
    if events and isinstance(events[0], str):
        lines.extend(events)  # type: ignore[arg-type]
    else:
        for e in events:
            lines.extend(e)  # type: ignore[arg-type]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def alarm(minutes: int = 15, text: str = "Reminder") -> list[str]:
    return [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        t("DESCRIPTION", text),
        f"TRIGGER:-PT{minutes}M",
        "END:VALARM",
    ]


MEET_ES = (
    "Unirse con Google Meet: https://meet.google.com/{code}\n"
    "Unirse por teléfono\n(ES) +34 919 01 83 {pin4} PIN: {pin} #\n"
    "Más números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
    "Más información sobre Meet: https://support.google.com/a/users/answer/9282720"
)
MEET_EN = (
    "Join with Google Meet: https://meet.google.com/{code}\n"
    "Join by phone\n(ES) +34 919 01 83 {pin4} PIN: {pin} #\n\n"
    "Learn more about Meet at: https://support.google.com/a/users/answer/9282720"
)
TEAMS_ES = (
    "________________________________________________________________________________\n"
    "Reunión de Microsoft Teams\n"
    "Unirse desde el ordenador\u2002o la aplicación móvil\n"
    "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
    "Id. de reunión: {mid}\nCódigo de acceso: {pw}\n"
    "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión\n"
    "________________________________________________________________________________"
)
TEAMS_EN = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
    "Meeting ID: {mid}\nPasscode: {pw}\n"
    "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n"
    "________________________________________________________________________________"
)
ZOOM_ES = (
    "{host} le está invitando a una reunión de Zoom programada.\n\n"
    "Unirse a la reunión Zoom\nhttps://us06web.zoom.us/j/{mid}?pwd={pw}\n\n"
    "ID de reunión: {mid_sp}\nCódigo de acceso: {code}\n\n"
    "Móvil con un toque\n+34843685177,,{mid}# España\n"
)
ZOOM_EN = (
    "{host} is inviting you to a scheduled Zoom meeting.\n\n"
    "Join Zoom Meeting\nhttps://us02web.zoom.us/j/{mid}?pwd={pw}\n\n"
    "Meeting ID: {mid_sp}\nPasscode: {code}\n"
)
WEBEX_ES = (
    "Únase a la reunión de Webex\nhttps://{site}.webex.com/{site}/j.php?MTID=m{code}\n"
    "Número de reunión (código de acceso): {mid}\nContraseña de la reunión: {pw}\n\n"
    "Tocar para unirse desde un dispositivo móvil (solo asistentes)\n+34-91-114-6577,,{mid_c}## España Toll\n"
)


def meet(code: str, lang: str = "es") -> str:
    pin = str(sum(ord(c) for c in code) * 7919)[:9]
    tpl = MEET_ES if lang == "es" else MEET_EN
    return tpl.format(code=code, pin=pin, pin4=pin[:4])


def teams(code: str, mid: str, pw: str, lang: str = "es") -> str:
    return (TEAMS_ES if lang == "es" else TEAMS_EN).format(code=code, mid=mid, pw=pw)


def zoom(host: str, mid: str, pw: str, code: str, lang: str = "es") -> str:
    sp = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    return (ZOOM_ES if lang == "es" else ZOOM_EN).format(host=host, mid=mid, pw=pw, code=code, mid_sp=sp)


def webex(site: str, code: str, mid: str, pw: str) -> str:
    return WEBEX_ES.format(site=site, code=code, mid=mid, pw=pw, mid_c=mid.replace(" ", ""))
