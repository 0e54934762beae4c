"""iCalendar text helpers for the holdout22 event corpus: folding, escaping, zones, boilerplate.

Given plain Python values these return raw iCalendar text the way real producers emit it; they raise nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "claire.dubois@laposte.net"
WORK = "c.dubois@lycee-montaigne.fr"
ME_CN = "Claire Dubois"


@dataclass(frozen=True)
class Case:
    """One corpus file: its kind for the name, its raw text and its label."""

    kind: str
    uid: str
    text: str
    is_interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""
    lang: str = "en"


@dataclass(frozen=True)
class Att:
    """An ATTENDEE or ORGANIZER: display name, address and parameters."""

    cn: str | None
    email: str
    role: str = "REQ-PARTICIPANT"
    partstat: str = "NEEDS-ACTION"
    cutype: str | None = None
    rsvp: bool = True
    extra: tuple[str, ...] = field(default_factory=tuple)


def esc(text: str) -> str:
    """Given free text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets with CRLF + space, as RFC 5545 asks."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    limit = 75
    while raw:
        cut = min(limit, len(raw))
        # never split inside a UTF-8 sequence
        while cut < len(raw) and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
        limit = 74
    return "\r\n ".join(parts)


def person(prop: str, a: Att) -> str:
    """Given ORGANIZER or ATTENDEE and a party returns its content line."""
    params: list[str] = []
    if prop == "ATTENDEE":
        if a.cutype:
            params.append(f"CUTYPE={a.cutype}")
        params.append(f"ROLE={a.role}")
        params.append(f"PARTSTAT={a.partstat}")
        if a.rsvp:
            params.append("RSVP=TRUE")
    if a.cn is not None:
        cn = f'"{a.cn}"' if any(c in a.cn for c in ",;:") else a.cn
        params.insert(0, f"CN={cn}")
    params.extend(a.extra)
    head = ";".join([prop, *params])
    return f"{head}:mailto:{a.email}"


def eu_zone(tzid: str) -> list[str]:
    """Given a TZID (IANA or Windows name) returns a VTIMEZONE with the EU CET/CEST rules."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def iana_zone(tzid: str, std: str = "CET", dst: str = "CEST") -> list[str]:
    """Given an IANA TZID returns a Google/Apple style VTIMEZONE with X-LIC-LOCATION and names."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{dst}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{std}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def calendar(
    prodid: str,
    body: list[str],
    *,
    method: str | None = "REQUEST",
    zones: list[str] | None = None,
    head: tuple[str, ...] = (),
) -> str:
    """Given a PRODID, the component lines and zone lines returns the whole folded VCALENDAR text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    lines.extend(zones or [])
    lines.extend(body)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def when(prop: str, value: str, tzid: str | None) -> str:
    """Given DTSTART/DTEND, a local or UTC stamp and a TZID (None: as written) returns the content line."""
    if len(value) == 8:
        return f"{prop};VALUE=DATE:{value}"
    if tzid:
        return f"{prop};TZID={tzid}:{value}"
    return f"{prop}:{value}"


def vevent(
    uid: str,
    summary: str,
    start: str,
    end: str,
    *,
    tzid: str | None = None,
    organizer: Att | None = None,
    attendees: tuple[Att, ...] = (),
    desc: str = "",
    location: str = "",
    status: str = "CONFIRMED",
    stamp: str = "20261120T091500Z",
    seq: int = 0,
    extra: tuple[str, ...] = (),
    pre: tuple[str, ...] = (),
) -> list[str]:
    """Given the fields of one VEVENT returns its unfolded content lines (escaping the TEXT values)."""
    out = ["BEGIN:VEVENT", *pre, when("DTSTART", start, tzid), when("DTEND", end, tzid), f"DTSTAMP:{stamp}"]
    if organizer is not None:
        out.append(person("ORGANIZER", organizer))
    out.append(f"UID:{uid}")
    out.extend(person("ATTENDEE", a) for a in attendees)
    out.append(f"CREATED:{stamp}")
    if desc:
        out.append(f"DESCRIPTION:{esc(desc)}")
    out.append(f"LAST-MODIFIED:{stamp}")
    if location:
        out.append(f"LOCATION:{esc(location)}")
    out.append(f"SEQUENCE:{seq}")
    if status:
        out.append(f"STATUS:{status}")
    out.append(f"SUMMARY:{esc(summary)}")
    out.extend(extra)
    out.append("END:VEVENT")
    return out


def me(partstat: str = "NEEDS-ACTION", *, cn: str | None = ME_CN, addr: str = ME) -> Att:
    """Given a reply state returns the user as an attendee (private address unless told)."""
    return Att(cn, addr, partstat=partstat)


def zoom(meeting: str, pwd: str, lang: str = "en") -> str:
    """Given a meeting id and passcode returns Zoom's invitation boilerplate in a language."""
    url = f"https://us02web.zoom.us/j/{meeting.replace(' ', '')}?pwd={pwd}"
    if lang == "fr":
        return (
            f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {meeting}\nCode secret : {pwd[:6]}\n\n"
            "Un seul appareil mobile\n+33170372246,,# France"
        )
    if lang == "de":
        return (
            f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {meeting}\nKenncode: {pwd[:6]}\n\n"
            "Schnelleinwahl mobil\n+496938079883,,# Deutschland"
        )
    if lang == "es":
        return (
            f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {meeting}\nCódigo de acceso: {pwd[:6]}\n\n"
            "Móvil con un toque\n+34843685138,,# España"
        )
    return (
        f"Join Zoom Meeting\n{url}\n\nMeeting ID: {meeting}\nPasscode: {pwd[:6]}\n\n---\n"
        "One tap mobile\n+33186995831,,# France"
    )


def teams(lang: str = "en", meeting: str = "362 118 904 517") -> str:
    """Given a language returns Microsoft Teams' join block."""
    link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0ZTk2%40thread.v2/0?context=%7b%22Tid%22%7d"
    rule = "_" * 80
    if lang == "fr":
        return (
            f"{rule}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil "
            f"de salle\nCliquez ici pour rejoindre la réunion<{link}>\nID de la réunion : {meeting}\n"
            f"Code secret : Xb7kQ2\nTélécharger Teams | Rejoindre sur le web\n{rule}"
        )
    if lang == "de":
        return (
            f"{rule}\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder "
            f"Ihrem Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{link}>\n"
            f"Besprechungs-ID: {meeting}\nPasscode: Lm4tRz\n{rule}"
        )
    if lang == "es":
        return (
            f"{rule}\nReunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de "
            f"sala\nHaga clic aquí para unirse a la reunión<{link}>\nId. de reunión: {meeting}\n"
            f"Código de acceso: Pq9wEe\n{rule}"
        )
    return (
        f"{rule}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to "
        f"join the meeting<{link}>\nMeeting ID: {meeting}\nPasscode: Hc3vYa\nDownload Teams | Join on the "
        f"web\nLearn More | Meeting options\n{rule}"
    )


def meet(code: str, lang: str = "en") -> str:
    """Given a Meet code returns Google Calendar's Meet block and invitation footer."""
    url = f"https://meet.google.com/{code}"
    if lang == "fr":
        return (
            f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nParticiper avec Google "
            f"Meet : {url}\nOu appelez le : (FR) +33 1 87 40 41 92 PIN : 804 221 917#\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\n"
            "Invitation de Google Agenda"
        )
    if lang == "es":
        return (
            f"Unirse con Google Meet: {url}\nO marca: (ES) +34 910 48 53 17 PIN: 552 903 118#\n\n"
            "Invitación de Google Calendar"
        )
    if lang == "de":
        return (
            f"Mit Google Meet teilnehmen: {url}\nOder wählen Sie: (DE) +49 30 300195061 PIN: 771 430 902#\n\n"
            "Einladung von Google Kalender"
        )
    return (
        f"Join with Google Meet: {url}\nOr dial: (FR) +33 1 87 40 41 92 PIN: 804 221 917#\n\n"
        "Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the "
        "event."
    )


def webex(lang: str = "en") -> str:
    """Given a language returns Cisco Webex's join block."""
    link = "https://meetings.webex.com/meet/j.php?MTID=m5c0a1e2f"
    if lang == "fr":
        return f"Rejoindre la réunion Webex\n{link}\nNuméro de la réunion : 2741 908 336\nMot de passe : Ecole26"
    if lang == "de":
        return f"Webex-Meeting beitreten\n{link}\nMeeting-Kennnummer: 2741 908 336\nPasswort: Lernen26"
    if lang == "es":
        return f"Entrar a la reunión de Webex\n{link}\nNúmero de reunión: 2741 908 336\nContraseña: Aula26"
    return f"Join Webex meeting\n{link}\nMeeting number: 2741 908 336\nPassword: Meet26"
