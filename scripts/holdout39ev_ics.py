"""iCalendar text helpers for the holdout39 event corpus (blind split; see tests/corpus/events/README.md)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

ME_PRIV = "nadia.benali@sfr.fr"
ME_WORK = "n.benali@hopital-nord-marseille.fr"
ME_ADDRS = {ME_PRIV, ME_WORK}

VTZ_PARIS = """BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_WEUROPE = VTZ_ROMANCE.replace("Romance Standard Time", "W. Europe Standard Time")

VTZ_ZURICH = VTZ_PARIS.replace("Europe/Paris", "Europe/Zurich")
VTZ_MADRID = VTZ_PARIS.replace("Europe/Paris", "Europe/Madrid")
VTZ_BERLIN = VTZ_PARIS.replace("Europe/Paris", "Europe/Berlin")

VTZ = {
    "Europe/Paris": VTZ_PARIS,
    "Romance Standard Time": VTZ_ROMANCE,
    "W. Europe Standard Time": VTZ_WEUROPE,
    "Europe/Zurich": VTZ_ZURICH,
    "Europe/Madrid": VTZ_MADRID,
    "Europe/Berlin": VTZ_BERLIN,
}

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.5//EN",
    "workday": "-//Workday//Workday Calendar//EN",
    "taleo": "-//Oracle//Taleo Enterprise Scheduling Center//EN",
    "smartrecruiters": "-//SmartRecruiters//Interview Scheduler 2.0//EN",
    "wttj": "-//Welcome to the Jungle//Welcome Kit ATS//FR",
    "teamtailor": "-//Teamtailor//Teamtailor Meetings//EN",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco//Webex Meetings//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "hand": "-//Apple Inc.//macOS 13.5//EN",
}


def esc(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (continuation lines start with one space)."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            parts.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += b
    parts.append(cur.decode("utf-8"))
    return "\r\n ".join(parts)


def uid_for(n: int, style: str) -> str:
    """A deterministic UID in the shape the producer uses."""
    h = hashlib.sha256(f"holdout39-{n}-{style}".encode()).hexdigest()
    if style == "google":
        return f"{h[:26]}@google.com"
    if style in ("outlook", "exchange"):
        return ("040000008200E00074C5B7101A82E00800000000" + h[:16].upper() + "0000000000000000100000000"
                + h[16:48].upper())
    if style in ("apple", "ios", "hand"):
        return f"{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    if style == "workday":
        return f"WD-INTERVIEW-{h[:10]}@myworkday.com"
    if style == "taleo":
        return f"taleo-sched-{int(h[:10], 16)}@taleo.net"
    if style == "smartrecruiters":
        return f"sr-{h[:8]}-{h[8:12]}-{h[12:16]}@smartrecruiters.com"
    if style == "wttj":
        return f"wttj_event_{h[:20]}"
    if style == "teamtailor":
        return f"teamtailor-meeting-{int(h[:8], 16)}@teamtailor.com"
    if style == "calendly":
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@calendly.com"
    if style == "bookings":
        return f"{h[:32].upper()}@bookings.office.com"
    if style == "zoom":
        return f"ZOOM{int(h[:11], 16)}@zoom.us"
    if style == "webex":
        return f"webex-{h[:24]}@webex.com"
    return f"{h[:16]}@{style}.local"


@dataclass
class Att:
    name: str | None
    email: str
    kind: str = ""  # "", ROOM, RESOURCE, COORD (coordinator: rendered as a person), OPT, NONPART
    partstat: str = "NEEDS-ACTION"


@dataclass
class Ev:
    n: int
    kind: str
    prod: str
    lang: str
    summary: str
    start: str  # yyyymmddThhmmss, or yyyymmdd for all-day
    minutes: int = 60
    tz: str = "Europe/Paris"  # tzid, "Z", "float", "allday", "xwr" (floating + X-WR-TIMEZONE)
    desc: str = ""
    loc: str = ""
    org: tuple[str | None, str] | None = None
    atts: list[Att] = field(default_factory=list)
    status: str = ""
    rrule: str = ""
    override: tuple[str, str, str] | None = None  # (recurrence-id local, new start, new summary or "")
    extra: list[str] = field(default_factory=list)
    method: str = ""
    # labels
    pos: bool = False
    company: str = ""
    role: str = ""
    stage: str = ""
    ivs: list[str] | None = None  # explicit interviewer list; default: computed from attendees
    trap: str = ""
    sequence: int = 0

    def interviewers(self) -> list[str]:
        if not self.pos:
            return []
        if self.ivs is not None:
            return self.ivs
        out: list[str] = []
        for a in self.atts:
            if a.kind in ("ROOM", "RESOURCE", "COORD", "NONPART") or a.email.lower() in ME_ADDRS:
                continue
            if a.email.lower() not in out:
                out.append(a.email.lower())
        return out


def _dt(prop: str, value: str, tz: str) -> str:
    if tz == "allday" or len(value) == 8:
        return f"{prop};VALUE=DATE:{value}"
    if tz == "Z":
        return f"{prop}:{value}Z"
    if tz in ("float", "xwr"):
        return f"{prop}:{value}"
    tzid = f'"{tz}"' if any(c in tz for c in ",;:") else tz
    return f"{prop};TZID={tzid}:{value}"


def _add(value: str, minutes: int) -> str:
    from datetime import UTC, datetime, timedelta

    if len(value) == 8:
        d = datetime.strptime(value + "+0000", "%Y%m%d%z").astimezone(UTC) + timedelta(days=max(1, minutes // 1440))
        return d.strftime("%Y%m%d")
    d = datetime.strptime(value + "+0000", "%Y%m%dT%H%M%S%z").astimezone(UTC) + timedelta(minutes=minutes)
    return d.strftime("%Y%m%dT%H%M%S")


def _att_line(a: Att, prod: str) -> str:
    params: list[str] = []
    if a.kind == "ROOM":
        params.append("CUTYPE=ROOM")
        params.append("ROLE=NON-PARTICIPANT" if prod in ("outlook", "exchange") else "ROLE=REQ-PARTICIPANT")
    elif a.kind == "RESOURCE":
        params.append("CUTYPE=RESOURCE")
        params.append("ROLE=NON-PARTICIPANT")
    elif a.kind == "OPT":
        params.append("CUTYPE=INDIVIDUAL")
        params.append("ROLE=OPT-PARTICIPANT")
    elif a.kind == "NONPART":
        params.append("ROLE=NON-PARTICIPANT")
    else:
        params.append("CUTYPE=INDIVIDUAL" if prod != "apple" else "ROLE=REQ-PARTICIPANT")
        if prod != "apple":
            params.append("ROLE=REQ-PARTICIPANT")
    params.append(f"PARTSTAT={a.partstat}")
    if prod == "google":
        params.append("RSVP=TRUE")
    if a.name:
        cn = a.name
        if any(c in cn for c in ",;:"):
            cn = f'"{cn}"'
        params.insert(0, f"CN={cn}")
    if prod == "google":
        params.append("X-NUM-GUESTS=0")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{a.email}"


def _stamp(n: int) -> str:
    return f"202611{(n % 20) + 1:02d}T{(n * 7) % 24:02d}{(n * 13) % 60:02d}00Z"


def render(ev: Ev) -> tuple[str, str]:
    """Return (uid, ics text) for one event."""
    uid = uid_for(ev.n, ev.prod)
    lines: list[str] = ["BEGIN:VCALENDAR", f"PRODID:{PRODID.get(ev.prod, PRODID['hand'])}", "VERSION:2.0"]
    if ev.prod == "google":
        lines.append("CALSCALE:GREGORIAN")
    if ev.method:
        lines.append(f"METHOD:{ev.method}")
    if ev.tz == "xwr":
        lines.append("X-WR-TIMEZONE:Europe/Paris")
    if ev.prod == "google" and ev.tz != "xwr":
        lines.append("X-WR-CALNAME:nadia.benali@sfr.fr")
    if ev.tz in VTZ:
        lines.extend(VTZ[ev.tz].split("\n"))
    bodies = [(ev.start, ev.summary, "")]
    if ev.override:
        rid, nstart, nsum = ev.override
        bodies.append((nstart, nsum or ev.summary, rid))
    for start, summary, rid in bodies:
        lines.append("BEGIN:VEVENT")
        lines.append(_dt("DTSTART", start, ev.tz))
        lines.append(_dt("DTEND", _add(start, ev.minutes if len(start) > 8 else 1440), ev.tz))
        if ev.rrule and not rid:
            lines.append(f"RRULE:{ev.rrule}")
        lines.append(f"DTSTAMP:{_stamp(ev.n)}")
        if ev.org:
            oname, omail = ev.org
            if oname and any(c in oname for c in ",;:"):
                oname = f'"{oname}"'
            lines.append((f"ORGANIZER;CN={oname}" if oname else "ORGANIZER") + f":mailto:{omail}")
        lines.append(f"UID:{uid}")
        if rid:
            lines.append(_dt("RECURRENCE-ID", rid, ev.tz))
        for a in ev.atts:
            lines.append(_att_line(a, ev.prod))
        lines.append(f"CREATED:{_stamp(ev.n + 3)}")
        if ev.desc:
            lines.append("DESCRIPTION:" + esc(ev.desc))
        if ev.prod in ("outlook", "exchange") and ev.desc:
            first = esc(ev.desc.split("\n")[0])
            lines.append(f"X-ALT-DESC;FMTTYPE=text/html:<html><body><p>{first}</p></body></html>")
        lines.append(f"LAST-MODIFIED:{_stamp(ev.n + 5)}")
        if ev.loc:
            lines.append("LOCATION:" + esc(ev.loc))
        lines.append(f"SEQUENCE:{ev.sequence + (1 if rid else 0)}")
        lines.append(f"STATUS:{ev.status or 'CONFIRMED'}")
        lines.append("SUMMARY:" + esc(summary))
        lines.append("TRANSP:OPAQUE")
        if ev.prod in ("outlook", "exchange"):
            lines.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
            lines.append("X-MICROSOFT-CDO-IMPORTANCE:1")
        lines.extend(ev.extra)
        if ev.prod in ("apple", "ios", "hand"):
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "TRIGGER:-PT30M", "END:VALARM"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return uid, "\r\n".join(fold(x) for x in lines) + "\r\n"


def teams(lang: str, n: int) -> str:
    mid = f"3{n:02d} 84{n % 10}7 {n * 37 % 900 + 100} {n % 7}{n % 3}"
    tid = hashlib.md5(str(n).encode()).hexdigest()[:22]
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0"
    if lang == "fr":
        return (
            "________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            f"Cliquez ici pour rejoindre la réunion<{link}>\nID de la réunion : {mid}\nCode secret : Xk{n}pQ\n"
            "Télécharger Teams | Rejoindre sur le web\nEn savoir plus | Options de réunion\n"
            "________________________________________________________________________________"
        )
    if lang == "de":
        return (
            "________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil\n"
            f"Klicken Sie hier, um an der Besprechung teilzunehmen<{link}>\nBesprechungs-ID: {mid}\n"
            f"Kennung: Hs{n}Tz\nWeitere Infos | Besprechungsoptionen\n"
            "________________________________________________________________________________"
        )
    if lang == "es":
        return (
            "________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
            f"Haga clic aquí para unirse a la reunión<{link}>\nId. de reunión: {mid}\nCódigo de acceso: Mb{n}Qe\n"
            "________________________________________________________________________________"
        )
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        f"Click here to join the meeting<{link}>\nMeeting ID: {mid}\nPasscode: Rt{n}vW\n"
        "Download Teams | Join on the web\nLearn More | Meeting options\n"
        "________________________________________________________________________________"
    )


def zoom(lang: str, n: int) -> str:
    mid = f"8{n:02d}{n * 7919 % 10000:04d}{n % 10}{n % 9}{n % 8}"
    url = f"https://us02web.zoom.us/j/{mid}?pwd=aHl{n}Zk9TcE"
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid[:3]} {mid[3:7]} {mid[7:]}\nCode "
                f"secret : {n}41{n % 10}")
    if lang == "de":
        return f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nKenncode: {n}62"
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid[:3]} {mid[3:7]} {mid[7:]}\nCódigo de "
                f"acceso: {n}07")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nPasscode: {n}93\nOne tap "
            f"mobile\n+33170372246,,{mid}# France")


def meet(lang: str, n: int) -> str:
    code = hashlib.md5(f"m{n}".encode()).hexdigest()
    letters = "".join(chr(97 + int(c, 16) % 26) for c in code[:10])
    link = f"https://meet.google.com/{letters[:3]}-{letters[3:7]}-{letters[7:10]}"
    if lang == "fr":
        return (f"Participer avec Google Meet : {link}\nOu appeler le : (FR) +33 1 87 40 {n:02d} 51 Code : "
                f"{n}820 4471#\n\n"
                "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail, car "
                "vous êtes invité à cet événement.")
    if lang == "es":
        return f"Unirse con Google Meet: {link}\nO marcar: (ES) +34 910 48 {n:02d} 12 PIN: {n}55 3390#"
    if lang == "de":
        return f"Mit Google Meet teilnehmen: {link}\nEinwahl: (DE) +49 30 300195{n:03d} PIN: {n}17 2284#"
    return (f"Join with Google Meet: {link}\nOr dial: (FR) +33 1 87 40 {n:02d} 51 PIN: {n}820 4471#\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/")


def webex(lang: str, n: int) -> str:
    mnum = f"2{n:03d} {n * 31 % 1000:03d} {n * 17 % 1000:03d}"
    if lang == "fr":
        return (f"-- Ne supprimez pas et ne modifiez pas la section suivante. --\nRejoindre la réunion Webex\n"
                f"https://company.webex.com/meet/r{n}\nNuméro de réunion (code d'accès) : {mnum}\nMot de passe : Vx{n}")
    return (f"-- Do not delete or change any of the following text. --\nJoin Webex meeting\n"
            f"https://company.webex.com/meet/r{n}\nMeeting number (access code): {mnum}\nMeeting password: Vx{n}")
