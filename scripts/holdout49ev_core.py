"""Shared helpers for the holdout49 event corpus (raw iCalendar text, composed by hand).

Synthetic data, CC0 1.0. All people, companies and addresses are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

ME = "jonas.brenner@web.de"
WORK = "jonas.brenner@rheinland-versicherung.de"
RV = "rheinland-versicherung.de"

_RULES = """BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
{sn}END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
{dn}END:DAYLIGHT
"""

OUTLOOK_TZ = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
OUTLOOK_TZ_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def vtimezone(tzid: str) -> str:
    """A CET/CEST VTIMEZONE block under the given TZID (IANA, Windows or Outlook display name)."""
    olson = "/" in tzid and not tzid.startswith("(")
    sn = "TZNAME:CET\n" if olson else ""
    dn = "TZNAME:CEST\n" if olson else ""
    head = f"TZID:{tzid}\n"
    body = _RULES.format(sn=sn, dn=dn)
    if olson:
        body = body.replace("16011028T030000", "19701025T030000").replace("16010325T020000", "19700329T020000")
    if tzid == "GMT Standard Time":
        body = (body.replace("+0100", "+0000").replace("+0200", "+0100").replace("T030000", "T020000")
                .replace("16010325T020000", "16010325T010000"))
    return "BEGIN:VTIMEZONE\n" + head + body + "END:VTIMEZONE\n"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def _param(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ",;:") else value


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
    return "\r\n".join(out)


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    p = "ORGANIZER"
    if cn:
        p += f";CN={_param(cn)}"
    if sent_by:
        p += f';SENT-BY="mailto:{sent_by}"'
    return f"{p}:mailto:{email}"


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    p = "ATTENDEE"
    if cutype:
        p += f";CUTYPE={cutype}"
    p += f";ROLE={role};PARTSTAT={ps}"
    if rsvp:
        p += ";RSVP=TRUE"
    if cn:
        p += f";CN={_param(cn)}"
    return f"{p}:mailto:{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", cutype="ROOM", ps="ACCEPTED", rsvp=False)


def _dt(name: str, value: str, tzid: str | None, mode: str) -> str:
    if mode == "allday":
        return f"{name};VALUE=DATE:{value[:8]}"
    if mode == "utc":
        return f"{name}:{value.rstrip('Z')}Z"
    if mode == "floating" or tzid is None:
        return f"{name}:{value}"
    return f"{name};TZID={_param(tzid)}:{value}"


def vevent(uid: str, start: str, end: str | None, summary: str, *, desc: str | None = None,
           organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (),
           loc: str | None = None, tzid: str | None = "Europe/Berlin", mode: str = "tz",
           extra: tuple[str, ...] | list[str] = (), seq: int | None = None, status: str | None = None,
           stamp: str = "20260105T091500Z", alt_html: str | None = None) -> str:
    """Compose one VEVENT; TEXT values are escaped here, everything else is written as given."""
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", _dt("DTSTART", start, tzid, mode)]
    if end:
        lines.append(_dt("DTEND", end, tzid, mode))
    lines.append(f"SUMMARY:{esc(summary)}")
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if alt_html is not None:
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html)}")
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.extend(extra)
    lines.append("END:VEVENT")
    return "\n".join(lines) + "\n"


def cal(prodid: str, *events: str, method: str | None = "REQUEST", tz: tuple[str, ...] = (),
        head: tuple[str, ...] = ()) -> str:
    """Wrap VEVENTs (and VTIMEZONEs for the given TZIDs) in a VCALENDAR; fold and CRLF every line."""
    text = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
    if method:
        text += f"METHOD:{method}\n"
    text += "".join(h + "\n" for h in head)
    text += "".join(vtimezone(t) for t in tz)
    text += "".join(events)
    text += "END:VCALENDAR\n"
    return "".join(fold(ln) + "\r\n" for ln in text.split("\n") if ln)


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
MACOS = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def gmeet(code: str, lang: str = "de") -> str:
    if lang == "de":
        return (f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n"
                "Weitere Telefonnummern: https://tel.meet/" + code + "?pin=4417\n\n"
                "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720")
    return (f"Join with Google Meet: https://meet.google.com/{code}\n"
            "Join by phone: (DE) +49 30 300195061 PIN: 871 223 905#\n\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720")


def teams(lang: str = "de") -> str:
    bar = "_" * 60
    if lang == "de":
        return (f"{bar}\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer, in der mobilen App oder "
                "im Raumgerät teil\nHier klicken, um an der Besprechung teilzunehmen "
                "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1>\nBesprechungs-ID: 361 904 552 87"
                f"\nPasscode: Xk7pQe\nWeitere Infos <https://aka.ms/JoinTeamsMeeting>\n{bar}")
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yj8w>\n"
            f"Meeting ID: 318 552 901 44\nPasscode: 9fQ2Lm\nLearn More <https://aka.ms/JoinTeamsMeeting>\n{bar}")


def zoom(mid: str, lang: str = "en") -> str:
    if lang == "de":
        return (f"Zoom-Meeting beitreten\nhttps://us02web.zoom.us/j/{mid.replace(' ', '')}\n\n"
                f"Meeting-ID: {mid}\nKenncode: 552190\n\nSchnelleinwahl mobil\n+496971049922,,"
                f"{mid.replace(' ', '')}# Deutschland")
    return (f"Join Zoom Meeting\nhttps://zoom.us/j/{mid.replace(' ', '')}\n\nMeeting ID: {mid}\n"
            f"Passcode: 831204\n\nOne tap mobile\n+493056795800,,{mid.replace(' ', '')}# Germany")


@dataclass
class Ev:
    kind: str
    uid: str
    ics: str
    yes: bool
    trap: str
    company: str = ""
    role: str = ""
    stage: str = ""
    iv: str = ""


def yes(kind: str, uid: str, ics: str, company: str, role: str, stage: str, iv: str, trap: str) -> Ev:
    return Ev(kind, uid, ics, True, trap, company, role, stage, iv)


def no(kind: str, uid: str, ics: str, trap: str) -> Ev:
    return Ev(kind, uid, ics, False, trap)
