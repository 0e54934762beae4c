"""Shared pieces for the holdout140 event corpus (Mikkel Sørensen, wind service lead, Esbjerg).

VTIMEZONE blocks as the tools emit them (Olson ids from Google / Apple / ATS tools, Windows ids from
Outlook / Exchange) and the E() record helper. The events themselves live in holdout140ev_*.py.
"""


def _olson(tzid, std, dst, std_off, dst_off, at_dst="020000", at_std="030000"):
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        f"X-LIC-LOCATION:{tzid}\n"
        "BEGIN:DAYLIGHT\n"
        f"TZOFFSETFROM:{std_off}\n"
        f"TZOFFSETTO:{dst_off}\n"
        f"TZNAME:{dst}\n"
        f"DTSTART:19700329T{at_dst}\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "END:DAYLIGHT\n"
        "BEGIN:STANDARD\n"
        f"TZOFFSETFROM:{dst_off}\n"
        f"TZOFFSETTO:{std_off}\n"
        f"TZNAME:{std}\n"
        f"DTSTART:19701025T{at_std}\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
        "END:STANDARD\n"
        "END:VTIMEZONE\n"
    )


def _windows(tzid, std_off, dst_off, at_dst="020000", at_std="030000"):
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        "BEGIN:STANDARD\n"
        f"DTSTART:16010101T{at_std}\n"
        f"TZOFFSETFROM:{dst_off}\n"
        f"TZOFFSETTO:{std_off}\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\n"
        "BEGIN:DAYLIGHT\n"
        f"DTSTART:16010101T{at_dst}\n"
        f"TZOFFSETFROM:{std_off}\n"
        f"TZOFFSETTO:{dst_off}\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\n"
        "END:DAYLIGHT\n"
        "END:VTIMEZONE\n"
    )


TZ_CPH = _olson("Europe/Copenhagen", "CET", "CEST", "+0100", "+0200")
TZ_BER = _olson("Europe/Berlin", "CET", "CEST", "+0100", "+0200")
TZ_AMS = _olson("Europe/Amsterdam", "CET", "CEST", "+0100", "+0200")
TZ_PAR = _olson("Europe/Paris", "CET", "CEST", "+0100", "+0200")
TZ_MAD = _olson("Europe/Madrid", "CET", "CEST", "+0100", "+0200")
TZ_LON = _olson("Europe/London", "GMT", "BST", "+0000", "+0100", "010000", "020000")

WIN_ROMANCE = _windows("Romance Standard Time", "+0100", "+0200")
WIN_WEUROPE = _windows("W. Europe Standard Time", "+0100", "+0200")
WIN_GMT = _windows("GMT Standard Time", "+0000", "+0100", "010000", "020000")


def E(kind, ics, uid, interview, company="", role="", stage="", interviewers="", trap="",
      hiring=False, eol="\r\n"):
    """One labelled event: raw iCalendar text plus its label row."""
    return {
        "kind": kind,
        "ics": ics,
        "uid": uid,
        "is_interview": 1 if interview else 0,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap,
        "hiring": hiring,
        "eol": eol,
    }
