"""iCalendar text helpers for the holdout14 event corpus (raw text, as producers emit it)."""

from __future__ import annotations

from dataclasses import dataclass, field

ME_PRIV = "tobias.krueger@web.de"
ME_WORK = "t.krueger@stadtwerke-kiel.de"
STAMP = "20261120T081500Z"


@dataclass
class Item:
    """One corpus file: its kind, language, raw text and label."""

    kind: str
    lang: str
    text: str
    uid: str
    positive: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> str:
    """Given one content line returns it folded at `width` octets (CRLF + space)."""
    out: list[str] = []
    cur = ""
    for ch in line:
        limit = width if not out else width - 1
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def who(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: bool = True, quote: bool = False) -> str:
    """Given a person returns an ATTENDEE line (CUTYPE ROOM/RESOURCE when given)."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if quote or "," in cn or ":" in cn else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    """Given the organizer returns an ORGANIZER line."""
    params = []
    if cn:
        params.append(f'CN="{cn}"' if "," in cn or ":" in cn else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + "".join(";" + p for p in params) + f":mailto:{email}"


def when(name: str, value: str, tz: str) -> str:
    """Given DTSTART/DTEND, a local value and a zone ('' floating, 'Z' UTC, 'DATE', or a TZID) returns the line."""
    if tz == "DATE":
        return f"{name};VALUE=DATE:{value}"
    if tz == "Z":
        return f"{name}:{value}Z"
    if not tz:
        return f"{name}:{value}"
    quoted = f'"{tz}"' if ("," in tz or ":" in tz or ";" in tz) else tz
    return f"{name};TZID={quoted}:{value}"


def vevent(uid: str, summary: str, start: str, end: str, tz: str, *, lines: list[str] | None = None,
           desc: str = "", loc: str = "", seq: int = 0, status: str = "CONFIRMED", stamp: str = STAMP,
           transp: str = "OPAQUE", extra: list[str] | None = None) -> list[str]:
    """Given an event's fields returns its VEVENT lines (unfolded)."""
    out = ["BEGIN:VEVENT", f"DTSTAMP:{stamp}", f"UID:{uid}", when("DTSTART", start, tz), when("DTEND", end, tz)]
    out += lines or []
    out.append(f"SUMMARY:{esc(summary)}")
    if desc:
        out.append(f"DESCRIPTION:{esc(desc)}")
    if loc:
        out.append(f"LOCATION:{esc(loc)}")
    out += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"TRANSP:{transp}"]
    out += extra or []
    out.append("END:VEVENT")
    return out


TZ_BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
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


def olson(tzid: str) -> str:
    """Given an Olson zone in the CET/CEST family returns a VTIMEZONE for it."""
    return TZ_BERLIN.replace("Europe/Berlin", tzid)


def windows(tzid: str) -> str:
    """Given a Windows zone name in the CET family (or GMT) returns an Outlook-style VTIMEZONE."""
    offs = ("+0000", "+0100") if tzid.startswith("GMT") else ("+0100", "+0200")
    return "\n".join([
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{offs[1]}", f"TZOFFSETTO:{offs[0]}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{offs[0]}", f"TZOFFSETTO:{offs[1]}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"])


def cal(prodid: str, events: list[list[str]], *, method: str = "REQUEST", zones: tuple[str, ...] = (),
        head: list[str] | None = None) -> str:
    """Given a PRODID, VEVENT line lists and VTIMEZONE blocks returns a whole folded VCALENDAR text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += head or []
    for z in zones:
        lines += z.split("\n")
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


P_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
P_EXCHANGE = "Microsoft Exchange Server 2010"
P_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
P_APPLE = "-//Apple Inc.//iOS 17.4//EN"
P_MAC = "-//Apple Inc.//macOS 14.5//EN"
P_SF = "-//SAP SuccessFactors//Recruiting Interview Scheduling//EN"
P_WORKDAY = "-//Workday Inc//Workday Recruiting//EN"
P_PERSONIO = "-//Personio GmbH//Personio Recruiting//DE"
P_SOFTGARDEN = "-//softgarden e-recruiting GmbH//softgarden//DE"
P_GREENHOUSE = "-//Greenhouse Software//Greenhouse Recruiting//EN"
P_SMARTR = "-//SmartRecruiters//SmartRecruiters Calendar//EN"
P_CALENDLY = "-//Calendly//Calendly//EN"
P_BOOKINGS = "-//Microsoft Corporation//Microsoft Bookings//EN"
P_LEVER = "-//Lever//Lever Interview Scheduling//EN"
P_ASHBY = "-//Ashby//Ashby Scheduling//EN"
P_GOODTIME = "-//GoodTime.io//GoodTime Hire//EN"
P_MODERNLOOP = "-//ModernLoop//ModernLoop Scheduler//EN"
P_CALCOM = "-//Cal.com Inc.//Cal.com Event//EN"
P_ZOOM = "-//zoom.us//iCalendar Event//EN"
P_WEBEX = "-//Cisco Webex//Webex Meetings//EN"


def teams(lang: str, meeting_id: str, code: str) -> str:
    """Given a language and a meeting id returns Teams join boilerplate."""
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting_id}%40thread.v2/0"
    bar = "_" * 64
    text = {
        "en": f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
              f"the meeting <{link}>\nMeeting ID: {code}\nPasscode: aK7{meeting_id[:3]}\nLearn More | Meeting options",
        "de": f"{bar}\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, der mobilen App oder einem "
              f"Raumgerät aus teil\nHier klicken, um an der Besprechung teilzunehmen <{link}>\nBesprechungs-ID: "
              f"{code}\nPasscode: Rz4{meeting_id[:3]}\nWeitere Infos | Besprechungsoptionen",
        "fr": f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, votre application mobile ou votre "
              f"appareil de salle\nCliquez ici pour rejoindre la réunion <{link}>\nID de la réunion : {code}\n"
              f"Code secret : Pq2{meeting_id[:3]}\nEn savoir plus | Options de réunion",
        "es": f"{bar}\nReunión de Microsoft Teams\nUnirse desde el equipo, la aplicación móvil o un dispositivo de "
              f"sala\nHaga clic aquí para unirse a la reunión <{link}>\nId. de reunión: {code}\nCódigo de acceso: "
              f"Wm9{meeting_id[:3]}\nMás información | Opciones de reunión",
    }
    return text[lang] + "\n" + bar


def zoom(lang: str, mid: str, pwd: str, host: str = "us06web") -> str:
    """Given a language, meeting id and passcode returns Zoom join boilerplate."""
    url = f"https://{host}.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    text = {
        "en": f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\nOne tap mobile\n"
              f"+4930567950009,,{mid.replace(' ', '')}# Germany",
        "de": f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pwd[:6]}\n\nSchnelleinwahl mobil\n"
              f"+496938079883,,{mid.replace(' ', '')}# Deutschland",
        "fr": f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : {pwd[:6]}",
        "es": f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}",
    }
    return text[lang]


def meet(lang: str, code: str, phone: str = "+49 30 300195012", pin: str = "418 220 903") -> str:
    """Given a language and a Meet code returns Google Meet boilerplate."""
    url = f"https://meet.google.com/{code}"
    text = {
        "en": f"Join with Google Meet: {url}\nOr dial: (DE) {phone} PIN: {pin}#\nMore phone numbers: "
              f"https://tel.meet/{code}?pin=4182209",
        "de": f"Mit Google Meet teilnehmen: {url}\nOder wählen Sie: (DE) {phone} PIN: {pin}#\nWeitere "
              f"Telefonnummern: https://tel.meet/{code}?pin=4182209",
        "fr": f"Participer avec Google Meet : {url}\nOu composer le : (FR) +33 1 87 40 43 21 Code : {pin}#",
        "es": f"Unirse con Google Meet: {url}\nO marcar: (ES) +34 931 23 45 67 PIN: {pin}#",
    }
    return text[lang]


def webex(lang: str, num: str, site: str) -> str:
    """Given a language, meeting number and site returns Webex boilerplate."""
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{num.replace(' ', '')}a7c"
    text = {
        "en": f"Join Webex meeting\n{url}\nMeeting number (access code): {num}\nMeeting password: Sec2027",
        "de": f"Webex-Meeting beitreten\n{url}\nMeeting-Kennnummer (Zugriffscode): {num}\nMeeting-Passwort: Sec2027",
        "fr": f"Rejoindre la réunion Webex\n{url}\nNuméro de réunion (code d'accès) : {num}\nMot de passe : Sec2027",
        "es": f"Entrar a la reunión de Webex\n{url}\nNúmero de reunión: {num}\nContraseña: Sec2027",
    }
    return text[lang]


def google_footer(lang: str, email: str) -> str:
    """Given a language and the invitee returns the Google Calendar invitation footer."""
    text = {
        "en": f"Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
              f"email because you are an attendee on the event. To stop receiving future updates for this event, "
              f"decline this event.\n\nForwarding this invitation could allow any recipient to send a response to "
              f"the organizer. Invitation for {email}.",
        "de": f"Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, "
              f"weil Sie Teilnehmer an diesem Termin sind. Lehnen Sie den Termin ab, um keine weiteren Updates zu "
              f"erhalten. Einladung für {email}.",
        "fr": f"Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail car "
              f"vous participez à cet événement. Invitation destinée à {email}.",
        "es": f"Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nHas recibido este correo "
              f"porque eres un invitado del evento. Invitación para {email}.",
    }
    return "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n" + text[lang]
