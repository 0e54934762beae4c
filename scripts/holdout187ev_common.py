"""Shared pieces for the holdout187 blind event corpus (time-zone blocks as tools write them, and a label helper).

Written blind: the events themselves are raw iCalendar text in the holdout187ev_[a-k] modules.
"""

from __future__ import annotations


def olson_tz(tzid: str, std: str = "CET", dst: str = "CEST", lic: bool = True) -> str:
    """A VTIMEZONE for a Central-European Olson zone, the way Google / most ATS write it."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += [
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{dst}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{std}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    return "\n".join(lines) + "\n"


def windows_tz(name: str) -> str:
    """A VTIMEZONE as Outlook / Exchange write it for a Windows zone name."""
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{name}\n"
        "BEGIN:STANDARD\n"
        "DTSTART:16010101T030000\n"
        "TZOFFSETFROM:+0200\n"
        "TZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\n"
        "BEGIN:DAYLIGHT\n"
        "DTSTART:16010101T020000\n"
        "TZOFFSETFROM:+0100\n"
        "TZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\n"
        "END:DAYLIGHT\n"
        "END:VTIMEZONE\n"
    )


TZ_PARIS = olson_tz("Europe/Paris")
TZ_PARIS_NOLIC = olson_tz("Europe/Paris", lic=False)
TZ_ZURICH = olson_tz("Europe/Zurich")
TZ_MADRID = olson_tz("Europe/Madrid")
TZ_BERLIN = olson_tz("Europe/Berlin", lic=False)
TZ_ROMANCE = windows_tz("Romance Standard Time")
TZ_WEUROPE = windows_tz("W. Europe Standard Time")
TZ_NEWYORK = (
    "BEGIN:VTIMEZONE\n"
    "TZID:America/New_York\n"
    "X-LIC-LOCATION:America/New_York\n"
    "BEGIN:DAYLIGHT\n"
    "TZOFFSETFROM:-0500\n"
    "TZOFFSETTO:-0400\n"
    "TZNAME:EDT\n"
    "DTSTART:19700308T020000\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\n"
    "END:DAYLIGHT\n"
    "BEGIN:STANDARD\n"
    "TZOFFSETFROM:-0400\n"
    "TZOFFSETTO:-0500\n"
    "TZNAME:EST\n"
    "DTSTART:19701101T020000\n"
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\n"
    "END:STANDARD\n"
    "END:VTIMEZONE\n"
)


def ev(
    kind: str,
    ics: str,
    uid: str,
    pos: int = 0,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
    trap: str = "",
    hiring: bool = False,
    crlf: bool = True,
) -> dict[str, object]:
    """One corpus file: its raw text and the label row for it."""
    return {
        "kind": kind,
        "ics": ics,
        "crlf": crlf,
        "hiring": hiring,
        "label": {
            "uid": uid,
            "is_interview": pos,
            "company": company,
            "role": role,
            "stage": stage,
            "interviewers": interviewers,
            "trap": trap,
        },
    }
