"""iCalendar text helpers for the train16 event corpus (user: Javier Morales).

Shared plumbing only: escaping, folding, time-zone blocks, producer headers and video-call boilerplate.
Every event is written by hand in the train16ev_*.py data modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME_G = "javimorales.chef@gmail.com"
ME_W = "jmorales@hotel-portvell.es"
STAMP = "DTSTAMP:20261120T091500Z"
RS = "Romance Standard Time"
WS = "W. Europe Standard Time"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"
CALENDLY = "-//Calendly//Calendly Events//EN"
FACTORIAL = "-//Factorial HR//Calendar//ES"
WORKDAY = "-//Workday//Recruiting Interview//EN"
PERSONIO = "-//Personio GmbH//Personio Recruiting//DE"
GREENHOUSE = "-//Greenhouse Software//Greenhouse Scheduling//EN"
INFOJOBS = "-//InfoJobs//Convocatorias//ES"
ZOOMP = "-//Zoom Video Communications Inc//Zoom//EN"
WEBEXP = "-//Cisco Systems Inc//Webex Meetings//EN"


@dataclass
class Item:
    """One generated file and its label row."""

    kind: str
    lang: str
    ics: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = field(default_factory=tuple)
    trap: str = ""

    @property
    def uid(self) -> str:
        # The text is folded at 75 octets: unfold before reading a long UID.
        for line in self.ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"):
            if line.startswith("UID:"):
                return line[4:]
        raise ValueError("no UID")


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = " "
            size = 1
        cur += ch
        size += n
    out.append(cur)
    return out


def S(text: str) -> str:
    return "SUMMARY:" + esc(text)


def D(text: str) -> str:
    return "DESCRIPTION:" + esc(text)


def L(text: str) -> str:
    return "LOCATION:" + esc(text)


def U(uid: str) -> str:
    return "UID:" + uid


def T(prop: str, value: str, tz: str = "") -> str:
    """DTSTART/DTEND/RECURRENCE-ID: date (8 chars), UTC (Z), floating or with TZID."""
    if len(value) == 8:
        return f"{prop};VALUE=DATE:{value}"
    if tz:
        return f'{prop};TZID="{tz}":{value}' if ("(" in tz or "," in tz) else f"{prop};TZID={tz}:{value}"
    return f"{prop}:{value}"


def ORG(email: str, cn: str = "", sent_by: str = "") -> str:
    params = ""
    if cn:
        params += ";CN=" + (f'"{cn}"' if any(c in cn for c in ",;:") else cn)
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def A(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION", cutype: str = "INDIVIDUAL",
      rsvp: bool = True) -> str:
    name = ""
    if cn:
        name = ";CN=" + (f'"{cn}"' if any(c in cn for c in ",;:") else cn)
    r = ";RSVP=TRUE" if rsvp else ""
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={ps}{r}{name}:mailto:{email}"


def ROOM(email: str, cn: str) -> str:
    return A(email, cn, role="NON-PARTICIPANT", ps="ACCEPTED", cutype="ROOM", rsvp=False)


def RES(email: str, cn: str) -> str:
    return A(email, cn, role="NON-PARTICIPANT", ps="ACCEPTED", cutype="RESOURCE", rsvp=False)


def ve(*props: str, alarm: str = "") -> list[str]:
    lines = ["BEGIN:VEVENT", *props]
    if alarm:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", f"TRIGGER:{alarm}", "END:VALARM"]
    lines.append("END:VEVENT")
    return lines


def vtz(tzid: str, style: str = "olson") -> list[str]:
    """A VTIMEZONE for Central European time under the given TZID (olson or outlook shape)."""
    if style == "outlook":
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
                "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style == "olson":
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
              "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
              "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
              "END:VTIMEZONE"]
    return lines


def vcal(prodid: str, events: list[list[str]], method: str = "REQUEST", tzs: tuple[tuple[str, str], ...] = (),
         head: tuple[str, ...] = ()) -> str:
    """The whole VCALENDAR as CRLF text with folded lines. tzs: (tzid, style) pairs."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for tzid, style in tzs:
        lines += vtz(tzid, style)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out += fold(line)
    return "\r\n".join(out) + "\r\n"


def meet(code: str, lang: str = "en", phone: str = "+34 910 48 72 15", pin: str = "512 884 207#") -> str:
    intro = {"en": "Join with Google Meet", "es": "Unirse con Google Meet", "fr": "Participer avec Google Meet",
             "de": "Mit Google Meet teilnehmen"}[lang]
    more = {"en": "Join by phone", "es": "Unirse por teléfono", "fr": "Participer par téléphone",
            "de": "Telefonisch teilnehmen"}[lang]
    return (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"{intro}: https://meet.google.com/{code}\n\n{more}\n(ES) {phone} PIN: {pin}\n\n"
            f"Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n"
            f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def teams(mid: str, pwd: str, lang: str = "en") -> str:
    head = {"en": "Microsoft Teams meeting", "es": "Reunión de Microsoft Teams",
            "fr": "Réunion Microsoft Teams", "de": "Microsoft Teams-Besprechung"}[lang]
    join = {"en": "Join on your computer, mobile app or room device",
            "es": "Únase desde su equipo, aplicación móvil o dispositivo de sala",
            "fr": "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
            "de": "Auf dem Computer, in der mobilen App oder im Raumgerät teilnehmen"}[lang]
    click = {"en": "Click here to join the meeting", "es": "Haga clic aquí para unirse a la reunión",
             "fr": "Cliquez ici pour rejoindre la réunion",
             "de": "Klicken Sie hier, um an der Besprechung teilzunehmen"}
    return (f"________________________________________________________________________________\n{head}\n{join}\n"
            f"{click[lang]}<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
            f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\nPasscode: {pwd}\n"
            f"________________________________________________________________________________")


def zoom(host: str, mid: str, pwd: str, lang: str = "en") -> str:
    inv = {"en": "is inviting you to a scheduled Zoom meeting.",
           "es": "le está invitando a una reunión de Zoom programada.",
           "fr": "vous invite à une réunion Zoom planifiée.",
           "de": "lädt Sie zu einem geplanten Zoom-Meeting ein."}[lang]
    return (f"{host} {inv}\n\nJoin Zoom Meeting\nhttps://zoom.us/j/{mid}?pwd={pwd}\n\n"
            f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nPasscode: {pwd[:6]}\n\n---\n"
            f"One tap mobile\n+34917873431,,{mid}# Spain\n+33170372246,,{mid}# France")


def webex(site: str, num: str, lang: str = "en") -> str:
    j = {"en": "Join meeting", "es": "Entrar a la reunión", "fr": "Rejoindre la réunion",
         "de": "Meeting beitreten"}[lang]
    return (f"-- Do not delete or change any of the following text. --\n\n{j}\nhttps://{site}.webex.com/{site}/"
            f"j.php?MTID=m{num}a7f3\n\nMeeting number (access code): {num[:4]} {num[4:7]} {num[7:]}\n"
            f"Meeting password: Kc{num[-4:]}xQ\n\nJoin by phone\n+34-91-749-8010 Spain Toll\n\n"
            f"Can't join the meeting? https://help.webex.com/docs/DOC-5412")
