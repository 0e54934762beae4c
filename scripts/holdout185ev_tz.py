"""VTIMEZONE blocks as the tools that wrote the holdout185 events emit them (shared text, not logic)."""


def olson(tzid: str, std: str = "CET", dst: str = "CEST", off_std: str = "+0100", off_dst: str = "+0200",
          at_dst: str = "020000", at_std: str = "030000") -> str:
    """A Google / Apple style block for a European zone."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:{off_std}
TZOFFSETTO:{off_dst}
TZNAME:{dst}
DTSTART:19700329T{at_dst}
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{off_dst}
TZOFFSETTO:{off_std}
TZNAME:{std}
DTSTART:19701025T{at_std}
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def windows(tzid: str = "W. Europe Standard Time", off_std: str = "+0100", off_dst: str = "+0200",
            at_std: str = "030000", at_dst: str = "020000") -> str:
    """An Outlook / Exchange block with a Windows zone name."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T{at_std}
TZOFFSETFROM:{off_dst}
TZOFFSETTO:{off_std}
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T{at_dst}
TZOFFSETFROM:{off_std}
TZOFFSETTO:{off_dst}
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


ZURICH = olson("Europe/Zurich")
PARIS = olson("Europe/Paris")
BERLIN = olson("Europe/Berlin")
AMSTERDAM = olson("Europe/Amsterdam")
MADRID = olson("Europe/Madrid")
LONDON = olson("Europe/London", "GMT", "BST", "+0000", "+0100", "010000", "020000")
W_EUROPE = windows()
ROMANCE = windows("Romance Standard Time")
GMT_STD = windows("GMT Standard Time", "+0000", "+0100", "020000", "010000")


def ev(kind: str, uid: str, is_interview: int, company: str, role: str, stage: str, interviewers: str,
       trap: str, ics: str) -> dict[str, str | int]:
    """One corpus event: its raw iCalendar text and the label the author gives it."""
    return {"kind": kind, "uid": uid, "is_interview": is_interview, "company": company, "role": role,
            "stage": stage, "interviewers": interviewers, "trap": trap, "ics": ics}
