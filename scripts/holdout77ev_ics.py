"""Small helpers for the holdout77 event corpus: escaping, folding, time zones, calendar wrappers.

The events themselves are composed as raw iCalendar text in the holdout77ev_pos_* and holdout77ev_neg_* modules;
this module only escapes TEXT values, folds long lines at 75 octets and wraps VEVENTs in a VCALENDAR.
"""

from __future__ import annotations

CRLF = "\r\n"

ME = "siobhan.kelly.maths@eircom.net"
WORK = "skelly@stcolmcilles-cs.ie"
SCHOOL = "stcolmcilles-cs.ie"
# the fixed head of an Outlook/Exchange UID (a Global Object ID)
OLK = "040000008200E00074C5B7101A82E00800000000"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    text = text.strip("\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, cont: str = " ", width: int = 75) -> list[str]:
    """Fold one content line at `width` octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = cont + ch
            limit = width
        else:
            cur += ch
    out.append(cur)
    return out


def _rules(std_name: str, std_off: str, dst_name: str, dst_off: str) -> list[str]:
    return [
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000" if std_off != "+0000" else "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        f"TZNAME:{std_name}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000" if std_off != "+0000" else "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        f"TZNAME:{dst_name}",
        "END:DAYLIGHT",
    ]


def vtimezone(tzid: str, names: bool = True) -> list[str]:
    """A VTIMEZONE block for the zones used in this split (EU summer-time rules)."""
    west = {
        "Europe/Dublin": ("GMT", "IST"),
        "Europe/London": ("GMT", "BST"),
        "GMT Standard Time": ("GMT Standard Time", "GMT Daylight Time"),
        "(UTC+00:00) Dublin, Edinburgh, Lisbon, London": ("Standard", "Daylight"),
    }
    central = {
        "Europe/Berlin": ("CET", "CEST"),
        "Europe/Paris": ("CET", "CEST"),
        "Europe/Madrid": ("CET", "CEST"),
        "W. Europe Standard Time": ("W. Europe Standard Time", "W. Europe Daylight Time"),
        "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": ("Standard", "Daylight"),
        "Romance Standard Time": ("Romance Standard Time", "Romance Daylight Time"),
    }
    if tzid in west:
        std, dst = west[tzid]
        body = _rules(std, "+0000", dst, "+0100")
    else:
        std, dst = central[tzid]
        body = _rules(std, "+0100", dst, "+0200")
    if not names:
        body = [line for line in body if not line.startswith("TZNAME")]
    head = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if tzid.startswith("Europe/"):
        head.append(f"X-LIC-LOCATION:{tzid}")
    return [*head, *body, "END:VTIMEZONE"]


PRODID = {
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "apple": "-//Apple Inc.//iPhone OS 17.4.1//EN",
    "mac": "-//Apple Inc.//macOS 14.4//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Recruiting//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "workday": "-//Workday Inc//Workday Recruiting//EN",
    "workable": "-//Workable//Workable Calendar//EN",
    "teamtailor": "-//Teamtailor//Teamtailor Meetings//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//EN",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "smartrecruiters": "-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN",
    "icims": "-//iCIMS//iCIMS Talent Cloud//EN",
    "successfactors": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//ModernLoop Scheduler//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "tes": "-//Tes Global//Tes Recruitment Suite//EN",
}


def vcal(
    body: str,
    tool: str,
    method: str | None = "REQUEST",
    tzs: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
    cont: str = " ",
    tznames: bool = True,
) -> str:
    """Wrap raw VEVENT text (lines separated by newlines) in a VCALENDAR, folded, CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[tool]}", "VERSION:2.0"]
    if tool == "google":
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzs:
        lines.extend(vtimezone(tz, tznames))
    # the source may fold long lines by hand (newline + space); unfold them before folding at 75 octets
    raw = body.strip("\n").replace("\n ", "")
    lines.extend(x for x in raw.split("\n") if x.strip())
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out.extend(fold(line, cont))
    return CRLF.join(out) + CRLF


def lab(
    uid: str,
    is_interview: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
    trap: str = "",
) -> dict[str, str]:
    return {
        "uid": uid,
        "is_interview": str(is_interview),
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap,
    }


def item(kind: str, label: dict[str, str], text: str, forms: str | None = None) -> dict[str, object]:
    """One corpus file: its kind (file-name tail), its label row, its text and (optionally) company forms."""
    return {"kind": kind, "label": label, "text": text, "forms": forms}


TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{url}>
Meeting ID: {mid}
Passcode: {pw}
Download Teams | Join on the web
Learn more | Meeting options
________________________________________________________________________________"""

ZOOM_EN = """Join Zoom Meeting
{url}

Meeting ID: {mid}
Passcode: {pw}

---

One tap mobile
+35315360756,,{digits}# Ireland
+442034815240,,{digits}# United Kingdom

Dial by your location
• +353 1 536 0756 Ireland
• +44 203 481 5240 United Kingdom
Find your local number: https://zoom.us/u/abcXyZ12"""

MEET_EN = """Join with Google Meet: https://meet.google.com/{code}
Or dial: (IE) +353 1 437 0276 PIN: {pin}#
More phone numbers: https://tel.meet/{code}?pin={pin}"""
