"""Raw iCalendar helpers for the blind holdout129 split (Gauthier Lambotte, Liège).

Events are composed as lists of content lines; this module only escapes text values, folds long lines at
75 octets, wraps them in a VCALENDAR and carries the label fields beside the text.
"""

from __future__ import annotations

from dataclasses import dataclass

CRLF = "\r\n"

ME_FREE = "gauthier.lambotte@skynet.be"
ME_WORK = "g.lambotte@transports-meuse-liege.be"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
MAC = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


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


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
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
    return CRLF.join(out)


TZ_BRUSSELS = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Brussels",
    "X-LIC-LOCATION:Europe/Brussels",
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

TZ_LUX = [line.replace("Europe/Brussels", "Europe/Luxembourg") for line in TZ_BRUSSELS]


def tz_windows(tzid: str = "Romance Standard Time") -> list[str]:
    """The VTIMEZONE Outlook writes for Brussels/Paris, under a Windows or '(UTC+01:00) …' name."""
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


def cal(
    *events: list[str],
    prodid: str = GOOGLE,
    method: str | None = None,
    tz: list[str] | None = None,
    head: list[str] | None = None,
) -> str:
    """Wrap VEVENT line lists in a VCALENDAR; every line is folded."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += head or []
    lines += tz or []
    for ev in events:
        lines += ["BEGIN:VEVENT", *ev, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True, extra: str = "") -> str:
    """One ATTENDEE line; cn is quoted when it holds a comma or colon."""
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={partstat}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn is not None:
        parts.append(f'CN="{cn}"' if any(c in cn for c in ",:;") else f"CN={cn}")
    if extra:
        parts.append(extra)
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    parts = ["ORGANIZER"]
    if cn is not None:
        parts.append(f'CN="{cn}"' if any(c in cn for c in ",:;") else f"CN={cn}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


def desc(text: str) -> str:
    """DESCRIPTION from plain text (a comma already written escaped is taken as a plain comma)."""
    return "DESCRIPTION:" + esc(text.replace("\\,", ","))


TEAMS_FR = (
    "________________________________________________________________________________\n"
    "Réunion Microsoft Teams\n"
    "Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle\n"
    "Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
    "ID de la réunion : {mid}\nCode secret : {pw}\n"
    "Télécharger Teams<https://www.microsoft.com/fr-be/microsoft-teams/download-app> | "
    "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________"
)

TEAMS_EN = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\n"
    "Join on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
    "Meeting ID: {mid}\nPasscode: {pw}\n"
    "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
    "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________"
)

TEAMS_NL = (
    "________________________________________________________________________________\n"
    "Microsoft Teams-vergadering\n"
    "Deelnemen op uw computer, mobiele app of ruimteapparaat\n"
    "Klik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}"
    "%40thread.v2/0>\n"
    "Vergadering-id: {mid}\nWachtwoordcode: {pw}\n"
    "Teams downloaden<https://www.microsoft.com/nl-nl/microsoft-teams/download-app> | "
    "Deelnemen op het web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "________________________________________________________________________________"
)

TEAMS_DE = (
    "________________________________________________________________________________\n"
    "Microsoft Teams-Besprechung\n"
    "Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil\n"
    "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/"
    "19%3ameeting_{id}%40thread.v2/0>\n"
    "Besprechungs-ID: {mid}\nPasscode: {pw}\n"
    "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
    "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "________________________________________________________________________________"
)


def teams(tpl: str, ident: str, mid: str, pw: str) -> str:
    return tpl.replace("{id}", ident).replace("{mid}", mid).replace("{pw}", pw)


def zoom_fr(host: str, url: str, mid: str, pw: str) -> str:
    return (
        f"{host} vous invite à une réunion Zoom planifiée.\n\n"
        f"Participer à la réunion Zoom\n{url}\n\n"
        f"ID de réunion: {mid}\nCode secret: {pw}\n\n"
        "---\nUne seule touche sur l'appareil mobile\n+3227882700,,"
        + mid.replace(" ", "") + "# Belgique\n"
    )


def zoom_en(host: str, url: str, mid: str, pw: str) -> str:
    return (
        f"{host} is inviting you to a scheduled Zoom meeting.\n\n"
        f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pw}\n\n"
        "---\nOne tap mobile\n+3227882700,," + mid.replace(" ", "") + "# Belgium\n"
    )


def meet(code: str, lang: str = "fr") -> str:
    if lang == "fr":
        return (
            f"Participer avec Google Meet : https://meet.google.com/{code}\n"
            "Participer par téléphone : (BE) +32 2 290 62 41 PIN : 318 447 209#\n"
            "Autres numéros de téléphone : https://tel.meet/" + code + "?pin=318447209\n\n"
            "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
            "Vous recevez cet e-mail, car vous êtes invité à cet événement."
        )
    return (
        f"Join with Google Meet: https://meet.google.com/{code}\n"
        "Join by phone: (BE) +32 2 290 62 41 PIN: 318 447 209#\n\n"
        "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
        "You are receiving this email because you are an attendee on the event."
    )
