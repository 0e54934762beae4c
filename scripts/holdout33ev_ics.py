"""iCalendar text helpers for the holdout33 event corpus (blind split; see tests/corpus/events/README.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "vrossi.finanzas@gmail.com"
WORK = "v.rossi@naranjas-safor.es"

_TZ: dict[str, tuple[str, str, str, str, str]] = {
    # tzid: (std offset, dst offset, std name, dst name, std-from offset for DST start)
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", ""),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", ""),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", ""),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST", ""),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST", ""),
    "Romance Standard Time": ("+0100", "+0200", "", "", ""),
    "W. Europe Standard Time": ("+0100", "+0200", "", "", ""),
    "GMT Standard Time": ("+0000", "+0100", "", "", ""),
}


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting UTF-8 sequences."""
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


def vtimezone(tzid: str) -> str:
    std, dst, sname, dname, _ = _TZ[tzid]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    lines += ["BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
              "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"]
    if sname:
        lines.append(f"TZNAME:{sname}")
    lines += ["END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}",
              f"TZOFFSETTO:{dst}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"]
    if dname:
        lines.append(f"TZNAME:{dname}")
    lines += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return "\n".join(lines)


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={ps}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None) -> str:
    if cn:
        q = f'"{cn}"' if any(c in cn for c in ",;:") else cn
        return f"ORGANIZER;CN={q}:mailto:{email}"
    return f"ORGANIZER:mailto:{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, cutype="ROOM", role="NON-PARTICIPANT", ps="ACCEPTED", rsvp=False)


def resource(email: str, cn: str) -> str:
    return att(email, cn, cutype="RESOURCE", role="NON-PARTICIPANT", ps="ACCEPTED", rsvp=False)


def desc(text: str) -> str:
    return "DESCRIPTION:" + esc(text)


def summ(text: str) -> str:
    return "SUMMARY:" + esc(text)


def loc(text: str) -> str:
    return "LOCATION:" + esc(text)


def dt(name: str, tzid: str | None, value: str) -> str:
    """DTSTART/DTEND line: tzid None with a trailing Z is UTC, without Z is floating; 'DATE' gives an all-day date."""
    if tzid == "DATE":
        return f"{name};VALUE=DATE:{value}"
    if tzid:
        return f"{name};TZID={tzid}:{value}"
    return f"{name}:{value}"


def zoom(mid: str, pwd: str, lang: str = "en") -> str:
    url = f"https://us06web.zoom.us/j/{mid.replace(' ', '')}?pwd={pwd}"
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}\n\n"
                "Móvil con un toque\n+34917873431,,{0}# España".format(mid.replace(" ", "")))
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pwd[:6]}\n\n"
                "Schnelleinwahl mobil\n+496938079883,,{0}# Deutschland".format(mid.replace(" ", "")))
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : {pwd[:6]}\n\n"
                "Appareil mobile en un clic\n+33170372246,,{0}# France".format(mid.replace(" ", "")))
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\n"
            "One tap mobile\n+442034815237,,{0}# United Kingdom".format(mid.replace(" ", "")))


def teams(tid: str, lang: str = "en") -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0"
    bar = "_" * 80
    if lang == "es":
        return (f"{bar}\nReunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o el dispositivo "
                f"de la sala\nHaga clic aquí para unirse a la reunión <{link}>\nId. de reunión: 318 447 902 115\n"
                f"Código de acceso: qX7bLm\nMás información <https://aka.ms/JoinTeamsMeeting>\n{bar}")
    if lang == "de":
        return (f"{bar}\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer, die mobile App oder das "
                f"Raumgerät bei\nKlicken Sie hier, um an der Besprechung teilzunehmen <{link}>\n"
                f"Besprechungs-ID: 372 901 554 218\nKennung: Hq4tZa\nWeitere Infos <https://aka.ms/JoinTeamsMeeting>\n{bar}")
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil "
                f"de salle\nCliquez ici pour participer à la réunion <{link}>\nID de la réunion : 355 812 004 761\n"
                f"Code secret : 8Pd3sW\nEn savoir plus <https://aka.ms/JoinTeamsMeeting>\n{bar}")
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting <{link}>\nMeeting ID: 291 336 870 442\nPasscode: Vb9kRe\n"
            f"Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options\n{bar}")


def meet(code: str, lang: str = "en") -> str:
    if lang == "es":
        return (f"Únete con Google Meet: https://meet.google.com/{code}\nO llama al: (ES) +34 910 48 19 27 "
                "PIN: 583 221 406#\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
                "Recibes este correo porque eres un invitado del evento.")
    if lang == "fr":
        return (f"Participer avec Google Meet : https://meet.google.com/{code}\nOu composer le : (FR) "
                "+33 1 87 40 46 91 PIN : 771 095 832#\n\nInvitation de Google Agenda")
    if lang == "de":
        return (f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\nOder wählen Sie: (DE) "
                "+49 30 300195043 PIN: 902 117 453#\n\nEinladung von Google Kalender")
    return (f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (US) +1 402-383-1187 "
            "PIN: 640 552 918#\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.")


def webex(num: str, lang: str = "en") -> str:
    url = f"https://meetingsemea.webex.com/meet/j.php?MTID=m{num}a7c"
    if lang == "es":
        return f"Únase a la reunión de Webex\n{url}\nNúmero de reunión: {num}\nContraseña: Finz2026"
    if lang == "de":
        return f"Webex-Meeting beitreten\n{url}\nMeeting-Kennnummer: {num}\nPasswort: Rh8Pm"
    return f"Join Webex meeting\n{url}\nMeeting number (access code): {num}\nMeeting password: Qz42Lp"


@dataclass
class Ev:
    kind: str
    lang: str
    prodid: str
    lines: list[str]
    company: str = ""
    role: str = ""
    stage: str = ""
    ivs: list[str] = field(default_factory=list)
    trap: str = ""
    pos: bool = True
    tz: list[str] = field(default_factory=list)
    method: str | None = "REQUEST"
    head: list[str] = field(default_factory=list)
    more: list[list[str]] = field(default_factory=list)

    def uid(self) -> str:
        for ln in self.lines:
            if ln.startswith("UID:"):
                return ln[4:]
        raise ValueError("event without UID: " + self.kind)

    def text(self) -> str:
        out = ["BEGIN:VCALENDAR", f"PRODID:{self.prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        if self.method:
            out.append(f"METHOD:{self.method}")
        out += self.head
        for tzid in self.tz:
            out += vtimezone(tzid).split("\n")
        for block in [self.lines, *self.more]:
            out.append("BEGIN:VEVENT")
            if not any(x.startswith("DTSTAMP") for x in block):
                out.append("DTSTAMP:20261118T091500Z")
            out += block
            out.append("END:VEVENT")
        out.append("END:VCALENDAR")
        return "\r\n".join(fold(x) for x in out) + "\r\n"
