"""Raw iCalendar helpers for the holdout54 event corpus (Inès Haddad, Toulouse).

Everything here composes plain text by hand: content lines, folding at 75 octets, a few VTIMEZONE blocks as
different calendar programs write them. No iCalendar library is used to build the files.
"""

from __future__ import annotations

FREE = "ines.haddad@laposte.net"
WORK = "ines.haddad@mutuelle-garonne.fr"
STAMP = "20250228T081500Z"

TZ_PARIS = """BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
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
END:VTIMEZONE"""

TZ_MADRID = TZ_PARIS.replace("Europe/Paris", "Europe/Madrid")
TZ_BERLIN = TZ_PARIS.replace("Europe/Paris", "Europe/Berlin")

TZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
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
END:VTIMEZONE"""

TZ_TORONTO = """BEGIN:VTIMEZONE
TZID:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def _win(tzid: str, std: str = "+0100", dst: str = "+0200") -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


ROMANCE = "Romance Standard Time"
UTC1 = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
W_EUROPE = "W. Europe Standard Time"
GMT_STD = "GMT Standard Time"

TZ_BLOCKS = {
    "Europe/Paris": TZ_PARIS,
    "Europe/Madrid": TZ_MADRID,
    "Europe/Berlin": TZ_BERLIN,
    "Europe/London": TZ_LONDON,
    "America/Toronto": TZ_TORONTO,
    ROMANCE: _win(ROMANCE),
    UTC1: _win(UTC1),
    W_EUROPE: _win(W_EUROPE),
    GMT_STD: _win(GMT_STD, "+0000", "+0100"),
}


def esc(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
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


def _cn(name: str) -> str:
    return f'"{name}"' if any(c in name for c in ',;:') else name


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f";CN={_cn(cn)}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True, extra: str = "") -> str:
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={ps}"
    if rsvp:
        params += ";RSVP=TRUE"
    if cn:
        params += f";CN={_cn(cn)}"
    params += extra
    return f"ATTENDEE{params}:mailto:{email}"


def _dt(name: str, value: str, tz: str | None) -> str:
    if tz == "DATE":
        return f"{name};VALUE=DATE:{value}"
    if tz == "Z":
        return f"{name}:{value}Z"
    if tz is None:
        return f"{name}:{value}"
    return f'{name};TZID="{tz}":{value}' if any(c in tz for c in ",:;") else f"{name};TZID={tz}:{value}"


def vevent(uid: str, summary: str, start: str, end: str | None = None, *, tz: str | None = "Europe/Paris",
           organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (), desc: str | None = None,
           loc: str | None = None, status: str | None = "CONFIRMED", seq: int = 0, extra: tuple[str, ...] = (),
           alt: str | None = None, created: str = "20250226T171200Z", transp: str | None = None,
           duration: str | None = None) -> str:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{STAMP}", _dt("DTSTART", start, tz)]
    if end:
        lines.append(_dt("DTEND", end, tz))
    if duration:
        lines.append(f"DURATION:{duration}")
    lines.append(f"SUMMARY:{esc(summary)}")
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if alt:
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{alt}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"CREATED:{created}")
    if transp:
        lines.append(f"TRANSP:{transp}")
    lines.extend(extra)
    lines.append("END:VEVENT")
    return "\n".join(lines)


PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//iPhone OS 17.3//EN",
    "mac": "-//Apple Inc.//macOS 14.2//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Calendar//EN",
    "lever": "-//Lever//Lever Scheduling//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "workday": "-//Workday//Workday Recruiting//EN",
    "smartrecruiters": "-//SmartRecruiters//Interview Scheduler//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "teamtailor": "-//Teamtailor//Teamtailor//EN",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "workable": "-//Workable//Workable Calendar//EN",
    "icims": "-//iCIMS//iCIMS Scheduling//EN",
    "successfactors": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//ModernLoop Scheduler//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoho": "-//Zoho Corporation//Zoho Calendar//EN",
    "proton": "-//Proton AG//ProtonCalendar 1.0.0//EN",
    "welcome": "-//Welcome to the Jungle//WTTJ Scheduler//FR",
    "flatchr": "-//Flatchr//Flatchr ATS//FR",
}


def calendar(tool: str, events: list[str], *, method: str | None = "REQUEST", tzids: tuple[str, ...] = (),
             xwr: str | None = None, calname: str | None = None) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS.get(tool, tool)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if calname:
        lines.append(f"X-WR-CALNAME:{esc(calname)}")
    if xwr:
        lines.append(f"X-WR-TIMEZONE:{xwr}")
    for tzid in tzids:
        lines.append(TZ_BLOCKS[tzid])
    lines.extend(events)
    lines.append("END:VCALENDAR")
    text = "\n".join(lines)
    return "\r\n".join(fold(ln) for ln in text.split("\n")) + "\r\n"


def lab(kind: str, uid: str, is_iv: int, company: str = "", role: str = "", stage: str = "",
        interviewers: str = "", trap: str = "") -> dict[str, str]:
    return {"kind": kind, "uid": uid, "is_interview": str(is_iv), "company": company, "role": role,
            "stage": stage, "interviewers": interviewers.lower(), "trap": trap or kind}


MEET_FR = ("Rejoindre avec Google Meet : https://meet.google.com/{code}\n"
           "Ou appeler le : (FR) +33 1 87 40 44 19 PIN : 284 117 503#\n"
           "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720")
MEET_EN = ("Join with Google Meet: https://meet.google.com/{code}\n"
           "Or dial: (GB) +44 20 3937 0231 PIN: 618 204 557#\n"
           "Learn more about Meet at: https://support.google.com/a/users/answer/9282720")
TEAMS_FR = ("________________________________________________________________________________\n"
            "Réunion Microsoft Teams\n"
            "Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle\n"
            "Cliquez ici pour rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}>\n"
            "ID de la réunion : 364 118 902 774\nCode secret : Xq7Ypn\n"
            "En savoir plus <https://aka.ms/JoinTeamsMeeting> | Options de réunion\n"
            "________________________________________________________________________________")
TEAMS_EN = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}>\n"
            "Meeting ID: 371 552 908 113\nPasscode: 9hVk2c\n"
            "Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options\n"
            "________________________________________________________________________________")
ZOOM_FR = ("Participer à la réunion Zoom\nhttps://us06web.zoom.us/j/{code}\n\n"
           "ID de réunion : {code}\nCode secret : 551902\n\n"
           "Une seule touche sur l'appareil mobile\n+33170372246,,{code}# France")
ZOOM_EN = ("Join Zoom Meeting\nhttps://us02web.zoom.us/j/{code}\n\n"
           "Meeting ID: {code}\nPasscode: 730415\n\nOne tap mobile\n+442034815240,,{code}# United Kingdom")
WEBEX_FR = ("Rejoindre la réunion Webex\nhttps://meetingsemea.webex.com/meet/{code}\n"
            "Numéro de la réunion (code d'accès) : 2741 889 0316\nMot de passe de la réunion : Ux2025!")
