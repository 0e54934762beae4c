"""Raw iCalendar helpers for the holdout45 event split (written blind, CC0 1.0).

The events themselves are composed as literal iCalendar text in the holdout45ev_pos_* and holdout45ev_neg_*
modules; this module only escapes TEXT values, folds long lines at 75 octets, wraps VEVENTs in a VCALENDAR
with the VTIMEZONE blocks real producers send, and builds stable UIDs in each producer's style.
"""

from __future__ import annotations

import hashlib

CRLF = "\r\n"
SPLIT = "holdout45"
ME_GMAIL = "santi.herrera.farma@gmail.com"
ME_WORK = "sherrera@hullobregat.cat"


def esc(text: str) -> str:
    """Escape an iCalendar TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75, cont: str = " ") -> str:
    """Fold one content line at `width` octets without splitting a UTF-8 character."""
    if len(line.encode()) <= width:
        return line
    parts: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode()) > limit:
            parts.append(cur)
            cur = ""
            limit = width - len(cont.encode())
        cur += ch
    parts.append(cur)
    return (CRLF + cont).join(parts)


def vcal(head: str, body: str, tzs: tuple[str, ...] = (), cont: str = " ", width: int = 75) -> str:
    """BEGIN:VCALENDAR + head lines + VTIMEZONEs + body + END:VCALENDAR, folded, CRLF line ends.

    Source templates may continue a long line on the next one with a leading space (joined before folding).
    """
    text = "\n".join(["BEGIN:VCALENDAR", head.strip("\n"), *(t.strip("\n") for t in tzs), body.strip("\n"),
                      "END:VCALENDAR"]).replace("\n ", "")
    return CRLF.join(fold(ln, width, cont) for ln in text.split("\n")) + CRLF


def hexid(seed: str, n: int = 32) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{SPLIT}:{seed}:{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def uid_google(seed: str) -> str:
    return hexid(seed, 26) + "@google.com"


def uid_outlook(seed: str) -> str:
    h = hexid(seed, 48).upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "000000000000000010000000" + h[16:48]


def uid_uuid(seed: str, upper: bool = False) -> str:
    h = hexid(seed, 32)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def uid_at(seed: str, domain: str, n: int = 20) -> str:
    return f"{hexid(seed, n)}@{domain}"


def event(kind: str, ics: str, uid: str, interview: int = 0, company: str = "", role: str = "", stage: str = "",
          interviewers: tuple[str, ...] = (), trap: str = "") -> dict[str, str]:
    assert stage in ("", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"), stage
    assert trap, kind
    if not interview:
        assert not (company or role or stage or interviewers), kind
    return {"kind": kind, "ics": ics, "uid": uid, "is_interview": str(interview), "company": company,
            "role": role, "stage": stage, "interviewers": ";".join(i.lower() for i in interviewers), "trap": trap}


# ---- calendar heads ------------------------------------------------------------------------------------------

GOOGLE = """PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST"""

GOOGLE_CANCEL = GOOGLE.replace("METHOD:REQUEST", "METHOD:CANCEL")

OUTLOOK = """METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0"""

OUTLOOK_DESKTOP = """PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE"""

APPLE = """VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4.1//EN
CALSCALE:GREGORIAN"""

TBIRD = """PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0"""


# ---- time zones ----------------------------------------------------------------------------------------------

def tz_olson_cet(tzid: str = "Europe/Madrid") -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
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


def tz_windows(tzid: str, std: str = "+0100", dst: str = "+0200") -> str:
    """Outlook's VTIMEZONE for a European zone (Windows name or the "(UTC+01:00) …" display name)."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


TZ_MADRID = tz_olson_cet("Europe/Madrid")
TZ_PARIS = tz_olson_cet("Europe/Paris")
TZ_BERLIN = tz_olson_cet("Europe/Berlin")
TZ_ZURICH = tz_olson_cet("Europe/Zurich")
TZ_ROMANCE = tz_windows("Romance Standard Time")
TZ_WEUROPE = tz_windows("W. Europe Standard Time")
TZ_GMT = tz_windows("GMT Standard Time", "+0000", "+0100")
TZ_UTC1_ES = tz_windows("(UTC+01:00) Bruselas, Copenhague, Madrid, París")
TZ_UTC1_EN = tz_windows("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna")

TZ_NEW_YORK = """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

TZ_EASTERN_WIN = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
