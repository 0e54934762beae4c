"""iCalendar text helpers for the holdout37 event corpus (shared by its generator modules)."""

from __future__ import annotations

from dataclasses import dataclass

ME = "etienne.gagnon@videotron.ca"
ME_W = "egagnon@assurances-laurentides.ca"

VTZ: dict[str, list[str]] = {
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Romance Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/Toronto": [
        "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"],
    "America/Montreal": [
        "BEGIN:VTIMEZONE", "TZID:America/Montreal",
        "BEGIN:STANDARD", "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "TZNAME:HNE", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "TZNAME:HAE", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Europe/Paris": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Brussels": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Brussels",
        "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "END:DAYLIGHT", "END:VTIMEZONE"],
}


@dataclass(frozen=True)
class Event:
    """One corpus file with its label."""

    kind: str
    lang: str
    text: str
    uid: str
    is_interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""


def esc(s: str) -> str:
    """Escape a TEXT value."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets."""
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
    return out


def txt(name: str, value: str, params: str = "") -> str:
    """A TEXT property, escaped."""
    return f"{name}{params}:{esc(value)}"


def who(prop: str, email: str, cn: str = "", role: str = "", partstat: str = "", cutype: str = "",
        rsvp: str = "", extra: str = "", quote: bool = False) -> str:
    """ORGANIZER or ATTENDEE line."""
    ps = ""
    if cutype:
        ps += f";CUTYPE={cutype}"
    if role:
        ps += f";ROLE={role}"
    if partstat:
        ps += f";PARTSTAT={partstat}"
    if rsvp:
        ps += f";RSVP={rsvp}"
    if cn:
        ps += f';CN="{cn}"' if quote or "," in cn or ":" in cn or ";" in cn else f";CN={cn}"
    ps += extra
    return f"{prop}{ps}:mailto:{email}"


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: str = "") -> str:
    return who("ATTENDEE", email, cn, role, partstat, cutype, rsvp)


def org(email: str, cn: str = "", extra: str = "") -> str:
    return who("ORGANIZER", email, cn, extra=extra)


def tdt(name: str, value: str, tz: str = "") -> str:
    """DTSTART/DTEND with TZID, UTC (value ends with Z), floating or DATE (8 chars)."""
    if len(value) == 8:
        return f"{name};VALUE=DATE:{value}"
    if tz:
        return f'{name};TZID="{tz}":{value}' if " " in tz and tz.startswith("(") else f"{name};TZID={tz}:{value}"
    return f"{name}:{value}"


def vevent(lines: list[str]) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def calendar(prodid: str, events: list[list[str]], method: str = "", tzs: tuple[str, ...] = (),
             calprops: tuple[str, ...] = ()) -> str:
    """A VCALENDAR with folded CRLF lines."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(calprops)
    for tz in tzs:
        lines.extend(VTZ[tz])
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out.extend(fold(ln))
    return "\r\n".join(out) + "\r\n"


OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK365 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"


def teams_fr(meeting_id: str, code: str) -> str:
    return ("________________________________________________________________________________\n"
            "Réunion Microsoft Teams\n"
            "Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle\n"
            f"Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
            "%40thread.v2/0>\n"
            f"ID de la réunion : {meeting_id}\nCode secret : {code[:6]}\n"
            "Télécharger Teams<https://www.microsoft.com/fr-ca/microsoft-teams/download-app> | "
            "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Pour en savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion\n"
            "________________________________________________________________________________")


def teams_en(meeting_id: str, code: str) -> str:
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
            "%40thread.v2/0>\n"
            f"Meeting ID: {meeting_id}\nPasscode: {code[:6]}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n"
            "________________________________________________________________________________")


def zoom(host: str, mid: str, pwd: str, lang: str = "en") -> str:
    if lang == "fr":
        return (f"{host} vous invite à une réunion Zoom planifiée.\n\n"
                f"Participer à la réunion Zoom\nhttps://us02web.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}\n\n"
                f"ID de réunion : {mid}\nCode secret : {pwd[:6]}\n\n---\n"
                "Appareil mobile en un clic\n+14388097799,,{0}# Canada\n".format(mid.replace(" ", "")))
    if lang == "es":
        return (f"{host} le está invitando a una reunión de Zoom programada.\n\n"
                f"Unirse a la reunión Zoom\nhttps://zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}\n\n"
                f"ID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}\n")
    return (f"{host} is inviting you to a scheduled Zoom meeting.\n\n"
            f"Join Zoom Meeting\nhttps://zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}\n\n"
            f"Meeting ID: {mid}\nPasscode: {pwd[:6]}\n\n---\nOne tap mobile\n"
            f"+16475580588,,{mid.replace(' ', '')}# Canada\n")


def meet(code: str, lang: str = "en") -> str:
    if lang == "fr":
        return (f"Participer avec Google Meet : https://meet.google.com/{code}\n"
                "Participer par téléphone : (CA) +1 647-736-3184 PIN : 512 887 301#\n\n"
                "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
                "Vous recevez cet e-mail, car vous êtes invité à cet événement.")
    return (f"Join with Google Meet: https://meet.google.com/{code}\n"
            "Join by phone: (CA) +1 437-703-5614 PIN: 839 204 117#\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.")


def webex(site: str, num: str, lang: str = "en") -> str:
    if lang == "de":
        return (f"Webex-Meeting beitreten\nhttps://{site}.webex.com/{site}/j.php?MTID=m{num.replace(' ', '')}\n"
                f"Meeting-Kennnummer (Zugriffscode): {num}\nMeeting-Passwort: Vx7kq\n")
    return (f"Join Webex meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m{num.replace(' ', '')}\n"
            f"Meeting number (access code): {num}\nMeeting password: Kp4Tz\n"
            "Join by phone\n+1-416-915-6530 Canada Toll\n")
