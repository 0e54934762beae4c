# ruff: noqa: E501, W291, W293, RUF100
"""Shared VTIMEZONE blocks for the holdout268 calendar split (raw iCalendar text, LF line ends)."""


def _olson(tzid: str, with_lic: bool = True) -> str:
    """A Google/Thunderbird style VTIMEZONE for a Central European Olson zone."""
    lic = f"X-LIC-LOCATION:{tzid}\n" if with_lic else ""
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{lic}"
        "BEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n"
        "BEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
    )


def _windows(tzid: str) -> str:
    """An Outlook/Exchange style VTIMEZONE (1601 base year) under a Windows zone name."""
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\n"
        "BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
        "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
    )


PARIS = _olson("Europe/Paris")
MONACO = _olson("Europe/Monaco")
ROME = _olson("Europe/Rome")
BERLIN = _olson("Europe/Berlin")
MADRID = _olson("Europe/Madrid")
PARIS_NOLIC = _olson("Europe/Paris", with_lic=False)

APPLE_PARIS = """BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:UTC+2
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:UTC+1
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
"""

ROMANCE = _windows("Romance Standard Time")
W_EUROPE = _windows("W. Europe Standard Time")
UTC1_PARIS = _windows("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris")
UTC1_AMSTERDAM = _windows("(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne")
