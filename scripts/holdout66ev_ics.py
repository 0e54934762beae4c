"""Small iCalendar text helpers for the holdout66 event split (raw text, no library).

The events themselves are composed line by line in the holdout66ev_pos_*/neg_* modules; this module only
escapes TEXT values, folds long lines at 75 octets, builds ATTENDEE/ORGANIZER lines and holds the VTIMEZONE
blocks the different calendar tools emit.
"""

from __future__ import annotations

USER_FREE = "elena.marin.ortega@yahoo.es"
USER_WORK = "emarin@transportes-ebrolog.es"
USER_CN = "Elena Marín Ortega"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def html(text: str) -> str:
    """A minimal Outlook-style X-ALT-DESC body for a plain text."""
    paras = []
    for block in text.split("\n\n"):
        inner = block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        paras.append(f"<p class=MsoNormal><span lang=ES>{inner}</span></p>")
    doc = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n'
        '<META NAME="Generator" CONTENT="MS Exchange Server version 16.0.17328.20068">\n<TITLE></TITLE>\n'
        "</HEAD>\n<BODY>\n" + "\n".join(paras) + "\n</BODY>\n</HTML>"
    )
    return esc(doc)


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur = ch
            limit = 74  # continuation lines start with one space
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def _param(value: str) -> str:
    if any(c in value for c in ',;:"'):
        return '"' + value.replace('"', "'") + '"'
    return value


def att(
    email: str,
    cn: str | None = None,
    *,
    role: str = "REQ-PARTICIPANT",
    partstat: str = "NEEDS-ACTION",
    rsvp: bool | None = True,
    cutype: str | None = "INDIVIDUAL",
    style: str = "google",
    extra: str = "",
) -> str:
    """An ATTENDEE line in the parameter order of the given tool style."""
    bits: list[str] = []
    if style == "outlook":
        if cn:
            bits.append(f"CN={_param(cn)}")
        bits.append(f"ROLE={role}")
        if rsvp is not None:
            bits.append(f"RSVP={'TRUE' if rsvp else 'FALSE'}")
        if cutype and cutype != "INDIVIDUAL":
            bits.append(f"CUTYPE={cutype}")
    else:
        if cutype:
            bits.append(f"CUTYPE={cutype}")
        bits.append(f"ROLE={role}")
        bits.append(f"PARTSTAT={partstat}")
        if rsvp is not None:
            bits.append(f"RSVP={'TRUE' if rsvp else 'FALSE'}")
        if cn:
            bits.append(f"CN={_param(cn)}")
    if extra:
        bits.append(extra)
    return "ATTENDEE;" + ";".join(bits) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    bits = []
    if cn:
        bits.append(f"CN={_param(cn)}")
    if sent_by:
        bits.append(f'SENT-BY="mailto:{sent_by}"')
    head = "ORGANIZER" + ("".join(";" + b for b in bits))
    return f"{head}:mailto:{email}"


def _eu(tzid: str, std: str, dst: str, std_off: str, dst_off: str, start_dst: str, start_std: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        f"TZNAME:{dst}",
        f"DTSTART:{start_dst}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        f"TZNAME:{std}",
        f"DTSTART:{start_std}",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _win(tzid: str, std_off: str, dst_off: str, std_hour: str, dst_hour: str) -> list[str]:
    """Outlook writes the Windows zone with 1601 anchors and no TZNAME."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:16010101T{std_hour}",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:16010101T{dst_hour}",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def _fixed(tzid: str, off: str, name: str, windows: bool = False) -> list[str]:
    start = "16010101T000000" if windows else "19700101T000000"
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not windows:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}"]
    if not windows:
        lines.append(f"TZNAME:{name}")
    lines += [f"DTSTART:{start}", "END:STANDARD", "END:VTIMEZONE"]
    return lines


def _madrid_like(tzid: str) -> list[str]:
    block = _eu(tzid, "CET", "CEST", "+0100", "+0200", "19700329T020000", "19701025T030000")
    block.insert(2, f"X-LIC-LOCATION:{tzid}")
    return block


TZ: dict[str, list[str]] = {
    "Europe/Madrid": _madrid_like("Europe/Madrid"),
    "Europe/Oslo": _madrid_like("Europe/Oslo"),
    "Europe/Berlin": _madrid_like("Europe/Berlin"),
    "Europe/Paris": _madrid_like("Europe/Paris"),
    "Europe/Lisbon": _eu("Europe/Lisbon", "WET", "WEST", "+0000", "+0100", "19700329T010000", "19701025T020000"),
    "Atlantic/Canary": _eu("Atlantic/Canary", "WET", "WEST", "+0000", "+0100", "19700329T010000", "19701025T020000"),
    "Europe/London": _eu("Europe/London", "GMT", "BST", "+0000", "+0100", "19700329T010000", "19701025T020000"),
    "America/Bogota": _fixed("America/Bogota", "-0500", "-05"),
    "America/Lima": _fixed("America/Lima", "-0500", "-05"),
    "America/Panama": _fixed("America/Panama", "-0500", "EST"),
    "America/Mexico_City": _fixed("America/Mexico_City", "-0600", "CST"),
    "America/Sao_Paulo": _fixed("America/Sao_Paulo", "-0300", "-03"),
    "America/Argentina/Buenos_Aires": _fixed("America/Argentina/Buenos_Aires", "-0300", "-03"),
    "Romance Standard Time": _win("Romance Standard Time", "+0100", "+0200", "030000", "020000"),
    "W. Europe Standard Time": _win("W. Europe Standard Time", "+0100", "+0200", "030000", "020000"),
    "GMT Standard Time": _win("GMT Standard Time", "+0000", "+0100", "020000", "010000"),
    "(UTC+01:00) Bruselas, Copenhague, Madrid, París": _win(
        "(UTC+01:00) Bruselas, Copenhague, Madrid, París", "+0100", "+0200", "030000", "020000"
    ),
    "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris": _win(
        "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "+0100", "+0200", "030000", "020000"
    ),
    "SA Pacific Standard Time": _fixed("SA Pacific Standard Time", "-0500", "", windows=True),
    "Central Standard Time (Mexico)": _fixed("Central Standard Time (Mexico)", "-0600", "", windows=True),
    "E. South America Standard Time": _fixed("E. South America Standard Time", "-0300", "", windows=True),
}


def tzparam(tzid: str) -> str:
    """The TZID parameter as the tools write it (quoted when it holds a comma or colon)."""
    return f"TZID={_param(tzid)}"


def vevent(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def alarm(trigger: str = "-PT15M", text: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{esc(text)}", f"TRIGGER:{trigger}", "END:VALARM"]


def cal(
    *events: list[str],
    prodid: str,
    method: str | None = "REQUEST",
    tzs: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
    version_first: bool = False,
) -> str:
    """Assemble a VCALENDAR from raw event line lists; folds every line and joins with CRLF."""
    top = [f"PRODID:{prodid}", "VERSION:2.0"]
    if version_first:
        top.reverse()
    lines = ["BEGIN:VCALENDAR", *top, *head]
    if method:
        lines.append(f"METHOD:{method}")
    for tzid in tzs:
        lines += TZ[tzid]
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def item(
    kind: str,
    ics: str,
    *,
    uid: str,
    is_interview: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: tuple[str, ...] = (),
    trap: str = "",
) -> dict[str, object]:
    """One labelled file. `uid` is the unfolded UID as written in the event."""
    return {
        "kind": kind,
        "ics": ics,
        "uid": uid,
        "is_interview": is_interview,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": ";".join(interviewers),
        "trap": trap or kind,
    }


def ms_uid(seed: str) -> str:
    """An Exchange/Outlook Global Object ID as Outlook writes it in UID (long, so it folds)."""
    import hashlib

    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "0000000000000000" + "10000000" + h[16:48]


def g_uid(seed: str) -> str:
    """A Google Calendar event UID."""
    import hashlib

    return hashlib.sha1(seed.encode()).hexdigest()[:26] + "@google.com"


def uuid_like(seed: str, upper: bool = False) -> str:
    import hashlib

    h = hashlib.md5(seed.encode()).hexdigest()
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def ms_tail(seq: int = 0, busy: str = "TENTATIVE", allday: bool = False) -> list[str]:
    """The X-MICROSOFT-* block Outlook appends to a meeting request."""
    return [
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]


def g_tail(created: str, seq: int = 0, status: str = "CONFIRMED") -> list[str]:
    """Google Calendar's trailing properties."""
    return [
        f"CREATED:{created}",
        f"LAST-MODIFIED:{created}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
    ]


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"
MACOS = "-//Apple Inc.//macOS 14.4.1//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
