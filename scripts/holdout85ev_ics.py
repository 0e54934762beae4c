"""Raw iCalendar text helpers for the holdout85 event corpus (blind split; the user is Daniela Castro).

Nothing here builds events through a library: every event module writes its own content lines and these
helpers only join them, fold long lines at 75 octets and supply time-zone blocks and video boilerplate.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

ME = "daniela.castro.datos@hotmail.com"
WORK = "dcastro@bancoandino.com.co"
ME_CN = "Daniela Castro"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.4//EN"
MAC = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


@dataclass(frozen=True)
class Ev:
    kind: str
    uid: str
    text: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def hexid(seed: str, n: int = 32, upper: bool = False) -> str:
    """A stable random-looking hex string."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n].upper() if upper else out[:n]


def uuid_like(seed: str, upper: bool = False) -> str:
    h = hexid(seed, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def outlook_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hexid(seed, 72, upper=True)


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    if len(line.encode("utf-8")) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append(cur)
            cur, size, limit = "", 0, 74
        cur += ch
        size += n
    parts.append(cur)
    return "\r\n ".join(parts)


def vevent(*lines: str | None) -> list[str]:
    return ["BEGIN:VEVENT", *[ln for ln in lines if ln], "END:VEVENT"]


def cal(prodid: str, *blocks: list[str] | str, method: str | None = None, head: tuple[str, ...] = (),
        newline: str = "\r\n") -> str:
    """Wrap blocks (lists of lines, or multi-line strings for time zones) in a VCALENDAR."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for block in blocks:
        lines.extend(block.strip().splitlines() if isinstance(block, str) else block)
    lines.append("END:VCALENDAR")
    return newline.join(fold(ln) for ln in lines) + newline


def _q(cn: str) -> str:
    return f'"{cn}"' if any(c in cn for c in ",;:") else cn


def g_att(email: str, cn: str | None = None, ps: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT",
          cutype: str = "INDIVIDUAL") -> str:
    """A Google Calendar style attendee line."""
    cnp = f";CN={_q(cn)}" if cn else f";CN={email}"
    rsvp = "TRUE" if ps == "NEEDS-ACTION" else "FALSE"
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={ps};RSVP={rsvp}{cnp};X-NUM-GUESTS=0:mailto:{email}"


def o_att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", cutype: str | None = None,
          ps: str = "NEEDS-ACTION") -> str:
    """An Outlook/Exchange style attendee line (CN first, often "Last, First")."""
    parts = ["ATTENDEE"]
    if cn:
        parts.append(f"CN={_q(cn)}")
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={ps}")
    parts.append("RSVP=TRUE" if cutype != "ROOM" else "RSVP=FALSE")
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f"CN={_q(cn)}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


def desc(text: str) -> str:
    return "DESCRIPTION:" + esc(text)


def alarm(trigger: str = "-PT15M", text: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{esc(text)}", f"TRIGGER:{trigger}", "END:VALARM"]


# --- time zones -------------------------------------------------------------------------------

TZ_BOGOTA = """
BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
"""

TZ_MEXICO = """
BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
"""


def _dst_tz(tzid: str, std: str, dst: str, sname: str, dname: str, lic: bool = True,
            smonth: int = 10, dmonth: int = 3, dday: str = "-1SU", sday: str = "-1SU",
            start_time: str = "T030000", dst_time: str = "T020000") -> str:
    lic_line = f"X-LIC-LOCATION:{tzid}\n" if lic else ""
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{lic_line}"
        f"BEGIN:DAYLIGHT\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\nTZNAME:{dname}\n"
        f"DTSTART:1970{dmonth:02d}29{dst_time}\nRRULE:FREQ=YEARLY;BYMONTH={dmonth};BYDAY={dday}\nEND:DAYLIGHT\n"
        f"BEGIN:STANDARD\nTZOFFSETFROM:{dst}\nTZOFFSETTO:{std}\nTZNAME:{sname}\n"
        f"DTSTART:1970{smonth:02d}25{start_time}\nRRULE:FREQ=YEARLY;BYMONTH={smonth};BYDAY={sday}\nEND:STANDARD\n"
        "END:VTIMEZONE\n"
    )


TZ_MADRID = _dst_tz("Europe/Madrid", "+0100", "+0200", "CET", "CEST")
TZ_PARIS = _dst_tz("Europe/Paris", "+0100", "+0200", "CET", "CEST")
TZ_BERLIN = _dst_tz("Europe/Berlin", "+0100", "+0200", "CET", "CEST")
TZ_NEW_YORK = (
    "BEGIN:VTIMEZONE\nTZID:America/New_York\nX-LIC-LOCATION:America/New_York\n"
    "BEGIN:DAYLIGHT\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nDTSTART:19700308T020000\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\n"
    "BEGIN:STANDARD\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nDTSTART:19701101T020000\n"
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
)


def win_fixed(tzid: str, offset: str) -> str:
    """Outlook writes a zone without DST as a STANDARD and a DAYLIGHT block with equal offsets."""
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\n"
        f"BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\nEND:STANDARD\n"
        f"BEGIN:DAYLIGHT\nDTSTART:16010101T000000\nTZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\nEND:DAYLIGHT\n"
        "END:VTIMEZONE\n"
    )


def win_europe(tzid: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\n"
        "BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
        "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
    )


WIN_BOGOTA = win_fixed("SA Pacific Standard Time", "-0500")
WIN_BOGOTA_LABEL = win_fixed("(UTC-05:00) Bogota, Lima, Quito, Rio Branco", "-0500")
WIN_MEXICO = win_fixed("Central Standard Time (Mexico)", "-0600")
WIN_ROMANCE = win_europe("Romance Standard Time")
WIN_MADRID_ES = win_europe("(UTC+01:00) Bruselas, Copenhague, Madrid, París")
WIN_W_EUROPE = win_europe("W. Europe Standard Time")
WIN_EASTERN = (
    "BEGIN:VTIMEZONE\nTZID:Eastern Standard Time\n"
    "BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n"
    "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
)

OUTLOOK_TAIL = (
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    "X-MICROSOFT-CDO-IMPORTANCE:1",
    "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
    "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    "X-MS-OLK-AUTOSTARTCHECK:FALSE",
    "X-MS-OLK-CONFTYPE:0",
)


def alt_html(text: str) -> str:
    """X-ALT-DESC as Outlook writes it: the plain body again as minimal HTML."""
    nbsp = "&nbsp\\;"
    body = "".join(f"<p class=MsoNormal>{p or nbsp}</p>" for p in esc(text).split("\\n"))
    return (
        'X-ALT-DESC;FMTTYPE=text/html:<html><head><meta name="Generator" content="Microsoft Exchange Server">'
        f"</head><body><div class=WordSection1>{body}</div></body></html>"
    )


# --- video boilerplate ------------------------------------------------------------------------

def zoom(lang: str, mid: str, pwd: str, host: str = "us06web") -> str:
    num = mid.replace(" ", "")
    url = f"https://{host}.zoom.us/j/{num}?pwd={hexid(mid, 22)}.1"
    if lang == "es":
        return (
            f"Únase a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pwd}\n\n---\n\n"
            f"Un toque móvil\n+16465588656,,{num}#,,,,*{pwd}# EE. UU. (Nueva York)\n\n"
            "Marcar según su ubicación\n• +57 601 508 7702 Colombia\n• +52 554 161 4288 México\n"
            f"• +34 91 787 0058 España\n\nID de reunión: {mid}\nCódigo de acceso: {pwd}\n\n"
            f"Encuentre su número local: https://{host}.zoom.us/u/kb{hexid(pwd, 8)}"
        )
    return (
        f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pwd}\n\n---\n\n"
        f"One tap mobile\n+13052241968,,{num}#,,,,*{pwd}# US\n\nDial by your location\n"
        f"• +1 305 224 1968 US\n• +57 601 508 7702 Colombia\n\nMeeting ID: {mid}\nPasscode: {pwd}\n\n"
        f"Find your local number: https://{host}.zoom.us/u/ac{hexid(pwd, 8)}"
    )


def teams(lang: str, seed: str) -> str:
    mid = f"{int(hexid(seed, 6), 16) % 900 + 100} {int(hexid(seed + 'b', 6), 16) % 900 + 100} " \
          f"{int(hexid(seed + 'c', 6), 16) % 900 + 100} {int(hexid(seed + 'd', 6), 16) % 900 + 100}"
    link = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hexid(seed, 40)}%40thread.v2/0?context="
            f"%7b%22Tid%22%3a%22{uuid_like(seed)}%22%7d")
    line = "_" * 80
    pwd = hexid(seed + "p", 6)
    words = {
        "es": ("Reunión de Microsoft Teams", "Unirse a la reunión ahora", "Id. de reunión", "Código de acceso",
               "¿Necesita ayuda? | Información del sistema | Opciones de reunión"),
        "en": ("Microsoft Teams meeting", "Join the meeting now", "Meeting ID", "Passcode",
               "Need help? | System reference | Meeting options"),
        "de": ("Microsoft Teams-Besprechung", "Jetzt an der Besprechung teilnehmen", "Besprechungs-ID", "Kennung",
               "Benötigen Sie Hilfe? | Systemreferenz | Besprechungsoptionen"),
        "fr": ("Réunion Microsoft Teams", "Rejoindre la réunion maintenant", "ID de la réunion",
               "Code secret", "Besoin d'aide ? | Référence système | Options de réunion"),
    }[lang]
    return f"{line}\n{words[0]}\n{words[1]} <{link}>\n{words[2]}: {mid}\n{words[3]}: {pwd}\n{line}\n{words[4]}\n{line}"


def meet(lang: str, seed: str, pin_country: str = "CO") -> str:
    h = hexid(seed, 10)
    code = f"{h[:3]}-{h[3:7]}-{h[7:10]}"
    code = "".join(c if c in "-" else "abcdefghijklmnopqrstuvwxyz"[int(c, 16) + 5] for c in code)
    pin = str(int(hexid(seed + "pin", 8), 16))[:9]
    if lang == "es":
        return (f"Unirse con Google Meet\nhttps://meet.google.com/{code}\n\nUnirse por teléfono\n"
                f"({pin_country}) +57 601 6284 417 PIN: {pin}#\n\nMás números de teléfono\n"
                f"https://tel.meet/{code}?pin={pin}")
    return (f"Join with Google Meet\nhttps://meet.google.com/{code}\n\nJoin by phone\n"
            f"(US) +1 302-497-0814 PIN: {pin}#\n\nMore phone numbers\nhttps://tel.meet/{code}?pin={pin}")


def meet_url(seed: str) -> str:
    return meet("en", seed).splitlines()[1]


def webex(seed: str, site: str) -> str:
    num = f"2{int(hexid(seed, 8), 16) % 10**8:08d}"
    return (f"When it's time, join the Webex meeting here.\n\nMeeting number (access code): {num[:4]} "
            f"{num[4:7]} {num[7:]}\nMeeting password: {hexid(seed, 4)}Kx{hexid(seed + 'w', 4)}\n\n"
            f"Join meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m{hexid(seed, 32)}\n\n"
            f"Join by phone\n+1-415-655-0001 United States Toll\nAccess code: {num}")
