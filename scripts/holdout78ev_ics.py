"""Raw iCalendar helpers for the holdout78 event split (blind author, CC0 1.0).

Everything here only assembles text: escaping, line folding, VCALENDAR wrappers, VTIMEZONE blocks and the
video-call boilerplate that mail and calendar tools paste into descriptions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

CRLF = "\r\n"
SPLIT = "holdout78"

ME_FREE = "javimorales.hotel@yahoo.es"
ME_WORK = "jmorales@hotelcalablava.com"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE_IOS = "-//Apple Inc.//iPhone OS 17.5.1//EN"
APPLE_MAC = "-//Apple Inc.//macOS 14.4.1//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


@dataclass
class Ev:
    kind: str
    text: str
    rows: list[dict[str, str]] = field(default_factory=list)


def lab(uid: str, is_int: int, company: str = "", role: str = "", stage: str = "", interviewers: str = "",
        trap: str = "") -> dict[str, str]:
    return {"uid": uid, "is_interview": str(is_int), "company": company, "role": role, "stage": stage,
            "interviewers": interviewers, "split": SPLIT, "trap": trap}


def digits(key: str, n: int) -> str:
    h = hashlib.sha256(key.encode()).hexdigest()
    return "".join(str(int(c, 16) % 10) for c in h)[:n]


def token(key: str, n: int) -> str:
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    h = hashlib.sha256(("t" + key).encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h)[:n]


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line: str, width: int = 75) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= width:
        return line
    parts: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur = ch
            limit = width - 1
        else:
            cur += ch
    parts.append(cur)
    return (CRLF + " ").join(parts)


def cal(*components: str, prodid: str = GOOGLE, method: str | None = "REQUEST", extra: tuple[str, ...] = ()) -> str:
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    head.extend(extra)
    lines = list(head)
    for comp in components:
        lines.extend(x for x in comp.strip("\n").split("\n"))
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def tz(tzid: str, std: str, dst: str, std_name: str = "", dst_name: str = "", lic: bool = False) -> str:
    """A VTIMEZONE with EU summer time rules (last Sunday of March / October at 01:00 UTC)."""
    h_std = int(std[1:3])
    dst_start = f"{h_std + 1:02d}0000"
    std_start = f"{h_std + 2:02d}0000"
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        out.append(f"X-LIC-LOCATION:{tzid}")
    out += ["BEGIN:STANDARD", f"DTSTART:16010101T{std_start}" if not lic else f"DTSTART:19701025T{std_start}",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"]
    if std_name:
        out.append(f"TZNAME:{std_name}")
    out += ["RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
            f"DTSTART:16010101T{dst_start}" if not lic else f"DTSTART:19700329T{dst_start}",
            f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"]
    if dst_name:
        out.append(f"TZNAME:{dst_name}")
    out += ["RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    return "\n".join(out)


TZ_MADRID = tz("Europe/Madrid", "+0100", "+0200", "CET", "CEST", lic=True)
TZ_CANARY = tz("Atlantic/Canary", "+0000", "+0100", "WET", "WEST", lic=True)
TZ_LISBON = tz("Europe/Lisbon", "+0000", "+0100", "WET", "WEST", lic=True)
TZ_BERLIN = tz("Europe/Berlin", "+0100", "+0200", "CET", "CEST", lic=True)
TZ_ZURICH = tz("Europe/Zurich", "+0100", "+0200", "CET", "CEST", lic=True)
TZ_WIN_ROMANCE = tz("Romance Standard Time", "+0100", "+0200")
TZ_WIN_WEUROPE = tz("W. Europe Standard Time", "+0100", "+0200")
TZ_WIN_GMT = tz("GMT Standard Time", "+0000", "+0100")
TZ_LABEL_MADRID = tz("(UTC+01:00) Bruselas, Copenhague, Madrid, París", "+0100", "+0200")
TZ_LABEL_LISBON = tz("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "+0000", "+0100")
TZ_LABEL_BERLIN = tz("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", "+0100", "+0200")

MEET_RULE = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
TEAMS_RULE = "_" * 80


def meet_code(key: str) -> str:
    t = token(key, 10).lower().replace("l", "x")
    return f"{t[:3]}-{t[3:7]}-{t[7:10]}"


def meet(key: str, lang: str = "es") -> str:
    code = meet_code(key)
    pin = digits(key + "pin", 9)
    pin_s = f"{pin[:3]} {pin[3:6]} {pin[6:]}#"
    if lang == "es":
        body = (f"Únete con Google Meet: https://meet.google.com/{code}\n\nO bien, llama al: (ES) +34 910 48 75 21 "
                f"PIN: {pin_s}\nMás números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
                "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "No edites esta sección de la descripción.")
    elif lang == "ca":
        body = (f"Uneix-te amb Google Meet: https://meet.google.com/{code}\n\nO truca al: (ES) +34 910 48 75 21 "
                f"PIN: {pin_s}\nMés números de telèfon: https://tel.meet/{code}?pin={pin}\n\n"
                "Més informació sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "No editis aquesta secció de la descripció.")
    elif lang == "de":
        body = (f"Mit Google Meet teilnehmen: https://meet.google.com/{code}\n\nOder wählen Sie: (DE) +49 30 300195 "
                f"PIN: {pin_s}\nWeitere Telefonnummern: https://tel.meet/{code}?pin={pin}\n\n"
                "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "Bitte diesen Abschnitt der Beschreibung nicht bearbeiten.")
    else:
        body = (f"Join with Google Meet: https://meet.google.com/{code}\n\nOr dial: (PT) +351 21 060 3528 "
                f"PIN: {pin_s}\nMore phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.")
    return f"{MEET_RULE}\n{body}\n{MEET_RULE}"


def meet_props(key: str) -> str:
    code = meet_code(key)
    return (f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}\n"
            f"CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=meet.google.com/{code}:https://meet.google.com/{code}")


_TEAMS = {
    "es": ("Reunión de Microsoft Teams", "Únase desde el equipo, la aplicación móvil o el dispositivo de la sala",
           "Haga clic aquí para unirse a la reunión", "Id. de reunión:", "Código de acceso:",
           "Descargar Teams", "Unirse en la Web", "Más información", "Opciones de reunión", "es-es"),
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device",
           "Click here to join the meeting", "Meeting ID:", "Passcode:", "Download Teams", "Join on the web",
           "Learn More", "Meeting options", "en-gb"),
    "de": ("Microsoft Teams-Besprechung", "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil",
           "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID:", "Passcode:",
           "Teams herunterladen", "Im Web beitreten", "Weitere Infos", "Besprechungsoptionen", "de-de"),
    "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
           "Cliquez ici pour participer à la réunion", "ID de la réunion :", "Code secret :",
           "Télécharger Teams", "Rejoindre sur le web", "En savoir plus", "Options de réunion", "fr-fr"),
}


def teams(key: str, lang: str = "es") -> str:
    t = _TEAMS[lang]
    mid = digits(key, 12)
    mid_s = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}"
    join = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{token(key, 32)}%40thread.v2/0"
    return (f"{TEAMS_RULE}\n{t[0]}\n{t[1]}\n{t[2]}<{join}>\n{t[3]} {mid_s}\n{t[4]} {token(key + 'p', 6)}\n"
            f"{t[5]}<https://www.microsoft.com/{t[9]}/microsoft-teams/download-app> | {t[6]}"
            f"<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"{t[7]}<https://aka.ms/JoinTeamsMeeting> | {t[8]}<https://teams.microsoft.com/meetingOptions/>\n"
            f"{TEAMS_RULE}")


def zoom(key: str, lang: str = "es", host: str = "us06web") -> str:
    mid = digits(key, 11)
    mid_s = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    pwd = digits(key + "z", 6)
    url = f"https://{host}.zoom.us/j/{mid}?pwd={token(key + 'zp', 26)}.1"
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid_s}\nCódigo de acceso: {pwd}\n\n---\n\n"
                f"Móvil con un toque\n+34917873431,,{mid}#,,,,*{pwd}# España\n\n---\n\n"
                f"Marcar según su ubicación\n• +34 91 787 3431 España\n• +34 93 179 5436 España\n\n"
                f"ID de reunión: {mid_s}\nCódigo de acceso: {pwd}\n\n"
                f"Buscar su número local: https://{host}.zoom.us/u/a{token(key, 8)}")
    if lang == "de":
        return (f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid_s}\nKenncode: {pwd}\n\n---\n\n"
                f"Schnelleinwahl mobil\n+496971049922,,{mid}#,,,,*{pwd}# Deutschland\n\n---\n\n"
                f"Einwahl nach aktuellem Standort\n• +49 69 7104 9922 Deutschland\n• +41 43 210 71 08 Schweiz\n\n"
                f"Ortsansässige Einwahlnummer suchen: https://{host}.zoom.us/u/a{token(key, 8)}")
    return (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid_s}\nPasscode: {pwd}\n\n---\n\n"
            f"One tap mobile\n+442034815240,,{mid}#,,,,*{pwd}# United Kingdom\n\n---\n\n"
            f"Dial by your location\n• +44 203 481 5240 United Kingdom\n• +351 308 810 988 Portugal\n\n"
            f"Find your local number: https://{host}.zoom.us/u/a{token(key, 8)}")


def webex(key: str, site: str) -> str:
    num = digits(key, 10)
    num_s = f"{num[:4]} {num[4:7]} {num[7:]}"
    return (f"When it's time, join the Webex meeting here.\n\nJoin meeting\n"
            f"https://{site}.webex.com/{site}/j.php?MTID=m{token(key, 32).lower()}\n\n"
            f"More ways to join:\n\nJoin from the meeting link\n"
            f"https://{site}.webex.com/{site}/j.php?MTID=m{token(key, 32).lower()}\n\n"
            f"Join by meeting number\nMeeting number (access code): {num_s}\n"
            f"Meeting password: {token(key + 'w', 11)}\n\n"
            f"Tap to join from a mobile device (attendees only)\n+34-91-114-6577,,{num}## Spain toll\n\n"
            f"Join by phone\n+34-91-114-6577 Spain toll\n\nIf you are a host, go here to view host information.")


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str = "INDIVIDUAL", extra: str = "") -> str:
    params = [f"CUTYPE={cutype}", f"ROLE={role}", f"PARTSTAT={partstat}"]
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    if extra:
        params.append(extra)
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    params = []
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    return "ORGANIZER" + ("".join(";" + p for p in params)) + f":mailto:{email}"


def alt_desc(html_body: str) -> str:
    doc = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2//EN\">\\n<HTML>\\n<HEAD>\\n"
           "<META NAME=\"Generator\" CONTENT=\"MS Exchange Server version 16.0.17328.20068\">\\n"
           "<TITLE></TITLE>\\n</HEAD>\\n<BODY>\\n" + html_body + "\\n</BODY>\\n</HTML>")
    return "X-ALT-DESC;FMTTYPE=text/html:" + doc


def html(text: str) -> str:
    """Plain text to an Outlook-looking HTML fragment (escaped as an iCalendar TEXT value)."""
    paras = [p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for p in text.split("\n")]
    body = "".join(f"<P DIR=LTR><SPAN LANG=\"es\"><FONT FACE=\"Aptos\">{p}</FONT></SPAN></P>" for p in paras if p)
    return body.replace(",", "\\,").replace(";", "\\;")


MS_PROPS = ("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\n"
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE\nX-MS-OLK-AUTOFILLLOCATION:FALSE\nX-MS-OLK-CONFTYPE:0")


def ms_uid(key: str) -> str:
    h = hashlib.sha256(key.encode()).hexdigest().upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "000000000000000010000000" + h[16:48]


def alarm(minutes: int = 15, text: str = "Reminder") -> str:
    return (f"BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:{esc(text)}\nTRIGGER:-PT{minutes}M\nEND:VALARM")
