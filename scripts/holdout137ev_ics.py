"""Raw iCalendar helpers for the holdout137 event split (written blind, by hand).

The events are composed as raw text lines; this module only escapes TEXT values, folds long lines at
75 octets and wraps VEVENTs in a VCALENDAR with the VTIMEZONE blocks that the various tools emit.
"""

from __future__ import annotations

from dataclasses import dataclass

FREE = "mathieu.gagnon.histoire@videotron.ca"
WORK = "mathieu.gagnon@cssdescapitales.qc.ca"
ME_CN = "Mathieu Gagnon"


@dataclass
class Ev:
    kind: str
    ics: str
    uid: str
    is_iv: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


_EAST_RULES = [
    "BEGIN:STANDARD",
    "DTSTART:{std}",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "{stdname}",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:{dst}",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "{dstname}",
    "END:DAYLIGHT",
]


def _east(tzid: str, *, names: bool, std: str, dst: str, extra: tuple[str, ...] = ()) -> list[str]:
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", *extra]
    for ln in _EAST_RULES:
        ln = ln.format(std=std, dst=dst, stdname="TZNAME:EST", dstname="TZNAME:EDT")
        if ln.startswith("TZNAME") and not names:
            continue
        out.append(ln)
    out.append("END:VTIMEZONE")
    return out


def _cet(tzid: str, *, names: bool) -> list[str]:
    out = [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]
    if names:
        out.insert(6, "TZNAME:CET")
        out.insert(13, "TZNAME:CEST")
    return out


TZ: dict[str, list[str]] = {
    "toronto": _east("America/Toronto", names=True, std="19701101T020000", dst="19700308T020000",
                     extra=("X-LIC-LOCATION:America/Toronto",)),
    "montreal": _east("America/Montreal", names=True, std="20071104T020000", dst="20070311T020000"),
    "win": _east("Eastern Standard Time", names=False, std="16010101T020000", dst="16010101T020000"),
    "winlong": _east("(UTC-05:00) Eastern Time (US & Canada)", names=False, std="16010101T020000",
                     dst="16010101T020000"),
    "paris_win": _cet("Romance Standard Time", names=False),
    "berlin_long": _cet("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", names=False),
    "berlin": _cet("Europe/Berlin", names=True),
}


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
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
    return out


Line = str | tuple[str, str]


def att(email: str, cn: str = "", *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: str = "TRUE", extra: str = "") -> str:
    """An ATTENDEE line; cn with a comma is quoted as Outlook does."""
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={ps}")
    if rsvp:
        parts.append(f"RSVP={rsvp}")
    if cn:
        parts.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    if extra:
        parts.append(extra)
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f'CN="{cn}"' if "," in cn else f"CN={cn}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


def render(lines: list[Line]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if isinstance(ln, tuple):
            name, value = ln
            ln = f"{name}:{esc(value)}"
        out.extend(fold(ln))
    return out


def vcal(*events: list[Line], prodid: str, method: str | None = "REQUEST", tzs: tuple[str, ...] = (),
         head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzs:
        lines.extend(TZ[tz])
    body: list[str] = []
    for ev in events:
        body.extend(render(ev))
    lines.extend(body)
    lines.append("END:VCALENDAR")
    return "".join(x + "\r\n" for x in lines)


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"
MACOS = "-//Apple Inc.//macOS 14.4//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def teams_fr(meeting_id: str, code: str, phone_conf: str = "") -> str:
    txt = (
        "________________________________________________________________________________\n"
        "Réunion Microsoft Teams\n"
        "Rejoindre sur votre ordinateur, votre application mobile ou un appareil de salle\n"
        "Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        f"{meeting_id}%40thread.v2/0>\n"
        f"ID de la réunion : {meeting_id[:3]} {meeting_id[3:6]} {meeting_id[6:9]} {meeting_id[9:12]}\n"
        f"Code secret : {code}\n"
        "Télécharger Teams<https://www.microsoft.com/fr-ca/microsoft-teams/download-app> | "
        "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    )
    if phone_conf:
        txt += (
            "Ou appelez (audio seulement)\n"
            f"+1 581-319-{phone_conf},,{meeting_id[:9]}#   Canada, Québec\n"
            f"ID de conférence téléphonique : {meeting_id[:9]}#\n"
        )
    txt += (
        "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/"
        "meetingOptions/>\n"
        "________________________________________________________________________________"
    )
    return txt


def teams_en(meeting_id: str, code: str) -> str:
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        f"{meeting_id}%40thread.v2/0>\n"
        f"Meeting ID: {meeting_id[:3]} {meeting_id[3:6]} {meeting_id[6:9]} {meeting_id[9:12]}\n"
        f"Passcode: {code}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
        "________________________________________________________________________________"
    )


def meet_fr(code: str, pin: str) -> str:
    return (
        f"Participer avec Google Meet : https://meet.google.com/{code}\n\n"
        f"Participer par téléphone\n(CA) +1 438-555-{pin[:4]} NIP : {pin} #\n\n"
        "Pour en savoir plus sur Meet, consultez la page : https://support.google.com/a/users/answer/9282720"
    )


def meet_en(code: str, pin: str) -> str:
    return (
        f"Join with Google Meet: https://meet.google.com/{code}\n\n"
        f"Join by phone\n(CA) +1 613-555-{pin[:4]} PIN: {pin}#\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720"
    )


def google_footer_fr(organizer: str) -> str:
    return (
        "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
        f"Vous recevez ce courriel, car vous êtes un invité de l'événement. Organisateur : {organizer}\n"
        "Pour ne plus recevoir d'invitations pour cet événement, refusez-le."
    )


def zoom_fr(mid: str, pwd: str, host: str = "us02web") -> str:
    return (
        "Vous êtes invité(e) à une réunion Zoom.\n\n"
        f"Participer à la réunion Zoom\nhttps://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}\n\n"
        f"ID de réunion : {mid}\nCode secret : {pwd[:6]}\n\n"
        f"Une seule touche sur l'appareil mobile\n+14388097799,,{mid.replace(' ', '')}# Canada\n"
    )


def zoom_en(mid: str, pwd: str) -> str:
    return (
        "Join Zoom Meeting\n"
        f"https://zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}\n\n"
        f"Meeting ID: {mid}\nPasscode: {pwd[:6]}\n\n"
        f"One tap mobile\n+16475580588,,{mid.replace(' ', '')}# Canada\n"
    )


def webex_fr(num: str) -> str:
    return (
        "Participer à la réunion Webex\n"
        f"https://cssnav.webex.com/cssnav/j.php?MTID=m{num}a7f\n"
        f"Numéro de la réunion (code d'accès) : {num[:4]} {num[4:7]} {num[7:10]}\n"
        "Mot de passe de la réunion : Entrevue2026\n"
        "Appuyer pour rejoindre depuis un appareil mobile (participants seulement)\n"
        f"+1-844-621-3956,,{num}## Canada Sans frais"
    )
