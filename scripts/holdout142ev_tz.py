"""VTIMEZONE blocks as the tools in holdout142 write them (Google/Apple style and Outlook/Exchange style).

Each event in the holdout142ev_* modules is otherwise hand-written raw iCalendar text; these blocks are pasted in
the way a calendar tool pastes them in front of its VEVENT.
"""


def _olson(tzid: str, std: str, dst: str, std_name: str, dst_name: str, eu: bool = False) -> str:
    if eu:
        d_rule, s_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
        d_start, s_start = "19700329T020000", "19701025T030000"
    else:
        d_rule, s_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
        d_start, s_start = "19700308T020000", "19701101T020000"
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        f"X-LIC-LOCATION:{tzid}\n"
        "BEGIN:DAYLIGHT\n"
        f"TZOFFSETFROM:{std}\n"
        f"TZOFFSETTO:{dst}\n"
        f"TZNAME:{dst_name}\n"
        f"DTSTART:{d_start}\n"
        f"RRULE:{d_rule}\n"
        "END:DAYLIGHT\n"
        "BEGIN:STANDARD\n"
        f"TZOFFSETFROM:{dst}\n"
        f"TZOFFSETTO:{std}\n"
        f"TZNAME:{std_name}\n"
        f"DTSTART:{s_start}\n"
        f"RRULE:{s_rule}\n"
        "END:STANDARD\n"
        "END:VTIMEZONE\n"
    )


def _windows(tzid: str, std: str, dst: str, eu: bool = False) -> str:
    if eu:
        s_rule, d_rule = "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
        s_time, d_time = "16010101T030000", "16010101T020000"
    else:
        s_rule, d_rule = "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"
        s_time, d_time = "16010101T020000", "16010101T020000"
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        "BEGIN:STANDARD\n"
        f"DTSTART:{s_time}\n"
        f"TZOFFSETFROM:{dst}\n"
        f"TZOFFSETTO:{std}\n"
        f"RRULE:{s_rule}\n"
        "END:STANDARD\n"
        "BEGIN:DAYLIGHT\n"
        f"DTSTART:{d_time}\n"
        f"TZOFFSETFROM:{std}\n"
        f"TZOFFSETTO:{dst}\n"
        f"RRULE:{d_rule}\n"
        "END:DAYLIGHT\n"
        "END:VTIMEZONE\n"
    )


EDMONTON = _olson("America/Edmonton", "-0700", "-0600", "MST", "MDT")
VANCOUVER = _olson("America/Vancouver", "-0800", "-0700", "PST", "PDT")
TORONTO = _olson("America/Toronto", "-0500", "-0400", "EST", "EDT")
MONTREAL = _olson("America/Montreal", "-0500", "-0400", "EST", "EDT")
NEW_YORK = _olson("America/New_York", "-0500", "-0400", "EST", "EDT")
CHICAGO = _olson("America/Chicago", "-0600", "-0500", "CST", "CDT")
LOS_ANGELES = _olson("America/Los_Angeles", "-0800", "-0700", "PST", "PDT")
ANCHORAGE = _olson("America/Anchorage", "-0900", "-0800", "AKST", "AKDT")
ZURICH = _olson("Europe/Zurich", "+0100", "+0200", "CET", "CEST", eu=True)
MADRID = _olson("Europe/Madrid", "+0100", "+0200", "CET", "CEST", eu=True)

PHOENIX = (
    "BEGIN:VTIMEZONE\n"
    "TZID:America/Phoenix\n"
    "X-LIC-LOCATION:America/Phoenix\n"
    "BEGIN:STANDARD\n"
    "TZOFFSETFROM:-0700\n"
    "TZOFFSETTO:-0700\n"
    "TZNAME:MST\n"
    "DTSTART:19700101T000000\n"
    "END:STANDARD\n"
    "END:VTIMEZONE\n"
)

WIN_MOUNTAIN = _windows("Mountain Standard Time", "-0700", "-0600")
WIN_PACIFIC = _windows("Pacific Standard Time", "-0800", "-0700")
WIN_EASTERN = _windows("Eastern Standard Time", "-0500", "-0400")
WIN_W_EUROPE = _windows("W. Europe Standard Time", "+0100", "+0200", eu=True)
WIN_ROMANCE = _windows("Romance Standard Time", "+0100", "+0200", eu=True)
