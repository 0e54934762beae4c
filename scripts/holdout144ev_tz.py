"""VTIMEZONE blocks for the holdout144 event corpus, as the various calendar tools write them.

Data modules put a marker such as ``@@OUTLOOK_WEU@@`` on its own line inside the raw iCalendar text; the
generator swaps it for the block below before writing the .ics file.
"""

from __future__ import annotations


def _eu_rules(tzid: str, *, std_name: str = "CET", dst_name: str = "CEST", lic: bool = False,
              start_dst: str = "19700329T020000", start_std: str = "19701025T030000") -> str:
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += [
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{dst_name}",
        f"DTSTART:{start_dst}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{std_name}",
        f"DTSTART:{start_std}",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    return "\n".join(lines)


def _outlook(tzid: str) -> str:
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


NEW_YORK = "\n".join([
    "BEGIN:VTIMEZONE",
    "TZID:America/New_York",
    "X-LIC-LOCATION:America/New_York",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "TZNAME:EDT",
    "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "TZNAME:EST",
    "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
])

BLOCKS = {
    "@@OUTLOOK_WEU@@": _outlook("W. Europe Standard Time"),
    "@@OUTLOOK_CEU@@": _outlook("Central Europe Standard Time"),
    "@@OUTLOOK_ROMANCE@@": _outlook("Romance Standard Time"),
    "@@G_VIENNA@@": _eu_rules("Europe/Vienna", lic=True),
    "@@G_BERLIN@@": _eu_rules("Europe/Berlin", lic=True),
    "@@G_ZURICH@@": _eu_rules("Europe/Zurich", lic=True),
    "@@G_ROME@@": _eu_rules("Europe/Rome", lic=True),
    "@@G_MADRID@@": _eu_rules("Europe/Madrid", lic=True),
    "@@APPLE_VIENNA@@": _eu_rules("Europe/Vienna", start_dst="19810329T020000", start_std="19961027T030000"),
    "@@PLAIN_BERLIN@@": _eu_rules("Europe/Berlin"),
    "@@PLAIN_ZURICH@@": _eu_rules("Europe/Zurich"),
    "@@NEW_YORK@@": NEW_YORK,
}


def expand(text: str) -> str:
    """Replace every VTIMEZONE marker line with its block; fail on an unknown marker."""
    out = []
    for line in text.split("\n"):
        key = line.strip()
        if key.startswith("@@"):
            if key not in BLOCKS:
                raise KeyError(f"unknown VTIMEZONE marker {key!r}")
            out.append(BLOCKS[key])
        else:
            out.append(line)
    return "\n".join(out)
