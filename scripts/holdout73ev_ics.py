"""Small helpers for the holdout73 event corpus: raw iCalendar text, folded and escaped by hand.

Written blind for afterview's event corpus (issue 4). CC0 1.0. All people, companies and addresses are
invented. The events themselves are composed line by line in the holdout73ev_pos_* / holdout73ev_neg_*
modules; this module only folds lines, escapes text values and supplies VTIMEZONE blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

ME_GMAIL = "ewan.macleod.bio@gmail.com"
ME_WORK = "e.macleod@ed-marine.ac.uk"


@dataclass
class Ev:
    """One corpus file and its label row."""

    kind: str
    ics: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def fold(line: str, width: int = 75) -> str:
    """Fold one content line at `width` octets without splitting a UTF-8 sequence."""
    raw = line.encode("utf-8")
    if len(raw) <= width:
        return line
    parts: list[str] = []
    cur = b""
    limit = width
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            parts.append(cur.decode("utf-8"))
            cur = b""
            limit = width - 1
        cur += b
    parts.append(cur.decode("utf-8"))
    return "\r\n ".join(parts)


def cal(
    body: list[str],
    *,
    prodid: str,
    method: str | None = "REQUEST",
    head: tuple[str, ...] = (),
    tz: tuple[str, ...] = (),
) -> str:
    """Wrap VEVENT lines (and VTIMEZONE blocks) in a VCALENDAR; fold every line; CRLF endings."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for block in tz:
        lines.extend(block.strip("\n").split("\n"))
    lines.extend(body)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def att(
    email: str,
    cn: str | None = None,
    *,
    role: str = "REQ-PARTICIPANT",
    partstat: str = "NEEDS-ACTION",
    rsvp: bool | None = True,
    cutype: str | None = "INDIVIDUAL",
    extra: str = "",
) -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp is not None:
        params.append(f"RSVP={'TRUE' if rsvp else 'FALSE'}")
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    if extra:
        params.append(extra)
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = []
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + ("".join(";" + p for p in params)) + f":mailto:{email}"


def _eu_zone(tzid: str, std: str, dst: str, names: tuple[str, str] | None, *, windows: bool, xlic: bool) -> str:
    """EU summer-time rules: last Sunday of March / October at 01:00 UTC."""
    std_h = int(std[1:3]) if std[0] == "+" else 0
    spring = f"{std_h + 1:02d}0000"
    autumn = f"{std_h + 2:02d}0000"
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if xlic:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    if windows:
        lines += [
            "BEGIN:STANDARD",
            f"DTSTART:16010101T{autumn}",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            f"DTSTART:16010101T{spring}",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT",
        ]
    else:
        assert names is not None
        lines += [
            "BEGIN:DAYLIGHT",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            f"TZNAME:{names[1]}",
            f"DTSTART:19700329T{spring}",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            f"TZNAME:{names[0]}",
            f"DTSTART:19701025T{autumn}",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
        ]
    lines.append("END:VTIMEZONE")
    return "\n".join(lines)


TZ_LONDON = _eu_zone("Europe/London", "+0000", "+0100", ("GMT", "BST"), windows=False, xlic=True)
TZ_LONDON_APPLE = _eu_zone("Europe/London", "+0000", "+0100", ("GMT", "BST"), windows=False, xlic=False)
TZ_DUBLIN = _eu_zone("Europe/Dublin", "+0000", "+0100", ("GMT", "IST"), windows=False, xlic=True)
TZ_OSLO = _eu_zone("Europe/Oslo", "+0100", "+0200", ("CET", "CEST"), windows=False, xlic=True)
TZ_BERLIN = _eu_zone("Europe/Berlin", "+0100", "+0200", ("CET", "CEST"), windows=False, xlic=True)
TZ_WIN_GMT = _eu_zone("GMT Standard Time", "+0000", "+0100", None, windows=True, xlic=False)
TZ_WIN_WEU = _eu_zone("W. Europe Standard Time", "+0100", "+0200", None, windows=True, xlic=False)
UTC_LONDON_LABEL = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
UTC_BERLIN_LABEL = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
UTC_BERLIN_LABEL_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
TZ_WIN_GMT_LABEL = _eu_zone(UTC_LONDON_LABEL, "+0000", "+0100", None, windows=True, xlic=False)
TZ_WIN_WEU_LABEL = _eu_zone(UTC_BERLIN_LABEL, "+0100", "+0200", None, windows=True, xlic=False)
TZ_WIN_WEU_LABEL_DE = _eu_zone(UTC_BERLIN_LABEL_DE, "+0100", "+0200", None, windows=True, xlic=False)

PRODID_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
PRODID_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
PRODID_EXCHANGE = "Microsoft Exchange Server 2010"
PRODID_APPLE = "-//Apple Inc.//iPhone OS 18.3//EN"
PRODID_MAC = "-//Apple Inc.//macOS 15.2//EN"
PRODID_TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def outlook_uid(tail: str) -> str:
    """An Exchange-style global object id (long hex, folded in the file)."""
    return "040000008200E00074C5B7101A82E00800000000" + tail


def html(text: str) -> str:
    """A minimal Outlook X-ALT-DESC body for a plain-text description."""
    paras = "".join(
        f"<p class=MsoNormal>{p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</p>\n"
        for p in text.split("\n")
        if p.strip()
    )
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n'
        '<META NAME="Generator" CONTENT="MS Exchange Server version 16.0.17928.20114">\n'
        "<TITLE></TITLE>\n</HEAD>\n<BODY>\n" + paras + "</BODY>\n</HTML>"
    )
