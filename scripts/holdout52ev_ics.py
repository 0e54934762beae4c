"""Raw iCalendar helpers for the blind holdout52 event split (user: Teresa Moser, Vienna)."""

from __future__ import annotations

GMX = "teresa.moser@gmx.at"
WORK = "t.moser@donaubank.at"
ME_CN = "Teresa Moser"

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//iPhone OS 17.6.1//EN",
    "mac": "-//Apple Inc.//macOS 14.6//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Calendar//EN",
    "lever": "-//Lever//Lever Interview Scheduling//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "workday": "-//Workday Inc//Workday Recruiting//EN",
    "smartrecruiters": "-//SmartRecruiters//SmartRecruiters Calendar 1.0//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "teamtailor": "-//Teamtailor//Teamtailor Meetings//EN",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden Termin//DE",
    "workable": "-//Workable//Workable Events 2.0//EN",
    "icims": "-//iCIMS//iCIMS Talent Cloud//EN",
    "successfactors": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//ModernLoop Scheduler//EN",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoho": "-//Zoho Corporation//Zoho Recruit//EN",
    "flatchr": "-//Flatchr//Flatchr Agenda//FR",
}

_EU = [("+0100", "+0200", "CEST", "19700329T020000", "BYMONTH=3;BYDAY=-1SU"),
       ("+0200", "+0100", "CET", "19701025T030000", "BYMONTH=10;BYDAY=-1SU")]
_UK = [("+0000", "+0100", "BST", "19700329T010000", "BYMONTH=3;BYDAY=-1SU"),
       ("+0100", "+0000", "GMT", "19701025T020000", "BYMONTH=10;BYDAY=-1SU")]
_NY = [("-0500", "-0400", "EDT", "19700308T020000", "BYMONTH=3;BYDAY=2SU"),
       ("-0400", "-0500", "EST", "19701101T020000", "BYMONTH=11;BYDAY=1SU")]

WIN_UTC1 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
WIN_UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
TZRULES = {
    "Europe/Vienna": _EU, "Europe/Berlin": _EU, "Europe/Zurich": _EU, "Europe/Paris": _EU,
    "Europe/Madrid": _EU, "W. Europe Standard Time": _EU, "Romance Standard Time": _EU,
    WIN_UTC1: _EU, WIN_UTC1_EN: _EU, "Europe/London": _UK, "GMT Standard Time": _UK,
    "America/New_York": _NY, "Eastern Standard Time": _NY,
}


def vtimezone(tzid: str, names: bool = True) -> list[str]:
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    for off_from, off_to, name, start, rule in TZRULES[tzid]:
        kind = "DAYLIGHT" if name in ("CEST", "BST", "EDT") else "STANDARD"
        out += [f"BEGIN:{kind}", f"TZOFFSETFROM:{off_from}", f"TZOFFSETTO:{off_to}"]
        if names:
            out.append(f"TZNAME:{name}")
        out += [f"DTSTART:{start}", f"RRULE:FREQ=YEARLY;{rule}", f"END:{kind}"]
    out.append("END:VTIMEZONE")
    return out


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def q(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ",;:") else value


def T(name: str, text: str) -> str:
    """A text property with escaped value."""
    return f"{name}:{esc(text)}"


def fold(line: str) -> str:
    if len(line.encode()) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode()) > limit:
            parts.append(cur)
            cur = " "
            limit = 75
        cur += ch
    parts.append(cur)
    return "\r\n".join(parts)


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = f";CN={q(cn)}" if cn else ""
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str = "INDIVIDUAL", rsvp: bool = True) -> str:
    params = f";CUTYPE={cutype};ROLE={role};PARTSTAT={ps};RSVP={'TRUE' if rsvp else 'FALSE'}"
    if cn:
        params += f";CN={q(cn)}"
    return f"ATTENDEE{params}:mailto:{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", ps="ACCEPTED", cutype="ROOM", rsvp=False)


def when(tz: str | None, start: str, end: str | None = None) -> list[str]:
    """tz: a TZID, None (floating), 'Z' (UTC) or 'DATE' (all-day)."""
    def one(name: str, val: str) -> str:
        if tz is None:
            return f"{name}:{val}"
        if tz == "Z":
            return f"{name}:{val}Z"
        if tz == "DATE":
            return f"{name};VALUE=DATE:{val}"
        return f"{name};TZID={q(tz)}:{val}"
    out = [one("DTSTART", start)]
    if end:
        out.append(one("DTEND", end))
    return out


def vev(*props: str | list[str], stamp: str = "20250908T071500Z") -> list[str]:
    flat: list[str] = []
    for p in props:
        if isinstance(p, list):
            flat.extend(p)
        else:
            flat.append(p)
    if not any(p.startswith("DTSTAMP") for p in flat):
        flat.insert(0, f"DTSTAMP:{stamp}")
    return ["BEGIN:VEVENT", *flat, "END:VEVENT"]


def cal(tool: str, *blocks: list[str], method: str | None = "REQUEST", tz: tuple[str, ...] = (),
        head: tuple[str, ...] = (), tznames: bool = True) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[tool]}", "VERSION:2.0"]
    if tool in ("google", "calendly", "calcom"):
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for t in tz:
        lines.extend(vtimezone(t, tznames))
    for b in blocks:
        lines.extend(b)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def ev(kind: str, ics: str, uid: str, iv: int = 0, company: str = "", role: str = "", stage: str = "",
       ivs: tuple[str, ...] | list[str] = (), trap: str = "") -> dict:
    return {"kind": kind, "ics": ics, "uid": uid, "is_interview": iv, "company": company, "role": role,
            "stage": stage, "interviewers": ";".join(i.lower() for i in ivs), "trap": trap or kind}


def xalt(html_body: str) -> str:
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(
        '<html><head><meta name="Generator" content="Microsoft Exchange Server"></head><body>'
        + html_body + "</body></html>")


def ms_uid(seed: str) -> str:
    h = "".join(f"{ord(c):02X}" for c in seed)[:48].ljust(48, "0")
    return "040000008200E00074C5B7101A82E00800000000" + "B0D2E5A1F431DC01000000000000000010000000" + h
