"""Small helpers for the holdout128 event corpus: folding, calendar heads, time-zone blocks, video boilerplate.

The events themselves are written as raw iCalendar lines in the holdout128ev_* modules; this module only folds
long lines at 75 octets, wraps them in a VCALENDAR and offers the VTIMEZONE blocks real clients send.
"""

from __future__ import annotations

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.6.1//EN"
MACOS = "-//Apple Inc.//macOS 14.6//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

WIN_W_EUROPE = "W. Europe Standard Time"
UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def fold(line: str) -> list[str]:
    """Fold one logical line into physical lines of at most 75 octets (RFC 5545 3.1), never inside a character."""
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
        cur += ch
        size += n
    out.append(cur)
    return out


def render(lines: list[str]) -> str:
    physical: list[str] = []
    for line in lines:
        if "\n" in line or "\r" in line:
            raise ValueError(f"raw line break inside a logical line: {line[:60]!r}")
        physical.extend(fold(line))
    return "\r\n".join(physical) + "\r\n"


def tz_cet(tzid: str) -> list[str]:
    """A VTIMEZONE for central European time under the given TZID (Olson, Windows or Outlook display name)."""
    std_name = "Standard Time" if "(" in tzid or "Standard" in tzid else "CET"
    dst_name = "Daylight Time" if "(" in tzid or "Standard" in tzid else "CEST"
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{std_name}",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{dst_name}",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def tz_olson(tzid: str) -> list[str]:
    """The shape Google and Apple send for Europe/Zurich or Europe/Vienna."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        f"X-LIC-LOCATION:{tzid}",
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


def cal(prodid: str, body: list[str], method: str | None = "REQUEST", tz: list[str] | None = None,
        extra: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if prodid == GOOGLE:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(extra)
    lines.extend(tz or [])
    lines.extend(body)
    lines.append("END:VCALENDAR")
    return render(lines)


def ev(kind: str, text: str, *, pos: bool, trap: str, company: str = "", role: str = "", stage: str = "",
       interviewers: str = "") -> dict[str, str]:
    uid = ""
    for line in text.replace("\r\n ", "").split("\r\n"):
        if line.startswith("UID:"):
            uid = line[4:]
            break
    return {
        "kind": kind, "text": text, "uid": uid, "is_interview": "1" if pos else "0", "company": company,
        "role": role, "stage": stage, "interviewers": interviewers, "trap": trap,
    }


# Video boilerplate in the wording the services put into invitations (escaped for a DESCRIPTION value).
TEAMS_DE = (
    r"\n________________________________________________________________________________\n"
    r"Microsoft Teams-Besprechung\nNehmen Sie auf dem Computer\, in der mobilen App oder im Raumgerät teil\n"
    r"Hier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
    r"{id}%40thread.v2/0>\nBesprechungs-ID: {mid}\nPasscode: {pc}\n"
    r"Teams herunterladen<https://www.microsoft.com/de-ch/microsoft-teams/download-app> | Im Web beitreten"
    r"<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nWeitere Infos<https://aka.ms/JoinTeamsMeeting>"
    r" | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>\n"
    r"________________________________________________________________________________\n"
)
TEAMS_EN = (
    r"\n________________________________________________________________________________\n"
    r"Microsoft Teams meeting\nJoin on your computer\, mobile app or room device\n"
    r"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
    r"Meeting ID: {mid}\nPasscode: {pc}\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app>"
    r" | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    r"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
    r"________________________________________________________________________________\n"
)
TEAMS_ES = (
    r"\n________________________________________________________________________________\n"
    r"Reunión de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o dispositivo de sala\n"
    r"Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}"
    r"%40thread.v2/0>\nId. de reunión: {mid}\nCódigo de acceso: {pc}\n"
    r"Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión"
    r"<https://teams.microsoft.com/meetingOptions/>\n"
    r"________________________________________________________________________________\n"
)
ZOOM_DE = (
    r"\n{who} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZoom-Meeting beitreten\n"
    r"https://us06web.zoom.us/j/{mid}?pwd={pc}\n\nMeeting-ID: {mid_sp}\nKenncode: {code}\n\n---\n"
    r"Schnelleinwahl mobil\n+41315280988\,\,{mid}# Schweiz\n+41434365140\,\,{mid}# Schweiz\n"
)
ZOOM_EN = (
    r"\n{who} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
    r"https://zoom.us/j/{mid}?pwd={pc}\n\nMeeting ID: {mid_sp}\nPasscode: {code}\n\n---\n"
    r"One tap mobile\n+41315280988\,\,{mid}# Switzerland\n+41432107108\,\,{mid}# Switzerland\n"
)
MEET_EN = (
    r"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    r"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (CH) +41 43 508 02 {pin} PIN: {pin2}#\n"
    r"More phone numbers: https://tel.meet/{code}?pin={pin2}\n\n"
    r"Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
    r"Please do not edit this section.\n"
    r"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
MEET_DE = (
    r"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    r"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n"
    r"Telefonisch teilnehmen: (CH) +41 43 508 02 {pin} PIN: {pin2}#\n"
    r"Weitere Telefonnummern: https://tel.meet/{code}?pin={pin2}\n\n"
    r"Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
    r"Bitte bearbeiten Sie diesen Abschnitt nicht.\n"
    r"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
WEBEX_DE = (
    r"\n-- Nicht löschen oder ändern Sie nicht die folgenden Anweisungen --\n\n"
    r"Webex-Meeting beitreten\nhttps://{site}.webex.com/{site}/j.php?MTID=m{mid}\n"
    r"Meeting-Kennnummer (Zugriffscode): {num}\nMeeting-Passwort: {pw}\n\n"
    r"Über Telefon beitreten\n+41-44-580-00-07 Schweiz Einwahlnummer (Zürich)\n"
)
WEBEX_FR = (
    r"\n-- Ne supprimez pas ou ne modifiez pas les instructions suivantes --\n\n"
    r"Rejoindre la réunion Webex\nhttps://{site}.webex.com/{site}/j.php?MTID=m{mid}\n"
    r"Numéro de la réunion (code d'accès) : {num}\nMot de passe de la réunion : {pw}\n\n"
    r"Rejoindre par téléphone\n+41-21-613-00-40 Suisse (Lausanne)\n"
)


def fill(template: str, **kw: str) -> str:
    for k, v in kw.items():
        template = template.replace("{" + k + "}", v)
    return template
