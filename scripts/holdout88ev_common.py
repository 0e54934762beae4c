"""Shared pieces for the holdout88 event corpus (blind, raw iCalendar text).

The user: Mathieu Lefebvre, warehouse shift manager near Lille (France), looking for site-manager and logistics
roles in northern France and Belgium. Free-mail mat.lefebvre59@orange.fr, work m.lefebvre@entrepot-hautsdefrance.fr.
Everything here is invented; CC0 1.0.
"""

from __future__ import annotations

ME = "mat.lefebvre59@orange.fr"
WORK = "m.lefebvre@entrepot-hautsdefrance.fr"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE_IOS = "-//Apple Inc.//iPhone OS 17.5//EN"
APPLE_MAC = "-//Apple Inc.//macOS 14.4//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

PARIS = r"""BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""

BRUSSELS = PARIS.replace("Europe/Paris", "Europe/Brussels")
BERLIN = PARIS.replace("Europe/Paris", "Europe/Berlin")
MADRID = PARIS.replace("Europe/Paris", "Europe/Madrid")

LONDON = r"""BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""

ROMANCE = r"""BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

UTC1_FR = ROMANCE.replace("Romance Standard Time", '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris')
UTC1_EN = ROMANCE.replace("Romance Standard Time", '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris')
UTC1_NL = ROMANCE.replace("Romance Standard Time", '(UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs')
WEUROPE = ROMANCE.replace("Romance Standard Time", "W. Europe Standard Time")


def cal(event: str, prodid: str, method: str | None = "REQUEST", tz: str = "", head: str = "") -> str:
    """Wrap one or more raw VEVENT blocks into a VCALENDAR."""
    out = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\n"
    if prodid == GOOGLE:
        out += "CALSCALE:GREGORIAN\n"
    if method:
        out += f"METHOD:{method}\n"
    out += head + tz + event.strip("\n") + "\nEND:VCALENDAR\n"
    return out


def fold(text: str) -> str:
    """CRLF line ends; fold content lines longer than 75 octets (never inside a UTF-8 sequence)."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "" and not out:
            continue
        raw = line.encode("utf-8")
        if len(raw) <= 75:
            out.append(line)
            continue
        chunk, size, first = "", 0, True
        for ch in line:
            n = len(ch.encode("utf-8"))
            limit = 75 if first else 74
            if size + n > limit:
                out.append(chunk if first else " " + chunk)
                chunk, size, first = "", 0, False
            chunk += ch
            size += n
        if chunk:
            out.append(chunk if first else " " + chunk)
    while out and out[-1] == "":
        out.pop()
    return "\r\n".join(out) + "\r\n"


def pos(kind: str, ics: str, company: str, role: str, stage: str, interviewers: str, trap: str) -> dict[str, str]:
    """A real interview of the user (is_interview=1)."""
    return {"kind": kind, "ics": ics, "is_interview": "1", "company": company, "role": role, "stage": stage,
            "interviewers": interviewers, "trap": trap}


def neg(kind: str, ics: str, trap: str) -> dict[str, str]:
    """Anything else (is_interview=0)."""
    return {"kind": kind, "ics": ics, "is_interview": "0", "company": "", "role": "", "stage": "",
            "interviewers": "", "trap": trap}
