"""Raw iCalendar helpers for the holdout74 event split (written blind, CC0 1.0).

The events themselves are composed line by line in the holdout74ev_* modules; this module only folds,
escapes and wraps them the way calendar programs do, and holds the VTIMEZONE blocks and the video-call
boilerplate that real invitations carry.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

USER_FREE = "reto.brunner@bluewin.ch"
USER_WORK = "reto.brunner@bekb-infra.ch"


@dataclass
class Ev:
    """One calendar file and its label row."""

    kind: str
    uid: str
    ics: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = field(default_factory=tuple)
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def prop(name: str, value: str, params: str = "") -> str:
    return f"{name}{params}:{esc(value)}"


def fold(line: str, width: int = 75) -> list[str]:
    """Fold one content line at `width` octets without splitting a UTF-8 sequence."""
    out: list[str] = []
    cur = ""
    cur_len = 0
    limit = width
    for ch in line:
        n = len(ch.encode("utf-8"))
        if cur_len + n > limit:
            out.append(cur)
            cur = " "
            cur_len = 1
            limit = width
        cur += ch
        cur_len += n
    out.append(cur)
    return out


def _flatten(items: tuple[object, ...] | list[object]) -> list[str]:
    out: list[str] = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif isinstance(it, (list, tuple)):
            out.extend(_flatten(list(it)))
        elif it is None:
            continue
        else:
            raise TypeError(type(it))
    return out


def vevent(*lines: object) -> list[str]:
    return ["BEGIN:VEVENT", *_flatten(lines), "END:VEVENT"]


def vcal(*blocks: object, folded: bool = True) -> str:
    """Wrap header lines, VTIMEZONEs and VEVENTs into one VCALENDAR text with CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", *_flatten(blocks), "END:VCALENDAR"]
    out: list[str] = []
    for ln in lines:
        out.extend(fold(ln) if folded else [ln])
    return "\r\n".join(out) + "\r\n"


def outlook_uid(seed: str) -> str:
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest().upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "0000000000000000100000000" + h[16:40]


def hexid(seed: str, n: int = 26) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def att(
    email: str,
    cn: str | None = None,
    *,
    role: str = "REQ-PARTICIPANT",
    partstat: str = "NEEDS-ACTION",
    rsvp: bool = True,
    cutype: str | None = None,
    quote: bool = False,
    mailto: str = "mailto:",
    extra: str = "",
) -> str:
    p = ""
    if cutype:
        p += f";CUTYPE={cutype}"
    p += f";ROLE={role};PARTSTAT={partstat}"
    if rsvp:
        p += ";RSVP=TRUE"
    if cn is not None:
        p += f';CN="{cn}"' if (quote or any(c in cn for c in ",;:")) else f";CN={cn}"
    p += extra
    return f"ATTENDEE{p}:{mailto}{email}"


def org(email: str, cn: str | None = None, *, sent_by: str | None = None, quote: bool = False) -> str:
    p = ""
    if cn is not None:
        p += f';CN="{cn}"' if (quote or any(c in cn for c in ",;:")) else f";CN={cn}"
    if sent_by:
        p += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{p}:mailto:{email}"


def alarm(trigger: str = "-PT15M", desc: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", prop("DESCRIPTION", desc), f"TRIGGER:{trigger}", "END:VALARM"]


# ---------------------------------------------------------------- time zones

def tz_olson(name: str) -> list[str]:
    """A Google/Apple style VTIMEZONE for a Central European Olson zone."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{name}",
        f"X-LIC-LOCATION:{name}",
        *TZ_ZURICH[3:],
    ]


TZ_ZURICH = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Zurich",
    "X-LIC-LOCATION:Europe/Zurich",
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


TZ_LONDON = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "X-LIC-LOCATION:Europe/London",
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


def tz_windows(tzid: str, std_off: str = "+0100", dst_off: str = "+0200") -> list[str]:
    """The VTIMEZONE block Outlook/Exchange writes for a Windows zone name (or its display name)."""
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


WEU = "W. Europe Standard Time"
WEU_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
WEU_FR = "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"
WEU_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
GMT_WIN = "GMT Standard Time"


def dt(tzid: str, value: str, name: str = "DTSTART") -> str:
    tz = f'"{tzid}"' if any(c in tzid for c in ",;:") else tzid
    return f"{name};TZID={tz}:{value}"


# ---------------------------------------------------------------- headers

def head_outlook(method: str = "REQUEST", version: str = "Microsoft Exchange Server 2010") -> list[str]:
    return [f"METHOD:{method}", f"PRODID:{version}", "VERSION:2.0"]


def head_google(method: str | None = "REQUEST", wr_tz: str | None = None) -> list[str]:
    out = ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    if wr_tz:
        out += ["X-WR-CALNAME:Reto Brunner", f"X-WR-TIMEZONE:{wr_tz}"]
    return out


def head_apple(os_: str = "iOS 17.6.1") -> list[str]:
    return ["VERSION:2.0", f"PRODID:-//Apple Inc.//{os_}//EN", "CALSCALE:GREGORIAN"]


def head_tb() -> list[str]:
    return ["PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"]


def head_tool(prodid: str, method: str | None = "REQUEST") -> list[str]:
    out = [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    return out


def outlook_tail(seq: int = 0, busy: str = "TENTATIVE", importance: int = 1) -> list[str]:
    return [
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        f"SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]


# ---------------------------------------------------------------- video-call boilerplate

_LINE = "_" * 80


def teams(lang: str, mid: str, code: str) -> str:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hexid(mid, 40)}%40thread.v2/0"
    if lang == "de":
        return (
            f"{_LINE}\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr "
            f"Raumgerät teil\nHier klicken, um an der Besprechung teilzunehmen <{url}>\nBesprechungs-ID: {mid}\n"
            f"Passcode: {code}\nTeams herunterladen <https://www.microsoft.com/de-ch/microsoft-teams/download-app> | "
            f"Im Web beitreten <https://www.microsoft.com/microsoft-teams/join-a-meeting>\nWeitere Informationen "
            f"<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n{_LINE}"
        )
    if lang == "fr":
        return (
            f"{_LINE}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil "
            f"de salle\nCliquez ici pour rejoindre la réunion <{url}>\nID de la réunion : {mid}\n"
            f"Code secret : {code}\nTélécharger Teams | Rejoindre sur le web\nEn savoir plus | Options de "
            f"réunion\n{_LINE}"
        )
    return (
        f"{_LINE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to "
        f"join the meeting <{url}>\nMeeting ID: {mid}\nPasscode: {code}\nDownload Teams | Join on the web\n"
        f"Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options\n{_LINE}"
    )


def zoom(lang: str, mid: str, code: str, host: str = "eu01web") -> str:
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={hexid(mid, 22)}"
    if lang == "de":
        return (
            f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {code}\n\n---\n\nMobilgerät mit "
            f"einem Fingertipp\n+41434569832,,{mid.replace(' ', '')}# Schweiz\n\nEinwahl nach aktuellem "
            f"Standort\n+41 43 456 98 32 Schweiz\n+41 31 528 09 88 Schweiz"
        )
    if lang == "fr":
        return (
            f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : {code}\n\n---\n\n"
            f"Composer un numéro en fonction de votre emplacement\n+41 22 591 00 05 Suisse"
        )
    return (
        f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {code}\n\n---\n\nOne tap mobile\n"
        f"+41434569832,,{mid.replace(' ', '')}# Switzerland\n\nDial by your location\n+41 43 456 98 32 Switzerland"
    )


def meet(lang: str, code: str, pin: str = "318 442 907") -> str:
    url = f"https://meet.google.com/{code}"
    if lang == "de":
        return (
            f"Google Meet-Videokonferenz beitreten: {url}\nOder telefonisch teilnehmen: (CH) +41 43 210 81 45 "
            f"PIN: {pin}#\nWeitere Telefonnummern: https://tel.meet/{code}?pin={pin.replace(' ', '')}"
        )
    if lang == "fr":
        return (
            f"Participer à la visioconférence Google Meet : {url}\nOu appeler le : (CH) +41 22 518 14 77 "
            f"Code : {pin}#"
        )
    if lang == "es":
        return (
            f"Unirse con Google Meet: {url}\nO marca el: (CH) +41 43 210 81 45 PIN: {pin}#\n"
            f"Más números de teléfono: https://tel.meet/{code}?pin={pin.replace(' ', '')}"
        )
    return f"Join with Google Meet: {url}\nOr dial: (CH) +41 43 210 81 45 PIN: {pin}#"


def google_footer(lang: str) -> str:
    if lang == "de":
        return (
            "\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese "
            "E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie keine Updates mehr für diesen Termin "
            "erhalten möchten, lehnen Sie ihn ab."
        )
    if lang == "fr":
        return (
            "\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet "
            "e-mail, car vous êtes invité à cet événement."
        )
    if lang == "es":
        return (
            "\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo "
            "porque eres invitado a este evento."
        )
    return (
        "\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
        "email because you are an attendee on the event."
    )


def webex(lang: str, number: str, pw: str, site: str) -> str:
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{hexid(number, 32)}"
    if lang == "fr":
        return (
            f"-- Ne supprimez pas et ne modifiez pas la section suivante. --\n\nRejoindre la réunion :\n{url}\n\n"
            f"Numéro de la réunion (code d'accès) : {number}\nMot de passe de la réunion : {pw}\n\n"
            f"Rejoindre par téléphone\n+41-44-580-1011 Suisse Numéro payant"
        )
    if lang == "de":
        return (
            f"-- Den folgenden Abschnitt nicht löschen oder ändern. --\n\nAn Meeting teilnehmen:\n{url}\n\n"
            f"Meeting-Kennnummer (Zugriffscode): {number}\nMeeting-Passwort: {pw}"
        )
    return (
        f"-- Do not delete or change any of the following text. --\n\nJoin meeting:\n{url}\n\n"
        f"Meeting number (access code): {number}\nMeeting password: {pw}"
    )
