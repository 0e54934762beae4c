"""Raw iCalendar helpers for the holdout136 event split (blind, hand-composed text).

The user: Verena Hofbauer, front-office manager at Hotel Mirabellgarten (4*, Salzburg), looking for
hotel-operations, revenue and guest-relations roles in Salzburg, Vienna, Tyrol, Munich and Zürich.
"""

from __future__ import annotations

SPLIT = "holdout136"
USER_FREE = "verena.hofbauer@aon.at"
USER_WORK = "v.hofbauer@hotel-mirabellgarten.at"
USER_CN = "Verena Hofbauer"
WORK = "hotel-mirabellgarten.at"

P_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
P_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
P_EXCHANGE = "Microsoft Exchange Server 2010"
P_IOS = "-//Apple Inc.//iOS 17.4//EN"
P_MAC = "-//Apple Inc.//macOS 14.3.1//EN"
P_TB = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
P_GMX = "-//1&1 Mail & Media GmbH/GMX Kalender Server 2.0//EN"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence."""
    if len(line.encode("utf-8")) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append(cur)
            cur, size, limit = ch, n, 74
        else:
            cur += ch
            size += n
    parts.append(cur)
    return "\r\n ".join(parts)


def t(name: str, value: str) -> str:
    """NAME:escaped text (name may carry parameters)."""
    return f"{name}:{esc(value)}"


def _cn(cn: str) -> str:
    return f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: str | None = "TRUE", extra: str = "") -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={stat}")
    if rsvp:
        params.append(f"RSVP={rsvp}")
    if cn:
        params.append(_cn(cn))
    if extra:
        params.append(extra)
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = []
    if cn:
        params.append(_cn(cn))
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + "".join(";" + p for p in params) + f":mailto:{email}"


def _tz_block(tzid: str, std_name: str = "CET", dst_name: str = "CEST") -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", f"TZNAME:{std_name}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _win_block(tzid: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


VIENNA = "Europe/Vienna"
BERLIN = "Europe/Berlin"
ZURICH = "Europe/Zurich"
WIN = "W. Europe Standard Time"
UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def tzblock(tzid: str) -> list[str]:
    if tzid in (WIN, UTC1_DE, UTC1_EN):
        return _win_block(tzid)
    return _tz_block(tzid)


def dt(prop: str, value: str, tzid: str | None = None) -> str:
    """DTSTART/DTEND line: tzid None = UTC or floating as written, 'DATE' = all-day."""
    if tzid == "DATE":
        return f"{prop};VALUE=DATE:{value}"
    if tzid is None:
        return f"{prop}:{value}"
    if "," in tzid or ":" in tzid or ";" in tzid:
        return f'{prop};TZID="{tzid}":{value}'
    return f"{prop};TZID={tzid}:{value}"


def calendar(vevents: list[list[str]], prodid: str, method: str | None = "REQUEST", tzids: tuple[str, ...] = (),
             head: tuple[str, ...] = ()) -> str:
    out = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    out.extend(head)
    for tzid in tzids:
        out.extend(tzblock(tzid))
    for lines in vevents:
        out.append("BEGIN:VEVENT")
        out.extend(lines)
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in out) + "\r\n"


def one(uid: str, summary: str, start: str, end: str, *, prodid: str, tz: str | None = VIENNA,
        method: str | None = "REQUEST", desc: str | None = None, loc: str | None = None,
        organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (), extra: tuple[str, ...] = (),
        stamp: str = "20260302T081500Z", seq: int | None = 0, status: str | None = "CONFIRMED",
        head: tuple[str, ...] = (), vtz: bool = True) -> str:
    """A calendar holding one VEVENT; tz names the zone of start/end (None = as written)."""
    lines = [dt("DTSTART", start, tz), dt("DTEND", end, tz), f"DTSTAMP:{stamp}"]
    if organizer:
        lines.append(organizer)
    lines.append(f"UID:{uid}")
    lines.extend(attendees)
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append(t("SUMMARY", summary))
    if desc is not None:
        lines.append(t("DESCRIPTION", desc))
    if loc is not None:
        lines.append(t("LOCATION", loc))
    lines.extend(extra)
    tzids = (tz,) if (vtz and tz and tz != "DATE") else ()
    return calendar([lines], prodid, method, tzids, head)


def item(kind: str, uid: str, ics: str, is_i: int, company: str = "", role: str = "", stage: str = "",
         interviewers: str = "", trap: str = "") -> dict[str, object]:
    return {"kind": kind, "uid": uid, "ics": ics, "is_interview": is_i, "company": company, "role": role,
            "stage": stage, "interviewers": interviewers, "trap": trap or kind}


def teams_de(mid: str, code: str) -> str:
    return ("\n" + "_" * 80 + "\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer, Ihre mobile App oder "
            "Ihr Raumgerät bei\nHier klicken, um an der Besprechung teilzunehmen"
            f"<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
            f"Besprechungs-ID: {mid}\nKennung: {code[:6]}\nTeams herunterladen | Im Web beitreten\n"
            "Weitere Informationen | Besprechungsoptionen\n" + "_" * 80)


def teams_en(mid: str, code: str) -> str:
    return ("\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
            f"%40thread.v2/0>\nMeeting ID: {mid}\nPasscode: {code[:6]}\nDownload Teams | Join on the web\n"
            "Learn More | Meeting options\n" + "_" * 80)


def zoom_de(mid: str, pwd: str, host: str = "us06web") -> str:
    compact = mid.replace(" ", "")
    return (f"Zoom-Meeting beitreten\nhttps://{host}.zoom.us/j/{compact}?pwd={pwd}\n\nMeeting-ID: {mid}\n"
            f"Kenncode: {pwd[:6]}\n\n---\n\nSchnelleinwahl mobil\n+43670309043,,{compact}# Österreich\n\n"
            "Einwahl nach aktuellem Standort\n• +43 72 011 5988 Österreich\n• +49 69 3807 9883 Deutschland")


def zoom_en(mid: str, pwd: str) -> str:
    compact = mid.replace(" ", "")
    return (f"Join Zoom Meeting\nhttps://zoom.us/j/{compact}?pwd={pwd}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n"
            f"\nOne tap mobile\n+41434566188,,{compact}# Switzerland")


def meet_de(code: str, pin: str) -> str:
    return (f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n\nOder telefonisch teilnehmen: "
            f"(AT) +43 1 206092083 PIN: {pin}#\nWeitere Telefonnummern: https://tel.meet/{code}?pin={pin}")


def meet_en(code: str, pin: str) -> str:
    return (f"Join with Google Meet: https://meet.google.com/{code}\n\nOr dial: (DE) +49 30 300195061 PIN: {pin}#\n"
            f"More phone numbers: https://tel.meet/{code}?pin={pin}")


def google_footer_de(cal: str) -> str:
    return ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, "
            f"weil Sie ein Gast dieses Termins sind. ({cal})")


def alt_html(text: str) -> str:
    body = esc(text).replace("\\n", "<br>")
    return ("X-ALT-DESC;FMTTYPE=text/html:<html><body><div style='font-family:Calibri'>" + body
            + "</div></body></html>")


def ms_props(busy: str = "TENTATIVE") -> tuple[str, ...]:
    return (f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")


def alarm(minutes: int = 15, text: str = "Erinnerung") -> tuple[str, ...]:
    return ("BEGIN:VALARM", "ACTION:DISPLAY", t("DESCRIPTION", text), f"TRIGGER:-PT{minutes}M", "END:VALARM")
