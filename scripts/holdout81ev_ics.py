"""Raw iCalendar text helpers for the holdout81 event split (written blind, CC0 1.0).

Every event of the split is composed as property lines by hand in the holdout81ev_pos_* / holdout81ev_neg_*
modules; this module only escapes TEXT values, folds long lines at 75 octets, wraps VCALENDAR objects in the
shapes real tools write (Outlook/Exchange, Google Calendar, Apple, Thunderbird, ATS mailers) and holds the
VTIMEZONE blocks those tools emit.
"""

from __future__ import annotations

import hashlib
import uuid

CRLF = "\r\n"
ME_GMAIL = "marek.nowak.fo@gmail.com"
ME_WORK = "marek.nowak@crew.volaria.es"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
    parts: list[str] = []
    cur, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not parts else 74
        if size + width > limit:
            parts.append(cur)
            cur, size = "", 0
        cur += ch
        size += width
    parts.append(cur)
    return (CRLF + " ").join(parts)


def render(items: list) -> str:
    """Lines: a str is written as is; a (name, text) tuple gets its text escaped; (name, text, params) too."""
    out = []
    for item in items:
        if isinstance(item, tuple):
            name, value = item[0], item[1]
            params = item[2] if len(item) > 2 else ""
            out.append(fold(f"{name}{params}:{esc(value)}"))
        else:
            out.append(fold(item))
    return CRLF.join(out) + CRLF


def q(value: str) -> str:
    """Quote a parameter value when it holds a comma, colon or semicolon."""
    return f'"{value}"' if any(c in value for c in ",:;") else value


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        rsvp: bool | None = True, cutype: str | None = None, extra: str = "") -> str:
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={partstat}"
    if rsvp is not None:
        params += f";RSVP={'TRUE' if rsvp else 'FALSE'}"
    if cn:
        params += f";CN={q(cn)}"
    return f"ATTENDEE{params}{extra}:mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = f";CN={q(cn)}" if cn else ""
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def _h(seed: str) -> str:
    return hashlib.sha256(("holdout81:" + seed).encode()).hexdigest()


def ms_uid(seed: str) -> str:
    h = _h(seed).upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "000000000000000010000000" + h[16:48]


def g_uid(seed: str) -> str:
    return _h(seed)[:26] + "@google.com"


def apple_uid(seed: str) -> str:
    return str(uuid.UUID(_h(seed)[:32])).upper()


def moz_uid(seed: str) -> str:
    return str(uuid.UUID(_h(seed)[32:64]))


def hexid(seed: str, n: int = 12) -> str:
    return _h(seed)[:n]


def digits(seed: str, n: int = 7) -> str:
    return str(int(_h(seed)[:14], 16))[-n:]


# --- VTIMEZONE blocks -------------------------------------------------------------------------------------

def tz_olson(tzid: str, std: str, dst: str, std_name: str, dst_name: str, lic: bool = False) -> list[str]:
    """EU daylight-saving rules as Google/Thunderbird/Apple write them."""
    head = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        head.append(f"X-LIC-LOCATION:{tzid}")
    return [
        *head, "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def tz_fixed(tzid: str, off: str, name: str, lic: bool = False) -> list[str]:
    head = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        head.append(f"X-LIC-LOCATION:{tzid}")
    return [*head, "BEGIN:STANDARD", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", f"TZNAME:{name}",
            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


def tz_ms(tzid: str, std: str, dst: str | None = None) -> list[str]:
    """Outlook/Exchange style: Windows or display-name TZID, 1601 anchors."""
    if dst is None:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", "END:STANDARD", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


MADRID = tz_olson("Europe/Madrid", "+0100", "+0200", "CET", "CEST")
MADRID_LIC = tz_olson("Europe/Madrid", "+0100", "+0200", "CET", "CEST", lic=True)
BERLIN = tz_olson("Europe/Berlin", "+0100", "+0200", "CET", "CEST")
WARSAW = tz_olson("Europe/Warsaw", "+0100", "+0200", "CET", "CEST", lic=True)
LONDON = tz_olson("Europe/London", "+0000", "+0100", "GMT", "BST")
LISBON = tz_olson("Europe/Lisbon", "+0000", "+0100", "WET", "WEST")
CANARY = tz_olson("Atlantic/Canary", "+0000", "+0100", "WET", "WEST")
RIGA = tz_olson("Europe/Riga", "+0200", "+0300", "EET", "EEST")
ATHENS = tz_olson("Europe/Athens", "+0200", "+0300", "EET", "EEST", lic=True)
DUBAI = tz_fixed("Asia/Dubai", "+0400", "+04")
DUBAI_LIC = tz_fixed("Asia/Dubai", "+0400", "+04", lic=True)
RIYADH = tz_fixed("Asia/Riyadh", "+0300", "+03")
REYKJAVIK = tz_fixed("Atlantic/Reykjavik", "+0000", "GMT")

MS_ROMANCE = tz_ms("Romance Standard Time", "+0100", "+0200")
MS_WEUROPE = tz_ms("W. Europe Standard Time", "+0100", "+0200")
MS_CEUROPE = tz_ms("Central European Standard Time", "+0100", "+0200")
MS_GMT = tz_ms("GMT Standard Time", "+0000", "+0100")
MS_ARABIAN = tz_ms("Arabian Standard Time", "+0400")
MS_ARAB = tz_ms("Arab Standard Time", "+0300")
MS_FLE = tz_ms("FLE Standard Time", "+0200", "+0300")
MS_UTC1_ES = tz_ms("(UTC+01:00) Bruselas, Copenhague, Madrid, París", "+0100", "+0200")
MS_UTC1_FR = tz_ms("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", "+0100", "+0200")
MS_UTC1_PL = tz_ms("(UTC+01:00) Sarajewo, Skopje, Warszawa, Zagrzeb", "+0100", "+0200")
MS_UTC1_DE = tz_ms("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", "+0100", "+0200")
MS_UTC0_EN = tz_ms("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "+0000", "+0100")
MS_UTC4_EN = tz_ms("(UTC+04:00) Abu Dhabi, Muscat", "+0400")


# --- VCALENDAR shapes ---------------------------------------------------------------------------------------

def vcal(head: list[str], tzs: list[list[str]], events: list[list]) -> str:
    items: list = ["BEGIN:VCALENDAR", *head]
    for tz in tzs:
        items.extend(tz)
    for ev in events:
        items.append("BEGIN:VEVENT")
        items.extend(ev)
        items.append("END:VEVENT")
    items.append("END:VCALENDAR")
    return render(items)


def outlook_head(method: str | None = "REQUEST", prodid: str = "Microsoft Exchange Server 2010") -> list[str]:
    head = [f"METHOD:{method}"] if method else []
    return [*head, f"PRODID:{prodid}", "VERSION:2.0"]


def outlook_tail(seq: int = 0, allday: bool = False, busy: str = "TENTATIVE", importance: int = 1) -> list[str]:
    return [
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
        f"X-MICROSOFT-CDO-IMPORTANCE:{importance}", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]


def google_head(method: str | None = "REQUEST", calname: str | None = None, wrtz: str | None = None) -> list[str]:
    head = ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    if calname:
        head.append(f"X-WR-CALNAME:{calname}")
    if wrtz:
        head.append(f"X-WR-TIMEZONE:{wrtz}")
    return head


def apple_head(os_name: str = "iOS 18.1") -> list[str]:
    return ["VERSION:2.0", f"PRODID:-//Apple Inc.//{os_name}//EN", "CALSCALE:GREGORIAN"]


def moz_head() -> list[str]:
    return ["PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"]


def alarm(minutes: int = 30, desc: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{desc}", f"TRIGGER:-PT{minutes}M", "END:VALARM"]


# --- records ------------------------------------------------------------------------------------------------

def pos(kind: str, text: str, uid: str, company: str, role: str, stage: str, iv: str, trap: str) -> dict:
    """A real interview of the user's; iv: ';'-separated interviewer addresses (or names)."""
    return {"kind": kind, "text": text, "uid": uid, "is_interview": 1, "company": company, "role": role,
            "stage": stage, "interviewers": iv.lower(), "trap": trap}


def neg(kind: str, text: str, uid: str, trap: str) -> dict:
    return {"kind": kind, "text": text, "uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "",
            "interviewers": "", "trap": trap}
