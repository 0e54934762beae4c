"""Raw iCalendar helpers for the blind holdout55 event corpus (hand-composed text, no library)."""

from __future__ import annotations

ME_FREE = "alvaro.castillo.rey@yahoo.es"
ME_WORK = "acastillo@hotelescantabrico.com"
ME_NAME = "Álvaro Castillo Rey"
STAMP = "20250302T081500Z"

_EU = ("BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU")

# tzid -> (standard offset, daylight offset or None, std name, dst name, local hour of change in March)
_ZONES: dict[str, tuple[str, str | None, str, str, str]] = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "02"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST", "02"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "01"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST", "01"),
    "Atlantic/Canary": ("+0000", "+0100", "WET", "WEST", "01"),
    "America/Mexico_City": ("-0600", None, "CST", "", ""),
    "America/Cancun": ("-0500", None, "EST", "", ""),
    "Romance Standard Time": ("+0100", "+0200", "Romance Standard Time", "Romance Daylight Time", "02"),
    "W. Europe Standard Time": ("+0100", "+0200", "W. Europe Standard Time", "W. Europe Daylight Time", "02"),
    "GMT Standard Time": ("+0000", "+0100", "GMT Standard Time", "GMT Daylight Time", "01"),
    "Central Standard Time (Mexico)": ("-0600", None, "Central Standard Time (Mexico)", "", ""),
    "(UTC+01:00) Bruselas, Copenhague, Madrid, París": ("+0100", "+0200", "Hora estándar romance",
                                                          "Hora de verano romance", "02"),
    "(UTC+00:00) Dublín, Edimburgo, Lisboa, Londres": ("+0000", "+0100", "GMT", "BST", "01"),
}


def qp(value: str) -> str:
    """Quote a parameter value when it holds characters that need it."""
    return f'"{value}"' if any(c in value for c in ",;:") else value


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return out


def vtimezone(tzid: str) -> list[str]:
    std, dst, sname, dname, hour = _ZONES[tzid]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{qp(tzid) if tzid.startswith('(') else tzid}"]
    if tzid.startswith("Europe/") or tzid.startswith("Atlantic/") or tzid.startswith("America/"):
        lines.append(f"X-LIC-LOCATION:{tzid}")
    if dst is None:
        lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}",
                  f"TZNAME:{sname}", "END:STANDARD"]
    else:
        back = "03" if hour == "02" else "02"
        lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
                  f"DTSTART:19700329T{hour}0000", f"RRULE:FREQ=YEARLY;{_EU[0]}", "END:DAYLIGHT",
                  "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
                  f"DTSTART:19701025T{back}0000", f"RRULE:FREQ=YEARLY;{_EU[1]}", "END:STANDARD"]
    lines.append("END:VTIMEZONE")
    return lines


def tz(tzid: str, value: str) -> str:
    """Value for event(start=...) with a TZID parameter."""
    return f"TZID={qp(tzid)}:{value}"


def person(prop: str, email: str, name: str | None = None, **params: str) -> str:
    parts = [prop]
    for key, val in params.items():
        parts.append(f"{key.upper().replace('_', '-')}={qp(val)}")
    if name:
        parts.append(f"CN={qp(name)}")
    return ";".join(parts) + f":mailto:{email}"


def att(email: str, name: str | None = None, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    params: dict[str, str] = {}
    if cutype:
        params["cutype"] = cutype
    params["role"] = role
    params["partstat"] = stat
    if rsvp:
        params["rsvp"] = "TRUE"
    return person("ATTENDEE", email, name, **params)


def org(email: str, name: str | None = None, sent_by: str | None = None) -> str:
    if sent_by:
        return person("ORGANIZER", email, name, sent_by=f"mailto:{sent_by}")
    return person("ORGANIZER", email, name)


def event(uid: str, summary: str, start: str, end: str | None = None, *, organizer: str | None = None,
          attendees: tuple[str, ...] | list[str] = (), desc: str | None = None, loc: str | None = None,
          extra: tuple[str, ...] | list[str] = (), status: str | None = None, seq: int | None = None,
          html: str | None = None, stamp: str = STAMP, dur: str | None = None) -> list[str]:
    def dtline(name: str, val: str) -> str:
        return name + ("" if val.startswith(":") else ";") + val

    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", dtline("DTSTART", start)]
    if end:
        lines.append(dtline("DTEND", end))
    if dur:
        lines.append(f"DURATION:{dur}")
    lines.append(f"SUMMARY:{esc(summary)}")
    if organizer:
        lines.append(organizer)
    lines += list(attendees)
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if html is not None:
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{esc(html)}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    if status:
        lines.append(f"STATUS:{status}")
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def cal(*events: list[str], prodid: str = "-//Google Inc//Google Calendar 70.9054//EN", method: str | None = None,
        tzs: tuple[str, ...] = (), xwr: str | None = None, calname: str | None = None) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if calname:
        lines.append(f"X-WR-CALNAME:{calname}")
    if xwr:
        lines.append(f"X-WR-TIMEZONE:{xwr}")
    for tzid in tzs:
        lines += vtimezone(tzid)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out += fold(line)
    return "\r\n".join(out) + "\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
APPLE_MAC = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def spec(kind: str, lang: str, ics: str, uid: str, iv: int, company: str = "", role: str = "", stage: str = "",
         who: str = "", trap: str = "") -> dict[str, object]:
    return {"kind": kind, "lang": lang, "ics": ics, "uid": uid, "is_interview": iv, "company": company,
            "role": role, "stage": stage, "interviewers": who, "trap": trap or f"{kind}-{lang}"}
