"""Raw iCalendar helpers for the holdout79 event split (written blind; CC0 1.0).

Only text plumbing lives here: escaping, line folding, calendar wrappers and the VTIMEZONE blocks that real
clients paste in front of their events. The events themselves are composed by hand in holdout79ev_*.py.
"""

from __future__ import annotations

CRLF = "\r\n"

ME = "amelie.fontaine.pharma@skynet.be"
WORK = "amelie.fontaine@chu-brugmann-pharma.be"
SPLIT = "holdout79"


def esc(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> str:
    """Fold one content line at `width` octets without splitting a UTF-8 sequence."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = width
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = " "
            size = 1
            limit = width
        cur += ch
        size += n
    out.append(cur)
    return CRLF.join(out)


def ev(*lines: str | None) -> list[str]:
    """A VEVENT from unfolded content lines; None entries are skipped (handy for optional lines)."""
    body = [ln for ln in lines if ln]
    return ["BEGIN:VEVENT", *body, "END:VEVENT"]


def cal(
    prodid: str,
    *events: list[str],
    method: str | None = "REQUEST",
    tz: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
    version_first: bool = False,
    calscale: bool = False,
) -> str:
    """Wrap VEVENT line lists into a VCALENDAR and fold every line."""
    lines: list[str] = ["BEGIN:VCALENDAR"]
    if version_first:
        lines += ["VERSION:2.0", f"PRODID:{prodid}"]
    else:
        lines += [f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for name in tz:
        lines += TZ[name]
    for e in events:
        lines += e
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(ln) for ln in lines) + CRLF


def _olson(tzid: str, std_name: str = "CET", dst_name: str = "CEST", loc: bool = True) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        *([f"X-LIC-LOCATION:{tzid}"] if loc else []),
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{std_name}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _windows(tzid: str) -> list[str]:
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


def _apple(tzid: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "DTSTART:19810329T020000",
        "TZNAME:UTC+2",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "DTSTART:19961027T030000",
        "TZNAME:UTC+1",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


ROMANCE = "Romance Standard Time"
WEUROPE = "W. Europe Standard Time"
UTC_BRU = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
UTC_AMS = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"

TZ: dict[str, list[str]] = {
    "Europe/Brussels": _olson("Europe/Brussels"),
    "Europe/Amsterdam": _olson("Europe/Amsterdam"),
    "Europe/Zurich": _olson("Europe/Zurich"),
    "Europe/Paris": _olson("Europe/Paris"),
    "Europe/Madrid": _olson("Europe/Madrid"),
    "apple:Europe/Brussels": _apple("Europe/Brussels"),
    "apple:Europe/Zurich": _apple("Europe/Zurich"),
    "mozilla:Europe/Brussels": _olson("Europe/Brussels", loc=False),
    ROMANCE: _windows(ROMANCE),
    WEUROPE: _windows(WEUROPE),
    UTC_BRU: _windows(UTC_BRU),
    UTC_AMS: _windows(UTC_AMS),
}


def tz_key(name: str) -> str:
    """The TZID a helper key writes (apple:/mozilla: keys only differ in the VTIMEZONE body)."""
    return name.split(":", 1)[1] if name.startswith(("apple:", "mozilla:")) else name


def outlook_x(busy: str = "TENTATIVE", seq: int = 0, allday: bool = False) -> list[str]:
    """The X-MICROSOFT-CDO tail Exchange puts on a meeting request."""
    return [
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        "X-MICROSOFT-CDO-OWNERAPPTID:2121477093",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
    ]


def html(text: str) -> str:
    """A minimal X-ALT-DESC body the way Outlook wraps plain paragraphs."""
    paras = "".join(
        f"<p class=MsoNormal>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip()
    )
    return (
        'X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"></head><body lang=FR-BE>' + esc(paras) + "</body></html>"
    )


def alarm(minutes: int = 15, desc: str = "REMINDER") -> list[str]:
    return ["BEGIN:VALARM", f"DESCRIPTION:{desc}", f"TRIGGER;RELATED=START:-PT{minutes}M", "ACTION:DISPLAY",
            "END:VALARM"]


def label(
    kind: str,
    ics: str,
    uid: str,
    is_interview: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
    trap: str = "",
    side: bool = False,
) -> dict[str, object]:
    """One event record: the file text plus its labels.csv row."""
    return {
        "kind": kind,
        "ics": ics,
        "uid": uid,
        "is_interview": is_interview,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": ";".join(p.lower() if "@" in p else p for p in interviewers.split(";") if p),
        "trap": trap,
        "side": side,
    }
