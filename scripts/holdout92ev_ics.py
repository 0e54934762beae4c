"""Raw iCalendar helpers for the blind holdout92 event split (Irene Gallego Soto, physiotherapist, Madrid).

Everything here only assembles text: escaping, folding at 75 octets, the VTIMEZONE blocks that real tools
attach, UIDs in the shapes those tools use, and video-call boilerplate in the event's language.
"""

from __future__ import annotations

import hashlib

CRLF = "\r\n"
ME_GMAIL = "irene.gallego.fisio@gmail.com"
ME_WORK = "igallego@clinicafisiosalud-chamberi.es"
ME = "Irene Gallego Soto"


def esc(s: str) -> str:
    """TEXT escaping (RFC 5545 3.3.11)."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return (CRLF + " ").join(out)


def h(seed: str, n: int = 32) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def uid_google(seed: str) -> str:
    alpha = "abcdefghijklmnopqrstuv0123456789"
    d = hashlib.sha256(seed.encode()).digest()
    return "".join(alpha[b % 32] for b in d[:26]) + "@google.com"


def uid_outlook(seed: str) -> str:
    return ("040000008200E00074C5B7101A82E00800000000" + h(seed, 16) + "0000000000000000100000000"
            + h(seed + "x", 32)).upper()


def uid_apple(seed: str) -> str:
    x = h(seed, 32).upper()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def q(v: str) -> str:
    return f'"{v}"' if any(c in v for c in ",;:") else v


def who(prop: str, email: str, cn: str | None = None, params: str = "") -> str:
    s = prop
    if cn:
        s += ";CN=" + q(cn)
    if params:
        s += ";" + params
    return f"{s}:mailto:{email}"


def att(email: str, cn: str | None = None, style: str = "g", role: str = "REQ-PARTICIPANT",
        partstat: str = "NEEDS-ACTION") -> str:
    if style == "g":
        return who("ATTENDEE", email, cn or email,
                   f"CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;X-NUM-GUESTS=0")
    if style == "o":
        return who("ATTENDEE", email, cn, f"ROLE={role};PARTSTAT={partstat};RSVP=TRUE")
    if style == "room":
        return who("ATTENDEE", email, cn, "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE")
    if style == "res":
        return who("ATTENDEE", email, cn, "CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED")
    return who("ATTENDEE", email, cn, f"ROLE={role};PARTSTAT={partstat}")


TZ_MADRID = """BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
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

TZ_CANARY = """BEGIN:VTIMEZONE
TZID:Atlantic/Canary
X-LIC-LOCATION:Atlantic/Canary
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:WEST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:WET
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def tz_windows(tzid: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


ROMANCE = "Romance Standard Time"
LABEL_ES = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
LABEL_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
LABEL_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
TZBLOCK = {"Europe/Madrid": TZ_MADRID, "Atlantic/Canary": TZ_CANARY}


def times(start: str, end: str | None, tz: str | None) -> list[str]:
    """tz: an Olson/Windows TZID, None for floating, "Z" for UTC, "date" for all-day."""
    out = []
    for prop, val in (("DTSTART", start), ("DTEND", end)):
        if val is None:
            continue
        if tz == "date":
            out.append(f"{prop};VALUE=DATE:{val}")
        elif tz == "Z":
            out.append(f"{prop}:{val}Z")
        elif tz is None:
            out.append(f"{prop}:{val}")
        else:
            out.append(f"{prop};TZID={q(tz)}:{val}")
    return out


def tzblock(tz: str | None) -> list[str]:
    if tz in (None, "Z", "date"):
        return []
    return [TZBLOCK.get(tz) or tz_windows(tz)]


def calendar(vevents: list[list[str]], prodid: str, method: str | None = "REQUEST", tz: str | None = None,
             head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if prodid.startswith("-//Google"):
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for block in tzblock(tz):
        lines += block.split("\n")
    for ve in vevents:
        lines += ["BEGIN:VEVENT", *ve, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def alarm(minutes: int = 15, desc: str = "Recordatorio", apple: str | None = None) -> list[str]:
    out = ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{esc(desc)}", f"TRIGGER:-PT{minutes}M"]
    if apple:
        out += [f"X-WR-ALARMUID:{uid_apple(apple)}", f"UID:{uid_apple(apple)}"]
    return [*out, "END:VALARM"]


def meet(code: str, lang: str = "es") -> str:
    bar = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    pin = str(int(h(code, 8), 16))[:9]
    if lang == "en":
        body = (f"Join with Google Meet: https://meet.google.com/{code}\n\nOr dial: (ES) +34 932 75 2{pin[:3]} "
                f"PIN: {pin}#\n\nMore phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.")
    else:
        body = (f"Únete con Google Meet: https://meet.google.com/{code}\n\nÚnete por teléfono\n(ES) +34 910 48 "
                f"{pin[:4]} PIN: {pin}#\n\nMás números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
                "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "No edites esta sección de la descripción.")
    return f"{bar}\n{body}\n{bar}"


def teams(seed: str, lang: str = "es") -> str:
    line = "_" * 80
    mid = " ".join(h(seed, 12)[i:i + 3] for i in range(0, 12, 3))
    mid = "".join(c if c.isdigit() else str(ord(c) % 10) for c in mid)
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h(seed, 40)}%40thread.v2/0"
    code = h(seed + "p", 6)
    txt = {
        "es": ("Reunión de Microsoft Teams", "Únase desde el equipo, la aplicación móvil o el dispositivo de la sala",
               "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso",
               "Descargar Teams | Unirse en la Web", "Más información | Opciones de reunión"),
        "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device",
               "Click here to join the meeting", "Meeting ID", "Passcode",
               "Download Teams | Join on the web", "Learn More | Meeting options"),
        "de": ("Microsoft Teams-Besprechung", "Nehmen Sie auf Ihrem Computer, über die mobile App oder mit "
               "einem Raumgerät teil", "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID",
               "Kennung", "Teams herunterladen | Im Web beitreten", "Weitere Infos | Besprechungsoptionen"),
        "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
               "Cliquez ici pour rejoindre la réunion", "ID de la réunion", "Code secret",
               "Télécharger Teams | Rejoindre sur le web", "En savoir plus | Options de réunion"),
    }[lang]
    return (f"{line}\n{txt[0]}\n{txt[1]}\n{txt[2]}<{url}>\n{txt[3]}: {mid}\n{txt[4]}: {code}\n{txt[5]}\n"
            f"{txt[6]}<https://aka.ms/JoinTeamsMeeting>\n{line}")


def zoom(seed: str, lang: str = "es", host: str = "us06web") -> str:
    mid = str(int(h(seed, 12), 16))[:11]
    pwd = h(seed + "z", 24)
    url = f"https://{host}.zoom.us/j/{mid}?pwd={pwd}"
    fmt = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    code = str(int(h(seed, 6), 16))[:6]
    if lang == "en":
        return (f"You are invited to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{url}\n\nMeeting ID: {fmt}\n"
                f"Passcode: {code}\n\n---\nOne tap mobile\n+34917873431,,{mid}#,,,,*{code}# Spain")
    return (f"Le han invitado a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\n{url}\n\n"
            f"ID de reunión: {fmt}\nCódigo de acceso: {code}\n\n---\nMóvil con un toque\n"
            f"+34917873431,,{mid}#,,,,*{code}# España")


def webex(seed: str, site: str) -> str:
    num = str(int(h(seed, 12), 16))[:10]
    return (f"Únase a la reunión de Webex\nhttps://{site}.webex.com/{site}/j.php?MTID=m{h(seed, 32)}\n\n"
            f"Número de la reunión (código de acceso): {num[:4]} {num[4:7]} {num[7:]}\n"
            f"Contraseña de la reunión: {h(seed, 5).upper()}k3\n\nÚnase por teléfono\n+34-91-198-5353 España\n"
            "¿Necesita ayuda? Vaya a https://help.webex.com")


def ev(**kw: object) -> dict[str, object]:
    """A finished event: kind, ics text, uid and label fields."""
    row = {"company": "", "role": "", "stage": "", "interviewers": "", "is_interview": 0}
    row.update(kw)
    return row
