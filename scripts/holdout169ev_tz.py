"""Shared VTIMEZONE blocks for the holdout169 event corpus (written blind).

Event texts in the other holdout169ev_* modules contain a placeholder line such as
``%%TZ:ZURICH_GOOGLE%%``; the generator replaces it with the block below, exactly as
the sending tool would have written it.
"""


def _olson(tzid: str, dst_start: str, std_start: str, names: bool = True) -> str:
    dn = "TZNAME:CEST\n" if names else ""
    sn = "TZNAME:CET\n" if names else ""
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        f"X-LIC-LOCATION:{tzid}\n"
        "BEGIN:DAYLIGHT\n"
        "TZOFFSETFROM:+0100\n"
        "TZOFFSETTO:+0200\n"
        f"{dn}"
        f"DTSTART:{dst_start}\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "END:DAYLIGHT\n"
        "BEGIN:STANDARD\n"
        "TZOFFSETFROM:+0200\n"
        "TZOFFSETTO:+0100\n"
        f"{sn}"
        f"DTSTART:{std_start}\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
        "END:STANDARD\n"
        "END:VTIMEZONE"
    )


def _windows(tzid: str) -> str:
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
        "END:VTIMEZONE"
    )


def _apple(tzid: str) -> str:
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        "BEGIN:DAYLIGHT\n"
        "TZOFFSETFROM:+0100\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "DTSTART:19810329T020000\n"
        "TZNAME:UTC+2\n"
        "TZOFFSETTO:+0200\n"
        "END:DAYLIGHT\n"
        "BEGIN:STANDARD\n"
        "TZOFFSETFROM:+0200\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
        "DTSTART:19961027T030000\n"
        "TZNAME:UTC+1\n"
        "TZOFFSETTO:+0100\n"
        "END:STANDARD\n"
        "END:VTIMEZONE"
    )


TZ = {
    "ZURICH_GOOGLE": _olson("Europe/Zurich", "19700329T020000", "19701025T030000"),
    "PARIS_GOOGLE": _olson("Europe/Paris", "19700329T020000", "19701025T030000"),
    "MADRID_GOOGLE": _olson("Europe/Madrid", "19700329T020000", "19701025T030000"),
    "BERLIN_PERSONIO": _olson("Europe/Berlin", "19810329T020000", "19961027T030000"),
    "ZURICH_PLAIN": _olson("Europe/Zurich", "19810329T020000", "19961027T030000", names=False),
    "WEUROPE": _windows("W. Europe Standard Time"),
    "ROMANCE": _windows("Romance Standard Time"),
    "ZURICH_APPLE": _apple("Europe/Zurich"),
}


def ev(kind: str, ics: str, uid: str, y: int = 0, company: str = "", role: str = "", stage: str = "",
       iv: str = "", trap: str = "", lf: bool = False) -> dict[str, object]:
    """One corpus file: its raw text and its label row."""
    return {"kind": kind, "ics": ics, "uid": uid, "y": y, "company": company, "role": role,
            "stage": stage, "iv": iv, "trap": trap, "lf": lf}
