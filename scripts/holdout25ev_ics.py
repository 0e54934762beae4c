"""iCalendar text helpers for the blind holdout25 event corpus (user: Inès Moreau).

Given an event description dict, returns raw iCalendar text shaped like the named producer; raises KeyError on
an unknown producer or time-zone key.
"""

from __future__ import annotations

import hashlib
from typing import Any

ME = ("ines.moreau@free.fr", "i.moreau@hotel-lesarcades.fr")
STAMP = "20261120T091500Z"

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iOS 17.5//EN",
    "zimbra": "Zimbra-Calendar-Provider",
    "wttj": "-//Welcome to the Jungle//Recruiting Calendar//FR",
    "workday": "-//Workday Inc//Workday Recruiting//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Calendar//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "teamtailor": "-//Teamtailor//Teamtailor Calendar 1.0//EN",
    "recruitee": "-//Recruitee//Recruitee Scheduler//EN",
    "calendly": "-//Calendly//Calendly Event//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoom": "-//Zoom Video Communications//Zoom Meetings//EN",
    "webex": "-//Cisco Systems//Webex Meetings//EN",
    "typed": "-//Apple Inc.//Mac OS X 10.15.7//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}

# (std offset, dst offset, std name, dst name)
_ZONES = {
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Brussels": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST"),
    "Romance Standard Time": ("+0100", "+0200", "Standard Time", "Daylight Time"),
    "W. Europe Standard Time": ("+0100", "+0200", "Standard Time", "Daylight Time"),
    "GMT Standard Time": ("+0000", "+0100", "Standard Time", "Daylight Time"),
}


def h(seed: str, n: int = 10) -> str:
    """Given a seed returns n stable hex digits."""
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def digits(seed: str, n: int) -> str:
    """Given a seed returns n stable decimal digits."""
    return str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:n]


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Given one content line returns it folded at 75 octets (never splitting a UTF-8 sequence)."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode()) > limit:
            out.append(cur)
            cur = " "
            limit = 75
        cur += ch
    out.append(cur)
    return out


def vtimezone(tzid: str) -> list[str]:
    """Given a zone key returns VTIMEZONE lines in the Outlook/Google shape."""
    std, dst, sname, dname = _ZONES[tzid]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", f"TZNAME:{sname}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", f"TZNAME:{dname}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def uid_for(ev: dict[str, Any], key: str) -> str:
    p = ev["p"]
    if p == "google":
        return f"{h(key, 26)}@google.com"
    if p in ("outlook", "exchange", "bookings"):
        return "040000008200E00074C5B7101A82E00800000000" + h(key, 40).upper()
    if p in ("apple", "ios", "typed"):
        x = h(key, 32).upper()
        return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"
    return f"{h(key, 16)}-{digits(key, 6)}@{p}.invite"


def _dt(name: str, value: str, tz: str) -> str:
    if tz == "allday":
        return f"{name};VALUE=DATE:{value[:8]}"
    if tz == "utc":
        return f"{name}:{value}Z"
    if tz == "float":
        return f"{name}:{value}"
    return f"{name};TZID={tz.removeprefix('win:')}:{value}"


def person(prop: str, cn: str, email: str, flag: str, lower: bool) -> str:
    """Given an attendee/organizer returns its content line; flag picks role/cutype."""
    params = []
    if flag == "room":
        params.append("CUTYPE=ROOM")
    elif flag == "res":
        params.append("CUTYPE=RESOURCE")
    elif prop == "ATTENDEE":
        params.append("CUTYPE=INDIVIDUAL")
    if prop == "ATTENDEE":
        params.append("ROLE=OPT-PARTICIPANT" if flag in ("opt", "copt") else
                      "ROLE=NON-PARTICIPANT" if flag in ("room", "res") else "ROLE=REQ-PARTICIPANT")
        ok = flag not in ("room", "res") and email not in ME
        params.append("PARTSTAT=ACCEPTED" if ok else "PARTSTAT=NEEDS-ACTION")
    if cn:
        q = f'"{cn}"' if any(c in cn for c in ",;:") else cn
        params.insert(0, f"CN={q}")
    mail = "mailto:" if lower else "MAILTO:"
    return f"{prop};{';'.join(params)}:{mail}{email}"


def render(ev: dict[str, Any], key: str) -> str:
    """Given an event dict and a stable key returns the whole VCALENDAR text with CRLF line ends."""
    tz: str = ev.get("tz", "Europe/Paris")
    p = ev["p"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS[p]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    lines.append(f"METHOD:{ev.get('method', 'REQUEST' if ev.get('org') else 'PUBLISH')}")
    if ev.get("xwr"):
        lines += [f"X-WR-CALNAME:{ev.get('calname', 'Inès')}", f"X-WR-TIMEZONE:{ev['xwr']}"]
    if tz not in ("utc", "float", "allday") and not ev.get("novtz"):
        lines += vtimezone(tz.removeprefix("win:"))
    uid = ev.get("uid") or uid_for(ev, key)
    lower = p not in ("outlook", "exchange", "bookings")
    comps = [dict(ev)]
    if ev.get("ov"):
        ov = dict(ev)
        ov.update(ev["ov"])
        ov.pop("rr", None)
        comps.append(ov)
    for c in comps:
        lines.append("BEGIN:VEVENT")
        if c is not comps[0]:
            lines.append(_dt("RECURRENCE-ID", c["rid"], tz))
        s, e = c["t"]
        lines.append(_dt("DTSTART", s, tz))
        if e:
            lines.append(_dt("DTEND", e, tz))
        if c.get("rr"):
            lines.append(f"RRULE:{c['rr']}")
        lines.append(f"DTSTAMP:{STAMP}")
        if c.get("org"):
            cn, em = c["org"]
            lines.append(person("ORGANIZER", cn, em, "", lower))
        lines.append(f"UID:{uid}")
        for cn, em, flag in c.get("att", []):
            lines.append(person("ATTENDEE", cn, em, flag, lower))
        lines.append(f"SUMMARY{';LANGUAGE=' + c['sl'] if c.get('sl') else ''}:{esc(c['s'])}")
        if c.get("d"):
            lines.append(f"DESCRIPTION:{esc(c['d'])}")
        if c.get("loc"):
            lines.append(f"LOCATION:{esc(c['loc'])}")
        lines.append(f"SEQUENCE:{c.get('seq', 0)}")
        lines.append(f"STATUS:{c.get('st', 'CONFIRMED')}")
        lines.append("TRANSP:OPAQUE")
        lines.extend(_producer_x(p, key))
        lines.extend(c.get("x", []))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out.extend([ln] if ev.get("nofold") else fold(ln))
    return "\r\n".join(out) + "\r\n"


def _producer_x(p: str, key: str) -> list[str]:
    if p in ("outlook", "exchange"):
        return ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-CONFTYPE:0"]
    if p in ("apple", "ios", "typed"):
        return ["X-APPLE-CREATOR-IDENTITY:com.apple.calendar", "BEGIN:VALARM", "ACTION:DISPLAY",
                "DESCRIPTION:Reminder", "TRIGGER:-PT30M", f"UID:{h(key + 'al', 8).upper()}", "END:VALARM"]
    if p == "google":
        return ["CREATED:20261118T101010Z", "LAST-MODIFIED:20261120T091500Z"]
    if p == "zimbra":
        return ["X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "CLASS:PUBLIC"]
    return []


# ---- video-call boilerplate (invented ids, deterministic) ----

def teams(key: str, lang: str = "en") -> str:
    """Given a seed and language returns a Microsoft Teams join footer."""
    mid = " ".join(digits(key + "t", 12)[i:i + 3] for i in range(0, 12, 3))
    head = {"en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device",
            "fr": "Réunion Microsoft Teams\nParticipez à partir de votre ordinateur, de votre application mobile ou "
                  "d'un appareil de salle",
            "de": "Microsoft Teams-Besprechung\nAuf Ihrem Computer, in der mobilen App oder auf einem Raumgerät "
                  "teilnehmen",
            "es": "Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala"}[lang]
    click = {"en": "Click here to join the meeting", "fr": "Cliquez ici pour participer à la réunion",
             "de": "Klicken Sie hier, um an der Besprechung teilzunehmen",
             "es": "Haga clic aquí para unirse a la reunión"}[lang]
    return (f"________________________________________________________________________________\n{head}\n{click}"
            f"<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h(key, 24)}%40thread.v2/0>\n"
            f"Meeting ID: {mid}\nPasscode: {h(key + 'p', 6)}\n"
            "________________________________________________________________________________")


def zoom(key: str, lang: str = "en") -> str:
    """Given a seed and language returns a Zoom invitation block."""
    mid = digits(key + "z", 11)
    first = {"en": "is inviting you to a scheduled Zoom meeting.", "fr": "vous invite à une réunion Zoom planifiée.",
             "de": "lädt Sie zu einem geplanten Zoom-Meeting ein.", "es": "le está invitando a una reunión de Zoom "
             "programada."}[lang]
    join = {"en": "Join Zoom Meeting", "fr": "Participer à la réunion Zoom", "de": "Zoom-Meeting beitreten",
            "es": "Unirse a la reunión Zoom"}[lang]
    return (f"{first}\n\n{join}\nhttps://us06web.zoom.us/j/{mid}?pwd={h(key + 'w', 20)}\n\n"
            f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nPasscode: {digits(key + 'q', 6)}\n\n"
            "One tap mobile\n+33170372246,,{0}# France\n+41432107108,,{0}# Switzerland".format(mid))


def meet(key: str, lang: str = "en") -> str:
    """Given a seed and language returns a Google Meet join block with the calendar footer."""
    code = h(key + "m", 10)
    code = f"{code[:3]}-{code[3:7]}-{code[7:]}"
    t = {"en": ("Join with Google Meet", "Or dial", "Invitation from Google Calendar"),
         "fr": ("Participer avec Google Meet", "Ou composer le", "Invitation de Google Agenda"),
         "de": ("Mit Google Meet teilnehmen", "Oder wählen Sie", "Einladung von Google Kalender"),
         "es": ("Unirse con Google Meet", "O marcar", "Invitación de Google Calendar")}[lang]
    return (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"{t[0]}: https://meet.google.com/{code}\n{t[1]}: (FR) +33 1 87 40 {digits(key, 2)} {digits(key + 'x', 2)}"
            f" PIN: {digits(key + 'pin', 9)}#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:"
            f"~:~:~:~:~:~:~:~::~:~::-\n\n{t[2]}")


def webex(key: str, lang: str = "en") -> str:
    """Given a seed and language returns a Webex meeting block."""
    num = digits(key + "wx", 10)
    lead = {"en": "Join Webex meeting", "fr": "Rejoindre la réunion Webex", "de": "Webex-Meeting beitreten",
            "es": "Entrar a la reunión de Webex"}[lang]
    return (f"-- Do not delete or change any of the following text. --\n{lead}\n"
            f"https://meetings-eu1.webex.com/meet/j.php?MTID=m{h(key, 32)}\nMeeting number: {num[:4]} {num[4:7]} "
            f"{num[7:]}\nMeeting password: {h(key + 'pw', 8)}")
