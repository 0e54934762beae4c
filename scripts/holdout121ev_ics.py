"""Small helpers for the holdout121 event corpus: raw iCalendar text, folded by hand.

Every event is composed as text lines (no iCalendar library writes them); these helpers only escape, quote and fold.
The user of this split is Henning Brandt (henning.brandt@t-online.de, work h.brandt@weserland-backwaren.de).
"""

from __future__ import annotations

ME_FREE = "henning.brandt@t-online.de"
ME_WORK = "h.brandt@weserland-backwaren.de"
SPLIT = "holdout121"
STAMP = "20250203T081500Z"

BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
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

COPENHAGEN = BERLIN.replace("Europe/Berlin", "Europe/Copenhagen")


def _windows_zone(tzid: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
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


W_EUROPE = "W. Europe Standard Time"
ROMANCE = "Romance Standard Time"
UTC01_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC01_EN = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
ZONES = {
    "Europe/Berlin": BERLIN,
    "Europe/Copenhagen": COPENHAGEN,
    W_EUROPE: _windows_zone(W_EUROPE),
    ROMANCE: _windows_zone(ROMANCE),
    UTC01_DE: _windows_zone(UTC01_DE),
    UTC01_EN: _windows_zone(UTC01_EN),
}


def esc(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\n", "\\n")


def qp(value: str) -> str:
    """Quote a parameter value when it needs it."""
    return f'"{value}"' if any(c in value for c in ':;,') else value


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out, cur, size = [], "", 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def tz(tzid: str, stamp: str, prop: str = "DTSTART") -> str:
    return f"{prop};TZID={qp(tzid)}:{stamp}"


def org(mail: str, cn: str = "", sent_by: str = "") -> str:
    params = ""
    if cn:
        params += f";CN={qp(cn)}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{mail}"


def att(mail: str, cn: str = "", role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: bool = True) -> str:
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={stat}"
    if rsvp and cutype not in ("ROOM", "RESOURCE"):
        params += ";RSVP=TRUE"
    if cn:
        params += f";CN={qp(cn)}"
    return f"ATTENDEE{params}:mailto:{mail}"


def vevent(uid: str, start: str, end: str, summary: str, *, desc: str | None = None, loc: str | None = None,
           organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (), extra: tuple[str, ...] = (),
           status: str | None = None, seq: int | None = None, stamp: str = STAMP, alt_html: str | None = None,
           rrule: str | None = None, recurrence_id: str | None = None) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}"]
    if recurrence_id:
        lines.append(recurrence_id)
    lines.append(start if ":" in start else f"DTSTART:{start}")
    if end:
        lines.append(end if ":" in end else f"DTEND:{end}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append(f"SUMMARY:{esc(summary)}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if alt_html is not None:
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html)}")
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    lines.extend(extra)
    lines.append("END:VEVENT")
    return lines


def vcal(events: list[list[str]], *, prodid: str, method: str | None = None, zones: tuple[str, ...] = (),
         head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for zone in zones:
        lines.extend(ZONES[zone].splitlines())
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def pos(kind: str, text: str, uid: str, company: str, role: str, stage: str, interviewers: str,
        trap: str) -> dict[str, str]:
    return {"kind": kind, "text": text, "uid": uid, "is_interview": "1", "company": company, "role": role,
            "stage": stage, "interviewers": interviewers, "trap": trap}


def neg(kind: str, text: str, uid: str, trap: str) -> dict[str, str]:
    return {"kind": kind, "text": text, "uid": uid, "is_interview": "0", "company": "", "role": "", "stage": "",
            "interviewers": "", "trap": trap}


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6.1//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams Besprechung
Nehmen Sie am Computer, über die mobile App oder im Raum teil.
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0>
Besprechungs-ID: {mid}
Passcode: {pw}
Herunterladen von Teams<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen
________________________________________________________________________________"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pw}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options
________________________________________________________________________________"""

ZOOM_DE = """Zoom-Meeting beitreten
https://us06web.zoom.us/j/{mid}?pwd={pw}

Meeting-ID: {mid_sp}
Kenncode: {code}

Schnelleinwahl mobil
+496938079883,,{mid}# Deutschland"""

ZOOM_EN = """Join Zoom Meeting
https://us02web.zoom.us/j/{mid}?pwd={pw}

Meeting ID: {mid_sp}
Passcode: {code}

One tap mobile
+4570278449,,{mid}# Denmark"""

MEET_DE = """Mit Google Meet teilnehmen: https://meet.google.com/{code}
Oder wählen Sie sich ein: (DE) +49 30 300195{pin}
Weitere Telefonnummern: https://tel.meet/{code}?pin=1{pin}"""

MEET_EN = """Join with Google Meet: https://meet.google.com/{code}
Or dial: (DK) +45 32 72 6{pin} PIN: 4{pin}#
More phone numbers: https://tel.meet/{code}?pin=4{pin}"""

GOOGLE_FOOTER_DE = """

-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Einladung von Google Kalender: https://calendar.google.com/calendar/

Sie erhalten diese E-Mail, weil Sie Gast des Termins sind. Wenn Sie keine Updates mehr erhalten möchten, lehnen
Sie den Termin ab.
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"""

GOOGLE_FOOTER_EN = """

-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for
this event, decline this event.
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"""


def teams(lang: str, n: int) -> str:
    tpl = TEAMS_DE if lang == "de" else TEAMS_EN
    tok = f"N{n:02d}YjQ4ZTMtMWM3Zi00ZDQ2LWE{n * 7:03d}MzItOTk{n:02d}ZWRmYjA4"
    return tpl.format(tok=tok, mid=f"3{n:02d} 41{n % 10}7 89{n % 7}2 {n + 10:02d}", pw=f"k{n}Xb7{n % 9}q")


def zoom(lang: str, n: int) -> str:
    mid = f"8{n:02d}4{n % 10}17{n % 8}90{n % 6}"
    tpl = ZOOM_DE if lang == "de" else ZOOM_EN
    return tpl.format(mid=mid, mid_sp=f"{mid[:3]} {mid[3:7]} {mid[7:]}", pw=f"Vm{n}bE0tQ{n * 3}Zk",
                      code=f"{n * 1371 % 999999:06d}")


def meet(lang: str, n: int) -> str:
    code = f"{'abcdefghjk'[n % 10]}qx-{'mnoprstuvw'[n % 10]}kbe-w{n % 10}a"
    return (MEET_DE if lang == "de" else MEET_EN).format(code=code, pin=f"{n * 37 % 1000:03d}")
