"""Raw iCalendar helpers for the holdout94 event split (Alejandro Treviño, Monterrey).

Everything here composes text by hand: folding, escaping, VTIMEZONE blocks in the shapes that Google,
Outlook/Exchange, Apple and Thunderbird emit, and the video-call boilerplate pasted into descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "alex.trevino.ing@outlook.com"
WORK = "atrevino@autopartes-norte.com.mx"
ME_CN = "Alejandro Treviño"


@dataclass
class Ev:
    kind: str
    ics: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""
    forms: list[str] = field(default_factory=list)


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    if len(line.encode("utf-8")) <= 75:
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


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f";CN={quote(cn)}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def quote(cn: str) -> str:
    return f'"{cn}"' if any(c in cn for c in ",;:") else cn


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True, google: bool = False) -> str:
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={ps}"
    if rsvp:
        params += ";RSVP=TRUE"
    if cn:
        params += f";CN={quote(cn)}"
    if google:
        params += ";X-NUM-GUESTS=0"
    return f"ATTENDEE{params}:mailto:{email}"


def desc(text: str) -> str:
    return "DESCRIPTION:" + esc(text)


def vevent(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def cal(events: list[list[str]] | list[str], *, prodid: str, method: str | None = "REQUEST",
        tz: tuple[str, ...] = (), head: tuple[str, ...] = ()) -> str:
    """Wrap one or more VEVENT line lists (plus VTIMEZONE blocks) into a folded CRLF calendar."""
    if events and isinstance(events[0], str):
        events = [events]  # type: ignore[list-item]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    lines += list(head)
    if method:
        lines.append(f"METHOD:{method}")
    for name in tz:
        lines += TZ[name].strip("\n").split("\n")
    for ev in events:
        lines += ev  # type: ignore[arg-type]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


TZ = {
    "America/Monterrey": """
BEGIN:VTIMEZONE
TZID:America/Monterrey
X-LIC-LOCATION:America/Monterrey
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
""",
    "America/Mexico_City": """
BEGIN:VTIMEZONE
TZID:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
""",
    "America/Chicago": """
BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
""",
    "America/Chihuahua": """
BEGIN:VTIMEZONE
TZID:America/Chihuahua
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
""",
    "Europe/Berlin": """
BEGIN:VTIMEZONE
TZID:Europe/Berlin
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
END:VTIMEZONE
""",
    "Europe/Paris": """
BEGIN:VTIMEZONE
TZID:Europe/Paris
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
END:VTIMEZONE
""",
    "win-mx": """
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
""",
    "win-us": """
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE
""",
    "utc-mx": """
BEGIN:VTIMEZONE
TZID:(UTC-06:00) Guadalajara\\, Ciudad de México\\, Monterrey
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
""",
    "utc-us": """
BEGIN:VTIMEZONE
TZID:(UTC-06:00) Central Time (US & Canada)
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE
""",
}

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"
MACOS = "-//Apple Inc.//macOS 14.4//EN"
TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def teams_es(mid: str, code: str) -> str:
    return (
        "\n________________________________________________________________________________\n"
        "Reunión de Microsoft Teams\n"
        "Únase desde su equipo, aplicación móvil o dispositivo de sala\n"
        f"Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
        "%40thread.v2/0>\n"
        f"Id. de reunión: {mid}\nCódigo de acceso: {code[:6]}\n"
        "Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web\n"
        "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión\n"
        "________________________________________________________________________________\n"
    )


def teams_en(mid: str, code: str) -> str:
    return (
        "\n________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
        f"Meeting ID: {mid}\nPasscode: {code[:6]}\n"
        "Download Teams | Join on the web\n"
        "Learn More | Meeting options\n"
        "________________________________________________________________________________\n"
    )


def teams_fr(mid: str, code: str) -> str:
    return (
        "\n________________________________________________________________________________\n"
        "Réunion Microsoft Teams\n"
        "Rejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
        f"Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}>\n"
        f"ID de la réunion : {mid}\nCode secret : {code[:6]}\n"
        "Télécharger Teams | Rejoindre sur le web\n"
        "________________________________________________________________________________\n"
    )


def zoom_es(num: str, pwd: str, host: str = "us06web") -> str:
    return (
        "\nUnirse a la reunión Zoom\n"
        f"https://{host}.zoom.us/j/{num.replace(' ', '')}?pwd={pwd}\n\n"
        f"ID de reunión: {num}\nCódigo de acceso: {pwd[:6]}\n\n"
        "Móvil con un toque\n+525541614288,,{n}# México\n\n"
        "Marcar según su ubicación\n        +52 554 161 4288 México\n        +1 346 248 7799 EE.UU. (Houston)\n"
    ).replace("{n}", num.replace(" ", ""))


def zoom_en(num: str, pwd: str, who: str) -> str:
    return (
        f"{who} is inviting you to a scheduled Zoom meeting.\n\n"
        "Join Zoom Meeting\n"
        f"https://us02web.zoom.us/j/{num.replace(' ', '')}?pwd={pwd}\n\n"
        f"Meeting ID: {num}\nPasscode: {pwd[:6]}\n\n---\n\nOne tap mobile\n"
        f"+13462487799,,{num.replace(' ', '')}# US (Houston)\n"
    )


def meet_es(code: str, pin: str) -> str:
    return (
        "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Unirse con Google Meet: https://meet.google.com/{code}\n\n"
        f"Unirse por teléfono\n(MX) +52 55 8421 0937 PIN: {pin}#\n\n"
        "Más números de teléfono: https://tel.meet/" + code + "?pin=" + pin + "\n\n"
        "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
        "Por favor, no edites esta sección.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def meet_en(code: str, pin: str) -> str:
    return (
        "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Join with Google Meet: https://meet.google.com/{code}\n"
        f"Or dial: (US) +1 469-214-0377 PIN: {pin}#\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def webex_es(num: str, site: str) -> str:
    return (
        "\n-- No elimine ni cambie ninguna de las siguientes instrucciones --\n\n"
        "Cuando sea el momento, únase a la reunión de Webex aquí.\n\n"
        f"Número de reunión (código de acceso): {num}\nContraseña de la reunión: Pl4nta25\n\n"
        f"Unirse a la reunión\nhttps://{site}.webex.com/{site}/j.php?MTID=m3f0a9c1d7e\n\n"
        "Unirse por teléfono\n+52-55-1207-7277 México\n"
    )


def outlook_uid(seed: str) -> str:
    """A UID in the shape Outlook/Exchange give meeting requests (GlobalObjectId hex)."""
    import hashlib

    h = hashlib.md5(seed.encode()).hexdigest().upper()
    t = hashlib.sha1(seed.encode()).hexdigest().upper()[:12]
    return f"040000008200E00074C5B7101A82E00800000000{t}DB01000000000000000010000000{h}"
