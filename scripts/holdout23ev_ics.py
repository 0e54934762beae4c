"""Raw iCalendar text helpers for the holdout23 event corpus (user: Amara Okafor, physiotherapist)."""

from __future__ import annotations

from dataclasses import dataclass

ME = "amara.okafor@outlook.com"
WORK = "a.okafor@stmargarets-nhs.org.uk"
CRLF = "\r\n"


@dataclass(frozen=True)
class Item:
    """One file: its kind slug, language, raw text and the label rows (one per UID)."""

    kind: str
    lang: str
    text: str
    labels: tuple[tuple[str, bool, str, str, str, str, str], ...]  # uid, is_int, company, role, stage, ivs, trap


def lab(uid: str, yes: bool, company: str = "", role: str = "", stage: str = "", ivs: str = "",
        trap: str = "") -> tuple[str, bool, str, str, str, str, str]:
    """Given one UID's truth returns a label tuple; ivs is `;`-joined addresses."""
    return (uid, yes, company, role, stage, ivs, trap)


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets without splitting a UTF-8 character."""
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


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    """Given an attendee returns an ATTENDEE line (unfolded)."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={stat}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    """Given the organizer returns an ORGANIZER line."""
    params = []
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + ("".join(";" + p for p in params)) + f":mailto:{email}"


VTZ = {
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "Europe/Berlin": ["BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100",
                      "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                      "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Madrid": ["BEGIN:VTIMEZONE", "TZID:Europe/Madrid", "BEGIN:STANDARD", "DTSTART:19701025T030000",
                      "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
                      "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100",
                      "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                      "END:VTIMEZONE"],
    "Europe/Dublin": ["BEGIN:VTIMEZONE", "TZID:Europe/Dublin", "BEGIN:STANDARD", "TZOFFSETFROM:+0100",
                      "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "BEGIN:DAYLIGHT",
                      "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:IST", "DTSTART:19700329T010000",
                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
                          "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Europe Standard Time": ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                                "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                                "END:DAYLIGHT", "END:VTIMEZONE"],
    "Romance Standard Time": ["BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                              "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                              "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                              "END:DAYLIGHT", "END:VTIMEZONE"],
}

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iOS 17.5//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Scheduler//EN",
    "lever": "-//Lever//Lever Interview Scheduling//EN",
    "workday": "-//Workday Inc.//Workday Calendar//EN",
    "smartrecruiters": "-//SmartRecruiters//SmartRecruiters Interview//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Webex//Meeting Center//EN",
    "trac": "-//Trac Systems//Trac Recruitment//EN",
    "nhsjobs": "-//NHS Business Services Authority//NHS Jobs//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//ModernLoop Scheduler//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "hand": "-//Fastmail//Calendar 2.0//EN",
}


def cal(events: list[list[str]], producer: str, method: str | None = "REQUEST", tzids: tuple[str, ...] = (),
        xprops: tuple[str, ...] = ()) -> str:
    """Given VEVENT line lists and a producer returns the whole VCALENDAR text, folded, CRLF."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[producer]}", "VERSION:2.0"]
    if producer in ("google",):
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(xprops)
    for tz in tzids:
        lines.extend(VTZ[tz])
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def ev(uid: str, summary: str, start: str, end: str | None, *, tz: str | None = None, desc: str | None = None,
       loc: str | None = None, organizer: str | None = None, attendees: tuple[str, ...] = (),
       status: str = "CONFIRMED", seq: int = 0, extra: tuple[str, ...] = (), stamp: str = "20261102T101500Z",
       rrule: str | None = None, recurid: str | None = None, transp: str = "OPAQUE") -> list[str]:
    """Given an event's parts returns VEVENT lines.

    A start of 'YYYYMMDD' is all-day, a trailing Z is UTC, tz names the zone, neither means floating.
    """

    def dtp(name: str, val: str) -> str:
        if len(val) == 8:
            return f"{name};VALUE=DATE:{val}"
        if tz and not val.endswith("Z"):
            return f"{name};TZID={tz}:{val}"
        return f"{name}:{val}"

    lines = ["BEGIN:VEVENT", f"DTSTAMP:{stamp}", f"UID:{uid}"]
    if recurid:
        lines.append(dtp("RECURRENCE-ID", recurid))
    lines.append(dtp("DTSTART", start))
    if end:
        lines.append(dtp("DTEND", end))
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines.append(f"SUMMARY:{esc(summary)}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"STATUS:{status}")
    lines.append(f"TRANSP:{transp}")
    lines.extend(extra)
    lines.append("END:VEVENT")
    return lines


def teams(lang: str = "en", mid: str = "372 118 904 55") -> str:
    """Given a language returns a Teams join footer like Outlook writes it."""
    head = {"en": "Microsoft Teams meeting", "de": "Microsoft Teams-Besprechung",
            "fr": "Réunion Microsoft Teams", "es": "Reunión de Microsoft Teams"}[lang]
    join = {"en": "Join on your computer, mobile app or room device", "de": "Nehmen Sie über Ihren Computer, "
            "Ihre mobile App oder Ihr Raumgerät teil", "fr": "Rejoindre sur votre ordinateur, application mobile ou "
            "appareil de salle", "es": "Unirse desde el equipo, la aplicación móvil o el dispositivo de sala"}[lang]
    return ("\n" + "_" * 64 + f"\n{head}\n{join}\nClick here to join the meeting <https://teams.microsoft.com/l/"
            f"meetup-join/19%3ameeting_{mid.replace(' ', '')}%40thread.v2/0>\nMeeting ID: {mid}\nPasscode: q7Rt2x\n"
            "Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options\n" + "_" * 64)


def zoom(mid: str = "852 4410 9931", lang: str = "en") -> str:
    """Given a meeting id returns Zoom invitation boilerplate."""
    lead = {"en": "Join Zoom Meeting", "de": "Zoom-Meeting beitreten", "fr": "Participer à la réunion Zoom",
            "es": "Unirse a la reunión Zoom"}[lang]
    return (f"\n──────────\n{lead}\nhttps://us06web.zoom.us/j/{mid.replace(' ', '')}?pwd=Zk3mQ\n\n"
            f"Meeting ID: {mid}\nPasscode: 482913\n\nOne tap mobile\n+442034815240,,{mid.replace(' ', '')}# "
            "United Kingdom\n──────────")


def meet(code: str = "kqv-ptzd-wnh", lang: str = "en") -> str:
    """Given a Meet code returns the Google Meet block of a Google Calendar invite."""
    lead = {"en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen", "fr": "Participer avec Google Meet",
            "es": "Unirse con Google Meet"}[lang]
    return (f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n{lead}: "
            f"https://meet.google.com/{code}\nOr dial: (GB) +44 20 3937 4812 PIN: 719 204 331#\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def webex(num: str = "2641 883 0917") -> str:
    """Given a meeting number returns Webex boilerplate."""
    return (f"\n-- Do not delete or change any of the following text. --\nJoin Webex meeting\n"
            f"Meeting number (access code): {num}\nMeeting password: Rk4pW2\n"
            f"https://meetings.webex.com/join/{num.replace(' ', '')}\nJoin by phone +44-20-7660-8149")


def meet_conf(code: str) -> tuple[str, ...]:
    """Given a Meet code returns Google's conference X-properties."""
    return (f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}",)


def ms_extra(busy: str = "BUSY") -> tuple[str, ...]:
    """Given a busy status returns the Outlook X-properties every Outlook invite carries."""
    return ("CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE")


def mk(kind: str, lang: str, producer: str, events: list[list[str]],
       labels: tuple[tuple[str, bool, str, str, str, str, str], ...], method: str | None = "REQUEST",
       tzids: tuple[str, ...] = (), xprops: tuple[str, ...] = ()) -> Item:
    """Given one file's events and truth returns its Item."""
    return Item(kind, lang, cal(events, producer, method, tzids, xprops), labels)
