"""Shared bits for the holdout146 calendar corpus (written blind, CC0 1.0).

Time-zone blocks are substituted for lines of the form ``@@VTIMEZONE <tzid>@@``
by the generator, so each event's raw text can say which block its tool adds.
"""

_CET = """BEGIN:VTIMEZONE
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

_APPLE_CET = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE"""

_MS = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T0{s}0000
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T0{d}0000
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

_NICOSIA = """BEGIN:VTIMEZONE
TZID:Asia/Nicosia
X-LIC-LOCATION:Asia/Nicosia
BEGIN:DAYLIGHT
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
TZNAME:EEST
DTSTART:19700329T030000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
TZNAME:EET
DTSTART:19701025T040000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
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


def vtimezone(tzid):
    """Return the VTIMEZONE block a tool would write for ``tzid``."""
    if tzid.startswith("apple:"):
        return _APPLE_CET.format(tzid=tzid[6:])
    if tzid == "Asia/Nicosia":
        return _NICOSIA
    if tzid == "Europe/London":
        return _LONDON
    if tzid.startswith("Europe/"):
        return _CET.format(tzid=tzid)
    if tzid in ("GTB Standard Time", "E. Europe Standard Time"):
        return _MS.format(tzid=tzid, s="4", d="3", std="+0200", dst="+0300")
    if tzid == "GMT Standard Time":
        return _MS.format(tzid=tzid, s="2", d="1", std="+0000", dst="+0100")
    # W. Europe / Romance / Central Europe / long "(UTC+01:00) ..." names
    return _MS.format(tzid=tzid, s="3", d="2", std="+0100", dst="+0200")


def ev(kind, uid, trap, ics, company="", role="", stage="", interviewers="",
       hiring=False, eol="\r\n"):
    """One event: its file kind, label fields and raw iCalendar text."""
    return {
        "kind": kind, "uid": uid, "trap": trap, "ics": ics,
        "company": company, "role": role, "stage": stage,
        "interviewers": interviewers, "hiring": hiring, "eol": eol,
    }
