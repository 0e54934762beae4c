"""iCalendar text helpers for the train15 event corpus (Aoife Brennan, veterinary nurse in Cork).

Shared only for the text layer: escaping, folding, time-zone blocks, producer headers and video-call
boilerplate. Each event in the train15ev_* modules is written on its own.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

ME = "aoife.brennan@outlook.ie"
WORK = "abrennan@riverside-vets.ie"


@dataclass(frozen=True)
class Ev:
    """One labelled file: kind (file-name slug), language, label fields and the raw iCalendar text."""

    kind: str
    lang: str
    uid: str
    is_interview: int
    company: str
    role: str
    stage: str
    interviewers: str
    trap: str
    text: str


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def tx(name: str, text: str) -> str:
    """A TEXT property line, escaped."""
    return f"{name}:{esc(text)}"


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence."""
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


def h(seed: str, n: int = 12) -> str:
    """A stable hex token derived from a seed."""
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def digits(seed: str, n: int) -> str:
    """A stable run of digits derived from a seed."""
    raw = str(int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16))
    return raw[:n]


_TZ: dict[str, list[str]] = {
    "Europe/Dublin": [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Dublin",
        "X-LIC-LOCATION:Europe/Dublin",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:IST",
        "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "Europe/London": [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/London",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ],
}


def _cet(tzid: str, names: tuple[str, str] = ("CEST", "CET")) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        f"TZNAME:{names[0]}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        f"TZNAME:{names[1]}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


for _z in ("Europe/Paris", "Europe/Berlin", "Europe/Madrid"):
    _TZ[_z] = _cet(_z)


def _windows(tzid: str, std: int, dst: int) -> list[str]:
    """Outlook-style VTIMEZONE with a 1601 anchor and no TZNAME."""

    def off(m: int) -> str:
        return f"{'+' if m >= 0 else '-'}{abs(m) // 60:02d}{abs(m) % 60:02d}"

    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:16010101T0{3 if std else 2}0000",
        f"TZOFFSETFROM:{off(dst)}",
        f"TZOFFSETTO:{off(std)}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:16010101T0{2 if std else 1}0000",
        f"TZOFFSETFROM:{off(std)}",
        f"TZOFFSETTO:{off(dst)}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


_TZ["GMT Standard Time"] = _windows("GMT Standard Time", 0, 60)
_TZ["W. Europe Standard Time"] = _windows("W. Europe Standard Time", 60, 120)
_TZ["Romance Standard Time"] = _windows("Romance Standard Time", 60, 120)
_TZ["(UTC+00:00) Dublin, Edinburgh, Lisbon, London"] = _windows("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", 0, 60)


def cal(
    prodid: str,
    events: list[list[str]],
    *,
    method: str | None = "REQUEST",
    tzs: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
    version_first: bool = False,
) -> str:
    """Wrap VEVENT bodies (lists of unfolded lines, without BEGIN/END) in a VCALENDAR."""
    lines = ["BEGIN:VCALENDAR"]
    if version_first:
        lines.append("VERSION:2.0")
        lines.append(f"PRODID:{prodid}")
    else:
        lines.append(f"PRODID:{prodid}")
        lines.append("VERSION:2.0")
    if "Microsoft" not in prodid:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for z in tzs:
        lines.extend(_TZ[z])
    for body in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(body)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"


def outlook_tail(busy: str = "TENTATIVE") -> list[str]:
    """The X-MICROSOFT-CDO block Exchange appends to meeting requests."""
    return [
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "TRANSP:OPAQUE",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MS-OLK-CONFTYPE:0",
    ]


def g_att(email: str, cn: str | None = None, partstat: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT") -> str:
    """A Google-style ATTENDEE line."""
    name = cn if cn is not None else email
    return (
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{email}"
    )


def o_att(email: str, cn: str, role: str = "REQ-PARTICIPANT", rsvp: bool = True) -> str:
    """An Exchange-style ATTENDEE line."""
    quoted = f'"{cn}"' if ("," in cn or ";" in cn or ":" in cn) else cn
    return f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP={'TRUE' if rsvp else 'FALSE'};CN={quoted}:mailto:{email}"


def room(email: str, cn: str, kind: str = "ROOM") -> str:
    """A room or resource attendee."""
    return f"ATTENDEE;CUTYPE={kind};ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN={cn}:mailto:{email}"


def teams(lang: str, seed: str) -> str:
    """Teams join block in EN/DE/FR/ES."""
    mid = f"{digits(seed, 3)} {digits(seed + 'a', 3)} {digits(seed + 'b', 3)} {digits(seed + 'c', 3)}"
    code = h(seed + "pw", 6)
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h(seed, 32)}%40thread.v2/0"
    bar = "_" * 80
    txt = {
        "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the "
               "meeting", "Meeting ID", "Passcode", "Learn More | Meeting options"),
        "de": ("Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät "
               "teil", "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Passcode",
               "Weitere Informationen | Besprechungsoptionen"),
        "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
               "Cliquez ici pour participer à la réunion", "ID de réunion", "Code secret",
               "En savoir plus | Options de réunion"),
        "es": ("Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o un dispositivo de sala",
               "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso",
               "Más información | Opciones de reunión"),
    }[lang]
    return (
        f"{bar}\n{txt[0]}\n{txt[1]}\n{txt[2]}<{link}>\n{txt[3]}: {mid}\n{txt[4]}: {code}\n"
        f"Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<{link}>\n"
        f"{txt[5]}\n{bar}"
    )


def zoom(lang: str, seed: str, host: str | None = None, sub: str = "us02web") -> str:
    """Zoom invitation text."""
    mid = digits(seed, 11)
    spaced = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    pw = digits(seed + "p", 6)
    url = f"https://{sub}.zoom.us/j/{mid}?pwd={h(seed + 'z', 28)}"
    lead = {
        "en": f"{host} is inviting you to a scheduled Zoom meeting.\n\n" if host else "",
        "de": f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n" if host else "",
        "fr": f"{host} vous invite à une réunion Zoom planifiée.\n\n" if host else "",
        "es": f"{host} le está invitando a una reunión de Zoom programada.\n\n" if host else "",
    }[lang]
    words = {
        "en": ("Join Zoom Meeting", "Meeting ID", "Passcode", "One tap mobile"),
        "de": ("Zoom-Meeting beitreten", "Meeting-ID", "Kenncode", "Schnelleinwahl mobil"),
        "fr": ("Rejoindre la réunion Zoom", "ID de réunion", "Code secret", "Appareil mobile en un clic"),
        "es": ("Unirse a la reunión Zoom", "ID de reunión", "Código de acceso", "Móvil con un toque"),
    }[lang]
    return (
        f"{lead}{words[0]}\n{url}\n\n{words[1]}: {spaced}\n{words[2]}: {pw}\n\n---\n\n{words[3]}\n"
        f"+35312405722,,{mid}#,,,,*{pw}# Ireland\n+442034815240,,{mid}#,,,,*{pw}# United Kingdom"
    )


def meet(lang: str, seed: str) -> str:
    """Google Meet block as Google Calendar writes it into DESCRIPTION."""
    code = f"{h(seed, 3).replace('0', 'q')}-{h(seed + 'm', 4).replace('1', 'x')}-{h(seed + 'n', 3)}"
    pin = digits(seed, 9)
    words = {
        "en": ("Join with Google Meet", "Or dial", "PIN", "More phone numbers"),
        "de": ("Mit Google Meet teilnehmen", "Oder wählen Sie", "PIN", "Weitere Telefonnummern"),
        "fr": ("Participer avec Google Meet", "Ou appelez le", "Code", "Autres numéros de téléphone"),
        "es": ("Unirse con Google Meet", "O marca el", "PIN", "Más números de teléfono"),
    }[lang]
    tilde = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    return (
        f"{tilde}\n{words[0]}: https://meet.google.com/{code}\n\n{words[1]}: (IE) +353 1 512 {pin[:4]} "
        f"{words[2]}: {pin} #\n{words[3]}: https://tel.meet/{code}?pin={pin}\n\n"
        f"Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n{tilde}"
    )


def webex(lang: str, seed: str, site: str) -> str:
    """Webex meeting block."""
    num = f"{digits(seed, 4)} {digits(seed + 'w', 3)} {digits(seed + 'x', 4)}"
    pw = h(seed + "pw", 8)
    words = {
        "en": ("Join meeting", "Meeting number (access code)", "Meeting password", "Join by phone"),
        "de": ("Meeting beitreten", "Meeting-Kennnummer (Zugriffscode)", "Meeting-Passwort", "Über Telefon beitreten"),
        "fr": ("Rejoindre la réunion", "Numéro de la réunion (code d'accès)", "Mot de passe de la réunion",
               "Rejoindre par téléphone"),
        "es": ("Entrar a la reunión", "Número de reunión (código de acceso)", "Contraseña de la reunión",
               "Entrar por teléfono"),
    }[lang]
    return (
        f"-- Do not delete or change any of the following text. --\n\n{words[0]}:\n"
        f"https://{site}.webex.com/{site}/j.php?MTID=m{h(seed, 32)}\n\n{words[1]}: {num}\n{words[2]}: {pw}\n\n"
        f"{words[3]}\n+353-1-437-5421 Ireland toll\n\nCan't join the meeting? https://help.webex.com/docs/meeting"
    )


def google_footer(lang: str, who: str) -> str:
    """The "Invitation from Google Calendar" footer in four languages."""
    return {
        "en": f"Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email "
              f"because you are an attendee on the event. To stop receiving future updates for this event, decline "
              f"this event.\n\nForwarding this invitation could allow any recipient to send a response to the "
              f"organiser, be added to the guest list, invite others regardless of their own invitation status, or "
              f"modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding ({who})",
        "de": f"Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, "
              f"weil Sie Gast bei diesem Termin sind. ({who})",
        "fr": f"Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail, car "
              f"vous participez à cet événement. ({who})",
        "es": f"Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo "
              f"electrónico porque eres un invitado de este evento. ({who})",
    }[lang]
