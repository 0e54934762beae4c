"""Raw iCalendar helpers for the holdout104 event split (blind author, CC0 1.0).

Each event is composed by hand as iCalendar text in the holdout104ev_pos_* / holdout104ev_neg_* modules;
this module only wraps a VEVENT body in a VCALENDAR with the producer's PRODID and time-zone blocks,
turns newlines into CRLF and folds long lines at 75 octets as RFC 5545 asks.
"""

from __future__ import annotations

ME = "julien.bouchard.prod@videotron.ca"
WORK = "jbouchard@studio-nordlumiere.ca"

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "ios": "-//Apple Inc.//iPhone OS 17.4//EN",
    "mac": "-//Apple Inc.//macOS 14.4//EN",
    "tbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Recruiting//EN",
    "lever": "-//Lever//Lever Interview Scheduling//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "workday": "-//Workday Inc.//Workday Recruiting//EN",
    "smartr": "-//SmartRecruiters//SmartRecruiters Calendar 1.0//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "teamtailor": "-//Teamtailor//Teamtailor Meetings//EN",
    "workable": "-//Workable//Workable Calendar//EN",
    "icims": "-//iCIMS//iCIMS Talent Cloud//EN",
    "sf": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//ModernLoop Scheduler//EN",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Systems, Inc.//Webex Meetings//FR",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "wttj": "-//Welcome to the Jungle//WTTJ Scheduling//FR",
    "bamboo": "-//BambooHR//BambooHR ATS//EN",
}

TZ = {
    "tor": """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "mtl": """BEGIN:VTIMEZONE
TZID:America/Montreal
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:HAE
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:HNE
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "est": """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE""",
    "utc5": """BEGIN:VTIMEZONE
TZID:(UTC-05:00) Eastern Time (US & Canada)
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE""",
    "rom": """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE""",
    "utc1": """BEGIN:VTIMEZONE
TZID:(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE""",
    "par": """BEGIN:VTIMEZONE
TZID:Europe/Paris
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
END:VTIMEZONE""",
    "ber": """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:MESZ
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:MEZ
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
}


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur = ch
            limit = 74
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def cal(
    body: str,
    tool: str = "google",
    method: str | None = "REQUEST",
    tz: tuple[str, ...] = (),
    head: str = "",
    stamp: str = "20260203T150000Z",
) -> str:
    """Wrap hand-written VEVENT text in a VCALENDAR; add DTSTAMP where the body has none."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID.get(tool, tool)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if head:
        lines.extend(head.strip("\n").split("\n"))
    for key in tz:
        lines.extend(TZ[key].split("\n"))
    has_stamp = "\nDTSTAMP:" in body
    # The bodies are written folded where long (a continuation line starts with one space); unfold, then
    # fold again at 75 octets as a producer would.
    for ln in body.strip("\n").replace("\n ", "").split("\n"):
        lines.append(ln)
        if ln == "BEGIN:VEVENT" and not has_stamp:
            lines.append(f"DTSTAMP:{stamp}")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(ln) for ln in lines) + "\r\n"


def ev(
    trap: str,
    label: tuple[str, str, str, str] | None,
    body: str,
    **kw: object,
) -> dict[str, object]:
    """One event: label is (company, role, stage, interviewers) for the user's own interview, None otherwise."""
    ics = cal(body, **kw)  # type: ignore[arg-type]
    if label is None:
        return {"trap": trap, "ics": ics, "is": 0, "company": "", "role": "", "stage": "", "iv": ""}
    company, role, stage, iv = label
    return {"trap": trap, "ics": ics, "is": 1, "company": company, "role": role, "stage": stage, "iv": iv}
