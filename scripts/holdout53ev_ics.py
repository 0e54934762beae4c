"""Small helpers to compose raw iCalendar text for the holdout53 event split (written blind)."""

from __future__ import annotations

from dataclasses import dataclass

ME = "kofi.mensah-bauer@t-online.de"
WORK = "k.mensah-bauer@falkenstein-brauerei.de"
ME_CN = "Kofi Mensah-Bauer"
STAMP = "20260203T081512Z"


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
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def T(name: str, *parts: str) -> str:
    """A text property; parts are joined by newlines and escaped."""
    return f"{name}:{esc(chr(10).join(parts))}"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: str | None = "TRUE", extra: str = "") -> str:
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={ps}"
    if rsvp:
        params += f";RSVP={rsvp}"
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    params += extra
    return f"ATTENDEE{params}:mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f';CN="{cn}"' if "," in cn else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def ev(uid: str, start: str, end: str | None, *rest: str, stamp: str = STAMP, seq: int | None = None,
       comp: str = "VEVENT") -> list[str]:
    lines = [f"BEGIN:{comp}", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART{start}"]
    if end is not None:
        lines.append(end if end.startswith("DURATION") else f"DTEND{end}")
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    lines.extend(rest)
    lines.append(f"END:{comp}")
    return lines


def tz(zone: str, dt: str) -> str:
    if "," in zone or ":" in zone:
        return f';TZID="{zone}":{dt}'
    return f";TZID={zone}:{dt}"


def b(dt: str) -> str:
    return tz("Europe/Berlin", dt)


def u(dt: str) -> str:
    return f":{dt}Z"


def fl(dt: str) -> str:
    return f":{dt}"


def day(d: str) -> str:
    return f";VALUE=DATE:{d}"


def vtz(tzid: str, std: str, dst: str, std_name: str, dst_name: str, x_lic: str | None = None) -> list[str]:
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if x_lic:
        out.append(f"X-LIC-LOCATION:{x_lic}")
    out += [
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
    return out


def cet(tzid: str, lic: str | None = None) -> list[str]:
    return vtz(tzid, "+0100", "+0200", "CET", "CEST", lic)


def ms_cet(tzid: str) -> list[str]:
    """Outlook style: no TZNAME, 1601 anchors."""
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
    ]


def ms_gmt() -> list[str]:
    return [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE",
    ]


def london() -> list[str]:
    return vtz("Europe/London", "+0000", "+0100", "GMT", "BST")


UTC1 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def cal(*events: list[str], prodid: str, method: str | None = "REQUEST", tzs: tuple[list[str], ...] = (),
        head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for z in tzs:
        lines.extend(z)
    for e in events:
        lines.extend(e)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def fold(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append(cur)
            cur, size, limit = "", 0, 74
        cur += ch
        size += n
    parts.append(cur)
    return "\r\n ".join(parts)


GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.4//EN"
MACOS = "-//Apple Inc.//macOS 14.3//EN"
TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def meet(code: str, lang: str = "en") -> list[str]:
    if lang == "de":
        return [f"Mit Google Meet teilnehmen: https://meet.google.com/{code}",
                "Telefonisch teilnehmen: (DE) +49 30 300195012 PIN: 418 220 917#",
                "Weitere Telefonnummern: https://tel.meet/" + code + "?pin=418220917"]
    return [f"Join with Google Meet: https://meet.google.com/{code}",
            "Join by phone: (GB) +44 20 3873 7654 PIN: 902 114 338#",
            "More phone numbers: https://tel.meet/" + code + "?pin=902114338"]


def teams(mid: str, lang: str = "en") -> list[str]:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    if lang == "de":
        return ["_" * 40, "Microsoft Teams Hilfe? Jetzt an der Besprechung teilnehmen",
                f"Besprechungs-ID: {mid[:3]} {mid[3:6]} {mid[6:9]} 4", "Kennung: q7XbT2", url,
                "Nur Audio: +49 69 365051234,,71829034# Deutschland, Frankfurt", "_" * 40]
    if lang == "fr":
        return ["_" * 40, "Réunion Microsoft Teams", "Rejoindre sur votre ordinateur ou application mobile",
                "Cliquez ici pour rejoindre la réunion", url, f"ID de réunion : {mid[:3]} {mid[3:6]} 219",
                "Code secret : h3Kp9a", "_" * 40]
    return ["_" * 40, "Microsoft Teams meeting", "Join on your computer, mobile app or room device",
            "Click here to join the meeting", url, f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} 1",
            "Passcode: Zr8vKm", "_" * 40]


def zoom(mid: str, lang: str = "en") -> list[str]:
    url = f"https://us02web.zoom.us/j/{mid}?pwd=bFJxR2d0cUxQa1NnZz09"
    if lang == "de":
        return ["Zoom-Meeting beitreten", url, f"Meeting-ID: {mid[:3]} {mid[3:7]} {mid[7:]}", "Kenncode: 551204",
                f"Schnelleinwahl mobil: +496938079883,,{mid}# Deutschland"]
    if lang == "es":
        return ["Unirse a la reunión Zoom", url, f"ID de reunión: {mid[:3]} {mid[3:7]} {mid[7:]}",
                "Código de acceso: 770031"]
    if lang == "fr":
        return ["Participer à la réunion Zoom", url, f"ID de réunion : {mid[:3]} {mid[3:7]} {mid[7:]}",
                "Code secret : 330918"]
    return ["Join Zoom Meeting", url, f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}", "Passcode: 882614"]


def webex(num: str, host: str, lang: str = "en") -> list[str]:
    url = f"https://{host}.webex.com/{host}/j.php?MTID=m{num}a7f3"
    if lang == "de":
        return ["Webex-Meeting beitreten", url, f"Meeting-Kennnummer (Zugriffscode): {num}",
                "Meeting-Passwort: Planung26",
                "Über Telefon beitreten: +49-619-6781-9736 Deutschland Gebührenpflichtig"]
    return ["Join Webex meeting", url, f"Meeting number (access code): {num}", "Meeting password: Plan2026"]
