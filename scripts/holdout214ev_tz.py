"""Shared VTIMEZONE blocks and the event record helper for split holdout214.

The VTIMEZONE text is what the tools themselves put into their invites:
Olson-named blocks (Google, Apple, Thunderbird, most ATS) and the Windows
names Outlook/Exchange writes.
"""


def olson(tzid, std="CET", dst="CEST", std_off="+0100", dst_off="+0200"):
    """VTIMEZONE block as Google/Apple/ATS tools write it for an EU zone."""
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        f"X-LIC-LOCATION:{tzid}\n"
        "BEGIN:DAYLIGHT\n"
        f"TZOFFSETFROM:{std_off}\n"
        f"TZOFFSETTO:{dst_off}\n"
        f"TZNAME:{dst}\n"
        "DTSTART:19700329T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "END:DAYLIGHT\n"
        "BEGIN:STANDARD\n"
        f"TZOFFSETFROM:{dst_off}\n"
        f"TZOFFSETTO:{std_off}\n"
        f"TZNAME:{std}\n"
        "DTSTART:19701025T030000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
        "END:STANDARD\n"
        "END:VTIMEZONE\n"
    )


def windows(tzid):
    """VTIMEZONE block as Outlook/Exchange writes it (Windows zone name)."""
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        "BEGIN:STANDARD\n"
        "DTSTART:16010101T030000\n"
        "TZOFFSETFROM:+0200\n"
        "TZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\n"
        "BEGIN:DAYLIGHT\n"
        "DTSTART:16010101T020000\n"
        "TZOFFSETFROM:+0100\n"
        "TZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\n"
        "END:DAYLIGHT\n"
        "END:VTIMEZONE\n"
    )


BERLIN = olson("Europe/Berlin")
VIENNA = olson("Europe/Vienna")
PARIS = olson("Europe/Paris")
MADRID = olson("Europe/Madrid")
ZURICH = olson("Europe/Zurich")
STOCKHOLM = olson("Europe/Stockholm")
WARSAW = olson("Europe/Warsaw")
WEST = windows("W. Europe Standard Time")
CENTRAL_EU = windows("Central Europe Standard Time")
WEST_DE = windows("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien")


def ev(kind, ics, uid, is_interview, company="", role="", stage="",
       interviewers="", trap="", crlf=False, hiring=False):
    """One corpus event: raw iCalendar text plus its hand-set label."""
    return {
        "kind": kind,
        "ics": ics,
        "crlf": crlf,
        "hiring": hiring,
        "label": {
            "uid": uid,
            "is_interview": is_interview,
            "company": company,
            "role": role,
            "stage": stage,
            "interviewers": interviewers,
            "trap": trap,
        },
    }
