"""Raw iCalendar text helpers for the holdout15 event corpus (Sofia Esposito); no parser, only emitters."""

from __future__ import annotations

from dataclasses import dataclass

ME_PRIV = "sofia.esposito@libero.it"
ME_WORK = "s.esposito@banca-lario.it"

ROME_OLSON = """BEGIN:VTIMEZONE
TZID:Europe/Rome
X-LIC-LOCATION:Europe/Rome
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


def olson(tzid: str, std: str = "CET", dst: str = "CEST") -> str:
    """Given an Olson zone on CET rules returns its VTIMEZONE block as Google and Apple write it."""
    return ROME_OLSON.replace("Europe/Rome", tzid).replace("TZNAME:CEST", f"TZNAME:{dst}").replace(
        "TZNAME:CET", f"TZNAME:{std}")


def outlook_tz(tzid: str) -> str:
    """Given a Windows or "(UTC+01:00) ..." zone name returns Outlook's VTIMEZONE block for it."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


WEU = "W. Europe Standard Time"
ROMANCE = "Romance Standard Time"
UTC1 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets with CRLF + space."""
    data = line.encode("utf-8")
    parts: list[str] = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(data[:cut].decode("utf-8"))
        data = data[cut:]
        limit = 74
    parts.append(data.decode("utf-8"))
    return "\r\n ".join(parts)


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", cutype: str | None = None,
        ps: str = "NEEDS-ACTION", rsvp: bool = True) -> str:
    """Given an attendee returns its ATTENDEE line (CN quoted when it holds a comma)."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={ps}")
    if rsvp and cutype is None:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    """Given an organizer returns its ORGANIZER line."""
    params = ""
    if cn:
        params += f';CN="{cn}"' if "," in cn else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


@dataclass
class Ev:
    """One VEVENT as loose parts; `tz` is a TZID, "Z" for UTC, "" for floating or "DATE" for all-day."""

    uid: str
    summary: str
    start: str
    end: str
    tz: str = "Europe/Rome"
    organizer: str | None = None
    attendees: tuple[str, ...] = ()
    description: str | None = None
    location: str | None = None
    status: str | None = None
    seq: int = 0
    rrule: str | None = None
    recurrence_id: str | None = None
    extra: tuple[str, ...] = ()
    stamp: str = "20261118T091500Z"

    def lines(self) -> list[str]:
        """Given the parts returns the VEVENT's content lines, unfolded."""
        out = ["BEGIN:VEVENT"]

        def when(name: str, value: str) -> str:
            if self.tz == "DATE":
                return f"{name};VALUE=DATE:{value}"
            if self.tz == "Z":
                return f"{name}:{value}Z"
            if self.tz == "":
                return f"{name}:{value}"
            return f'{name};TZID="{self.tz}":{value}' if "," in self.tz else f"{name};TZID={self.tz}:{value}"

        out.append(when("DTSTART", self.start))
        out.append(when("DTEND", self.end))
        if self.rrule:
            out.append(f"RRULE:{self.rrule}")
        if self.recurrence_id:
            out.append(when("RECURRENCE-ID", self.recurrence_id))
        out.append(f"DTSTAMP:{self.stamp}")
        if self.organizer:
            out.append(self.organizer)
        out.append(f"UID:{self.uid}")
        out.extend(self.attendees)
        if self.description is not None:
            out.append("DESCRIPTION:" + esc(self.description))
        if self.location is not None:
            out.append("LOCATION:" + esc(self.location))
        out.append(f"SEQUENCE:{self.seq}")
        out.append(f"STATUS:{self.status or 'CONFIRMED'}")
        out.append("SUMMARY:" + esc(self.summary))
        out.append("TRANSP:OPAQUE")
        out.extend(self.extra)
        out.append("END:VEVENT")
        return out


def cal(prodid: str, *events: Ev, method: str | None = "REQUEST", tzs: tuple[str, ...] = (),
        xprops: tuple[str, ...] = ()) -> str:
    """Given a producer id, events and VTIMEZONE blocks returns the whole VCALENDAR text with CRLF and folding."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(xprops)
    for block in tzs:
        lines.extend(block.split("\n"))
    for ev in events:
        lines.extend(ev.lines())
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
MACOS = "-//Apple Inc.//macOS 15.1//EN"


def teams(lang: str, meeting_id: str) -> str:
    """Given a language and a meeting id returns Teams join boilerplate."""
    head = {"en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device",
            "de": "Microsoft Teams-Besprechung\nNehmen Sie am Computer, über die mobile App oder im Raum teil",
            "fr": "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle",
            "es": "Reunión de Microsoft Teams\nUnirse desde el equipo, la aplicación móvil o un dispositivo de sala"}[
        lang]
    word = {"en": "Meeting ID", "de": "Besprechungs-ID", "fr": "ID de réunion", "es": "Id. de reunión"}[lang]
    return (f"{'_' * 40}\n{head}\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting_id}%40thread.v2/0\n"
            f"{word}: {meeting_id[:3]} {meeting_id[3:6]} {meeting_id[6:9]}\n{'_' * 40}")


def zoom(lang: str, mid: str) -> str:
    """Given a language and a meeting number returns Zoom join boilerplate."""
    head = {"en": "Join Zoom Meeting", "de": "Zoom-Meeting beitreten", "fr": "Participer à la réunion Zoom",
            "es": "Unirse a la reunión Zoom"}[lang]
    return (f"{head}\nhttps://us02web.zoom.us/j/{mid}\n\n"
            f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nPasscode: 4{mid[-4:]}")


def meet(lang: str, code: str) -> str:
    """Given a language and a Meet code returns Google Meet boilerplate with the invitation footer."""
    join = {"en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen", "fr": "Participer avec Google Meet",
            "es": "Unirse con Google Meet"}[lang]
    foot = {"en": "Invitation from Google Calendar: https://calendar.google.com/calendar/",
            "de": "Einladung von Google Kalender: https://calendar.google.com/calendar/",
            "fr": "Invitation de Google Agenda : https://calendar.google.com/calendar/",
            "es": "Invitación de Google Calendar: https://calendar.google.com/calendar/"}[lang]
    return f"{join}: https://meet.google.com/{code}\n\n{foot}"


def webex(lang: str, num: str) -> str:
    """Given a language and a meeting number returns Webex boilerplate."""
    head = {"en": "Join Webex meeting", "de": "Webex-Meeting beitreten", "fr": "Rejoindre la réunion Webex",
            "es": "Entrar a la reunión Webex"}[lang]
    return (f"-- Do not delete or change any of the following text. --\n{head}\n"
            f"https://meetings.webex.com/meet/j.php?MTID=m{num}\nMeeting number: {num}")


Item = tuple[str, str, str, str, bool, str, str, str, tuple[str, ...]]


def pos(kind: str, lang: str, company: str, role: str, stage: str, ivs: tuple[str, ...], prodid: str, *evs: Ev,
        method: str | None = "REQUEST", tzs: tuple[str, ...] = (), xprops: tuple[str, ...] = ()) -> Item:
    """Given a positive event's label and parts returns (kind, lang, uid, text, True, company, role, stage, ivs)."""
    return (kind, lang, evs[0].uid, cal(prodid, *evs, method=method, tzs=tzs, xprops=xprops), True, company, role,
            stage, ivs)


def neg(kind: str, lang: str, prodid: str, *evs: Ev, method: str | None = "REQUEST", tzs: tuple[str, ...] = (),
        xprops: tuple[str, ...] = ()) -> Item:
    """Given a negative event's parts returns its item with empty extraction labels."""
    return (kind, lang, evs[0].uid, cal(prodid, *evs, method=method, tzs=tzs, xprops=xprops), False, "", "", "", ())
