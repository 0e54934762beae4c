"""Shared VTIMEZONE blocks and the record helper for the holdout155 event split.

Event texts mark where a tool would insert a VTIMEZONE with ``@@VTZ <tzid>@@``;
the generator replaces the marker with the block below, as the tool would.
"""

_OLSON = """BEGIN:VTIMEZONE
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

_WINDOWS = """BEGIN:VTIMEZONE
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

_NEW_YORK = """BEGIN:VTIMEZONE
TZID:America/New_York
LAST-MODIFIED:20240422T053450Z
BEGIN:DAYLIGHT
TZNAME:EDT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:EST
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def vtimezone(tzid):
    """Return the VTIMEZONE block a tool would write for ``tzid``."""
    if tzid == "America/New_York":
        return _NEW_YORK
    if tzid.endswith("Standard Time"):
        return _WINDOWS.format(tzid=tzid)
    return _OLSON.format(tzid=tzid)


def ev(kind, uid, is_interview, company, role, stage, interviewers, trap, ics, crlf=True):
    """One labelled event: raw iCalendar text plus its label row."""
    return {
        "kind": kind,
        "uid": uid,
        "is_interview": is_interview,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap,
        "ics": ics,
        "crlf": crlf,
    }
