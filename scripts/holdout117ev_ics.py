"""Raw iCalendar helpers for the holdout117 event corpus (blind split, issue 4).

Everything here composes iCalendar text by hand: folding, escaping, time zones and the calendar wrapper.
The user is Tomás Aguirre Quispe, an exploration geologist in Lima.
"""

from __future__ import annotations

ME_G = "tomas.aguirre.geo@gmail.com"
ME_W = "taguirre@andesmin-exploracion.com.pe"
ME_CN = "Tomás Aguirre Quispe"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
APPLE_MAC = "-//Apple Inc.//macOS 15.1//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"

TZ = {
    "America/Lima": """BEGIN:VTIMEZONE
TZID:America/Lima
X-LIC-LOCATION:America/Lima
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "SA Pacific Standard Time": """BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE""",
    "(UTC-05:00) Bogotá, Lima, Quito, Rio Branco": """BEGIN:VTIMEZONE
TZID:(UTC-05:00) Bogotá, Lima, Quito, Rio Branco
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE""",
    "America/Santiago": """BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "Pacific SA Standard Time": """BEGIN:VTIMEZONE
TZID:Pacific SA Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE""",
    "America/Toronto": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Eastern Standard Time": """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "America/Vancouver": """BEGIN:VTIMEZONE
TZID:America/Vancouver
X-LIC-LOCATION:America/Vancouver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "Pacific Standard Time": """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "Australia/Perth": """BEGIN:VTIMEZONE
TZID:Australia/Perth
X-LIC-LOCATION:Australia/Perth
BEGIN:STANDARD
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "W. Australia Standard Time": """BEGIN:VTIMEZONE
TZID:W. Australia Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE""",
    "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris": """BEGIN:VTIMEZONE
TZID:(UTC+01:00) Brussels, Copenhagen, Madrid, Paris
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
END:VTIMEZONE""",
    "Europe/Berlin": """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
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
END:VTIMEZONE""",
}


def esc(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = " "
            size = 1
            limit = 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def att(
    email: str,
    cn: str | None = None,
    *,
    role: str = "REQ-PARTICIPANT",
    stat: str = "NEEDS-ACTION",
    rsvp: bool = True,
    cutype: str | None = None,
    extra: str = "",
) -> str:
    """An ATTENDEE line."""
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={stat}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    if extra:
        parts.append(extra)
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    """An ORGANIZER line."""
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


def desc(text: str, prop: str = "DESCRIPTION") -> str:
    return f"{prop}:{esc(text)}"


def html(text: str) -> str:
    """An Outlook X-ALT-DESC built from plain text paragraphs."""
    paras = "".join(f"<p class=MsoNormal>{p}</p>" for p in text.split("\n") if p)
    body = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><HTML><HEAD><META NAME="Generator" '
        'CONTENT="MS Exchange Server version rmj.rmm.rup.rpr"></HEAD><BODY>' + paras + "</BODY></HTML>"
    )
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(body)


def E(
    kind: str,
    uid: str,
    body: list[str],
    *,
    trap: str,
    yes: int = 0,
    company: str = "",
    role: str = "",
    stage: str = "",
    iv: str = "",
    prodid: str = GOOGLE,
    method: str | None = "REQUEST",
    tz: tuple[str, ...] = (),
    calx: tuple[str, ...] = (),
    more: tuple[list[str], ...] = (),
    stamp: str = "",
) -> dict[str, object]:
    """One event file: a calendar with one VEVENT (plus overrides in `more`) and its label."""
    if not stamp:
        h = sum(ord(c) * (i + 1) for i, c in enumerate(uid))
        stamp = f"2025{8 + h % 4:02d}{1 + h % 28:02d}T{h % 24:02d}{h % 60:02d}{(h // 7) % 60:02d}Z"
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if prodid == GOOGLE:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(calx)
    for name in tz:
        lines.extend(TZ[name].split("\n"))
    for ev in (body, *more):
        lines.append("BEGIN:VEVENT")
        if not any(x.startswith("UID") for x in ev):
            lines.append(f"UID:{uid}")
        if not any(x.startswith("DTSTAMP") for x in ev):
            lines.append(f"DTSTAMP:{stamp}")
        lines.extend(ev)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    text = "\r\n".join(fold(x) if "\r\n" not in x else x for x in lines) + "\r\n"
    label = {
        "uid": uid,
        "is_interview": yes,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": iv,
        "trap": trap,
    }
    return {"kind": kind, "text": text, "label": label}


MEET_ES = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Unirse con Google Meet: https://meet.google.com/{code}\n\n"
    "Únete por teléfono\n(PE) +51 1 640 9{pin4} PIN: {pin}#\n\n"
    "Más números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
    "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
    "No edites esta sección de la descripción.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
MEET_EN = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Join with Google Meet: https://meet.google.com/{code}\n\n"
    "Join by phone\n(US) +1 414-622-{pin4} PIN: {pin}#\n\n"
    "More phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
    "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
    "Please do not edit this section.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
TEAMS_EN = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
    "Meeting ID: {mid}\nPasscode: {pwd}\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
    "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n"
    "________________________________________________________________________________"
)
TEAMS_ES = (
    "________________________________________________________________________________\n"
    "Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
    "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
    "Id. de reunión: {mid}\nCódigo de acceso: {pwd}\nDescargar Teams | Unirse en la web\n"
    "Más información | Opciones de reunión\n"
    "________________________________________________________________________________"
)
ZOOM_EN = (
    "{who} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
    "https://us02web.zoom.us/j/{mid}?pwd={pwd}\n\nMeeting ID: {mids}\nPasscode: {pin}\n\n---\n\n"
    "One tap mobile\n+16699006833,,{mid}# US (San Jose)\n"
)
ZOOM_ES = (
    "{who} le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\n"
    "https://us06web.zoom.us/j/{mid}?pwd={pwd}\n\nID de reunión: {mids}\nCódigo de acceso: {pin}\n\n---\n\n"
    "Móvil con un toque\n+5117079801,,{mid}# Perú\n"
)
ZOOM_FR = (
    "{who} vous invite à une réunion Zoom planifiée.\n\nParticiper à la réunion Zoom\n"
    "https://us02web.zoom.us/j/{mid}?pwd={pwd}\n\nID de réunion : {mids}\nCode secret : {pin}\n"
)
