"""Raw iCalendar helpers for the holdout58 event corpus (escaping, folding, zones, boilerplate).

The events themselves are composed by hand in the holdout58ev_* modules; this module only joins
lines, folds them at 75 octets and supplies the time-zone blocks and the video-call boilerplate
that real tools paste into invitations.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

CRLF = "\r\n"
ME = "priya.raman88@gmail.com"
ME_WORK = "priya.raman@northgatefoods.co.uk"
SPLIT = "holdout58"


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def T(name: str, text: str) -> str:
    """A property line with an escaped TEXT value."""
    return f"{name}:{esc(text)}"


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
    parts: list[str] = []
    cur = ""
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            parts.append(cur)
            cur = " " + ch
            size = 1 + n
        else:
            cur += ch
            size += n
    parts.append(cur)
    return CRLF.join(parts)


def att(
    addr: str,
    cn: str | None = None,
    *,
    role: str = "REQ-PARTICIPANT",
    partstat: str = "NEEDS-ACTION",
    rsvp: bool = True,
    cutype: str | None = None,
    quote: bool = False,
    google: bool = False,
) -> str:
    """An ATTENDEE line in one of the common parameter orders."""
    params = []
    if google:
        params.append(f"CUTYPE={cutype or 'INDIVIDUAL'}")
        params.append(f"ROLE={role}")
        params.append(f"PARTSTAT={partstat}")
        if rsvp:
            params.append("RSVP=TRUE")
        if cn:
            params.append(f"CN={cn}")
        params.append("X-NUM-GUESTS=0")
    else:
        if cutype:
            params.append(f"CUTYPE={cutype}")
        params.append(f"ROLE={role}")
        params.append(f"PARTSTAT={partstat}")
        if rsvp:
            params.append("RSVP=TRUE")
        if cn:
            params.append(f'CN="{cn}"' if quote or "," in cn or ":" in cn or ";" in cn else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{addr}"


def org(addr: str, cn: str | None = None, *, quote: bool = False, sent_by: str | None = None) -> str:
    params = []
    if cn:
        params.append(f'CN="{cn}"' if quote or "," in cn or ":" in cn or ";" in cn else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + "".join(";" + p for p in params) + f":mailto:{addr}"


def alarm(minutes: int, text: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", T("DESCRIPTION", text), f"TRIGGER:-PT{minutes}M", "END:VALARM"]


def cal(
    prodid: str,
    events: Sequence[Sequence[str]],
    *,
    method: str | None = "REQUEST",
    zones: Iterable[str] = (),
    head: Iterable[str] = (),
    calscale: bool = True,
    version_first: bool = False,
) -> str:
    """A VCALENDAR around the given VEVENT bodies (lines without BEGIN/END)."""
    lines = ["BEGIN:VCALENDAR"]
    if version_first:
        lines += ["VERSION:2.0", f"PRODID:{prodid}"]
    else:
        lines += [f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for z in zones:
        lines += ZONES[z].strip().splitlines()
    for ev in events:
        lines.append("BEGIN:VEVENT")
        lines += list(ev)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


_LONDON = """
BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""

_DUBLIN = """
BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def _cet(tzid: str, lic: bool) -> str:
    x = f"X-LIC-LOCATION:{tzid}\n" if lic else ""
    return f"""
BEGIN:VTIMEZONE
TZID:{tzid}
{x}BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def _windows(tzid: str, std: str, dst: str, off_std: str, off_dst: str) -> str:
    return f"""
BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T{std}
TZOFFSETFROM:{off_dst}
TZOFFSETTO:{off_std}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T{dst}
TZOFFSETFROM:{off_std}
TZOFFSETTO:{off_dst}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


UTC0 = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
UTC1 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"

ZONES = {
    "Europe/London": _LONDON,
    "Europe/Dublin": _DUBLIN,
    "Europe/Berlin": _cet("Europe/Berlin", True),
    "Europe/Amsterdam": _cet("Europe/Amsterdam", True),
    "GMT Standard Time": _windows("GMT Standard Time", "020000", "010000", "+0000", "+0100"),
    "W. Europe Standard Time": _windows("W. Europe Standard Time", "030000", "020000", "+0100", "+0200"),
    UTC0: _windows(UTC0, "020000", "010000", "+0000", "+0100"),
    UTC1: _windows(UTC1, "030000", "020000", "+0100", "+0200"),
}


def tzid(zone: str) -> str:
    """The TZID parameter as Outlook writes it (quoted when the name holds a comma or colon)."""
    return f'TZID="{zone}"' if ("," in zone or ":" in zone) else f"TZID={zone}"


# --- video-call boilerplate -------------------------------------------------------------------

_SEP = "─" * 40


def teams(lang: str, mid: str, code: str, tenant: str) -> str:
    link = (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        f"{tenant}%40thread.v2/0?context=%7b%22Tid%22%3a%22{mid.replace(' ', '')}%22%7d"
    )
    if lang == "de":
        return (
            f"{'_' * 80}\nMicrosoft Teams Benötigen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting>\n"
            f"Jetzt an der Besprechung teilnehmen<{link}>\nBesprechungs-ID: {mid}\nPasscode: {code}\n"
            f"{'_' * 40}\nFür Organisatoren: Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>\n"
            f"{'_' * 80}"
        )
    if lang == "nl":
        return (
            f"{'_' * 80}\nMicrosoft Teams Hulp nodig?<https://aka.ms/JoinTeamsMeeting>\n"
            f"Nu deelnemen aan de vergadering<{link}>\nVergadering-id: {mid}\nWachtwoordcode: {code}\n"
            f"{'_' * 40}\nVoor organisatoren: Vergaderopties<https://teams.microsoft.com/meetingOptions/>\n"
            f"{'_' * 80}"
        )
    return (
        f"{'_' * 80}\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting>\n"
        f"Join the meeting now<{link}>\nMeeting ID: {mid}\nPasscode: {code}\n"
        f"{'_' * 40}\nDial in by phone\n"
        f"+44 20 3855 4421,,{code[:3]}{mid[-5:].replace(' ', '')}# United Kingdom, London\n"
        f"For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/>\n{'_' * 80}"
    )


def zoom(lang: str, host: str, mid: str, pwd: str) -> str:
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    if lang == "de":
        return (
            f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pwd[:6]}\n\n"
            "Schnelleinwahl mobil\n+496971049922,,"
            f"{mid.replace(' ', '')}# Deutschland"
        )
    return (
        f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\n"
        f"One tap mobile\n+442034815237,,{mid.replace(' ', '')}# United Kingdom\n"
        f"+443300885830,,{mid.replace(' ', '')}# United Kingdom"
    )


def meet(lang: str, code: str) -> str:
    url = f"https://meet.google.com/{code}"
    if lang == "de":
        return (
            f"Mit Google Meet teilnehmen: {url}\nOder telefonisch teilnehmen: (DE) +49 30 300195061 "
            "PIN: 418 557 203#\nWeitere Telefonnummern: https://tel.meet/" + code + "?pin=4185572031"
        )
    if lang == "nl":
        return (
            f"Deelnemen met Google Meet: {url}\nOf bel in: (NL) +31 20 257 3891 PIN: 902 114 675#\n"
            "Meer telefoonnummers: https://tel.meet/" + code + "?pin=9021146752"
        )
    if lang == "fr":
        return f"Participer avec Google Meet : {url}\nOu appeler le : (FR) +33 1 87 40 42 19 PIN : 771 203 558#"
    if lang == "es":
        return f"Unirse con Google Meet: {url}\nO llamar al: (ES) +34 910 48 83 21 PIN: 665 902 114#"
    return (
        f"Join with Google Meet: {url}\nOr dial: (GB) +44 20 3956 0467 PIN: 512 740 118#\n"
        "More phone numbers: https://tel.meet/" + code + "?pin=5127401189"
    )


def google_foot(lang: str = "en") -> str:
    if lang == "de":
        return (
            f"{_SEP}\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
            "Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind."
        )
    if lang == "nl":
        return (
            f"{_SEP}\nUitnodiging van Google Agenda: https://calendar.google.com/calendar/\n\n"
            "Je ontvangt deze e-mail omdat je bent uitgenodigd voor deze afspraak."
        )
    return (
        f"{_SEP}\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
        "You are receiving this email because you are an attendee on the event. To stop receiving future "
        "updates for this event, decline this event."
    )


def webex(mid: str, pwd: str, site: str) -> str:
    return (
        f"-- Do not delete or change any of the following text. --\n\nWhen it's time, join your Webex meeting here.\n\n"
        f"Meeting number (access code): {mid}\nMeeting password: {pwd}\n\n"
        f"Join meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m7c1e0b{mid.replace(' ', '')}\n\n"
        "Join by phone\n+44-20-7660-8149 United Kingdom Toll\n\nCan't join the meeting?\n"
        "https://help.webex.com/docs/DOC-5412"
    )


def rec(
    kind: str,
    ics: str,
    uid: str,
    is_iv: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    ivs: Sequence[str] = (),
    trap: str = "",
) -> dict[str, str]:
    """One labelled event."""
    return {
        "kind": kind,
        "ics": ics,
        "uid": uid,
        "is_interview": str(is_iv),
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": ";".join(ivs),
        "trap": trap,
    }
