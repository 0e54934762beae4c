"""Time-zone blocks for the blind holdout150 event corpus (as the tools emit them).

Written by hand; each tool's VTIMEZONE looks the way that tool writes it.
"""


def _olson(tzid, std, dst, std_name, dst_name):
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        f"X-LIC-LOCATION:{tzid}\n"
        "BEGIN:DAYLIGHT\n"
        f"TZOFFSETFROM:{std}\n"
        f"TZOFFSETTO:{dst}\n"
        f"TZNAME:{dst_name}\n"
        "DTSTART:19700329T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "END:DAYLIGHT\n"
        "BEGIN:STANDARD\n"
        f"TZOFFSETFROM:{dst}\n"
        f"TZOFFSETTO:{std}\n"
        f"TZNAME:{std_name}\n"
        "DTSTART:19701025T030000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
        "END:STANDARD\n"
        "END:VTIMEZONE\n"
    )


def _windows(tzid, std, dst):
    # Outlook / Exchange style: 1601 anchors, BYDAY before BYMONTH
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        "BEGIN:STANDARD\n"
        "DTSTART:16010101T030000\n"
        f"TZOFFSETFROM:{dst}\n"
        f"TZOFFSETTO:{std}\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\n"
        "BEGIN:DAYLIGHT\n"
        "DTSTART:16010101T020000\n"
        f"TZOFFSETFROM:{std}\n"
        f"TZOFFSETTO:{dst}\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\n"
        "END:DAYLIGHT\n"
        "END:VTIMEZONE\n"
    )


WAW = _olson("Europe/Warsaw", "+0100", "+0200", "CET", "CEST")
BER = _olson("Europe/Berlin", "+0100", "+0200", "CET", "CEST")
PAR = _olson("Europe/Paris", "+0100", "+0200", "CET", "CEST")
MAD = _olson("Europe/Madrid", "+0100", "+0200", "CET", "CEST")
DUB = _olson("Europe/Dublin", "+0000", "+0100", "GMT", "IST")
LON = _olson("Europe/London", "+0000", "+0100", "GMT", "BST")
CEST_WIN = _windows("Central European Standard Time", "+0100", "+0200")
WEST_WIN = _windows("W. Europe Standard Time", "+0100", "+0200")
ROMANCE_WIN = _windows("Romance Standard Time", "+0100", "+0200")
GMT_WIN = _windows("GMT Standard Time", "+0000", "+0100")
