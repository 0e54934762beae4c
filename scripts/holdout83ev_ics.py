"""Small iCalendar text helpers for the holdout83 event split (escaping, folding, VTIMEZONE, boilerplate).

The events themselves are composed line by line in the holdout83ev_* modules; this module only escapes
text, folds long lines at 75 octets, writes the VTIMEZONE blocks real tools emit and the video-call
boilerplate of Zoom, Meet, Teams and Webex in the languages of the split.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

USER_FREE = "vale.rios.dev@gmail.com"
USER_WORK = "valentina.rios@codeacademia-ba.com.ar"


@dataclass
class Ev:
    kind: str
    uid: str
    ics: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def T(text: str) -> str:
    """Dedent a triple-quoted block (by its first line's indent, so inserted boilerplate keeps its own
    left margin) and drop its first and last newline."""
    lines = text.strip("\n").split("\n")
    first = next((ln for ln in lines if ln.strip()), "")
    n = len(first) - len(first.lstrip(" "))
    out = []
    for ln in lines:
        k = len(ln) - len(ln.lstrip(" "))
        out.append(ln[min(k, n):])
    return "\n".join(out).rstrip()


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
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


def _param(value: str) -> str:
    if any(c in value for c in ',;:'):
        return f'"{value}"'
    return value


def att(addr: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        rsvp: str | None = "TRUE", cutype: str | None = None, style: str = "google", extra: str = "") -> str:
    parts = ["ATTENDEE"]
    if style == "outlook":
        parts += [f"ROLE={role}", f"PARTSTAT={ps}"]
        if rsvp:
            parts.append(f"RSVP={rsvp}")
        if cn:
            parts.append(f"CN={_param(cn)}")
        if cutype:
            parts.append(f"CUTYPE={cutype}")
    else:
        parts.append(f"CUTYPE={cutype or 'INDIVIDUAL'}")
        parts += [f"ROLE={role}", f"PARTSTAT={ps}"]
        if rsvp:
            parts.append(f"RSVP={rsvp}")
        if cn:
            parts.append(f"CN={_param(cn)}")
        if style == "google":
            parts.append("X-NUM-GUESTS=0")
    if extra:
        parts.append(extra)
    return ";".join(parts) + f":mailto:{addr}"


def org(addr: str, cn: str | None = None, sent_by: str | None = None) -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f"CN={_param(cn)}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{addr}"


def desc(text: str, name: str = "DESCRIPTION", params: str = "") -> str:
    return f"{name}{params}:{esc(text)}"


def alt_html(text: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><HTML><HEAD><META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17928.20114"><TITLE></TITLE></HEAD><BODY>'
            f'<!-- Converted from text/rtf format -->{paras}</BODY></HTML>')
    return f"X-ALT-DESC;FMTTYPE=text/html:{esc(html)}"


# --- time zones -------------------------------------------------------------------------------------------

_US = (("3", "2SU"), ("11", "1SU"), "020000", "020000")
_EU = (("3", "-1SU"), ("10", "-1SU"), "020000", "030000")
_CL = (("9", "1SU"), ("4", "1SU"), "000000", "000000")

_ZONES: dict[str, tuple[str, str, tuple[str, str, tuple] | None]] = {
    "America/Argentina/Buenos_Aires": ("-0300", "-03", None),
    "America/Sao_Paulo": ("-0300", "-03", None),
    "America/Montevideo": ("-0300", "-03", None),
    "America/Bogota": ("-0500", "-05", None),
    "America/Mexico_City": ("-0600", "CST", None),
    "America/New_York": ("-0500", "EST", ("-0400", "EDT", _US)),
    "America/Chicago": ("-0600", "CST", ("-0500", "CDT", _US)),
    "America/Los_Angeles": ("-0800", "PST", ("-0700", "PDT", _US)),
    "America/Santiago": ("-0400", "-04", ("-0300", "-03", _CL)),
    "Europe/Madrid": ("+0100", "CET", ("+0200", "CEST", _EU)),
    "Europe/Berlin": ("+0100", "CET", ("+0200", "CEST", _EU)),
    "Europe/Paris": ("+0100", "CET", ("+0200", "CEST", _EU)),
}
_WINDOWS = {
    "Argentina Standard Time": "America/Argentina/Buenos_Aires",
    "(UTC-03:00) Ciudad de Buenos Aires": "America/Argentina/Buenos_Aires",
    "Romance Standard Time": "Europe/Madrid",
    "(UTC+01:00) Bruselas, Copenhague, Madrid, París": "Europe/Madrid",
    "W. Europe Standard Time": "Europe/Berlin",
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": "Europe/Berlin",
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien": "Europe/Berlin",
    "Eastern Standard Time": "America/New_York",
    "(UTC-05:00) Eastern Time (US & Canada)": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles",
    "Central Standard Time": "America/Chicago",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "SA Pacific Standard Time": "America/Bogota",
    "Pacific SA Standard Time": "America/Santiago",
}


def _nth_sunday(year: int, month: int, byday: str) -> str:
    n = int(byday[:-2])
    days = [d for d in range(1, 32) if _valid(year, month, d) and dt.date(year, month, d).weekday() == 6]
    return dt.date(year, month, days[n - 1 if n > 0 else n]).strftime("%Y%m%d")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def vtimezone(tzid: str, style: str = "google") -> list[str]:
    std_off, std_name, dst = _ZONES[_WINDOWS.get(tzid, tzid)]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style == "google":
        lines.append(f"X-LIC-LOCATION:{tzid}")
    if dst is None:
        lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{std_off}"]
        if style != "outlook":
            lines.append(f"TZNAME:{std_name}")
        lines += ["DTSTART:16010101T000000" if style == "outlook" else "DTSTART:19700101T000000", "END:STANDARD"]
        return [*lines, "END:VTIMEZONE"]
    dst_off, dst_name, ((dmon, dday), (smon, sday), dtime, stime) = dst
    if style == "outlook":
        std_start, dst_start = f"16010101T{stime}", f"16010101T{dtime}"
        srule = f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sday};BYMONTH={smon}"
        drule = f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dday};BYMONTH={dmon}"
        return [*lines,
                "BEGIN:STANDARD", f"DTSTART:{std_start}", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}",
                srule, "END:STANDARD",
                "BEGIN:DAYLIGHT", f"DTSTART:{dst_start}", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}",
                drule, "END:DAYLIGHT", "END:VTIMEZONE"]
    year = 1970 if style == "google" else 2007
    std_start = f"{_nth_sunday(year, int(smon), sday)}T{stime}"
    dst_start = f"{_nth_sunday(year, int(dmon), dday)}T{dtime}"
    return [*lines,
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}", f"TZNAME:{dst_name}",
            f"DTSTART:{dst_start}", f"RRULE:FREQ=YEARLY;BYMONTH={dmon};BYDAY={dday}", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}", f"TZNAME:{std_name}",
            f"DTSTART:{std_start}", f"RRULE:FREQ=YEARLY;BYMONTH={smon};BYDAY={sday}", "END:STANDARD",
            "END:VTIMEZONE"]


def cal(body: list[str], *, prodid: str, method: str | None = "REQUEST", tz: tuple[str, ...] = (),
        tzstyle: str = "google", head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if tzstyle == "outlook":
        lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for zone in tz:
        lines += vtimezone(zone, tzstyle)
    lines += body
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out += fold(line)
    return "\r\n".join(out) + "\r\n"


# --- video boilerplate --------------------------------------------------------------------------------------

def _digits(seed: str, n: int) -> str:
    h = hashlib.sha256(seed.encode()).hexdigest()
    return "".join(str(int(c, 16) % 10) for c in h)[:n]


def _code(seed: str) -> str:
    h = hashlib.sha256(("meet" + seed).encode()).hexdigest()
    letters = "".join(chr(ord("a") + int(c, 16) % 26) for c in h)
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def meet_link(seed: str) -> str:
    return f"https://meet.google.com/{_code(seed)}"


def meet(lang: str, seed: str) -> str:
    url = meet_link(seed)
    pin = _digits(seed + "pin", 9)
    pin_s = f"{pin[:3]} {pin[3:6]} {pin[6:]}#"
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    if lang == "es":
        body = (f"Unirse con Google Meet: {url}\nO marcar: (AR) +54 11 3986-{_digits(seed, 4)} PIN: {pin_s}\n"
                f"Más números de teléfono: https://tel.meet/{url.rsplit('/', 1)[1]}?pin={pin}\n\n"
                "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "No edites esta sección de la descripción.")
    elif lang == "fr":
        body = (f"Participer avec Google Meet : {url}\nOu composer le : (FR) +33 1 87 40 {_digits(seed, 2)} "
                f"{_digits(seed + 'x', 2)} Code : {pin_s}\n\n"
                "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720")
    elif lang == "de":
        body = (f"Mit Google Meet teilnehmen: {url}\nOder wählen Sie: (DE) +49 30 300195{_digits(seed, 3)} "
                f"PIN: {pin_s}\n\nWeitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720")
    else:
        body = (f"Join with Google Meet: {url}\nOr dial: (US) +1 414-{_digits(seed, 3)}-{_digits(seed + 'd', 4)} "
                f"PIN: {pin_s}\nMore phone numbers: https://tel.meet/{url.rsplit('/', 1)[1]}?pin={pin}\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.")
    return f"{sep}\n{body}\n{sep}"


def zoom(lang: str, host: str, seed: str) -> tuple[str, str]:
    mid = _digits(seed, 11)
    mid = str(8 + int(mid[0]) % 2) + mid[1:]
    mid_s = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    pwd = _digits(seed + "p", 6)
    url = f"https://{host}.zoom.us/j/{mid}?pwd={hashlib.md5(seed.encode()).hexdigest()[:22]}.1"
    if lang == "es":
        text = (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid_s}\nCódigo de acceso: {pwd}\n\n---\n\n"
                f"Móvil con un toque\n+5411{_digits(seed, 8)},,{mid}#,,,,*{pwd}# Argentina\n\n"
                f"Marcar según su ubicación\n• +54 341 512 2188 Argentina\n• +1 646 558 8656 EE. UU. (Nueva York)")
    elif lang == "de":
        text = (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid_s}\nKenncode: {pwd}\n\n---\n\n"
                f"Schnelleinwahl mobil\n+493056795800,,{mid}#,,,,*{pwd}# Deutschland")
    elif lang == "fr":
        text = (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid_s}\nCode secret : {pwd}\n\n---\n\n"
                f"Appel abrégé mobile\n+33170372246,,{mid}#,,,,*{pwd}# France")
    else:
        text = (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid_s}\nPasscode: {pwd}\n\n---\n\n"
                f"One tap mobile\n+16465588656,,{mid}#,,,,*{pwd}# US (New York)\n+13017158592,,{mid}#,,,,*{pwd}# "
                "US (Washington DC)\n\nJoin instructions\nhttps://zoom.us/meetings/" + mid + "/invitations")
    return url, text


def teams(lang: str, seed: str) -> tuple[str, str]:
    mid = _digits(seed, 12)
    mid_s = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}"
    pw = hashlib.sha1(seed.encode()).hexdigest()[:6].upper().replace("0", "Q")
    url = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
           f"{hashlib.sha1(seed.encode()).hexdigest()[:40]}%40thread.v2/0")
    line = "_" * 80
    if lang == "es":
        text = (f"{line}\nReunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
                f"Haga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {mid_s}\nCódigo de acceso: {pw}\n"
                "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la "
                "web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nMás información<https://aka.ms/"
                f"JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n{line}")
    elif lang == "de":
        text = (f"{line}\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem "
                f"Raumgerät aus teil\nHier klicken, um an der Besprechung teilzunehmen<{url}>\nBesprechungs-ID: "
                f"{mid_s}\nKennung: {pw}\nTeams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/"
                "download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n{line}")
    else:
        text = (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                f"Click here to join the meeting<{url}>\nMeeting ID: {mid_s}\nPasscode: {pw}\n"
                "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the "
                "web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/"
                f"JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n{line}")
    return url, text


def webex(lang: str, site: str, seed: str) -> tuple[str, str]:
    num = _digits(seed, 10)
    num_s = f"{num[:4]} {num[4:7]} {num[7:]}"
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{hashlib.md5(seed.encode()).hexdigest()}"
    pw = "Wx" + _digits(seed + "w", 5) + "!"
    if lang == "es":
        text = ("-- No eliminar ni cambiar ninguno de los siguientes textos. --\n\n"
                f"Unirse a la reunión de Webex\n{url}\n\n"
                f"Número de reunión (código de acceso): {num_s}\nContraseña de la reunión: {pw}\n\n"
                "Unirse desde un sistema o aplicación de video\nMarque " + num + f"@{site}.webex.com")
    else:
        text = (f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n{url}\n\n"
                f"Meeting number (access code): {num_s}\nMeeting password: {pw}\n\n"
                "Join from a video system or application\nDial " + num + f"@{site}.webex.com")
    return url, text


# --- Outlook / Exchange pieces ------------------------------------------------------------------------------

def ms_uid(seed: str) -> str:
    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "01000000000000000010000000" + h[16:48]


def ms_tail(seq: int = 0, busy: str = "TENTATIVE", allday: bool = False, teams_link: str = "") -> list[str]:
    lines = [
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "TRANSP:OPAQUE",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams_link:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_link}",
                  "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness"]
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    return lines


def ms_alarm(minutes: int = 15) -> list[str]:
    return ["BEGIN:VALARM", "DESCRIPTION:REMINDER", f"TRIGGER;RELATED=START:-PT{minutes}M", "ACTION:DISPLAY",
            "END:VALARM"]
