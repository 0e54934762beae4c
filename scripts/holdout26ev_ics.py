"""iCalendar text helpers for the holdout26 event corpus: escaping, folding, zones and call boilerplate."""

from __future__ import annotations

ME_PRIVATE = "diego.serrano.t@gmail.com"
ME_WORK = "dserrano@banco-levante.es"

_VTZ = {
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Lisbon": ("WET", "WEST", "+0000", "+0100"),
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100"),
    "Romance Standard Time": ("", "", "+0100", "+0200"),
    "W. Europe Standard Time": ("", "", "+0100", "+0200"),
    "GMT Standard Time": ("", "", "+0000", "+0100"),
}


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value (backslash, comma, semicolon, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets with CRLF + space, as RFC 5545 asks."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
            limit = 74  # continuation lines lose one octet to the leading space
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def vtimezone(tzid: str) -> list[str]:
    """Given a zone id returns a minimal VTIMEZONE block with EU daylight rules (as Outlook and Google emit)."""
    std_name, dst_name, std, dst = _VTZ[tzid]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16011028T030000",
             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"]
    if std_name:
        lines.append(f"TZNAME:{std_name}")
    lines += ["END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
              f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"]
    if dst_name:
        lines.append(f"TZNAME:{dst_name}")
    lines += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return lines


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: bool = True) -> str:
    """Given an attendee's address and parameters returns one ATTENDEE content line."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={stat}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    """Given the organizer's address returns an ORGANIZER line (optionally with SENT-BY, as schedulers set it)."""
    params = ""
    if cn:
        params += f';CN="{cn}"' if "," in cn else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def ev(uid: str, start: str, end: str, summary: str, desc: str = "", loc: str = "", *,
       lines: list[str] | None = None, stamp: str = "20261115T090000Z", seq: int = 0,
       status: str = "CONFIRMED") -> list[str]:
    """Given the parts of one event (start/end as full DTSTART/DTEND lines) returns its VEVENT lines."""
    out = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", start, end, f"SUMMARY:{esc(summary)}"]
    if desc:
        out.append(f"DESCRIPTION:{esc(desc)}")
    if loc:
        out.append(f"LOCATION:{esc(loc)}")
    out += lines or []
    out += [f"SEQUENCE:{seq}", f"STATUS:{status}", "END:VEVENT"]
    return out


def cal(prodid: str, events: list[list[str]], *, method: str = "REQUEST", zones: tuple[str, ...] = (),
        head: tuple[str, ...] = ()) -> str:
    """Given a producer id, VEVENT blocks, zones and extra header lines returns the whole .ics text (CRLF)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for z in zones:
        lines += vtimezone(z)
    for e in events:
        lines += e
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def tz(prop: str, tzid: str, when: str) -> str:
    """Given DTSTART/DTEND, a zone id and a local time returns the zoned content line."""
    return f"{prop};TZID={tzid}:{when}"


def zoom(lang: str, meeting: str, pwd: str) -> str:
    """Given a language and meeting id returns Zoom's join boilerplate in that language."""
    url = f"https://us02web.zoom.us/j/{meeting.replace(' ', '')}?pwd={pwd}"
    text = {
        "en": f"Join Zoom Meeting\n{url}\n\nMeeting ID: {meeting}\nPasscode: {pwd[:6]}\n\nOne tap mobile\n"
              f"+34917873431,,{meeting.replace(' ', '')}# Spain",
        "es": f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {meeting}\nCódigo de acceso: {pwd[:6]}",
        "de": f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {meeting}\nKenncode: {pwd[:6]}",
        "fr": f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {meeting}\nCode secret : {pwd[:6]}",
    }
    return text[lang]


def teams(lang: str, tail: str) -> str:
    """Given a language and a link tail returns the Microsoft Teams meeting footer in that language."""
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tail}%40thread.v2/0"
    bar = "_" * 64
    text = {
        "en": f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
              f"the meeting <{url}>\nMeeting ID: 318 552 907 114\nPasscode: q7Hk2b\nLearn More\n{bar}",
        "es": f"{bar}\nReunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de "
              f"sala\nHaga clic aquí para unirse a la reunión <{url}>\nId. de reunión: 344 190 266 583\n"
              f"Código de acceso: Zr4t9N\nMás información | Opciones de reunión\n{bar}",
        "de": f"{bar}\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer, eine mobile App oder ein "
              f"Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen <{url}>\n"
              f"Besprechungs-ID: 372 119 804 205\nPasscode: Tg6mPq\n{bar}",
        "fr": f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de "
              f"salle\nCliquez ici pour participer à la réunion <{url}>\nID de la réunion : 391 002 447 816\n"
              f"Code secret : Vb3xRw\n{bar}",
    }
    return text[lang]


def meet(lang: str, code: str) -> str:
    """Given a language and a Meet code returns Google Meet's joining info in that language."""
    head = {"en": "Join with Google Meet", "es": "Unirse con Google Meet", "de": "Mit Google Meet teilnehmen",
            "fr": "Participer avec Google Meet"}[lang]
    phone = {"en": "Join by phone", "es": "Unirse por teléfono", "de": "Telefonisch teilnehmen",
             "fr": "Participer par téléphone"}[lang]
    return f"{head}: https://meet.google.com/{code}\n{phone}\n(ES) +34 911 23 89 41 PIN: 448 120 337#"


def webex(lang: str, number: str) -> str:
    """Given a language and meeting number returns a Webex join block in that language."""
    head = {"en": "Join Webex meeting", "es": "Entrar a la reunión de Webex", "de": "Webex-Meeting beitreten",
            "fr": "Rejoindre la réunion Webex"}[lang]
    return (f"-- Do not delete or change any of the following text. --\n{head}\n"
            f"https://meetings-eu.webex.com/meet/j.php?MTID={number}\nMeeting number (access code): {number[:4]} "
            f"{number[4:7]} {number[7:]}\nMeeting password: Wx{number[-4:]}")


def google_footer(lang: str) -> str:
    """Given a language returns the 'Invitation from Google Calendar' footer Google appends."""
    return {
        "en": "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
              "email because you are an attendee on the event. To stop receiving future updates for this event, "
              "decline this event.",
        "es": "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo "
              "electrónico porque eres un invitado del evento.",
        "de": "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, "
              "weil Sie Gast bei diesem Termin sind.",
        "fr": "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail car "
              "vous êtes invité à cet événement.",
    }[lang]


class Item:
    """One corpus file: its kind, language, text and label fields."""

    def __init__(self, kind: str, lang: str, uid: str, text: str, pos: bool, company: str = "", role: str = "",
                 stage: str = "", ivs: str = "", trap: str = "") -> None:
        self.kind, self.lang, self.uid, self.text, self.pos = kind, lang, uid, text, pos
        self.company, self.role, self.stage, self.ivs, self.trap = company, role, stage, ivs, trap


def d(when: str, tzid: str = "Europe/Madrid") -> str:
    """Given a local time returns a DTSTART line in the zone (shorthand)."""
    return tz("DTSTART", tzid, when)


def e(when: str, tzid: str = "Europe/Madrid") -> str:
    """Given a local time returns a DTEND line in the zone (shorthand)."""
    return tz("DTEND", tzid, when)


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 15.1//EN"
IOS = "-//Apple Inc.//iOS 18.1//EN"
