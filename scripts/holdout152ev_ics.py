"""Shared pieces for the blind holdout152 event corpus (user: Chiara Romano, revenue manager, Zürich).

Each data module holds events as hand-written raw iCalendar text. A line of the form
``%%TZ <name>%%`` is replaced by the VTIMEZONE block that the sending tool would add for that zone.
"""

from __future__ import annotations

_CET_GOOGLE = """BEGIN:VTIMEZONE
TZID:{tz}
X-LIC-LOCATION:{tz}
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

_WINDOWS_CET = """BEGIN:VTIMEZONE
TZID:{tz}
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

_GMT_WINDOWS = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

_DUBAI = """BEGIN:VTIMEZONE
TZID:Asia/Dubai
X-LIC-LOCATION:Asia/Dubai
BEGIN:STANDARD
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
TZNAME:+04
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

_ARABIAN_WINDOWS = """BEGIN:VTIMEZONE
TZID:Arabian Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
END:DAYLIGHT
END:VTIMEZONE"""

VTIMEZONES: dict[str, str] = {
    "Europe/Zurich": _CET_GOOGLE.format(tz="Europe/Zurich"),
    "Europe/Rome": _CET_GOOGLE.format(tz="Europe/Rome"),
    "Europe/Berlin": _CET_GOOGLE.format(tz="Europe/Berlin"),
    "Europe/Vienna": _CET_GOOGLE.format(tz="Europe/Vienna"),
    "Europe/Madrid": _CET_GOOGLE.format(tz="Europe/Madrid"),
    "Europe/Paris": _CET_GOOGLE.format(tz="Europe/Paris"),
    "Europe/Amsterdam": _CET_GOOGLE.format(tz="Europe/Amsterdam"),
    "Europe/London": _LONDON,
    "Asia/Dubai": _DUBAI,
    "W. Europe Standard Time": _WINDOWS_CET.format(tz="W. Europe Standard Time"),
    "Romance Standard Time": _WINDOWS_CET.format(tz="Romance Standard Time"),
    "GMT Standard Time": _GMT_WINDOWS,
    "Arabian Standard Time": _ARABIAN_WINDOWS,
}


def ev(
    kind: str,
    uid: str,
    ics: str,
    *,
    interview: int = 0,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
    trap: str,
    eol: str = "\r\n",
) -> dict[str, object]:
    """One labelled event: the raw text and what the user would say it is."""
    return {
        "kind": kind,
        "uid": uid,
        "ics": ics,
        "is_interview": interview,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap,
        "eol": eol,
    }


def expand(ics: str) -> str:
    """Replace %%TZ name%% lines with the VTIMEZONE block."""
    out = []
    for line in ics.strip("\n").split("\n"):
        if line.startswith("%%TZ ") and line.endswith("%%"):
            out.append(VTIMEZONES[line[5:-2]])
        else:
            out.append(line)
    return "\n".join(out) + "\n"
