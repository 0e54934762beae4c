"""iCalendar text helpers for the blind holdout72 event split (Élodie Martin, corporate lawyer in Paris).

Everything here composes raw iCalendar text by hand: property lines are written as strings, folded at 75
octets and joined with CRLF. Nothing is produced by an iCalendar library.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

ME_FREE = "elodie.martin.avocat@orange.fr"
ME_WORK = "emartin@cabinet-vauban-associes.fr"
ME_CN = "Élodie Martin"


@dataclass
class Ev:
    """One file of the split: its calendar text and its label."""

    kind: str
    lang: str
    text: str
    uid: str
    pos: int = 0
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    side: bool = False


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> list[str]:
    """Fold one content line at `width` octets without splitting a UTF-8 sequence."""
    out: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " "
            limit = width
        cur += ch
    out.append(cur)
    return out


def param(value: str) -> str:
    """Quote a parameter value when it holds a comma, colon or semicolon."""
    return f'"{value}"' if any(c in value for c in ",:;") else value


def org(email: str, cn: str | None = None, sent_by: str | None = None, mailto: str = "mailto:") -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f"CN={param(cn)}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":{mailto}{email}"


def att(
    email: str,
    cn: str | None = None,
    role: str = "REQ-PARTICIPANT",
    stat: str = "NEEDS-ACTION",
    cutype: str | None = None,
    rsvp: bool | None = True,
    mailto: str = "mailto:",
) -> str:
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={stat}")
    if rsvp is not None:
        parts.append(f"RSVP={'TRUE' if rsvp else 'FALSE'}")
    if cn:
        parts.append(f"CN={param(cn)}")
    return ";".join(parts) + f":{mailto}{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", stat="NEEDS-ACTION", cutype="ROOM", rsvp=True)


def resource(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", stat="ACCEPTED", cutype="RESOURCE", rsvp=False)


def ev(
    uid: str,
    start: str,
    end: str | None,
    summary: str,
    *,
    stamp: str = "20251006T081500Z",
    organizer: str | None = None,
    attendees: tuple[str, ...] | list[str] = (),
    desc: str | None = None,
    loc: str | None = None,
    extra: tuple[str, ...] | list[str] = (),
    seq: int | None = None,
    status: str | None = "CONFIRMED",
    raw_summary: bool = False,
    sum_lang: str | None = None,
) -> list[str]:
    """Lines of one VEVENT. `start`/`end` are whole property lines (DTSTART..., DTEND... or DURATION:...)."""
    lines = ["BEGIN:VEVENT", f"DTSTAMP:{stamp}", start]
    if end:
        lines.append(end)
    tag = f"SUMMARY;LANGUAGE={sum_lang}" if sum_lang else "SUMMARY"
    lines.append(f"{tag}:{summary if raw_summary else esc(summary)}")
    lines.append(f"UID:{uid}")
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.extend(extra)
    lines.append("END:VEVENT")
    return lines


def outlook_uid(seed: str) -> str:
    """An Exchange-style global object id, derived from a seed so that runs are reproducible."""
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest().upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "0000000000000000" + "10000000" + h[16:48]


def outlook_extra(busy: str = "BUSY", html: str | None = None) -> list[str]:
    """The X- properties Outlook/Exchange adds to a meeting request."""
    lines = ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE"]
    if html is not None:
        lines.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(html))
    lines += [
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MS-OLK-CONFTYPE:0",
    ]
    return lines


def alarm(minutes: int, text: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{esc(text)}", f"TRIGGER:-PT{minutes}M", "END:VALARM"]


def outlook_tz(tzid: str) -> list[str]:
    """The VTIMEZONE block Outlook/Exchange writes for Central European time under any TZID."""
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


def olson_tz(tzid: str) -> list[str]:
    """The VTIMEZONE block Google/Apple/Thunderbird write for a Central European Olson zone."""
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


def cal(
    events: list[list[str]],
    prodid: str,
    *,
    method: str | None = "REQUEST",
    tz: list[str] | None = None,
    head: tuple[str, ...] | list[str] = (),
    calscale: bool = True,
) -> str:
    """A whole VCALENDAR, folded, CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    lines.extend(tz or [])
    for e in events:
        lines.extend(e)
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out.extend(fold(line))
    return "\r\n".join(out) + "\r\n"


# Producer identifiers
P_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
P_OUTLOOK = "Microsoft Exchange Server 2010"
P_OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
P_APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
P_APPLE_MAC = "-//Apple Inc.//macOS 15.0//EN"
P_TB = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

ROMANCE = "Romance Standard Time"
WEUROPE = "W. Europe Standard Time"
UTC_PARIS_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
UTC_AMS_FR = "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"
UTC_BRU_EN = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"


def teams(lang: str, meeting_id: str, code: str) -> str:
    """Microsoft Teams boilerplate in the event's language."""
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting_id}%40thread.v2/0"
    if lang == "fr":
        return (
            "________________________________________________________________________________\n"
            "Réunion Microsoft Teams\n"
            f"Participer à partir de votre ordinateur, de l'application mobile ou de l'appareil de salle\n"
            f"Cliquez ici pour participer à la réunion<{url}>\n"
            f"ID de la réunion : {code}\nCode secret : Xk7p2Q\n"
            "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion\n"
            "________________________________________________________________________________"
        )
    if lang == "de":
        return (
            "________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\n"
            "Nehmen Sie von Ihrem Computer, der mobilen App oder einem Raumgerät aus teil\n"
            f"Klicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n"
            f"Besprechungs-ID: {code}\nPasscode: m4RtE9\n"
            "________________________________________________________________________________"
        )
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<{url}>\n"
        f"Meeting ID: {code}\nPasscode: 9hQw3s\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n"
        "________________________________________________________________________________"
    )


def meet(lang: str, code: str) -> str:
    """Google Meet boilerplate as Google Calendar puts it into DESCRIPTION."""
    if lang == "fr":
        return (
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Participer avec Google Meet : https://meet.google.com/{code}\n\n"
            "Participer par téléphone\n(FR) +33 1 87 40 43 18 PIN : 418 227 905#\n\n"
            "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
            "Ne modifiez pas cette section de la description.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
        )
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Join with Google Meet: https://meet.google.com/{code}\n\n"
        "Join by phone\n(BE) +32 2 894 02 61 PIN: 553 104 772#\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def zoom(lang: str, meeting_id: str, host: str) -> str:
    url = f"https://us02web.zoom.us/j/{meeting_id.replace(' ', '')}?pwd=cVd0QmRvN2x1"
    if lang == "fr":
        return (
            f"{host} vous invite à une réunion Zoom planifiée.\n\n"
            f"Participer à la réunion Zoom\n{url}\n\n"
            f"ID de réunion : {meeting_id}\nCode secret : 482913\n\n"
            "Une seule touche sur l'appareil mobile\n+33170372246,,{0}# France"
        ).replace("{0}", meeting_id.replace(" ", ""))
    if lang == "es":
        return (
            f"{host} le está invitando a una reunión de Zoom programada.\n\n"
            f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {meeting_id}\nCódigo de acceso: 771204"
        )
    return (
        f"{host} is inviting you to a scheduled Zoom meeting.\n\n"
        f"Join Zoom Meeting\n{url}\n\nMeeting ID: {meeting_id}\nPasscode: 350811\n\n"
        "One tap mobile\n+41432107042,,{0}# Switzerland"
    ).replace("{0}", meeting_id.replace(" ", ""))


def webex(lang: str, number: str, site: str) -> str:
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m8d2f4c1e0b7a9"
    if lang == "fr":
        return (
            "-- Ne supprimez pas ou ne modifiez pas la section suivante. --\n\n"
            f"Rejoindre la réunion Webex\n{url}\n\n"
            f"Numéro de la réunion (code d'accès) : {number}\nMot de passe de la réunion : Ge7Vx2aQ\n\n"
            "Rejoindre par téléphone\n+41-44-580-5466 Numéro d'appel Suisse\n\n"
            "Rejoindre depuis un système vidéo ou une application\n"
            f"Composez {number.replace(' ', '')}@{site}.webex.com"
        )
    return (
        "-- Do not delete or change any of the following text. --\n\n"
        f"Join Webex meeting\n{url}\n\nMeeting number (access code): {number}\nMeeting password: Qx39LfTe\n\n"
        "Join by phone\n+352-2786-0199 Luxembourg Toll"
    )
