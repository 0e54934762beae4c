"""iCalendar text helpers for the holdout34 event corpus (user: Thomas Lefèvre, Lyon)."""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "thomas.lefevre@orange.fr"
WORK = "t.lefevre@lecho-rhodanien.fr"
STAMP = "DTSTAMP:20261019T071500Z"

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR"
EXCHANGE = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//macOS 14.6.1//EN"
IOS = "-//Apple Inc.//iOS 17.6//EN"
ZIMBRA = "Zimbra-Calendar-Provider"
WTTJ = "-//Welcome to the Jungle//Recruitment ATS//FR"
WORKDAY = "-//Workday Inc.//Workday Recruiting//EN"
GREENHOUSE = "-//Greenhouse Software//Interview Scheduling//EN"
LEVER = "-//Lever//Lever Hire//EN"
TEAMTAILOR = "-//Teamtailor//Teamtailor Calendar//EN"
CALENDLY = "-//Calendly//Calendly Scheduling//EN"
BOOKINGS = "-//Microsoft Corporation//Microsoft Bookings//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"


@dataclass
class Ev:
    kind: str
    lang: str
    is_interview: int
    company: str
    role: str
    stage: str
    interviewers: list[str]
    trap: str
    text: str
    uid: str = field(default="")


_EU_RULES = {
    "std": ("16010101T030000", "+0200", "+0100", "BYDAY=-1SU;BYMONTH=10"),
    "dst": ("16010101T020000", "+0100", "+0200", "BYDAY=-1SU;BYMONTH=3"),
}


def vtimezone(tzid: str, windows: bool = True) -> list[str]:
    """A VTIMEZONE the way Outlook (Windows names) or Google/Apple (Olson names) writes it."""
    if tzid in ("GMT Standard Time", "Europe/London"):
        std = ("16010101T020000", "+0100", "+0000", "BYDAY=-1SU;BYMONTH=10")
        dst = ("16010101T010000", "+0000", "+0100", "BYDAY=-1SU;BYMONTH=3")
        names = ("GMT", "BST")
    elif tzid in ("Eastern Standard Time", "America/Toronto", "America/Montreal"):
        std = ("16010101T020000", "-0400", "-0500", "BYDAY=1SU;BYMONTH=11")
        dst = ("16010101T020000", "-0500", "-0400", "BYDAY=2SU;BYMONTH=3")
        names = ("EST", "EDT")
    else:
        std, dst = _EU_RULES["std"], _EU_RULES["dst"]
        names = ("CET", "CEST")
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not windows:
        out.append(f"X-LIC-LOCATION:{tzid}")
    for comp, rule, nm in (("STANDARD", std, names[0]), ("DAYLIGHT", dst, names[1])):
        start = rule[0] if windows else "1970" + rule[0][4:]
        rr = f"RRULE:FREQ=YEARLY;INTERVAL=1;{rule[3]}" if windows else f"RRULE:FREQ=YEARLY;{rule[3]}"
        out += [f"BEGIN:{comp}", f"DTSTART:{start}", f"TZOFFSETFROM:{rule[1]}", f"TZOFFSETTO:{rule[2]}", rr]
        if not windows:
            out.append(f"TZNAME:{nm}")
        out.append(f"END:{comp}")
    out.append("END:VTIMEZONE")
    return out


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def p(name: str, text: str) -> str:
    """A text property with its value escaped (name may carry parameters)."""
    return f"{name}:{esc(text)}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    params = ""
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION", cutype: str = "",
        rsvp: bool = True) -> str:
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    params += f";ROLE={role};PARTSTAT={ps}"
    if rsvp and not cutype:
        params += ";RSVP=TRUE"
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    return f"ATTENDEE{params}:mailto:{email}"


def fold(line: str) -> list[str]:
    """Fold a content line at 75 octets (UTF-8 safe), continuation lines start with one space."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " "
            limit = 75
        cur += ch
    out.append(cur)
    return out


def cal(prodid: str, events: list[list[str]], method: str = "", tz: str = "", windows: bool = True,
        xwr: str = "", calname: str = "", nofold: bool = False) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if calname:
        lines.append(f"X-WR-CALNAME:{calname}")
    if xwr:
        lines.append(f"X-WR-TIMEZONE:{xwr}")
    if tz:
        lines += vtimezone(tz, windows)
    for body in events:
        lines.append("BEGIN:VEVENT")
        if not any(b.startswith("DTSTAMP") for b in body):
            lines.append(STAMP)
        lines += body
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out += [ln] if nofold else fold(ln)
    return "\r\n".join(out) + "\r\n"


def teams(lang: str, mid: str) -> str:
    txt = {
        "fr": "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
              "Cliquez ici pour rejoindre la réunion\nID de réunion : {m}\nCode secret : Xq7bP2\n"
              "En savoir plus | Options de réunion",
        "en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
              "Click here to join the meeting\n"
              "Meeting ID: {m}\nPasscode: 9hTr4K\nDownload Teams | Join on the web\nLearn More | Meeting options",
        "de": "Microsoft Teams-Besprechung\nAuf dem Computer, in der mobilen App oder im Raumgerät teilnehmen\n"
              "Klicken Sie hier, um an der Besprechung teilzunehmen\nBesprechungs-ID: {m}\nPasscode: fW3m8Z",
        "es": "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
              "Haga clic aquí para unirse a la reunión\nId. de reunión: {m}\nCódigo de acceso: Ru6sQ1",
    }[lang]
    sep = "_" * 64
    link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + mid.replace(" ", "")
    return f"{sep}\n{txt.format(m=mid)}\n{link}\n{sep}"


def zoom(lang: str, mid: str, host: str = "") -> str:
    num = mid.replace(" ", "")
    head = {
        "fr": f"{host} vous invite à une réunion Zoom planifiée.\n\nParticiper à la réunion Zoom",
        "en": f"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting",
        "de": f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZoom-Meeting beitreten",
        "es": f"{host} le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom",
    }[lang].lstrip()
    return f"{head}\nhttps://us02web.zoom.us/j/{num}?pwd=cGx4aW5rMzQ\n\nID de réunion / Meeting ID: {mid}\n" \
           f"Code / Passcode: 482913\n\nOne tap mobile\n+33170379729,,{num}# France\n+41315280988,,{num}# Switzerland"


def meet(lang: str, code: str) -> str:
    head = {"fr": "Participer avec Google Meet", "en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen",
            "es": "Unirse con Google Meet"}[lang]
    more = {"fr": "Ou appelez le : (FR) +33 1 87 40 42 19 PIN : 611 204 389#",
            "en": "Or dial: (GB) +44 20 3956 0871 PIN: 702 118 554#",
            "de": "Oder wählen Sie: (DE) +49 30 300195061 PIN: 934 552 117#",
            "es": "O marca el: (ES) +34 931 23 45 06 PIN: 450 771 203#"}[lang]
    return f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n{head}: " \
           f"https://meet.google.com/{code}\n\n{more}\n\nAfficher plus de numéros de téléphone: " \
           f"https://tel.meet/{code}?pin=1\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-"


def webex(mid: str) -> str:
    return f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n" \
           f"https://meetingsemea.webex.com/meet/j.php?MTID=m{mid.replace(' ', '')}\n" \
           f"Meeting number (access code): {mid}\n" \
           f"Meeting password: Pr3ss34\n\nJoin by phone\n+41-44-5559-1234 Switzerland Toll\n\n" \
           f"Can't join the meeting? https://help.webex.com"


def gfoot(email: str) -> str:
    return "\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this " \
           f"email because you are an attendee on the event. To stop receiving future updates for this event, " \
           f"decline this event.\n\nForwarding this invitation could allow any recipient to send a response to " \
           f"the organizer, be added to the guest list ({email})."
