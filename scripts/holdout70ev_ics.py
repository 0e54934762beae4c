"""Raw iCalendar helpers for the holdout70 event split.

Written blind (without reading the classifier or other generators). Events are composed as raw text; this
module only wraps them into VCALENDAR objects, adds VTIMEZONE blocks, expands a few video-call boilerplates
and folds long content lines the way calendar programs do (75 octets, CRLF).

Body conventions: one content line per source line; a source line starting with "|" is glued to the previous
line (lets long DESCRIPTION values stay under the source line limit); "@@NAME:arg@@" expands a boilerplate.
"""

from __future__ import annotations

import hashlib
import re
import textwrap

USER = "Mariana Gutiérrez Salas"
FREE = "mariana.gtz.salas@hotmail.com"
WORK = "mgutierrez@alimentos-valle-azul.com.mx"

_MX_STD = "BEGIN:STANDARD\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0600\n"


def _iana_fixed(tzid: str, name: str, off: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nX-LIC-LOCATION:{tzid}\nBEGIN:STANDARD\nTZOFFSETFROM:{off}\n"
        f"TZOFFSETTO:{off}\nTZNAME:{name}\nDTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE"
    )


def _iana_eu(tzid: str, std: str, dst: str, off: str, doff: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nX-LIC-LOCATION:{tzid}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:{off}\n"
        f"TZOFFSETTO:{doff}\nTZNAME:{dst}\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        f"END:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:{doff}\nTZOFFSETTO:{off}\nTZNAME:{std}\n"
        "DTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE"
    )


def _iana_us(tzid: str, std: str, dst: str, off: str, doff: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nX-LIC-LOCATION:{tzid}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:{off}\n"
        f"TZOFFSETTO:{doff}\nTZNAME:{dst}\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\n"
        f"END:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:{doff}\nTZOFFSETTO:{off}\nTZNAME:{std}\n"
        "DTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE"
    )


def _win_eu(tzid: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\n"
        "TZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
        "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
    )


def _win_us(tzid: str, off: str, doff: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:{doff}\n"
        f"TZOFFSETTO:{off}\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n"
        f"BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:{off}\nTZOFFSETTO:{doff}\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
    )


def _win_fixed(tzid: str) -> str:
    return f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{_MX_STD}DTSTART:16010101T000000\nEND:STANDARD\nEND:VTIMEZONE"


TZ: dict[str, str] = {
    "mx": _iana_fixed("America/Mexico_City", "CST", "-0600"),
    "mty": _iana_fixed("America/Monterrey", "CST", "-0600"),
    "mx_win": _win_fixed("Central Standard Time (Mexico)"),
    "mx_utc_es": _win_fixed("(UTC-06:00) Guadalajara, Ciudad de México, Monterrey"),
    "mx_utc_en": _win_fixed("(UTC-06:00) Guadalajara, Mexico City, Monterrey"),
    "madrid": _iana_eu("Europe/Madrid", "CET", "CEST", "+0100", "+0200"),
    "berlin": _iana_eu("Europe/Berlin", "CET", "CEST", "+0100", "+0200"),
    "madrid_win": _win_eu("Romance Standard Time"),
    "madrid_utc_es": _win_eu("(UTC+01:00) Bruselas, Copenhague, Madrid, París"),
    "paris_utc_fr": _win_eu("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"),
    "ny": _iana_us("America/New_York", "EST", "EDT", "-0500", "-0400"),
    "chicago": _iana_us("America/Chicago", "CST", "CDT", "-0600", "-0500"),
    "la": _iana_us("America/Los_Angeles", "PST", "PDT", "-0800", "-0700"),
    "tijuana": _iana_us("America/Tijuana", "PST", "PDT", "-0800", "-0700"),
    "eastern_win": _win_us("Eastern Standard Time", "-0500", "-0400"),
    "central_win": _win_us("Central Standard Time", "-0600", "-0500"),
    "pacific_win": _win_us("Pacific Standard Time", "-0800", "-0700"),
}

_SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
_LINE = "_" * 80


def _args(arg: str, n: int) -> list[str]:
    parts = arg.split("|")
    return parts + [""] * (n - len(parts))


def _teams_es(arg: str) -> str:
    mid, code, tid = _args(arg, 3)
    return (
        f"{_LINE}\\nReunión de Microsoft Teams\\nÚnase desde el equipo\\, la aplicación móvil o el dispositivo de "
        f"la sala\\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        f"{tid or 'NzQ1ZGE4'}%40thread.v2/0>\\nId. de reunión: {mid}\\nCódigo de acceso: {code}\\nDescargar "
        "Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/"
        "microsoft-teams/join-a-meeting>\\nMás información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión"
        f"<https://teams.microsoft.com/meetingOptions/>\\n{_LINE}"
    )


def _teams_en(arg: str) -> str:
    mid, code, tid = _args(arg, 3)
    return (
        f"{_LINE}\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join "
        f"the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid or 'ODk2YjFh'}%40thread.v2/0>\\n"
        f"Meeting ID: {mid}\\nPasscode: {code}\\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app>"
        " | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\\nLearn More<https://aka.ms/"
        f"JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\\n{_LINE}"
    )


def _teams_fr(arg: str) -> str:
    mid, code, tid = _args(arg, 3)
    return (
        f"{_LINE}\\nRéunion Microsoft Teams\\nRejoindre sur votre ordinateur\\, application mobile ou appareil de "
        f"salle\\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        f"{tid or 'YzFkMmQ3'}%40thread.v2/0>\\nID de réunion : {mid}\\nCode secret : {code}\\nTélécharger Teams"
        "<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/"
        f"microsoft-teams/join-a-meeting>\\n{_LINE}"
    )


def _meet_es(arg: str) -> str:
    code, pin = _args(arg, 2)
    return (
        f"{_SEP}\\nÚnete con Google Meet: https://meet.google.com/{code}\\n\\nÚnete por teléfono\\n(MX) +52 55 "
        f"8421 0375 PIN: {pin}#\\n\\nMás números de teléfono: https://tel.meet/{code}?pin={pin.replace(' ', '')}"
        "\\n\\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720\\n\\nNo edites esta "
        f"sección de la descripción.\\n{_SEP}"
    )


def _meet_en(arg: str) -> str:
    code, pin = _args(arg, 2)
    return (
        f"{_SEP}\\nJoin with Google Meet: https://meet.google.com/{code}\\nOr dial: (US) +1 470-285-1146 PIN: "
        f"{pin}#\\nMore phone numbers: https://tel.meet/{code}?pin={pin.replace(' ', '')}\\n\\nLearn more about "
        f"Meet at: https://support.google.com/a/users/answer/9282720\\n\\nPlease do not edit this section.\\n{_SEP}"
    )


def _zoom_es(arg: str) -> str:
    mid, pwd, host = _args(arg, 3)
    digits = mid.replace(" ", "")
    return (
        f"Únase a la reunión Zoom\\nhttps://{host or 'us06web'}.zoom.us/j/{digits}?pwd=bXhUd3pHcE5Kd0V1TjBY\\n\\n"
        f"ID de reunión: {mid}\\nCódigo de acceso: {pwd}\\n\\n---\\n\\nUn toque móvil\\n+525541614288\\,\\,{digits}#"
        f"\\,\\,\\,\\,*{pwd}# México\\n+525579848100\\,\\,{digits}#\\,\\,\\,\\,*{pwd}# México\\n\\n---\\n\\nMarcar "
        "según su ubicación\\n• +52 554 161 4288 México\\n• +52 558 659 6002 México\\n\\nEncuentre su número "
        "local: https://us06web.zoom.us/u/kdF0Xq2b3"
    )


def _zoom_en(arg: str) -> str:
    mid, pwd, host = _args(arg, 3)
    digits = mid.replace(" ", "")
    return (
        f"Join Zoom Meeting\\nhttps://{host or 'us02web'}.zoom.us/j/{digits}?pwd=TkZ2cWd1b3RzQXlWSE9v\\n\\nMeeting "
        f"ID: {mid}\\nPasscode: {pwd}\\n\\n---\\n\\nOne tap mobile\\n+16469313860\\,\\,{digits}#\\,\\,\\,\\,*{pwd}# "
        f"US\\n+13017158592\\,\\,{digits}#\\,\\,\\,\\,*{pwd}# US (Washington DC)\\n\\n---\\n\\nDial by your location"
        "\\n• +1 646 931 3860 US\\n• +1 301 715 8592 US (Washington DC)\\n\\nFind your local number: "
        "https://us02web.zoom.us/u/abXq9TzJ1"
    )


def _webex_en(arg: str) -> str:
    site, num, pwd = _args(arg, 3)
    return (
        f"-- Do not delete or change any of the following text. --\\n\\nWhen it's time\\, join the Webex meeting "
        f"here.\\n\\nMeeting number (access code): {num}\\nMeeting password: {pwd}\\n\\nJoin meeting\\n"
        f"https://{site}.webex.com/{site}/j.php?MTID=m4e1c0b7d2a9f38e6c51b0a7d9e2f4c18\\n\\nJoin by phone\\n"
        f"+1-415-655-0001 United States Toll\\nAccess code: {num}\\n\\nNeed help? Go to https://help.webex.com"
    )


BOILER = {
    "TEAMS_ES": _teams_es,
    "TEAMS_EN": _teams_en,
    "TEAMS_FR": _teams_fr,
    "MEET_ES": _meet_es,
    "MEET_EN": _meet_en,
    "ZOOM_ES": _zoom_es,
    "ZOOM_EN": _zoom_en,
    "WEBEX_EN": _webex_en,
}

_TOKEN = re.compile(r"@@(\w+)(?::([^@]*))?@@")


def fold(line: str, width: int = 75) -> list[str]:
    """Fold one content line at `width` octets without splitting a UTF-8 character."""
    if len(line.encode()) <= width:
        return [line]
    out: list[str] = []
    cur, size = "", 0
    for ch in line:
        n = len(ch.encode())
        if size + n > width:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return out


def lines_of(text: str) -> list[str]:
    """Source block -> content lines (dedented, '|' continuation glued, boilerplates expanded)."""
    out: list[str] = []
    for raw in textwrap.dedent(text).split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|") and out:
            out[-1] += line[1:]
        else:
            out.append(line)
    return [_TOKEN.sub(lambda m: BOILER[m.group(1)](m.group(2) or ""), line) for line in out]


def cal(
    prodid: str,
    body: str,
    method: str | None = "REQUEST",
    tzs: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
    width: int = 75,
    calscale: bool = True,
) -> str:
    """Wrap raw VEVENT text in a VCALENDAR and return CRLF-terminated, folded iCalendar text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for key in tzs:
        lines.extend(TZ[key].split("\n"))
    lines.extend(lines_of(body))
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for line in lines:
        folded.extend(fold(line, width))
    return "\r\n".join(folded) + "\r\n"


def outlook_uid(seed: str) -> str:
    """An Outlook/Exchange-style global object id (hex), stable for a seed."""
    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    return f"040000008200E00074C5B7101A82E00800000000{h[:8]}{h[8:16]}000000000000000010000000{h[16:48]}"


def item(
    kind: str,
    ics: str,
    uid: str,
    yes: bool,
    company: str = "",
    role: str = "",
    stage: str = "",
    who: str = "",
    trap: str = "",
) -> dict[str, str]:
    """One labelled event: file kind, iCalendar text and the label row (without file and split)."""
    return {
        "kind": kind,
        "ics": ics,
        "uid": uid,
        "is_interview": "1" if yes else "0",
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": who.lower(),
        "trap": trap,
    }
