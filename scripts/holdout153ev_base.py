"""Shared pieces for the holdout153 event corpus (time-zone blocks and label helpers).

The events themselves are hand-written raw iCalendar text in the other
``holdout153ev_*`` modules; a line ``@TZ:<key>@`` inside an event is replaced by
the VTIMEZONE block below, as the sending tool would have written it.
"""


def _google(tzid, std, dst, std_name, dst_name, dst_start, std_start, dst_rule, std_rule):
    return "\n".join([
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        f"DTSTART:{dst_start}",
        f"RRULE:{dst_rule}",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        f"DTSTART:{std_start}",
        f"RRULE:{std_rule}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ])


def _outlook(tzid, std, dst, std_time, dst_time, std_rule, dst_rule):
    return "\n".join([
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:16010101T{std_time}",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"RRULE:{std_rule}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:16010101T{dst_time}",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"RRULE:{dst_rule}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ])


_EU_DST = "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
_EU_STD = "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
_US_DST = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
_US_STD = "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
_MS_EU_STD = "FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10"
_MS_EU_DST = "FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3"
_MS_US_STD = "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11"
_MS_US_DST = "FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3"


def _cet(tzid):
    return _google(tzid, "+0100", "+0200", "CET", "CEST", "19700329T020000",
                   "19701025T030000", _EU_DST, _EU_STD)


TZ = {
    "BERLIN": _cet("Europe/Berlin"),
    "ZURICH": _cet("Europe/Zurich"),
    "PARIS": _cet("Europe/Paris"),
    "MADRID": _cet("Europe/Madrid"),
    "AMSTERDAM": _cet("Europe/Amsterdam"),
    "LONDON": _google("Europe/London", "+0000", "+0100", "GMT", "BST", "19700329T010000",
                      "19701025T020000", _EU_DST, _EU_STD),
    "NEWYORK": _google("America/New_York", "-0500", "-0400", "EST", "EDT", "19700308T020000",
                       "19701101T020000", _US_DST, _US_STD),
    "MS_WEUROPE": _outlook("W. Europe Standard Time", "+0100", "+0200", "030000", "020000",
                           _MS_EU_STD, _MS_EU_DST),
    "MS_ROMANCE": _outlook("Romance Standard Time", "+0100", "+0200", "030000", "020000",
                           _MS_EU_STD, _MS_EU_DST),
    "MS_GMT": _outlook("GMT Standard Time", "+0000", "+0100", "020000", "010000",
                       _MS_EU_STD, _MS_EU_DST),
    "MS_EASTERN": _outlook("Eastern Standard Time", "-0500", "-0400", "020000", "020000",
                           _MS_US_STD, _MS_US_DST),
}


def yes(uid, company, role, stage, interviewers, trap):
    """Label row for one of the user's own interviews."""
    return {"uid": uid, "is_interview": 1, "company": company, "role": role,
            "stage": stage, "interviewers": interviewers, "trap": trap}


def no(uid, trap):
    """Label row for a negative."""
    return {"uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "",
            "interviewers": "", "trap": trap}
