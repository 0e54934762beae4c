"""iCalendar helpers for the holdout69 event split (Sophie Tremblay, nurse in Montréal).

Every event of the split is composed as raw content lines by the holdout69ev_* modules; this module only
escapes text values, folds long lines at 75 octets, wraps VEVENTs into a VCALENDAR with the time-zone block
the emitting tool would write, and carries the label of each file.
"""

from __future__ import annotations

from dataclasses import dataclass

from holdout69ev_boiler import alt_desc

CRLF = "\r\n"

ME_FREE = "sophie.tremblay88@videotron.ca"
ME_WORK = "sophie.tremblay.ciusss@ssss.gouv.qc.ca"


@dataclass
class Ev:
    """One file of the split and its label row."""

    kind: str
    uid: str
    text: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
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
    return CRLF.join(out)


def text_prop(name: str, value: str) -> str:
    return f"{name}:{esc(value)}"


# --- time-zone blocks ------------------------------------------------------------------------------------

def tz_olson(tzid: str = "America/Toronto", lic: bool = True) -> list[str]:
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += [
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
    ]
    return lines


def tz_apple(tzid: str = "America/Toronto") -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:-0500",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "DTSTART:20070311T020000",
        "TZNAME:HAE",
        "TZOFFSETTO:-0400",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:-0400",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "DTSTART:20071104T020000",
        "TZNAME:HNE",
        "TZOFFSETTO:-0500",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def tz_windows_eastern(tzid: str = "Eastern Standard Time") -> list[str]:
    """The block Outlook/Exchange writes for Windows' Eastern zone (any display TZID)."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def tz_windows_weu(tzid: str = "W. Europe Standard Time") -> list[str]:
    return [
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
    ]


def tz_madrid() -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Madrid",
        "X-LIC-LOCATION:Europe/Madrid",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


# --- calendar wrappers -----------------------------------------------------------------------------------

PRODID_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
PRODID_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
PRODID_EXCHANGE = "Microsoft Exchange Server 2010"
PRODID_APPLE = "-//Apple Inc.//macOS 14.6.1//EN"
PRODID_IOS = "-//Apple Inc.//iPhone OS 18.1//EN"
PRODID_THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def calendar(
    prodid: str,
    vevents: list[list[str]],
    *,
    method: str | None = "REQUEST",
    tz: list[str] | None = None,
    head: list[str] | None = None,
) -> str:
    """Wrap VEVENT bodies (without BEGIN/END) into a VCALENDAR, fold and join with CRLF."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if prodid == PRODID_GOOGLE:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines += head or []
    lines += tz or []
    for body in vevents:
        lines.append("BEGIN:VEVENT")
        lines += body
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def att(email: str, cn: str = "", *, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str = "INDIVIDUAL", quote: bool = False, extra: str = "") -> str:
    """An ATTENDEE line; quote=True writes CN="…" (Outlook's "Last, First" needs it)."""
    params = [f"CUTYPE={cutype}", f"ROLE={role}", f"PARTSTAT={partstat}"]
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if quote or "," in cn or ":" in cn or ";" in cn else f"CN={cn}")
    if extra:
        params.append(extra)
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    params = []
    if cn:
        params.append(f'CN="{cn}"' if "," in cn or ":" in cn or ";" in cn else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + ("".join(";" + p for p in params)) + f":mailto:{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", cutype="ROOM", rsvp=False, partstat="NEEDS-ACTION", quote=True)


def outlook_tail(busy: str = "BUSY", importance: str = "1") -> list[str]:
    return [
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MS-OLK-AUTOSTARTCHECK:FALSE",
        "X-MS-OLK-CONFTYPE:0",
    ]


def alarm(minutes: int = 15, text: str = "Rappel") -> list[str]:
    return ["BEGIN:VALARM", f"TRIGGER:-PT{minutes}M", "ACTION:DISPLAY", f"DESCRIPTION:{esc(text)}", "END:VALARM"]


def simple(prodid: str, uid: str, stamp: str, start: str, end: str, summary: str, desc: str, organizer: str,
           attendees: list[str], *, location: str = "", extra: list[str] | None = None,
           method: str | None = "REQUEST", tz: list[str] | None = None) -> str:
    """A plain one-VEVENT invitation as schedulers write it; start/end are whole DTSTART/DTEND lines."""
    ev = [
        "UID:" + uid,
        "DTSTAMP:" + stamp,
        start,
        end,
        "SUMMARY:" + esc(summary),
        "DESCRIPTION:" + esc(desc),
    ]
    if location:
        ev.append("LOCATION:" + esc(location))
    ev += [organizer, *attendees, "STATUS:CONFIRMED", "SEQUENCE:0", *(extra or [])]
    return calendar(prodid, [ev], method=method, tz=tz)


def outlook_event(uid: str, organizer: str, attendees: list[str], summary: str, desc: str, tzid: str, start: str,
                  end: str, stamp: str, location: str, lang: str = "fr-CA", html: bool = True) -> list[str]:
    """The VEVENT body Outlook writes for a meeting request (plain and X-ALT-DESC description)."""
    ev = [
        organizer,
        *attendees,
        f"DESCRIPTION;LANGUAGE={lang}:" + esc(desc),
        "UID:" + uid,
        f"SUMMARY;LANGUAGE={lang}:" + esc(summary),
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE={lang}:" + esc(location),
        *outlook_tail(),
    ]
    if html:
        ev.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(alt_desc(desc)))
    return ev
