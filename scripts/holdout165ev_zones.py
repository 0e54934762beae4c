"""VTIMEZONE blocks for holdout165, as Google/Apple/Thunderbird and Outlook write them."""


def olson(tzid: str, std: str = "CET", dst: str = "CEST") -> str:
    """A Central-European VTIMEZONE the way Google Calendar and Thunderbird export it."""
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        f"X-LIC-LOCATION:{tzid}\n"
        "BEGIN:DAYLIGHT\n"
        "TZOFFSETFROM:+0100\n"
        "TZOFFSETTO:+0200\n"
        f"TZNAME:{dst}\n"
        "DTSTART:19700329T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "END:DAYLIGHT\n"
        "BEGIN:STANDARD\n"
        "TZOFFSETFROM:+0200\n"
        "TZOFFSETTO:+0100\n"
        f"TZNAME:{std}\n"
        "DTSTART:19701025T030000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
        "END:STANDARD\n"
        "END:VTIMEZONE\n"
    )


def windows(tzid: str) -> str:
    """A VTIMEZONE the way Outlook / Exchange writes it (Windows zone name)."""
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


MADRID = olson("Europe/Madrid")
PARIS = olson("Europe/Paris")
BERLIN = olson("Europe/Berlin")
ZURICH = olson("Europe/Zurich")
STOCKHOLM = olson("Europe/Stockholm")
ROMANCE = windows("Romance Standard Time")
WEUROPE = windows("W. Europe Standard Time")
