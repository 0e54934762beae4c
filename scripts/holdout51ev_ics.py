"""Raw iCalendar helpers for the holdout51 event split (blind author; CC0 1.0).

Everything here composes iCalendar text by hand: folding, escaping, zones, attendees.
"""

from __future__ import annotations

ME_Y = "marcus.webb73@yahoo.com"
ME_W = "mwebb@lakeshorehealth.org"
STAMP = "20250305T151200Z"

P_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
P_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
P_EXCH = "Microsoft Exchange Server 2010"
P_APPLE = "-//Apple Inc.//macOS 14.3//EN"
P_IOS = "-//Apple Inc.//iPhone OS 17.2//EN"
P_TB = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
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
    return "\r\n".join(out)


def _zone(tzid: str, std: str, dst: str | None, std_name: str, dst_name: str, rule: str) -> list[str]:
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}",
                  "END:STANDARD", "END:VTIMEZONE"]
        return lines
    if rule == "us":
        std_r, dst_r = "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
        std_t, dst_t = "16010101T020000", "16010101T020000"
    else:
        std_r, dst_r = "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
        std_t, dst_t = "16010101T030000", "16010101T020000"
    lines += ["BEGIN:STANDARD", f"DTSTART:{std_t}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
              f"RRULE:{std_r}", f"TZNAME:{std_name}", "END:STANDARD",
              "BEGIN:DAYLIGHT", f"DTSTART:{dst_t}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
              f"RRULE:{dst_r}", f"TZNAME:{dst_name}", "END:DAYLIGHT", "END:VTIMEZONE"]
    return lines


ZONES = {
    "America/Chicago": ("-0600", "-0500", "CST", "CDT", "us"),
    "America/Toronto": ("-0500", "-0400", "EST", "EDT", "us"),
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "us"),
    "America/Detroit": ("-0500", "-0400", "EST", "EDT", "us"),
    "America/Indiana/Indianapolis": ("-0500", "-0400", "EST", "EDT", "us"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Central Standard Time": ("-0600", "-0500", "Central Standard Time", "Central Daylight Time", "us"),
    "Eastern Standard Time": ("-0500", "-0400", "Eastern Standard Time", "Eastern Daylight Time", "us"),
    "W. Europe Standard Time": ("+0100", "+0200", "W. Europe Standard Time", "W. Europe Daylight Time", "eu"),
    "(UTC-06:00) Central Time (US & Canada)": ("-0600", "-0500", "Central Standard Time",
                                               "Central Daylight Time", "us"),
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": ("+0100", "+0200", "W. Europe Standard Time",
                                                                     "W. Europe Daylight Time", "eu"),
    "(UTC-05:00) Eastern Time (US & Canada)": ("-0500", "-0400", "Eastern Standard Time",
                                               "Eastern Daylight Time", "us"),
}


def vtimezone(tzid: str) -> list[str]:
    std, dst, sn, dn, rule = ZONES[tzid]
    return _zone(tzid, std, dst, sn, dn, rule)


def when(prop: str, value: str, tz: str | None = None) -> str:
    """DTSTART/DTEND line. tz=None: floating or ...Z as given; tz='DATE': all-day."""
    if tz == "DATE":
        return f"{prop};VALUE=DATE:{value}"
    if tz is None:
        return f"{prop}:{value}"
    return f"{prop};TZID={_q(tz)}:{value}"


def _q(value: str) -> str:
    if any(c in value for c in ',;:'):
        return f'"{value}"'
    return value


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True, extra: str = "") -> str:
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={ps}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f"CN={_q(cn)}")
    if extra:
        parts.append(extra)
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f"CN={_q(cn)}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", ps="ACCEPTED", cutype="ROOM", rsvp=False)


def vevent(uid: str, summary: str, start: str, end: str | None, *, organizer: str | None = None,
           attendees: tuple[str, ...] | list[str] = (), desc: str | None = None, loc: str | None = None,
           extra: tuple[str, ...] | list[str] = (), status: str | None = "CONFIRMED", seq: int = 0,
           alt: str | None = None, stamp: str = STAMP) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", start]
    if end:
        lines.append(end)
    lines.append(f"SUMMARY:{esc(summary)}")
    if organizer:
        lines.append(organizer)
    lines += list(attendees)
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if alt:
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{alt}")
    if loc:
        lines.append(f"LOCATION:{esc(loc)}")
    if seq:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def cal(*events: list[str], prodid: str = P_GOOGLE, method: str | None = "REQUEST", tzs: tuple[str, ...] = (),
        xwr: str | None = None, calname: str | None = None) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if calname:
        lines.append(f"X-WR-CALNAME:{esc(calname)}")
    if xwr:
        lines.append(f"X-WR-TIMEZONE:{xwr}")
    for tz in tzs:
        lines += vtimezone(tz)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def zoom(mid: str, pwd: str, host: str = "us06web") -> str:
    m = mid.replace(" ", "")
    return (f"Join Zoom Meeting\nhttps://{host}.zoom.us/j/{m}?pwd={pwd}\n\nMeeting ID: {mid}\nPasscode: "
            f"{pwd[:6]}\n\nOne tap mobile\n+13126266799,,{m}# US (Chicago)\n+16469313860,,{m}# US (New York)")


def teams(mid: str, lang: str = "en") -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    if lang == "es":
        return (f"________________\nReunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o el "
                f"dispositivo de sala\nHaga clic aquí para unirse a la reunión <{link}>\nId. de reunión: "
                f"{mid[:3]} {mid[3:6]} {mid[6:9]}\n________________")
    if lang == "de":
        return (f"________________\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer, Ihre mobile App oder "
                f"Ihr Raumgerät bei\nKlicken Sie hier, um an der Besprechung teilzunehmen <{link}>\n"
                f"Besprechungs-ID: {mid[:3]} {mid[3:6]} {mid[6:9]}\n________________")
    return ("_" * 80 + "\n"
            f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
            f"meeting <{link}>\nMeeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]}\nPasscode: Xp4kQ2\n"
            "Learn More | Meeting options\n" + "_" * 80)


def meet(code: str, lang: str = "en") -> str:
    if lang == "es":
        return (f"Únete con Google Meet: https://meet.google.com/{code}\nO llama al: (US) +1 312-555-0142 "
                "PIN: 284 113 907#\nMás números de teléfono: https://tel.meet/" + code)
    if lang == "fr":
        return (f"Participer avec Google Meet : https://meet.google.com/{code}\nOu appeler le : (US) "
                "+1 312-555-0142 Code : 284 113 907#")
    if lang == "de":
        return (f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\nTeilnahme per Telefon: (US) "
                "+1 312-555-0142 PIN: 284 113 907#")
    return (f"Join with Google Meet: https://meet.google.com/{code}\nJoin by phone\n(US) +1 312-555-0142 "
            f"PIN: 284 113 907#\nMore phone numbers: https://tel.meet/{code}?pin=284113907")


def webex(num: str) -> str:
    return (f"Join Webex meeting\nhttps://meetings.webex.com/meet/j.php?MTID=m{num}\nMeeting number "
            f"(access code): {num[:4]} {num[4:7]} {num[7:]}\nMeeting password: RN2025\nJoin by phone\n"
            "+1-408-418-9388 United States Toll")


def gcal_footer(lang: str = "en") -> str:
    if lang == "es":
        return ("\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo "
                "porque eres un invitado al evento.")
    return ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
            "email because you are an attendee on the event. To stop receiving future updates for this event, "
            "decline this event.")


def ev(kind: str, text: str, uid: str, is_int: int, company: str = "", role: str = "", stage: str = "",
       interviewers: str = "", trap: str = "") -> dict[str, object]:
    return {"kind": kind, "text": text, "uid": uid, "is_int": is_int, "company": company, "role": role,
            "stage": stage, "interviewers": interviewers, "trap": trap or kind}


def one(kind: str, uid: str, summary: str, start: str, end: str | None, tz: str | None, label: tuple[object, ...],
        *, organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (), desc: str | None = None,
        loc: str | None = None, prodid: str = P_GOOGLE, method: str | None = "REQUEST", xwr: str | None = None,
        status: str | None = "CONFIRMED", seq: int = 0, extra: tuple[str, ...] | list[str] = (),
        alt: str | None = None) -> dict[str, object]:
    """One-event calendar. tz: zone id (VTIMEZONE added unless xwr), 'Z', 'DATE' or None (floating)."""
    tzs: tuple[str, ...] = ()
    if tz in ("Z", None):
        s, e = when("DTSTART", start + ("Z" if tz == "Z" else "")), None
        if end:
            e = when("DTEND", end + ("Z" if tz == "Z" else ""))
    else:
        s = when("DTSTART", start, tz)
        e = when("DTEND", end, tz) if end else None
        if tz != "DATE":
            tzs = (tz,)
    v = vevent(uid, summary, s, e, organizer=organizer, attendees=attendees, desc=desc, loc=loc, extra=extra,
               status=status, seq=seq, alt=alt)
    text = cal(v, prodid=prodid, method=method, tzs=tzs, xwr=xwr)
    is_int, company, role, stage, ivw, trap = (*label, "", "", "", "", "", "")[:6]
    return ev(kind, text, uid, int(str(is_int)), str(company), str(role), str(stage), str(ivw), str(trap))
