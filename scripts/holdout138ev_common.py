"""Shared helpers for the holdout138 event corpus (raw iCalendar text, folded by hand-rolled rules).

Each event module exposes ``EVENTS``: a list of ``Ev`` records holding the raw VEVENT text (and any
VTIMEZONE blocks it needs) plus its label. The generator wraps, folds and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

USER_FREE = "santiago.restrepo.dev@gmail.com"
USER_WORK = "srestrepo@pagaya-fintech.co"


@dataclass
class Ev:
    kind: str
    body: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""
    method: str = "REQUEST"
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN"
    tzs: tuple[str, ...] = ()
    cal_extra: tuple[str, ...] = field(default_factory=tuple)


def _tz(tzid: str, std: str, dst: str | None, std_name: str = "", dst_name: str = "") -> str:
    """A VTIMEZONE with one STANDARD and optionally one DAYLIGHT rule (US or EU style)."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{std}",
            *([f"TZNAME:{std_name}"] if std_name else []),
            "END:STANDARD",
        ]
    else:
        us = std.startswith("-")
        if us:
            dst_rule, std_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
            dst_start, std_start = "19700308T020000", "19701101T020000"
        else:
            dst_rule, std_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
            dst_start, std_start = "19700329T020000", "19701025T030000"
        lines += [
            "BEGIN:DAYLIGHT",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            *([f"TZNAME:{dst_name}"] if dst_name else []),
            f"DTSTART:{dst_start}",
            f"RRULE:{dst_rule}",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            *([f"TZNAME:{std_name}"] if std_name else []),
            f"DTSTART:{std_start}",
            f"RRULE:{std_rule}",
            "END:STANDARD",
        ]
    lines.append("END:VTIMEZONE")
    return "\n".join(lines)


TZ = {
    "bogota": _tz("America/Bogota", "-0500", None, "-05"),
    "ny": _tz("America/New_York", "-0500", "-0400", "EST", "EDT"),
    "la": _tz("America/Los_Angeles", "-0800", "-0700", "PST", "PDT"),
    "chicago": _tz("America/Chicago", "-0600", "-0500", "CST", "CDT"),
    "madrid": _tz("Europe/Madrid", "+0100", "+0200", "CET", "CEST"),
    "berlin": _tz("Europe/Berlin", "+0100", "+0200", "CET", "CEST"),
    "amsterdam": _tz("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST"),
    "paris": _tz("Europe/Paris", "+0100", "+0200", "CET", "CEST"),
    "london": _tz("Europe/London", "+0000", "+0100", "GMT", "BST"),
    "win_bogota": _tz("SA Pacific Standard Time", "-0500", None),
    "win_eastern": _tz("Eastern Standard Time", "-0500", "-0400"),
    "win_pacific": _tz("Pacific Standard Time", "-0800", "-0700"),
    "win_weurope": _tz("W. Europe Standard Time", "+0100", "+0200"),
    "win_romance": _tz("Romance Standard Time", "+0100", "+0200"),
    "win_gmt": _tz("GMT Standard Time", "+0000", "+0100"),
    "utc_bogota": _tz("(UTC-05:00) Bogota, Lima, Quito, Rio Branco", "-0500", None),
    "utc_amsterdam": _tz("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "+0100", "+0200"),
    "utc_eastern": _tz("(UTC-05:00) Eastern Time (US & Canada)", "-0500", "-0400"),
}

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.4.1//EN"
MAC = "-//Apple Inc.//macOS 14.4//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
ZOHO = "-//Zoho Corporation//Zoho Recruit//EN"


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 3.1)."""
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


def render(ev: Ev) -> str:
    """Wrap an event's VEVENT text into a VCALENDAR, fold long lines and use CRLF."""
    raw = ["BEGIN:VCALENDAR", f"PRODID:{ev.prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if ev.method:
        raw.append(f"METHOD:{ev.method}")
    raw += list(ev.cal_extra)
    for name in ev.tzs:
        raw += TZ[name].split("\n")
    for line in ev.body.strip("\n").split("\n"):
        line = line.rstrip()
        if line.startswith(" ") and len(raw) > 1:
            # the source wraps long content lines: a leading space continues the previous line (RFC 5545 unfolding)
            raw[-1] += line[1:]
            continue
        raw.append(line)
    raw.append("END:VCALENDAR")
    folded: list[str] = []
    for line in raw:
        folded += fold(line)
    return "\r\n".join(folded) + "\r\n"


# Conferencing boilerplate, already escaped as iCalendar TEXT (\n for newlines, \, for commas).
def meet_en(code: str, pin: str = "318 442 907#") -> str:
    return (
        r"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        rf"Join with Google Meet: https://meet.google.com/{code}\n\nJoin by phone\n(US) +1 415-555-0148 PIN: {pin}"
        r"\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit "
        r"this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def meet_es(code: str) -> str:
    return (
        r"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        rf"Unirse con Google Meet: https://meet.google.com/{code}\n\nUnirse por teléfono\n(CO) +57 601 555 0192"
        r" PIN: 771 204 335#\n\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
        r"No edites esta sección.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def meet_fr(code: str) -> str:
    return (
        rf"-::~:~::~:~::-\nParticiper avec Google Meet : https://meet.google.com/{code}\n\nParticiper par "
        r"téléphone\n(FR) +33 1 55 55 01 73 Code : 402 118 936#\n\nEn savoir plus sur Meet : "
        r"https://support.google.com/a/users/answer/9282720\n-::~:~::~:~::-"
    )


def zoom_en(mid: str, pwd: str, host: str = "us06web") -> str:
    compact = mid.replace(" ", "")
    return (
        rf"Join Zoom Meeting\nhttps://{host}.zoom.us/j/{compact}?pwd={pwd}\n\nMeeting ID: {mid}\nPasscode: "
        rf"{pwd[:6]}\n\n---\n\nOne tap mobile\n+13052241968\,\,{compact}# US\n+16465588656\,\,{compact}# US "
        r"(New York)\n\nFind your local number: https://zoom.us/u/abXq2kLm"
    )


def zoom_es(mid: str, pwd: str) -> str:
    compact = mid.replace(" ", "")
    return (
        rf"Unirse a la reunión Zoom\nhttps://us02web.zoom.us/j/{compact}?pwd={pwd}\n\nID de reunión: {mid}\n"
        rf"Código de acceso: {pwd[:6]}\n\n---\n\nMóvil con un toque\n+576015087702\,\,{compact}# Colombia\n\n"
        r"Encuentre su número local: https://us02web.zoom.us/u/kbGh7Qw"
    )


def teams_en(tail: str = "19%3ameeting_NzQ1YjE2") -> str:
    return (
        r"________________________________________________________________________________\n"
        r"Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJoin the meeting now<"
        rf"https://teams.microsoft.com/l/meetup-join/{tail}%40thread.v2/0>\nMeeting ID: 281 907 554 316\n"
        r"Passcode: hT6yP3\n________________________________\nDial in by phone\n+1 323-555-0117\,\,883201744# "
        r"United States\, Los Angeles\nPhone conference ID: 883 201 744#\n"
        r"________________________________________________________________________________"
    )


def teams_es(tail: str = "19%3ameeting_OGQ4ZTc3") -> str:
    return (
        r"________________________________________________________________________________\n"
        r"Reunión de Microsoft Teams ¿Necesita ayuda?<https://aka.ms/JoinTeamsMeeting?omkt=es-CO>\n"
        rf"Unirse a la reunión ahora<https://teams.microsoft.com/l/meetup-join/{tail}%40thread.v2/0>\n"
        r"Id. de reunión: 249 611 370 885\nCódigo de acceso: Zq4mT9\n________________________________\n"
        r"Para los organizadores: Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n"
        r"________________________________________________________________________________"
    )


def teams_de(tail: str = "19%3ameeting_MmFhZDk0") -> str:
    return (
        r"________________________________________________________________________________\n"
        r"Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/"
        rf"meetup-join/{tail}%40thread.v2/0>\nBesprechungs-ID: 372 118 904 551\nKennung: Ux8bQ2\n"
        r"________________________________\nFür Organisatoren: Besprechungsoptionen\n"
        r"________________________________________________________________________________"
    )


def webex_es(num: str) -> str:
    return (
        r"-- No elimine ni modifique el siguiente texto. --\n\nReunión de Cisco Webex\nÚnase desde el "
        rf"enlace de la reunión\nhttps://confiamos.webex.com/confiamos/j.php?MTID=m8e2f1c\n\nNúmero de reunión"
        rf" (código de acceso): {num}\nContraseña de la reunión: Dev2025!\n\nÚnase por teléfono\n"
        r"+57-601-555-0114 Colombia peaje\n\n¿Necesita ayuda? Vaya a https://help.webex.com"
    )
