"""VTIMEZONE blocks as the calendar tools write them (holdout243, written blind).

Events in the holdout243ev_* modules refer to these with a line ``@@VTZ name@@``.
"""


def _olson(tzid, dname="CEST", sname="CET", lic=True, dstart="19700329T020000",
           sstart="19701025T030000"):
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += [
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{dname}",
        f"DTSTART:{dstart}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{sname}",
        f"DTSTART:{sstart}",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    return "\n".join(lines)


def _windows(tzid):
    return "\n".join([
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ])


LONDON = "\n".join([
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
])

ZONES = {
    "berlin": _olson("Europe/Berlin"),
    "berlin-apple": _olson("Europe/Berlin", "MESZ", "MEZ", lic=False,
                           dstart="19810329T020000", sstart="19961027T030000"),
    "zurich": _olson("Europe/Zurich"),
    "madrid": _olson("Europe/Madrid"),
    "luxembourg": _olson("Europe/Luxembourg"),
    "paris": _olson("Europe/Paris"),
    "amsterdam": _olson("Europe/Amsterdam"),
    "london": LONDON,
    "wes": _windows("W. Europe Standard Time"),
    "romance": _windows("Romance Standard Time"),
    "exchange-de": _windows("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"),
}
