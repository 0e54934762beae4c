"""iCalendar text helpers for the holdout41 event corpus (raw text, CRLF, folded lines)."""

from __future__ import annotations

from dataclasses import dataclass

ME_PRIV = "andres.villalobos@outlook.es"
ME_WORK = "avillalobos@hoteles-costabella.es"


@dataclass(frozen=True)
class Ev:
    kind: str
    uid: str
    is_interview: int
    company: str
    role: str
    stage: str
    interviewers: tuple[str, ...]
    trap: str
    text: str


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= width:
        return line
    out: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
            limit = width - 1
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def calendar(prodid: str, body: list[str], method: str | None = "REQUEST", head: list[str] | None = None,
             nofold: bool = False) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += head or []
    lines += body
    lines.append("END:VCALENDAR")
    return "\r\n".join(ln if nofold else fold(ln) for ln in lines) + "\r\n"


def vevent(props: list[str]) -> list[str]:
    return ["BEGIN:VEVENT", *props, "END:VEVENT"]


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: bool = True) -> str:
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={partstat}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    p = "ORGANIZER"
    if cn:
        p += f';CN="{cn}"' if "," in cn else f";CN={cn}"
    if sent_by:
        p += f';SENT-BY="mailto:{sent_by}"'
    return p + f":mailto:{email}"


def room(email: str, cn: str) -> str:
    return f"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN={esc(cn)}:mailto:{email}"


def resource(email: str, cn: str) -> str:
    return f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={esc(cn)}:mailto:{email}"


TZ_MADRID = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Madrid", "X-LIC-LOCATION:Europe/Madrid",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
]

TZ_LONDON = [
    "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
]


def tz_windows(name: str, std_off: str = "+0100", dst_off: str = "+0200") -> list[str]:
    """Exchange-style VTIMEZONE with a Windows zone name."""
    return [
        "BEGIN:VTIMEZONE", f"TZID:{name}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
    ]


ROMANCE = "Romance Standard Time"
WEUROPE = "W. Europe Standard Time"
GMTW = "GMT Standard Time"

PROD_OUTLOOK = "Microsoft Exchange Server 2010"
PROD_O365 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
PROD_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
PROD_APPLE = "-//Apple Inc.//macOS 14.5//EN"
PROD_IOS = "-//Apple Inc.//iOS 17.4//EN"


def ms_extra() -> list[str]:
    return ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-CONFTYPE:0"]


def teams_es(url_id: str) -> str:
    return ("\n________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\nUnirse desde el ordenador, aplicación móvil o dispositivo de sala\n"
            f"Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{url_id}"
            "%40thread.v2/0>\nId. de reunión: 364 118 902 771\nCódigo de acceso: 7hQ2vF\n"
            "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión\n"
            "________________________________________________________________________________")


def teams_en(url_id: str) -> str:
    return ("\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{url_id}"
            "%40thread.v2/0>\nMeeting ID: 291 552 730 064\nPasscode: Ue8rTk\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n"
            "________________________________________________________________________________")


def teams_de(url_id: str) -> str:
    return ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nNehmen Sie am Computer, über die mobile App oder im Raum teil.\n"
            f"Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/"
            f"19%3ameeting_{url_id}%40thread.v2/0>\nBesprechungs-ID: 318 004 227 19\nKennung: g3TzQa\n"
            "________________________________________________________________________________")


def zoom(mid: str, pwd: str, lang: str = "en") -> str:
    url = f"https://us02web.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    if lang == "es":
        return (f"\n\nUnirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: 551903\n\n"
                "Móvil con un toque\n+34917873431,,{0}# España".format(mid.replace(" ", "")))
    if lang == "fr":
        return (f"\n\nParticiper à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : 440127\n")
    if lang == "de":
        return (f"\n\nZoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: 882016\n")
    return (f"\n\nJoin Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: 730215\n\n"
            "One tap mobile\n+442034815237,,{0}# United Kingdom".format(mid.replace(" ", "")))


def meet(code: str, lang: str = "en") -> str:
    if lang == "es":
        return (f"\n\nÚnete con Google Meet: https://meet.google.com/{code}\n"
                "Unirse por teléfono\n(ES) +34 910 48 71 22 PIN: 402 118 775#\n\n"
                "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
                "Recibes este correo electrónico porque eres un invitado del evento.")
    if lang == "fr":
        return (f"\n\nParticiper avec Google Meet : https://meet.google.com/{code}\n"
                "Participer par téléphone\n(FR) +33 1 87 40 17 93 Code : 551 207 913#\n")
    if lang == "de":
        return (f"\n\nMit Google Meet teilnehmen: https://meet.google.com/{code}\n"
                "Telefonisch teilnehmen\n(DE) +49 30 300195 774 PIN: 183 221 640#\n")
    return (f"\n\nJoin with Google Meet: https://meet.google.com/{code}\n"
            "Join by phone\n(GB) +44 20 3956 1207 PIN: 118 332 905#\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.")


def webex(num: str) -> str:
    return (f"\n\n-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n"
            f"https://meetingsemea.webex.com/meet/j.php?MTID=m{num}a7\nMeeting number (access code): {num}\n"
            "Meeting password: Rv4mW2\n\nJoin by phone\n+44-20-7660-8149 United Kingdom Toll\n")


def mk(out: list[Ev], kind: str, uid: str, lab: tuple[int, str, str, str, str, str], prod: str,
       props: list[str], tz: list[str] | None = None, method: str | None = "REQUEST",
       head: list[str] | None = None, extra: list[list[str]] | None = None, nofold: bool = False) -> None:
    """Add one event: props are the raw VEVENT lines (UID is prepended); extra holds override VEVENTs."""
    body = list(tz or [])
    body += vevent([f"UID:{uid}", *props])
    for ov in extra or []:
        body += vevent([f"UID:{uid}", *ov])
    is_int, company, role, stage, ivs, trap = lab
    out.append(Ev(kind, uid, is_int, company, role, stage, tuple(x for x in ivs.split(";") if x), trap,
                  calendar(prod, body, method, head, nofold)))
