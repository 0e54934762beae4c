"""holdout80 event corpus: raw iCalendar helpers (folding, escaping, time zones, headers, video boilerplate).

The user of this split is Lukas Hofer, electronics technician at Wien Haustechnik GmbH in Vienna.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
from dataclasses import dataclass
from datetime import date, timedelta

ME_FREE = "lukas.hofer97@gmx.at"
ME_WORK = "l.hofer@wienhaustechnik.at"
ME_CN = "Lukas Hofer"


@dataclass
class Ev:
    """One file of the split and its label."""

    trap: str
    ics: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    forms: str | None = None


_KEY = re.compile(r"^[^\s:][^:]{0,25}: |^\d{1,2}:\d{2}")


def _runs_on(prev: str, line: str) -> bool:
    """Whether a source-wrapped prose line continues on the next line."""
    nxt = line.strip()
    if len(prev) < 90 or not nxt or prev.rstrip().endswith(">") or prev.startswith("_") or nxt.startswith("_"):
        return False
    if nxt.startswith(("-", "•", "*")) or _KEY.match(nxt):
        return False
    return not (len(nxt) <= 12 and prev.rstrip()[-1] in ".!?")


def reflow(text: str) -> str:
    """Dedent, strip outer blank lines and join the source-wrapped lines of prose paragraphs."""
    out: list[str] = []
    for line in textwrap.dedent(text).strip("\n").split("\n"):
        if out and _runs_on(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def esc(*parts: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): each part is reflowed and the parts are joined by a blank line."""
    text = "\n\n".join(reflow(p) for p in parts)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets."""
    out: list[str] = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def calendar(head: list[str], *comps: list[str]) -> str:
    lines = ["BEGIN:VCALENDAR", *head]
    for comp in comps:
        lines.extend(comp)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def vevent(*props: str | None) -> list[str]:
    """A VEVENT; VALARM blocks given among the properties are moved after them."""
    lines = [p for p in props if p]
    plain: list[str] = []
    alarms: list[str] = []
    inside = False
    for line in lines:
        if line == "BEGIN:VALARM":
            inside = True
        (alarms if inside else plain).append(line)
        if line == "END:VALARM":
            inside = False
    return ["BEGIN:VEVENT", *plain, *alarms, "END:VEVENT"]


def _hex(seed: str, n: int) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def ol_uid(seed: str) -> str:
    """An Outlook/Exchange style UID."""
    return "040000008200E00074C5B7101A82E00800000000" + _hex(seed, 16).upper() + "00000000000000001000000" + \
        _hex(seed + "x", 32).upper()


def g_uid(seed: str) -> str:
    """A Google Calendar style UID."""
    alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alpha[b % 36] for b in digest[:26]) + "@google.com"


def apple_uid(seed: str) -> str:
    h = _hex(seed, 32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def att(cn: str, email: str, *, role: str = "REQ-PARTICIPANT", part: str = "NEEDS-ACTION", rsvp: bool = True,
        cutype: str | None = None, quote: bool = False) -> str:
    name = f'"{cn}"' if quote or "," in cn or ":" in cn or ";" in cn else cn
    params = [f"CN={name}"]
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params += [f"ROLE={role}", f"PARTSTAT={part}"]
    if rsvp:
        params.append("RSVP=TRUE")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(cn: str, email: str, sent_by: str | None = None) -> str:
    name = f'"{cn}"' if "," in cn or ":" in cn or ";" in cn else cn
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    return f"ORGANIZER;CN={name}{sb}:mailto:{email}"


def tzp(prop: str, value: str, tzid: str | None) -> str:
    """DTSTART/DTEND/RECURRENCE-ID with an optional TZID (quoted when it needs it)."""
    if not tzid:
        return f"{prop}:{value}"
    name = f'"{tzid}"' if any(c in tzid for c in ",:;") else tzid
    return f"{prop};TZID={name}:{value}"


def tz_olson(tzid: str, *, lic: bool = True) -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", *([f"X-LIC-LOCATION:{tzid}"] if lic else []),
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    ]


def tz_windows(tzid: str) -> list[str]:
    """An Outlook-style VTIMEZONE for a Windows zone name (CET/CEST rules)."""
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
    ]


WEST = "W. Europe Standard Time"
UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"

H_OUTLOOK = ["PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
             "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
H_EXCHANGE = ["METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
H_GOOGLE = ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:REQUEST"]
H_APPLE = ["VERSION:2.0", "PRODID:-//Apple Inc.//iOS 17.5//EN", "CALSCALE:GREGORIAN"]
H_THUNDERBIRD = ["PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"]


def outlook_tail(*, busy: str = "BUSY", alarm: bool = True) -> list[str]:
    """Properties Outlook writes after the core ones (returned as a flat list of lines)."""
    lines = [
        "TRANSP:OPAQUE", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0",
    ]
    if alarm:
        lines += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
    return lines


def html(text: str) -> str:
    """X-ALT-DESC as Outlook writes it: the plain text wrapped in a minimal HTML body."""
    body = "".join(f"<p class=MsoNormal>{line or '&nbsp;'}</p>\n"
                   for line in reflow(text).split("\n"))
    raw = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2//EN\">\n<HTML>\n<HEAD>\n<META NAME=\"Generator\" "
           "CONTENT=\"MS Exchange Server version 16.0.17328.20000\">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n"
           + body + "</BODY>\n</HTML>")
    raw = raw.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    return "X-ALT-DESC;FMTTYPE=text/html:" + raw


def ol_event(seed: str, summary: str, start: str, end: str, organizer: str, attendees: list[str], body: str,
             location: str = "", *, boiler: str = "", with_html: bool = True, lang: str = "de-at",
             cls: str = "PUBLIC", busy: str = "BUSY") -> tuple[str, str]:
    """A plain Outlook request (W. Europe Standard Time); returns (uid, ics)."""
    uid = ol_uid(seed)
    day = date(int(start[:4]), int(start[4:6]), int(start[6:8])) - timedelta(days=6)
    stamp = day.strftime("%Y%m%dT091500Z")
    ics = calendar(
        H_OUTLOOK,
        tz_windows(WEST),
        vevent(
            f"CLASS:{cls}", f"CREATED:{stamp}", "DESCRIPTION:" + (esc(body, boiler) if boiler else esc(body)),
            tzp("DTEND", end, WEST), f"DTSTAMP:{stamp}", tzp("DTSTART", start, WEST),
            f"LOCATION:{location}", organizer, *attendees, "PRIORITY:5", "SEQUENCE:0",
            f"SUMMARY;LANGUAGE={lang}:{summary}", f"UID:{uid}", *outlook_tail(busy=busy),
            html(body) if with_html else None,
        ),
    )
    return uid, ics


def teams_de(mid: str, pc: str) -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{pc}{mid.replace(' ', '')}%40thread.v2/0"
    return f"""
________________________________________________________________________________
Microsoft Teams Hilfe benötigt?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>
Jetzt an der Besprechung teilnehmen<{link}>
Besprechungs-ID: {mid}
Passcode: {pc}
________________________________
Für Organisatoren: Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams_en(mid: str, pc: str) -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{pc}{mid.replace(' ', '')}%40thread.v2/0"
    return f"""
________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
Join the meeting now<{link}>
Meeting ID: {mid}
Passcode: {pc}
________________________________
For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams_fr(mid: str, pc: str) -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{pc}{mid.replace(' ', '')}%40thread.v2/0"
    return f"""
________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre la réunion maintenant<{link}>
ID de la réunion : {mid}
Code secret : {pc}
________________________________
Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def zoom_de(mid: str, pwd: str, code: str) -> str:
    return f"""
Zoom-Meeting beitreten
https://us06web.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}

Meeting-ID: {mid}
Kenncode: {code}

---

Schnelleinwahl mobil
+43{mid.replace(' ', '')[:2]}720115188,,{mid.replace(' ', '')}#,,,,*{code}# Österreich
"""


def zoom_en(mid: str, pwd: str, code: str) -> str:
    return f"""
Join Zoom Meeting
https://zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}

Meeting ID: {mid}
Passcode: {code}
"""


def meet_de(code: str) -> str:
    return f"""
Google Meet-Videokonferenz beitreten: https://meet.google.com/{code}
Oder telefonisch teilnehmen: (AT) +43 1 2650 6130 PIN: 718 204 553#
Weitere Telefonnummern: https://tel.meet/{code}?pin=7182045539

Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720
"""


def meet_en(code: str) -> str:
    return f"""
Join with Google Meet: https://meet.google.com/{code}
Or dial: (AT) +43 1 2650 6130 PIN: 412 883 170#
More phone numbers: https://tel.meet/{code}?pin=4128831702
"""


GOOGLE_FOOTER_DE = """
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Einladung von Google Kalender: https://calendar.google.com/calendar/

Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie diese Einladung ablehnen möchten, \
klicken Sie auf „Nein“ in der Einladung.
"""


def apple_own(seed: str, summary: str, start: str | None, end: str | None, body: str = "", location: str = "",
              *, allday: tuple[str, str] | None = None, extra: tuple[str, ...] = ()) -> tuple[str, str]:
    """An entry the user typed on the iPhone (Europe/Vienna, or all-day)."""
    uid = apple_uid(seed)
    if allday:
        times = [f"DTSTART;VALUE=DATE:{allday[0]}", f"DTEND;VALUE=DATE:{allday[1]}"]
        tzs: list[str] = []
    else:
        times = [tzp("DTSTART", str(start), "Europe/Vienna"), tzp("DTEND", str(end), "Europe/Vienna")]
        tzs = tz_olson("Europe/Vienna", lic=False)
    ics = calendar(
        H_APPLE, tzs,
        vevent(
            "CREATED:20250301T190000Z", *times, "DTSTAMP:20250301T190000Z", "LAST-MODIFIED:20250301T190000Z",
            f"LOCATION:{location}" if location else None, "SEQUENCE:0", f"SUMMARY:{summary}", f"UID:{uid}",
            "DESCRIPTION:" + esc(body) if body else None, "TRANSP:OPAQUE", *extra,
        ),
    )
    return uid, ics


def google_own(seed: str, summary: str, start: str, end: str, body: str = "", location: str = "",
               *, calname: str = "lukas.hofer97@gmx.at", extra: tuple[str, ...] = ()) -> tuple[str, str]:
    """An entry in the user's Google calendar export (times in UTC, X-WR-TIMEZONE)."""
    uid = g_uid(seed)
    ics = calendar(
        ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
         f"X-WR-CALNAME:{calname}", "X-WR-TIMEZONE:Europe/Vienna"],
        vevent(
            f"DTSTART:{start}", f"DTEND:{end}", "DTSTAMP:20250301T120000Z", f"UID:{uid}",
            "CREATED:20250301T115900Z", "DESCRIPTION:" + esc(body), "LAST-MODIFIED:20250301T120000Z",
            f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE", *extra,
        ),
    )
    return uid, ics
